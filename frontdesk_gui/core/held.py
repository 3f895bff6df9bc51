"""What the desk holds for others (CATALOGUE A03, A08, A09, A21, A53, A55): one life for every such logbook.

Something arrives for someone (a parcel, a fax, a message, a found item, a deposited bag) -> they are told
(each attempt logged: how, when, who, with what outcome) -> they collect it (who, ID checked, signed on the
printed slip or on screen), several items for one person in one step -> or, after a deadline, it goes back
(to the post office, the police, the archive, the bin), always by an operator's step: the program lists
what is overdue and never changes a status by itself.

A logbook's model subclasses HeldItem and its spec is passed to the functions here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import AutoField, BlobField, CharField, ForeignKeyField, IntegerField, TextField

from frontdesk_gui.core import clock, entry, settings
from frontdesk_gui.core.auth import RECEPTIONIST, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.identity import ID_TYPES
from frontdesk_gui.core.models import Operator, Shift
from frontdesk_gui.core.spec import OpenItems
from frontdesk_gui.core.text import Text, tr

WAITING, NOTIFIED, COLLECTED, RETURNED = "waiting", "notified", "collected", "returned"
OPEN = (WAITING, NOTIFIED)
STATUSES = {
    WAITING: tr("待通知", "To notify"), NOTIFIED: tr("已通知", "Notified"), COLLECTED: tr("已领取", "Collected"),
    RETURNED: tr("已退回/处理", "Returned / disposed"), entry.VOIDED: tr("已作废", "Void"),
}
CHANNELS = (
    ("phone", tr("电话", "Phone")), ("sms", tr("短信", "SMS")), ("intercom", tr("对讲", "Intercom")),
    ("steward", tr("片区管理员", "Area steward")), ("in_person", tr("当面告知", "In person")),
)
OUTCOMES = (
    ("reached", tr("已告知", "Told")), ("message_left", tr("已留言", "Message left")),
    ("no_answer", tr("无人接听", "No answer")), ("wrong_number", tr("号码有误", "Wrong number")),
)
# Outcomes after which the recipient knows: the item counts as notified.
TOLD = ("reached", "message_left")
ID_CHECKS = (("none", tr("未查验证件", "No ID checked")),) + ID_TYPES
SIGNED_ON = (("paper", tr("纸质单据签名", "Signed on the printed slip")),
             ("screen", tr("屏幕签名", "Signed on screen")),
             ("unsigned", tr("未签名(电话/口头转达)", "Not signed (told by phone)")))


@dataclass(frozen=True)
class HeldBook:
    """How one held logbook does the shared steps, so one set of screens serves them all.

    notify(ctx, item, channel, outcome, note); hand_over(ctx, items, **collector) -> HandOver;
    together(item) -> the items handed over with it; return_item(ctx, item, how, note);
    return_hows: the ways it can go back; steward_round() -> what a steward signs out at once (or None).
    """

    notify: Callable
    hand_over: Callable
    together: Callable
    return_item: Callable
    return_hows: tuple[tuple[str, Text], ...]
    steward_round: Callable | None = None
    # A message read out over the phone has nobody to sign; a parcel always does.
    unsigned_allowed: bool = False


_books: dict[str, HeldBook] = {}


def register_book(key: str, book: HeldBook) -> HeldBook:
    _books[key] = book
    return book


def book(key: str) -> HeldBook | None:
    """The held-item steps of a logbook, or None for a logbook that holds nothing."""
    from frontdesk_gui.core import spec

    spec.load_all()
    return _books.get(key)


class HandOver(BaseModel):
    """One collection at the counter: who took what, with which ID, and their signature."""

    id = AutoField()
    at = UtcDateTimeField()
    operator = ForeignKeyField(Operator, backref="+", index=False)
    shift = ForeignKeyField(Shift, null=True, backref="+", index=False)
    logbook = CharField()
    collector_name = CharField()
    # The area steward signing out many recipients' items (A09), or the recipient / someone for them.
    collector_role = CharField(default="recipient")
    id_checked = CharField(default="none")
    signed_on = CharField(default="paper")
    # PNG of a signature drawn on screen (mouse or pen), kept with the hand-over.
    signature_png = BlobField(null=True)

    class Meta:
        table_name = "hand_over"


class Notification(BaseModel):
    """One attempt to tell a recipient that something is waiting."""

    id = AutoField()
    logbook = CharField()
    entry_id = IntegerField()
    at = UtcDateTimeField()
    operator = ForeignKeyField(Operator, backref="+", index=False)
    channel = CharField()
    outcome = CharField()
    note = TextField(null=True)

    class Meta:
        table_name = "notification"
        indexes = ((("logbook", "entry_id"), False),)


class HeldItem(Entry):
    """The fields every held item has; a logbook adds its own (tracking number, pages, the message)."""

    recipient_name = CharField(null=True)
    recipient_company = CharField(null=True)
    recipient_unit = CharField(null=True)
    recipient_phone = CharField(null=True)
    received_at = UtcDateTimeField(index=True)
    storage = CharField(null=True)
    notified_at = UtcDateTimeField(null=True)
    notify_attempts = IntegerField(default=0)
    collected_at = UtcDateTimeField(null=True)
    collector_name = CharField(null=True)
    hand_over = ForeignKeyField(HandOver, null=True, backref="+", index=False)
    returned_at = UtcDateTimeField(null=True)
    returned_how = CharField(null=True)
    returned_note = TextField(null=True)


def receive(ctx: Ctx, spec, item: HeldItem) -> HeldItem:
    """Log what arrived: it waits to be notified."""
    require(ctx, RECEPTIONIST)
    if item.received_at is None:
        item.received_at = clock.now()
    return entry.create(ctx, spec, item, status=WAITING)


def _live(item: HeldItem) -> None:
    if item.status == COLLECTED:
        raise StateError(tr("已经领取,不能重复交付。", "This was already collected; it cannot be handed over twice."))
    if item.status == RETURNED:
        raise StateError(tr("已退回或处理。", "This was already returned or disposed of."))
    if item.voided:
        raise StateError(tr("该记录已作废。", "This entry is void."))


def notify(ctx: Ctx, spec, item: HeldItem, channel: str, outcome: str = "reached", note: str | None = None) -> HeldItem:
    """Log one attempt to tell the recipient; a told recipient makes the item 'notified'."""
    require(ctx, RECEPTIONIST)
    _live(item)
    errors: dict[str, Text] = {}
    if channel not in dict(CHANNELS):
        errors["channel"] = tr("请选择通知方式。", "Please choose how they were told.")
    if outcome not in dict(OUTCOMES):
        errors["outcome"] = tr("请选择结果。", "Please choose the outcome.")
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    with db.atomic():
        Notification.create(logbook=spec.key, entry_id=item.id, at=now, operator=ctx.operator, channel=channel,
                            outcome=outcome, note=(note or "").strip() or None)
        changes = {"notify_attempts": item.notify_attempts + 1}
        if outcome in TOLD:
            changes.update(status=NOTIFIED, notified_at=now)
        how = f"{dict(CHANNELS)[channel].zh}/{dict(OUTCOMES)[outcome].zh}"
        entry.change(ctx, spec, item, "notify", changes, reason=how)
    return item


def notifications(spec, item: HeldItem) -> list[Notification]:
    return list(Notification.select().where((Notification.logbook == spec.key) & (Notification.entry_id == item.id))
                .order_by(Notification.id))


def hand_over(ctx: Ctx, spec, items: list[HeldItem], *, collector_name: str, id_checked: str = "none",
              collector_role: str = "recipient", signed_on: str = "paper", signature_png: bytes | None = None,
              require_id: bool = False, unsigned_allowed: bool = False) -> HandOver:
    """Hand one or more items to their collector in one step; an item already collected is refused."""
    require(ctx, RECEPTIONIST)
    if not items:
        raise ValidationError({"items": tr("请选择要交付的物品。", "Choose what is handed over.")})
    for item in items:
        _live(type(item).get_by_id(item.id))
    errors: dict[str, Text] = {}
    collector_name = (collector_name or "").strip()
    if not collector_name:
        errors["collector_name"] = tr("请填写领取人姓名。", "Enter the name of who collects it.")
    if id_checked not in dict(ID_CHECKS):
        errors["id_checked"] = tr("请选择查验的证件。", "Choose the ID that was checked.")
    elif require_id and id_checked == "none":
        errors["id_checked"] = tr("领取此物需查验证件。", "Collecting this needs an ID check.")
    if signed_on not in dict(SIGNED_ON):
        errors["signed_on"] = tr("请选择签名方式。", "Choose how it was signed.")
    elif signed_on == "screen" and not signature_png:
        errors["signature"] = tr("请在签名框内签名。", "Please sign in the signature box.")
    elif signed_on == "unsigned" and not unsigned_allowed:
        errors["signed_on"] = tr("领取需本人签名。", "Collecting this needs a signature.")
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    with db.atomic():
        handed = HandOver.create(at=now, operator=ctx.operator, shift=ctx.shift, logbook=spec.key,
                                 collector_name=collector_name, collector_role=collector_role, id_checked=id_checked,
                                 signed_on=signed_on, signature_png=signature_png if signed_on == "screen" else None)
        for item in items:
            entry.change(ctx, spec, item, "hand_over",
                         {"status": COLLECTED, "collected_at": now, "collector_name": collector_name,
                          "hand_over": handed})
    return handed


def return_item(ctx: Ctx, spec, item: HeldItem, how: str, note: str | None = None,
                hows: tuple[tuple[str, Text], ...] = ()) -> HeldItem:
    """It goes back (post office, police, sender, archive) or is disposed of, on the operator's step."""
    require(ctx, RECEPTIONIST)
    _live(item)
    if hows and how not in dict(hows):
        raise ValidationError({"how": tr("请选择处理方式。", "Choose what was done with it.")})
    return entry.change(ctx, spec, item, "return", {"status": RETURNED, "returned_at": clock.now(),
                                                     "returned_how": how,
                                                     "returned_note": (note or "").strip() or None})


