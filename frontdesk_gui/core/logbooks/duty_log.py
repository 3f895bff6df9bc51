"""值班记录 — the duty log (CATALOGUE A59, A58): time-stamped notes kept during a shift.

What the desk notices and must not forget: people damaging the surroundings or public facilities,
residents' opinions and suggestions (passed on at once), matters to pass on face to face, anything else.
A note can be high priority and can name a unit or a company. One that needs following up stays open
until someone records what was done; open ones and the shift's high-priority ones go on the handover.
"""

from __future__ import annotations

from datetime import datetime

from peewee import BooleanField, CharField, TextField

from frontdesk_gui.core import clock, entry
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.spec import (
    Action,
    AttentionRule,
    Column,
    FormField,
    LogbookSpec,
    OpenItems,
    register,
)
from frontdesk_gui.core.text import Text, tr

NOTED, FOLLOW_UP, DONE = "noted", "follow_up", "done"
STATUSES = {NOTED: tr("已记录", "Noted"), FOLLOW_UP: tr("待跟进", "To follow up"), DONE: tr("已跟进", "Followed up"),
            entry.VOIDED: tr("已作废", "Void")}
NORMAL, HIGH = "normal", "high"
PRIORITIES = ((NORMAL, tr("一般", "Normal")), (HIGH, tr("重要", "High")))
CATEGORIES = (
    ("damage", tr("破坏环境或公共设施", "Damage to surroundings or facilities")),
    ("opinion", tr("住户意见和建议", "Resident's opinion or suggestion")),
    ("in_person", tr("需当面转达的事项", "To pass on face to face")),
    ("other", tr("其他", "Other")),
)
MAX_TEXT = 2000


class DutyNote(Entry):
    category = CharField(default="other")
    priority = CharField(default=NORMAL)
    follow_up = BooleanField(default=False)
    unit = CharField(null=True)
    company = CharField(null=True)
    text = TextField()
    done_at = UtcDateTimeField(null=True)
    done_by = CharField(null=True)
    done_note = TextField(null=True)

    class Meta:
        table_name = "duty_note"


FORM_FIELDS = (
    FormField("category", tr("类别", "Kind of note"), required=True, choices=CATEGORIES),
    FormField("priority", tr("重要程度", "Priority"), required=True, choices=PRIORITIES),
    FormField("follow_up", tr("需要跟进", "Needs follow-up")),
    FormField("unit", tr("单元/房号", "Unit / room")),
    FormField("company", tr("公司", "Company")),
    FormField("text", tr("记录内容", "Note"), required=True),
)
CORRECTABLE = ("category", "priority", "unit", "company", "text")


def _clean(values: dict) -> tuple[dict, dict[str, Text]]:
    v = {}
    for f in FORM_FIELDS:
        value = values.get(f.name)
        value = value.strip() if isinstance(value, str) else value
        v[f.name] = None if value == "" else value
    errors: dict[str, Text] = {}
    v["category"] = v["category"] or "other"
    if v["category"] not in dict(CATEGORIES):
        errors["category"] = tr("请选择类别。", "Choose the kind of note.")
    v["priority"] = v["priority"] or NORMAL
    if v["priority"] not in dict(PRIORITIES):
        errors["priority"] = tr("请选择重要程度。", "Choose the priority.")
    v["follow_up"] = bool(v["follow_up"])
    if not v["text"]:
        errors["text"] = tr("请写下记录内容。", "Write what happened.")
    elif len(v["text"]) > MAX_TEXT:
        errors["text"] = tr("内容太长(最多 {n} 字)。", "The note is too long (at most {n} characters).").format(
            n=MAX_TEXT)
    for name in ("unit", "company"):
        if v[name] and len(v[name]) > 40:
            errors[name] = tr("太长了(最多 40 字)。", "Too long (at most 40 characters).")
    return v, errors


