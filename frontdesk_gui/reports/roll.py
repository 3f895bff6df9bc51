"""The 80 mm receipt-printer roll every slip is printed on: its measures, a page exactly as tall as its
content, the thin rule between parts, and the Code128 barcode the counter's scanner reads back."""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, HRFlowable, Table, TableStyle

from frontdesk_gui.reports.fonts import CJK_FONT

PAGE_WIDTH = 80 * mm
# Receipt printers print about 72 mm of an 80 mm roll.
MARGIN = 4 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 24 * mm


def _height(flowable: Flowable) -> float:
    _, height = flowable.wrap(CONTENT_WIDTH, 10_000)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def render_roll(story: list[Flowable], *, title: str, author: str) -> bytes:
    """One PDF page 80 mm wide and exactly as tall as the story plus margins (no paper wasted)."""
    height = sum(_height(flowable) for flowable in story) + 2 * MARGIN
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, height), initialFontName=CJK_FONT)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, height - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame.addFromList(story, canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=3, spaceAfter=3)


def barcode(value: str) -> Code128:
    """0.375 mm modules are 3 dots of a 203 dpi thermal head (whole dots scan reliably); a value too long
    for the roll falls back to 2 dots."""
    code = Code128(value, barWidth=0.375 * mm, barHeight=12 * mm, humanReadable=False, quiet=True)
    if code.wrap(CONTENT_WIDTH, 100)[0] > CONTENT_WIDTH:
        code = Code128(value, barWidth=0.25 * mm, barHeight=12 * mm, humanReadable=False, quiet=True)
    code.hAlign = "CENTER"
    return code


def field_table(rows: list[list], spans: list[tuple] = ()) -> Table:
    """Label | value rows of Paragraphs across the roll; `spans` lets a row's value take the whole width."""
    table = Table(rows, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH])
    table.setStyle(TableStyle([
        # Even with Paragraph cells, Table sets its own font (Helvetica, not embedded) unless told.
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *spans,
    ]))
    return table
