"""The shift handover sheet (交接班记录表, CATALOGUE A58, A61, A64), A4 portrait.

The header (both operators), what every logbook still has open, the shift's money against the cash
counted, the deposits held, the high-priority duty notes, the hand-over notes, the incoming operator's
check of each custody line and the two signatures. Data: core.logbooks.handovers.sheet_data, the snapshot
kept at sign-off; amounts there are integer fen, formatted here with core's yuan().
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import partial
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from frontdesk_gui.core.money.amounts import method_title, yuan
from frontdesk_gui.reports.fonts import CJK_FONT
from frontdesk_gui.reports.receipt import (
    CJK_CELLS,
    GRID,
    MoneyDocument,
    cell,
    fields_table,
    marks,
    money_styles,
    signature_block,
)
from frontdesk_gui.reports.statement import (
    HEAD_FILL,
    HEAD_HEIGHT,
    MARGIN,
    PADDING,
    ROW_HEIGHT,
    WIDTH,
    NumberedCanvas,
    RowsByPage,
    clip,
)

# A blank to fill in by hand while nobody has acknowledged the sheet yet.
BLANK = "_" * 16
# The font has no ✗ (U+2717): × is its nearest glyph.
TICK, CROSS, BOX = "✓", "×", "□"
CUSTODY_MARK = "★"
OPEN_WIDTHS = [24 * mm, WIDTH - 52 * mm, 28 * mm]
DEPOSIT_WIDTHS = [26 * mm, WIDTH - 116 * mm, 28 * mm, 20 * mm, 28 * mm, 14 * mm]
# Room for a group's heading, its header row and a few rows: less than that left, the group starts a page.
GROUP_START = 8 * mm + HEAD_HEIGHT + 3 * ROW_HEIGHT


@dataclass(frozen=True)
class HandoverSheetData(MoneyDocument):
    """handovers.sheet_data plus what core.printing adds (counter_name, operator, printed_at)."""

    counter: str
    number: str
    shift_opened_at: str
    signed_off_at: str
    outgoing: str
    incoming: str
    acknowledged_at: str
    cash: dict
    deposits: dict
    printed_at: str
    groups: list[dict] = field(default_factory=list)
    duty: list[dict] = field(default_factory=list)
    notes: str = ""
    custody: list[dict] = field(default_factory=list)
    reprint: int = 0
    void_reason: str | None = None
    counter_name: str = ""
    operator: str = ""
    language: Literal["zh", "en"] = "zh"

    @classmethod
    def from_dict(cls, data: dict) -> HandoverSheetData:
        # Not MoneyDocument's: `notes` here is one free text, not a list of lines.
        return cls(**data)

    @property
    def voided(self) -> bool:
        return self.void_reason is not None

    def text(self, value: dict) -> str:
        """A {zh, en} title from core's snapshot, bilingual like every label."""
        return self.label(value["zh"], value["en"])


def render(data: dict) -> bytes:
    return render_handover_sheet(HandoverSheetData.from_dict(data))


def render_handover_sheet(data: HandoverSheetData) -> bytes:
    styles = _styles()
    title = data.label("交接班记录表", "SHIFT HANDOVER SHEET")
    story: list[Flowable] = [
        Paragraph(title, styles["title"]),
        Paragraph(escape(data.counter or data.counter_name), styles["heading"]),
        Spacer(0, 2 * mm),
        *marks(data, styles),
        _header(data, styles),
        *_open_items(data, styles),
        *_cash(data, styles),
        *_deposits(data, styles),
        *_duty(data, styles),
        *_notes(data, styles),
        _closing(data, styles),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 5 * mm, initialFontName=CJK_FONT,
                            title=f"{title} {data.number}", author=data.counter or data.counter_name)
    footer = f"{data.counter or data.counter_name} · {data.label('交接班记录表', 'Handover sheet')} {data.number}"
    if data.reprint > 0:
        footer += f" · {data.label('副本', 'COPY')} {data.reprint}"
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    styles = money_styles()
    styles["section"] = ParagraphStyle("section", styles["body"], fontSize=11, leading=14, spaceBefore=9,
                                       spaceAfter=3, keepWithNext=1)
    styles["group"] = ParagraphStyle("group", styles["body"], spaceBefore=5, spaceAfter=2, keepWithNext=1)
    styles["more"] = ParagraphStyle("more", styles["small"], spaceBefore=1)
    return styles


