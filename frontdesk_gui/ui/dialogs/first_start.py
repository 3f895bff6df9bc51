"""The very first start on a computer: an empty counter or a demo counter, then the first administrator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from frontdesk_gui.core import auth
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.models import Operator
from frontdesk_gui.ui.dialogs import child, say, show_field_errors
from frontdesk_gui.ui.forms import load_ui


@dataclass(frozen=True)
class FirstStart:
    kind: Literal["empty", "demo"]


class FirstStartDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Frontdesk"))
        self.choice: FirstStart | None = None
        form = load_ui("first_start", self)
        QVBoxLayout(self).addWidget(form)
        self.empty_button = child(form, QCommandLinkButton, "emptyButton")
        self.demo_button = child(form, QCommandLinkButton, "demoButton")
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        child(form, QPushButton, "cancelButton").clicked.connect(self.reject)
        self.empty_button.setFocus()

    def _choose(self, kind: Literal["empty", "demo"]) -> None:
        self.choice = FirstStart(kind)
        self.accept()


def ask_first_start(parent=None) -> FirstStart | None:
    dialog = FirstStartDialog(parent)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


class FirstAdminDialog(QDialog):
    """Login name, name and the password typed twice; core refuses once any operator exists."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("First administrator"))
        self.operator: Operator | None = None
        form = load_ui("first_admin", self)
        QVBoxLayout(self).addWidget(form)
        self.username = child(form, QLineEdit, "username")
        self.display_name = child(form, QLineEdit, "displayName")
        self.password = child(form, QLineEdit, "password")
        self.password2 = child(form, QLineEdit, "password2")
        self.error = child(form, QLabel, "error")
        # Keyed like core's ValidationError fields, so each sentence lands next to its field.
        self.errors = {"username": child(form, QLabel, "usernameError"),
                       "display_name": child(form, QLabel, "displayNameError"),
                       "password": child(form, QLabel, "passwordError"),
                       "password2": child(form, QLabel, "password2Error")}
        for label in (*self.errors.values(), self.error):
            say(label)
        self.create_button = child(form, QPushButton, "createButton")
        self.create_button.clicked.connect(self.create)
        child(form, QPushButton, "cancelButton").clicked.connect(self.reject)
        self.username.setFocus()

    def create(self) -> None:
        for label in (*self.errors.values(), self.error):
            say(label)
        if self.password.text() != self.password2.text():
            say(self.errors["password2"], self.tr("The two passwords are not the same."))
            self.password2.clear()
            self.password2.setFocus()
            return
        try:
            self.operator = auth.create_first_admin(self.username.text(), self.display_name.text(),
                                                    self.password.text())
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.error)
            fields = {"username": self.username, "display_name": self.display_name, "password": self.password}
            fields.get(field, self.username).setFocus()
            return
        self.accept()


def ask_first_admin(parent=None) -> Operator | None:
    dialog = FirstAdminDialog(parent)
    return dialog.operator if dialog.exec() == QDialog.DialogCode.Accepted else None
