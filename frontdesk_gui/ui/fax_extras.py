"""The incoming-fax logbook (进报记录本, CATALOGUE A03) beyond the held-item buttons.

- The fee as the pages are typed (pages x the price list's per-page price).
- Awaited faxes: a customer asks and there is none yet -> a note (company or name, room, phone); the
  list of who is waiting, and cancelling a note.
- After a fax is saved that someone is waiting for, the form says who and offers to phone them now.
- Collection with the fee: the hand-over dialog also takes the payment (counter receipt, signed to the
  company's account, or the finance office's receipt number); the receipt prints through the receipts
  logbook. A fee left owed (its receipt voided) is settled with Settle fee….
"""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import auth, clock, held, paging
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import faxes
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, METHOD_TITLES, method_title, yuan
from frontdesk_gui.ui.dialogs import say, show_field_errors
from frontdesk_gui.ui.dialogs.held_dialogs import HandOverDialog
from frontdesk_gui.ui.dialogs.settle_dialog import SETTLE, SettleDialog, allowed_methods
from frontdesk_gui.ui.directory_completer import attach_directory_completer
from frontdesk_gui.ui.held_extras import HeldExtras

SPEC = faxes.SPEC
WAITING_STYLE = "QFrame#waiting_box { background: #fff7e0; border: 1px solid #d48806; border-radius: 3px; }"


