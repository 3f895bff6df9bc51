"""Export… on a logbook tab: ask for the file, then write what the tab shows with a progress bar.

The export itself is core.export; this module only asks where (a native dialog, replaced in tests) and
shows how far it is: an Excel file of 200,000 rows takes about a minute (openpyxl), so the bar has Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from frontdesk_gui.core import clock, export, paging
from frontdesk_gui.core.context import Ctx

EXCEL_FILTER, CSV_FILTER = "Excel (*.xlsx)", "CSV (*.csv)"


def suggested_path(logbook_key: str) -> Path:
    """<logbook>-<date>.xlsx in the user's Documents folder (home when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"{logbook_key}-{clock.local(clock.now()).date().isoformat()}.xlsx"


def choose_export_file_dialog(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog; the chosen filter adds its suffix when the name has none of ours."""
    title = QCoreApplication.translate("LogbookExport", "Export")
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), f"{EXCEL_FILTER};;{CSV_FILTER}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == CSV_FILTER else ".xlsx"))
    return path


def export_with_progress(parent: QWidget, query: paging.EntryQuery, path: Path, ctx: Ctx) -> int:
    """Write the file while a modal bar shows the rows done; Cancel stops it and leaves no file behind.

    Runs in the GUI thread (the database connection belongs to it), letting the window paint between
    batches of rows. Raises core's FrontdeskError (export.ExportCancelled on Cancel).
    """
    dialog = QProgressDialog(QCoreApplication.translate("LogbookExport", "Exporting…"),
                             QCoreApplication.translate("LogbookExport", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("LogbookExport", "Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Small exports finish before the bar would be worth showing.
    dialog.setMinimumDuration(800)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        if dialog.wasCanceled():
            raise export.ExportCancelled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return export.export(query, path, ctx=ctx, progress=progress)
    finally:
        QApplication.restoreOverrideCursor()
        dialog.close()
