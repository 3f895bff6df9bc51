"""Dialogs about who is at the counter: first start, login, supervisor approval, operators, settings,
flagged persons. This module holds what they share: finding a Designer form's widgets, showing a
sentence in red, and a read-only table model for the short lists they show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from frontdesk_gui.core.errors import FrontdeskError, ValidationError

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


def child(form: QWidget, kind: type, name: str):
    """The form's widget with this objectName; a renamed widget in Designer fails here, not later."""
    widget = form.findChild(kind, name)
    if widget is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} named {name!r}")
    return widget


def list_view(view: QTableView, model) -> QTableView:
    """A short list the dialogs show: whole rows selected one at a time, last column stretched."""
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


def say(label: QLabel, text: object = "", *, done: bool = False) -> None:
    """Show a sentence (a str or a core Text) in red, or in green when it reports something `done`;
    hide the label when there is none."""
    label.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
    label.setText(str(text))
    label.setVisible(bool(str(text)))


def show_field_errors(error: FrontdeskError, labels: dict[str, QLabel], general: QLabel) -> str | None:
    """Each ValidationError sentence next to its field, any other sentence in `general`.

    Returns the first field with a sentence, for the dialog to put the cursor there.
    """
    for label in labels.values():
        say(label)
    leftover = []
    for field, sentence in (error.errors.items() if isinstance(error, ValidationError) else []):
        if field in labels:
            say(labels[field], sentence)
        else:
            leftover.append(str(sentence))
    if not isinstance(error, ValidationError):
        leftover.append(str(error.message))
    say(general, " ".join(leftover))
    return next((field for field in getattr(error, "errors", {}) if field in labels), None)


class RowsModel(QAbstractTableModel):
    """A short read-only list (operators, flags): rows of display texts, each with the object it shows."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Sequence[str], object]] = []

    def set_rows(self, rows: Sequence[tuple[Sequence[str], object]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int):
        return self._rows[row][1]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            return str(self._rows[index.row()][0][index.column()])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
