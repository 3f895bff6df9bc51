"""Entry forms from Qt Designer files: forms_ui/<name>.ui, widgets named like the spec's FormFields.

A field `x` is the widget named `x`, its label `x_label` (text set from the FormField title, so both
languages work without a .qm) and its error line `x_error` (red, hidden when empty). Errors never
clear what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from frontdesk_gui.core.paths import asset
from frontdesk_gui.core.spec import FormField
from frontdesk_gui.core.text import Text

BOUND_TYPES = (QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QCheckBox)
FORM_STYLE = """
QLabel[formError="true"] { color: #c0392b; }
QLineEdit[needed="true"], QComboBox[needed="true"], QSpinBox[needed="true"] {
    border: 1px solid #d48806; border-radius: 2px; background: #fffbe6; padding: 1px 2px; }
QLabel[needed="true"] { font-weight: bold; }
"""


def form_path(name: str):
    return asset("forms_ui", name + ".ui")


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Load forms_ui/<name>.ui; raises with the loader's reason when the file is missing or broken."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form file missing: {path}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"{path}: {loader.errorString()}")
    return widget


def _set_flag(widget: QWidget, name: str, on: bool) -> None:
    # A dynamic property drives the style sheet; re-polish so the change shows at once.
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BoundForm(QObject):
    """Get and set a form's values by field name, show errors under fields, mark needed fields."""

    def __init__(self, root: QWidget, fields: tuple[FormField, ...], choices: dict | None = None):
        super().__init__(root)
        self.root = root
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        # field -> (real value, text shown): a personal number shown masked keeps its real value.
        self._masked: dict[str, tuple[str, str]] = {}
        missing = []
        for field in fields:
            widget = root.findChild(QWidget, field.name)
            if not isinstance(widget, BOUND_TYPES):
                missing.append(field.name)
                continue
            self.widgets[field.name] = widget
            error = root.findChild(QLabel, field.name + "_error")
            if error is not None:
                error.setProperty("formError", True)
                error.setWordWrap(True)
                error.hide()
                self.errors[field.name] = error
            label = root.findChild(QLabel, field.name + "_label")
            if label is not None:
                self.labels[field.name] = label
        if missing:
            raise LookupError(f"form {root.objectName()} has no input widget for: {', '.join(missing)}")
        root.setStyleSheet(FORM_STYLE)
        choices = {f.name: f.choices for f in fields if f.choices} | (choices or {})
        for name, options in choices.items():
            if isinstance(self.widgets.get(name), QComboBox):
                self.set_choices(name, options)
        self.set_titles()
        self.set_needed(())

    def set_titles(self) -> None:
        """Labels from the FormField titles in the current language; required ones get a star."""
        for field in self.fields:
            title = str(field.title) + (" *" if field.required else "")
            if field.name in self.labels:
                self.labels[field.name].setText(title)
            self.widgets[field.name].setAccessibleName(str(field.title))

    def set_choices(self, name: str, options) -> None:
        """A blank first item (nothing chosen yet), then each (value, label)."""
        combo = self.widgets[name]
        combo.clear()
        combo.addItem("", None)
        for value, title in options:
            combo.addItem(str(title), value)

    # -- values -----------------------------------------------------------------------------------
    def value(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            masked = self._masked.get(name)
            if masked and widget.text() == masked[1]:
                return masked[0]
            return widget.text()
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            if data is None and widget.isEditable():
                return widget.currentText()
            return data if data is not None else ""
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.isChecked()

    def set_value(self, name: str, value) -> None:
        widget = self.widgets[name]
        self._masked.pop(name, None)
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value not in (None, "") else 0
            if index < 0 and widget.isEditable():
                widget.setEditText(str(value))
            else:
                widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value) if value not in (None, "") else widget.minimum())
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText("" if value is None else str(value))
        else:
            widget.setChecked(bool(value))

    def set_masked(self, name: str, real: str | None, shown: str) -> None:
        """Show `shown` (e.g. 1101**********002X) but keep `real` as the value until the text is edited."""
        self.set_value(name, shown)
        if real:
            self._masked[name] = (real, shown)

    def values(self) -> dict:
        return {name: self.value(name) for name in self.widgets}

    def set_values(self, values: dict) -> None:
        for field in self.fields:  # in form order, so a category is set before what its rule fills in
            if field.name in values:
                self.set_value(field.name, values[field.name])

    def clear(self, defaults: dict | None = None) -> None:
        for name in self.widgets:
            self.set_value(name, (defaults or {}).get(name))
        self.clear_errors()

    # -- errors and marks -------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, Text]) -> dict[str, Text]:
        """Each sentence under its field, focus on the first such field; returns those with no place."""
        self.clear_errors()
        first = None
        for field in self.fields:
            if field.name in errors and field.name in self.errors:
                label = self.errors[field.name]
                label.setText(str(errors[field.name]))
                label.show()
                if first is None:
                    first = self.widgets[field.name]
        if first is not None:
            first.setFocus()
        return {k: v for k, v in errors.items() if k not in self.errors}

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def error_text(self, name: str) -> str:
        label = self.errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def set_needed(self, names) -> None:
        """Mark the required fields and those the current rule asks for (a visitor category's rule, say)."""
        names = set(names) | {field.name for field in self.fields if field.required}
        for name, widget in self.widgets.items():
            _set_flag(widget, "needed", name in names)
            if name in self.labels:
                _set_flag(self.labels[name], "needed", name in names)

    def set_shown(self, name: str, shown: bool) -> None:
        """Show or hide a field with its label (a field the current choice does not ask for); its error
        line shows again only while it has a sentence."""
        self.widgets[name].setHidden(not shown)
        if name in self.labels:
            self.labels[name].setHidden(not shown)
        if name in self.errors:
            self.errors[name].setHidden(not shown or not self.errors[name].text())

    def is_shown(self, name: str) -> bool:
        """Not hidden by set_shown (true whether or not the window itself is on screen)."""
        return not self.widgets[name].isHidden()

    def set_editable(self, names) -> None:
        """Correction mode: only the correctable fields can be changed."""
        names = set(names)
        for name, widget in self.widgets.items():
            widget.setEnabled(name in names)

    def first_widget(self) -> QWidget | None:
        return next((w for w in self.widgets.values() if w.isEnabled()), None)
