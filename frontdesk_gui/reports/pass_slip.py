"""The visitor pass slip (访客通行单): an 80 mm receipt-printer slip as tall as its content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from frontdesk_gui.reports.fonts import paragraph_styles
from frontdesk_gui.reports.roll import barcode, field_table, render_roll, rule


@dataclass(frozen=True)
class PassSlipData:
    """Everything printed on the slip, already formatted, translated and masked by the caller."""

    counter_name: str
    # The entry's scan code (core.spec.scan_code), printed and encoded as Code128 for the counter's scanner.
    code: str
    visitor_name: str
    category: str
    organisation: str
    host: str
    unit: str
    purpose: str
    badge_no: str | None
    people_count: int
    plate: str | None
    id_masked: str
    phone_masked: str
    time_in: str
    operator: str
    printed_at: str
    reprint: int = 0
    language: Literal["zh", "en"] = "zh"


def render_pass_slip(data: PassSlipData) -> bytes:
    """The slip as a one-page PDF, 80 mm wide and exactly as tall as its content plus margins."""
    if data.language not in ("zh", "en"):
        raise ValueError(f"language must be 'zh' or 'en', not {data.language!r}")
    return render_roll(_story(data), title=f"访客通行单 Visitor pass {data.code}", author=data.counter_name)


def _label(data: PassSlipData, zh: str, en: str) -> str:
    # Bilingual either way (the guard at the gate reads Chinese); the operator's language comes first.
    return f"{zh} {en}" if data.language == "zh" else f"{en} {zh}"


def _story(data: PassSlipData) -> list[Flowable]:
    styles = paragraph_styles()
    number = data.code
    story: list[Flowable] = [
        Paragraph(escape(data.counter_name), styles["heading"]),
        Paragraph(_label(data, "访客通行单", "Visitor pass"), styles["heading"]),
    ]
    if data.reprint > 0:
        story.append(Paragraph(f"副本 COPY {data.reprint}", styles["marker"]))
    story += [
        Paragraph(number, styles["number"]),
        rule(),
        _details(data, styles),
        rule(),
        Spacer(0, 8 * mm),
        Paragraph(_label(data, "被访人签字", "Host signature") + " ____________________", styles["body"]),
        Spacer(0, 3 * mm),
        barcode(number),
        Paragraph(number, styles["small_center"]),
        Spacer(0, 1 * mm),
        Paragraph(f"{_label(data, '打印', 'Printed')} {escape(data.printed_at)}", styles["small_center"]),
        Paragraph(_label(data, "离开时请交回本单", "Return this slip when leaving"), styles["small_center"]),
    ]
    return story


def _details(data: PassSlipData, styles: dict[str, ParagraphStyle]) -> Table:
    fields = [
        ("访客", "Visitor", data.visitor_name),
        ("类别", "Category", data.category),
        ("单位", "Organisation", data.organisation),
        ("人数", "People", str(data.people_count)),
        ("证件", "ID", data.id_masked),
        ("电话", "Phone", data.phone_masked),
        ("车牌", "Plate", data.plate),
        ("被访人", "Host", data.host),
        ("单元/房号", "Unit", data.unit),
        ("事由", "Purpose", data.purpose),
        ("访客卡", "Badge", data.badge_no),
        ("进入", "Time in", data.time_in),
        ("经办", "Operator", data.operator),
    ]
    # Optional fields left empty (no car, no badge, no ID shown) are dropped to keep the slip short.
    rows = [
        [Paragraph(_label(data, zh, en), styles["label"]), Paragraph(escape(value), styles["body"])]
        for zh, en, value in fields
        if value
    ]
    return field_table(rows)
