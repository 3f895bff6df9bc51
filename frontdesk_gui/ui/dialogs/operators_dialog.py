"""The administrator keeps the list of operators: add one, deactivate or reactivate, reset a password.

Nobody is deleted (the audit names them); every change goes through core.auth, which checks the role.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
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

from frontdesk_gui.core import auth, clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError, PermissionDenied
from frontdesk_gui.core.models import Operator
from frontdesk_gui.ui.dialogs import RowsModel, child, list_view, say, show_field_errors
from frontdesk_gui.ui.forms import load_ui


class OperatorsDialog(QDialog):
    def __init__(self, ctx: Ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Operators"))
        form = load_ui("operators", self)
        QVBoxLayout(self).addWidget(form)
        self.table = child(form, QTableView, "table")
        headers = [self.tr("Login name"), self.tr("Name"), self.tr("Role"), self.tr("Status")]
        self.model = RowsModel(headers, self)
        list_view(self.table, self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.active_button = child(form, QPushButton, "activeButton")
        self.new_password = child(form, QLineEdit, "newPassword")
        self.new_password_error = child(form, QLabel, "newPasswordError")
        self.reset_button = child(form, QPushButton, "resetButton")
        self.username = child(form, QLineEdit, "username")
        self.display_name = child(form, QLineEdit, "displayName")
        self.role = child(form, QComboBox, "role")
        for role in auth.ROLE_RANK:
            self.role.addItem(str(auth.ROLE_TITLES[role]), role)
        self.password = child(form, QLineEdit, "password")
        self.errors = {field: child(form, QLabel, f"{name}Error") for field, name in
                       (("username", "username"), ("display_name", "displayName"), ("role", "role"),
                        ("password", "password"))}
        self.message = child(form, QLabel, "message")
        for label in (*self.errors.values(), self.new_password_error, self.message):
            say(label)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.new_password.returnPressed.connect(self.reset_password)
        self.add_button = child(form, QPushButton, "addButton")
        self.add_button.clicked.connect(self.add)
        for field in (self.username, self.display_name, self.password):
            field.returnPressed.connect(self.add)
        child(form, QPushButton, "closeButton").clicked.connect(self.accept)
        self.selected_box = child(form, QGroupBox, "selectedBox")
        try:
            auth.require(ctx, auth.ADMIN)
        except PermissionDenied as error:  # core checks every change too; this only says so before typing
            say(self.message, error.message)
            for box in (self.selected_box, child(form, QGroupBox, "addBox")):
                box.setEnabled(False)
        self.refresh()

    def _status(self, op: Operator) -> str:
        if not op.active:
            return self.tr("Deactivated")
        if op.locked_until and op.locked_until > clock.now():
            return self.tr("Locked until %1").replace("%1", clock.local_text(op.locked_until, "%H:%M"))
        return self.tr("Active")

    def refresh(self, select: Operator | None = None) -> None:
        self.model.set_rows([((op.username, op.display_name, auth.ROLE_TITLES.get(op.role, op.role),
                               self._status(op)), op) for op in auth.operators()])
        self.table.resizeColumnsToContents()
        for row in range(self.model.rowCount()):
            if select is not None and self.model.item(row).id == select.id:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._selection_changed()

    def selected(self) -> Operator | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        op = self.selected()
        self.selected_box.setTitle(self.tr("Selected operator: %1").replace("%1", op.display_name) if op
                                   else self.tr("Selected operator"))
        self.active_button.setEnabled(op is not None)
        self.reset_button.setEnabled(op is not None)
        self.active_button.setText(self.tr("Reactivate") if op is not None and not op.active
                                   else self.tr("Deactivate"))

    def add(self) -> None:
        say(self.message)
        try:
            op = auth.add_operator(self.ctx, self.username.text(), self.display_name.text(),
                                   self.role.currentData(), self.password.text())
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            fields = {"username": self.username, "display_name": self.display_name, "password": self.password}
            fields.get(field, self.username).setFocus()
            return
        for field in (self.username, self.display_name, self.password):
            field.clear()
        self.role.setCurrentIndex(0)
        for label in self.errors.values():
            say(label)
        self.refresh(select=op)
        say(self.message, self.tr("%1 was added.")
            .replace("%1", op.display_name), done=True)
        self.username.setFocus()

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        try:
            auth.set_active(self.ctx, op, not op.active)
        except FrontdeskError as error:
            show_field_errors(error, {}, self.message)
            return
        self.refresh(select=op)
        sentence = self.tr("%1 can log in again.") if op.active else self.tr("%1 can no longer log in.")
        say(self.message, sentence.replace("%1", op.display_name), done=True)

    def reset_password(self) -> None:
        op = self.selected()
        if op is None:
            return
        try:
            auth.reset_password(self.ctx, op, self.new_password.text())
        except FrontdeskError as error:
            show_field_errors(error, {"password": self.new_password_error}, self.message)
            return
        self.new_password.clear()
        say(self.new_password_error)
        self.refresh(select=op)
        say(self.message, (self.tr("New password set; %1 chooses their own at the next login.")
                           if op.must_change_password else self.tr("Your new password is set."))
            .replace("%1", op.display_name), done=True)


def show_operators(parent, ctx: Ctx) -> None:
    OperatorsDialog(ctx, parent).exec()
