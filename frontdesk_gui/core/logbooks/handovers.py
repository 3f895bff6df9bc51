"""交接班记录 — the shift handover (CATALOGUE A58, A61, A64).

The outgoing operator counts the cash, adds hand-over notes and signs off: what every logbook still
has open, the money by payment method against the cash counted, the deposits held and the shift's
high-priority duty notes are kept as they are at that moment, and the shift closes. The incoming
operator logs in and acknowledges the sheet, ticking one by one what moves money or custody (the
cash, the deposits, the keys out...), with a note where something does not match. After a night with
nobody taking over, the next operator to open a shift acknowledges it.
"""

from __future__ import annotations

import json
from datetime import datetime

from peewee import CharField, ForeignKeyField, TextField

from frontdesk_gui.core import clock, entry, handover, settings
from frontdesk_gui.core import shift as shifts
from frontdesk_gui.core.auth import RECEPTIONIST, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.spec import AttentionRule, Column, Document, LogbookSpec, register
from frontdesk_gui.core.text import language, tr

SIGNED_OFF, ACKNOWLEDGED = "signed_off", "acknowledged"
STATUSES = {SIGNED_OFF: tr("待接班确认", "To acknowledge"), ACKNOWLEDGED: tr("已确认", "Acknowledged"),
            entry.VOIDED: tr("已作废", "Void")}
MAX_NOTES = 4000


class Handover(Entry):
    counter = CharField()
    shift_opened_at = UtcDateTimeField()
    outgoing_name = CharField()
    notes = TextField(null=True)
    content_json = TextField()
    incoming = ForeignKeyField(Operator, null=True, backref="+", index=False)
    incoming_name = CharField(null=True)
    acknowledged_at = UtcDateTimeField(null=True)
    acks_json = TextField(default="[]")

    class Meta:
        table_name = "handover"

    @property
    def content(self) -> dict:
        return json.loads(self.content_json)

    @property
    def acks(self) -> list[dict]:
        return json.loads(self.acks_json)


def preview(ctx: Ctx) -> dict:
    """What signing off now would hand over (the dialog shows it before the cash is counted)."""
    _open_shift(ctx)
    return handover.gather(ctx.shift)


def _open_shift(ctx: Ctx) -> None:
    if ctx.shift is None or ctx.shift.closed_at is not None:
        raise StateError(tr("当前没有进行中的班次,无需交班。", "There is no open shift to hand over."))


def sign_off(ctx: Ctx, counted: str | int, count_reason: str | None = None, notes: str | None = None) -> Handover:
    """Count the cash, keep what is handed over as it is now, and close the shift.

    The count is recorded in the drawer (a difference needs its reason); nothing is saved when it is refused.
    """
    from frontdesk_gui.core.logbooks import drawer

    require(ctx, RECEPTIONIST)
    _open_shift(ctx)
    notes = (notes or "").strip() or None
    if notes and len(notes) > MAX_NOTES:
        raise ValidationError({"notes": tr("交接说明太长(最多 {n} 字)。", "The notes are too long (at most {n}).")
                               .format(n=MAX_NOTES)})
    if isinstance(counted, str) and not counted.strip():
        raise ValidationError({"counted": tr("请清点钱箱现金并填写金额。",
                                             "Count the cash in the drawer and enter it.")})
    with db.atomic():
        drawer.count(ctx, counted, count_reason)
        content = handover.gather(ctx.shift)
        sheet = Handover(counter=settings.get("counter.name"), shift_opened_at=ctx.shift.opened_at,
                         outgoing_name=ctx.operator.display_name, notes=notes,
                         content_json=json.dumps(content, ensure_ascii=False))
        entry.create(ctx, SPEC, sheet, status=SIGNED_OFF)
        shifts.close(ctx)
    return sheet


def awaiting() -> Handover | None:
    """The newest handover nobody has acknowledged yet (the next operator to open a shift does)."""
    return (Handover.select().where(Handover.status == SIGNED_OFF).order_by(Handover.id.desc()).first())


