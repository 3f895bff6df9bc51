"""Logging in at the counter, and choosing one's own password after an administrator set it.

`LoginPanel` is the form itself; the login dialog and the idle lock's cover both show it, so the
rules (lockout sentences, the forced password change) are the same wherever somebody logs in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import auth, settings, shift
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import AuthError, ValidationError
from frontdesk_gui.ui.dialogs import RowsModel, child, list_view, say
from frontdesk_gui.ui.forms import load_ui


class LoginPanel(QWidget):
    """Login name and password; emits `logged_in(ctx)` once the operator may act (password changed if due)."""

    logged_in = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        form = load_ui("login", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.pages = child(form, QStackedWidget, "pages")
        self.username = child(form, QLineEdit, "username")
        self.password = child(form, QLineEdit, "password")
        self.error = child(form, QLabel, "error")
        self.login_button = child(form, QPushButton, "loginButton")
        self.login_buttons = child(form, QHBoxLayout, "loginButtons")
        self.new_password = child(form, QLineEdit, "newPassword")
        self.new_password2 = child(form, QLineEdit, "newPassword2")
        self.change_error = child(form, QLabel, "changeError")
        self.change_button = child(form, QPushButton, "changeButton")
        # Enter is handled here, not by a dialog's default button: the idle lock shows this panel outside
        # any dialog.
        self.username.returnPressed.connect(self._username_entered)
        self.password.returnPressed.connect(self.log_in)
        self.login_button.clicked.connect(self.log_in)
        self.new_password.returnPressed.connect(self.new_password2.setFocus)
        self.new_password2.returnPressed.connect(self.change_password)
        self.change_button.clicked.connect(self.change_password)
        self._pending: Ctx | None = None
        self._old_password = ""
        self.reset()

    def reset(self) -> None:
        """Empty fields, no sentence, the login page: what the next person at the counter should see."""
        for field in (self.username, self.password, self.new_password, self.new_password2):
            field.clear()
        say(self.error)
        say(self.change_error)
        self._pending, self._old_password = None, ""
        self._show_page(0)
        self.username.setFocus()

    def _show_page(self, number: int) -> None:
        # A stacked widget is as tall as its tallest page; ignoring the hidden page's size avoids a gap.
        for index in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == number else QSizePolicy.Policy.Ignored
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(number)

    def fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.login_button.setFocus()

    def _username_entered(self) -> None:
        if self.password.text():
            self.log_in()
        else:
            self.password.setFocus()

    def log_in(self) -> None:
        try:
            ctx = shift.login(self.username.text(), self.password.text())
        except AuthError as error:
            say(self.error, error.message)
            self.password.clear()
            self.password.setFocus()
            return
        say(self.error)
        if ctx.operator.must_change_password:
            self._pending, self._old_password = ctx, self.password.text()
            self._show_page(1)
            self.new_password.setFocus()
            return
        self._done(ctx)

    def change_password(self) -> None:
        if self.new_password.text() != self.new_password2.text():
            say(self.change_error, self.tr("The two passwords are not the same."))
            return
        if self.new_password.text() == self._old_password:
            say(self.change_error, self.tr("Please choose a password different from the one you were given."))
            return
        try:
            auth.change_own_password(self._pending, self._old_password, self.new_password.text())
        except ValidationError as error:
            say(self.change_error, error.message)
            return
        self._done(self._pending)

    def _done(self, ctx: Ctx) -> None:
        self.reset()
        self.logged_in.emit(ctx)


class LoginDialog(QDialog):
    """The start of every session; on a demo counter it lists the demo operators to click on."""

    def __init__(self, parent=None, demo_operators: list[tuple[str, str, str, str]] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Frontdesk: log in"))
        self.ctx: Ctx | None = None
        heading = QLabel(settings.get("counter.name"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        self.panel = LoginPanel(self)
        self.panel.logged_in.connect(self._logged_in)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.panel.login_buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel)
        self.demo_table: QTableView | None = None
        if demo_operators:
            layout.addWidget(self._demo_box(demo_operators))
        self.panel.username.setFocus()

    def _demo_box(self, operators: list[tuple[str, str, str, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("Demo counter: operators"))
        hint = QLabel(self.tr("Click an operator to fill in the login fields."))
        hint.setWordWrap(True)
        model = RowsModel([self.tr("Login name"), self.tr("Password"), self.tr("Role"), self.tr("Name")], box)
        model.set_rows([((user, password, auth.ROLE_TITLES.get(role, role), name), (user, password))
                        for user, password, role, name in operators])
        table = QTableView()
        list_view(table, model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        # Small enough to show whole: no scroll bars, the dialog grows to fit the table instead.
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = sum(table.columnWidth(c) for c in range(model.columnCount()))
        table.setMinimumWidth(columns + 2 * table.frameWidth())
        rows = table.verticalHeader().defaultSectionSize() * len(operators)
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        table.clicked.connect(lambda index: self.panel.fill(*model.item(index.row())))
        table.activated.connect(self._demo_log_in)
        self.demo_table = table
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addWidget(table)
        return box

    def _demo_log_in(self, index) -> None:
        self.panel.fill(*index.model().item(index.row()))
        self.panel.log_in()

    def _logged_in(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.accept()


def ask_login(parent=None, demo_operators: list[tuple[str, str, str, str]] | None = None) -> Ctx | None:
    """The acting operator's Ctx, or None when the person cancelled (Esc)."""
    dialog = LoginDialog(parent, demo_operators)
    return dialog.ctx if dialog.exec() == QDialog.DialogCode.Accepted else None
