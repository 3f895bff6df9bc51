"""The selected entry's history from the audit trail: who did what when, old -> new, and why.

Personal numbers stay masked here too; times are local; choices show their labels.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from frontdesk_gui.core import audit, clock
from frontdesk_gui.core.fields import UTC_FORMAT
from frontdesk_gui.core.identity import mask_id, mask_phone
from frontdesk_gui.core.money.amounts import yuan
from frontdesk_gui.core.spec import LogbookSpec
from frontdesk_gui.core.text import Text

MASKS = {"masked_id": mask_id, "masked_phone": mask_phone}
# Steps that are not buttons of the tab (they happen in a dialog or inside another step).
HISTORY_ACTIONS = {
    "notify": Text("通知", "Notified"), "hand_over": Text("交付", "Handed over"),
    "return": Text("归还/退回", "Returned"), "lost": Text("遗失", "Lost"), "renew": Text("续办", "Renewed"),
    "take_deposit": Text("收押金", "Deposit taken"), "typing_stage": Text("文稿进度", "Typing stage"),
    "settle": Text("结算", "Settled"), "reopen": Text("收据作废,重新结算", "Receipt voided: to settle again"),
    "condition_out": Text("领取时状况", "Condition at collection"), "photo": Text("照片", "Photo"),
    "no_recipient": Text("无收件人", "No recipient"), "match": Text("与失物报告关联", "Linked to a loss report"),
}


class HistoryPanel(QWidget):
    def __init__(self, spec: LogbookSpec, choices: dict | None = None, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.titles = {name: str(title) for name, title in spec.field_titles.items()}
        self.titles.update({c.field: str(c.title) for c in spec.columns})
        self.titles.update({f.name: str(f.title) for f in spec.form_fields})
        self.choices = {c.field: dict(c.choices) for c in spec.columns if c.choices}
        self.choices.update({name: dict(options) for name, options in (choices or {}).items()})
        self.masks = {c.field: MASKS[c.kind] for c in spec.columns if c.kind in MASKS}
        self.masks.update({c.field: yuan for c in spec.columns if c.kind == "money"})
        self.action_titles = {
            "create": self.tr("New entry"), "correct": self.tr("Corrected"), "void": self.tr("Voided"),
            "print": self.tr("Printed"), "import": self.tr("Imported"),
            "reveal": self.tr("Full number shown"),
        }
        self.action_titles.update({key: str(title) for key, title in HISTORY_ACTIONS.items()})
        self.action_titles.update({a.key: str(a.title) for a in spec.actions})
        self.documents = {d.key: str(d.title) for d in spec.documents}
        self.title = QLabel(self.tr("History"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.tree)

    def show_entry(self, entry_id: int | None) -> None:
        self.tree.clear()
        if entry_id is None:
            self.title.setText(self.tr("History"))
            return
        self.title.setText(self.tr("History of No. %1").replace("%1", str(entry_id)))
        for record in audit.history(self.spec.key, entry_id):
            who = record.actor.display_name
            if record.authorised_by is not None:
                who += self.tr(" (approved by %1)").replace("%1", record.authorised_by.display_name)
            what = self.describe(record)
            item = QTreeWidgetItem([clock.local_text(record.at), who, what])
            item.setToolTip(2, what)
            self.tree.addTopLevelItem(item)

    def describe(self, record) -> str:
        action = self.action_titles.get(record.action, record.action)
        if record.action == "print":
            return f"{action}: {self.documents.get(record.reason, record.reason)}"
        parts = [action]
        if record.action == "import":  # one record for a whole batch: which entries it created
            span = json.loads(record.after or "{}")
            parts = [f"{action} ({span.get('first_id')}–{span.get('last_id')})"]
        elif record.action != "create" and record.after:
            before = json.loads(record.before or "{}")
            after = json.loads(record.after)
            parts += [f"{self.titles.get(name, name)}: {self.value(name, before.get(name))} → "
                      f"{self.value(name, value)}" for name, value in after.items()
                      if name != "void_reason" and name not in self.spec.hidden_in_history]
        if record.reason:
            parts.append(self.tr("reason: %1").replace("%1", record.reason))
        return "; ".join(parts)

    def value(self, name: str, value) -> str:
        if value is None or value == "":
            return "—"
        if name in self.masks:
            mask = self.masks[name]
            return mask(value) if mask is yuan else mask(str(value))
        if name in self.choices:
            return str(self.choices[name].get(value, value))
        if isinstance(value, str):
            try:  # the audit stores times as fixed-width UTC text
                return clock.local_text(datetime.strptime(value, UTC_FORMAT).replace(tzinfo=UTC))
            except ValueError:
                return value
        return str(value)
