"""What every logbook of things held for someone (core.held: parcels, faxes, messages, found items,
deposits) adds to the generic tab: Notify…, Hand over…, Return… and, where a steward signs out many
recipients' items at once, Steward round…. One class for all of them: the logbook's `held.book(key)`
says how each step is done.

A slip's code scanned into the search box opens its entry with Hand over focused (entry_opened), so the
counter goes scan, Enter, check the ID, sign, Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QPushButton

from frontdesk_gui.core import auth, held, settings
from frontdesk_gui.ui.dialogs.held_dialogs import HandOverDialog, NotifyDialog, ReturnDialog
from frontdesk_gui.ui.entry_form_panel import run_authorised


class HeldExtras(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.spec = tab.spec
        book = held.book(tab.spec.key)
        if book is None:
            raise LookupError(f"{tab.spec.key} holds nothing: no held.book registered")
        self.book = book
        # Replaced in tests: shows the dialog and returns whether it was accepted.
        self.exec_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted

        self.notify_button = self._button("held_notify", self.tr("Notify…"),
                                          self.tr("Log one attempt to tell the recipient"), self.notify)
        self.hand_over_button = self._button("held_hand_over", self.tr("Hand over…"),
                                             self.tr("The recipient collects it (with what else waits for them)"),
                                             self.hand_over)
        # Focused after a scanned slip opened the entry: Enter then opens the dialog.
        self.hand_over_button.setAutoDefault(True)
        self.return_button = self._button("held_return", self.tr("Return…"),
                                          self.tr("It goes back or is disposed of"), self.return_item)
        self.steward_button = None
        # A09: the area steward's round is a residential estate's way; an office phones each company.
        if book.steward_round is not None and settings.get("counter.kind") == "residential":
            self.steward_button = self._button("held_steward_round", self.tr("Steward round…"),
                                               self.tr("The area steward signs out everything held for residents"),
                                               self.steward_round)
        tab.actions_updated.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self.tab)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.tab.add_action_button(button)
        return button

    # -- state ------------------------------------------------------------------------------------
    def selected_open(self):
        """The selected entry while it is still held (waiting or notified), else None."""
        item = self.tab.selected_entry()
        return item if item is not None and item.status in held.OPEN else None

    def update_buttons(self) -> None:
        allowed = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST)
        live = allowed and self.selected_open() is not None
        for button in (self.notify_button, self.hand_over_button, self.return_button):
            button.setEnabled(live)
        if self.steward_button is not None:
            self.steward_button.setEnabled(allowed)

    def entry_opened(self, entry_id: int) -> None:
        """The main window opened this entry (a scanned slip): put the cursor on Hand over when it can be."""
        self.update_buttons()
        if self.hand_over_button.isEnabled() and self.tab.selected_id() == entry_id:
            self.hand_over_button.setFocus()

    def _run(self, text: str, work):
        return run_authorised(self.tab.ctx, self.tab.authorise, text, work)

    def _show(self, dialog) -> bool:
        try:
            return self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    # -- the steps ----------------------------------------------------------------------------------
    def notify(self) -> None:
        item = self.selected_open()
        if item is None or not self.notify_button.isEnabled():
            return
        summary = self.spec.summary(item)
        text = self.tr("Notify: %1").replace("%1", summary)
        channel = "steward" if settings.get("counter.kind") == "residential" else "phone"

        def submit(channel, outcome, note):
            return self._run(text, lambda ctx: self.book.notify(ctx, item, channel, outcome, note or None))

        dialog = NotifyDialog(self.tab, summary=summary, submit=submit, channel=channel)
        if self._show(dialog):
            self.tab.refresh()
            self.tab.set_message(text, ok=True)

    def hand_over(self) -> None:
        item = self.selected_open()
        if item is None or not self.hand_over_button.isEnabled():
            return
        together = list(self.book.together(item))
        if item.id not in {other.id for other in together}:
            together.insert(0, item)
        rows = [(self.spec.summary(other), other, True) for other in together]
        summary = self.tr("For: %1").replace("%1", self._recipient(item))
        self._hand_over(rows, summary, collector_name=item.recipient_name or "", role="recipient")

    def steward_round(self) -> None:
        if self.book.steward_round is None:
            return
        items = list(self.book.steward_round())
        if not items:
            self.tab.set_message(self.tr("Nothing is waiting for the steward."), ok=True)
            return
        rows = [(self.spec.summary(item), item, True) for item in items]
        summary = self.tr("Everything held for known recipients: %1 item(s)").replace("%1", str(len(items)))
        self._hand_over(rows, summary, collector_name="", role="steward")

    def _hand_over(self, rows, summary: str, *, collector_name: str, role: str) -> None:
        def submit(items, collector, id_checked, signed_on, signature_png):
            text = self.tr("Hand over to %1: %2").replace("%1", collector).replace(
                "%2", ", ".join(self.spec.summary(i) for i in items))
            return self._run(text, lambda ctx: self.book.hand_over(
                ctx, items, collector_name=collector, id_checked=id_checked, collector_role=role,
                signed_on=signed_on, signature_png=signature_png))

        dialog = HandOverDialog(self.tab, summary=summary, items=rows, submit=submit,
                                collector_name=collector_name, steward=role == "steward",
                                unsigned=self.book.unsigned_allowed)
        if not self._show(dialog):
            return
        count = len(dialog.checked_items())
        self.tab.refresh()
        self.tab.set_message(self.tr("Handed over to %1: %2 item(s).").replace(
            "%1", dialog.collector.text().strip()).replace("%2", str(count)), ok=True)

    def return_item(self) -> None:
        item = self.selected_open()
        if item is None or not self.return_button.isEnabled():
            return
        summary = self.spec.summary(item)

        def submit(how, note):
            title = dict(self.book.return_hows).get(how, how)
            text = self.tr("%1: %2").replace("%1", str(title)).replace("%2", summary)
            return self._run(text, lambda ctx: self.book.return_item(ctx, item, how, note or None))

        dialog = ReturnDialog(self.tab, summary=summary, hows=self.book.return_hows, submit=submit)
        if self._show(dialog):
            title = dict(self.book.return_hows).get(dialog.how.currentData(), "")
            self.tab.set_message(self.tr("%1: %2").replace("%1", str(title)).replace("%2", summary), ok=True)
            self.tab.refresh()

    @staticmethod
    def _recipient(item) -> str:
        parts = (getattr(item, name, None) for name in ("recipient_company", "recipient_name", "recipient_unit"))
        return " ".join(p for p in parts if p) or "—"
