"""The monthly key checklist (钥匙盘点表, CATALOGUE C3): every key of the register with where it should be,
and boxes to tick what the count found. A4 portrait, the header row on every page."""

from __future__ import annotations

import io
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from frontdesk_gui.reports.fonts import CJK_FONT, paragraph_styles
from frontdesk_gui.reports.onsite_list import _PageCountCanvas

MARGIN = 15 * mm
ROWS_PER_TABLE = 300
HEADER = [("序号", "No."), ("编号", "Tag"), ("类别", "Category"), ("位置", "Location"), ("标签", "Label"),
          ("柜位", "Cabinet"), ("把数", "Keys"), ("应在", "Expected"), ("借用人/自", "Holder / since"),
          ("在柜", "In"), ("不在", "Missing")]
COL_WIDTHS = [m * mm for m in (9, 18, 22, 22, 24, 12, 9, 13, 30, 10, 11)]
FONT_SIZE = 7.5

TABLE_STYLE = TableStyle([
    # Table's default font is Helvetica, which is not embedded and has no Chinese: ours on every cell.
    ("FONTNAME", (0, 0), (-1, -1), CJK_FONT),
    ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
    ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 2),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEEEEE")]),
    ("ALIGN", (0, 1), (0, -1), "RIGHT"),
    ("ALIGN", (6, 1), (6, -1), "RIGHT"),
    ("ALIGN", (9, 1), (10, -1), "CENTER"),
    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#999999")),
])


def render(data: dict) -> bytes:
    """data: counter_name, month, printed_at, operator, rows [{tag, category, location, label, cabinet, ring,
    expected, holder}] (core.logbooks.keys.checklist_data)."""
    styles = paragraph_styles()
    rows = data["rows"]
    title = "钥匙盘点表 Key count checklist"
    story: list[Flowable] = [
        Paragraph(title, styles["title"]),
        Paragraph(escape(data["counter_name"]), styles["heading"]),
        Spacer(0, 2 * mm),
        Paragraph(f"月份 Month {escape(data['month'])} · 打印 Printed {escape(data['printed_at'])}"
                  f" · 经办 Operator {escape(data.get('operator') or '')} · 共 {len(rows)} 串 keys", styles["body"]),
        Spacer(0, 3 * mm),
    ]
    if rows:
        story += [_table(rows[start:start + ROWS_PER_TABLE], start, styles)
                  for start in range(0, len(rows), ROWS_PER_TABLE)]
    else:
        story.append(Paragraph("登记册中没有钥匙 No keys in the register", styles["body"]))
    story += [Spacer(0, 6 * mm),
              Paragraph("盘点人签字 Counted by: ____________　　复核 Checked by: ____________　　"
                        "日期 Date: ____________", styles["body"])]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 4 * mm, initialFontName=CJK_FONT, title=title,
                            author=data["counter_name"])
    footer = f"{data['counter_name']} · 钥匙盘点表 Key count · {data['month']}"
    doc.build(story, canvasmaker=partial(_PageCountCanvas, footer=footer))
    return buffer.getvalue()


def _table(rows: list[dict], first: int, styles) -> Table:
    data = [[f"{zh}\n{en}" for zh, en in HEADER]]
    for i, row in enumerate(rows, start=first + 1):
        texts = [str(i), row["tag"], row["category"], row["location"], row["label"], row["cabinet"], row["ring"],
                 row["expected"], row["holder"], "□", "□"]
        data.append([Paragraph(escape(t), styles["cell"]) if len(t) > 8 else t for t in texts])
    table = Table(data, colWidths=COL_WIDTHS, repeatRows=1)
    table.setStyle(TABLE_STYLE)
    return table
