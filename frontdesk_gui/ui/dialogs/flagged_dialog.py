"""Supervisors keep the flagged-person list (do not admit / call the supervisor); check-in consults it.

Flags are never deleted: removing one deactivates it with a reason, and both are audited by core.flagged.
ID and phone numbers are shown masked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from frontdesk_gui.core import auth, clock, flagged
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError, PermissionDenied
from frontdesk_gui.core.identity import ID_TYPES, mask_id, mask_phone
from frontdesk_gui.ui.dialogs import RowsModel, child, list_view, say, show_field_errors
from frontdesk_gui.ui.forms import load_ui

# Long reasons would push the other columns out of sight; the full text is in each cell's tooltip.
_MAX_COLUMN_WIDTH = 180
_FIELDS = (("name", "name"), ("id_type", "idType"), ("id_number", "idNumber"), ("phone", "phone"),
           ("organisation", "organisation"), ("advice", "advice"), ("reason", "reason"))


class FlaggedDialog(QDialog):
    def __init__(self, ctx: Ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Flagged persons"))
        form = load_ui("flagged", self)
        QVBoxLayout(self).addWidget(form)
        self.table = child(form, QTableView, "table")
        headers = [self.tr("Name"), self.tr("ID number"), self.tr("Phone"), self.tr("Organisation"),
                   self.tr("Advice"), self.tr("Reason"), self.tr("Added"), self.tr("Added by")]
        self.model = RowsModel(headers, self)
        list_view(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.fields = {field: form.findChild(QLineEdit, name) or child(form, QComboBox, name)
                       for field, name in _FIELDS}
        self.errors = {field: child(form, QLabel, f"{name}Error") for field, name in _FIELDS}
        for code, title in ID_TYPES:
            self.fields["id_type"].addItem(str(title), code)
        for code, title in flagged.ADVICE:
            self.fields["advice"].addItem(str(title), code)
        self._clear_form()
        self.remove_reason = child(form, QLineEdit, "removeReason")
        self.remove_reason_error = child(form, QLabel, "removeReasonError")
        self.remove_button = child(form, QPushButton, "removeButton")
        self.remove_box = child(form, QGroupBox, "removeBox")
        self.message = child(form, QLabel, "message")
        for label in (*self.errors.values(), self.remove_reason_error, self.message):
            say(label)
        self.add_button = child(form, QPushButton, "addButton")
        self.add_button.clicked.connect(self.add)
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.remove_reason.returnPressed.connect(self.remove)
        child(form, QPushButton, "closeButton").clicked.connect(self.accept)
        try:
            auth.require(ctx, auth.SUPERVISOR)
        except PermissionDenied as error:  # core checks each change too; this says so before typing
            say(self.message, error.message)
            for box in (child(form, QGroupBox, "addBox"), self.remove_box):
                box.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        advice = dict(flagged.ADVICE)
        self.model.set_rows([((p.name, mask_id(p.id_number), mask_phone(p.phone or ""), p.organisation or "",
                               advice.get(p.advice, p.advice), p.reason, clock.local_text(p.added_at),
                               p.added_by.display_name), p) for p in flagged.active_flags()])
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), _MAX_COLUMN_WIDTH))
        self._selection_changed()

    def selected(self) -> flagged.FlaggedPerson | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        person = self.selected()
        self.remove_button.setEnabled(person is not None)
        self.remove_box.setTitle(self.tr("Selected flag: %1").replace("%1", person.name) if person
                                 else self.tr("Selected flag"))

    def _value(self, field: str) -> str:
        widget = self.fields[field]
        return widget.currentData() if isinstance(widget, QComboBox) else widget.text()

    def _clear_form(self) -> None:
        for field in self.fields.values():
            if isinstance(field, QLineEdit):
                field.clear()
        self.fields["id_type"].setCurrentIndex(0)
        self.fields["advice"].setCurrentIndex(self.fields["advice"].findData("call_supervisor"))

    def add(self) -> None:
        say(self.message)
        try:
            person = flagged.add(self.ctx, **{field: self._value(field) for field, _ in _FIELDS})
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            self.fields.get(field, self.fields["name"]).setFocus()
            return
        self._clear_form()
        for label in self.errors.values():
            say(label)
        self.refresh()
        say(self.message, self.tr("%1 is on the list.").replace("%1", person.name), done=True)
        self.fields["name"].setFocus()

    def remove(self) -> None:
        person = self.selected()
        if person is None:
            return
        if not self.remove_reason.text().strip():
            say(self.remove_reason_error, self.tr("Please give the reason for removing the flag."))
            self.remove_reason.setFocus()
            return
        try:
            flagged.deactivate(self.ctx, person, self.remove_reason.text().strip())
        except FrontdeskError as error:
            say(self.message, error.message)
            return
        self.remove_reason.clear()
        say(self.remove_reason_error)
        self.refresh()
        say(self.message, self.tr("%1 is no longer on the list.").replace("%1", person.name), done=True)


def show_flagged(parent, ctx: Ctx) -> None:
    FlaggedDialog(ctx, parent).exec()
