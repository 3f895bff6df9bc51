"""The one generic logbook tab: filters on top, the table (newest first) in the middle, the entry
form docked beside it with the selected entry's history under it, and the spec's actions below.

Keys: F2 / Ctrl+N new entry, Enter save, Esc cancel, F5 refresh, Ctrl+P print, Ctrl+E export the table as
filtered, plus each action's own.
A logbook whose spec has no form (receipts: only core issues them) has no form, New or Correct: its
tab is the table, the history, the actions and Print.
A logbook adds its own widgets (`extras`) only where this tab cannot serve.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import auth, paging
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.spec import Action, LogbookSpec, documents_for
from frontdesk_gui.core.text import Text
from frontdesk_gui.ui.entry_form_panel import Authorise, EntryFormPanel, ask_reason_dialog, run_authorised
from frontdesk_gui.ui.filter_bar import FilterBar
from frontdesk_gui.ui.history_panel import HistoryPanel
from frontdesk_gui.ui.logbook_export import choose_export_file_dialog, export_with_progress, suggested_path
from frontdesk_gui.ui.table_model import EntryTableModel


def confirm_dialog(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, parent.window().windowTitle(), text)
    return answer == QMessageBox.StandardButton.Yes


class LogbookTab(QWidget):
    print_requested = Signal(str, int)  # logbook key, entry id
    reloaded = Signal()
    # After the action buttons were enabled for the selected entry (selection, refresh, operator):
    # extras enable their own buttons then.
    actions_updated = Signal()

    def __init__(self, spec: LogbookSpec, ctx: Ctx, *, authorise: Authorise, ask_reason=ask_reason_dialog,
                 confirm=confirm_dialog, choose_export_file=choose_export_file_dialog, extras=None, parent=None):
        super().__init__(parent)
        self.spec, self.ctx = spec, ctx
        self.authorise, self.ask_reason, self.confirm = authorise, ask_reason, confirm
        self.choose_export_file = choose_export_file
        choices = {f.name: f.choices for f in spec.form_fields if f.choices}

        self.filters = FilterBar(spec, self)
        self.filters.changed.connect(self.apply_filters)
        self.model = EntryTableModel(spec, parent=self)
        self.table = self._make_table()
        self.form_panel: EntryFormPanel | None = None
        self.new_button: QPushButton | None = None
        self.correct_button: QPushButton | None = None
        self.history = HistoryPanel(spec, choices, self)
        actions_row = QHBoxLayout()
        self.actions_row = actions_row
        if spec.form:
            self.form_panel = EntryFormPanel(spec, ctx, authorise=authorise, ask_reason=ask_reason,
                                             choices=choices, parent=self)
            self.form_panel.saved.connect(self._saved)
            self.new_button = QPushButton(self.tr("New (F2)"), self)
            self.new_button.clicked.connect(self.new_entry)
            actions_row.addWidget(self.new_button)
        # Without a form, action results and refusals show on this line above the history.
        self.message = QLabel(self)
        self.message.setObjectName("tab_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.action_buttons: list[tuple[Action, QPushButton]] = []
        for action in spec.actions:
            button = QPushButton(str(action.title), self)
            button.setObjectName(f"action_{action.key}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            if action.shortcut:
                self._shortcut(action.shortcut, lambda a=action: self.run_action(a))
            self.action_buttons.append((action, button))
            actions_row.addWidget(button)
        if self.form_panel is not None and spec.correct is not None:
            self.correct_button = QPushButton(self.tr("Correct…"), self)
            self.correct_button.clicked.connect(self.correct_selected)
            actions_row.addWidget(self.correct_button)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"), self)
        self.print_button.clicked.connect(self.print_selected)
        self.print_button.setVisible(bool(spec.documents))
        actions_row.addWidget(self.print_button)
        actions_row.addStretch(1)
        self.export_button = QPushButton(self.tr("Export… (Ctrl+E)"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(self.tr("Write the rows shown, as filtered, to an Excel or CSV file"))
        self.export_button.clicked.connect(self.export_shown)
        actions_row.addWidget(self.export_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions_row)
        right = QSplitter(Qt.Orientation.Vertical, self)
        if self.form_panel is not None:
            right.addWidget(self.form_panel)
            right.addWidget(self.history)
        else:
            side = QWidget(self)
            side_layout = QVBoxLayout(side)
            side_layout.setContentsMargins(6, 4, 6, 4)
            side_layout.addWidget(self.message)
            side_layout.addWidget(self.history, 1)
            right.addWidget(side)
        # The form keeps its natural height; the history gets what is left.
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        self.side_splitter = right
        self._fitted = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 470] if self.form_panel is not None else [900, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        keys = [("F5", self.refresh), ("Ctrl+P", self.print_selected), ("Ctrl+E", self.export_shown)]
        if self.form_panel is not None:
            keys += [("F2", self.new_entry), ("Ctrl+N", self.new_entry), ("Esc", self.form_panel.cancel)]
        for sequence, slot in keys:
            self._shortcut(sequence, slot)
        self.extras = extras(self) if extras else None
        self._update_actions()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_form()

    def fit_form(self) -> None:
        """Give the form the height it needs and the history the rest (a form whose fields come and go
        with a choice calls this again)."""
        if self.form_panel is None:
            return
        total = sum(self.side_splitter.sizes())
        if total <= 0:
            return
        wanted = self.form_panel.sizeHint().height()
        form = max(0, min(wanted, total - self.history.minimumSizeHint().height()))
        self.side_splitter.setSizes([form, total - form])

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed row heights: the view never asks a million rows for their size.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for number, column in enumerate(self.spec.columns):
            header.resizeSection(number, column.width)
        table.selectionModel().currentRowChanged.connect(self._update_actions)
        return table

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def set_ctx(self, ctx: Ctx) -> None:
        self.ctx = ctx
        if self.form_panel is not None:
            self.form_panel.set_ctx(ctx)
        self._update_actions()

    def add_action_button(self, button: QPushButton) -> None:
        """A logbook's own button (extras) in the actions row, after the spec's actions, before Print."""
        self.actions_row.insertWidget(self.actions_row.indexOf(self.print_button), button)

    def set_message(self, text: str, *, ok: bool = False) -> None:
        """A sentence for the receptionist: on the form's message line, or above the history."""
        if self.form_panel is not None:
            self.form_panel.set_message(text, ok=ok)
            return
        self.message.setText(text)
        self.message.setStyleSheet("color: #1e7b34;" if ok else "color: #c0392b;")
        self.message.setVisible(bool(text))

    # -- the table ---------------------------------------------------------------------------------
    def apply_filters(self) -> None:
        selected = self.selected_id()
        self.model.set_query(self.filters.query())
        self._after_reload(selected)

    def refresh(self) -> None:
        """Read the table again (F5, after a write), keeping the selected entry selected."""
        selected = self.selected_id()
        self.model.reload()
        self._after_reload(selected)

    def _after_reload(self, keep: int | None) -> None:
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self._select_row(row)
        self._update_actions()
        self.reloaded.emit()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.entry_id(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: int) -> bool:
        """Select an entry (a search result, a new entry); clears the filters when they hide it."""
        row = self.model.row_of(entry_id)
        if row is None or row >= self.model.rowCount():  # written since the table was read
            self.model.reload()
            row = self.model.row_of(entry_id)
        if row is None and self.filters.active():
            self.filters.reset()
            row = self.model.row_of(entry_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_actions(self, *_) -> None:
        entry_id = self.selected_id()
        status = self.model.row(self.table.currentIndex().row()).status if entry_id is not None else None
        operator = self.ctx.operator
        entry = None
        if entry_id is not None and any(a.applies for a, _ in self.action_buttons):
            entry = paging.entry_by_key(self.spec.key, entry_id)
        for action, button in self.action_buttons:
            status_ok = not action.statuses or status in action.statuses
            if status_ok and action.applies is not None:
                status_ok = entry is not None and action.applies(entry)
            allowed = auth.has_role(operator, action.role)
            button.setEnabled(status_ok and (allowed or action.authorisable))
            tip = [action.shortcut] if action.shortcut else []
            if not allowed:
                tip.append(self.tr("Needs a supervisor's approval"))
            button.setToolTip(" · ".join(tip))
        live = status is not None and status != VOIDED
        if self.correct_button is not None:
            self.correct_button.setEnabled(live)
        self.print_button.setEnabled(live and self._has_documents(entry_id))
        self.history.show_entry(entry_id)
        self.actions_updated.emit()

    def _has_documents(self, entry_id: int | None) -> bool:
        """Whether the selected entry prints anything (a charge notice only for a job with a deposit)."""
        if entry_id is None or not self.spec.documents:
            return False
        if all(d.applies is None for d in self.spec.documents):
            return True
        entry = paging.entry_by_key(self.spec.key, entry_id)
        return entry is not None and bool(documents_for(self.spec, entry))

    def selected_entry(self):
        """The selected entry read from core (None when nothing is selected)."""
        entry_id = self.selected_id()
        return paging.entry_by_key(self.spec.key, entry_id) if entry_id is not None else None

    # -- what the buttons do -------------------------------------------------------------------------
    def new_entry(self) -> None:
        if self.form_panel is None:
            return
        self.form_panel.new_entry()
        self.form_panel.set_message("")
        self.form_panel.focus_first()

    def _saved(self, entry_id: int) -> None:
        self.model.reload()
        self.select_entry(entry_id)
        self._update_actions()
        self.reloaded.emit()

    def run_action(self, action: Action) -> None:
        entry = None
        if action.statuses:
            entry_id = self.selected_id()
            entry = paging.entry_by_key(self.spec.key, entry_id) if entry_id is not None else None
            if entry is None or entry.status not in action.statuses:
                return
        what = f"{action.title}: {self.spec.summary(entry)}" if entry is not None else str(action.title)
        if action.confirm is not None and not self.confirm(self, f"{action.confirm}\n{what}"):
            return
        args = (entry,) if entry is not None else ()
        if action.needs_reason:
            reason = self.ask_reason(self, self.tr("%1 — reason").replace("%1", str(action.title)))
            if reason is None:
                return
            args += (reason,)
        try:
            result = run_authorised(self.ctx, self.authorise, what, lambda ctx: action.run(ctx, *args))
        except FrontdeskError as error:
            self.set_message(str(error))
            return
        # An action that answers with a sentence (a revealed number) shows it instead of its title.
        self.set_message(str(result) if isinstance(result, (str, Text)) else what, ok=True)
        self.refresh()

    def correct_selected(self) -> None:
        entry_id = self.selected_id()
        entry = paging.entry_by_key(self.spec.key, entry_id) if entry_id is not None else None
        if entry is not None and entry.status != VOIDED and self.form_panel is not None:
            self.form_panel.start_correction(entry)

    def print_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None and self.print_button.isEnabled():
            self.print_requested.emit(self.spec.key, entry_id)

    def export_shown(self) -> None:
        """Write the rows the table shows, with its filters, to a file the operator picks."""
        path = self.choose_export_file(self, suggested_path(self.spec.key))
        if path is None:
            return
        try:
            written = export_with_progress(self, self.model.query, path, self.ctx)
        except FrontdeskError as error:
            self.set_message(str(error))
            return
        self.set_message(self.tr("Exported %1 rows to %2").replace("%1", str(written)).replace("%2", str(path)),
                         ok=True)

    # -- remembered layout -----------------------------------------------------------------------------
    def view_state(self) -> dict[str, QByteArray]:
        return {"columns": self.table.horizontalHeader().saveState(), "splitter": self.splitter.saveState()}

    def restore_view_state(self, state: dict) -> None:
        if state.get("columns"):
            self.table.horizontalHeader().restoreState(state["columns"])
        if state.get("splitter"):
            self.splitter.restoreState(state["splitter"])
