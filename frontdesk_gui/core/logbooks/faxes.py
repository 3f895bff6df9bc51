"""进报记录本 — faxes received for tenants (CATALOGUE A03, B14), and the awaited-fax notes.

A fax arrives -> logged (date and time received, company, name, room, pages) -> the company is phoned
-> it is collected at the counter and the fee paid (pages x the price list's fax_in.page price at the
time it was received): at the counter with a receipt, signed to the company's account, or — where
money.pay_at.fax_in says so — at the finance office against its receipt number. The charge is raised
and settled in the same transaction as the hand-over.

Exceptions (B14): no company name on the fax -> 待查 (marked; the desk looks for the recipient); nobody
of that name or company in the building -> the 无收件人 slip is clipped to it. An untraceable or unclaimed
fax is archived after 3 days (held.faxes_hours), always by an operator's step.

A customer asking for a fax that has not come yet leaves an awaited-fax note (company or name, room,
phone); logging a fax that matches a waiting note tells the desk who is waiting, so it can phone them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from frontdesk_gui.core import audit, clock, entry, held, held_monthly
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.held import HeldItem
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.logbooks.parcels import in_roster
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges, prices
from frontdesk_gui.core.money.amounts import yuan
from frontdesk_gui.core.money.models import Charge, Receipt
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

KIND = "fax_in"
PRICE_ITEM = "fax_in.page"
HOURS = "held.faxes_hours"
ARCHIVED = "archived"
RETURN_HOWS = ((ARCHIVED, tr("归档", "Archived")),)
MARKS = (("unidentified", tr("待查", "To be checked")), ("no_recipient", tr("无收件人", "No recipient")))
# Charges of a fax that count as paid (or signed for): the fax cannot simply be voided then.
SETTLED = (charges.PAID, charges.SIGNED, charges.FINANCE, charges.ACCOUNT_SETTLED)


class IncomingFax(HeldItem):
    pages = IntegerField()
    sender_name = CharField(null=True)
    sender_number = CharField(null=True)
    # 待查: the fax carries no company name (B14: written at its top-right corner).
    unidentified = IntegerField(default=0)
    # 无收件人: nobody of that name or company in the building (B14: a slip clipped to the fax).
    no_recipient = IntegerField(default=0)
    # The price list's per-page price at the time received, and the fee it makes.
    unit_price_fen = IntegerField(default=0)
    fee_fen = IntegerField(default=0)
    note = TextField(null=True)

    class Meta:
        table_name = "incoming_fax"

    @property
    def received_time(self) -> str:
        """The time received as the form shows and takes it (local time)."""
        return clock.local_text(self.received_at) if self.received_at else ""

    @property
    def marks(self) -> str:
        return "、".join(str(title) for key, title in MARKS if getattr(self, key))


WAITING_NOTE, MATCHED, CANCELLED = "waiting", "matched", "cancelled"
AWAITED_STATUSES = {WAITING_NOTE: tr("等候中", "Waiting"), MATCHED: tr("已到已通知", "Arrived, told"),
                    CANCELLED: tr("已取消", "Cancelled")}


class AwaitedFax(BaseModel):
    """A customer asked for a fax that has not come: who, and how to reach them when it does (A03 step 5)."""

    id = AutoField()
    company = CharField(null=True)
    name = CharField(null=True)
    room = CharField(null=True)
    phone = CharField(null=True)
    note = TextField(null=True)
    asked_at = UtcDateTimeField()
    operator = ForeignKeyField(Operator, backref="+", index=False)
    status = CharField(default=WAITING_NOTE, index=True)
    matched_fax = ForeignKeyField(IncomingFax, null=True, backref="+", index=False)
    closed_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "awaited_fax"

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)

    def who(self) -> str:
        return " ".join(p for p in (self.company, self.name, self.room) if p)


FORM_FIELDS = (
    FormField("received_time", tr("收到时间(空=现在)", "Received (empty = now)")),
    FormField("recipient_company", tr("公司名称", "Company")),
    FormField("recipient_name", tr("姓名", "Name")),
    FormField("recipient_unit", tr("房号", "Room")),
    FormField("pages", tr("页数", "Pages"), required=True),
    FormField("recipient_phone", tr("联系电话", "Phone")),
    FormField("sender_name", tr("发件方", "From (sender)")),
    FormField("sender_number", tr("来电号码", "From fax number")),
    FormField("storage", tr("存放位置", "Kept in (folder)")),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = held.CORRECTABLE + ("received_time", "pages", "sender_name", "sender_number", "note")
# What a correction sets besides the form's fields: the time as stored, the fee, the marks.
DERIVED = ("received_at", "unit_price_fen", "fee_fen", "unidentified", "no_recipient")
FIELD_NAMES = tuple(f.name for f in FORM_FIELDS)


def price_per_page(when: datetime) -> int:
    """The fax_in.page price in fen at `when` (0 when the price list has none: no fee)."""
    item = prices.item(PRICE_ITEM)
    if item is None:
        return 0
    return prices.price_at(item, when) or 0


def parse_time(text: str | None, now: datetime) -> datetime:
    """'2026-11-23 09:15', '11-23 09:15' or '09:15' (today), local time -> UTC; raises ValueError."""
    moment = clock.parse_typed(text, now)
    if moment is None:
        raise ValueError(text)
    return moment


def _clean(values: dict, now: datetime) -> tuple[dict, dict[str, Text]]:
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in FIELD_NAMES}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    raw_time = v.pop("received_time")
    if raw_time is None:
        v["received_at"] = now
    else:
        try:
            v["received_at"] = parse_time(raw_time, now)
        except ValueError:
            v["received_at"] = None
            errors["received_time"] = tr("时间写作 09:15 或 2026-11-23 09:15。",
                                         "Write the time as 09:15 or 2026-11-23 09:15.")
        else:
            if v["received_at"] > now:
                errors["received_time"] = tr("收到时间不能晚于现在。", "The time received cannot be in the future.")
    try:
        v["pages"] = int(str(v["pages"]).strip()) if v["pages"] is not None else None
        if v["pages"] is None:
            errors["pages"] = tr("请填写页数。", "Please enter the number of pages.")
        elif not 1 <= v["pages"] <= 500:
            raise ValueError
    except ValueError:
        v["pages"] = None
        errors["pages"] = tr("页数应为 1 到 500 的整数。", "Pages: a whole number from 1 to 500.")
    if not (v["recipient_company"] or v["recipient_name"]):
        errors["recipient_name"] = tr("请填写传真上的公司名称或收件人姓名。",
                                      "Enter the company or the recipient's name on the fax.")
    v["recipient_phone"], phone_error = normalise_phone(v["recipient_phone"] or "")
    if phone_error:
        errors["recipient_phone"] = phone_error
    return v, errors


def _found(clean: dict) -> bool:
    """Whether the building knows the company (or the person) on the fax. A fax without a company name is
    待查 rather than 无收件人: the desk looks for the person first and marks it when nobody is found."""
    if not clean["recipient_company"]:
        return True
    return in_roster(clean["recipient_name"], clean["recipient_company"], clean["recipient_unit"])


def receive(ctx: Ctx, **values) -> IncomingFax:
    """Log a fax taken off the machine (进报记录本); priced at the time received."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values, clock.now())
    if errors:
        raise ValidationError(errors)
    unit = price_per_page(clean["received_at"])
    fax = IncomingFax(**clean, unidentified=0 if clean["recipient_company"] else 1,
                      no_recipient=0 if _found(clean) else 1, unit_price_fen=unit, fee_fen=unit * clean["pages"])
    return held.receive(ctx, SPEC, fax)


