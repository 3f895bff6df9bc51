"""Importing the directory from a CSV or Excel file: a dry run first, every row's verdict shown, then the write.

The checks, the header guessing and the all-or-nothing write are core.directory_import's; this dialog
shows its report. It also holds how directory fields are titled and shown, which the directory
dialog shares (that dialog opens this one, so the shared part lives here).
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from frontdesk_gui.core import directory
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory_import import ImportReport, import_file
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.identity import mask_phone
from frontdesk_gui.ui.dialogs import RowsModel, list_view, say

REJECTED_COLOUR = QColor("#b00020")
VERDICT_WIDTH = 380
# What a broken file raises besides core's own sentence: unreadable (OSError), a damaged .xlsx (BadZipFile).
UNREADABLE = (OSError, ValueError, zipfile.BadZipFile, csv.Error)


# Marked for lupdate here, translated when shown (the language may change between runs).
FIELD_TITLES = {
    "company_name": QT_TRANSLATE_NOOP("DirectoryFields", "Company name"),
    "name": QT_TRANSLATE_NOOP("DirectoryFields", "Name"),
    "floor": QT_TRANSLATE_NOOP("DirectoryFields", "Floor"),
    "room": QT_TRANSLATE_NOOP("DirectoryFields", "Room"),
    "unit": QT_TRANSLATE_NOOP("DirectoryFields", "Unit"),
    "role": QT_TRANSLATE_NOOP("DirectoryFields", "Owner or tenant"),
    "department": QT_TRANSLATE_NOOP("DirectoryFields", "Department"),
    "work_id": QT_TRANSLATE_NOOP("DirectoryFields", "Work ID"),
    "phone": QT_TRANSLATE_NOOP("DirectoryFields", "Phone"),
}


def field_title(kind: str, field: str) -> str:
    key = "company_name" if kind == "company" and field == "name" else field
    return QCoreApplication.translate("DirectoryFields", FIELD_TITLES[key])


def shown_value(field: str, value) -> str:
    """A value as the lists show it: the phone masked, owner/tenant in words."""
    if field == "phone":
        return mask_phone(value)
    if field == "role" and value:
        return str(dict(directory.RESIDENT_ROLES).get(value, value))
    return "" if value is None else str(value)


class ReportModel(RowsModel):
    """The dry run's rows; rejected ones in red so they stand out in a long file."""

    def show(self, headers: list[str], rows: list) -> None:
        """Rows and headers at once: the columns depend on the kind imported."""
        self.beginResetModel()
        self._headers, self._rows = list(headers), list(rows)
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.item(index.row()).accepted:
            return REJECTED_COLOUR
        return super().data(index, role)


class ImportDialog(QDialog):
    imported = Signal(object)  # the written ImportReport

    def __init__(self, ctx: Ctx, parent=None, kind: str = "company"):
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import the directory"))
        self.resize(820, 520)
        grid = QGridLayout()
        self.file_field = QLineEdit(self)
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file with a header row"))
        choose = QPushButton(self.tr("&Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        self.kind = QComboBox(self)
        for code, title in directory.KINDS:
            self.kind.addItem(str(title), code)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self.check)
        for row, (title, widget) in enumerate(((self.tr("File"), self.file_field), (self.tr("Import as"), self.kind))):
            grid.addWidget(QLabel(title, self), row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(choose, 0, 2)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.model = ReportModel([], self)
        list_view(self.table, self.model)
        self.table.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.write)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "",
                                              self.tr("CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path) -> None:
        """Take this file and check it (nothing is written until Import is pressed)."""
        self.path = Path(path)
        self.file_field.setText(str(self.path))
        self.check()

    def _run(self, dry_run: bool) -> ImportReport | None:
        say(self.message)
        try:
            return import_file(self.ctx, self.path, self.kind.currentData(), dry_run=dry_run)
        except FrontdeskError as error:
            say(self.message, error.message)
        except UNREADABLE as error:
            say(self.message, self.tr("This file cannot be read (%1).").replace("%1", str(error)))
        return None

    def check(self) -> None:
        """The dry run: every row checked and shown, nothing written."""
        if self.path is None:
            return
        self.show_report(self._run(dry_run=True))

    def write(self) -> None:
        if self.path is None or self.report is None or self.report.written:
            return
        report = self._run(dry_run=False)
        if report is not None:
            self.show_report(report)
            if report.written:
                say(self.message, report.summary(), done=True)
                self.imported.emit(report)

    def show_report(self, report: ImportReport | None) -> None:
        self.report = report
        kind = report.kind if report else self.kind.currentData()
        fields = directory.FIELDS[kind]
        rows = []
        for result in report.rows if report else []:
            verdict = (str(result.reason) if not result.accepted else self.tr("Accepted") if result.entry_id is None
                       else self.tr("Imported as no. %1").replace("%1", str(result.entry_id)))
            rows.append(((result.row, *(shown_value(f, result.values.get(f)) for f in fields), verdict), result))
        self.model.show([self.tr("Row"), *(field_title(kind, f) for f in fields), self.tr("Result")], rows)
        # The values first, the verdict last and wrapped: a long reason must not push the values out of sight.
        self.table.resizeColumnsToContents()
        verdict_column = len(fields) + 1
        self.table.setColumnWidth(verdict_column, min(self.table.columnWidth(verdict_column), VERDICT_WIDTH))
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text(report) if report else "")
        count = len(report.accepted) if report and not report.written else 0
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(self.tr("Import %n row(s)", "", count) if count else self.tr("Import"))

    def _summary_text(self, report: ImportReport) -> str:
        columns = ", ".join(f"{header} → {field_title(report.kind, f)}" for f, header in report.columns.items())
        lines = [str(report.summary()),
                 self.tr("Header in row %1: %2").replace("%1", str(report.header_row)).replace("%2", columns)]
        if report.ignored_columns:
            lines.append(self.tr("Columns not imported: %1").replace("%1", ", ".join(report.ignored_columns)))
        return "\n".join(lines)
