"""The receipt and the refund voucher (收据 / 退款凭证): A5 triplicate and 80 mm thermal.

Also the pieces every money document shares (money_forms, statement): data from core's dict, bilingual
labels, the items table, the COPY / VOID marks and the A5 page. Amounts arrive as formatted strings
from core (integer fen there): nothing here computes money.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Literal, Self
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from frontdesk_gui.reports.fonts import CJK_FONT, paragraph_styles
from frontdesk_gui.reports.roll import CONTENT_WIDTH as SLIP_WIDTH
from frontdesk_gui.reports.roll import barcode, render_roll, rule

A5_MARGIN = 12 * mm
A5_WIDTH = A5[0] - 2 * A5_MARGIN
GRID = colors.HexColor("#999999")
SHADE = colors.HexColor("#EEEEEE")
# The three parts of the triplicate, in print order (the customer takes the second).
PARTS = (("第一联 存根", "Stub"), ("第二联 客户联", "Customer copy"), ("第三联 财务联", "Finance copy"))


@dataclass(frozen=True)
class MoneyLine:
    """One item: what, how many of what unit, at what price, for what amount (all formatted by core)."""

    description: str
    quantity: str
    unit: str
    unit_price: str
    amount: str


class MoneyDocument:
    """What the data of every money document shares: made from core's dict, printed in 'zh' or 'en'."""

    language: str

    def __post_init__(self) -> None:
        if self.language not in ("zh", "en"):
            raise ValueError(f"language must be 'zh' or 'en', not {self.language!r}")

    @classmethod
    def from_dict(cls, data: dict) -> Self:
        values = dict(data)
        if "lines" in values:
            values["lines"] = tuple(MoneyLine(**line) for line in values["lines"])
        if "notes" in values:
            values["notes"] = tuple(values["notes"])
        return cls(**values)

    def label(self, zh: str, en: str) -> str:
        # Bilingual either way (the customer reads Chinese); the operator's language comes first.
        return f"{zh} {en}" if self.language == "zh" else f"{en} {zh}"


@dataclass(frozen=True)
class ReceiptData(MoneyDocument):
    counter_name: str
    number: str
    kind: Literal["receipt", "refund"]
    issued_at: str
    payer: str
    company: str
    method: str
    lines: tuple[MoneyLine, ...]
    total: str
    capitals: str
    operator: str
    printed_at: str
    reprint: int = 0
    voided: bool = False
    void_reason: str = ""
    # A refund voucher names the receipt it refunds.
    refund_of: str = ""
    notes: tuple[str, ...] = ()
    finance_receipt_no: str = ""
    language: Literal["zh", "en"] = "zh"

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.kind not in ("receipt", "refund"):
            raise ValueError(f"kind must be 'receipt' or 'refund', not {self.kind!r}")

    @property
    def refund(self) -> bool:
        return self.kind == "refund"

    @property
    def title(self) -> str:
        return self.label("退款凭证", "REFUND VOUCHER") if self.refund else self.label("收据", "RECEIPT")


def render_receipt_a5(data: ReceiptData) -> bytes:
    """Three A5 pages, one per part of the triplicate (stub, customer, finance), each labelled."""
    return a5_pdf(_a5_story(data), parts=tuple(data.label(zh, en) for zh, en in PARTS),
                  title=f"{data.title} {data.number}", author=data.counter_name, voided=data.voided)


def _a5_story(data: ReceiptData) -> list[Flowable]:
    styles = money_styles()
    fields = [
        [(data.label("编号", "No."), data.number), (data.label("日期", "Date"), data.issued_at)],
        [(data.label("领款人", "Payee") if data.refund else data.label("付款人", "Payer"), data.payer),
         (data.label("单位", "Company"), data.company)],
        [(data.label("退款方式" if data.refund else "付款方式", "Method"), data.method),
         (data.label("原收据号", "Original receipt"), data.refund_of)],
        [(data.label("财务收据号", "Finance receipt no."), data.finance_receipt_no)],
    ]
    total = data.label("退款合计", "Total refunded") if data.refund else data.label("合计", "Total")
    signers = ((data.label("领款人签字", "Payee signature"), data.label("经办人签字", "Refunded by"))
               if data.refund else (data.label("付款人签字", "Payer signature"), data.label("收款人签字", "Cashier")))
    return [
        *a5_header(data.counter_name, data.title, styles),
        *marks(data, styles),
        fields_table(fields, A5_WIDTH, styles),
        Spacer(0, 3 * mm),
        items_table(data, total, A5_WIDTH, styles),
        *notes(data, styles),
        Spacer(0, 2 * mm),
        operator_line(data, styles),
        Spacer(0, 4 * mm),
        signature_block(signers, A5_WIDTH, styles),
    ]