def correct(ctx: Ctx, fax: IncomingFax, reason: str, /, **values) -> IncomingFax:
    """Correct the details (a recipient found: the 待查 / 无收件人 marks go); the fee follows the pages."""
    require(ctx, RECEPTIONIST)
    if (values.get("received_time") or "").strip() in ("", fax.received_time):
        values.pop("received_time", None)  # the time as shown (to the minute) or left empty: unchanged
    merged = {name: getattr(fax, name) for name in FIELD_NAMES}
    merged.update({k: v for k, v in values.items() if k in merged})
    clean, errors = _clean(merged, clock.now())
    if "received_time" not in values:
        clean["received_at"] = fax.received_at
    if "collector_name" in values:
        if fax.status != held.COLLECTED:
            errors["collector_name"] = tr("尚未领取。", "It has not been collected.")
        elif not (values["collector_name"] or "").strip():
            errors["collector_name"] = tr("请填写领取人姓名。", "Enter the name of who collected it.")
        clean["collector_name"] = (values["collector_name"] or "").strip()
    if fax.status == held.COLLECTED and "pages" in values and clean["pages"] != fax.pages:
        errors["pages"] = tr("已领取并收费,页数不能再改。", "Collected and charged: the pages cannot change now.")
    if errors:
        raise ValidationError(errors)
    names = {k for k in values if k in CORRECTABLE} - {"received_time"}
    if "received_time" in values:
        names.add("received_at")
    changes = {k: clean[k] for k in names if clean[k] != getattr(fax, k)}
    if "pages" in changes or "received_at" in changes:
        changes["unit_price_fen"] = price_per_page(clean["received_at"])
        changes["fee_fen"] = changes["unit_price_fen"] * clean["pages"]
    if clean["recipient_company"] and fax.unidentified:
        changes["unidentified"] = 0
    if fax.no_recipient and clean["recipient_company"] and _found(clean):
        changes["no_recipient"] = 0
    return entry.correct(ctx, SPEC, fax, changes, reason)


