"""The monthly report (月度工作报告, CATALOGUE C), A4 portrait: a cover, the summary with a chart of the
month's entries per logbook, a section per logbook with its tables and charts, the money section, and
the appendix of everything still open at the month's end. "Page x of y" in every footer.

Input: core.monthly.MonthlyReport (plain data, text already in the chosen language); output: PDF bytes.
Charts are ReportLab's own graphics, every string in the embedded font (a base-14 font is not embedded).
"""

from __future__ import annotations

from functools import partial
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from frontdesk_gui.core.monthly import MonthlyReport, Table
from frontdesk_gui.reports.fonts import CJK_FONT, paragraph_styles
from frontdesk_gui.reports.receipt import GRID, SHADE
from frontdesk_gui.reports.statement import HEAD_FILL, MARGIN, PADDING, WIDTH, NumberedCanvas, RowsByPage, clip

FONT_SIZE = 8
CHART_HEIGHT = 150
# Enough colours for the slices of a pie of payment methods; they repeat beyond.
PALETTE = [colors.HexColor(c) for c in ("#3b6ea5", "#e0803a", "#5a9e5a", "#c2473d", "#8a6bb0", "#8c6d52",
                                         "#d47fb2", "#7f7f7f", "#b8b83a", "#3ab2c2")]
# The appendix: logbook, code, what it is, since when, age in days.
_BOOK, _CODE, _SINCE, _AGE = (m * mm for m in (26, 20, 27, 13))
APPENDIX_HEAD = (("登记本", "Logbook"), ("编号", "Code"), ("事项", "Item"), ("起始", "Since"), ("天数", "Days"))
APPENDIX_WIDTHS = [_BOOK, _CODE, WIDTH - (_BOOK + _CODE + _SINCE + _AGE), _SINCE, _AGE]


def render_monthly(report: MonthlyReport) -> bytes:
    """The whole report as PDF bytes."""
    label = partial(_label, report.language)
    styles = _styles()
    title = label("月度工作报告", "Monthly report")
    story: list[Flowable] = _cover(report, title, styles, label)
    story += [Paragraph(label("一、概况", "1. Summary"), styles["h1"]), _summary_table(report, label),
              Spacer(0, 4 * mm), _bar_chart([(r.logbook, r.entries) for r in report.summary],
                                            label("本月各登记本条数", "Entries in the month per logbook"))]
    story += [PageBreak(), Paragraph(label("二、各登记本", "2. The logbooks"), styles["h1"])]
    for section in report.sections:
        heading = Paragraph(escape(section.title), styles["h2"])
        if not section.tables:
            story.append(KeepTogether([heading, Paragraph(label("本月无记录", "No entries this month"),
                                                          styles["small"])]))
            continue
        story += [CondPageBreak(60 * mm), heading, *_tables(section.tables, styles)]
    story += [PageBreak(), Paragraph(label("三、收费与押金", "3. Money and deposits"), styles["h1"])]
    story += _tables(report.money.tables, styles)
    story += [PageBreak(), Paragraph(label("附录：月末未结事项", "Appendix: open at month end"), styles["h1"]),
              Paragraph(escape(label(f"共 {len(report.appendix)} 项,截至 {report.last_day} 24:00",
                                     f"{len(report.appendix)} items, as at the end of {report.last_day}")),
                        styles["body"]), Spacer(0, 2 * mm)]
    story.append(_appendix(report) if report.appendix
                 else Paragraph(label("月末无未结事项", "Nothing was open at month end"), styles["body"]))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 5 * mm, initialFontName=CJK_FONT,
                            title=f"{title} {report.counter_name} {report.month}", author=report.counter_name)
    footer = f"{report.counter_name} · {title} · {report.month}"
    doc.build(story, canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()


def _label(language: str, zh: str, en: str) -> str:
    return en if language == "en" else zh


def _styles() -> dict[str, ParagraphStyle]:
    styles = paragraph_styles()
    body = styles["body"]
    styles.update({
        "cover": ParagraphStyle("cover", styles["title"], fontSize=24, leading=30, spaceAfter=10),
        "h1": ParagraphStyle("h1", body, fontSize=14, leading=18, spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", body, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4,
                             textColor=colors.HexColor("#1f3f66")),
        "h3": ParagraphStyle("h3", body, fontSize=9, leading=12, spaceBefore=4, spaceAfter=2),
    })
    return styles


def _cover(report: MonthlyReport, title: str, styles, label) -> list[Flowable]:
    fields = [(label("前台", "Counter"), report.counter_name), (label("月份", "Month"), report.month),
              (label("统计期间", "Period"), f"{report.first_day} – {report.last_day}"),
              (label("制表人", "Produced by"), report.produced_by),
              (label("制表时间", "Produced at"), report.produced_at)]
    table = PdfTable([[name, value] for name, value in fields], colWidths=[35 * mm, 90 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), 12),
                               ("LEADING", (0, 0), (-1, -1), 16), ("TEXTCOLOR", (0, 0), (0, -1), colors.grey),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(0, 60 * mm), Paragraph(escape(report.counter_name), styles["heading"]),
            Paragraph(escape(title), styles["cover"]), Paragraph(escape(report.month), styles["heading"]),
            Spacer(0, 20 * mm), table, PageBreak()]


