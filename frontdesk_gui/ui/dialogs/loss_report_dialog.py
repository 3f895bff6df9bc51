"""Loss reports (lost and found, A53): record who lost what, see the found items that could be it, best
first, and link the right one — its owner then becomes the item's recipient, to be told and to claim it.

Left: a new report, and the reports on file (open ones first). Right: the candidates of the selected
report. Every write goes through core.logbooks.lost_found; a refusal shows by its field.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import clock, paging
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import lost_found
from frontdesk_gui.core.spec import scan_code
from frontdesk_gui.ui.dialogs import say, show_field_errors

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
THUMB_W, THUMB_H = 180, 120


def thumbnail(label: QLabel, path: str | None) -> bool:
    """Show the picture at `path` scaled into the label; hide the label when there is none to show."""
    pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
    if pixmap.isNull():
        label.clear()
        label.hide()
        return False
    label.setPixmap(pixmap.scaled(THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation))
    label.show()
    return True


def ask_note_dialog(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, title)
    return text if ok else None


class LossReportDialog(QDialog):
    linked = Signal(int)  # the found item's id, after a report was linked to it

    def __init__(self, parent, *, ctx, run=None, ask_note=ask_note_dialog):
        super().__init__(parent)
        self.setObjectName("loss_report_dialog")
        self.setWindowTitle(self.tr("Loss reports"))
        self.ctx = ctx
        # run(text, work) -> work(ctx), with a supervisor's approval when core asks for one.
        self.run = run or (lambda _text, work: work(self.ctx))
        self.ask_note = ask_note
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        new = QGroupBox(self.tr("New loss report"), self)
        grid = QGridLayout(new)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        fields = (
            ("loser_name", self.tr("Who lost it"), ""), ("loser_phone", self.tr("Phone"), ""),
            ("loser_unit", self.tr("Unit / company"), ""), ("what", self.tr("What"), "钱包"),
            ("description", self.tr("Description"), self.tr("colour, brand, what is inside")),
            ("lost_where", self.tr("Where lost"), ""),
            ("lost_at", self.tr("When lost (empty = now)"), "2026-11-23 14:30"),
        )
        for row, (name, title, placeholder) in enumerate(fields):
            edit = QLineEdit(new)
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(120)
            label = QLabel(title, new)
            label.setBuddy(edit)
            error = QLabel(new)
            error.setObjectName(f"{name}_error")
            error.setWordWrap(True)
            say(error)
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(edit, 2 * row, 1)
            grid.addWidget(error, 2 * row + 1, 1)
            self.inputs[name], self.errors[name] = edit, error
            edit.returnPressed.connect(self.record)
        self.record_button = QPushButton(self.tr("Record loss"), new)
        self.record_button.setObjectName("record_loss")
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        grid.addWidget(self.record_button, 2 * len(fields), 1, Qt.AlignmentFlag.AlignRight)

        self.show_all = QCheckBox(self.tr("Show matched and closed reports too"), self)
        self.show_all.setObjectName("show_all")
        self.show_all.toggled.connect(self.reload)
        self.reports = QListWidget(self)
        self.reports.setObjectName("reports")
        self.reports.currentRowChanged.connect(self.show_candidates)

        left = QVBoxLayout()
        left.addWidget(new)
        left.addWidget(QLabel(self.tr("Reports on file"), self))
        left.addWidget(self.reports, 1)
        left.addWidget(self.show_all)

        self.candidates_title = QLabel(self.tr("Found items that could be it"), self)
        self.candidates_title.setStyleSheet("font-weight: bold;")
        self.candidates_title.setWordWrap(True)
        self.candidates = QTableWidget(0, 5, self)
        self.candidates.setObjectName("candidates")
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("Match"), self.tr("No."), self.tr("Item"), self.tr("Where found"), self.tr("Found")])
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.verticalHeader().hide()
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 55), (1, 75), (3, 120), (4, 115)):
            self.candidates.setColumnWidth(column, width)
        self.candidates.itemSelectionChanged.connect(self._update_buttons)
        self.photo = QLabel(self)
        self.photo.setObjectName("candidate_photo")
        self.photo.hide()
        self.link_button = QPushButton(self.tr("This is it: link"), self)
        self.link_button.setObjectName("link_button")
        self.link_button.setToolTip(self.tr("The owner becomes the item's recipient: tell them, they claim it"))
        self.link_button.clicked.connect(self.link)
        # Enter in the new report's fields records it; it must never also press Link.
        self.link_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close report…"), self)
        self.close_button.setObjectName("close_report")
        self.close_button.setToolTip(self.tr("Found elsewhere or given up: closed with a note"))
        self.close_button.clicked.connect(self.close_report)
        self.close_button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        say(self.message)
        done = QPushButton(self.tr("Close (Esc)"), self)
        done.setAutoDefault(False)
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(done)

        right = QVBoxLayout()
        right.addWidget(self.candidates_title)
        right.addWidget(self.candidates, 1)
        right.addWidget(self.photo)
        right.addWidget(self.message)
        right.addLayout(buttons)
        body = QHBoxLayout(self)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.resize(980, 560)
        self.reload()
        self.inputs["loser_name"].setFocus()

    # -- the reports -------------------------------------------------------------------------------
    def reload(self, *_, select: int | None = None) -> None:
        kept = select if select is not None else self.selected_report_id()
        reports = lost_found.recent_reports() if self.show_all.isChecked() else lost_found.open_reports()
        self.reports.blockSignals(True)
        self.reports.clear()
        for report in reports:
            state = lost_found.REPORT_STATUSES[report.status]
            row = QListWidgetItem(f"[{state}] {lost_found.report_line(report)}", self.reports)
            row.setData(PAYLOAD_ROLE, report.id)
        self.reports.blockSignals(False)
        rows = [self.reports.item(i).data(PAYLOAD_ROLE) for i in range(self.reports.count())]
        self.reports.setCurrentRow(rows.index(kept) if kept in rows else (0 if rows else -1))
        self.show_candidates()

    def selected_report_id(self) -> int | None:
        row = self.reports.currentItem()
        return row.data(PAYLOAD_ROLE) if row is not None else None

    def selected_report(self):
        report_id = self.selected_report_id()
        return lost_found.get_report(report_id) if report_id else None

    def record(self) -> None:
        for label in self.errors.values():
            say(label)
        values = {name: edit.text() for name, edit in self.inputs.items()}
        try:
            report = self.run(self.tr("Record a loss report"), lambda ctx: lost_found.report_loss(ctx, **values))
        except FrontdeskError as error:
            first = show_field_errors(error, self.errors, self.message)
            if first in self.inputs:
                self.inputs[first].setFocus()
            return
        for edit in self.inputs.values():
            edit.clear()
        found = len(lost_found.candidates(report))
        say(self.message, self.tr("Recorded. %1 found item(s) could be it.").replace("%1", str(found)), done=True)
        self.reload(select=report.id)

    # -- the candidates ----------------------------------------------------------------------------
    def show_candidates(self, *_) -> None:
        report = self.selected_report()
        self.candidates.setRowCount(0)
        if report is None:
            self.candidates_title.setText(self.tr("Found items that could be it"))
        elif report.status != lost_found.REPORT_OPEN:
            item = report.matched_item
            text = (self.tr("Linked to %1").replace("%1", lost_found.summary(item)) if item is not None
                    else self.tr("Closed: %1").replace("%1", report.closed_note or ""))
            self.candidates_title.setText(text)
        else:
            found = lost_found.candidates(report)
            self.candidates_title.setText(
                self.tr("Found items that could be %1's %2, best first").replace("%1", report.loser_name)
                .replace("%2", report.what) if found else
                self.tr("No found item matches %1 yet; look again when something comes in.")
                .replace("%1", report.what))
            for row, (item, score) in enumerate(found):
                self.candidates.insertRow(row)
                cells = (f"{round(score * 100)}%", scan_code(lost_found.SPEC, item.id),
                         f"{item.what} {item.description or ''}".strip(), item.found_where,
                         clock.local_text(item.received_at))
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(PAYLOAD_ROLE, item.id)
                    self.candidates.setItem(row, column, cell)
            if found:
                self.candidates.selectRow(0)
        self._update_buttons()

    def selected_candidate_id(self) -> int | None:
        rows = self.candidates.selectionModel().selectedRows()
        return self.candidates.item(rows[0].row(), 0).data(PAYLOAD_ROLE) if rows else None

    def _update_buttons(self) -> None:
        report = self.selected_report()
        is_open = report is not None and report.status == lost_found.REPORT_OPEN
        chosen = self.selected_candidate_id()
        self.link_button.setEnabled(is_open and chosen is not None)
        item = paging.entry_by_key(lost_found.SPEC.key, chosen) if chosen is not None else None
        thumbnail(self.photo, item.photo_path if item is not None else None)
        self.close_button.setEnabled(is_open)

    def link(self) -> None:
        report, item_id = self.selected_report(), self.selected_candidate_id()
        if report is None or item_id is None:
            return
        item = paging.entry_by_key(lost_found.SPEC.key, item_id)
        text = self.tr("Link %1 to %2").replace("%1", report.loser_name).replace("%2", lost_found.summary(item))
        try:
            self.run(text, lambda ctx: lost_found.link(ctx, report, item))
        except FrontdeskError as error:
            say(self.message, error)
            return
        say(self.message, self.tr("Linked: %1 can now be told and claim %2.").replace("%1", report.loser_name)
            .replace("%2", lost_found.summary(item)), done=True)
        self.reload()
        self.linked.emit(item_id)

    def close_report(self) -> None:
        report = self.selected_report()
        if report is None:
            return
        note = self.ask_note(self, self.tr("Why is the report closed?"))
        if note is None:
            return
        try:
            self.run(self.tr("Close loss report"), lambda ctx: lost_found.close_report(ctx, report, note))
        except FrontdeskError as error:
            say(self.message, error)
            return
        say(self.message, self.tr("Report closed."), done=True)
        self.reload()
