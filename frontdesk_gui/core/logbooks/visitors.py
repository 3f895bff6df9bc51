"""来人来访记录表 — the visitor log (CATALOGUE A13-A18, entry rules B3).

Each visitor category carries its entry rule from B3: the form asks for what the rule needs
(a government visitor: the duty officer who approved; a pass holder: the pass number; company staff:
the work ID), and check-in refuses the entry without it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from peewee import CharField, IntegerField, TextField

from frontdesk_gui.core import badges, clock, entry, flagged, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.identity import ID_TYPES, mask_id, mask_phone, normalise_id, normalise_phone
from frontdesk_gui.core.report_tables import durations_table, figures_table
from frontdesk_gui.core.spec import (
    Action,
    AttentionRule,
    Column,
    Document,
    FormField,
    LogbookSpec,
    OpenItems,
    ReportTable,
    register,
    scan_code,
)
from frontdesk_gui.core.text import Text, language, tr

ON_SITE, LEFT = "on_site", "left"

# B3 rows 2-8 (row 1, a known resident with a card, is not logged), plus 上级来访 (A15).
CATEGORIES = (
    ("outside_visitor", tr("外来访客", "Outside visitor")),
    ("unknown_resident", tr("自称住户(不认识)", "Self-declared resident (unknown)")),
    ("company_leader", tr("公司领导", "Company leader")),
    ("company_staff", tr("公司员工", "Company staff")),
    ("government", tr("政府部门人员", "Government staff")),
    ("study_group", tr("参观学习团", "Sightseeing / study group")),
    ("pass_holder", tr("持出入证人员", "Pass holder")),
    ("inspection", tr("上级检查", "Higher-authority inspection")),
)
ADMISSIONS = (
    ("intercom_consent", tr("对讲征得同意", "Host consented by intercom")),
    ("gate_confirmed", tr("门岗已确认", "Gate confirmed")),
    ("duty_officer", tr("值班领导批准", "Duty officer approved")),
    ("pass_checked", tr("验证出入证", "Pass checked")),
    ("work_id_checked", tr("验证工作证", "Work ID checked")),
    ("recognised", tr("认识,直接放行", "Recognised")),
    ("records_checked", tr("核对业主资料", "Checked against resident records")),
)
PASS_KINDS = (
    ("renovation", tr("装修", "Renovation")),
    ("newspaper", tr("送报", "Newspaper delivery")),
    ("milk", tr("送奶", "Milk delivery")),
    ("other", tr("其他", "Other")),
)
# What each category's entry rule needs, and how it is normally admitted (B3).
RULES = {
    "outside_visitor": {"needs": ("host_name", "host_unit"), "admitted": "intercom_consent"},
    "unknown_resident": {"needs": ("host_unit",), "admitted": "intercom_consent"},
    "company_leader": {"needs": (), "admitted": "recognised"},
    "company_staff": {"needs": ("work_id",), "admitted": "work_id_checked"},
    "government": {"needs": ("approved_by",), "admitted": "duty_officer"},
    "study_group": {"needs": ("approved_by",), "admitted": "duty_officer"},
    "pass_holder": {"needs": ("pass_number",), "admitted": "pass_checked"},
    "inspection": {"needs": ("approved_by",), "admitted": "duty_officer"},
}
NEED_TEXT = {
    "host_name": tr("此类访客需填写被访人。", "This kind of visitor needs the host's name."),
    "host_unit": tr("此类访客需填写被访单元/房号。", "This kind of visitor needs the unit or room visited."),
    "work_id": tr("公司员工需核验并填写工作证号。", "Company staff show their work ID: enter its number."),
    "approved_by": tr("需填写批准入内的值班领导。", "Enter the duty officer who approved the visit."),
    "pass_number": tr("持证人员需填写出入证号。", "Pass holders: enter the pass number."),
}
STATUSES = {ON_SITE: tr("在场", "On site"), LEFT: tr("已离开", "Left"), entry.VOIDED: tr("已作废", "Void")}


class Visit(Entry):
    visitor_name = CharField()
    category = CharField()
    id_type = CharField(default="resident_id")
    id_number = CharField(null=True, index=True)
    phone = CharField(null=True)  # found through the search index (any fragment), not a b-tree
    organisation = CharField(null=True)
    host_name = CharField(null=True)
    host_unit = CharField(null=True)
    purpose = CharField(null=True)
    admitted_how = CharField()
    approved_by = CharField(null=True)
    pass_kind = CharField(null=True)
    pass_number = CharField(null=True)
    work_id = CharField(null=True)
    badge_no = CharField(null=True)
    people_count = IntegerField(default=1)
    plate = CharField(null=True)
    time_in = UtcDateTimeField()
    time_out = UtcDateTimeField(null=True)
    patrol_notified_at = UtcDateTimeField(null=True)
    badge_lost = IntegerField(default=0)
    note = TextField(null=True)

    class Meta:
        table_name = "visit"


FORM_FIELDS = (
    FormField("visitor_name", tr("访客姓名", "Visitor name"), required=True),
    FormField("category", tr("类别", "Category"), required=True, choices=CATEGORIES),
    FormField("id_type", tr("证件类型", "ID type"), choices=ID_TYPES),
    FormField("id_number", tr("证件号码", "ID number")),
    FormField("phone", tr("电话", "Phone")),
    FormField("organisation", tr("单位", "Organisation")),
    FormField("host_name", tr("被访人", "Host")),
    FormField("host_unit", tr("单元/房号", "Unit / room")),
    FormField("purpose", tr("事由", "Purpose")),
    FormField("admitted_how", tr("放行方式", "How admitted"), required=True, choices=ADMISSIONS),
    FormField("approved_by", tr("批准/确认人", "Approved / confirmed by")),
    FormField("pass_kind", tr("证件种类", "Pass kind"), choices=PASS_KINDS),
    FormField("pass_number", tr("出入证号", "Pass number")),
    FormField("work_id", tr("工作证号", "Work ID")),
    FormField("badge_no", tr("访客牌号", "Badge")),
    FormField("people_count", tr("人数", "People")),
    FormField("plate", tr("车牌", "Vehicle plate")),
    FormField("note", tr("备注", "Note")),
)
# The badge is not corrected: it moves only with check-in, check-out and a lost-badge record.
CORRECTABLE = ("visitor_name", "organisation", "host_name", "host_unit", "purpose", "approved_by", "pass_number",
               "work_id", "plate", "note", "category", "id_type", "id_number", "phone", "admitted_how", "pass_kind",
               "people_count")
PLATE_CHARS = set("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789学警港澳挂领使")


def _clean(values: dict) -> tuple[dict, dict[str, Text]]:
    """Normalise and validate the form's values; returns (clean values, errors by field)."""
    v = {k: (values.get(k) or "").strip() if isinstance(values.get(k, ""), str) else values.get(k)
         for k in {f.name for f in FORM_FIELDS}}
    errors: dict[str, Text] = {}
    if not v["visitor_name"]:
        errors["visitor_name"] = tr("请输入访客姓名。", "Please enter the visitor's name.")
    elif len(v["visitor_name"]) > 40:
        errors["visitor_name"] = tr("姓名太长。", "The name is too long.")
    category = v["category"]
    if category not in RULES:
        errors["category"] = tr("请选择访客类别。", "Please choose the visitor category.")
    else:
        for need in RULES[category]["needs"]:
            if not v[need]:
                errors[need] = NEED_TEXT[need]
    v["id_type"] = v["id_type"] or "resident_id"
    if v["id_type"] not in dict(ID_TYPES):
        errors["id_type"] = tr("请选择证件类型。", "Please choose the document type.")
    else:
        v["id_number"], id_error = normalise_id(v["id_type"], v["id_number"] or "")
        if id_error:
            errors["id_number"] = id_error
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    if phone_error:
        errors["phone"] = phone_error
    if not v["admitted_how"] and category in RULES:
        v["admitted_how"] = RULES[category]["admitted"]
    if v["admitted_how"] not in dict(ADMISSIONS):
        errors["admitted_how"] = tr("请选择放行方式。", "Please choose how the visitor was admitted.")
    try:
        v["people_count"] = int(v["people_count"] or 1)
        if not 1 <= v["people_count"] <= 500:
            raise ValueError
    except (TypeError, ValueError):
        errors["people_count"] = tr("人数应为 1 到 500。", "People: a number from 1 to 500.")
    if v["plate"]:
        v["plate"] = v["plate"].upper().replace(" ", "").replace("·", "")
        if not 5 <= len(v["plate"]) <= 9:
            errors["plate"] = tr("车牌号长度不对。", "This plate number has the wrong length.")
    if v["pass_kind"] and v["pass_kind"] not in dict(PASS_KINDS):
        errors["pass_kind"] = tr("请选择证件种类。", "Please choose the pass kind.")
    return {k: (val if val != "" else None) for k, val in v.items()}, errors