def _summary_table(report: MonthlyReport, label) -> Flowable:
    table = Table("", (label("登记本", "Logbook"), label("本月条数(不含作废)", "Entries (not void)"),
                       label("作废", "Void"), label("月末未结", "Open at month end")),
                  [(r.logbook, r.entries, r.voided, r.open_at_end) for r in report.summary])
    totals = (label("合计", "Total"), *(sum(r[i] for r in table.rows) for i in (1, 2, 3)))
    return _grid(Table("", table.headers, [*table.rows, totals]), total_row=True)


def _tables(tables: list[Table], styles) -> list[Flowable]:
    out: list[Flowable] = []
    for table in tables:
        heading = Paragraph(escape(table.title), styles["h3"])
        if not table.rows:
            out.append(KeepTogether([heading, Paragraph("—", styles["small"])]))
            continue
        parts: list[Flowable] = [heading, _grid(table)]
        chart = _chart(table)
        if chart is not None:
            parts += [Spacer(0, 2 * mm), chart]
        out += [KeepTogether(parts), Spacer(0, 2 * mm)]
    return out


def _widths(count: int) -> list[float]:
    """The first column (a name) takes more room; the figures share the rest."""
    if count <= 2:
        return [70 * mm, 30 * mm][:count]
    first = WIDTH * (0.4 if count <= 3 else 0.3)
    return [first] + [(WIDTH - first) / (count - 1)] * (count - 1)


def _grid(table: Table, total_row: bool = False) -> Flowable:
    widths = _widths(len(table.headers))
    rows = [[clip(str(text), w - 2 * PADDING) for text, w in zip(table.headers, widths, strict=True)]]
    rows += [[clip(str(value), w - 2 * PADDING) for value, w in zip(row, widths, strict=True)] for row in table.rows]
    grid = PdfTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        # Table's own default font is Helvetica, which is not embedded: every cell gets ours.
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(rows), 2)]
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    grid.setStyle(TableStyle(commands))
    return grid


def _figure(value) -> float | None:
    """A cell as a number for a chart: counts are ints, amounts yuan text such as '1,234.50'."""
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _chart(table: Table) -> Flowable | None:
    if table.chart is None or len(table.headers) < 2:
        return None
    points = [(str(row[0]), _figure(row[1])) for row in table.rows]
    points = [(name, value) for name, value in points if value is not None and value > 0]
    if len(points) < 2:
        return None
    caption = f"{table.title} · {table.headers[1]}"
    return _pie(points, caption) if table.chart == "pie" else _bar_chart(points, caption)


def _drawing(width: float) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT)
    # A drawing starts in Helvetica (not embedded) unless told otherwise, even when every string has a font.
    drawing.initialFontName = CJK_FONT
    return drawing


def _caption(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 10, text, fontName=CJK_FONT, fontSize=8, fillColor=colors.grey))


def _bar_chart(points: list[tuple[str, float]], caption: str) -> Drawing:
    """Bars with their figure above each; labels slanted when many categories share the width."""
    width = min(WIDTH, 60 + 34 * len(points))
    drawing = _drawing(width)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 35, 45, width - 45, CHART_HEIGHT - 72
    chart.data = [[value for _, value in points]]
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = CJK_FONT
    chart.valueAxis.labels.fontSize = 7
    axis = chart.categoryAxis
    names = [clip(name, 70) for name, _ in points]
    axis.categoryNames = names
    axis.labels.fontName = CJK_FONT
    axis.labels.fontSize = 7
    # Slanted when a name is wider than its bar's slot, so that neighbours do not run into each other.
    slot = chart.width / len(points)
    crowded = max(stringWidth(name, CJK_FONT, 7) for name in names) > slot - 4
    axis.labels.angle, axis.labels.boxAnchor, axis.labels.dy = (30, "ne", -2) if crowded else (0, "n", -2)
    chart.barLabelFormat = lambda v: f"{v:g}"
    chart.barLabels.fontName = CJK_FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    _caption(drawing, caption)
    return drawing


def _pie(points: list[tuple[str, float]], caption: str) -> Drawing:
    drawing = _drawing(WIDTH)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 40, 10, CHART_HEIGHT - 30, CHART_HEIGHT - 30
    pie.data = [value for _, value in points]
    total = sum(pie.data)
    pie.labels = [f"{name} {value / total:.0%}" for name, value in points]
    pie.sideLabels = True
    pie.slices.fontName = CJK_FONT
    pie.slices.fontSize = 7
    pie.slices.strokeColor = colors.white
    for i in range(len(points)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    _caption(drawing, caption)
    return drawing


def _appendix(report: MonthlyReport) -> Flowable:
    head = [(zh, en) if report.language == "zh" else (en, zh) for zh, en in APPENDIX_HEAD]
    width = [w - 2 * PADDING for w in APPENDIX_WIDTHS]
    rows = [[clip(row.logbook, width[0]), row.code, clip(row.summary, width[2]), row.since, str(row.age_days)]
            for row in report.appendix]
    return RowsByPage(head, rows, APPENDIX_WIDTHS, right=(4,))
