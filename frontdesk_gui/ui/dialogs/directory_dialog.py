"""The directory window (公司名册 / 业主档案): companies, residents and staff, each a tab, one filter for all.

Changes are a supervisor's (core.directory checks it on every write). A receptionist may have one change
approved at the counter when the dialog was given an `authorise(ctx, action_text) -> Ctx | None`;
without it the refusal is shown as core's sentence. Phones are shown masked, also in the edit form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from frontdesk_gui.core import auth, directory
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError, NeedsAuthorisation, PermissionDenied
from frontdesk_gui.ui.dialogs import RowsModel, list_view, say, show_field_errors
from frontdesk_gui.ui.dialogs.authorise_dialog import ask_authorisation
from frontdesk_gui.ui.dialogs.import_dialog import ImportDialog, field_title, shown_value

Authorise = Callable[[Ctx, str], Ctx | None]


class EntryForm(QDialog):
    """Add one entry, or change one; each error under its field, what was typed kept."""

    saved = Signal(object)

    def __init__(self, owner: DirectoryDialog, kind: str, entry: directory.DirectoryEntry | None = None):
        super().__init__(owner)
        self.owner, self.kind, self.entry = owner, kind, entry
        self.setWindowTitle(self.tr("Change directory entry") if entry else self.tr("New directory entry"))
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in directory.FIELDS[kind]:
            widget = QComboBox(self) if name == "role" else QLineEdit(self)
            if name == "role":
                widget.addItem("", "")
                for code, title in directory.RESIDENT_ROLES:
                    widget.addItem(str(title), code)
                widget.setCurrentIndex(max(widget.findData(entry.role if entry else ""), 0))
            elif name == "phone":
                # The number stays masked: left empty, the phone on file is kept.
                widget.setPlaceholderText(shown_value("phone", entry.phone) if entry else "")
            else:
                widget.setText(getattr(entry, name) or "" if entry else "")
            widget.setMinimumWidth(280)
            self.fields[name], self.errors[name] = widget, QLabel(self)
            form.addRow(field_title(kind, name), widget)
            form.addRow("", self.errors[name])
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        for label in (*self.errors.values(), self.message):
            say(label)
        save, cancel = QPushButton(self.tr("Save"), self), QPushButton(self.tr("Cancel"), self)
        save.setDefault(True)  # Enter in any field saves (once: no returnPressed hook besides)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def values(self) -> dict:
        values = {name: w.currentData() if isinstance(w, QComboBox) else w.text() for name, w in self.fields.items()}
        if self.entry is not None and not values["phone"]:
            del values["phone"]
        return values

    def save(self) -> None:
        values = self.values()
        on_file = {n: getattr(self.entry, n) for n in directory.FIELDS[self.kind]} if self.entry else {}
        # Checked before a supervisor is fetched to approve: a typing mistake should not cost a password.
        clean, errors = directory.check(self.kind, {**on_file, **values})
        for name, label in self.errors.items():
            say(label, errors.get(name, ""))
        say(self.message)
        if errors:
            self.fields[next(iter(errors))].setFocus()
            return
        name = clean["name"]
        try:
            if self.entry is None:
                entry = self.owner.approved(self.tr("Add to the directory: %1").replace("%1", name),
                                            lambda ctx: directory.add(ctx, self.kind, **values))
            else:
                entry = self.owner.approved(self.tr("Change in the directory: %1").replace("%1", name),
                                            lambda ctx: directory.update(ctx, self.entry, **values))
        except FrontdeskError as error:
            field = show_field_errors(error, self.errors, self.message)
            self.fields.get(field, self.fields["name"]).setFocus()
            return
        self.saved.emit(entry)
        self.accept()


class DirectoryDialog(QDialog):
    def __init__(self, ctx: Ctx, parent=None, authorise: Authorise | None = None):
        super().__init__(parent)
        self.ctx, self.authorise = ctx, authorise
        self.setWindowTitle(self.tr("Directory"))
        self.resize(820, 560)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter: name, pinyin initials, unit or phone digits"))
        self.filter.textChanged.connect(lambda: self.refresh())
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        for kind, _ in directory.KINDS:
            headers = [self.tr("No."), *(field_title(kind, f) for f in directory.FIELDS[kind])]
            view, self.models[kind] = QTableView(self), RowsModel(headers, self)
            list_view(view, self.models[kind])
            view.doubleClicked.connect(lambda _index: self.edit())
            self.views[kind] = view
            self.tabs.addTab(view, "")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add…"), self.add), (self.tr("&Edit…"), self.edit),
                           (self.tr("&Deactivate…"), self.deactivate), (None, None),
                           (self.tr("&Import…"), self.open_import), (self.tr("Close"), self.accept)):
            if text is None:
                buttons.addStretch()
                continue
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()

    def kind(self) -> str:
        return directory.KINDS[self.tabs.currentIndex()][0]

    def show_kind(self, kind: str) -> None:
        self.tabs.setCurrentIndex([k for k, _ in directory.KINDS].index(kind))

    def refresh(self) -> None:
        """Every tab's active entries by name, narrowed by the filter (matched as the completer matches)."""
        text = self.filter.text().strip()
        titles = {"company": self.tr("Companies (%1)"), "resident": self.tr("Residents (%1)"),
                  "staff": self.tr("Staff (%1)")}
        for index, (kind, _) in enumerate(directory.KINDS):
            entries = directory.listing(kind)
            if text:
                found = {s.id for s in directory.suggest(text, (kind,), limit=len(entries))}
                entries = [e for e in entries if e.id in found]
            fields = directory.FIELDS[kind]
            self.models[kind].set_rows([((e.id, *(shown_value(f, getattr(e, f)) for f in fields)), e)
                                        for e in entries])
            self.views[kind].resizeColumnsToContents()
            self.tabs.setTabText(index, titles[kind].replace("%1", str(len(entries))))

    def selected(self) -> directory.DirectoryEntry | None:
        rows = self.views[self.kind()].selectionModel().selectedRows()
        return self.models[self.kind()].item(rows[0].row()) if rows else None

    def approved(self, action: str, write: Callable[[Ctx], object]):
        """write(ctx) as this operator; when core asks for a supervisor and one can be asked, ask and retry."""
        try:
            return write(self.ctx)
        except NeedsAuthorisation:
            approved = self.authorise(self.ctx, action) if self.authorise else None
            if approved is None:
                raise
            return write(approved)

    def _may_change(self) -> bool:
        """Say at once when nobody could approve a change, rather than after the form is filled in."""
        if self.authorise is not None:
            return True
        try:
            auth.require(self.ctx, auth.SUPERVISOR)
        except PermissionDenied as error:
            say(self.message, error.message)
            return False
        return True

    def _changed(self, entry: directory.DirectoryEntry, sentence: str) -> None:
        self.refresh()
        say(self.message, sentence.replace("%1", entry.name), done=True)

    def _open_form(self, kind: str, entry: directory.DirectoryEntry | None) -> EntryForm | None:
        say(self.message)
        if not self._may_change():
            return None
        form = EntryForm(self, kind, entry)
        done = self.tr("%1 was changed.") if entry else self.tr("%1 was added to the directory.")
        form.saved.connect(lambda saved: self._changed(saved, done))
        form.open()
        return form

    def add(self) -> EntryForm | None:
        """The form for a new entry of the tab shown (window-modal, so tests and the counter can fill it)."""
        return self._open_form(self.kind(), None)

    def edit(self) -> EntryForm | None:
        entry = self.selected()
        if entry is None:
            say(self.message, self.tr("Select an entry first."))
            return None
        return self._open_form(self.kind(), entry)

    def deactivate(self, reason: str | None = None) -> None:
        """Moved out, sold, left: no longer offered, kept for the record; the reason goes into the audit."""
        entry = self.selected()
        say(self.message)
        if entry is None:
            say(self.message, self.tr("Select an entry first."))
            return
        if not self._may_change():
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Deactivate"),
                self.tr("Why is %1 leaving the directory (moved out, sold, left the company)?")
                .replace("%1", entry.name))
            if not ok:
                return
        try:
            self.approved(self.tr("Deactivate in the directory: %1").replace("%1", entry.name),
                          lambda ctx: directory.deactivate(ctx, entry, reason))
        except FrontdeskError as error:
            show_field_errors(error, {}, self.message)
            return
        self._changed(entry, self.tr("%1 was deactivated; earlier entries still name them."))

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self, kind=self.kind())
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.open()
        return dialog


def show_directory(parent, ctx: Ctx) -> None:
    """The directory as the counter opens it: a supervisor can approve a receptionist's change on the spot."""
    dialog = DirectoryDialog(ctx, parent)
    dialog.authorise = lambda asking, action: ask_authorisation(dialog, asking, action)
    dialog.exec()
