"""What the visitor log needs beyond the generic tab: the category's entry rule shown on the form (B3),
returning visitors offered while typing, and the count of visitors on site with a button for the list.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton

from frontdesk_gui.core import badges, clock, paging
from frontdesk_gui.core.identity import mask_id, mask_phone
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.ui.directory_completer import attach_directory_completer
from frontdesk_gui.ui.entry_form_panel import NEW
from frontdesk_gui.ui.global_search import SuggestionCompleter

# Returning-visitor details copied into the form; the badge is handed out anew each visit.
NOT_COPIED = ("badge_no",)
MASKED = {"id_number": mask_id, "phone": mask_phone}


class VisitorExtras(QObject):
    onsite_list_requested = Signal()

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.form = tab.form_panel.form
        self.form.widgets["category"].currentIndexChanged.connect(self.apply_rule)
        tab.form_panel.cleared.connect(self.apply_rule)
        self.suggestions = [
            SuggestionCompleter(self.form.widgets[name], self.earlier) for name in ("visitor_name", "phone")]
        for suggestion in self.suggestions:
            suggestion.picked.connect(self.fill_from)
        self.hosts = attach_directory_completer(self.form.widgets["host_name"], ("resident", "staff", "company"),
                                                self.fill_host)
        self.onsite_label = QLabel(tab)
        self.onsite_label.setObjectName("onsite_count")
        self.onsite_button = QPushButton(self.tr("On-site list…"), tab)
        self.onsite_button.setToolTip(self.tr("Everyone in the building now, for the evacuation list"))
        self.onsite_button.clicked.connect(self.onsite_list_requested)
        self.badge_button = QPushButton(self.tr("Badge found…"), tab)
        self.badge_button.setToolTip(self.tr("A badge recorded as lost has come back: put it back in the pool"))
        self.badge_button.clicked.connect(self.badge_found)
        tab.filters.add_widget(self.onsite_label)
        tab.filters.add_widget(self.onsite_button)
        tab.filters.add_widget(self.badge_button)
        tab.reloaded.connect(self.update_onsite)
        self.update_onsite()

    def update_onsite(self) -> None:
        count = paging.EntryQuery(visitors.SPEC, status=visitors.ON_SITE).count()
        self.onsite_label.setText(self.tr("On site now: %1").replace("%1", str(count)))

    def badge_found(self) -> None:
        numbers = badges.lost()
        if not numbers:
            self.tab.form_panel.set_message(self.tr("No badge is recorded as lost."), ok=True)
            return
        number, chosen = QInputDialog.getItem(self.tab, self.tr("Badge found"), self.tr("Which badge came back?"),
                                              numbers, 0, False)
        if chosen:
            badges.found(self.tab.ctx, number)
            self.tab.form_panel.set_message(self.tr("Badge %1 is back in the pool.").replace("%1", number), ok=True)

    def apply_rule(self) -> None:
        """Mark what the chosen category's rule asks for and preselect how it is normally admitted."""
        rule = visitors.RULES.get(self.form.value("category"))
        self.form.set_needed(rule["needs"] if rule else ())
        if rule and self.tab.form_panel.mode == NEW:
            self.form.set_value("admitted_how", rule["admitted"])

    def earlier(self, text: str) -> list[tuple[str, object]]:
        found = []
        for visit in visitors.earlier_visits(text):
            parts = [visit.visitor_name, mask_phone(visit.phone), visit.organisation or "",
                     clock.local_text(visit.time_in, "%Y-%m-%d")]
            found.append((" · ".join(p for p in parts if p), visit))
        return found

    def fill_host(self, suggestion) -> None:
        """A host picked from the directory brings their unit or room."""
        if suggestion.unit:
            self.form.set_value("host_unit", suggestion.unit)

    def fill_from(self, visit) -> None:
        """Fill the form from an earlier visit; personal numbers stay masked on screen."""
        values = {f.name: getattr(visit, f.name) for f in visitors.SPEC.form_fields
                  if f.name not in NOT_COPIED and f.name not in MASKED}
        self.form.set_values(values)
        for name, mask in MASKED.items():
            self.form.set_masked(name, getattr(visit, name), mask(getattr(visit, name)))
        self.form.widgets["badge_no"].setFocus()