def check_in(ctx: Ctx, **values) -> Visit:
    """Admit a visitor: validate against the category's rule, check the flag list, hand out the badge."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values)
    if errors:
        raise ValidationError(errors)
    hit = flagged.match(name=clean["visitor_name"], id_number=clean["id_number"] or "",
                        phone=clean["phone"] or "", organisation=clean["organisation"] or "")
    if hit and not (ctx.authorised_by and ctx.authorised_by.role in (SUPERVISOR, "admin")):
        raise flagged.FlaggedVisitor(hit)
    visit = Visit(**clean, time_in=clock.now())
    with db.atomic():
        entry.create(ctx, SPEC, visit, status=ON_SITE)
        if visit.badge_no:
            badge = badges.issue(ctx, visit.badge_no, visit.id, visit.visitor_name)
            if badge.number != visit.badge_no:
                Visit.update(badge_no=badge.number).where(Visit.id == visit.id).execute()
                visit.badge_no = badge.number
    return visit


def check_out(ctx: Ctx, visit: Visit, *, badge_returned: bool = True) -> Visit:
    """The visitor leaves; the badge comes back (or is recorded lost)."""
    require(ctx, RECEPTIONIST)
    if visit.status != ON_SITE:
        raise StateError(tr("该访客已离开。", "This visitor has already left."))
    with db.atomic():
        changes = {"status": LEFT, "time_out": clock.now()}
        if visit.badge_no and not badge_returned:
            changes["badge_lost"] = 1
        entry.change(ctx, SPEC, visit, "check_out", changes)
        if visit.badge_no:
            badges.give_back(ctx, visit.badge_no, lost=not badge_returned)
    return visit


def check_out_badge_lost(ctx: Ctx, visit: Visit) -> Visit:
    return check_out(ctx, visit, badge_returned=False)


def notify_patrol(ctx: Ctx, visit: Visit) -> Visit:
    """B3 row 2: an unknown self-declared resident let in is followed by the patrol officer."""
    require(ctx, RECEPTIONIST)
    if visit.category != "unknown_resident":
        raise StateError(tr("只有自称住户的访客需要通知巡逻跟进。",
                            "Only a self-declared resident is followed by the patrol."))
    if visit.patrol_notified_at is not None:
        raise StateError(tr("已通知过巡逻。", "The patrol was already notified."))
    return entry.change(ctx, SPEC, visit, "notify_patrol", {"patrol_notified_at": clock.now()})


def correct(ctx: Ctx, visit: Visit, reason: str, **values) -> Visit:
    """Correct a visit's details; the new values pass the same checks as at check-in."""
    require(ctx, RECEPTIONIST)
    merged = {name: getattr(visit, name) for name in {f.name for f in FORM_FIELDS}}
    merged.update(values)
    clean, errors = _clean(merged)
    errors.pop("badge_no", None)
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in clean and k != "badge_no"}
    return entry.correct(ctx, SPEC, visit, changes, reason)


