"""The steps of anything the desk holds for someone (core.held): tell them, hand it over, send it back.

Each dialog runs the core call itself (`submit`), so a refusal shows here — core's sentence next to its
field, or under the form — and nothing chosen, typed or signed is lost. Enter confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import held
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.ui.dialogs import say, show_field_errors
from frontdesk_gui.ui.signature_pad import SignaturePad

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole


class _HeldDialog(QDialog):
    """A heading, a grid of fields each with its error line, a general error line, Cancel and Confirm."""

    def __init__(self, parent, title: str, summary: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value = None
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        say(self.error)
        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), self)
        self.confirm_button.setObjectName("confirm_button")
        self.confirm_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def add_field(self, name: str, title: str, widget: QWidget, *, top: bool = False,
                  error_name: str | None = None) -> QWidget:
        """A labelled row with its error line under it; `error_name` when core names the field otherwise."""
        row = self.grid.rowCount()
        label = QLabel(title, self)
        label.setBuddy(widget)
        align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
        self.grid.addWidget(label, row, 0, align)
        self.grid.addWidget(widget, row, 1)
        error = QLabel(self)
        error.setObjectName(f"{error_name or name}_error")
        error.setWordWrap(True)
        say(error)
        self.grid.addWidget(error, row + 1, 1)
        self.errors[error_name or name] = error
        self.fields[name] = widget
        return widget

    def error_text(self, name: str) -> str:
        label = self.errors.get(name, self.error)
        return label.text() if label.isVisibleTo(self) else ""

    def submit(self):  # the core call, in subclasses
        raise NotImplementedError

    def confirm(self) -> None:
        """Run the step through core; on a refusal say why and keep everything as it is."""
        try:
            self.result_value = self.submit()
        except FrontdeskError as error:
            first = show_field_errors(error, self.errors, self.error)
            widget = self.fields.get(first) if first else None
            if widget is None and first == "signature":
                widget = self.fields.get("signed_on")
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus()
            return
        self.accept()


def _combo(parent, name: str, options, *, blank: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    if blank:
        combo.addItem("", None)
    for value, title in options:
        combo.addItem(str(title), value)
    return combo


def _choose(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class NotifyDialog(_HeldDialog):
    """One attempt to tell the recipient: how, with what outcome, a note (who answered, the number dialled)."""

    # submit(channel, outcome, note)
    def __init__(self, parent, *, summary: str, submit: Callable[[str, str, str], object],
                 channel: str = "phone", outcome: str = "reached"):
        super().__init__(parent, self.tr("Notify the recipient"), summary)
        self.setObjectName("notify_dialog")
        self._submit = submit
        self.channel = self.add_field("channel", self.tr("How"), _combo(self, "channel", held.CHANNELS))
        self.outcome = self.add_field("outcome", self.tr("Outcome"), _combo(self, "outcome", held.OUTCOMES))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(self))
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Who answered, the number called…"))
        _choose(self.channel, channel)
        _choose(self.outcome, outcome)
        self.outcome.setFocus()

    def submit(self):
        return self._submit(self.channel.currentData(), self.outcome.currentData(), self.note.text().strip())


class ReturnDialog(_HeldDialog):
    """It goes back (post office, sender, police) or is disposed of: how, and a note."""

    # submit(how, note)
    def __init__(self, parent, *, summary: str, hows: Sequence, submit: Callable[[str, str], object]):
        super().__init__(parent, self.tr("Return or dispose"), summary)
        self.setObjectName("return_dialog")
        self._submit = submit
        self.how = self.add_field("how", self.tr("What was done"), _combo(self, "how", hows, blank=len(hows) > 1))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(self))
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Receipt number, who took it back…"))
        self.how.setFocus()

    def submit(self):
        return self._submit(self.how.currentData() or "", self.note.text().strip())


class HandOverDialog(_HeldDialog):
    """The items collected together (checked), who collects them, the ID checked and the signature.

    `items` are (shown text, item, checked); submit(items, collector_name, id_checked, signed_on,
    signature_png) runs core's hand_over and returns its HandOver.
    """

    def __init__(self, parent, *, summary: str, items: Sequence[tuple[str, object, bool]],
                 submit: Callable[..., object], collector_name: str = "", steward: bool = False,
                 unsigned: bool = False):
        title = self.tr("Steward round: hand over") if steward else self.tr("Hand over")
        super().__init__(parent, title, summary)
        self.setObjectName("hand_over_dialog")
        self._submit = submit
        self.items = QListWidget(self)
        self.items.setObjectName("items")
        # A long line is cut at the end (the whole of it in the tooltip), never scrolled sideways.
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        for text, payload, checked in items:
            row = QListWidgetItem(text, self.items)
            row.setData(PAYLOAD_ROLE, payload)
            row.setToolTip(text)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        rows = max(2, min(len(items), 8))
        self.items.setFixedHeight(rows * (self.items.fontMetrics().height() + 8) + 6)
        self.items.itemChanged.connect(self._count)
        self.add_field("items", self.tr("Items"), self.items, top=True)

        self.collector = QLineEdit(collector_name, self)
        self.collector.setObjectName("collector_name")
        self.collector.setMaxLength(40)
        self.add_field("collector_name", self.tr("Steward") if steward else self.tr("Collected by"),
                       self.collector)
        self.id_checked = _combo(self, "id_checked", held.ID_CHECKS, blank=not steward)
        if steward:
            _choose(self.id_checked, "none")
        self.add_field("id_checked", self.tr("ID checked"), self.id_checked)

        signed = QWidget(self)
        signed_row = QHBoxLayout(signed)
        signed_row.setContentsMargins(0, 0, 0, 0)
        self.signed_group = QButtonGroup(self)
        self.signed_buttons: dict[str, QRadioButton] = {}
        for value, text in held.SIGNED_ON:
            if value == "unsigned" and not unsigned:
                continue
            button = QRadioButton(str(text), signed)
            button.setObjectName(f"signed_{value}")
            self.signed_group.addButton(button)
            self.signed_buttons[value] = button
            signed_row.addWidget(button)
        signed_row.addStretch(1)
        self.signed_buttons["paper"].setChecked(True)
        self.add_field("signed_on", self.tr("Signature"), signed)
        self.pad = SignaturePad(self)
        # Drawing on the pad means it is signed on screen.
        self.pad.changed.connect(self._pad_changed)
        self.add_field("signature", "", self.pad)
        self.signed_buttons["screen"].toggled.connect(self._count)
        self._count()
        self.setMinimumWidth(560)
        self.collector.setFocus()
        self.collector.selectAll()

    def checked_items(self) -> list:
        return [self.items.item(row).data(PAYLOAD_ROLE) for row in range(self.items.count())
                if self.items.item(row).checkState() == Qt.CheckState.Checked]

    def signed_on(self) -> str:
        return next(value for value, button in self.signed_buttons.items() if button.isChecked())

    def _pad_changed(self) -> None:
        if not self.pad.is_empty():
            self.signed_buttons["screen"].setChecked(True)
            say(self.errors["signature"])

    def _count(self, *_) -> None:
        count = len(self.checked_items())
        self.confirm_button.setText(self.tr("Hand over %1 (Enter)").replace("%1", str(count)))

    def submit(self):
        signed_on = self.signed_on()
        return self._submit(self.checked_items(), self.collector.text().strip(), self.id_checked.currentData() or "",
                            signed_on, self.pad.png() if signed_on == "screen" else None)
