"""What the cash drawer needs beyond the generic tab: this shift's totals by payment method and the cash
the drawer should hold (under the table, read again whenever the tab is), the count of the cash at the
close of the shift, and a supervisor's total of one day.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from frontdesk_gui.core import auth, clock
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.logbooks import drawer
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, method_title, parse_yuan, yuan_grouped
from frontdesk_gui.ui.dialogs import list_view, say, show_field_errors
from frontdesk_gui.ui.money_menu import MoneyRowsModel, grow_to_fit, stretch_column, supervised

BOLD = "font-weight: bold;"


def money(fen: int | None, *, plus: bool = False) -> str:
    """-600 -> '-¥6.00'; with `plus` a gain shows its sign too ('+¥6.00')."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ("+" if plus and fen > 0 else "")
    return f"{sign}¥{yuan_grouped(abs(fen))}"


def show_difference(label: QLabel, typed: str, expected: int, none: str) -> None:
    """Counted minus expected as the cash is typed: `none` when it matches, the gap in red when not."""
    try:
        fen = parse_yuan(typed, "counted", allow_zero=True)
    except ValidationError:
        label.setText("")
        return
    diff = fen - expected
    label.setText(none if diff == 0 else money(diff, plus=True))
    label.setStyleSheet("" if diff == 0 else "color: #b00020; font-weight: bold;")


def cash_count_form(dialog) -> QFormLayout:
    """The cash count's rows for a dialog that has `expected` (fen): what the drawer should hold, the cash
    counted, the difference as it is typed and its reason, each with its sentence under it. Sets the
    dialog's `counted`, `reason`, `difference` and `errors` (by core's field names)."""
    dialog.counted = QLineEdit(dialog)
    dialog.counted.setObjectName("counted")
    dialog.counted.setPlaceholderText("0.00")
    dialog.counted.setMaxLength(12)
    dialog.reason = QLineEdit(dialog)
    dialog.reason.setObjectName("reason")
    dialog.reason.setMaxLength(120)
    dialog.reason.setMinimumWidth(320)
    dialog.difference = QLabel(dialog)
    dialog.errors = {"counted": QLabel(dialog), "reason": QLabel(dialog)}
    for label in dialog.errors.values():
        label.setWordWrap(True)
        say(label)
    none = QCoreApplication.translate("CountDialog", "none")
    dialog.counted.textChanged.connect(lambda text: show_difference(dialog.difference, text, dialog.expected, none))
    expected = QLabel(money(dialog.expected), dialog)
    expected.setStyleSheet(BOLD)
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("CountDialog", "The drawer should hold"), expected)
    form.addRow(QCoreApplication.translate("CountDialog", "Cash counted (yuan) *"), dialog.counted)
    form.addRow("", dialog.errors["counted"])
    form.addRow(QCoreApplication.translate("CountDialog", "Difference"), dialog.difference)
    form.addRow(QCoreApplication.translate("CountDialog", "Reason for a difference"), dialog.reason)
    form.addRow("", dialog.errors["reason"])
    return form


class CountDialog(QDialog):
    """The cash counted at the close of the shift. A count that differs from what the drawer should
    hold needs its reason (core says so, next to the field). Enter saves, Esc cancels."""

    def __init__(self, tab, parent=None):
        super().__init__(parent or tab)
        self.tab = tab
        self.setWindowTitle(self.tr("Count the cash"))
        self.expected = drawer.cash_balance()
        form = cash_count_form(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.save_button = QPushButton(self.tr("Save (Enter)"), self)
        self.save_button.setDefault(True)  # Enter in either field saves
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.counted.setFocus()

    def save(self) -> bool:
        say(self.message)
        try:
            movement = drawer.count(self.tab.ctx, self.counted.text(), self.reason.text())
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            grow_to_fit(self)
            {"counted": self.counted, "reason": self.reason}.get(field, self.counted).setFocus()
            return False
        self.tab.refresh()
        self.tab.form_panel.set_message(self.tr("Count saved: %1").replace("%1", drawer.summary(movement)), ok=True)
        self.accept()
        return True


class DailyTotalDialog(QDialog):
    """A supervisor's total of one day across all shifts, by payment method; a receptionist is asked
    for a supervisor's approval each time a day is shown."""

    def __init__(self, tab, parent=None):
        super().__init__(parent or tab)
        self.tab = tab
        self.setWindowTitle(self.tr("Daily total"))
        today = clock.local(clock.now()).date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self, calendarPopup=True,
                             displayFormat="yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show (Enter)"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(lambda: self.show_day())
        self.model = MoneyRowsModel([self.tr("Payment method"), self.tr("Taken"), self.tr("Refunded"),
                                     self.tr("Net")], (1, 2, 3), self)
        self.view = list_view(QTableView(self), self.model)
        stretch_column(self.view, 0)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 12)
        self.cash_line = QLabel(self)
        self.cash_line.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.cash_line)
        layout.addLayout(bottom)
        self.resize(540, 340)

    def show_day(self, day: date | None = None) -> bool:
        day = day or self.day.date().toPython()
        self.day.setDate(QDate(day.year, day.month, day.day))
        say(self.message)
        text = self.tr("Daily total of the drawer for %1").replace("%1", day.isoformat())
        try:
            totals = supervised(self.tab.ctx, self.tab.authorise, text, lambda ctx: drawer.daily_total(ctx, day))
        except FrontdeskError as error:
            say(self.message, error.message)
            return False
        rows, sums = [], [0, 0, 0]
        for method in COUNTER_METHODS:
            kinds = totals.get(method, {})
            taken = kinds.get("payment", 0) + kinds.get("deposit", 0)
            back = kinds.get("refund", 0) + kinds.get("void", 0)
            figures = (taken, back, taken + back)
            sums = [a + b for a, b in zip(sums, figures, strict=True)]
            rows.append(((str(method_title(method)), *map(money, figures)), method))
        rows.append(((self.tr("Total"), *map(money, sums)), None))
        self.model.set_rows(rows)
        for column in (1, 2, 3):
            self.view.resizeColumnToContents(column)
        cash = totals.get("cash", {})
        self.cash_line.setText(
            self.tr("Cash also moved by hand: float %1, payouts %2, handed to the cashier %3.")
            .replace("%1", money(cash.get("float", 0))).replace("%2", money(-cash.get("payout", 0)))
            .replace("%3", money(-cash.get("to_cashier", 0))))
        return True