def _header(data: HandoverSheetData, styles) -> Table:
    return fields_table([
        [(data.label("编号", "No."), data.number), (data.label("打印", "Printed"), data.printed_at)],
        [(data.label("接班时间", "Shift began"), data.shift_opened_at),
         (data.label("交班时间", "Signed off at"), data.signed_off_at)],
        [(data.label("交班人", "Handed over by"), data.outgoing),
         (data.label("接班人", "Taken over by"), data.incoming or BLANK)],
        [(data.label("接班确认时间", "Acknowledged at"), data.acknowledged_at or BLANK)],
    ], WIDTH, styles)


def _section(data: HandoverSheetData, zh: str, en: str, styles) -> Paragraph:
    return Paragraph(data.label(zh, en), styles["section"])


def _more(data: HandoverSheetData, count: int, listed: int, styles) -> list[Flowable]:
    if count <= listed:
        return []
    more = count - listed
    return [Paragraph(data.label(f"……另有 {more} 条(见登记本)", f"… and {more} more (see the logbook)"),
                      styles["more"])]


def _head(data: HandoverSheetData, pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """A table's two-line column titles, the operator's language on top."""
    return [(zh, en) if data.language == "zh" else (en, zh) for zh, en in pairs]


def _rows(texts: list[list[str]], widths: list[float]) -> list[list[str]]:
    return [[clip(text, width - 2 * PADDING) for text, width in zip(row, widths, strict=True)] for row in texts]


def _open_items(data: HandoverSheetData, styles) -> list[Flowable]:
    story: list[Flowable] = [_section(data, "未结事项", "Open items", styles)]
    if not data.groups:
        return [*story, Paragraph(data.label("各登记本均无未结事项", "Nothing open in any logbook"), styles["body"])]
    story.append(Paragraph(data.label(f"{CUSTODY_MARK} 须接班人逐项确认", f"{CUSTODY_MARK} to acknowledge one by one"),
                           styles["small"]))
    head = _head(data, (("编号", "Code"), ("摘要", "Summary"), ("登记时间", "Since")))
    for group in data.groups:
        mark = f"{CUSTODY_MARK} " if group["custody"] else ""
        heading = (f"{mark}{escape(data.text(group['logbook_title']))} — {escape(data.text(group['title']))}"
                   f" ({group['count']})")
        rows = _rows([[e["code"], e["summary"], e["since"]] for e in group["entries"]], OPEN_WIDTHS)
        story += [CondPageBreak(GROUP_START), Paragraph(heading, styles["group"]),
                  RowsByPage(head, rows, OPEN_WIDTHS, right=()), *_more(data, group["count"], len(rows), styles)]
    return story


def _money(fen: int | None) -> str:
    return "" if fen is None else f"¥{yuan(fen)}"


def _cash(data: HandoverSheetData, styles) -> list[Flowable]:
    cash = data.cash
    widths = [WIDTH - 3 * 32 * mm] + [32 * mm] * 3
    rows: list[list] = [[f"{zh}\n{en}" if data.language == "zh" else f"{en}\n{zh}" for zh, en in
                         (("付款方式", "Method"), ("收入", "Taken"), ("退款", "Refunded"), ("净额", "Net"))]]
    for method, figures in cash["methods"].items():
        title = method_title(method)
        rows.append([data.label(title.zh, title.en), *(_money(figures[k]) for k in ("taken", "refunded", "net"))])
    table = _grid(rows, widths, right_from=1)
    drawer = fields_table([
        [(data.label("备用金", "Float"), _money(cash["float"])),
         (data.label("支出", "Payouts"), _money(cash["payouts"]))],
        [(data.label("交财务", "Handed to cashier"), _money(cash["to_cashier"])),
         (data.label("应有现金", "Cash expected"), _money(cash["expected"]))],
        [(data.label("清点现金", "Cash counted"), _money(cash.get("counted"))),
         (data.label("差额", "Difference"), _money(cash.get("difference")))],
        [(data.label("差额原因", "Reason for the difference"), cash.get("count_reason") or "")],
    ], WIDTH, styles)
    return [_section(data, "本班收支与现金", "Money of the shift and cash", styles), table, Spacer(0, 2 * mm), drawer]


def _deposits(data: HandoverSheetData, styles) -> list[Flowable]:
    deposits = data.deposits
    story: list[Flowable] = [
        _section(data, "代收押金", "Deposits held", styles),
        Paragraph(data.label(f"共 {deposits['count']} 笔,合计 ¥{yuan(deposits['total_fen'])}",
                             f"{deposits['count']} deposits, ¥{yuan(deposits['total_fen'])} in all"), styles["body"]),
    ]
    if deposits["entries"]:
        head = _head(data, (("付款人", "Payer"), ("项目", "For"), ("收据", "Receipt"), ("金额", "Amount"),
                            ("收取时间", "Since"), ("核对", "Checked")))
        rows = _rows([[d["payer"] or "", d["what"] or "", d["receipt"] or "", yuan(d["fen"]), d["since"], BOX]
                      for d in deposits["entries"]], DEPOSIT_WIDTHS)
        story += [Spacer(0, 1 * mm), RowsByPage(head, rows, DEPOSIT_WIDTHS, right=(3,)),
                  *_more(data, deposits["count"], len(rows), styles)]
    return story


def _duty(data: HandoverSheetData, styles) -> list[Flowable]:
    if not data.duty:
        return []
    widths = [28 * mm, WIDTH - 64 * mm, 36 * mm]
    body = styles["cell"]
    rows: list[list] = [_head_cells(data, (("时间", "Time"), ("记录", "Note"), ("状态", "Status")))]
    rows += [[note["time"], cell(note["summary"], widths[1] - 2 * PADDING, body),
              cell(data.text(note["status"]), widths[2] - 2 * PADDING, body)]
             for note in data.duty]
    return [_section(data, "本班重要值班记录", "High-priority duty notes of the shift", styles),
            _grid(rows, widths)]


def _notes(data: HandoverSheetData, styles) -> list[Flowable]:
    if not data.notes:
        return []
    text = "<br/>".join(escape(line) for line in data.notes.splitlines())
    return [_section(data, "交接说明", "Hand-over notes", styles), Paragraph(text, styles["body"])]


def _closing(data: HandoverSheetData, styles) -> KeepTogether:
    """The incoming operator's check of each custody line and both signatures, kept on one page."""
    acknowledged = bool(data.incoming)
    widths = [WIDTH - 102 * mm, 24 * mm, 14 * mm, 64 * mm]
    rows: list[list] = [_head_cells(data, (("交接项目", "Item"), ("交接数", "Handed over"), ("核对", "OK"),
                                           ("接班人说明", "Incoming operator's note")))]
    for line in data.custody:
        figure = line["figure"]
        # A money line's figure is fen (the cash counted); the others are numbers of entries.
        shown = _money(figure) if line.get("money") else ("" if figure is None else str(figure))
        if line["ok"] is None:
            checked = BOX
        else:
            checked = TICK if line["ok"] else CROSS
        rows.append([cell(data.text(line["title"]), widths[0] - 2 * PADDING, styles["cell"]), shown, checked,
                     cell(line["note"] or "", widths[3] - 2 * PADDING, styles["cell"])])
    table = _grid(rows, widths, right_from=1, right_to=1)
    # Room to write by hand on a sheet printed before the acknowledgement.
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "CENTER"), ("FONTSIZE", (2, 1), (2, -1), 13),
                               ("LEADING", (2, 1), (2, -1), 15)]
                              + ([] if acknowledged else [("TOPPADDING", (0, 1), (-1, -1), 5),
                                                          ("BOTTOMPADDING", (0, 1), (-1, -1), 5)])))
    names = (f"{data.label('交班人', 'Handed over by')}  {data.outgoing}",
             f"{data.label('接班人', 'Taken over by')}  {data.incoming}")
    return KeepTogether([
        _section(data, "接班确认", "Acknowledgement by the incoming operator", styles),
        Paragraph(data.label("接班人逐项核对:无误打 ✓,不符打 × 并写明情况。",
                             "Incoming operator: tick ✓ what matches; mark × and say what does not."), styles["small"]),
        Spacer(0, 1 * mm),
        table,
        Spacer(0, 6 * mm),
        signature_block(names, WIDTH, styles),
    ])


def _head_cells(data: HandoverSheetData, pairs: tuple[tuple[str, str], ...]) -> list[str]:
    return [f"{first}\n{second}" for first, second in _head(data, pairs)]


def _grid(rows: list[list], widths: list[float], right_from: int | None = None, right_to: int = -1) -> Table:
    """A short table with the long tables' look (dark header row, grid, body at 8 pt)."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [*CJK_CELLS, ("FONTSIZE", (0, 0), (-1, -1), 8), ("LEADING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("GRID", (0, 0), (-1, -1), 0.25, GRID)]
    if right_from is not None:
        commands.append(("ALIGN", (right_from, 1), (right_to, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table