def deadline(setting_key: str) -> timedelta:
    return timedelta(hours=settings.get(setting_key))


def open_items(model):
    return model.select().where(model.status.in_(OPEN))


def held_at(model, at: datetime):
    """Items the desk held at `at`, judged by their own times: arrived, not yet collected or returned."""
    return model.select().where(
        (model.status != entry.VOIDED) & (model.received_at <= at)
        & (model.collected_at.is_null() | (model.collected_at > at))
        & (model.returned_at.is_null() | (model.returned_at > at)))


def handed_on(model, what: Text, *, custody: bool, untold: Text | None = None) -> tuple[OpenItems, ...]:
    """What a held logbook hands to the next shift: with `untold`, the items nobody was told of yet
    apart from those waiting for collection, so that each item is listed once."""
    def told(at: datetime):
        query = held_at(model, at)
        if untold is None:
            return query
        return query.where(model.notified_at.is_null(False) & (model.notified_at <= at))

    def not_told(at: datetime):
        return held_at(model, at).where(model.notified_at.is_null() | (model.notified_at > at))

    waiting = (OpenItems("held", what, told, custody=custody),)
    return waiting if untold is None else (OpenItems("untold", untold, not_told, custody=custody),) + waiting


def overdue(model, setting_key: str):
    """An AttentionRule query: still held `setting_key` hours after it arrived (72 h: due at 72 h 0 min)."""
    def query(now: datetime):
        return open_items(model).where(model.received_at <= now - deadline(setting_key))
    return query


def to_notify(model):
    """An AttentionRule query: arrived and nobody told yet."""
    def query(now: datetime):
        return model.select().where(model.status == WAITING)
    return query


def recipient_of(suggestion) -> dict:
    """Form values from a directory suggestion (core.directory.suggest.Suggestion)."""
    return {"recipient_name": suggestion.name if suggestion.kind != "company" else "",
            "recipient_company": suggestion.company, "recipient_unit": suggestion.unit}


FIELD_TITLES = {
    "received_at": tr("收到时间", "Received"), "notified_at": tr("通知时间", "Notified"),
    "notify_attempts": tr("通知次数", "Notification attempts"), "collected_at": tr("领取时间", "Collected"),
    "collector_name": tr("领取人", "Collected by"), "hand_over": tr("交付记录", "Hand-over"),
    "returned_at": tr("退回/处理时间", "Returned / disposed"), "returned_how": tr("处理方式", "How"),
    "returned_note": tr("说明", "Note"),
}
CORRECTABLE = ("recipient_name", "recipient_company", "recipient_unit", "recipient_phone", "storage",
               "collector_name")
