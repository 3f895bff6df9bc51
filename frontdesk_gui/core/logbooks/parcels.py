"""挂号、特快专递及包裹签收 / 信件记录本 — parcels and registered mail held at the counter (CATALOGUE A08, A09, B9).

An office counter phones the company at once; a residential counter tells the area steward between 17:00
and 18:00 the same day, and the steward signs out many recipients' items in one step (A09). A recipient
not in the roster gets the 查无此人 note and the item goes back to the post office after 3 days (A08).
"""

from __future__ import annotations

from datetime import datetime

from peewee import CharField, IntegerField, TextField

from frontdesk_gui.core import clock, entry, held, held_monthly, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import Company, Resident, Staff
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.held import HeldItem
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.spec import (
    Action,
    AttentionRule,
    Column,
    Document,
    FormField,
    LogbookSpec,
    register,
    scan_code,
)
from frontdesk_gui.core.text import Text, language, tr

ITEM_TYPES = (
    ("registered", tr("挂号信", "Registered letter")),
    ("express", tr("EMS/快递", "EMS / express")),
    ("parcel", tr("包裹", "Parcel")),
    ("parcel_slip", tr("包裹单", "Parcel slip")),
    ("money_order", tr("汇款单", "Money-order slip")),
    ("other", tr("其他", "Other")),
)
CONDITIONS = (
    ("good", tr("完好", "Good")), ("damaged", tr("破损", "Damaged")), ("wet", tr("受潮", "Wet")),
    ("opened", tr("已拆封", "Opened")),
)
RETURN_HOWS = (
    ("post_office", tr("退回邮局", "Returned to the post office")),
    ("sender", tr("退回寄件人/快递员", "Returned to the sender / courier")),
    ("kept_for_owner", tr("转交业主代管", "Kept for the owner elsewhere")),
)
# Items a courier brings with a number; letters from the postbox have none.
NEEDS_TRACKING = ("registered", "express", "parcel")


class Parcel(HeldItem):
    item_type = CharField()
    carrier = CharField(null=True)
    tracking_no = CharField(null=True, index=True)
    condition = CharField(default="good")
    # 查无此人: the recipient is not in the roster (A08); kept 3 days, then returned to the post office.
    no_such_person = IntegerField(default=0)
    note = TextField(null=True)

    class Meta:
        table_name = "parcel"