def acknowledge(ctx: Ctx, sheet: Handover, ticked: dict[str, bool], notes: dict[str, str] | None = None) -> Handover:
    """The incoming operator takes over: every custody line ticked, or a note saying what does not match."""
    require(ctx, RECEPTIONIST)
    if sheet.status != SIGNED_OFF:
        raise StateError(tr("这份交接班记录已确认过。", "This handover was already acknowledged."))
    if ctx.shift is not None and ctx.shift.id == sheet.shift_id:
        raise StateError(tr("交班的班次还没有结束。", "The shift handed over has not ended."))
    notes = {k: (v or "").strip() for k, v in (notes or {}).items()}
    acks, errors = [], {}
    for line in handover.custody_lines(sheet.content):
        key = line["key"]
        ok, note = bool(ticked.get(key)), notes.get(key, "")
        if not ok and not note:
            errors[key] = tr("请逐项核对:核对无误请勾选,不符请写明情况。",
                             "Check each item: tick it when it matches, or say what does not.")
        acks.append({"key": key, "ok": ok, "note": note or None})
    if errors:
        raise ValidationError(errors)
    return entry.change(ctx, SPEC, sheet, "acknowledge", {
        "status": ACKNOWLEDGED, "incoming": ctx.operator, "incoming_name": ctx.operator.display_name,
        "acknowledged_at": clock.now(), "acks_json": json.dumps(acks, ensure_ascii=False)})


def _awaiting(now: datetime):
    return Handover.select().where(Handover.status == SIGNED_OFF)


def _local(value) -> str:
    return clock.local_text(value) if value else ""


def sheet_data(sheet: Handover, reprint: int) -> dict:
    """The handover sheet's fields (reports.handover_sheet renders them on A4)."""
    content = sheet.content
    acks = {a["key"]: a for a in sheet.acks}
    lines = []
    for line in handover.custody_lines(content):
        ack = acks.get(line["key"])
        lines.append({**line, "ok": ack["ok"] if ack else None, "note": ack["note"] if ack else None})
    return {
        "counter": sheet.counter, "number": f"H{sheet.id:06d}", "shift_opened_at": _local(sheet.shift_opened_at),
        "signed_off_at": _local(sheet.created_at), "outgoing": sheet.outgoing_name,
        "incoming": sheet.incoming_name or "", "acknowledged_at": _local(sheet.acknowledged_at),
        "groups": content["groups"], "cash": content["cash"], "deposits": content["deposits"],
        "duty": content["duty"], "notes": sheet.notes or "", "custody": lines, "reprint": reprint,
        "void_reason": sheet.void_reason if sheet.voided else None, "printed_at": _local(clock.now()),
        "language": "en" if language() == "en" else "zh",
    }


def summary(sheet: Handover) -> str:
    who = f"{sheet.outgoing_name} → {sheet.incoming_name}" if sheet.incoming_name else sheet.outgoing_name
    return f"{_local(sheet.created_at)} {who}"


SPEC = register(LogbookSpec(
    key="handovers",
    order=20,
    title=tr("交接班记录", "Shift handovers"),
    group="shift",
    model=Handover,
    form="",
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("shift_opened_at", tr("接班时间", "Shift began"), 120, "time"),
        Column("created_at", tr("交班时间", "Signed off"), 120, "time"),
        Column("outgoing_name", tr("交班人", "Handed over by"), 90),
        Column("incoming_name", tr("接班人", "Taken over by"), 90),
        Column("acknowledged_at", tr("确认时间", "Acknowledged"), 120, "time"),
        Column("notes", tr("交接说明", "Notes"), 260),
        Column("status", tr("状态", "Status"), 80, "choice", tuple(STATUSES.items())),
    ),
    attention=(AttentionRule("awaiting", tr("交接班记录待接班人确认", "Handover to acknowledge"), "now", _awaiting),),
    documents=(Document("sheet", tr("交接班记录表", "Handover sheet"), sheet_data, "handover_sheet", paper="A4"),),
    field_titles={"incoming": tr("接班人", "Taken over by"), "acks_json": tr("逐项确认", "Items checked")},
    hidden_in_history=("content_json",),
    code_prefix="H",
    summary=summary,
))
