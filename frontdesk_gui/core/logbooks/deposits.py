"""寄存物品 — items deposited at the front desk (CATALOGUE A55, F3).

A guest leaves a bag, a box or keys at the counter: who (name, phone, unit or company), what and how many,
the condition it came in, the numbered tag tied to it (its stub goes with the depositor) and when it will
be picked up. The duty staff pay for anything damaged or lost (A55), so the condition is recorded when it
comes in and again when it goes out. The depositor collects with the tag; anyone else shows an ID.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from peewee import CharField, IntegerField, TextField

from frontdesk_gui.core import clock, entry, held, held_monthly, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.held import HeldItem
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.logbooks.lost_found import WHEN_ERROR
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

STATUSES = {
    held.WAITING: tr("寄存中", "Held"), held.NOTIFIED: tr("已提醒领取", "Reminded"),
    held.COLLECTED: tr("已领取", "Collected"), held.RETURNED: tr("已移交/处理", "Handed on / disposed"),
    entry.VOIDED: tr("已作废", "Void"),
}
CONDITIONS_IN = (
    ("good", tr("完好", "Good")), ("worn", tr("有磨损", "Worn")), ("damaged", tr("已有破损", "Already damaged")),
    ("sealed", tr("封口未查看", "Sealed, not looked into")),
)
CONDITIONS_OUT = (
    ("same", tr("与寄存时相同", "As deposited")), ("damaged", tr("有损坏", "Damaged")),
    ("missing", tr("有缺失", "Something missing")),
)
RETURN_HOWS = (
    ("to_management", tr("移交物业管理处", "Handed to building management")),
    ("disposed", tr("通知无果后处理", "Disposed of after notice")),
    ("lost", tr("遗失(值班人员赔偿)", "Lost (the duty staff compensate)")),
)


class DepositedItem(HeldItem):
    """One deposit; recipient_name is who else may collect it (empty: the depositor)."""

    depositor_name = CharField()
    depositor_phone = CharField(null=True)
    depositor_unit = CharField(null=True)
    items = CharField()
    item_count = IntegerField(default=1)
    condition_in = CharField(default="good")
    condition_note = TextField(null=True)
    tag_no = CharField(index=True)
    expected_pickup = UtcDateTimeField(null=True)
    condition_out = CharField(null=True)
    condition_out_note = TextField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "deposited_item"

    @property
    def expected_at(self) -> str:
        """The expected pickup as the form shows and takes it (local time)."""
        return clock.local_text(self.expected_pickup)


FORM_FIELDS = (
    FormField("depositor_name", tr("寄存人", "Depositor"), required=True),
    FormField("depositor_phone", tr("电话", "Phone")),
    FormField("depositor_unit", tr("单元/公司", "Unit / company")),
    FormField("items", tr("物品", "Items"), required=True),
    FormField("item_count", tr("件数", "Pieces")),
    FormField("condition_in", tr("寄存时状况", "Condition when left"), required=True, choices=CONDITIONS_IN),
    FormField("condition_note", tr("状况说明", "Condition details")),
    FormField("tag_no", tr("寄存牌号(空=自动)", "Tag number (empty = next free)")),
    FormField("expected_at", tr("预计领取时间", "Expected pickup")),
    FormField("recipient_name", tr("代领人(如非本人)", "Collected by (if not the depositor)")),
    FormField("storage", tr("存放位置", "Kept where")),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = held.CORRECTABLE + ("depositor_name", "depositor_phone", "depositor_unit", "items", "item_count",
                                  "condition_in", "condition_note", "tag_no", "expected_at", "expected_pickup",
                                  "note")


def _clean(values: dict, now: datetime, *, check_pickup: bool = True) -> tuple[dict, dict[str, Text]]:
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    if not v["depositor_name"]:
        errors["depositor_name"] = tr("请填写寄存人姓名。", "Enter who leaves it.")
    if not v["items"]:
        errors["items"] = tr("请填写寄存的物品。", "Enter what is left.")
    try:
        v["item_count"] = int(v["item_count"] if v["item_count"] not in (None, "") else 1)
        if not 1 <= v["item_count"] <= 99:
            raise ValueError
    except (TypeError, ValueError):
        errors["item_count"] = tr("件数应为 1 到 99。", "Pieces: 1 to 99.")
    if v["condition_in"] not in dict(CONDITIONS_IN):
        errors["condition_in"] = tr("请选择寄存时的状况。", "Choose the condition it came in.")
    elif v["condition_in"] == "damaged" and not v["condition_note"]:
        errors["condition_note"] = tr("已有破损:请写明破损之处。", "Already damaged: describe the damage.")
    v["depositor_phone"], phone_error = normalise_phone(v["depositor_phone"] or "")
    v["depositor_phone"] = v["depositor_phone"] or None
    if phone_error:
        errors["depositor_phone"] = phone_error
    if v["tag_no"]:
        v["tag_no"] = v["tag_no"].replace(" ", "").upper()
        if len(v["tag_no"]) > 12:
            errors["tag_no"] = tr("牌号太长。", "That tag number is too long.")
    try:
        v["expected_pickup"] = clock.parse_typed(v.pop("expected_at"), now)
    except ValueError:
        errors["expected_at"] = WHEN_ERROR
        v["expected_pickup"] = None
    if check_pickup and v["expected_pickup"] is not None and v["expected_pickup"] <= now:
        errors["expected_at"] = tr("预计领取时间应晚于现在。", "The expected pickup must be later than now.")
    return v, errors


def next_tag() -> str:
    """The lowest tag number no held item carries."""
    used = {t for (t,) in held.open_items(DepositedItem).select(DepositedItem.tag_no).tuples()}
    number = 1
    while str(number) in used:
        number += 1
    return str(number)


def _tag_taken(tag_no: str, but: int | None = None):
    query = held.open_items(DepositedItem).where(DepositedItem.tag_no == tag_no)
    if but is not None:
        query = query.where(DepositedItem.id != but)
    return query.first()


def _tag_error(twin) -> Text:
    return tr("此牌号正用于 {code}(尚未领取)。", "This tag is on {code}, not yet collected.").format(
        code=scan_code(SPEC, twin.id))


def deposit(ctx: Ctx, **values) -> DepositedItem:
    """Take something in: the depositor gets the tag stub."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values, clock.now())
    with db.atomic():
        if not errors:
            clean["tag_no"] = clean["tag_no"] or next_tag()
            twin = _tag_taken(clean["tag_no"])
            if twin is not None:
                errors["tag_no"] = _tag_error(twin)
        if errors:
            raise ValidationError(errors)
        return held.receive(ctx, SPEC, DepositedItem(**clean, received_at=clock.now()))


