"""Export… on the real logbook tabs, driven by qtbot with the file chooser stubbed: the file holds what the
table shows under its filters, the message line says how many rows went where, and a refusal is a
sentence on that line, not a dialog."""

import csv

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import paging
from frontdesk_gui.core.logbooks import receipts, visitors
from frontdesk_gui.core.logbooks.visitors import ON_SITE
from frontdesk_gui.ui.logbook_export import suggested_path
from frontdesk_gui.ui.logbook_tab import LogbookTab

PHONE = "13812345678"


class Chooser:
    """Stands in for the save dialog: answers the path queued by the test, records what was suggested."""

    def __init__(self):
        self.answer, self.suggested = None, []

    def __call__(self, parent, suggested):
        self.suggested.append(suggested)
        return self.answer


@pytest.fixture
def chooser():
    return Chooser()


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def tab(qtbot, receptionist_ctx, chooser):
    for name, phone in (("张伟", PHONE), ("王芳", None), ("曾小明", None)):
        visit = visitors.check_in(receptionist_ctx, visitor_name=name, category="outside_visitor",
                                  host_name="李娜", host_unit="1203", phone=phone)
        if name == "王芳":
            visitors.check_out(receptionist_ctx, visit)
    return show(qtbot, LogbookTab(visitors.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                                  choose_export_file=chooser))


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_export_writes_what_the_filtered_table_shows(qtbot, tab, chooser, tmp_path):
    tab.filters.status.setCurrentIndex(tab.filters.status.findData(ON_SITE))
    assert tab.model.rowCount() == 2
    chooser.answer = tmp_path / "on-site.csv"
    qtbot.mouseClick(tab.findChild(type(tab.print_button), "export_button"), Qt.MouseButton.LeftButton)
    table = read_csv(chooser.answer)
    names = [row[table[0].index("访客")] for row in table[1:]]
    assert names == ["曾小明", "张伟"]  # newest first, as on screen; 王芳 has left
    assert PHONE not in chooser.answer.read_text(encoding="utf-8-sig")
    message = tab.form_panel.message.text()
    assert "2" in message and str(chooser.answer) in message
    assert chooser.suggested[0].name.startswith("visitors-") and chooser.suggested[0].suffix == ".xlsx"


def test_typed_text_filters_the_export_too(qtbot, tab, chooser, tmp_path):
    tab.filters.search.setText("王芳")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    chooser.answer = tmp_path / "wang.xlsx"
    tab.export_shown()
    rows = list(openpyxl.load_workbook(chooser.answer).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and "王芳" in rows[1] and rows[1][-1] == "已离开"


def test_ctrl_e_exports(qtbot, tab, chooser, tmp_path):
    chooser.answer = tmp_path / "all.csv"
    qtbot.keyClick(tab.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(read_csv(chooser.answer)) == 4


def test_no_file_chosen_does_nothing(qtbot, tab, chooser, tmp_path):
    tab.export_shown()
    assert chooser.suggested and list(tmp_path.glob("*.csv")) == [] and not tab.form_panel.message.isVisible()


def test_a_refusal_is_a_sentence_on_the_message_line(qtbot, tab, chooser, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    chooser.answer = folder / "visits.pdf"
    tab.export_shown()
    assert "xlsx" in tab.form_panel.message.text()
    chooser.answer = folder / "missing" / "visits.csv"
    tab.export_shown()
    assert "missing" in tab.form_panel.message.text()
    assert list(folder.iterdir()) == []


def test_a_tab_without_a_form_shows_the_result_above_the_history(qtbot, receptionist_ctx, chooser, tmp_path):
    tab = show(qtbot, LogbookTab(receipts.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                                 choose_export_file=chooser))
    chooser.answer = tmp_path / "receipts.xlsx"
    tab.export_shown()
    assert paging.EntryQuery(receipts.SPEC).count() == 0
    assert openpyxl.load_workbook(chooser.answer).worksheets[0].max_row == 1
    assert str(chooser.answer) in tab.message.text() and tab.message.isVisible()


def test_the_suggested_file_is_named_after_the_logbook_and_today(frozen):
    assert suggested_path("parcels").name == "parcels-2026-11-23.xlsx"
