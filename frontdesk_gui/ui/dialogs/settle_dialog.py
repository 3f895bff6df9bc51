"""Settle a service order, or take its deposit: the amount due, who pays, how, and — when the fee is paid
at the finance office — that office's receipt number.

The dialog runs the core call itself (`submit`), so a refusal shows here as a sentence and nothing chosen
or typed is lost. Enter confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, METHOD_TITLES, yuan
from frontdesk_gui.ui.dialogs import say

SETTLE, DEPOSIT = "settle", "deposit"
# submit(method, payer, finance receipt number) -> the receipt or voucher (None when nothing is printed here)
Submit = Callable[[str, str, str], object]


def allowed_methods(customer_kind: str, company_name: str | None, pay_at: str, *, deposit: bool = False) -> list[str]:
    """The payment methods offered, in the order shown.

    Building staff sign the settlement sheet (internal, no money). Where the fee is paid at the finance
    office, that is the only way; otherwise the counter methods, signing to the company's account (a
    company named on the order, never for a deposit) and the finance office.
    """
    if customer_kind == "internal":
        return ["internal"]
    if pay_at == "finance":
        return ["finance"]
    methods = list(COUNTER_METHODS)
    if (company_name or "").strip() and not deposit:
        methods.append("account")
    methods.append("finance")
    return methods


class SettleDialog(QDialog):
    def __init__(self, parent, *, mode: str, summary: str, due_fen: int, detail: str, payer: str,
                 methods: list[str], submit: Submit):
        super().__init__(parent)
        self.mode, self.submit = mode, submit
        self.result_document = None
        self.setWindowTitle(self.tr("Take deposit") if mode == DEPOSIT else self.tr("Settle service order"))
        self.setObjectName("settle_dialog")

        self.summary = QLabel(summary, self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.due_label = QLabel(self.tr("Deposit due") if mode == DEPOSIT else self.tr("Amount due"), self)
        self.due = QLabel(f"¥ {yuan(due_fen)}", self)
        self.due.setObjectName("amount_due")
        self.due.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.detail = QLabel(detail, self)
        self.detail.setObjectName("amount_detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        self.detail.setVisible(bool(detail))

        self.payer_label = QLabel(self.tr("Payer"), self)
        self.payer = QLineEdit(payer, self)
        self.payer.setObjectName("payer")
        self.payer.setMaxLength(40)
        self.payer_label.setBuddy(self.payer)
        # A deposit is taken from the customer on the order; only the final bill names another payer.
        self.payer.setReadOnly(mode == DEPOSIT)

        self.method_label = QLabel(self.tr("Payment method"), self)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        methods_box = QWidget(self)
        methods_grid = QGridLayout(methods_box)
        methods_grid.setContentsMargins(0, 0, 0, 0)
        methods_grid.setHorizontalSpacing(16)
        for number, method in enumerate(methods):
            button = QRadioButton(str(METHOD_TITLES[method]), methods_box)
            button.setObjectName(f"method_{method}")
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            # The counter's four ways to pay side by side; the others each on a line of their own.
            if method in COUNTER_METHODS:
                methods_grid.addWidget(button, number // 2, number % 2)
            else:
                methods_grid.addWidget(button, methods_grid.rowCount(), 0, 1, 2)
            button.toggled.connect(self._method_changed)

        self.finance_label = QLabel(self.tr("Finance office receipt no."), self)
        self.finance_no = QLineEdit(self)
        self.finance_no.setObjectName("finance_receipt_no")
        self.finance_no.setMaxLength(30)
        self.finance_label.setBuddy(self.finance_no)
        self.finance_error = QLabel(self)
        self.finance_error.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        say(self.finance_error)
        say(self.error)

        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), self)
        self.confirm_button.setObjectName("confirm_button")
        self.confirm_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.due_label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.due, 0, 1)
        grid.addWidget(self.detail, 1, 1)
        grid.addWidget(self.payer_label, 2, 0)
        grid.addWidget(self.payer, 2, 1)
        grid.addWidget(self.method_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(methods_box, 3, 1)
        grid.addWidget(self.finance_label, 4, 0)
        grid.addWidget(self.finance_no, 4, 1)
        grid.addWidget(self.finance_error, 5, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        first = self.method_buttons[methods[0]]
        first.setChecked(True)
        self._method_changed()
        self.setMinimumWidth(440)
        # The cursor where the next keystroke belongs: the finance number when that is all that is asked.
        (self.finance_no if self.method() == "finance" else first).setFocus()

    def method(self) -> str | None:
        return next((m for m, b in self.method_buttons.items() if b.isChecked()), None)

    def choose(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)

    def _method_changed(self, *_) -> None:
        finance = self.method() == "finance"
        for widget in (self.finance_label, self.finance_no):
            widget.setVisible(finance)
        if not finance:
            say(self.finance_error)
        self.finance_no.setProperty("needed", finance)
        self.finance_no.setStyleSheet("border: 1px solid #d48806; background: #fffbe6;" if finance else "")

    def confirm(self) -> None:
        """Run the settlement through core; on a refusal say why and keep everything as chosen."""
        say(self.error)
        say(self.finance_error)
        method = self.method()
        try:
            self.result_document = self.submit(method, self.payer.text().strip(), self.finance_no.text().strip())
        except ValidationError as error:
            leftover = []
            for field, sentence in error.errors.items():
                if field == "finance_receipt_no":
                    say(self.finance_error, sentence)
                    self.finance_no.setFocus()
                else:
                    leftover.append(str(sentence))
            say(self.error, " ".join(leftover))
            return
        except FrontdeskError as error:
            say(self.error, error.message)
            return
        self.accept()