def correct(ctx: Ctx, item: DepositedItem, reason: str, /, **values) -> DepositedItem:
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(item, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in merged})
    new_pickup = "expected_at" in values and (values["expected_at"] or "").strip() != item.expected_at
    clean, errors = _clean(merged, clock.now(), check_pickup=new_pickup)
    if "collector_name" in values:
        if item.status != held.COLLECTED:
            errors["collector_name"] = tr("尚未领取。", "It has not been collected.")
        elif not (values["collector_name"] or "").strip():
            errors["collector_name"] = tr("请填写领取人姓名。", "Enter the name of who collected it.")
        clean["collector_name"] = (values["collector_name"] or "").strip()
    if not errors.get("tag_no") and "tag_no" in values and item.status in held.OPEN:
        if not clean["tag_no"]:
            errors["tag_no"] = tr("请填写寄存牌号。", "Enter the tag number.")
        else:
            twin = _tag_taken(clean["tag_no"], but=item.id)
            if twin is not None:
                errors["tag_no"] = _tag_error(twin)
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE and k != "expected_at"}
    if new_pickup:
        changes["expected_pickup"] = clean["expected_pickup"]
    return entry.correct(ctx, SPEC, item, changes, reason)


def notify(ctx: Ctx, item: DepositedItem, channel: str, outcome: str = "reached",
           note: str | None = None) -> DepositedItem:
    """A reminder to come and collect it (an overdue deposit)."""
    return held.notify(ctx, SPEC, item, channel, outcome, note)


def _same_person(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and "".join(a.split()).lower() == "".join(b.split()).lower()


def hand_over(ctx: Ctx, items: list[DepositedItem], *, condition_out: str = "same",
              condition_out_note: str | None = None, **collector) -> held.HandOver:
    """Give it back, the condition checked with the collector; anyone but the depositor shows an ID (F3)."""
    require(ctx, RECEPTIONIST)
    note = (condition_out_note or "").strip() or None
    if condition_out not in dict(CONDITIONS_OUT):
        raise ValidationError({"condition_out": tr("请选择领取时的状况。", "Choose the condition at collection.")})
    if condition_out != "same" and not note:
        raise ValidationError({"condition_out_note": tr("请写明损坏或缺失的情况(值班人员负责赔偿)。",
                                                        "Describe what is damaged or missing (the duty staff pay).")})
    collector.pop("require_id", None)
    name = collector.get("collector_name")
    needs_id = any(not _same_person(name, item.depositor_name) for item in items)
    with db.atomic():
        handed = held.hand_over(ctx, SPEC, items, require_id=needs_id, **collector)
        for item in items:
            entry.change(ctx, SPEC, item, "condition_out",
                         {"condition_out": condition_out, "condition_out_note": note},
                         reason=str(dict(CONDITIONS_OUT)[condition_out].zh))
    return handed


def for_depositor(item: DepositedItem) -> list[DepositedItem]:
    """Everything the same person left and has not collected yet (given back in one step)."""
    query = held.open_items(DepositedItem).where(DepositedItem.depositor_name == item.depositor_name)
    if item.depositor_phone:
        query = query.where(DepositedItem.depositor_phone == item.depositor_phone)
    return list(query.order_by(DepositedItem.id))


def hand_on(ctx: Ctx, item: DepositedItem, how: str = "to_management", note: str | None = None) -> DepositedItem:
    """Never collected (or lost): recorded on the operator's step; a loss needs a note."""
    if how == "lost" and not (note or "").strip():
        raise ValidationError({"note": tr("遗失须写明经过。", "Describe how it was lost.")})
    return held.return_item(ctx, SPEC, item, how, note, RETURN_HOWS)


def void(ctx: Ctx, item: DepositedItem, reason: str) -> DepositedItem:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, item, reason)


