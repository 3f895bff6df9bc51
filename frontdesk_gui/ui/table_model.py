"""A windowed table model over one logbook: any number of rows, a few pages in memory.

The row count comes from a count query; rows are read a page at a time (core.paging) into a small
LRU cache and turned into display text once, when the page is read. fetchMore would only append,
so scrolling a million rows would keep a million rows (PLATFORM_NOTES): pages far from the view go.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from frontdesk_gui.core import clock, paging
from frontdesk_gui.core.cells import cell_text
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.spec import LogbookSpec

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1

# Row colours by how urgent the attention rule is; overdue is the strongest.
ATTENTION_COLOURS = {"overdue": QColor("#f8d7d5"), "now": QColor("#fde8b8"), "due_soon": QColor("#fff5cc")}
LEVEL_ORDER = ("overdue", "now", "due_soon")
VOID_COLOUR = QColor("#8a8a8a")
# Figures line up on the right.
RIGHT_ALIGNED = frozenset({"int", "money"})
# The roles this model answers; the view asks for about ten per cell, painting thousands a second.
ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ENTRY_ID_ROLE, STATUS_ROLE, Qt.ItemDataRole.ToolTipRole,
                   Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                   Qt.ItemDataRole.TextAlignmentRole})


@dataclass(frozen=True)
class Row:
    entry_id: int
    status: str
    cells: tuple[str, ...]
    attention: tuple = ()

    @property
    def level(self) -> str | None:
        levels = {rule.level for rule in self.attention}
        return next((level for level in LEVEL_ORDER if level in levels), None)


class EntryTableModel(QAbstractTableModel):
    def __init__(self, spec: LogbookSpec, query: paging.EntryQuery | None = None, *, page_size: int = 50,
                 cache_pages: int = 8, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.columns = spec.columns
        self.page_size, self.cache_pages = page_size, cache_pages
        self._query = query or paging.EntryQuery(spec)
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._last: tuple[int, list[Row]] | None = None  # the page read last: most calls are for it
        self.reload()

    # -- the window over the query -----------------------------------------------------------------
    @property
    def query(self) -> paging.EntryQuery:
        return self._query

    def set_query(self, query: paging.EntryQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Read the count again and forget every page (after a write or a filter change)."""
        self.beginResetModel()
        self._query.now = clock.now()
        self._count = self._query.count()
        self._pages.clear()
        self._last = None
        self.endResetModel()

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def _page(self, page_no: int) -> list[Row]:
        if self._last is not None and self._last[0] == page_no:
            return self._last[1]
        if page_no in self._pages:
            self._pages.move_to_end(page_no)
            self._last = (page_no, self._pages[page_no])
            return self._last[1]
        before, after = self._pages.get(page_no - 1), self._pages.get(page_no + 1)
        if before:
            entries = self._query.rows(page_no, self.page_size, below=before[-1].entry_id)
        elif after:
            entries = self._query.rows(page_no, self.page_size, above=after[0].entry_id)
        else:
            entries = self._query.rows(page_no, self.page_size)
        marks = paging.attention_ids(self.spec, self._query.now, ids=[e.id for e in entries])
        rows = [Row(e.id, e.status, tuple(cell_text(c, getattr(e, c.field)) for c in self.columns),
                    tuple(marks.get(e.id, ()))) for e in entries]
        self._pages[page_no] = rows
        self._last = (page_no, rows)
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)
        return rows

    def row(self, row: int) -> Row | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def entry_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.entry_id if found else None

    def row_of(self, entry_id: int) -> int | None:
        """The row showing an entry: from the pages in memory, else asked of the query."""
        for page_no, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.entry_id == entry_id:
                    return page_no * self.page_size + offset
        return self._query.position(entry_id)

    # -- Qt model ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in ROLES or not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == ENTRY_ID_ROLE:
            return row.entry_id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.BackgroundRole and row.level:
            return QBrush(ATTENTION_COLOURS[row.level])
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text (a narrow column elides it), then why the row is marked.
            lines = [row.cells[index.column()], *(str(rule.title) for rule in row.attention)]
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == VOIDED:
            return QBrush(VOID_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].kind in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(self.columns[section].title)
        return None
