"""电话记录 / 电话留言 — telephone messages taken for someone who is not there (CATALOGUE A21).

A complete record has eight fields (A21): for whom (受话人, with the company / unit from the directory), the
caller's name and company, the caller's phone and extension, the caller's city, the message, what the
caller asks for (call back, will call again, urgent, nothing), the date and time of the call (default: the
moment it is saved; typed when the message is written up afterwards) and who took it (the operator who
saves it: `created_by`). The important part is read back to the caller before saving (A21); a message
must never reach the wrong person (A21, `002:134`).

A message is something the desk holds for someone, so it lives the shared held life (core.held):

* received: the call itself; `received_at` is the time of the call.
* notify: each attempt to tell the recipient that a message is waiting (phoned their office, SMS,
  intercom...). "No answer" keeps it waiting; "told" or "message left" makes it notified.
* hand_over = delivered: the message reached a person: the slip handed over, or the text read out to them
  on the phone. `collector_name` is who received it (the recipient, or a colleague taking it for them),
  `collector_role` "recipient". Several messages for one person are delivered in one step.
* return_item = lapsed: it is no longer needed (the caller reached them directly, the matter is over),
  nobody of that name works here, or it is filed unread after it lost its point.

Attention: an urgent message is to be delivered now; a "please call back" one is due (the caller waits for
the call). Both are overdue when still undelivered `held.messages_hours` after the call (default 2 hours);
a message that only informs waits quietly. The program lists them; an operator's step changes the status.

Phone numbers are masked wherever shown or printed (138****5678); the full number is revealed to a
supervisor (or with one's authorisation), audited, like every personal number.

Not here: the work notebook of questions awaiting an answer (A22) and the note left on an empty desk (A23).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from peewee import CharField, TextField

from frontdesk_gui.core import clock, entry, held, held_monthly, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import ValidationError
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

CALL_BACK, CALL_AGAIN, URGENT, NO_ACTION = "call_back", "call_again", "urgent", "none"
REQUESTS = (
    (CALL_BACK, tr("请回电", "Please call back")),
    (CALL_AGAIN, tr("会再来电", "Will call again")),
    (URGENT, tr("紧急", "Urgent")),
    (NO_ACTION, tr("无需回复", "No reply needed")),
)
RETURN_HOWS = (
    ("no_longer_needed", tr("不再需要", "No longer needed")),
    ("reached_directly", tr("对方已直接联系上", "The caller reached them directly")),
    ("no_such_person", tr("查无此人", "Nobody of that name here")),
    ("filed", tr("逾期未取,存档", "Not collected, filed")),
)
# What makes a message an attention item; a message that only informs waits quietly.
NEEDS_ATTENTION = (URGENT, CALL_BACK)
STATUSES = {**held.STATUSES, held.COLLECTED: tr("已送达", "Delivered"), held.RETURNED: tr("已失效", "Lapsed")}
# A call time typed this far ahead of the clock is a typing mistake, not a clock a minute off.
FUTURE_SLACK = timedelta(minutes=5)
EXTENSION = re.compile(r"\d{1,6}")


class PhoneMessage(HeldItem):
    caller_name = CharField(null=True)
    caller_company = CharField(null=True)
    caller_phone = CharField(null=True)
    caller_ext = CharField(null=True)
    caller_city = CharField(null=True)
    message = TextField(null=True)
    request = CharField()

    class Meta:
        table_name = "phone_message"

    @property
    def message_line(self) -> str:
        """The message on one line, for the table."""
        return " / ".join(line.strip() for line in (self.message or "").splitlines() if line.strip())

    @property
    def recorded_by(self) -> str:
        return self.created_by.display_name


# In the order of the paper form (A21).
FORM_FIELDS = (
    FormField("recipient_name", tr("受话人", "Message for")),
    FormField("recipient_company", tr("公司/部门", "Company / department")),
    FormField("recipient_unit", tr("单元/房号", "Unit / room")),
    FormField("caller_name", tr("来电人", "Caller")),
    FormField("caller_company", tr("来电单位", "Caller's company")),
    FormField("caller_phone", tr("来电号码", "Caller's phone")),
    FormField("caller_ext", tr("分机", "Extension")),
    FormField("caller_city", tr("所在城市", "Caller's city")),
    FormField("message", tr("留言内容", "Message")),
    FormField("request", tr("对方要求", "Caller asks"), required=True, choices=REQUESTS),
    FormField("received_at", tr("通话时间", "Time of the call")),
)
CORRECTABLE = held.CORRECTABLE + ("caller_name", "caller_company", "caller_phone", "caller_ext", "caller_city",
                                  "message", "request", "received_at")


def parse_call_time(value, *, now: datetime | None = None) -> tuple[datetime | None, Text | None]:
    """The time of the call as typed: blank (now), 14:05 (today), 2026-11-23 14:05, or a datetime."""
    now = now or clock.now()
    if value in (None, ""):
        return now, None
    try:
        at = clock.parse_typed(value, now)
    except ValueError:
        return None, tr("时间格式如 14:05 或 2026-11-23 14:05;留空为现在。",
                        "Type the time like 14:05 or 2026-11-23 14:05; blank is now.")
    if at > now + FUTURE_SLACK:
        return None, tr("通话时间不能晚于现在。", "The call cannot be later than now.")
    return at, None


def _clean(values: dict, *, now: datetime | None = None) -> tuple[dict, dict[str, Text]]:
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    if not (v["recipient_name"] or v["recipient_company"] or v["recipient_unit"]):
        errors["recipient_name"] = tr("请填写受话人(或其公司、单元)。",
                                      "Enter who the message is for (or their company or unit).")
    if not (v["caller_name"] or v["caller_company"]):
        errors["caller_name"] = tr("请填写来电人姓名或单位。", "Enter the caller's name or company.")
    phone, phone_error = normalise_phone(v["caller_phone"] or "")
    if phone_error:
        errors["caller_phone"] = phone_error
    else:
        # 0755-26881234 转 802 typed in one box: the extension goes to its own field.
        phone, _, typed_ext = phone.partition("-")
        v["caller_ext"] = v["caller_ext"] or typed_ext or None
        v["caller_phone"] = phone or None
    if v["caller_ext"]:
        v["caller_ext"] = re.sub(r"^(转|ext\.?|x|#)\s*", "", v["caller_ext"], flags=re.IGNORECASE)
        if not EXTENSION.fullmatch(v["caller_ext"]):
            errors["caller_ext"] = tr("分机号为 1 到 6 位数字。", "An extension is 1 to 6 digits.")
    if v["request"] not in dict(REQUESTS):
        errors["request"] = tr("请选择对方的要求(回电、再来电、紧急或无需回复)。",
                               "Choose what the caller asks for (call back, will call again, urgent or nothing).")
    elif v["request"] == CALL_BACK and not v["caller_phone"] and "caller_phone" not in errors:
        errors["caller_phone"] = tr("请回电的留言需要来电号码。", "A call-back message needs the caller's number.")
    if v["message"] is None and v["request"] in (URGENT, NO_ACTION):
        errors["message"] = tr("请写下留言内容。", "Write down the message.")
    if v["message"] and len(v["message"]) > 2000:
        errors["message"] = tr("留言不超过 2000 字。", "A message has at most 2000 characters.")
    v["received_at"], time_error = parse_call_time(v["received_at"], now=now)
    if time_error:
        errors["received_at"] = time_error
    return v, errors


def take(ctx: Ctx, **values) -> PhoneMessage:
    """Write down a message taken on the phone (read back to the caller first, A21)."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values)
    if errors:
        raise ValidationError(errors)
    return held.receive(ctx, SPEC, PhoneMessage(**clean))


