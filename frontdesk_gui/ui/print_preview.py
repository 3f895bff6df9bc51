"""Print preview (QtPdf), printing with QPrinter and Save as PDF for any document from reports/.

The entry is always saved before this dialog opens, so a printer that is missing, offline or out of
paper loses nothing: the dialog says so in a sentence and the print can be repeated from the entry.
The printer chosen for each kind of document is remembered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)


class PrintFailed(Exception):
    """The printer could not take the job; the message is a sentence for the receptionist."""


def load_pdf(pdf: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over the bytes; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """A page as an opaque image: QPdfDocument.render gives transparent ARGB (PLATFORM_NOTES)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page onto the printer at its resolution, paper sized like the PDF page."""
    if document.pageCount() == 0:
        raise PrintFailed(QCoreApplication.translate("PrintPreview", "The document is empty; nothing to print."))
    points = document.pagePointSize(0)
    printer.setPageSize(QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "document"))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(QCoreApplication.translate(
            "PrintPreview", "The printer did not respond (not connected, offline or out of paper). "
            "The entry is saved; print it again later."))
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            painter.drawImage(0, 0, render_page(document, page, dpi))
    finally:
        painter.end()


class PrintPreview(QDialog):
    """Preview with Print (Ctrl+P), Save as PDF (Ctrl+S) and Close (Esc, as every QDialog).

    `on_done(destination)` is called after a print or a save, for the audit.
    """

    def __init__(self, pdf: bytes, title: str, document_key: str, parent=None,
                 on_done: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf, self.document_key, self.on_done = pdf, document_key, on_done
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.printers = QComboBox(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_as)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_now)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_as)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Printer:"), self))
        buttons.addWidget(self.printers, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 720)
        self._fill_printers()

    def _settings_key(self) -> str:
        return f"printers/{self.document_key}"

    def _fill_printers(self) -> None:
        names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
        self.printers.addItems(names)
        remembered = QSettings().value(self._settings_key(), "") or QPrinterInfo.defaultPrinterName()
        if remembered in names:
            self.printers.setCurrentText(remembered)
        if not names:
            self.printers.setEnabled(False)
            self.message.setText(self._no_printer())

    def _no_printer(self) -> str:
        return self.tr("No printer is available. The entry is saved: save it as PDF, "
                       "or print it again once a printer is set up.")

    def print_now(self) -> bool:
        name = self.printers.currentText()
        if not name:
            self.message.setText(self._no_printer())
            return False
        info = QPrinterInfo.printerInfo(name)
        if info.isNull() or info.state() == QPrinter.PrinterState.Error:
            self.message.setText(self.tr("The printer “%1” is not available. The entry is saved; "
                                         "print it again later.").replace("%1", name))
            return False
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        return self._print_to(printer, name)

    def _print_to(self, printer: QPrinter, destination: str) -> bool:
        try:
            print_document(self.document, printer)
        except PrintFailed as failed:
            self.message.setText(str(failed))
            return False
        QSettings().setValue(self._settings_key(), destination)
        self._done(destination)
        return True

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), f"{self.document_key}.pdf", "PDF (*.pdf)")
        if not path:
            return False
        try:
            with open(path, "wb") as out:
                out.write(self.pdf)
        except OSError as error:
            self.message.setText(self.tr("Could not save the file: %1").replace("%1", error.strerror or str(error)))
            return False
        self._done(f"file:{path}")
        return True

    def _done(self, destination: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("Sent to %1").replace("%1", destination))
        if self.on_done:
            self.on_done(destination)