held.register_book("deposits", held.HeldBook(
    notify=notify, hand_over=hand_over, together=for_depositor, return_item=hand_on, return_hows=RETURN_HOWS))


def _overdue(now: datetime):
    """Past the expected pickup; or, with none given, held `held.deposit_days` days."""
    never_said = now - timedelta(days=settings.get("held.deposit_days"))
    return held.open_items(DepositedItem).where(
        (DepositedItem.expected_pickup.is_null(False) & (DepositedItem.expected_pickup <= now))
        | (DepositedItem.expected_pickup.is_null() & (DepositedItem.received_at <= never_said)))


def depositor_text(item: DepositedItem) -> str:
    return " ".join(p for p in (item.depositor_name, item.depositor_unit) if p)


def tag_data(item: DepositedItem, reprint: int) -> dict:
    """The tag (寄存牌): one half on the item, the stub with the depositor; its code opens the entry."""
    condition = str(dict(CONDITIONS_IN)[item.condition_in])
    if item.condition_note:
        condition += f"({item.condition_note})"
    return {
        "code": scan_code(SPEC, item.id), "title_zh": f"寄存牌 {item.tag_no}",
        "title_en": f"LEFT ITEM TAG {item.tag_no}",
        "rows": [
            ["牌号 Tag", item.tag_no],
            ["寄存人 Depositor", depositor_text(item)],
            ["电话 Phone", mask_phone(item.depositor_phone)],
            ["物品 Items", f"{item.items} × {item.item_count}"],
            ["状况 Condition", condition],
            ["寄存 Left", clock.local_text(item.received_at)],
            ["预计领取 Pickup", clock.local_text(item.expected_pickup)],
            ["代领人 Collected by", item.recipient_name or ""],
            ["存放 Kept", item.storage or ""],
        ],
        "footer": "凭此牌领取;他人代领须出示有效证件 Collect with this tag; anyone else shows a valid ID",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def search_fields(item: DepositedItem):
    return ([item.depositor_name, item.recipient_name, item.collector_name],
            [item.items, item.depositor_unit, item.condition_note, item.note],
            [item.tag_no, item.depositor_phone, item.storage])


def summary(item: DepositedItem) -> str:
    return f"{scan_code(SPEC, item.id)} #{item.tag_no} {item.items} × {item.item_count} ({item.depositor_name})"


SPEC = register(LogbookSpec(
    key="deposits",
    order=50,
    title=tr("寄存物品", "Deposited items"),
    group="held",
    model=DepositedItem,
    form="deposit_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("tag_no", tr("牌号", "Tag"), 50),
        Column("received_at", tr("寄存时间", "Left"), 120, "time"),
        Column("depositor_name", tr("寄存人", "Depositor"), 80),
        Column("depositor_phone", tr("电话", "Phone"), 100, "masked_phone"),
        Column("depositor_unit", tr("单元/公司", "Unit / company"), 110),
        Column("items", tr("物品", "Items"), 120),
        Column("item_count", tr("件数", "Pieces"), 45, "int"),
        Column("condition_in", tr("寄存时状况", "Condition in"), 80, "choice", CONDITIONS_IN),
        Column("expected_pickup", tr("预计领取", "Expected pickup"), 120, "time"),
        Column("collector_name", tr("领取人", "Collected by"), 80),
        Column("condition_out", tr("领取时状况", "Condition out"), 80, "choice", CONDITIONS_OUT),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=deposit,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("void", tr("作废", "Void"), void, SUPERVISOR, held.OPEN + (held.COLLECTED, held.RETURNED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("overdue", tr("寄存物品超时未取", "Not collected when expected"), "overdue", _overdue),
    ),
    documents=(Document("tag", tr("寄存牌", "Deposit tag"), tag_data, "held_slip"),),
    field_titles={**held.FIELD_TITLES, "received_at": tr("寄存时间", "Left"),
                  "expected_pickup": tr("预计领取", "Expected pickup"),
                  "condition_out": tr("领取时状况", "Condition at collection"),
                  "condition_out_note": tr("领取时说明", "Collection notes"),
                  "recipient_name": tr("代领人", "Collected by (named)")},
    code_prefix="D",
    open_items=held.handed_on(DepositedItem, tr("寄存中的物品", "Deposited items held"), custody=True),
    search_fields=search_fields,
    summary=summary,
    monthly=held_monthly.hook(DepositedItem, held_monthly.days("held.deposit_days"), own_deadline="expected_pickup"),
))
