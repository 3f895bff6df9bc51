"""The evacuation list: every visitor still on site, on A4, with the head count first."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from frontdesk_gui.reports.fonts import CJK_FONT, paragraph_styles

MARGIN = 15 * mm
# One Table of thousands of rows is slow and grows faster than linearly (PLATFORM_NOTES): chunk it.
ROWS_PER_TABLE = 300
HEADER = [("序号", "No."), ("进入", "In"), ("访客", "Visitor"), ("单位", "Organisation"), ("被访人", "Host"),
          ("单元", "Unit"), ("访客卡", "Badge"), ("人数", "People"), ("电话", "Phone"), ("清点", "Check")]
FONT_SIZE = 8
CELL_PADDING = 2
COL_WIDTHS = [m * mm for m in (10, 20, 22, 27, 18, 21, 15, 12, 23, 12)]

TABLE_STYLE = TableStyle([
    # Table's own default font is Helvetica, which is not embedded: use ours for every cell.
    ("FONTNAME", (0, 0), (-1, -1), CJK_FONT),
    ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
    ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 2),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEEEEE")]),
    ("ALIGN", (0, 1), (0, -1), "RIGHT"),
    ("ALIGN", (7, 1), (7, -1), "RIGHT"),
    ("ALIGN", (9, 1), (9, -1), "CENTER"),
    ("FONTSIZE", (9, 1), (9, -1), 11),
    ("VALIGN", (9, 1), (9, -1), "MIDDLE"),
    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
])


@dataclass(frozen=True)
class OnsiteRow:
    """One visitor entry not yet signed out, already formatted and masked by the caller."""

    time_in: str
    visitor_name: str
    organisation: str
    host: str
    unit: str
    badge_no: str | None
    people_count: int
    phone_masked: str


def render_onsite_list(counter_name: str, printed_at: str, operator: str, rows: list[OnsiteRow]) -> bytes:
    """The list as PDF: header with the totals, the rows in the order given, 'page x / y' on every page."""
    styles = paragraph_styles()
    heads = sum(row.people_count for row in rows)
    story: list[Flowable] = [
        Paragraph("在场访客名单 Visitors on site", styles["title"]),
        Paragraph(escape(counter_name), styles["heading"]),
        Spacer(0, 2 * mm),
        Paragraph(f"打印 Printed {escape(printed_at)} · 经办 Operator {escape(operator)}", styles["body"]),
        Paragraph(f"在场 {len(rows)} 批，合计 {heads} 人 · On site: {len(rows)} entries, {heads} people",
                  styles["heading"]),
        Spacer(0, 3 * mm),
    ]
    if rows:
        story += [_table(rows[start:start + ROWS_PER_TABLE], start, styles)
                  for start in range(0, len(rows), ROWS_PER_TABLE)]
    else:
        story.append(Paragraph("无在场访客 No visitors on site", styles["body"]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, initialFontName=CJK_FONT,
                            title="在场访客名单 Visitors on site", author=counter_name)
    footer = f"{counter_name} · 在场访客名单 Visitors on site · {printed_at}"
    doc.build(story, canvasmaker=partial(_PageCountCanvas, footer=footer))
    return buffer.getvalue()


def _table(rows: list[OnsiteRow], first_index: int, styles: dict[str, ParagraphStyle]) -> Table:
    data = [[Paragraph(f"{zh}<br/>{en}", styles["cell_head"]) for zh, en in HEADER]]
    for i, row in enumerate(rows, start=first_index + 1):
        texts = [str(i), row.time_in, row.visitor_name, row.organisation, row.host, row.unit,
                 row.badge_no or "", str(row.people_count), row.phone_masked, "□"]
        data.append([_cell(text, width, styles["cell"]) for text, width in zip(texts, COL_WIDTHS, strict=True)])
    table = Table(data, colWidths=COL_WIDTHS, repeatRows=1)
    table.setStyle(TABLE_STYLE)
    return table


def _cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    # A Paragraph only where the text must wrap: thousands of Paragraphs are what makes a long list slow.
    if stringWidth(text, CJK_FONT, FONT_SIZE) <= width - 2 * CELL_PADDING:
        return text
    return Paragraph(escape(text), style)


class _PageCountCanvas(Canvas):
    """Draws 'page x / y' footers: y is only known at the end, so pages are held until save()."""

    def __init__(self, *args, footer: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_states: list[dict] = []

    def showPage(self):
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(CJK_FONT, 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(MARGIN, MARGIN, self._footer)
        self.drawRightString(width - MARGIN, MARGIN, f"页 Page {self.getPageNumber()} / {total}")