def void(ctx: Ctx, visit: Visit, reason: str) -> Visit:
    with db.atomic():
        if visit.status == ON_SITE and visit.badge_no:
            badges.give_back(ctx, visit.badge_no)
        return entry.void(ctx, SPEC, visit, reason)


def reveal_id_number(ctx: Ctx, visit: Visit) -> Text:
    """The whole ID number, shown to a supervisor; audited (the number is never shown unmasked otherwise)."""
    number = entry.reveal(ctx, SPEC, visit, "id_number")
    return Text(f"证件号码:{number or '(未登记)'}", f"ID number: {number or '(none recorded)'}")


def on_site():
    return Visit.select().where(Visit.status == ON_SITE).order_by(Visit.time_in)


def _overstaying(now: datetime):
    limit = now - timedelta(hours=settings.get("visitors.overstay_hours"))
    return on_site().where(Visit.time_in < limit)


def _not_checked_out(now: datetime):
    start_of_today = clock.local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return on_site().where(Visit.time_in < start_of_today)


def _patrol_due(now: datetime):
    return on_site().where((Visit.category == "unknown_resident") & Visit.patrol_notified_at.is_null())


def earlier_visits(text: str, limit: int = 8) -> list[Visit]:
    """Returning visitors: the latest visit of each person whose name starts with, or phone contains, text."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    query = Visit.select().where(Visit.status != entry.VOIDED)
    if text.isdigit():
        query = query.where(Visit.phone.contains(text))
    else:
        query = query.where(Visit.visitor_name.startswith(text))
    seen, out = set(), []
    for visit in query.order_by(Visit.id.desc()).limit(200):
        key = (visit.visitor_name, visit.phone, visit.id_number)
        if key not in seen:
            seen.add(key)
            out.append(visit)
        if len(out) >= limit:
            break
    return out


def search_fields(visit: Visit):
    return ([visit.visitor_name, visit.host_name],
            [visit.organisation, visit.purpose, visit.approved_by],
            [visit.phone, visit.host_unit, visit.plate, visit.badge_no, visit.pass_number, visit.work_id])


def summary(visit: Visit) -> str:
    host = f" → {visit.host_name or ''} {visit.host_unit or ''}".rstrip()
    return f"{visit.visitor_name} {clock.local_text(visit.time_in)}{host}"


def pass_slip_data(visit: Visit, reprint: int) -> dict:
    """What the 80 mm visitor pass slip prints; personal numbers masked."""
    return {
        "code": scan_code(SPEC, visit.id), "visitor_name": visit.visitor_name,
        "category": str(dict(CATEGORIES)[visit.category]), "organisation": visit.organisation or "",
        "host": visit.host_name or "", "unit": visit.host_unit or "", "purpose": visit.purpose or "",
        "badge_no": visit.badge_no, "people_count": visit.people_count, "plate": visit.plate,
        "id_masked": mask_id(visit.id_number), "phone_masked": mask_phone(visit.phone),
        "time_in": clock.local_text(visit.time_in), "reprint": reprint,
        "language": "en" if language() == "en" else "zh",
    }


def onsite_rows() -> list[dict]:
    """Everyone in the building now, for the evacuation list; phones masked."""
    return [{
        "time_in": clock.local_text(v.time_in), "visitor_name": v.visitor_name,
        "organisation": v.organisation or "", "host": v.host_name or "", "unit": v.host_unit or "",
        "badge_no": v.badge_no or "", "people_count": v.people_count, "phone_masked": mask_phone(v.phone),
    } for v in on_site()]


def _on_site_at(at: datetime):
    return Visit.select().where((Visit.status != entry.VOIDED) & (Visit.time_in <= at)
                                & (Visit.time_out.is_null() | (Visit.time_out > at)))


def monthly(start: datetime, end: datetime) -> list[ReportTable]:
    """The month's visits: how long visitors stayed, and overstays (the attention rule's limit), counting a
    visitor still in at the month's end by the time spent until then."""
    limit = timedelta(hours=settings.get("visitors.overstay_hours")).total_seconds()
    stays: list[float] = []
    people = still_in = overstays = 0
    query = Visit.select(Visit.time_in, Visit.time_out, Visit.people_count).where(
        (Visit.time_in >= start) & (Visit.time_in < end) & (Visit.status != entry.VOIDED))
    for visit in query.iterator():
        people += visit.people_count or 1
        left = visit.time_out if visit.time_out is not None and visit.time_out <= end else None
        if left is None:
            still_in += 1
        else:
            stays.append((left - visit.time_in).total_seconds())
        overstays += ((left or end) - visit.time_in).total_seconds() > limit
    hours = settings.get("visitors.overstay_hours")
    return [
        figures_table(tr("来访与超时", "Visits and overstays"), [
            (tr("来访人次", "Visits"), len(stays) + still_in), (tr("来访人数", "People"), people),
            (Text(f"停留超过 {hours} 小时", f"Stayed over {hours} h"), overstays),
            (tr("月末仍在场", "Still in at month end"), still_in)]),
        durations_table(tr("停留时间", "Length of stay"), [(tr("登记→离开", "In → out"), stays)]),
    ]


