"""The parcels and registered-mail logbook (CATALOGUE A08, A09) beyond the held-item buttons: batch intake.

The postman brings thirty items; the receptionist signs for them with no mouse: scan the tracking number
(the scanner types it and Enter: the cursor moves on to the recipient), type a few letters of the
recipient and Enter picks them from the directory (company, unit and name filled in), Enter saves, and the
form is ready for the next item with the type, carrier and shelf kept and the cursor back in the
tracking number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from frontdesk_gui.core import held
from frontdesk_gui.core.logbooks import parcels
from frontdesk_gui.ui.directory_completer import attach_directory_completer
from frontdesk_gui.ui.entry_form_panel import NEW
from frontdesk_gui.ui.held_extras import HeldExtras

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ParcelExtras(HeldExtras):
    def __init__(self, tab):
        super().__init__(tab)
        self.panel = tab.form_panel
        self.form = self.panel.form
        self.panel.keep_after_save = parcels.STICKY
        self.tracking = self.form.widgets["tracking_no"]
        # Installed after the form panel's own filter, so it sees the scanner's Enter first.
        self.tracking.installEventFilter(self)
        self.people = attach_directory_completer(self.form.widgets["recipient_name"],
                                                 ("resident", "staff", "company"), self.fill_recipient)
        self.companies = attach_directory_completer(self.form.widgets["recipient_company"], ("company",),
                                                    self.fill_company)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tracking and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
                and self.panel.mode == NEW):
            recipient = self.form.widgets["recipient_name"]
            recipient.setFocus()
            recipient.selectAll()
            return True
        return super().eventFilter(watched, event)

    def fill_recipient(self, suggestion) -> None:
        """A person or company picked under Recipient brings the company and unit (a company: no person)."""
        self.form.set_values(held.recipient_of(suggestion))

    def fill_company(self, suggestion) -> None:
        """A company picked under Company brings its room; the person typed stays."""
        self.form.set_value("recipient_company", suggestion.company)
        if suggestion.unit:
            self.form.set_value("recipient_unit", suggestion.unit)
