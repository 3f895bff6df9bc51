"""The Today page (issue 6): what needs attention across every logbook, most urgent first.

It reads core.today, shows counts per logbook and the items grouped by level; Enter or a double-click
opens the entry in its own tab. New overdue / "now" items since the last read raise the window
(QApplication.alert) and a status-bar message, and emit `new_urgent(n)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from frontdesk_gui.core import spec, today

REFRESH_MS = 60_000
ITEM_ROLE = Qt.ItemDataRole.UserRole
COLOURS = {"overdue": QColor("#f8d7d5"), "now": QColor("#fde8b8")}  # due soon stays plain
URGENT = ("overdue", "now")


class TodayTab(QWidget):
    new_urgent = Signal(int)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setObjectName("today_tab")
        self.window_ = window
        self.level_titles = {"overdue": self.tr("Overdue"), "now": self.tr("Now"), "due_soon": self.tr("Due soon")}
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.capped_label = QLabel(self)
        self.capped_label.setWordWrap(True)
        self.capped_label.setVisible(False)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("today_tree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Level"), self.tr("Logbook"), self.tr("What"), self.tr("Entry")])
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 240)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.capped_label)
        layout.addWidget(self.tree, 1)
        self._seen_urgent: set | None = None  # None until the first read: that read only sets the baseline
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        listing = today.read()
        self._show_counts(today.counts())
        self._show_items(listing.items)
        self.capped_label.setVisible(bool(listing.capped))
        self.capped_label.setText(self.tr("Some rules have more than %1 entries; only the first %1 are listed.")
                                  .replace("%1", str(today.RULE_CAP)))
        self._notice_urgent(listing.items)

    def _show_counts(self, counts: dict) -> None:
        titles = {book.key: str(book.title) for book in spec.all_specs()}
        parts = []
        for key, numbers in counts.items():
            parts.append(self.tr("%1: %2 overdue / %3 now / %4 soon")
                         .replace("%1", titles.get(key, key)).replace("%2", str(numbers.get("overdue", 0)))
                         .replace("%3", str(numbers.get("now", 0))).replace("%4", str(numbers.get("due_soon", 0))))
        self.header.setText("   ·   ".join(parts) if parts else self.tr("Nothing needs attention."))

    def _show_items(self, items: list) -> None:
        selected = self.selected_item()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            group = groups.get(item.level)
            if group is None:
                group = QTreeWidgetItem(self.tree, [self.level_titles.get(item.level, item.level)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[item.level] = group
            row = QTreeWidgetItem(group, [self.level_titles.get(item.level, item.level), item.logbook_title,
                                          item.rule_title, item.summary])
            row.setData(0, ITEM_ROLE, item)
            if item.level in COLOURS:
                for column in range(4):
                    row.setBackground(column, QBrush(COLOURS[item.level]))
            if selected is not None and (selected.logbook, selected.rule, selected.entry_id) == \
                    (item.logbook, item.rule, item.entry_id):
                self.tree.setCurrentItem(row)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.tree.expandAll()

    def _notice_urgent(self, items: list) -> None:
        urgent = {(i.logbook, i.entry_id) for i in items if i.level in URGENT}
        fresh = urgent - self._seen_urgent if self._seen_urgent is not None else set()
        self._seen_urgent = urgent
        if not fresh:
            return
        QApplication.alert(self.window_)
        status_bar = getattr(self.window_, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(self.tr("Today: %1 new item(s) need attention now.")
                                     .replace("%1", str(len(fresh))), 30_000)
        self.new_urgent.emit(len(fresh))

    # -- opening ---------------------------------------------------------------------------------------
    def items(self) -> list:
        """The listed items in display order (for tests and the keyboard)."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(c).data(0, ITEM_ROLE) for c in range(group.childCount())]
        return out

    def selected_item(self):
        current = self.tree.currentItem()
        return current.data(0, ITEM_ROLE) if current is not None else None

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = row.data(0, ITEM_ROLE)
        if item is not None:
            self.window_.open_entry(item.logbook, item.entry_id)