class FaxCollectDialog(HandOverDialog):
    """Hand over the checked faxes and take their fee in one step (core raises and settles the charge
    with the hand-over). `submit(items, collector, id_checked, signed_on, signature_png, method, payer,
    finance_no)` returns core's Collected."""

    def __init__(self, parent, *, summary, items, submit, collector_name: str, payer: str, methods: list[str]):
        self._collect = submit
        self.amount = None  # _count runs while the base class builds the list
        super().__init__(parent, summary=summary, items=items, submit=self._hand_over, collector_name=collector_name)
        self.setWindowTitle(self.tr("Fax collection"))
        self.setObjectName("fax_collect_dialog")
        # A fax is handed to the company's staff without an ID check unless the desk records one.
        self.id_checked.setCurrentIndex(max(self.id_checked.findData("none"), 0))

        self.amount = QLabel(self)
        self.amount.setObjectName("amount_due")
        self.amount.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.add_field("amount", self.tr("Fee due"), self.amount)
        self.payer = QLineEdit(payer, self)
        self.payer.setObjectName("payer")
        self.payer.setMaxLength(40)
        self.add_field("payer", self.tr("Payer"), self.payer)
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[str, QRadioButton] = {}
        for number, method in enumerate(methods):
            button = QRadioButton(str(METHOD_TITLES[method]), box)
            button.setObjectName(f"method_{method}")
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            if method in COUNTER_METHODS:
                grid.addWidget(button, number // 2, number % 2)
            else:
                grid.addWidget(button, grid.rowCount(), 0, 1, 2)
            button.toggled.connect(self._method_changed)
        self.add_field("method", self.tr("Payment method"), box, top=True)
        self.finance_no = QLineEdit(self)
        self.finance_no.setObjectName("finance_receipt_no")
        self.finance_no.setMaxLength(30)
        self.add_field("finance_receipt_no", self.tr("Finance office receipt no."), self.finance_no)
        row = self.grid.getItemPosition(self.grid.indexOf(self.finance_no))[0]
        self.finance_label = self.grid.itemAtPosition(row, 0).widget()
        self.method_buttons[methods[0]].setChecked(True)
        self._method_changed()
        self._count()

    def method(self) -> str | None:
        return next((m for m, b in self.method_buttons.items() if b.isChecked()), None)

    def choose(self, method: str) -> None:
        self.method_buttons[method].setChecked(True)

    def due_fen(self) -> int:
        return sum(item.fee_fen for item in self.checked_items())

    def _count(self, *_) -> None:
        super()._count()
        if self.amount is not None:
            self.amount.setText(f"¥ {yuan(self.due_fen())}")

    def _method_changed(self, *_) -> None:
        finance = self.method() == "finance"
        self.finance_no.setVisible(finance)
        self.finance_label.setVisible(finance)
        if not finance:
            say(self.errors["finance_receipt_no"])

    def _hand_over(self, items, collector, id_checked, signed_on, signature_png):
        return self._collect(items, collector, id_checked, signed_on, signature_png, self.method(),
                             self.payer.text().strip(), self.finance_no.text().strip())


class AwaitedFaxesDialog(QDialog):
    """Who is waiting for a fax that has not come: add a note, see the list, cancel a note."""

    def __init__(self, parent, ctx_source):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Awaited faxes"))
        self.setObjectName("awaited_faxes_dialog")
        self.ctx_source = ctx_source  # () -> the tab's current Ctx
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("awaited_table")
        self.table.setHorizontalHeaderLabels([self.tr("Asked"), self.tr("Company"), self.tr("Name"),
                                              self.tr("Room"), self.tr("Phone"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 170, 80, 60, 100)):
            self.table.setColumnWidth(column, width)

        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(2)
        titles = (("company", self.tr("Company")), ("name", self.tr("Guest name")), ("room", self.tr("Room")),
                  ("phone", self.tr("Phone")), ("note", self.tr("Note")))
        for number, (name, title) in enumerate(titles):
            row, column = (number // 2) * 2, (number % 2) * 2
            edit = QLineEdit(self)
            edit.setObjectName(f"await_{name}")
            edit.setMaxLength(60)
            label = QLabel(title, self)
            label.setBuddy(edit)
            error = QLabel(self)
            error.setWordWrap(True)
            say(error)
            form.addWidget(label, row, column)
            form.addWidget(edit, row, column + 1)
            form.addWidget(error, row + 1, column + 1)
            self.inputs[name], self.errors[name] = edit, error
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.companies = attach_directory_completer(self.inputs["company"], ("company",), self._company_picked)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        say(self.error)

        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setObjectName("add_note")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_note)
        self.cancel_note_button = QPushButton(self.tr("Cancel selected note"), self)
        self.cancel_note_button.setObjectName("cancel_note")
        self.cancel_note_button.setAutoDefault(False)
        self.cancel_note_button.clicked.connect(self.cancel_selected)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)

        hint = QLabel(self.tr("A customer asked and no fax has come yet: note who, and phone them when it "
                              "arrives (the desk is told when a matching fax is logged)."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(720, 440)
        self.reload()
        self.inputs["company"].setFocus()

    def _company_picked(self, suggestion) -> None:
        if suggestion.unit:
            self.inputs["room"].setText(suggestion.unit)

    def reload(self) -> None:
        self.notes = faxes.waiting_notes()
        self.table.setRowCount(len(self.notes))
        for row, note in enumerate(self.notes):
            cells = (clock.local_text(note.asked_at, "%m-%d %H:%M"), note.company, note.name, note.room,
                     note.masked_phone, note.note)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text or ""))
        self.cancel_note_button.setEnabled(bool(self.notes))

    def add_note(self) -> None:
        say(self.error)
        values = {name: edit.text() for name, edit in self.inputs.items()}
        try:
            faxes.await_fax(self.ctx_source(), **values)
        except FrontdeskError as error:
            show_field_errors(error, self.errors, self.error)
            return
        for label in self.errors.values():
            say(label)
        for edit in self.inputs.values():
            edit.clear()
        self.reload()
        say(self.error, self.tr("Noted: the desk will be told when the fax arrives."), done=True)
        self.inputs["company"].setFocus()

    def cancel_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.notes):
            say(self.error, self.tr("Select the note to cancel."))
            return
        try:
            faxes.cancel_await(self.ctx_source(), self.notes[row])
        except FrontdeskError as error:
            say(self.error, str(error))
            return
        self.reload()
        say(self.error, self.tr("Note cancelled."), done=True)