def correct(ctx: Ctx, message: PhoneMessage, reason: str, /, **values) -> PhoneMessage:
    """Correct a detail (a wrong number, the wrong recipient, who it was delivered to), with a reason."""
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(message, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in merged})
    # The form shows the call time to the minute: unchanged text keeps the stored seconds.
    if isinstance(merged["received_at"], str) and merged["received_at"].strip() == clock.local_text(
            message.received_at):
        merged["received_at"] = message.received_at
    clean, errors = _clean(merged, now=max(clock.now(), message.received_at))
    if "collector_name" in values:
        if message.status != held.COLLECTED:
            errors["collector_name"] = tr("留言尚未送达。", "The message has not been delivered.")
        elif not (values["collector_name"] or "").strip():
            errors["collector_name"] = tr("请填写收到留言的人。", "Enter who received the message.")
        clean["collector_name"] = (values["collector_name"] or "").strip()
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE}
    if "caller_phone" in values and "caller_ext" not in values and clean["caller_ext"] != message.caller_ext:
        changes["caller_ext"] = clean["caller_ext"]
    with db.atomic():
        return entry.correct(ctx, SPEC, message, changes, reason)


def notify(ctx: Ctx, message: PhoneMessage, channel: str, outcome: str = "reached",
           note: str | None = None) -> PhoneMessage:
    """One attempt to tell the recipient a message is waiting (told / left word / no answer)."""
    return held.notify(ctx, SPEC, message, channel, outcome, note)


