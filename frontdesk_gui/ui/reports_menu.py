"""The Reports menu (报表): the monthly report, for supervisors.

The main window adds it with one call, after the Money menu:

    self.reports_menu = add_reports_menu(self)

"Monthly report…" asks for the month (the previous one by default), gathers and renders the report off the
GUI thread (a month of 20,000 entries takes a few seconds) and opens the print preview, where the
supervisor prints it or saves the PDF.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMainWindow, QMenu

from frontdesk_gui.core import auth, clock, monthly
from frontdesk_gui.ui.background import run_in_background
from frontdesk_gui.ui.print_preview import PrintPreview


def previous_month(today: date) -> QDate:
    first = today.replace(day=1)
    return QDate(first.year - 1, 12, 1) if first.month == 1 else QDate(first.year, first.month - 1, 1)


class MonthDialog(QDialog):
    """Which month to report on: a year-month field, the previous month to begin with."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        self.month = QDateEdit(self)
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        today = clock.local(clock.now()).date()
        self.month.setMaximumDate(QDate(today.year, today.month, 1))
        self.month.setDate(previous_month(today))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Month:"), self.month)
        layout.addRow(QLabel(self.tr("Counts, money and everything still open at the month's end."), self))
        layout.addRow(buttons)

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")


class ReportsMenu(QObject):
    """The menu and what its action opens; `window` needs `ctx` (the operator at the counter)."""

    # The preview, once the report is ready (tests wait for it).
    preview_opened = Signal(object)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.preview: PrintPreview | None = None
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&Reports"), bar)
        self.menu.setObjectName("reports_menu")
        money = window.findChild(QMenu, "money_menu")
        following = _after(bar.actions(), money.menuAction() if money is not None else None)
        if following is not None:
            bar.insertMenu(following, self.menu)
        else:
            bar.addMenu(self.menu)
        self.monthly_action = self.menu.addAction(self.tr("Monthly report…"))
        self.monthly_action.triggered.connect(lambda: self.open_monthly())
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Supervisors and admins only: the report shows every logbook's figures and the money."""
        allowed = auth.has_role(self.window.ctx.operator, auth.SUPERVISOR)
        self.monthly_action.setEnabled(allowed)
        self.monthly_action.setToolTip("" if allowed else self.tr("For supervisors"))

    def open_monthly(self, month: str | None = None) -> None:
        """Ask for the month (unless given), then make the report in the background and preview it."""
        self.refresh()
        if not self.monthly_action.isEnabled():
            return
        if month is None:
            dialog = MonthDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            month = dialog.month_text()
        produced_by = self.window.ctx.operator.display_name
        self.monthly_action.setEnabled(False)  # one report at a time
        status = self.window.statusBar()
        status.showMessage(self.tr("Preparing the monthly report of %1…").replace("%1", month))

        def work() -> bytes:
            # ReportLab's charts take a quarter of a second to import: loaded when a report is asked for.
            from frontdesk_gui.reports.monthly_report import render_monthly

            return render_monthly(monthly.gather(month, produced_by=produced_by))

        def done(pdf: bytes) -> None:
            status.clearMessage()
            self.refresh()
            title = self.tr("Monthly report %1").replace("%1", month)
            self.preview = PrintPreview(pdf, title, "monthly_report", self.window)
            self.preview.open()
            self.preview_opened.emit(self.preview)

        def failed(message: str) -> None:
            self.refresh()
            status.showMessage(self.tr("The monthly report could not be made: %1").replace("%1", message), 15000)

        run_in_background(work, done, failed)


def _after(actions: list, action):
    """The menu-bar entry that follows `action` (None: put it last)."""
    if action is None or action not in actions:
        return None
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None


def add_reports_menu(window: QMainWindow) -> ReportsMenu:
    return ReportsMenu(window)
