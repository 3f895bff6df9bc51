"""Search every logbook from one box (Ctrl+F), and the suggestion popup it shares with the forms.

The popup is a QCompleter fed by a core lookup rather than a fixed list: the index decides what
matches (Chinese from one character, pinyin, phone fragments), the completer only shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from frontdesk_gui.core import search, spec
from frontdesk_gui.core.paging import entry_by_key

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
RESULT_LIMIT = 30


class SuggestionCompleter(QObject):
    """Under a line edit, the results of `lookup(text) -> [(shown text, payload)]` after a pause in typing.

    Choosing one emits `picked(payload)`; the line edit's text is left to the receiver.
    """

    picked = Signal(object)

    def __init__(self, line_edit: QLineEdit, lookup: Callable[[str], list[tuple[str, object]]], *,
                 min_chars: int = 2, delay_ms: int = 40, popup_width: int = 420):
        super().__init__(line_edit)
        self.line_edit, self.lookup = line_edit, lookup
        self.min_chars, self.popup_width = min_chars, popup_width
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # setWidget, not QLineEdit.setCompleter: choosing must not overwrite the field with the shown text.
        self.completer.setWidget(line_edit)
        self.completer.activated[QModelIndex].connect(lambda index: self.pick(index.row()))
        # The completer first hands each key to the line edit, which would emit returnPressed and save the
        # form. A filter installed after the completer's own runs before it, so Enter is settled here.
        self.completer.popup().installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.refresh)
        line_edit.textEdited.connect(self._timer.start)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.line_edit.text().strip()
        self.model.clear()
        for shown, payload in (self.lookup(text) if len(text) >= self.min_chars else []):
            item = QStandardItem(shown)
            item.setData(payload, PAYLOAD_ROLE)
            self.model.appendRow(item)
        if self.model.rowCount():
            rect = self.line_edit.rect()
            rect.setWidth(max(rect.width(), self.popup_width))
            self.completer.complete(rect)
        else:
            self.completer.popup().hide()

    def pick(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.completer.popup().hide()
            self.picked.emit(self.model.item(row).data(PAYLOAD_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.completer.popup()
        if watched is popup and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS:
            current = popup.currentIndex()
            if current.isValid():
                self.pick(current.row())
            else:  # moved up off the list: close it and keep what was typed, as Qt's own completer does
                popup.hide()
            return True
        return super().eventFilter(watched, event)


def find_entries(text: str) -> list[tuple[str, tuple[str, int]]]:
    """Search results as (logbook title · entry summary, (logbook key, entry id)), newest first.

    A scanned slip code (V000123) names its entry alone, so scan + Enter opens it.
    """
    scanned = spec.parse_scan_code(text)
    hits = [(scanned[0].key, scanned[1])] if scanned else search.search(text, limit=RESULT_LIMIT)
    found = []
    for logbook, entry_id in hits:
        entry = entry_by_key(logbook, entry_id)
        if entry is not None:
            book = spec.get(logbook)
            found.append((f"{book.title} · {book.summary(entry)}", (logbook, entry_id)))
    return found


class GlobalSearch(QLineEdit):
    """The box in the window's tool bar; Enter opens the chosen (or else the first) result."""

    open_requested = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search all logbooks (Ctrl+F)"))
        self.suggestions = SuggestionCompleter(self, find_entries, min_chars=1, delay_ms=40, popup_width=520)
        self.suggestions.picked.connect(self._open)
        # Enter typed in the box (not in the popup, which handles its own) opens the first result.
        self.installEventFilter(self)

    def _open(self, payload) -> None:
        logbook, entry_id = payload
        self.open_requested.emit(logbook, entry_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS:
            self.suggestions.refresh()
            self.suggestions.pick(0)
            return True
        return super().eventFilter(watched, event)