def render_receipt_80mm(data: ReceiptData) -> bytes:
    """The customer copy on an 80 mm thermal roll, exactly as tall as its content, number as Code128."""
    styles = money_styles()
    return render_roll(_slip_story(data, styles), title=f"{data.title} {data.number}", author=data.counter_name)


def _slip_story(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    details = [
        (data.label("日期", "Date"), data.issued_at),
        (data.label("领款人", "Payee") if data.refund else data.label("付款人", "Payer"), data.payer),
        (data.label("单位", "Company"), data.company),
        (data.label("退款方式" if data.refund else "付款方式", "Method"), data.method),
        (data.label("原收据号", "Original receipt"), data.refund_of),
        (data.label("财务收据号", "Finance receipt no."), data.finance_receipt_no),
    ]
    details = [(label, value) for label, value in details if value]
    labels = label_width([label for label, _ in details], styles, SLIP_WIDTH * 0.4)
    label, body = styles["label"], styles["body"]
    rows = [[cell(name, labels - 2, label), cell(value, SLIP_WIDTH - labels - 2, body)] for name, value in details]
    table = Table(rows, colWidths=[labels, SLIP_WIDTH - labels])
    table.setStyle(TableStyle([*CJK_CELLS, ("VALIGN", (0, 0), (-1, -1), "TOP"), *_TIGHT,
                               *like(label, (0, 0), (0, -1)), *like(body, (1, 0), (1, -1))]))
    story: list[Flowable] = [
        Paragraph(escape(data.counter_name), styles["heading"]),
        Paragraph(data.title, styles["title"]),
        Paragraph(data.label("客户联", "Customer copy"), styles["small_center"]),
        *marks(data, styles),
        Paragraph(escape(data.number), styles["number"]),
        rule(),
        table,
        rule(),
        _slip_items(data, styles),
        rule(),
        *notes(data, styles),
    ]
    if data.refund:
        story += [Spacer(0, 8 * mm), Paragraph(data.label("领款人签字", "Payee signature") + " ______________",
                                               styles["body"])]
    story += [
        Spacer(0, 2 * mm),
        Paragraph(f"{data.label('经办', 'Operator')} {escape(data.operator)}", styles["body"]),
        Spacer(0, 3 * mm),
        barcode(data.number),
        Paragraph(escape(data.number), styles["small_center"]),
        Paragraph(f"{data.label('打印', 'Printed')} {escape(data.printed_at)}", styles["small_center"]),
    ]
    return story


def _slip_items(data: ReceiptData, styles: dict[str, ParagraphStyle]) -> Table:
    """Each item on two rows (its name, then quantity x price and amount): 72 mm has no room for columns."""
    amount_width = 22 * mm
    label, body, total = styles["label"], styles["body"], styles["total"]
    rows: list[list] = [[data.label("项目", "Item"), data.label("金额", "Amount")]]
    commands = [*CJK_CELLS, *like(body, (0, 0), (-1, -1)), *like(label, (0, 0), (-1, 0)),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *_TIGHT, ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    for line in data.lines:
        rows.append([cell(line.description, SLIP_WIDTH - 2, body), ""])
        commands.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
        rows.append([cell(f"  {line.quantity} {line.unit} × {line.unit_price}", SLIP_WIDTH - amount_width - 2, body),
                     line.amount])
    total_label = data.label("退款合计", "Refunded") if data.refund else data.label("合计", "Total")
    rows.append([cell(total_label, SLIP_WIDTH - amount_width - 2, total), f"¥{data.total}"])
    rows.append([cell(f"{data.label('人民币大写', 'In words')}: {data.capitals}", SLIP_WIDTH - 2, body), ""])
    commands += [*like(total, (0, -2), (-1, -2)), ("LINEABOVE", (0, -2), (-1, -2), 0.5, colors.black),
                 ("SPAN", (0, -1), (1, -1)), ("TOPPADDING", (0, -2), (-1, -2), 3)]
    table = Table(rows, colWidths=[SLIP_WIDTH - amount_width, amount_width])
    table.setStyle(TableStyle(commands))
    return table


# ---- shared by every money document -------------------------------------------------------------

# Table's own default font is Helvetica, which is not embedded: every cell gets ours.
CJK_CELLS = [("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
              ("LEADING", (0, 0), (-1, -1), 11)]
_TIGHT = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]


def money_styles() -> dict[str, ParagraphStyle]:
    """The shared styles plus the money ones: totals, the part label, the COPY and VOID marks."""
    styles = paragraph_styles()
    body = styles["body"]
    styles.update({
        "total": ParagraphStyle("total", body, fontSize=11, leading=14),
        # Indented by their border padding, so the boxes line up with the tables' edges.
        "marker": ParagraphStyle("marker", styles["marker"], leftIndent=3, rightIndent=3),
        "void": ParagraphStyle("void", styles["marker"], fontSize=18, leading=22, borderWidth=2,
                               borderPadding=4, leftIndent=4, rightIndent=4, spaceBefore=6, spaceAfter=12),
        "counter": ParagraphStyle("counter", styles["heading"], alignment=TA_LEFT, rightIndent=A5_WIDTH * 0.42),
    })
    return styles


def cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """`text` as a plain string when it fits one line of `width`, else a Paragraph that wraps.

    Strings are several times faster to lay out and draw than Paragraphs (a receipt has ~40 cells); the
    table gives them the style's look with like().
    """
    if "\n" not in text and stringWidth(text, CJK_FONT, style.fontSize) <= width:
        return text
    return Paragraph(escape(text), style)


def like(style: ParagraphStyle, start: tuple[int, int], stop: tuple[int, int]) -> list[tuple]:
    """Table commands giving the plain-string cells from `start` to `stop` the size and colour of `style`."""
    return [("FONTSIZE", start, stop, style.fontSize), ("LEADING", start, stop, style.leading),
            ("TEXTCOLOR", start, stop, style.textColor)]


def a5_header(counter_name: str, title: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The counter's name (leaving the top right to the part's name, see a5_pdf), then the title."""
    return [Paragraph(escape(counter_name), styles["counter"]), Spacer(0, 2 * mm), Paragraph(title, styles["title"])]


def marks(data, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """副本 COPY n on a reprint; 作废 VOID and the reason on a voided document."""
    flowables: list[Flowable] = []
    if getattr(data, "voided", False):
        reason = f"<br/><font size=9>{data.label('作废原因', 'Reason')}: {escape(data.void_reason)}</font>"
        flowables.append(Paragraph(f"{data.label('作废', 'VOID')}{reason}", styles["void"]))
    if data.reprint > 0:
        flowables.append(Paragraph(f"{data.label('副本', 'COPY')} {data.reprint}", styles["marker"]))
    return flowables


def fields_table(rows: list[list[tuple[str, str]]], width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """Label / value pairs, two to a row; a row of one pair spans the width. Empty values are left out."""
    packed = [kept for kept in ([pair for pair in row if pair[1]] for row in rows) if kept]
    first = label_width([row[0][0] for row in packed], styles, width * 0.24)
    second = label_width([row[1][0] for row in packed if len(row) == 2], styles, width * 0.24)
    value_width = (width - first - second) / 2
    label, body = styles["label"], styles["body"]
    data, commands = [], [*CJK_CELLS, *_TIGHT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID), *like(body, (0, 0), (-1, -1)),
                          *like(label, (0, 0), (0, -1)), *like(label, (2, 0), (2, -1))]
    for i, row in enumerate(packed):
        if len(row) == 1:
            (name, value), = row
            data.append([cell(name, first - 2, label), cell(value, width - first - 2, body), "", ""])
            commands.append(("SPAN", (1, i), (3, i)))
        else:
            (name, value), (other, other_value) = row
            data.append([cell(name, first - 2, label), cell(value, value_width - 2, body),
                         cell(other, second - 2, label), cell(other_value, value_width - 2, body)])
    table = Table(data, colWidths=[first, value_width, second, value_width])
    table.setStyle(TableStyle(commands))
    return table


def label_width(labels: list[str], styles: dict[str, ParagraphStyle], limit: float) -> float:
    """As wide as the widest label, up to `limit` (a longer one wraps)."""
    size = styles["label"].fontSize
    return min(max((stringWidth(label, CJK_FONT, size) for label in labels), default=0) + 8, limit)


ITEM_PADDING = 4
ITEM_HEAD = (("项目", "Item"), ("数量", "Qty"), ("单位", "Unit"), ("单价", "Unit price"), ("金额", "Amount"))


def items_table(data, total_label: str, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """The items, then the total in figures and the total in capitals (人民币大写)."""
    number_widths = [14 * mm, 12 * mm, 19 * mm, 23 * mm]
    widths = [width - sum(number_widths), *number_widths]
    inner = [w - 2 * ITEM_PADDING for w in widths]
    cell_style, total, label = styles["cell"], styles["total"], styles["label"]
    rows: list[list] = [[f"{zh}\n{en}" if data.language == "zh" else f"{en}\n{zh}" for zh, en in ITEM_HEAD]]
    for line in data.lines:
        rows.append([cell(line.description, inner[0], cell_style), line.quantity,
                     cell(line.unit, inner[2], cell_style), line.unit_price, line.amount])
    rows.append([cell(total_label, sum(inner[:4]), total), "", "", "", f"¥{data.total}"])
    rows.append([cell(data.label("人民币大写", "In words"), inner[0], label),
                 cell(data.capitals, sum(widths[1:]) - 2 * ITEM_PADDING, total), "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        *CJK_CELLS,
        ("LEFTPADDING", (0, 0), (-1, -1), ITEM_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), ITEM_PADDING),
        *like(styles["cell_head"], (0, 0), (-1, 0)),
        *like(cell_style, (0, 1), (-1, -3)),
        *like(total, (0, -2), (-1, -2)),
        *like(label, (0, -1), (0, -1)),
        *like(total, (1, -1), (1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("ALIGN", (2, 1), (2, -1), "LEFT"),
        ("ALIGN", (1, -1), (1, -1), "LEFT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("BOX", (0, -2), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, -2), (-1, -1), SHADE),
        ("SPAN", (0, -2), (3, -2)),
        ("SPAN", (1, -1), (4, -1)),
    ]))
    return table


def notes(data, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = getattr(data, "notes", ())
    if not lines:
        return []
    return [Spacer(0, 1.5 * mm), Paragraph(data.label("备注", "Notes"), styles["label"]),
            *(Paragraph(escape(line), styles["body"]) for line in lines)]


def operator_line(data, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(f"{data.label('经办', 'Operator')} {escape(data.operator)}    "
                     f"{data.label('打印', 'Printed')} {escape(data.printed_at)}", styles["small"])


def signature_block(labels: tuple[str, ...], width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """A line to sign on for each label, side by side, with room above it for the signature."""
    gap = 8 * mm
    column = (width - gap * (len(labels) - 1)) / len(labels)
    cells, widths = [], []
    for i, label in enumerate(labels):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append(cell(label, column - 2, styles["label"]))
        widths.append(column)
    table = Table([[""] * len(cells), cells], colWidths=widths, rowHeights=[10 * mm, None])
    table.setStyle(TableStyle([*CJK_CELLS, *_TIGHT, *like(styles["label"], (0, 1), (-1, 1)),
                               *[("LINEABOVE", (c, 1), (c, 1), 0.6, colors.black) for c in range(0, len(cells), 2)]]))
    return table


def a5_pdf(story: list[Flowable], *, parts: tuple[str | None, ...], title: str, author: str, voided: bool) -> bytes:
    """A5 portrait pages, laid out once and printed once per part of a multi-part form (None: a form of one
    part), so the parts cannot differ; every page names its part top right and in the footer."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A5, leftMargin=A5_MARGIN, rightMargin=A5_MARGIN,
                          topMargin=A5_MARGIN, bottomMargin=A5_MARGIN + 4 * mm, initialFontName=CJK_FONT,
                          title=title, author=author)
    doc.addPageTemplates([PageTemplate(frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    doc.build(story, canvasmaker=partial(_PartsCanvas, parts=parts, title=title, voided=voided))
    return buffer.getvalue()


class _PartsCanvas(Canvas):
    """Holds the laid-out pages until save(), then prints them all once per part: under the content a pale
    diagonal VOID when voided, over it the part's name. Drawing once is most of the time a triplicate takes."""

    def __init__(self, *args, parts: tuple[str | None, ...], title: str, voided: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self._parts, self._title, self._voided = parts, title, voided
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for part in self._parts:
            for number, page in enumerate(self._pages):
                self.__dict__.update(page)
                self._code = []
                if self._voided:
                    self._void_stamp()
                self._code += page["_code"]
                sheet = f" · {number + 1}/{len(self._pages)}" if len(self._pages) > 1 else ""
                self._part_labels(part, sheet, beside_counter=number == 0)
                super().showPage()
        super().save()

    def _void_stamp(self) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(colors.HexColor("#CC0000"))
        self.setFillAlpha(0.18)
        self.translate(width / 2, height / 2)
        self.rotate(40)
        self.setFont(CJK_FONT, 72)
        self.drawCentredString(0, -24, "作废 VOID")
        self.restoreState()

    def _part_labels(self, part: str | None, sheet: str, beside_counter: bool) -> None:
        # At the top only beside the counter's name (first page), where a5_header leaves room; always below.
        width, height = self._pagesize
        self.saveState()
        if part and beside_counter:
            self.setFont(CJK_FONT, 10)
            self.drawRightString(width - A5_MARGIN, height - A5_MARGIN - 11, part)
        self.setFont(CJK_FONT, 7)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(A5_MARGIN, A5_MARGIN, (f"{part} · {self._title}" if part else self._title) + sheet)
        self.restoreState()
