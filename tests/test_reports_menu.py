"""The Reports menu: "Monthly report…" for supervisors, the month asked (the previous one first), the report
made off the GUI thread and shown in the print preview."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from frontdesk_gui.core import shift
from frontdesk_gui.ui import reports_menu
from frontdesk_gui.ui.main_window import MainWindow
from frontdesk_gui.ui.reports_menu import MonthDialog
from tests.test_monthly import october  # noqa: F401  (the scripted month)


@pytest.fixture
def lead_ctx(supervisor):
    return shift.login("lead", "lead-pass")


def window_for(qtbot, ctx):
    window = MainWindow(ctx, authorise=lambda c, text: None)
    qtbot.addWidget(window)
    return window


def test_the_menu_follows_money_and_is_for_supervisors(qtbot, receptionist_ctx, lead_ctx):
    window = window_for(qtbot, receptionist_ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Reports") == titles.index("&Money") + 1
    menu = window.reports_menu
    assert not menu.monthly_action.isEnabled()
    menu.open_monthly("2026-10")  # refused quietly: no report is made for a receptionist
    assert menu.preview is None
    window.set_ctx(lead_ctx)
    menu.menu.aboutToShow.emit()
    assert menu.monthly_action.isEnabled()


def test_the_month_asked_is_the_previous_one_first(qtbot, database):
    dialog = MonthDialog()
    qtbot.addWidget(dialog)
    # The frozen clock says 23 November 2026.
    assert dialog.month_text() == "2026-10"
    dialog.month.setDate(QDate(2027, 5, 1))
    assert dialog.month_text() == "2026-11"  # later months have not begun: the current one at most


def test_the_chosen_month_opens_in_the_preview_without_blocking_the_window(qtbot, october, lead_ctx,  # noqa: F811
                                                                             monkeypatch):
    window = window_for(qtbot, lead_ctx)
    menu = window.reports_menu

    def choose_october(dialog):
        dialog.month.setDate(QDate(2026, 10, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(reports_menu.MonthDialog, "exec", choose_october)
    started = time.perf_counter()
    with qtbot.waitSignal(menu.preview_opened, timeout=20000) as opened:
        menu.monthly_action.trigger()
        returned = time.perf_counter() - started
        assert not menu.monthly_action.isEnabled()  # one report at a time while it is being made
    preview = opened.args[0]
    qtbot.addWidget(preview)
    assert returned < 0.5  # the work is off the GUI thread
    assert preview.windowTitle() == "Monthly report 2026-10" and preview.document_key == "monthly_report"
    assert preview.document.pageCount() >= 4 and preview.pdf.startswith(b"%PDF")
    assert menu.monthly_action.isEnabled()


def test_cancelling_the_month_makes_no_report(qtbot, lead_ctx, monkeypatch):
    window = window_for(qtbot, lead_ctx)
    monkeypatch.setattr(reports_menu.MonthDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.reports_menu.open_monthly()
    assert window.reports_menu.preview is None and window.reports_menu.monthly_action.isEnabled()