def mark_no_recipient(ctx: Ctx, fax: IncomingFax) -> IncomingFax:
    """查无此人: checked and nobody found — the 无收件人 slip goes on the fax (B14)."""
    require(ctx, RECEPTIONIST)
    if fax.no_recipient:
        raise StateError(tr("已标记无收件人。", "Already marked as no recipient."))
    return entry.change(ctx, SPEC, fax, "no_recipient", {"no_recipient": 1})


def notify(ctx: Ctx, fax: IncomingFax, channel: str, outcome: str = "reached", note: str | None = None) -> IncomingFax:
    """Phone the company (or person); once told, any waiting note for this fax is closed as matched."""
    if fax.no_recipient:
        raise StateError(tr("无收件人的传真无人可通知;请先更正收件人,或到期归档。",
                            "Nobody to tell for a no-recipient fax: correct the recipient, or archive it when due."))
    with db.atomic():
        held.notify(ctx, SPEC, fax, channel, outcome, note)
        if outcome in held.TOLD:
            for waiting in waiting_for(fax):
                _close_note(ctx, waiting, MATCHED, fax)
    return fax


def notify_waiting(ctx: Ctx, fax: IncomingFax, waiting: AwaitedFax, channel: str = "phone",
                   outcome: str = "reached") -> IncomingFax:
    """Tell the customer who left a note that their fax has come (logged as a notification of the fax)."""
    note = tr("等候登记 #{id}: {who}", "Awaited-fax note #{id}: {who}").format(id=waiting.id, who=waiting.who())
    with db.atomic():
        notify(ctx, fax, channel, outcome, note.zh)
        if outcome in held.TOLD and AwaitedFax.get_by_id(waiting.id).status == WAITING_NOTE:
            _close_note(ctx, waiting, MATCHED, fax)
    return fax


@dataclass(frozen=True)
class Collected:
    hand_over: held.HandOver
    # The receipt (counter) or charge voucher (account); None when paid at the finance office or free.
    document: Receipt | None


def company_of(fax: IncomingFax) -> Company | None:
    if not fax.recipient_company:
        return None
    return Company.select().where((Company.name == fax.recipient_company) & Company.active).first()


def fee_line(fax: IncomingFax) -> dict:
    description = f"收传真 {scan_code(SPEC, fax.id)}"
    return charges.line(description, fax.pages, "page", fax.unit_price_fen, fax.fee_fen)


def collect(ctx: Ctx, faxes: list[IncomingFax], method: str | None = None, *, payer: str | None = None,
            finance_receipt_no: str | None = None, **collector) -> Collected:
    """Hand faxes over and take their fee in one transaction: the charge is raised and settled with the
    hand-over, or nothing is written at all."""
    given, faxes = faxes, [IncomingFax.get_by_id(f.id) for f in faxes]
    if any(f.no_recipient for f in faxes):
        raise StateError(tr("无收件人的传真不能交付;请先更正收件人。",
                            "A no-recipient fax cannot be handed over; correct the recipient first."))
    due = [f for f in faxes if f.fee_fen > 0]
    if due and not method:
        raise ValidationError({"method": tr("请选择付款方式。", "Please choose how it is paid.")})
    first = faxes[0] if faxes else None
    payer = (payer or collector.get("collector_name") or "").strip()
    with db.atomic():
        handed = held.hand_over(ctx, SPEC, faxes, **collector)
        document = None
        if due:
            company = company_of(first)
            raised = [charges.raise_charge(ctx, kind=KIND, source=SPEC.key, source_id=f.id, payer=payer,
                                           lines=[fee_line(f)], company=company,
                                           company_name=f.recipient_company) for f in due]
            document = charges.settle(ctx, raised, method, payer=payer, finance_receipt_no=finance_receipt_no)
    for fax in given:
        fax.__data__.update(IncomingFax.get_by_id(fax.id).__data__)
    return Collected(handed, document)


