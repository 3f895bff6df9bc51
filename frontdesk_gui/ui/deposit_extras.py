"""Deposited items (A55) on the held-item buttons (HeldExtras), with one step of their own: the hand-over
also records the condition it goes out in (the duty staff pay for damage or loss), and it starts with
the depositor as the collector (anyone else is asked for an ID by core).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from frontdesk_gui.core.logbooks import deposits
from frontdesk_gui.ui.dialogs.held_dialogs import HandOverDialog
from frontdesk_gui.ui.held_extras import HeldExtras


class DepositExtras(HeldExtras):
    def hand_over(self) -> None:
        item = self.selected_open()
        if item is None or not self.hand_over_button.isEnabled():
            return
        together = list(self.book.together(item))
        if item.id not in {other.id for other in together}:
            together.insert(0, item)
        rows = [(self.spec.summary(other), other, other.id == item.id) for other in together]
        summary = self.tr("Left by: %1").replace("%1", deposits.depositor_text(item))
        dialog: HandOverDialog | None = None

        def submit(items, collector, id_checked, signed_on, signature_png):
            text = self.tr("Hand over to %1: %2").replace("%1", collector).replace(
                "%2", ", ".join(self.spec.summary(i) for i in items))
            condition, note = dialog.condition.currentData() or "", dialog.condition_note.text()
            # The depositor with the tag stub needs no ID (left blank); core asks anyone else for one.
            id_checked = id_checked or "none"
            return self._run(text, lambda ctx: self.book.hand_over(
                ctx, items, collector_name=collector, id_checked=id_checked, signed_on=signed_on,
                signature_png=signature_png, condition_out=condition, condition_out_note=note))

        dialog = HandOverDialog(self.tab, summary=summary, items=rows, submit=submit,
                                collector_name=item.recipient_name or item.depositor_name)
        dialog.condition = QComboBox(dialog)
        dialog.condition.setObjectName("condition_out")
        for value, title in deposits.CONDITIONS_OUT:
            dialog.condition.addItem(str(title), value)
        dialog.add_field("condition_out", self.tr("Condition now"), dialog.condition)
        dialog.condition_note = QLineEdit(dialog)
        dialog.condition_note.setObjectName("condition_out_note")
        dialog.condition_note.setMaxLength(120)
        dialog.condition_note.setPlaceholderText(self.tr("What is damaged or missing"))
        dialog.add_field("condition_out_note", self.tr("Details"), dialog.condition_note)
        if not self._show(dialog):
            return
        count = len(dialog.checked_items())
        self.tab.refresh()
        self.tab.set_message(self.tr("Handed over to %1: %2 item(s).").replace(
            "%1", dialog.collector.text().strip()).replace("%2", str(count)), ok=True)