class DrawerExtras(QObject):
    """The shift's totals panel under the drawer's table, with the Count and Daily total buttons."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.panel = QGroupBox(self.tr("This shift"), tab)
        self.panel.setObjectName("drawer_totals")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        for column, title in enumerate((self.tr("Payment method"), self.tr("Taken"), self.tr("Refunded"),
                                        self.tr("Net")), start=0):
            head = QLabel(title, self.panel)
            head.setStyleSheet(BOLD)
            if column:
                head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, column)
        # figures[method][taken|refunded|net]; "total" is the sum over the counter's methods.
        self.figures: dict[str, dict[str, QLabel]] = {}
        for row, method in enumerate((*COUNTER_METHODS, "total"), start=1):
            title = self.tr("Total") if method == "total" else str(method_title(method))
            name = QLabel(title, self.panel)
            grid.addWidget(name, row, 0)
            self.figures[method] = {}
            for column, part in enumerate(("taken", "refunded", "net"), start=1):
                label = QLabel(self.panel)
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
                if method == "total":
                    label.setStyleSheet(BOLD)
                    name.setStyleSheet(BOLD)
                grid.addWidget(label, row, column)
                self.figures[method][part] = label
        self.cash_held = QLabel(self.panel)
        self.cash_held.setObjectName("cash_held")
        self.cash_held.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.cash_moves = QLabel(self.panel)
        self.cash_moves.setWordWrap(True)
        self.last_count = QLabel(self.panel)
        self.last_count.setWordWrap(True)
        self.count_button = QPushButton(self.tr("Count cash…"), self.panel)
        self.count_button.setToolTip(self.tr("Count the cash in the drawer at the close of the shift"))
        self.count_button.clicked.connect(self.open_count)
        self.daily_button = QPushButton(self.tr("Daily total…"), self.panel)
        self.daily_button.setToolTip(self.tr("A supervisor's total of one day across all shifts"))
        self.daily_button.clicked.connect(self.open_daily_total)
        cash = QVBoxLayout()
        cash.setSpacing(4)
        cash.addWidget(self.cash_held)
        cash.addWidget(self.cash_moves)
        cash.addWidget(self.last_count)
        cash.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_button)
        buttons.addWidget(self.daily_button)
        buttons.addStretch()
        cash.addLayout(buttons)
        layout = QHBoxLayout(self.panel)
        layout.addLayout(grid)
        layout.addSpacing(24)
        layout.addLayout(cash, 1)
        # Under the table and its action buttons (the tab's left column).
        tab.table.parentWidget().layout().addWidget(self.panel)
        tab.reloaded.connect(self.update_totals)
        self.update_totals()

    def update_totals(self) -> None:
        shift = self.tab.ctx.shift
        self.cash_held.setText(self.tr("The drawer should hold %1 in cash").replace(
            "%1", money(drawer.cash_balance())))
        if shift is None:
            for parts in self.figures.values():
                for label in parts.values():
                    label.setText("—")
            self.cash_moves.setText(self.tr("There is no open shift."))
            self.last_count.setText("")
            return
        summary = drawer.shift_summary(shift)
        totals = {"taken": 0, "refunded": 0, "net": 0}
        for method in COUNTER_METHODS:
            for part, fen in summary["methods"][method].items():
                self.figures[method][part].setText(money(fen))
                totals[part] += fen
        for part, fen in totals.items():
            self.figures["total"][part].setText(money(fen))
        self.cash_moves.setText(
            self.tr("Float %1 · payouts %2 · handed to the cashier %3")
            .replace("%1", money(summary["float"])).replace("%2", money(-summary["payouts"]))
            .replace("%3", money(-summary["to_cashier"])))
        if summary["counted"] is None:
            self.last_count.setText(self.tr("Not counted yet this shift."))
        else:
            text = (self.tr("Last count: %1 counted, difference %2")
                    .replace("%1", money(summary["counted"])).replace("%2", money(summary["difference"], plus=True)))
            if summary["count_reason"]:
                text += f" ({summary['count_reason']})"
            self.last_count.setText(text)

    def open_count(self) -> CountDialog:
        """Window-modal, so the counter (and a test) can fill it in; the totals follow when it saves."""
        dialog = CountDialog(self.tab)
        dialog.open()
        return dialog

    def open_daily_total(self) -> DailyTotalDialog:
        dialog = DailyTotalDialog(self.tab)
        dialog.open()
        if auth.has_role(self.tab.ctx.operator, auth.SUPERVISOR):
            dialog.show_day()  # a receptionist first chooses the day, then asks for approval once
        return dialog
