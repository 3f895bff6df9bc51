"""The filters over a logbook's table: search text, status, a date range and "needs attention"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from frontdesk_gui.core import clock, paging
from frontdesk_gui.core.spec import LogbookSpec

ALL, TODAY, WEEK, MONTH, BETWEEN = "all", "today", "week", "month", "between"
# Long enough to let a burst of typed (or scanned) characters arrive, short enough to feel immediate:
# the query itself takes about a millisecond.
SEARCH_DELAY_MS = 25


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, spec: LogbookSpec, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.search = QLineEdit(self)
        self.search.setObjectName("logbook_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, pinyin, phone, unit, plate…"))
        # Wait for a pause in typing: each search reads the index and the first page again.
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._search_now)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for key, title in spec.statuses.items():
            self.status.addItem(str(title), key)
        self.period = QComboBox(self)
        for key, title in ((ALL, self.tr("All dates")), (TODAY, self.tr("Today")),
                           (WEEK, self.tr("Last 7 days")), (MONTH, self.tr("Last 30 days")),
                           (BETWEEN, self.tr("Between…"))):
            self.period.addItem(title, key)
        today = self.today()
        self.date_from = QDateEdit(today.addDays(-7), self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(today, self, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.attention = QCheckBox(self.tr("Needs attention"), self)
        self.attention.setVisible(bool(spec.attention))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.period)
        self.dash = QLabel("–", self)
        for widget in (self.date_from, self.dash, self.date_to):
            layout.addWidget(widget)
        layout.addWidget(self.attention)
        self.tools = QHBoxLayout()
        layout.addLayout(self.tools)
        self._show_dates()
        for signal in (self.status.currentIndexChanged, self.period.currentIndexChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged, self.attention.toggled):
            signal.connect(self.changed)
        self.period.currentIndexChanged.connect(self._show_dates)

    def today(self) -> QDate:
        day = clock.local(clock.now()).date()
        return QDate(day.year, day.month, day.day)

    def add_widget(self, widget: QWidget) -> None:
        """A logbook's own control at the right end of the bar (the visitor log's on-site count)."""
        self.tools.addWidget(widget)

    def _show_dates(self) -> None:
        between = self.period.currentData() == BETWEEN
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(between)

    def _search_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def query(self) -> paging.EntryQuery:
        since = until = None
        period = self.period.currentData()
        today = clock.local(clock.now()).date()
        if period in (TODAY, WEEK, MONTH):
            since = today - timedelta(days={TODAY: 0, WEEK: 6, MONTH: 29}[period])
        elif period == BETWEEN:
            since, until = self.date_from.date().toPython(), self.date_to.date().toPython()
        return paging.EntryQuery(
            self.spec, status=self.status.currentData(), since=since, until=until, text=self.search.text(),
            attention_key=paging.ANY_ATTENTION if self.attention.isChecked() else None)

    def active(self) -> bool:
        return bool(self.search.text().strip() or self.status.currentIndex() or self.period.currentIndex()
                    or self.attention.isChecked())

    def reset(self) -> None:
        """All filters off, one `changed` at the end rather than one per widget."""
        self.blockSignals(True)
        self.search.clear()
        self._typing.stop()
        self.status.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self.attention.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()
