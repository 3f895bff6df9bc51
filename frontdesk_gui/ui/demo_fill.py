"""Fill a new demo counter with realistic data while a progress bar shows how far it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from frontdesk_gui.core import demo

DEMO_VISITS = 20_000


def fill_with_progress(visits: int | None = None) -> None:
    visits = visits or DEMO_VISITS
    dialog = QProgressDialog(QCoreApplication.translate("DemoFill", "Preparing the demo counter…"), "", 0, visits)
    dialog.setWindowTitle(QCoreApplication.translate("DemoFill", "Demo counter"))
    dialog.setCancelButton(None)  # half a demo would be a confusing demo
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    demo.fill(visitors=visits, progress=progress)
    dialog.close()
