"""The slip of something the desk holds for someone (CATALOGUE A03, A08, A09, A21, A53, A55): an 80 mm
receipt-printer slip as tall as its content, with the entry's code printed and as a Code128 barcode.

One renderer for every held logbook: the pickup notice and the 查无此人 note of a parcel, a message or fax
slip, a lost-item or deposit tag. The caller gives the title and the rows already formatted and
translated; this only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from frontdesk_gui.reports.fonts import paragraph_styles
from frontdesk_gui.reports.roll import barcode, field_table, render_roll, rule


@dataclass(frozen=True)
class HeldSlipData:
    """Everything printed, already formatted, translated and masked by the caller (core)."""

    counter_name: str
    # The entry's scan code (core.spec.scan_code): printed large and as a barcode that opens the entry.
    code: str
    title_zh: str
    title_en: str
    # (label, value) pairs in the order printed; an empty value drops its row, an empty label lets the
    # value use the whole width (a message's text, a description).
    rows: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""
    operator: str = ""
    printed_at: str = ""
    reprint: int = 0
    language: Literal["zh", "en"] = "zh"
    # A line to sign on, e.g. "领取人签字 Collector signature" (a slip signed on paper); None: no line.
    sign_here: str | None = None

    @classmethod
    def from_dict(cls, data: dict) -> HeldSlipData:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"held slip: unknown keys {', '.join(sorted(unknown))}")
        values = dict(data)
        values["rows"] = [(str(label or ""), "" if value is None else str(value))
                          for label, value in values.get("rows", [])]
        return cls(**values)


def render_held_slip(data: HeldSlipData) -> bytes:
    """The slip as a one-page PDF, 80 mm wide and exactly as tall as its content plus margins."""
    if data.language not in ("zh", "en"):
        raise ValueError(f"language must be 'zh' or 'en', not {data.language!r}")
    return render_roll(_story(data), title=f"{data.title_zh} {data.title_en} {data.code}", author=data.counter_name)


def render(data: dict) -> bytes:
    """For the registry: the plain dict core produced."""
    return render_held_slip(HeldSlipData.from_dict(data))


def _titles(data: HeldSlipData, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    # Bilingual either way; the operator's language comes first and larger.
    big = ParagraphStyle("held_title", styles["title"], fontSize=18, leading=22, spaceAfter=0)
    small = ParagraphStyle("held_subtitle", styles["heading"], fontSize=10, leading=13)
    first, second = (data.title_zh, data.title_en) if data.language == "zh" else (data.title_en, data.title_zh)
    titles = [Paragraph(escape(first), big)]
    if second:
        titles.append(Paragraph(escape(second), small))
    return titles


def _story(data: HeldSlipData) -> list[Flowable]:
    styles = paragraph_styles()
    story: list[Flowable] = [Paragraph(escape(data.counter_name), styles["heading"]), Spacer(0, 1.5 * mm)]
    story += _titles(data, styles)
    if data.reprint > 0:
        story.append(Paragraph(f"副本 COPY {data.reprint}", styles["marker"]))
    story += [Paragraph(escape(data.code), styles["number"]), rule()]
    table = _rows(data, styles)
    if table is not None:
        story += [table, rule()]
    if data.footer:
        story.append(Paragraph(escape(data.footer), styles["body"]))
    if data.sign_here:
        story += [Spacer(0, 8 * mm),
                  Paragraph(escape(data.sign_here) + " ____________________", styles["body"])]
    story += [Spacer(0, 3 * mm), barcode(data.code), Paragraph(escape(data.code), styles["small_center"]),
              Spacer(0, 1 * mm)]
    printed = " · ".join(escape(p) for p in (data.printed_at, data.operator) if p)
    if printed:
        label = "打印 Printed" if data.language == "zh" else "Printed 打印"
        story.append(Paragraph(f"{label} {printed}", styles["small_center"]))
    return story


def _rows(data: HeldSlipData, styles: dict[str, ParagraphStyle]) -> Table | None:
    rows, spans = [], []
    for label, value in data.rows:
        if not value:
            continue
        if label:
            rows.append([Paragraph(escape(label), styles["label"]), Paragraph(escape(value), styles["body"])])
        else:
            spans.append(("SPAN", (0, len(rows)), (1, len(rows))))
            rows.append([Paragraph(escape(value).replace("\n", "<br/>"), styles["body"]), ""])
    if not rows:
        return None
    return field_table(rows, spans)
