"""Passes and access cards (CATALOGUE A24-A30) beyond the generic tab: Renew…, Return…, Lost… and the
rented-units list (出租单元一览表, A28). Issuing is the form itself: its payment method (or the finance
office's receipt number) goes with the card, and core takes the fee and the deposit in the same step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from frontdesk_gui.core import auth, settings
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.logbooks import passes
from frontdesk_gui.core.money.amounts import yuan
from frontdesk_gui.ui.entry_form_panel import run_authorised


class RenewDialog(QDialog):
    """The new end date (suggested: the longest the kind allows), the lease end for a tenant card, and how the
    renewal fee is paid. `submit(valid_until, lease_until, method, finance_no)` raises core's refusals."""

    def __init__(self, parent, card, submit):
        super().__init__(parent)
        self.setObjectName("renew_dialog")
        self.setWindowTitle(self.tr("Renew"))
        self.submit = submit
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(passes.summary(card), self))
        form = QFormLayout()
        layout.addLayout(form)
        latest = passes.latest_until(card.kind, passes.today())
        if latest is not None and card.kind == passes.TENANT and card.lease_until:
            latest = min(latest, card.lease_until)
        self.valid_until = QLineEdit(latest.isoformat() if latest else "", self)
        self.valid_until.setObjectName("valid_until")
        form.addRow(self.tr("New end date"), self.valid_until)
        self.lease_until = QLineEdit(card.lease_until.isoformat() if card.lease_until else "", self)
        self.lease_until.setObjectName("lease_until")
        if card.kind == passes.TENANT:
            form.addRow(self.tr("Lease until"), self.lease_until)
        else:
            self.lease_until.hide()
        fee = passes.renewal_fee(card)
        self.method = QComboBox(self)
        self.method.setObjectName("pay_method")
        for value, title in passes.PAY_METHODS:
            self.method.addItem(str(title), value)
        self.finance_no = QLineEdit(self)
        self.finance_no.setObjectName("finance_receipt_no")
        if settings.get("money.pay_at.pass") == "finance":
            self.method.setCurrentIndex(self.method.findData("finance"))
        if fee:
            form.addRow(self.tr("Renewal fee"), QLabel(f"¥ {yuan(fee)}", self))
            form.addRow(self.tr("Payment method"), self.method)
            form.addRow(self.tr("Finance receipt no."), self.finance_no)
        else:
            self.method.hide()
            self.finance_no.hide()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_value = None

    def accept(self) -> None:
        try:
            self.result_value = self.submit(self.valid_until.text().strip(), self.lease_until.text().strip(),
                                            self.method.currentData(), self.finance_no.text().strip())
        except ValidationError as error:
            self.error.setText(" ".join(str(t) for t in error.errors.values()))
            return
        except FrontdeskError as error:
            self.error.setText(str(error))
            return
        super().accept()


class RentedUnitsDialog(QDialog):
    """出租单元一览表 (A28): the units with a tenant card in use, the tenant and the lease period."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("rented_units_dialog")
        self.setWindowTitle(self.tr("Rented units"))
        rows = passes.rented_units()
        self.table = QTableWidget(len(rows), 5, self)
        self.table.setObjectName("rented_table")
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Tenant"), self.tr("Card no."),
                                              self.tr("Lease"), self.tr("Card valid until")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, card in enumerate(rows):
            lease = f"{passes.day_text(card.lease_from)} – {passes.day_text(card.lease_until)}"
            for column, value in enumerate((card.unit or "", card.holder_name, card.card_no, lease,
                                            passes.day_text(card.valid_until))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 400)


class PassExtras(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        # Replaced in tests: shows the dialog and returns whether it was accepted.
        self.exec_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        self.renew_button = self._button("pass_renew", self.tr("Renew…"),
                                         self.tr("A new end date; the renewal fee is charged"), self.renew)
        self.return_button = self._button("pass_return", self.tr("Return…"),
                                          self.tr("The card comes back; its deposit is refunded"), self.return_card)
        self.lost_button = self._button("pass_lost", self.tr("Lost…"),
                                        self.tr("The card is lost; the deposit is kept"), self.lost)
        self.rented_button = self._button("pass_rented_units", self.tr("Rented units…"),
                                          self.tr("Units with a tenant card in use (出租单元一览表)"),
                                          self.rented_units)
        tab.actions_updated.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self.tab)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.tab.add_action_button(button)
        return button

    def selected_active(self):
        card = self.tab.selected_entry()
        return card if card is not None and card.status == passes.ACTIVE else None

    def update_buttons(self) -> None:
        live = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST) and self.selected_active() is not None
        for button in (self.renew_button, self.return_button, self.lost_button):
            button.setEnabled(live)

    def _run(self, text: str, work):
        return run_authorised(self.tab.ctx, self.tab.authorise, text, work)

    def _show(self, dialog) -> bool:
        try:
            return self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def _done(self, text: str) -> None:
        self.tab.refresh()
        self.tab.set_message(text, ok=True)

    # -- the steps ----------------------------------------------------------------------------------
    def renew(self) -> None:
        card = self.selected_active()
        if card is None or not self.renew_button.isEnabled():
            return
        text = self.tr("Renew: %1").replace("%1", passes.summary(card))

        def submit(valid_until, lease_until, method, finance_no):
            return self._run(text, lambda ctx: passes.renew(ctx, card, valid_until, method,
                                                            finance_receipt_no=finance_no, lease_until=lease_until))

        if self._show(RenewDialog(self.tab, card, submit)):
            self._done(text)

    def return_card(self) -> None:
        card = self.selected_active()
        if card is None or not self.return_button.isEnabled():
            return
        text = self.tr("Return: %1").replace("%1", passes.summary(card))
        held = passes.deposit_charge(card)
        question = text
        if held is not None:
            question += "\n" + self.tr("Deposit to refund: ¥ %1").replace("%1", yuan(held.amount_fen))
        if not self.tab.confirm(self.tab, question):
            return
        try:
            voucher = self._run(text, lambda ctx: passes.return_card(ctx, card))
        except FrontdeskError as error:
            self.tab.set_message(str(error))
            return
        if voucher is not None:
            text += " · " + self.tr("Refund voucher %1").replace("%1", voucher.number)
        self._done(text)

    def lost(self) -> None:
        card = self.selected_active()
        if card is None or not self.lost_button.isEnabled():
            return
        reason = self.tab.ask_reason(self.tab, self.tr("Lost — what happened (the deposit is kept)"))
        if reason is None:
            return
        text = self.tr("Lost: %1").replace("%1", passes.summary(card))
        try:
            self._run(text, lambda ctx: passes.report_lost(ctx, card, reason))
        except FrontdeskError as error:
            self.tab.set_message(str(error))
            return
        self._done(text)

    def rented_units(self) -> None:
        self._show(RentedUnitsDialog(self.tab))
