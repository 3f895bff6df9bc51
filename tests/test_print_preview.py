"""Print preview: a missing printer loses nothing, Save as PDF writes the bytes, printing paints every page."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from frontdesk_gui.ui import print_preview
from frontdesk_gui.ui.print_preview import PrintPreview


def two_page_slip() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(80 * mm, 120 * mm))
    for page in (1, 2):
        pdf.drawString(10, 100, f"page {page}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture
def no_printers(monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))


def test_missing_printer_says_so_and_keeps_the_dialog(qtbot, no_printers):
    done = []
    dialog = PrintPreview(two_page_slip(), "slip", "pass_slip", on_done=done.append)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 2
    assert not dialog.print_now()
    assert "No printer" in dialog.message.text() and done == []


def test_save_as_pdf_writes_the_same_bytes(qtbot, tmp_path, monkeypatch, no_printers):
    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    done = []
    pdf = two_page_slip()
    dialog = PrintPreview(pdf, "slip", "pass_slip", on_done=done.append)
    qtbot.addWidget(dialog)
    assert dialog.save_as()
    assert target.read_bytes() == pdf and done == [f"file:{target}"]


def test_print_document_paints_every_page_at_the_pdf_size(qtbot, tmp_path):
    dialog = PrintPreview(two_page_slip(), "slip", "pass_slip")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_preview.print_document(dialog.document, printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 2
    width_mm = float(printed.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 80) < 1


def test_unwritable_target_is_a_sentence_not_a_crash(qtbot, tmp_path, monkeypatch, no_printers):
    target = tmp_path / "missing-folder" / "slip.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = PrintPreview(two_page_slip(), "slip", "pass_slip")
    qtbot.addWidget(dialog)
    assert not dialog.save_as()
    assert "Could not save" in dialog.message.text()
