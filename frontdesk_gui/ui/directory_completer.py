"""Hosts and mail recipients offered from the directory (公司名册 / 业主档案) as the receptionist types.

The popup is the shared SuggestionCompleter fed by core.directory.suggest(). What this adds: the
threshold (one Chinese character already narrows the list, one letter does not) and the name put into
the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from frontdesk_gui.core import directory
from frontdesk_gui.core.directory import Suggestion
from frontdesk_gui.core.search import CJK
from frontdesk_gui.ui.global_search import SuggestionCompleter

ALL_KINDS = ("company", "resident", "staff")
MIN_LATIN = 2
SHOWN = 10
# The directory is small and suggest() a quick LIKE: a short pause only spares redrawing per key.
DELAY_MS = 80


def worth_suggesting(text: str) -> bool:
    """One Chinese character, or two letters / digits (one letter matches half the directory)."""
    return bool(CJK.search(text)) or sum(ch.isalnum() for ch in text) >= MIN_LATIN


class DirectoryCompleter(QObject):
    """Lives as a child of its line edit; `suggestions` is the popup (its model holds what is shown)."""

    def __init__(self, line_edit: QLineEdit, kinds: Sequence[str],
                 on_pick: Callable[[Suggestion], None] | None):
        super().__init__(line_edit)
        self.line_edit, self.kinds, self.on_pick = line_edit, tuple(kinds), on_pick
        self.suggestions = SuggestionCompleter(line_edit, self.lookup, min_chars=1, delay_ms=DELAY_MS)
        self.suggestions.picked.connect(self.pick)
        self.popup = self.suggestions.completer.popup()

    def lookup(self, text: str) -> list[tuple[str, Suggestion]]:
        if not worth_suggesting(text):
            return []
        return [(s.label, s) for s in directory.suggest(text, self.kinds, limit=SHOWN)]

    def pick(self, suggestion: Suggestion) -> None:
        self.line_edit.setText(suggestion.name)
        if self.on_pick is not None:
            self.on_pick(suggestion)


def attach_directory_completer(line_edit: QLineEdit, kinds: Sequence[str] = ALL_KINDS,
                               on_pick: Callable[[Suggestion], None] | None = None) -> DirectoryCompleter:
    """Offer directory entries of `kinds` under `line_edit`; picking one puts its name in the field and
    calls `on_pick(suggestion)` so the caller can fill the unit or company. Up/Down/Enter pick, Esc closes;
    with the list closed, Enter is the line edit's as before."""
    return DirectoryCompleter(line_edit, kinds, on_pick)