def hand_over(ctx: Ctx, faxes: list[IncomingFax], **collector) -> held.HandOver:
    """The shared hand-over step (HeldBook): the fee method comes with the collector's details."""
    return collect(ctx, faxes, **collector).hand_over


def fee_charges(fax: IncomingFax) -> list[Charge]:
    return [c for c in charges.for_source(SPEC.key, fax.id) if c.status != charges.VOIDED]


def open_fee(fax: IncomingFax) -> Charge | None:
    """A fee still owed: its receipt was voided after the fax was collected (settle it again)."""
    return next((c for c in fee_charges(fax) if c.status == charges.OPEN), None)


def settle_fee(ctx: Ctx, fax: IncomingFax, method: str, *, payer: str | None = None,
               finance_receipt_no: str | None = None) -> Receipt | None:
    charge = open_fee(fax)
    if charge is None:
        raise StateError(tr("这份传真没有待收的费用。", "This fax has no fee to settle."))
    return charges.settle(ctx, charge, method, payer=payer, finance_receipt_no=finance_receipt_no)


charges.register_kind(charges.Kind(KIND, tr("收传真费", "Fax collection fees"), "money.pay_at.fax_in"))


def for_recipient(fax: IncomingFax) -> list[IncomingFax]:
    """Everything still held for the same company (or person), collected together."""
    query = held.open_items(IncomingFax).where(IncomingFax.no_recipient == 0)
    if fax.recipient_company:
        query = query.where(IncomingFax.recipient_company == fax.recipient_company)
    elif fax.recipient_name:
        query = query.where(IncomingFax.recipient_name == fax.recipient_name)
    else:
        return [fax]
    found = list(query.order_by(IncomingFax.id))
    return found or [fax]


def archive(ctx: Ctx, fax: IncomingFax, how: str = ARCHIVED, note: str | None = None) -> IncomingFax:
    """Untraceable or unclaimed after 3 days: archived (归档), the operator's step."""
    return held.return_item(ctx, SPEC, fax, how, note, RETURN_HOWS)


def void(ctx: Ctx, fax: IncomingFax, reason: str) -> IncomingFax:
    require(ctx, SUPERVISOR, authorisable=True)
    reason = entry.require_reason(reason)
    if any(c.status in SETTLED for c in fee_charges(fax)):
        raise StateError(tr("该传真的费用已结算,请先作废收据或签单。",
                            "Its fee was settled: void the receipt or voucher first."))
    with db.atomic():
        for charge in fee_charges(fax):
            charges.void_charge(ctx, charge, reason)
        return entry.void(ctx, SPEC, fax, reason)


held.register_book("faxes", held.HeldBook(notify=notify, hand_over=hand_over, together=for_recipient,
                                          return_item=archive, return_hows=RETURN_HOWS))


# -- awaited faxes --------------------------------------------------------------------------------------
AWAIT_FIELDS = ("company", "name", "room", "phone", "note")


def await_fax(ctx: Ctx, **values) -> AwaitedFax:
    """Note a customer waiting for a fax that has not come (company or name, room, phone)."""
    require(ctx, RECEPTIONIST)
    v = {k: ((values.get(k) or "").strip() or None) for k in AWAIT_FIELDS}
    errors: dict[str, Text] = {}
    if not (v["company"] or v["name"]):
        errors["company"] = tr("请填写公司名称或客人姓名。", "Enter the company or the guest's name.")
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    if phone_error:
        errors["phone"] = phone_error
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        note = AwaitedFax.create(**{k: v[k] or None for k in AWAIT_FIELDS}, asked_at=clock.now(),
                                 operator=ctx.operator, status=WAITING_NOTE)
        audit.record(ctx, "create", "awaited_fax", note.id,
                     after={k: getattr(note, k) for k in ("company", "name", "room", "phone", "note")})
    return note


