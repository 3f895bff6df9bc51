"""The monthly statement of a company's signed charges (单位签单月结对账单), A4 portrait.

One row per signed voucher of the month, the header row on every page, the total and the total in
capitals at the end, "page x of y" in every footer. Amounts are core's formatted strings.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from frontdesk_gui.reports.fonts import CJK_FONT
from frontdesk_gui.reports.receipt import (
    GRID,
    SHADE,
    MoneyDocument,
    cell,
    fields_table,
    like,
    money_styles,
    signature_block,
)

MARGIN = 15 * mm
# Inside SimpleDocTemplate's frame, which pads 6 pt on each side.
WIDTH = A4[0] - 2 * MARGIN - 12
HEADER = (("序号", "No."), ("日期", "Date"), ("凭证号", "Voucher"), ("项目", "Description"),
          ("签单人", "Signed by"), ("金额", "Amount"))
_NUMBER, _DATE, _VOUCHER, _SIGNED, _AMOUNT = (m * mm for m in (11, 27, 25, 16, 18))
COL_WIDTHS = [_NUMBER, _DATE, _VOUCHER, WIDTH - (_NUMBER + _DATE + _VOUCHER + _SIGNED + _AMOUNT), _SIGNED, _AMOUNT]
FONT_SIZE = 8
PADDING = 2
# Rows are one line each (long text is cut with "…"), so every row has the same height and how many
# fit on a page is a division: see RowsByPage.
HEAD_HEIGHT = 24
ROW_HEIGHT = 13
HEAD_FILL = colors.HexColor("#333333")
# Columns printed right-aligned: the row number and the amount.
RIGHT_ALIGNED = (0, 5)


@dataclass(frozen=True)
class StatementRow:
    date: str
    voucher: str
    description: str
    signed_by: str
    amount: str


@dataclass(frozen=True)
class StatementData(MoneyDocument):
    counter_name: str
    company: str
    month: str
    produced_at: str
    produced_by: str
    rows: tuple[StatementRow, ...]
    count: int
    total: str
    capitals: str
    # The receipt that settled the month, once paid.
    settled_receipt: str = ""
    language: Literal["zh", "en"] = "zh"

    @classmethod
    def from_dict(cls, data: dict) -> StatementData:
        return cls(**{**data, "rows": tuple(StatementRow(**row) for row in data["rows"])})


def render_statement(data: StatementData) -> bytes:
    """The statement as PDF bytes; 2,000 rows take a few hundred milliseconds."""
    styles = money_styles()
    title = data.label("单位签单月结对账单", "COMPANY STATEMENT")
    settled = (f"{data.label('已结清 收据号', 'Settled by receipt')} {data.settled_receipt}"
               if data.settled_receipt else "")
    story: list[Flowable] = [
        Paragraph(title, styles["title"]),
        Paragraph(escape(data.counter_name), styles["heading"]),
        Spacer(0, 3 * mm),
        fields_table([
            [(data.label("单位", "Company"), data.company), (data.label("月份", "Month"), data.month)],
            [(data.label("笔数", "Items"), str(data.count)), (data.label("合计", "Total"), f"¥{data.total}")],
            [(data.label("制表人", "Produced by"), data.produced_by),
             (data.label("制表时间", "Produced at"), data.produced_at)],
        ], WIDTH, styles),
    ]
    if settled:
        story.append(Paragraph(escape(settled), styles["marker"]))
    story.append(Spacer(0, 3 * mm))
    head = [(zh, en) if data.language == "zh" else (en, zh) for zh, en in HEADER]
    if data.rows:
        story.append(RowsByPage(head, [_cells(i, row) for i, row in enumerate(data.rows, start=1)]))
    else:
        story.append(Paragraph(data.label("本月无签单", "No signed charges this month"), styles["body"]))
    closing: list[Flowable] = [_totals(data, styles), Spacer(0, 2 * mm)]
    if settled:
        closing.append(Paragraph(escape(settled), styles["body"]))
    closing += [
        Paragraph(data.label("请核对无误后签字盖章确认。", "Please check, then sign and stamp to confirm."),
                  styles["body"]),
        Spacer(0, 4 * mm),
        signature_block((data.label("单位确认（签字盖章）", "Company: signature and stamp"),
                         data.label("日期", "Date")), WIDTH * 0.8, styles),
    ]
    story.append(KeepTogether(closing))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 5 * mm, initialFontName=CJK_FONT,
                            title=f"{title} {data.company} {data.month}", author=data.counter_name)
    footer = f"{data.counter_name} · {data.company} · {data.month}"
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()


def _cells(index: int, row: StatementRow) -> list[str]:
    texts = (str(index), row.date, row.voucher, row.description, row.signed_by, row.amount)
    return [clip(text, width - 2 * PADDING) for text, width in zip(texts, COL_WIDTHS, strict=True)]


def clip(text: str, width: float) -> str:
    """One line that fits `width`: plain strings draw much faster than Paragraphs in thousands of cells."""
    text = " ".join(text.split())
    # No glyph is wider than 1 em: short text fits without measuring it.
    if len(text) * FONT_SIZE <= width or stringWidth(text, CJK_FONT, FONT_SIZE) <= width:
        return text
    short, long = 0, len(text)
    while short < long:
        middle = (short + long + 1) // 2
        if stringWidth(text[:middle] + "…", CJK_FONT, FONT_SIZE) <= width:
            short = middle
        else:
            long = middle - 1
    return text[:short] + "…"


class RowsByPage(Flowable):
    """The rows, a page at a time, with the header row on every page, drawn straight onto the canvas.

    A Table of 2,000 rows took ~1 s here: splitting it re-measures the remaining rows on every page
    (PLATFORM_NOTES), and each string cell is a PDF text object of its own. Rows have one height, so how
    many fit is a division, and one text object per page holds all its cells (about half the time).
    Cells are one-line strings already cut to their column (`clip`); `right`: columns aligned right.
    """

    def __init__(self, head: list[tuple[str, str]], rows: list[list[str]], widths: list[float] = COL_WIDTHS,
                 right: tuple[int, ...] = RIGHT_ALIGNED):
        super().__init__()
        self._head = head
        self._rows = rows
        self._widths = widths
        self._right = right

    def wrap(self, available_width, available_height):
        self.width, self.height = sum(self._widths), HEAD_HEIGHT + ROW_HEIGHT * len(self._rows)
        return self.width, self.height

    def split(self, available_width, available_height):
        fit = int((available_height - HEAD_HEIGHT) // ROW_HEIGHT)
        if fit < 1:
            return []
        return [RowsByPage(self._head, part, self._widths, self._right)
                for part in (self._rows[:fit], self._rows[fit:])]

    def draw(self):
        canvas, rows = self.canv, self._rows
        edges = [sum(self._widths[:i]) for i in range(len(self._widths) + 1)]
        body_top = self.height - HEAD_HEIGHT
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, body_top, self.width, HEAD_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(SHADE)
        for i in range(1, len(rows), 2):
            canvas.rect(0, body_top - (i + 1) * ROW_HEIGHT, self.width, ROW_HEIGHT, stroke=0, fill=1)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        canvas.grid(edges, [self.height] + [body_top - i * ROW_HEIGHT for i in range(len(rows) + 1)])
        text = canvas.beginText()
        text.setFont(CJK_FONT, FONT_SIZE)
        text.setFillColor(colors.white)
        for left, (first, second) in zip(edges, self._head, strict=False):
            text.setTextOrigin(left + PADDING, body_top + 13.5)
            text.textOut(first)
            text.setTextOrigin(left + PADDING, body_top + 4)
            text.textOut(second)
        text.setFillColor(colors.black)
        for i, cells in enumerate(rows):
            baseline = body_top - (i + 1) * ROW_HEIGHT + 4
            for column, value in enumerate(cells):
                if column in self._right:
                    x = edges[column + 1] - PADDING - stringWidth(value, CJK_FONT, FONT_SIZE)
                else:
                    x = edges[column] + PADDING
                text.setTextOrigin(x, baseline)
                text.textOut(value)
        canvas.drawText(text)


def _totals(data: StatementData, styles: dict[str, ParagraphStyle]) -> Table:
    count = data.label(f"共 {data.count} 笔", f"{data.count} items")
    total, label = styles["total"], styles["label"]
    words = sum(COL_WIDTHS[2:]) - 12
    rows = [
        [f"{data.label('合计', 'Total')}    {count}", "", "", "", f"¥{data.total}", ""],
        [data.label("人民币大写", "In words"), "", cell(data.capitals, words, total), "", "", ""],
    ]
    table = Table(rows, colWidths=COL_WIDTHS)
    table.setStyle(TableStyle([
        # Table's own default font is Helvetica, which is not embedded: every cell gets ours.
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT),
        *like(total, (0, 0), (-1, -1)),
        *like(label, (0, 1), (1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (4, 0), (4, 0), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.25, GRID),
        ("SPAN", (0, 0), (3, 0)),
        ("SPAN", (4, 0), (5, 0)),
        ("SPAN", (0, 1), (1, 1)),
        ("SPAN", (2, 1), (5, 1)),
    ]))
    return table


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until save(), when the page count is known, to print 'page x of y'."""

    def __init__(self, *args, footer: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self.setFont(CJK_FONT, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, MARGIN, self._footer)
            self.drawRightString(A4[0] - MARGIN, MARGIN,
                                 f"第 {number} 页 共 {len(self._pages)} 页 · Page {number} of {len(self._pages)}")
            super().showPage()
        super().save()