FORM_FIELDS = (
    FormField("tracking_no", tr("单号(扫码)", "Tracking number (scan)")),
    FormField("item_type", tr("类别", "Item type"), required=True, choices=ITEM_TYPES),
    FormField("carrier", tr("承运方", "Carrier")),
    FormField("recipient_name", tr("收件人", "Recipient")),
    FormField("recipient_company", tr("公司", "Company")),
    FormField("recipient_unit", tr("单元/房号", "Unit / room")),
    FormField("recipient_phone", tr("电话", "Phone")),
    FormField("storage", tr("存放位置(格口)", "Shelf / pigeonhole")),
    FormField("condition", tr("到件状况", "Condition on arrival"), choices=CONDITIONS),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = held.CORRECTABLE + ("item_type", "carrier", "tracking_no", "condition", "note", "no_such_person")
# Kept between entries in batch intake: the postman's thirty items share type, carrier and shelf.
STICKY = ("item_type", "carrier", "storage")


def in_roster(name: str | None, company: str | None, unit: str | None) -> bool:
    """Whether the recipient is someone the building knows (A08: sort against the company roster)."""
    checks = []
    if company:
        checks.append(Company.select().where((Company.name == company) & Company.active).exists())
    if name:
        checks.append(Resident.select().where((Resident.name == name) & Resident.active).exists()
                      or Staff.select().where((Staff.name == name) & Staff.active).exists())
    if unit and not checks:
        checks.append(Resident.select().where((Resident.unit == unit) & Resident.active).exists()
                      or Company.select().where((Company.room == unit) & Company.active).exists())
    return any(checks)


def _clean(values: dict) -> tuple[dict, dict[str, Text]]:
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    if v["item_type"] not in dict(ITEM_TYPES):
        errors["item_type"] = tr("请选择类别。", "Please choose the item type.")
    if v["tracking_no"]:
        v["tracking_no"] = v["tracking_no"].replace(" ", "").upper()
        if not 4 <= len(v["tracking_no"]) <= 40:
            errors["tracking_no"] = tr("单号长度不对,请重新扫描。", "That tracking number looks wrong; scan it again.")
    elif v["item_type"] in NEEDS_TRACKING:
        errors["tracking_no"] = tr("请扫描或输入单号。", "Scan or type the tracking number.")
    if not (v["recipient_name"] or v["recipient_company"] or v["recipient_unit"]):
        errors["recipient_name"] = tr("请填写收件人、公司或单元。", "Enter the recipient, the company or the unit.")
    v["recipient_phone"], phone_error = normalise_phone(v["recipient_phone"] or "")
    if phone_error:
        errors["recipient_phone"] = phone_error
    v["condition"] = v["condition"] or "good"
    if v["condition"] not in dict(CONDITIONS):
        errors["condition"] = tr("请选择到件状况。", "Choose the condition on arrival.")
    return v, errors


def receive(ctx: Ctx, **values) -> Parcel:
    """Sign for one item from the postman or courier (a scan, a recipient, Enter)."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values)
    if not errors and clean["tracking_no"]:
        twin = (Parcel.select().where((Parcel.tracking_no == clean["tracking_no"]) & Parcel.status.in_(held.OPEN))
                .first())
        if twin is not None:
            errors["tracking_no"] = tr("这个单号已登记({code}),尚未领取。",
                                       "This number is already logged ({code}) and not collected.").format(
                code=scan_code(SPEC, twin.id))
    if errors:
        raise ValidationError(errors)
    parcel = Parcel(**clean, no_such_person=0 if in_roster(clean["recipient_name"], clean["recipient_company"],
                                                            clean["recipient_unit"]) else 1)
    return held.receive(ctx, SPEC, parcel)


def correct(ctx: Ctx, parcel: Parcel, reason: str, /, **values) -> Parcel:
    """Correct the details, or who it was handed to (a wrong hand-over is corrected, never erased)."""
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(parcel, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in merged})
    clean, errors = _clean(merged)
    if "collector_name" in values:
        if parcel.status != held.COLLECTED:
            errors["collector_name"] = tr("尚未领取。", "It has not been collected.")
        elif not (values["collector_name"] or "").strip():
            errors["collector_name"] = tr("请填写领取人姓名。", "Enter the name of who collected it.")
        clean["collector_name"] = (values["collector_name"] or "").strip()
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE}
    with db.atomic():
        found = in_roster(clean["recipient_name"], clean["recipient_company"], clean["recipient_unit"])
        if found and parcel.no_such_person:
            changes["no_such_person"] = 0
        return entry.correct(ctx, SPEC, parcel, changes, reason)


def notify(ctx: Ctx, parcel: Parcel, channel: str, outcome: str = "reached", note: str | None = None) -> Parcel:
    if parcel.no_such_person:
        raise StateError(tr("查无此人的邮件无人可通知;到期退回邮局。",
                            "Nobody to tell for a no-such-person item; it goes back to the post office."))
    return held.notify(ctx, SPEC, parcel, channel, outcome, note)


def hand_over(ctx: Ctx, parcels: list[Parcel], **collector) -> held.HandOver:
    """One person (or the steward for many recipients) takes several items in one step."""
    if any(p.no_such_person for p in parcels):
        raise StateError(tr("查无此人的邮件不能交付;请先更正收件人。",
                            "A no-such-person item cannot be handed over; correct the recipient first."))
    # Registered and express items are handed over against an ID (A08).
    needs_id = any(p.item_type in ("registered", "express", "money_order", "parcel_slip") for p in parcels)
    return held.hand_over(ctx, SPEC, parcels, require_id=needs_id and collector.get("collector_role") != "steward",
                          **collector)


def return_to_sender(ctx: Ctx, parcel: Parcel, how: str = "post_office", note: str | None = None) -> Parcel:
    return held.return_item(ctx, SPEC, parcel, how, note, RETURN_HOWS)


def return_to_post_office(ctx: Ctx, parcel: Parcel) -> Parcel:
    return return_to_sender(ctx, parcel, "post_office")


def void(ctx: Ctx, parcel: Parcel, reason: str) -> Parcel:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, parcel, reason)


def for_recipient(parcel: Parcel) -> list[Parcel]:
    """Everything still held for the same recipient (handed over together)."""
    query = held.open_items(Parcel).where(Parcel.no_such_person == 0)
    same = None
    for name in ("recipient_name", "recipient_company", "recipient_unit"):
        value = getattr(parcel, name)
        if value:
            condition = getattr(Parcel, name) == value
            same = condition if same is None else same & condition
    return list(query.where(same).order_by(Parcel.id)) if same is not None else [parcel]


def steward_round() -> list[Parcel]:
    """What the area steward signs out in one step: every item held for a known recipient (A09)."""
    return list(held.open_items(Parcel).where(Parcel.no_such_person == 0).order_by(Parcel.recipient_unit, Parcel.id))


held.register_book("parcels", held.HeldBook(
    notify=notify, hand_over=hand_over, together=for_recipient, return_item=return_to_sender,
    return_hows=RETURN_HOWS, steward_round=steward_round))


def _local_today(now: datetime, hour: int) -> datetime:
    return clock.local(now).replace(hour=hour, minute=0, second=0, microsecond=0)


def _to_notify(now: datetime):
    query = Parcel.select().where((Parcel.status == held.WAITING) & (Parcel.no_such_person == 0))
    if settings.get("counter.kind") == "residential":  # the steward is told at 17:00 (A09)
        return query.where(Parcel.id < 0) if clock.local(now).hour < 17 else query
    return query


def _steward_late(now: datetime):
    """Residential: received before today's 17:00 and the steward still not told after 18:00."""
    if settings.get("counter.kind") != "residential" or clock.local(now).hour < 18:
        return Parcel.select().where(Parcel.id < 0)
    return Parcel.select().where((Parcel.status == held.WAITING) & (Parcel.no_such_person == 0)
                                 & (Parcel.received_at < _local_today(now, 17)))


def _uncollected(now: datetime):
    return held.overdue(Parcel, "held.parcels_hours")(now).where(Parcel.no_such_person == 0)


def _back_to_post(now: datetime):
    limit = now - held.deadline("held.parcels_hours")
    return held.open_items(Parcel).where((Parcel.no_such_person == 1) & (Parcel.received_at <= limit))


def recipient_text(parcel: Parcel) -> str:
    return " ".join(p for p in (parcel.recipient_company, parcel.recipient_name, parcel.recipient_unit) if p)


def pickup_slip_data(parcel: Parcel, reprint: int) -> dict:
    """The pickup notice / slip (挂号、特快专递及包裹通知单): its code opens the entry when scanned."""
    return {
        "code": scan_code(SPEC, parcel.id), "title_zh": "邮件领取通知单", "title_en": "PICKUP NOTICE",
        "rows": [
            ["类别 Type", str(dict(ITEM_TYPES)[parcel.item_type])],
            ["单号 Tracking", parcel.tracking_no or ""],
            ["承运 Carrier", parcel.carrier or ""],
            ["收件人 Recipient", recipient_text(parcel)],
            ["电话 Phone", mask_phone(parcel.recipient_phone)],
            ["收到 Received", clock.local_text(parcel.received_at)],
            ["存放 Shelf", parcel.storage or ""],
        ],
        "footer": "请凭此单及有效证件领取 Bring this notice and your ID to collect",
        "sign_here": "领取人签字 Collector signature",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def no_such_person_data(parcel: Parcel, reprint: int) -> dict:
    """查无此人: the note clipped to the item; after 3 days it goes back to the post office."""
    due = clock.local_text(parcel.received_at + held.deadline("held.parcels_hours"))
    return {
        "code": scan_code(SPEC, parcel.id), "title_zh": "查无此人", "title_en": "NO SUCH PERSON",
        "rows": [
            ["类别 Type", str(dict(ITEM_TYPES)[parcel.item_type])],
            ["单号 Tracking", parcel.tracking_no or ""],
            ["收件人 Addressed to", recipient_text(parcel)],
            ["收到 Received", clock.local_text(parcel.received_at)],
            ["退回邮局 Return to post", due],
        ],
        "footer": "本楼无此收件人,三日后退回邮局 Not in the roster: back to the post office after 3 days",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def search_fields(parcel: Parcel):
    return ([parcel.recipient_name, parcel.collector_name], [parcel.recipient_company, parcel.carrier, parcel.note],
            [parcel.tracking_no, parcel.recipient_unit, parcel.recipient_phone, parcel.storage])


def summary(parcel: Parcel) -> str:
    kind = dict(ITEM_TYPES)[parcel.item_type]
    return f"{scan_code(SPEC, parcel.id)} {kind} {parcel.tracking_no or ''} → {recipient_text(parcel)}"


SPEC = register(LogbookSpec(
    key="parcels",
    order=10,
    title=tr("邮件包裹", "Parcels & mail"),
    group="held",
    model=Parcel,
    form="parcel_form",
    form_fields=FORM_FIELDS,
    statuses=held.STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("received_at", tr("收到时间", "Received"), 120, "time"),
        Column("item_type", tr("类别", "Type"), 80, "choice", ITEM_TYPES),
        Column("tracking_no", tr("单号", "Tracking no."), 130),
        Column("recipient_company", tr("公司", "Company"), 130),
        Column("recipient_name", tr("收件人", "Recipient"), 80),
        Column("recipient_unit", tr("单元", "Unit"), 65),
        Column("recipient_phone", tr("电话", "Phone"), 100, "masked_phone"),
        Column("storage", tr("格口", "Shelf"), 55),
        Column("collector_name", tr("领取人", "Collected by"), 80),
        Column("collected_at", tr("领取时间", "Collected"), 120, "time"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(held.STATUSES.items())),
    ),
    create=receive,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("return_post", tr("退回邮局", "Return to post office"), return_to_post_office, RECEPTIONIST,
               held.OPEN, confirm=tr("确认已退回邮局?", "Record it as returned to the post office?")),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, held.OPEN + (held.COLLECTED, held.RETURNED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("to_notify", tr("邮件待通知", "Mail to notify"), "now", _to_notify),
        AttentionRule("steward_late", tr("未在 17-18 点通知片区管理员", "Steward not told by 18:00"), "overdue",
                      _steward_late),
        AttentionRule("uncollected", tr("邮件超过 3 天未领取", "Uncollected after 3 days"), "overdue", _uncollected),
        AttentionRule("back_to_post", tr("查无此人,应退回邮局", "No such person: return to the post office"),
                      "overdue", _back_to_post),
    ),
    documents=(
        Document("pickup_slip", tr("领取通知单", "Pickup notice"), pickup_slip_data, "held_slip",
                 applies=lambda p: not p.no_such_person),
        Document("no_such_person", tr("查无此人", "No such person note"), no_such_person_data, "held_slip",
                 applies=lambda p: bool(p.no_such_person)),
    ),
    field_titles={**held.FIELD_TITLES, "no_such_person": tr("查无此人", "No such person")},
    code_prefix="P",
    open_items=held.handed_on(Parcel, tr("邮件待领取", "Mail waiting for collection"), custody=True,
                              untold=tr("邮件未通知收件人", "Mail whose recipient is not told yet")),
    search_fields=search_fields,
    summary=summary,
    monthly=held_monthly.hook(Parcel, held_monthly.hours("held.parcels_hours")),
))