def _close_note(ctx: Ctx, note: AwaitedFax, status: str, fax: IncomingFax | None = None,
                reason: str | None = None) -> AwaitedFax:
    changes = {"status": status, "closed_at": clock.now(), "matched_fax": fax}
    with db.atomic():
        AwaitedFax.update(**changes).where(AwaitedFax.id == note.id).execute()
        audit.record(ctx, status, "awaited_fax", note.id, before={"status": note.status},
                     after={"status": status, "fax": fax.id if fax else None}, reason=reason)
    note.status, note.closed_at, note.matched_fax = status, changes["closed_at"], fax
    return note


def cancel_await(ctx: Ctx, note: AwaitedFax, reason: str | None = None) -> AwaitedFax:
    """The customer no longer waits (or the fax came another way)."""
    require(ctx, RECEPTIONIST)
    note = AwaitedFax.get_by_id(note.id)
    if note.status != WAITING_NOTE:
        raise StateError(tr("这条等候登记已结束。", "This note is already closed."))
    return _close_note(ctx, note, CANCELLED, reason=(reason or "").strip() or None)


def waiting_notes() -> list[AwaitedFax]:
    return list(AwaitedFax.select().where(AwaitedFax.status == WAITING_NOTE).order_by(AwaitedFax.asked_at))


def _same_company(a: str | None, b: str | None) -> bool:
    """The same company however it is written: one name inside the other (蓝天贸易 / 上海蓝天贸易有限公司)."""
    if not a or not b:
        return False
    a, b = a.replace(" ", "").lower(), b.replace(" ", "").lower()
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


def matches(note: AwaitedFax, fax: IncomingFax) -> bool:
    """A waiting note is for this fax when its company or its name is the fax's."""
    same_name = bool(note.name and fax.recipient_name and note.name.replace(" ", "") ==
                     fax.recipient_name.replace(" ", ""))
    return same_name or _same_company(note.company, fax.recipient_company)


def waiting_for(fax: IncomingFax) -> list[AwaitedFax]:
    """Who is waiting for this fax (the form offers to phone them now)."""
    if fax.status not in held.OPEN:
        return []
    return [note for note in waiting_notes() if matches(note, fax)]


# -- attention, slips, search ---------------------------------------------------------------------------
def _to_notify(now: datetime):
    return IncomingFax.select().where((IncomingFax.status == held.WAITING) & (IncomingFax.no_recipient == 0)
                                      & (IncomingFax.unidentified == 0))


def _to_check(now: datetime):
    return IncomingFax.select().where((IncomingFax.status == held.WAITING) & (IncomingFax.no_recipient == 0)
                                      & (IncomingFax.unidentified == 1))


def _archive_due(now: datetime):
    return held.overdue(IncomingFax, HOURS)(now)


def _fee_owed(now: datetime):
    owed = Charge.select(Charge.source_id).where((Charge.source == "faxes") & (Charge.status == charges.OPEN))
    return IncomingFax.select().where((IncomingFax.status == held.COLLECTED) & IncomingFax.id.in_(owed))


def recipient_text(fax: IncomingFax) -> str:
    return " ".join(p for p in (fax.recipient_company, fax.recipient_name, fax.recipient_unit) if p)


def _slip(fax: IncomingFax, reprint: int, title_zh: str, title_en: str, rows: list, footer: str) -> dict:
    return {"code": scan_code(SPEC, fax.id), "title_zh": title_zh, "title_en": title_en, "rows": rows,
            "footer": footer, "reprint": reprint, "language": "en" if language() == "en" else "zh"}


def no_recipient_data(fax: IncomingFax, reprint: int) -> dict:
    """无收件人: the slip clipped to the front of the fax; it goes in the folder, archived after 3 days."""
    due = clock.local_text(fax.received_at + held.deadline(HOURS))
    rows = [
        ["收件 Addressed to", recipient_text(fax) or "—"],
        ["页数 Pages", str(fax.pages)],
        ["发件方 From", " ".join(p for p in (fax.sender_name, fax.sender_number) if p) or "—"],
        ["收到 Received", clock.local_text(fax.received_at)],
        ["标记 Marks", fax.marks],
        ["归档 Archive on", due],
    ]
    return _slip(fax, reprint, "无收件人", "NO RECIPIENT", rows,
                 "查无此人,存于指定文件夹,三日后归档 Nobody found: kept in the folder, archived after 3 days")


