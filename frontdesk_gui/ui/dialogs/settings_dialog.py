"""One screen for every setting, generated from core.settings.SETTINGS: a new setting needs no UI code.

Each row shows the setting's title; its tooltip says where the default comes from. Saving goes through
core.settings.put, which needs a supervisor and audits every changed value.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import auth, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError, PermissionDenied, ValidationError
from frontdesk_gui.ui.dialogs import say

# Without a declared range a spin box would stop at 99.
_WIDEST = 1_000_000


def _editor(setting: settings.Setting, value) -> QWidget:
    if setting.choices:
        editor = QComboBox()
        for code, title in setting.choices:
            editor.addItem(str(title), code)
        editor.setCurrentIndex(max(0, editor.findData(value)))
    elif setting.kind is bool:
        editor = QCheckBox()
        editor.setChecked(bool(value))
    elif setting.kind is int:
        editor = QSpinBox()
        editor.setRange(setting.minimum if setting.minimum is not None else -_WIDEST,
                        setting.maximum if setting.maximum is not None else _WIDEST)
        editor.setValue(int(value))
    else:
        editor = QLineEdit(str(value))
    return editor


def _value(editor: QWidget):
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    return editor.text()


class SettingsDialog(QDialog):
    def __init__(self, ctx: Ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, setting in enumerate(settings.SETTINGS):
            title = QLabel(str(setting.title))
            editor = _editor(setting, settings.get(setting.key))
            title.setBuddy(editor)
            for widget in (title, editor):
                widget.setToolTip(setting.source)
            error = QLabel()
            say(error)
            grid.addWidget(title, 2 * row, 0)
            grid.addWidget(editor, 2 * row, 1)
            grid.addWidget(error, 2 * row + 1, 1)
            self.editors[setting.key], self.errors[setting.key] = editor, error
        grid.setColumnStretch(1, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        say(self.message)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch()
        layout.addLayout(buttons)
        try:
            auth.require(ctx, auth.SUPERVISOR)
        except PermissionDenied as error:  # put() checks again; this says so before anything is typed
            say(self.message, error.message)
            for editor in (*self.editors.values(), self.save_button):
                editor.setEnabled(False)

    def save(self) -> None:
        """Save each changed value; a refused value keeps what was typed and says why next to it."""
        say(self.message)
        refused = False
        changed = []
        for key, editor in self.editors.items():
            say(self.errors[key])
            value = _value(editor)
            if value == settings.get(key):
                continue
            try:
                settings.put(self.ctx, key, value)
            except ValidationError as error:
                say(self.errors[key], error.errors.get(key, error.message))
                refused = True
                continue
            except FrontdeskError as error:
                say(self.message, error.message)
                return
            changed.append(key)
        if refused:
            return
        sentence = self.tr("Saved.") if changed else self.tr("Nothing was changed.")
        if "ui.language" in changed:
            sentence += " " + self.tr("The new language shows when the program starts again.")
        say(self.message, sentence, done=True)


def show_settings(parent, ctx: Ctx) -> None:
    SettingsDialog(ctx, parent).exec()
