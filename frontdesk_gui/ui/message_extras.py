"""The phone-message logbook (CATALOGUE A21) beyond the held-item buttons.

Who the message is for comes from the directory as it is typed (a person brings their company and unit,
a company its room), so a message goes to the right person (A21: never passed on wrongly). The buttons
say what happens to a message: Notify… (told a message waits), Delivered… (it reached them: who received
it), Lapsed… (no longer needed). The form shows who takes the message (field 8 of the paper form: the
operator at the desk, recorded with the entry).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel

from frontdesk_gui.core import held
from frontdesk_gui.ui.directory_completer import attach_directory_completer
from frontdesk_gui.ui.entry_form_panel import CORRECT
from frontdesk_gui.ui.held_extras import HeldExtras


class MessageExtras(HeldExtras):
    def __init__(self, tab):
        super().__init__(tab)
        self.panel = tab.form_panel
        self.form = self.panel.form
        self.hand_over_button.setText(self.tr("Delivered…"))
        self.hand_over_button.setToolTip(
            self.tr("The message reached the person: the slip handed over or read out to them"))
        self.return_button.setText(self.tr("Lapsed…"))
        self.return_button.setToolTip(self.tr("No longer needed, nobody of that name, or filed unread"))
        self.people = attach_directory_completer(self.form.widgets["recipient_name"],
                                                 ("staff", "resident", "company"), self.fill_recipient)
        self.companies = attach_directory_completer(self.form.widgets["recipient_company"], ("company",),
                                                    self.fill_company)
        self.taken_by = QLabel(self.form.root)
        self.taken_by.setObjectName("taken_by")
        grid = self.form.root.findChild(QGridLayout, "fields_layout")
        row = grid.rowCount()
        self.taken_by_label = QLabel(self.tr("Taken by"), self.form.root)
        grid.addWidget(self.taken_by_label, row, 0)
        grid.addWidget(self.taken_by, row, 1)
        self.panel.cleared.connect(self.show_taker)
        # A correction shows who took that message; the panel has no signal for it, so wrap its method.
        start_correction = self.panel.start_correction

        def correcting(entry) -> None:
            start_correction(entry)
            self.show_taker()

        self.panel.start_correction = correcting
        self.show_taker()

    def show_taker(self) -> None:
        """Who takes the message: the operator now at the desk (a correction: who took it then)."""
        entry = self.panel.entry if self.panel.mode == CORRECT else None
        operator = entry.created_by if entry is not None else self.tab.ctx.operator
        self.taken_by.setText(operator.display_name)

    def update_buttons(self) -> None:
        super().update_buttons()
        if hasattr(self, "taken_by"):  # the base class calls this before the form parts exist
            self.show_taker()  # the operator may have changed (shift handover, lock and login)

    def fill_recipient(self, suggestion) -> None:
        """A person picked under "Message for" brings their company and unit (a company: no person)."""
        self.form.set_values(held.recipient_of(suggestion))

    def fill_company(self, suggestion) -> None:
        """A company picked under Company brings its room; the person typed stays."""
        self.form.set_value("recipient_company", suggestion.company)
        if suggestion.unit:
            self.form.set_value("recipient_unit", suggestion.unit)
