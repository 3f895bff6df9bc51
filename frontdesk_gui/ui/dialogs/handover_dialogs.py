"""The two screens of a shift handover: signing off (what is still open, the cash counted, the notes)
and acknowledging (the incoming operator ticks, one by one, what moves money or custody)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import clock, handover
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import handovers
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, method_title
from frontdesk_gui.core.text import language
from frontdesk_gui.ui.dialogs import say, show_field_errors
from frontdesk_gui.ui.drawer_extras import BOLD, cash_count_form, money
from frontdesk_gui.ui.money_menu import grow_to_fit

CUSTODY_MARK = "★ "


def _local(pair: dict) -> str:
    """A title kept in both languages in the handover's snapshot, in the language on screen."""
    return pair["en"] if language() == "en" else pair["zh"]


class OpenItemsTree(QTreeWidget):
    """What a handover passes on: a row per group (logbook — what, count), its entries under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("open_items")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Open item"), self.tr("Since"), self.tr("Code")])
        self.setColumnWidth(0, 470)
        self.setColumnWidth(1, 130)
        self.setMinimumHeight(220)

    def show_content(self, content: dict) -> None:
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for group in content["groups"]:
            mark = CUSTODY_MARK if group["custody"] else ""
            title = f"{mark}{_local(group['logbook_title'])} — {_local(group['title'])} ({group['count']})"
            top = QTreeWidgetItem(self, [title])
            top.setData(0, Qt.ItemDataRole.UserRole, f"{group['logbook']}:{group['key']}")
            if group["custody"]:
                top.setFont(0, bold)
            for item in group["entries"]:
                QTreeWidgetItem(top, [item["summary"], item["since"], item["code"]])
            hidden = group["count"] - len(group["entries"])
            if hidden > 0:
                QTreeWidgetItem(top, [self.tr("… and %1 more (see the logbook)").replace("%1", str(hidden))])
        duty = content["duty"]
        if duty:
            top = QTreeWidgetItem(self, [self.tr("High-priority duty notes of the shift (%1)")
                                         .replace("%1", str(len(duty)))])
            top.setFont(0, bold)
            for note in duty:
                QTreeWidgetItem(top, [f"{note['summary']} [{_local(note['status'])}]", note["time"]])
        if not content["groups"] and not duty:
            QTreeWidgetItem(self, [self.tr("Nothing is open.")])


def cash_grid(cash: dict, parent: QWidget) -> QGridLayout:
    """Taken, refunded and net per payment method, then the float, payouts and cash to the cashier."""
    grid = QGridLayout()
    heads = ("", QCoreApplication.translate("CashGrid", "Taken"), QCoreApplication.translate("CashGrid", "Refunded"),
             QCoreApplication.translate("CashGrid", "Net"))
    for column, text in enumerate(heads):
        label = QLabel(text, parent)
        label.setStyleSheet(BOLD)
        side = Qt.AlignmentFlag.AlignRight if column else Qt.AlignmentFlag.AlignLeft
        grid.addWidget(label, 0, column, alignment=side)
    row = 1
    for method in COUNTER_METHODS:
        figures = cash["methods"].get(method, {"taken": 0, "refunded": 0, "net": 0})
        grid.addWidget(QLabel(str(method_title(method)), parent), row, 0)
        for column, key in enumerate(("taken", "refunded", "net"), 1):
            grid.addWidget(QLabel(money(figures[key]), parent), row, column, alignment=Qt.AlignmentFlag.AlignRight)
        row += 1
    for text, key in ((QCoreApplication.translate("CashGrid", "Float"), "float"),
                      (QCoreApplication.translate("CashGrid", "Payouts"), "payouts"),
                      (QCoreApplication.translate("CashGrid", "Handed to the cashier"), "to_cashier")):
        if cash.get(key):
            grid.addWidget(QLabel(text, parent), row, 0)
            grid.addWidget(QLabel(money(cash[key]), parent), row, 3, alignment=Qt.AlignmentFlag.AlignRight)
            row += 1
    return grid


class HandoverDialog(QDialog):
    """The outgoing operator's sign-off. Enter signs off; Esc goes back to work with nothing saved."""

    def __init__(self, ctx: Ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sheet: handovers.Handover | None = None
        self.setWindowTitle(self.tr("Hand over the shift"))
        content = handovers.preview(ctx)
        self.expected = content["cash"]["expected"]
        began = clock.local_text(ctx.shift.opened_at)
        heading = QLabel(self.tr("Shift began %1 (%2). What is still open goes to the next operator:")
                         .replace("%1", began).replace("%2", ctx.shift.opened_by.display_name), self)
        heading.setWordWrap(True)
        self.tree = OpenItemsTree(self)
        self.tree.show_content(content)
        self.tree.expandAll()
        money_box = QGroupBox(self.tr("Money of the shift"), self)
        box = QVBoxLayout(money_box)
        box.addLayout(cash_grid(content["cash"], self))
        deposits = content["deposits"]
        if deposits["count"]:
            box.addWidget(QLabel(self.tr("Deposits held: %1, %2").replace("%1", str(deposits["count"]))
                                 .replace("%2", money(deposits["total_fen"])), self))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("What the next operator must know or follow up"))
        form = cash_count_form(self)
        self.errors["notes"] = QLabel(self)
        self.errors["notes"].setWordWrap(True)
        say(self.errors["notes"])
        box.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.sign_button = QPushButton(self.tr("Sign off and lock (Enter)"), self)
        self.sign_button.setObjectName("sign_off")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign_off)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(money_box)
        layout.addWidget(QLabel(self.tr("Hand-over notes"), self))
        layout.addWidget(self.notes)
        layout.addWidget(self.errors["notes"])
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 720)
        self.counted.setFocus()

    def sign_off(self) -> bool:
        say(self.message)
        try:
            self.sheet = handovers.sign_off(self.ctx, self.counted.text(), self.reason.text(),
                                            self.notes.toPlainText())
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            grow_to_fit(self)
            {"reason": self.reason, "notes": self.notes}.get(field, self.counted).setFocus()
            return False
        self.accept()
        return True