class FaxExtras(HeldExtras):
    def __init__(self, tab):
        super().__init__(tab)
        self.panel = tab.form_panel
        self.form = self.panel.form
        self.form.widgets["pages"].setValidator(QIntValidator(1, 500, self.form.widgets["pages"]))
        self.fee_label = self.panel.ui.findChild(QLabel, "fee_label")
        self.fee_label.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 4px 0;")
        self.form.widgets["pages"].textChanged.connect(self.update_fee)
        self.form.widgets["received_time"].textChanged.connect(self.update_fee)
        self.panel.cleared.connect(self.update_fee)
        self.companies = attach_directory_completer(self.form.widgets["recipient_company"], ("company",),
                                                    self.fill_company)
        self.people = attach_directory_completer(self.form.widgets["recipient_name"],
                                                 ("staff", "resident", "company"), self.fill_recipient)

        # Someone is waiting for the fax just logged: who, and Notify now.
        self.waiting_box = QFrame(self.panel.ui)
        self.waiting_box.setObjectName("waiting_box")
        self.waiting_box.setStyleSheet(WAITING_STYLE)
        self.waiting_label = QLabel(self.waiting_box)
        self.waiting_label.setObjectName("waiting_label")
        self.waiting_label.setWordWrap(True)
        self.notify_now_button = QPushButton(self.tr("Phoned them: notify now"), self.waiting_box)
        self.notify_now_button.setObjectName("notify_now")
        self.notify_now_button.clicked.connect(self.notify_now)
        self.not_now_button = QPushButton(self.tr("Not now"), self.waiting_box)
        self.not_now_button.setObjectName("not_now")
        self.not_now_button.clicked.connect(self.hide_waiting)
        box_layout = QVBoxLayout(self.waiting_box)
        box_layout.setContentsMargins(8, 6, 8, 6)
        box_layout.addWidget(self.waiting_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.not_now_button)
        row.addWidget(self.notify_now_button)
        box_layout.addLayout(row)
        # At the top of the form itself, so the form's height counts it when the tab fits the form.
        self.panel.ui.layout().insertWidget(0, self.waiting_box)
        self.waiting_box.hide()
        self._waiting_fax_id: int | None = None
        self._waiting_notes: list = []
        self.panel.saved.connect(self._saved)

        self.awaited_button = self._button("awaited_faxes", self.tr("Awaited faxes…"),
                                           self.tr("A customer asks and no fax has come: note who is waiting"),
                                           self.show_awaited)
        self.settle_button = self._button("settle_fee", self.tr("Settle fee…"),
                                          self.tr("Take a fee still owed for a collected fax"), self.settle_fee)
        self.update_buttons()
        self.update_fee()

    # -- the form ------------------------------------------------------------------------------------
    def update_fee(self, *_) -> None:
        text = self.form.value("pages")
        try:
            pages = int(text)
        except (TypeError, ValueError):
            self.fee_label.setText("")
            return
        unit = faxes.price_per_page(clock.now())
        self.fee_label.setText(self.tr("Fee ¥%1 (%2 × ¥%3)").replace("%1", yuan(unit * pages)).replace(
            "%2", str(pages)).replace("%3", yuan(unit)))

    def fill_company(self, suggestion) -> None:
        self.form.set_value("recipient_company", suggestion.company)
        if suggestion.unit:
            self.form.set_value("recipient_unit", suggestion.unit)

    def fill_recipient(self, suggestion) -> None:
        self.form.set_values(held.recipient_of(suggestion))

    def _saved(self, entry_id: int) -> None:
        fax = paging.entry_by_key(SPEC.key, entry_id)
        if fax is None:
            return
        if fax.no_recipient:
            self.panel.set_message(self.panel.message.text() + "\n" + self.tr(
                "Nobody of that name or company in the building: print the no-recipient slip (Ctrl+P), clip it "
                "to the fax and put it in the folder."))
        elif fax.unidentified:
            self.panel.set_message(self.panel.message.text() + "\n" + self.tr(
                "No company on the fax: marked 待查 — find the recipient, then correct the entry."), ok=True)
        waiting = faxes.waiting_for(fax)
        if waiting:
            self.show_waiting(fax, waiting)
        else:
            self.hide_waiting()

    def show_waiting(self, fax, notes) -> None:
        self._waiting_fax_id, self._waiting_notes = fax.id, list(notes)
        lines = [self.tr("Someone is waiting for this fax (%1):").replace("%1", SPEC.summary(fax))]
        numbers = []
        for note in notes:
            since = clock.local_text(note.asked_at, "%m-%d %H:%M")
            # Masked on the screen the public faces; the number to dial shows under the pointer.
            phone = f" ☎ {note.masked_phone}" if note.phone else ""
            lines.append(f"• {note.who()}{phone} — " + self.tr("asked %1").replace("%1", since))
            if note.phone:
                numbers.append(f"{note.who()}: {note.phone}")
        self.waiting_label.setText("\n".join(lines))
        self.waiting_label.setToolTip("\n".join(numbers))
        self.waiting_box.show()
        self.notify_now_button.setFocus()
        self.tab.fit_form()

    def hide_waiting(self) -> None:
        self._waiting_fax_id, self._waiting_notes = None, []
        self.waiting_box.hide()

    def notify_now(self) -> None:
        fax = paging.entry_by_key(SPEC.key, self._waiting_fax_id) if self._waiting_fax_id else None
        if fax is None:
            self.hide_waiting()
            return
        text = self.tr("Notify: %1").replace("%1", SPEC.summary(fax))
        try:
            for note in self._waiting_notes:
                self._run(text, lambda ctx, n=note: faxes.notify_waiting(ctx, fax, n, "phone", "reached"))
        except FrontdeskError as error:
            self.tab.set_message(str(error))
            return
        who = ", ".join(n.who() for n in self._waiting_notes)
        self.hide_waiting()
        self.tab.refresh()
        self.tab.set_message(self.tr("Told %1 that the fax has come.").replace("%1", who), ok=True)

    # -- buttons ----------------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "settle_button"):
            return  # the base class's first call, before this class's buttons exist
        allowed = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST)
        item = self.tab.selected_entry()
        owed = item is not None and item.status == held.COLLECTED and faxes.open_fee(item) is not None
        self.settle_button.setEnabled(allowed and owed)
        self.settle_button.setVisible(owed)
        self.awaited_button.setEnabled(allowed)
        count = len(faxes.waiting_notes())
        self.awaited_button.setText(self.tr("Awaited faxes (%1)…").replace("%1", str(count)) if count
                                    else self.tr("Awaited faxes…"))

    def show_awaited(self) -> None:
        dialog = AwaitedFaxesDialog(self.tab, lambda: self.tab.ctx)
        self._show(dialog)
        self.update_buttons()

    # -- collection with the fee ---------------------------------------------------------------------------
    def _hand_over(self, rows, summary: str, *, collector_name: str, role: str) -> None:
        first = rows[0][1]
        methods = allowed_methods("customer", first.recipient_company, charges.pay_at(faxes.KIND))
        payer = first.recipient_company or first.recipient_name or ""

        def submit(items, collector, id_checked, signed_on, signature_png, method, payer, finance_no):
            text = self.tr("Hand over to %1: %2").replace("%1", collector).replace(
                "%2", ", ".join(SPEC.summary(i) for i in items))
            return self._run(text, lambda ctx: faxes.collect(
                ctx, items, method, payer=payer or None, finance_receipt_no=finance_no or None,
                collector_name=collector, id_checked=id_checked, signed_on=signed_on, signature_png=signature_png))

        rows = [(f"{text} · ¥{yuan(item.fee_fen)}", item, checked) for text, item, checked in rows]
        dialog = FaxCollectDialog(self.tab, summary=summary, items=rows, submit=submit,
                                  collector_name=collector_name, payer=payer, methods=methods)
        self.collect_dialog = dialog  # tests reach the open dialog here
        if not self._show(dialog):
            return
        collected = dialog.result_value
        count = len(dialog.checked_items())
        self.tab.refresh()
        message = self.tr("Handed over to %1: %2 fax(es).").replace(
            "%1", dialog.collector.text().strip()).replace("%2", str(count))
        self._after_payment(message, collected.document, dialog.method(), dialog.finance_no.text().strip())

    def settle_fee(self) -> None:
        fax = self.tab.selected_entry()
        charge = faxes.open_fee(fax) if fax is not None else None
        if charge is None:
            return
        methods = allowed_methods("customer", fax.recipient_company, charges.pay_at(faxes.KIND))
        text = self.tr("Settle fee: %1").replace("%1", SPEC.summary(fax))

        def submit(method, payer, finance_no):
            return self._run(text, lambda ctx: faxes.settle_fee(ctx, fax, method, payer=payer or None,
                                                                finance_receipt_no=finance_no or None))

        dialog = SettleDialog(self.tab, mode=SETTLE, summary=SPEC.summary(fax), due_fen=charge.amount_fen,
                              detail="", payer=charge.payer, methods=methods, submit=submit)
        dialog.setWindowTitle(self.tr("Settle fax fee"))
        if not self._show(dialog):
            return
        self.tab.refresh()
        self._after_payment(self.tr("Fee settled."), dialog.result_document, dialog.method(),
                            dialog.finance_no.text().strip())

    def _after_payment(self, message: str, document, method: str | None, finance_no: str) -> None:
        if document is not None:
            series = {"R": self.tr("Receipt"), "S": self.tr("Charge voucher")}.get(document.series, document.number)
            message += " " + self.tr("%1 issued: %2, ¥%3 (%4)").replace("%1", series).replace(
                "%2", document.number).replace("%3", yuan(document.total_fen)).replace(
                "%4", str(method_title(method or "")))
        elif method == "finance":
            message += " " + self.tr("Recorded as paid at the finance office, receipt no. %1.").replace(
                "%1", finance_no)
        self.tab.set_message(message, ok=True)
        if document is not None:
            try:
                self.tab.print_requested.emit("receipts", document.id)
            except FrontdeskError as error:  # the money is recorded; the print can be repeated
                self.tab.set_message(str(error))