def deliver(ctx: Ctx, messages: list[PhoneMessage], **collector) -> held.HandOver:
    """The message reached a person: the slip handed over or the text read out to them.

    `collector_name` is who received it; `collector_role` "recipient" unless told otherwise.
    """
    collector.setdefault("collector_role", "recipient")
    # Nobody shows an ID for a message; the shared dialog leaves the choice blank.
    collector["id_checked"] = collector.get("id_checked") or "none"
    return held.hand_over(ctx, SPEC, messages, unsigned_allowed=True, **collector)


def lapse(ctx: Ctx, message: PhoneMessage, how: str = "no_longer_needed", note: str | None = None) -> PhoneMessage:
    """It is no longer needed, nobody of that name is here, or it is filed unread."""
    return held.return_item(ctx, SPEC, message, how, note, RETURN_HOWS)


def no_longer_needed(ctx: Ctx, message: PhoneMessage) -> PhoneMessage:
    return lapse(ctx, message, "no_longer_needed")


def reveal_phone(ctx: Ctx, message: PhoneMessage) -> Text:
    """The caller's whole number, to return the call; a supervisor's (or with their approval), audited."""
    number = entry.reveal(ctx, SPEC, message, "caller_phone")
    if number and message.caller_ext:
        number = f"{number} 转 {message.caller_ext}"
    return Text(f"来电号码:{number or '(未登记)'}", f"Caller's number: {number or '(none recorded)'}")


def void(ctx: Ctx, message: PhoneMessage, reason: str) -> PhoneMessage:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, message, reason)


def for_recipient(message: PhoneMessage) -> list[PhoneMessage]:
    """Every message still held for the same person (delivered together)."""
    same = None
    for name in ("recipient_name", "recipient_company", "recipient_unit"):
        value = getattr(message, name)
        if value:
            condition = getattr(PhoneMessage, name) == value
            same = condition if same is None else same & condition
    if same is None:
        return [message]
    return list(held.open_items(PhoneMessage).where(same).order_by(PhoneMessage.id))


held.register_book("messages", held.HeldBook(
    notify=notify, hand_over=deliver, together=for_recipient, return_item=lapse, return_hows=RETURN_HOWS,
    unsigned_allowed=True))


# -- attention --------------------------------------------------------------------------------------
def _urgent(now: datetime):
    return held.open_items(PhoneMessage).where(PhoneMessage.request == URGENT)


def _call_back(now: datetime):
    return held.open_items(PhoneMessage).where(PhoneMessage.request == CALL_BACK)


def _undelivered(now: datetime):
    """Urgent and call-back messages still undelivered `held.messages_hours` after the call (2 h: at 2:00)."""
    return held.overdue(PhoneMessage, "held.messages_hours")(now).where(PhoneMessage.request.in_(NEEDS_ATTENTION))


# -- what is shown, printed and searched ---------------------------------------------------------------
def recipient_text(message: PhoneMessage) -> str:
    return " ".join(p for p in (message.recipient_company, message.recipient_name, message.recipient_unit) if p)


def caller_text(message: PhoneMessage) -> str:
    return " ".join(p for p in (message.caller_company, message.caller_name) if p)


def phone_text(message: PhoneMessage) -> str:
    """The caller's number masked, with the extension (138****5678 转 802)."""
    shown = mask_phone(message.caller_phone)
    if message.caller_ext:
        shown = f"{shown} 转 {message.caller_ext}" if shown else f"转 {message.caller_ext}"
    return shown