class AcknowledgeDialog(QDialog):
    """The incoming operator's acknowledgement: the whole sheet to read, and each custody line to tick
    (or to say what does not match). "Later" leaves it waiting; Today keeps showing it."""

    print_requested = Signal(str, int)

    def __init__(self, ctx: Ctx, sheet: handovers.Handover, parent=None):
        super().__init__(parent)
        self.ctx, self.sheet = ctx, sheet
        self.setWindowTitle(self.tr("Take over the shift"))
        content = sheet.content
        heading = QLabel(self.tr("%1 handed over at %2 (shift began %3). Check what you take over:")
                         .replace("%1", sheet.outgoing_name).replace("%2", clock.local_text(sheet.created_at))
                         .replace("%3", clock.local_text(sheet.shift_opened_at)), self)
        heading.setWordWrap(True)
        self.tree = OpenItemsTree(self)
        self.tree.show_content(content)
        lines_box = QGroupBox(self.tr("Money and things in the desk's keeping: tick each one that matches"), self)
        grid = QGridLayout(lines_box)
        self.ticks: dict[str, QCheckBox] = {}
        self.line_notes: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for row, line in enumerate(handover.custody_lines(content)):
            key = line["key"]
            tick = QCheckBox(f"{_local(line['title'])}: {self._figure(line)}", lines_box)
            tick.setObjectName(f"tick_{key}")
            note = QLineEdit(lines_box)
            note.setObjectName(f"note_{key}")
            note.setMaxLength(200)
            note.setPlaceholderText(self.tr("If it does not match: what you found"))
            error = QLabel(lines_box)
            error.setWordWrap(True)
            say(error)
            grid.addWidget(tick, row * 2, 0)
            grid.addWidget(note, row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 0, 1, 2)
            self.ticks[key], self.line_notes[key], self.errors[key] = tick, note, error
        grid.setColumnStretch(1, 1)
        notes = QLabel(self.tr("Hand-over notes: %1").replace("%1", sheet.notes or self.tr("none")), self)
        notes.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.ack_button = QPushButton(self.tr("Acknowledge (Enter)"), self)
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.setDefault(True)
        self.ack_button.clicked.connect(self.acknowledge)
        sheet_button = QPushButton(self.tr("Handover sheet…"), self)
        sheet_button.setAutoDefault(False)
        sheet_button.clicked.connect(lambda: self.print_requested.emit(handovers.SPEC.key, sheet.id))
        later = QPushButton(self.tr("Later (Esc)"), self)
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(sheet_button)
        buttons.addStretch()
        buttons.addWidget(later)
        buttons.addWidget(self.ack_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(notes)
        layout.addWidget(lines_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 680)
        first = next(iter(self.ticks.values()), None)
        (first or self.ack_button).setFocus()

    def _figure(self, line: dict) -> str:
        if line.get("money"):
            return money(line["figure"])
        if line["key"] == handover.DEPOSITS:
            total = self.sheet.content["deposits"]["total_fen"]
            return self.tr("%1 (%2)").replace("%1", str(line["figure"])).replace("%2", money(total))
        return str(line["figure"])

    def acknowledge(self) -> bool:
        say(self.message)
        ticked = {key: box.isChecked() for key, box in self.ticks.items()}
        notes = {key: field.text() for key, field in self.line_notes.items()}
        try:
            handovers.acknowledge(self.ctx, self.sheet, ticked, notes)
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            grow_to_fit(self)
            if field in self.ticks:
                self.ticks[field].setFocus()
            return False
        self.accept()
        return True