def note(ctx: Ctx, **values) -> DutyNote:
    """Write a note in the duty log; one that needs following up stays open."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values)
    if errors:
        raise ValidationError(errors)
    return entry.create(ctx, SPEC, DutyNote(**clean), status=FOLLOW_UP if clean["follow_up"] else NOTED)


def followed_up(ctx: Ctx, duty_note: DutyNote, reason: str) -> DutyNote:
    """Record what was done about a note that needed following up (`reason`: what was done)."""
    require(ctx, RECEPTIONIST)
    what = entry.require_reason(reason)
    return entry.change(ctx, SPEC, duty_note, "follow_up", {"status": DONE, "done_at": clock.now(),
                                                            "done_by": ctx.operator.display_name,
                                                            "done_note": what}, reason=what)


def correct(ctx: Ctx, duty_note: DutyNote, reason: str, /, **values) -> DutyNote:
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(duty_note, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in CORRECTABLE})
    clean, errors = _clean(merged)
    if errors:
        raise ValidationError(errors)
    return entry.correct(ctx, SPEC, duty_note, {k: clean[k] for k in values if k in CORRECTABLE}, reason)


def void(ctx: Ctx, duty_note: DutyNote, reason: str) -> DutyNote:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, duty_note, reason)


def _open_at(at: datetime):
    return DutyNote.select().where((DutyNote.status != entry.VOIDED) & DutyNote.follow_up
                                   & (DutyNote.created_at <= at)
                                   & (DutyNote.done_at.is_null() | (DutyNote.done_at > at)))


def _to_follow_up(priority: str):
    def query(now: datetime):
        return DutyNote.select().where((DutyNote.status == FOLLOW_UP) & (DutyNote.priority == priority))
    return query


def high_priority(shift) -> list[DutyNote]:
    """The shift's high-priority notes, oldest first (the handover sheet lists them)."""
    return list(DutyNote.select().where((DutyNote.shift == shift) & (DutyNote.priority == HIGH)
                                        & (DutyNote.status != entry.VOIDED)).order_by(DutyNote.id))


def search_fields(duty_note: DutyNote):
    return [duty_note.done_by], [duty_note.text, duty_note.company, duty_note.done_note], [duty_note.unit]


def summary(duty_note: DutyNote) -> str:
    tag = " ".join(x for x in (duty_note.unit, duty_note.company) if x)
    head = "【!】" if duty_note.priority == HIGH else ""
    text = duty_note.text if len(duty_note.text) <= 60 else duty_note.text[:59] + "…"
    return f"{head}{tag + ' ' if tag else ''}{text}"


SPEC = register(LogbookSpec(
    key="duty_log",
    order=10,
    title=tr("值班记录", "Duty log"),
    group="shift",
    model=DutyNote,
    form="duty_note_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("created_at", tr("时间", "Time"), 120, "time"),
        Column("priority", tr("重要程度", "Priority"), 60, "choice", PRIORITIES),
        Column("category", tr("类别", "Kind"), 130, "choice", CATEGORIES),
        Column("text", tr("内容", "Note"), 300),
        Column("unit", tr("单元", "Unit"), 70),
        Column("company", tr("公司", "Company"), 110),
        Column("done_note", tr("跟进情况", "Follow-up"), 160),
        Column("status", tr("状态", "Status"), 70, "choice", tuple(STATUSES.items())),
    ),
    create=note,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("followed_up", tr("已跟进…", "Followed up…"), followed_up, RECEPTIONIST, (FOLLOW_UP,),
               needs_reason=True),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (NOTED, FOLLOW_UP, DONE), needs_reason=True,
               authorisable=True),
    ),
    attention=(
        AttentionRule("urgent", tr("重要值班事项待跟进", "High-priority notes to follow up"), "now",
                      _to_follow_up(HIGH)),
        AttentionRule("follow_up", tr("值班事项待跟进", "Notes to follow up"), "due_soon", _to_follow_up(NORMAL)),
    ),
    open_items=(OpenItems("follow_up", tr("待跟进的值班事项", "Duty notes to follow up"), _open_at),),
    field_titles={"done_at": tr("跟进时间", "Followed up"), "done_by": tr("跟进人", "Followed up by")},
    code_prefix="N",
    search_fields=search_fields,
    summary=summary,
))