def collection_slip_data(fax: IncomingFax, reprint: int) -> dict:
    """The collection slip (传真代收登记): who took it, the fee and how it was paid, for the collector's signature."""
    rows = [
        ["收件 Recipient", recipient_text(fax)],
        ["页数 Pages", str(fax.pages)],
        ["收到 Received", clock.local_text(fax.received_at)],
        ["费用 Fee", f"¥{yuan(fax.fee_fen)}"
         + (f" ({fax.pages} × ¥{yuan(fax.unit_price_fen)})" if fax.fee_fen else "")],
    ]
    paid = [c for c in fee_charges(fax) if c.status in SETTLED]
    if paid:
        charge = paid[0]
        document = charge.receipt or charge.voucher
        how = str(charges.STATUSES[charge.status])
        number = document.number if document else (charge.finance_receipt_no or "")
        rows.append(["付款 Paid", f"{how} {number}".strip()])
    if fax.collected_at:
        rows += [["领取人 Collected by", fax.collector_name or ""],
                 ["领取 Collected", clock.local_text(fax.collected_at)]]
    return _slip(fax, reprint, "传真领取单", "FAX COLLECTION", rows, "领取人签名 Collector's signature: ____________")


def search_fields(fax: IncomingFax):
    return ([fax.recipient_name, fax.collector_name], [fax.recipient_company, fax.sender_name, fax.note],
            [fax.recipient_unit, fax.recipient_phone, fax.sender_number, scan_code(SPEC, fax.id)])


def summary(fax: IncomingFax) -> str:
    marks = f" [{fax.marks}]" if fax.marks else ""
    return f"{scan_code(SPEC, fax.id)} {recipient_text(fax)} {fax.pages}页{marks}"


SPEC = register(LogbookSpec(
    key="faxes",
    order=20,
    title=tr("进报记录本", "Incoming faxes"),
    group="held",
    model=IncomingFax,
    form="fax_form",
    form_fields=FORM_FIELDS,
    statuses=held.STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("received_at", tr("进报时间", "Received"), 120, "time"),
        Column("recipient_company", tr("公司名称", "Company"), 150),
        Column("recipient_name", tr("姓名", "Name"), 75),
        Column("recipient_unit", tr("房号", "Room"), 60),
        Column("pages", tr("页数", "Pages"), 45, "int"),
        Column("marks", tr("标记", "Marks"), 75),
        Column("fee_fen", tr("费用", "Fee"), 60, "money"),
        Column("sender_number", tr("来电号码", "From"), 100),
        Column("collector_name", tr("领取人", "Collected by"), 80),
        Column("collected_at", tr("领取时间", "Collected"), 120, "time"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(held.STATUSES.items())),
    ),
    create=receive,
    correct=correct,
    correctable=CORRECTABLE + DERIVED,
    actions=(
        Action("no_recipient", tr("无收件人", "No recipient"), mark_no_recipient, RECEPTIONIST, held.OPEN,
               applies=lambda fax: not fax.no_recipient,
               confirm=tr("已查无此人?将打印无收件人单。", "Checked and nobody found? The no-recipient slip prints.")),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, held.OPEN + (held.COLLECTED, held.RETURNED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("to_notify", tr("传真待通知", "Faxes to notify"), "now", _to_notify),
        AttentionRule("to_check", tr("待查传真(无公司名)", "Faxes to check (no company)"), "now", _to_check),
        AttentionRule("archive_due", tr("传真超过 3 天未领取,应归档", "Faxes held 3 days: archive"), "overdue",
                      _archive_due),
        AttentionRule("fee_owed", tr("已领取传真费用未收", "Fax fee still owed"), "due_soon", _fee_owed),
    ),
    documents=(
        Document("no_recipient", tr("无收件人单", "No-recipient slip"), no_recipient_data, "held_slip",
                 applies=lambda fax: bool(fax.no_recipient)),
        Document("collection_slip", tr("传真领取单", "Collection slip"), collection_slip_data, "held_slip",
                 applies=lambda fax: not fax.no_recipient),
    ),
    field_titles={**held.FIELD_TITLES, "unidentified": tr("待查", "To be checked"),
                  "no_recipient": tr("无收件人", "No recipient"),
                  "unit_price_fen": tr("每页价格(分)", "Price per page (fen)"),
                  "fee_fen": tr("费用(分)", "Fee (fen)")},
    code_prefix="X",
    open_items=held.handed_on(IncomingFax, tr("传真待领取", "Faxes waiting for collection"), custody=False,
                              untold=tr("传真未通知收件人", "Faxes whose recipient is not told yet")),
    search_fields=search_fields,
    summary=summary,
    monthly=held_monthly.hook(IncomingFax, held_monthly.hours(HOURS)),
))
