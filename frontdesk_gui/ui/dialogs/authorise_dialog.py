"""A supervisor approves one action at the receptionist's counter, without logging the receptionist out.

The approval is checked and audited by core (auth.authorise); the returned Ctx carries the approver
for that one action only, so the caller passes it to the one service call and then forgets it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from frontdesk_gui.core import auth
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import AuthError, PermissionDenied
from frontdesk_gui.ui.dialogs import child, say
from frontdesk_gui.ui.forms import load_ui


class AuthoriseDialog(QDialog):
    def __init__(self, parent, ctx: Ctx, action_text: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor approval"))
        self.ctx, self.action_text = ctx, action_text
        self.approved: Ctx | None = None
        form = load_ui("authorise", self)
        QVBoxLayout(self).addWidget(form)
        child(form, QLabel, "action").setText(action_text)
        child(form, QLabel, "requestedBy").setText(
            self.tr("Asked for by %1").replace("%1", ctx.operator.display_name))
        self.username = child(form, QLineEdit, "username")
        self.password = child(form, QLineEdit, "password")
        self.error = child(form, QLabel, "error")
        say(self.error)
        child(form, QPushButton, "approveButton").clicked.connect(self.approve)
        child(form, QPushButton, "cancelButton").clicked.connect(self.reject)
        self.username.setFocus()

    def approve(self) -> None:
        try:
            self.approved = auth.authorise(self.ctx, self.username.text(), self.password.text(),
                                           self.action_text)
        except (AuthError, PermissionDenied) as error:
            say(self.error, error.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def ask_authorisation(parent, ctx: Ctx, action_text: str) -> Ctx | None:
    """`ctx` with `authorised_by` set to the approving supervisor, or None if nobody approved."""
    dialog = AuthoriseDialog(parent, ctx, action_text)
    return dialog.approved if dialog.exec() == QDialog.DialogCode.Accepted else None
