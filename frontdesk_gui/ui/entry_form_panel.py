"""The entry form docked beside a logbook's table: a new entry, or a correction of the selected one.

Enter saves (Ctrl+Enter in a multi-line note); a refusal from core shows as the sentence under its
field or on the message line, and what was typed stays. A write that needs a supervisor is retried
with the authorisation the `authorise` callback returns.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import clock, paging
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError, NeedsAuthorisation, ValidationError
from frontdesk_gui.core.identity import mask_id, mask_phone
from frontdesk_gui.core.spec import LogbookSpec
from frontdesk_gui.ui.forms import BoundForm, load_ui

NEW, CORRECT = "new", "correct"
MASKS = {"masked_id": mask_id, "masked_phone": mask_phone}
Authorise = Callable[[Ctx, str], Ctx | None]
AskReason = Callable[[QWidget, str], str | None]


def ask_reason_dialog(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, title)
    return text if ok else None


def run_authorised(ctx: Ctx, authorise: Authorise, action_text: str, work: Callable[[Ctx], object]):
    """Run `work(ctx)`; if core says a supervisor must approve, ask once and run it with their approval.

    A refused or cancelled authorisation re-raises the original NeedsAuthorisation (its sentence is shown).
    """
    try:
        return work(ctx)
    except NeedsAuthorisation as needed:
        approved = authorise(ctx, f"{action_text}\n{needed}")
        if approved is None:
            raise
        return work(approved)


class EntryFormPanel(QWidget):
    saved = Signal(int)  # the entry id, after a new entry or a correction
    cleared = Signal()
    # Fields a new entry keeps for the next one after a save (batch intake: the postman's thirty items
    # share type, carrier and shelf); a logbook's extras set it. Cancel (Esc) clears them too.
    keep_after_save: tuple[str, ...] = ()

    def __init__(self, spec: LogbookSpec, ctx: Ctx, *, authorise: Authorise, ask_reason: AskReason,
                 choices: dict | None = None, parent=None):
        super().__init__(parent)
        self.spec, self.ctx = spec, ctx
        self.authorise, self.ask_reason = authorise, ask_reason
        self.mode, self.entry = NEW, None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("form_message")
        self.message.hide()  # shown with a sentence (set_message), never as an empty line
        self.ui = load_ui(spec.form)
        self.form = BoundForm(self.ui, spec.form_fields, choices)
        self.save_button = self.ui.findChild(QPushButton, "save_button")
        self.cancel_button = self.ui.findChild(QPushButton, "cancel_button")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.ui)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        for widget in self.form.widgets.values():
            widget.installEventFilter(self)
        # Field masks by name: a correction shows personal numbers masked, as the table does.
        self._masks = {c.field: MASKS[c.kind] for c in spec.columns if c.kind in MASKS}
        self.new_entry()

    def sizeHint(self) -> QSize:
        # The whole form: a scroll area alone would ask for a third of it (Qt caps its hint).
        height = self.heading.sizeHint().height() + 2 * self.message.sizeHint().height()
        return QSize(super().sizeHint().width(), height + self.ui.sizeHint().height() + 24)

    def set_ctx(self, ctx: Ctx) -> None:
        self.ctx = ctx

    # -- modes ------------------------------------------------------------------------------------
    def new_entry(self) -> None:
        self.mode, self.entry = NEW, None
        self.form.clear(paging.field_defaults(self.spec))
        self.form.set_editable(self.form.widgets)
        self.heading.setText(self.tr("New entry: %1").replace("%1", str(self.spec.title)))
        self.cleared.emit()

    def focus_first(self) -> None:
        first = self.form.first_widget()
        if first is not None:
            first.setFocus()

    def start_correction(self, entry) -> None:
        """Load an entry to correct it; only the spec's correctable fields can be changed."""
        self.new_entry()
        self.mode, self.entry = CORRECT, entry
        values = {f.name: getattr(entry, f.name) for f in self.spec.form_fields}
        # A time field (a message's call time) shows local time to the minute, as typed.
        values = {k: clock.local_text(v) if isinstance(v, datetime) else v for k, v in values.items()}
        self.form.set_values({k: v for k, v in values.items() if k not in self._masks})
        for name, mask in self._masks.items():
            if name in self.form.widgets:
                self.form.set_masked(name, values.get(name), mask(values.get(name)))
        self.form.set_editable(self.spec.correctable)
        self.heading.setText(self.tr("Correcting No. %1: %2").replace("%1", str(entry.id))
                             .replace("%2", self.spec.summary(entry)))
        self.set_message(self.tr("Change what was wrong, then save: you will be asked for the reason."),
                         ok=True)
        self.focus_first()

    def cancel(self) -> None:
        self.set_message("")
        self.new_entry()
        self.focus_first()

    def set_message(self, text: str, *, ok: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #1e7b34;" if ok else "color: #c0392b;")
        self.message.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the form through core; True when saved. Nothing typed is cleared on a refusal."""
        self.form.clear_errors()
        self.set_message("")
        if self.mode == CORRECT:
            reason = self.ask_reason(self, self.tr("Reason for the correction"))
            if reason is None:
                return False
            entry = self.entry
            changes = {n: self.form.value(n) for n in self.spec.correctable if n in self.form.widgets}
            action_text = self.tr("Correct %1").replace("%1", self.spec.summary(entry))

            def work(ctx):
                return self.spec.correct(ctx, entry, reason, **changes)
        else:
            values = self.form.values()
            action_text = self.tr("New entry: %1").replace("%1", str(self.spec.title))

            def work(ctx):
                return self.spec.create(ctx, **values)
        try:
            saved = run_authorised(self.ctx, self.authorise, action_text, work)
        except ValidationError as error:
            unplaced = self.form.show_errors(error.errors)
            self.set_message(" ".join(str(t) for t in unplaced.values()))
            return False
        except FrontdeskError as error:
            self.set_message(str(error))
            return False
        kept = {n: self.form.value(n) for n in self.keep_after_save} if self.mode == NEW else {}
        self.new_entry()
        self.form.set_values(kept)
        self.set_message(self.tr("Saved: No. %1 %2").replace("%1", str(saved.id))
                         .replace("%2", self.spec.summary(saved)), ok=True)
        self.focus_first()
        self.saved.emit(saved.id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in any field saves (a barcode scanner ends with Enter); in a note, Ctrl+Enter does.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            multi_line = isinstance(watched, QPlainTextEdit)
            if not multi_line or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return True
        return super().eventFilter(watched, event)