def slip_data(message: PhoneMessage, reprint: int) -> dict:
    """The message slip (电话留言单) for the recipient's pigeonhole: the eight fields of A21."""
    return {
        "counter_name": settings.get("counter.name"),
        "code": scan_code(SPEC, message.id), "title_zh": "电话留言", "title_en": "TELEPHONE MESSAGE",
        "rows": [
            ["受话人 For", recipient_text(message)],
            ["来电人 Caller", caller_text(message)],
            ["电话 Phone", phone_text(message)],
            ["城市 City", message.caller_city or ""],
            ["要求 Asks", str(dict(REQUESTS)[message.request])],
            ["通话 Called at", clock.local_text(message.received_at)],
            ["记录人 Taken by", message.recorded_by],
            ["", message.message or ""],
        ],
        "footer": "留言已向来电人复述确认 Read back to the caller",
        "reprint": reprint,
        "operator": message.recorded_by,
        "printed_at": clock.local_text(clock.now()),
        "language": "en" if language() == "en" else "zh",
    }


def search_fields(message: PhoneMessage):
    return ([message.recipient_name, message.caller_name, message.collector_name],
            [message.recipient_company, message.caller_company, message.caller_city, message.message],
            [message.caller_phone, message.caller_ext, message.recipient_unit])


def summary(message: PhoneMessage) -> str:
    text = message.message_line
    text = text if len(text) <= 24 else text[:23] + "…"
    return f"{scan_code(SPEC, message.id)} {caller_text(message)} → {recipient_text(message)}: {text}"


SPEC = register(LogbookSpec(
    key="messages",
    order=30,
    title=tr("电话留言", "Phone messages"),
    group="held",
    model=PhoneMessage,
    form="message_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("received_at", tr("通话时间", "Call time"), 120, "time"),
        Column("recipient_name", tr("受话人", "For"), 75),
        Column("recipient_company", tr("公司/部门", "Company"), 120),
        Column("caller_name", tr("来电人", "Caller"), 75),
        Column("caller_company", tr("来电单位", "Caller's company"), 120),
        Column("caller_phone", tr("来电号码", "Phone"), 100, "masked_phone"),
        Column("caller_ext", tr("分机", "Ext."), 45),
        Column("request", tr("要求", "Asks"), 70, "choice", REQUESTS),
        Column("message_line", tr("留言", "Message"), 240),
        Column("caller_city", tr("城市", "City"), 55),
        Column("recorded_by", tr("记录人", "Taken by"), 70),
        Column("collector_name", tr("收到人", "Received by"), 75),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=take,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("reveal_phone", tr("查看完整号码", "Show full number"), reveal_phone, SUPERVISOR,
               held.OPEN + (held.COLLECTED, held.RETURNED), authorisable=True),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, held.OPEN + (held.COLLECTED, held.RETURNED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("urgent", tr("紧急留言待送达", "Urgent message to deliver"), "now", _urgent),
        AttentionRule("call_back", tr("请回电留言待送达", "Call-back message to deliver"), "due_soon", _call_back),
        AttentionRule("undelivered", tr("留言超时未送达", "Message still undelivered"), "overdue",
                      _undelivered),
    ),
    documents=(
        Document("message_slip", tr("电话留言单", "Message slip"), slip_data, "held_slip"),
    ),
    field_titles={**held.FIELD_TITLES, "received_at": tr("通话时间", "Time of the call"),
                  "collected_at": tr("送达时间", "Delivered"), "collector_name": tr("收到人", "Received by"),
                  "returned_at": tr("失效时间", "Lapsed"), "returned_how": tr("失效原因", "Why it lapsed")},
    code_prefix="M",
    open_items=held.handed_on(PhoneMessage, tr("留言已通知未送达", "Messages told of, not delivered"),
                              custody=False, untold=tr("留言未送达", "Messages not passed on yet")),
    search_fields=search_fields,
    summary=summary,
    monthly=held_monthly.hook(PhoneMessage, held_monthly.hours("held.messages_hours"),
                               with_deadline=PhoneMessage.request.in_(NEEDS_ATTENTION)),
))
