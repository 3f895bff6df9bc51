"""What the business-centre service orders need beyond the generic tab: the form shows only the fields
the chosen service asks for (and the internal-use fields for building staff), the price items of that
service, a live quote as the receptionist types, the company picked from the directory, and the
money buttons: take the deposit of a large job, settle a done one. What they issue is printed through
the tab's normal print path (print_requested).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from frontdesk_gui.core import auth, paging
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import service_orders
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import method_title, yuan
from frontdesk_gui.ui.dialogs.settle_dialog import DEPOSIT, SETTLE, SettleDialog, allowed_methods
from frontdesk_gui.ui.directory_completer import attach_directory_completer
from frontdesk_gui.ui.entry_form_panel import NEW, run_authorised

SPEC = service_orders.SPEC
# Every service-specific field, in form order.
SERVICE_SPECIFIC = tuple(f.name for f in SPEC.form_fields
                         if any(f.name in names for names in service_orders.SERVICE_FIELDS.values()))
# Fields a service shows but does not need filled.
OPTIONAL = frozenset({"fax_number", "error_pages", "paper_size", "zoom", "sides", "colour", "typing_stage",
                      "keep_file", "keep_until"})
NUMBERS = ("pages", "error_pages", "copies_per_set", "sets", "quantity")
# What a new order of a service starts with (the usual job), filled only where nothing was chosen yet.
STARTING_VALUES = {"paper_size": "a4", "zoom": "same", "sides": "single", "colour": "bw", "keep_file": "no",
                   "typing_stage": "received"}
# A pause in typing long enough to spare pricing per keystroke, short enough to feel immediate.
QUOTE_DELAY_MS = 60


class ServiceOrderExtras(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.panel = tab.form_panel
        self.form = self.panel.form
        self._items_service: str | None = None
        # Replaced in tests: shows the dialog and returns whether it was accepted.
        self.exec_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted

        for name in NUMBERS:
            self.form.widgets[name].setValidator(QIntValidator(0, 100_000, self.form.widgets[name]))
        self.quote_label = self.panel.ui.findChild(QLabel, "quote_label")
        self.quote_label.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")
        self._quote_timer = QTimer(self, singleShot=True, interval=QUOTE_DELAY_MS)
        self._quote_timer.timeout.connect(self.update_quote)

        self.form.widgets["service"].currentIndexChanged.connect(self.service_changed)
        self.form.widgets["customer_kind"].currentIndexChanged.connect(self.apply_fields)
        self.form.widgets["keep_file"].currentIndexChanged.connect(self.apply_fields)
        for widget in self.form.widgets.values():
            # Through a lambda: the signal's argument would otherwise become the timer's interval.
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda *_: self._quote_timer.start())
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda *_: self._quote_timer.start())
        self.panel.cleared.connect(self.service_changed)
        self.panel.saved.connect(self._saved)
        self.companies = attach_directory_completer(self.form.widgets["company_name"], ("company",),
                                                    self.fill_company)

        self.deposit_button = QPushButton(self.tr("Take deposit…"), tab)
        self.deposit_button.setObjectName("take_deposit")
        self.deposit_button.setToolTip(self.tr("A large job pays its deposit before the work starts"))
        self.deposit_button.clicked.connect(self.take_deposit)
        self.settle_button = QPushButton(self.tr("Settle…"), tab)
        self.settle_button.setObjectName("settle")
        self.settle_button.setToolTip(self.tr("Take the payment for a done job and print its receipt"))
        self.settle_button.clicked.connect(self.settle)
        tab.add_action_button(self.deposit_button)
        tab.add_action_button(self.settle_button)
        tab.actions_updated.connect(self.update_buttons)
        self.service_changed()
        self.update_buttons()

    # -- the form ----------------------------------------------------------------------------------
    def service_changed(self, *_) -> None:
        service = self.form.value("service")
        if service != self._items_service:
            self._items_service = service
            kept = self.form.value("item_code")
            choices = service_orders.item_choices(service) if service else []
            self.form.set_choices("item_code", choices)
            if kept in {code for code, _ in choices}:
                self.form.set_value("item_code", kept)
        if service and self.panel.mode == NEW:
            for name in service_orders.SERVICE_FIELDS.get(service, ()):
                if name in STARTING_VALUES and not self.form.value(name):
                    self.form.set_value(name, STARTING_VALUES[name])
            if service == "copy" and not self.form.value("sets"):
                self.form.set_value("sets", "1")
        self.apply_fields()

    def apply_fields(self, *_) -> None:
        """Show the chosen service's fields (and the internal-use ones for building staff); mark what is needed."""
        service = self.form.value("service")
        wanted = service_orders.SERVICE_FIELDS.get(service, ())
        internal = self.form.value("customer_kind") == "internal"
        for name in SERVICE_SPECIFIC:
            self.form.set_shown(name, name in wanted)
        for name in service_orders.INTERNAL_FIELDS:
            self.form.set_shown(name, internal)
        needed = {name for name in wanted if name not in OPTIONAL}
        if "keep_until" in wanted and self.form.value("keep_file") == "yes":
            needed.add("keep_until")
        if internal:
            needed.update(service_orders.INTERNAL_FIELDS)
        self.form.set_needed(needed)
        self.update_quote()  # at once: a figure for another service must not linger
        self.tab.fit_form()

    def update_quote(self) -> None:
        """The price as typed, at today's prices; nothing red while the form is still being filled."""
        if not self.form.value("service"):
            self.quote_label.setText("")
            return
        total, deposit, _errors = service_orders.quote(self.form.values())
        if total is None:
            self.quote_label.setText(self.tr("Total: —"))
            self.quote_label.setStyleSheet("font-size: 12pt; color: #777; padding: 4px 0;")
            return
        text = self.tr("Total ¥%1").replace("%1", yuan(total))
        if deposit:
            text += " · " + self.tr("Deposit ¥%1").replace("%1", yuan(deposit))
        self.quote_label.setText(text)
        self.quote_label.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")

    def fill_company(self, suggestion) -> None:
        """A company picked from the directory brings its room."""
        if suggestion.unit:
            self.form.set_value("room", suggestion.unit)
        self.form.widgets["phone"].setFocus()

    def _saved(self, entry_id: int) -> None:
        order = paging.entry_by_key(SPEC.key, entry_id)
        if order is not None and order.deposit_fen:
            self.panel.set_message(
                self.panel.message.text() + "\n" + self.tr(
                    "A deposit of ¥%1 is due before the work starts: print the charge notice (Ctrl+P) "
                    "and take the deposit.").replace("%1", yuan(order.deposit_fen)), ok=True)

    # -- money ----------------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        order = self.tab.selected_entry()
        allowed = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST)
        self.deposit_button.setEnabled(
            allowed and order is not None and order.status == service_orders.ORDERED and order.deposit_fen > 0
            and service_orders.deposit_charge(order) is None)
        self.settle_button.setEnabled(allowed and order is not None and order.status == service_orders.DONE)

    def take_deposit(self) -> None:
        order = self.tab.selected_entry()
        if order is None or not self.deposit_button.isEnabled():
            return
        methods = allowed_methods(order.customer_kind, order.company_name,
                                  charges.pay_at(service_orders.DEPOSIT_KIND), deposit=True)
        detail = self.tr("%1 of the total ¥%2, before the work starts").replace(
            "%1", f"{yuan(order.deposit_fen)}").replace("%2", yuan(order.total_fen))
        text = self.tr("Take deposit: %1").replace("%1", SPEC.summary(order))

        def submit(method, _payer, finance_no):
            return run_authorised(self.tab.ctx, self.tab.authorise, text, lambda ctx: service_orders.take_deposit(
                ctx, order, method, finance_receipt_no=finance_no or None))

        dialog = SettleDialog(self.tab, mode=DEPOSIT, summary=self.summary(order), due_fen=order.deposit_fen,
                              detail=detail, payer=order.payer_name, methods=methods, submit=submit)
        self._run(dialog, order, deposit=True)

    def settle(self) -> None:
        order = self.tab.selected_entry()
        if order is None or not self.settle_button.isEnabled():
            return
        due, detail = self.amount_due(order)
        methods = allowed_methods(order.customer_kind, order.company_name, charges.pay_at("service"))
        text = self.tr("Settle: %1").replace("%1", SPEC.summary(order))

        def submit(method, payer, finance_no):
            return run_authorised(self.tab.ctx, self.tab.authorise, text, lambda ctx: service_orders.settle(
                ctx, order, method, payer=payer or None, finance_receipt_no=finance_no or None))

        dialog = SettleDialog(self.tab, mode=SETTLE, summary=self.summary(order), due_fen=due, detail=detail,
                              payer=order.payer_name, methods=methods, submit=submit)
        self._run(dialog, order, deposit=False)

    def summary(self, order) -> str:
        """The order as the dialog heads it: code, service, customer, company, total."""
        line = SPEC.summary(order)
        return f"{line} · {order.company_name}" if order.company_name else line

    def amount_due(self, order) -> tuple[int, str]:
        """The balance after a deposit taken (core counts it against the bill, or refunds it when bigger)."""
        deposit = service_orders.deposit_charge(order)
        if deposit is None:
            return order.total_fen, ""
        held = deposit.receipt.number if deposit.receipt_id else (deposit.finance_receipt_no or "")
        if deposit.amount_fen <= order.total_fen:
            detail = self.tr("Total ¥%1 less the deposit ¥%2 (%3)").replace("%1", yuan(order.total_fen)).replace(
                "%2", yuan(deposit.amount_fen)).replace("%3", held)
            return order.total_fen - deposit.amount_fen, detail
        detail = self.tr("The deposit ¥%1 (%2) is more than the bill: it is refunded in full").replace(
            "%1", yuan(deposit.amount_fen)).replace("%2", held)
        return order.total_fen, detail

    def _run(self, dialog: SettleDialog, order, *, deposit: bool) -> None:
        try:
            accepted = self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        if not accepted:
            return
        document = dialog.result_document
        method = dialog.method()
        self.tab.refresh()
        if document is not None:
            message = self.tr("%1 issued: %2, ¥%3 (%4)").replace("%1", self._series_title(document)).replace(
                "%2", document.number).replace("%3", yuan(document.total_fen)).replace(
                "%4", str(method_title(method)))
        elif method == "internal":
            message = self.tr("Settled as internal use: print the settlement sheet for the staff member to sign.")
        else:
            message = self.tr("Recorded as paid at the finance office, receipt no. %1.").replace(
                "%1", dialog.finance_no.text().strip())
        self.tab.set_message(message, ok=True)
        try:
            if document is not None:
                self.tab.print_requested.emit("receipts", document.id)
            elif method == "internal" and not deposit:
                self.tab.print_requested.emit(SPEC.key, order.id)
        except FrontdeskError as error:  # the money is recorded; the print can be repeated from the entry
            self.tab.set_message(str(error))

    def _series_title(self, document) -> str:
        return {"R": self.tr("Receipt"), "S": self.tr("Charge voucher"), "F": self.tr("Refund voucher")}.get(
            document.series, document.number)