SPEC = register(LogbookSpec(
    key="visitors",
    order=10,
    title=tr("来访登记", "Visitor log"),
    group="visitors",
    model=Visit,
    form="visitor_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 60, "int"),
        Column("time_in", tr("进入时间", "Time in"), 120, "time"),
        Column("visitor_name", tr("访客", "Visitor"), 90),
        Column("category", tr("类别", "Category"), 110, "choice", CATEGORIES),
        Column("organisation", tr("单位", "Organisation"), 120),
        Column("host_name", tr("被访人", "Host"), 80),
        Column("host_unit", tr("单元", "Unit"), 70),
        Column("phone", tr("电话", "Phone"), 105, "masked_phone"),
        Column("id_number", tr("证件号", "ID number"), 150, "masked_id"),
        Column("badge_no", tr("牌号", "Badge"), 50),
        Column("people_count", tr("人数", "People"), 45, "int"),
        Column("time_out", tr("离开时间", "Time out"), 120, "time"),
        Column("status", tr("状态", "Status"), 70, "choice", tuple(STATUSES.items())),
    ),
    create=check_in,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("check_out", tr("离开(收牌)", "Check out"), check_out, RECEPTIONIST, (ON_SITE,), shortcut="Ctrl+O"),
        Action("check_out_badge_lost", tr("离开(牌遗失)", "Out, badge lost"), check_out_badge_lost, RECEPTIONIST,
               (ON_SITE,), confirm=tr("确认访客牌遗失?", "Record the badge as lost?")),
        Action("notify_patrol", tr("通知巡逻跟进", "Notify patrol"), notify_patrol, RECEPTIONIST, (ON_SITE,)),
        Action("reveal_id", tr("查看完整证件号", "Show full ID number"), reveal_id_number, SUPERVISOR, (ON_SITE, LEFT),
               authorisable=True),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (ON_SITE, LEFT), needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("overstay", tr("访客超时未离开", "Visitor still in past the limit"), "overdue", _overstaying),
        AttentionRule("not_checked_out", tr("前日访客未登记离开", "Visitors never checked out"), "overdue",
                      _not_checked_out),
        AttentionRule("patrol", tr("自称住户待通知巡逻", "Patrol to notify"), "now", _patrol_due),
    ),
    code_prefix="V",
    open_items=(OpenItems("on_site", tr("在场访客", "Visitors on site"), _on_site_at),),
    documents=(Document("pass_slip", tr("访客通行单", "Visitor pass slip"), pass_slip_data, "pass_slip"),),
    search_fields=search_fields,
    summary=summary,
    monthly=monthly,
))
