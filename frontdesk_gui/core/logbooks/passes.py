"""住户证 / 租户证 / 临时出入证 / 门禁卡 — passes and access cards issued at the counter (CATALOGUE A24-A28,
A30, B10, F2).

- Resident card (住户证): free; the owner, or someone the owner authorised in a signed letter (委托证明书).
- Tenant card (租户证): lease and ID seen, one photo; deposit 10 + card fee 5 yuan; valid at most a year and
  never past the lease; renewed for 2 yuan; listed on the rented-units list (出租单元一览表, A28).
- Renovation temporary pass (装修临时出入证): the owner brings the worker (ID and photo seen); deposit 10 +
  fee 5 yuan; valid at most 3 months; renewed for 5 yuan.
- Access card (门禁卡): lent against a deposit, due back like a key; returning it refunds the deposit.

Fees and deposits go through core.money.charges in the same transaction as the issue (a receipt at the
counter, or the finance office's receipt number where money.pay_at.pass says so). Returning a card refunds
its deposit with a refund voucher tied to the receipt that took it; a lost card keeps the deposit.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import CharField, DateField, IntegerField, TextField

from frontdesk_gui.core import clock, entry, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.entry import VOIDED, Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.identity import ID_TYPES, mask_id, mask_phone, normalise_id, normalise_phone
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, METHOD_TITLES, yuan
from frontdesk_gui.core.money.models import Charge, Receipt
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

RESIDENT, TENANT, RENOVATION, ACCESS = "resident", "tenant", "renovation", "access"
KINDS = (
    (RESIDENT, tr("住户证", "Resident card")),
    (TENANT, tr("租户证", "Tenant card")),
    (RENOVATION, tr("装修临时出入证", "Renovation temporary pass")),
    (ACCESS, tr("门禁卡", "Access card")),
)
KIND_TITLES = dict(KINDS)
ACTIVE, RETURNED, LOST = "active", "returned", "lost"
STATUSES = {ACTIVE: tr("在用", "In use"), RETURNED: tr("已交回", "Returned"), LOST: tr("已遗失", "Lost"),
            VOIDED: tr("已作废", "Void")}
PAY_METHODS = tuple((m, METHOD_TITLES[m]) for m in COUNTER_METHODS + ("finance",))
FEE_KIND, DEPOSIT_KIND = "pass_fee", "pass_deposit"
DATE_FIELDS = ("valid_from", "valid_until", "lease_from", "lease_until")


@dataclass(frozen=True)
class Rules:
    """What one kind of pass costs and how long it may run (amounts and lengths are settings)."""

    deposit: str | None = None
    fee: str | None = None
    renewal: str | None = None
    months: str | None = None
    days: str | None = None


RULES = {
    RESIDENT: Rules(),
    TENANT: Rules("passes.tenant_deposit_fen", "passes.tenant_fee_fen", "passes.tenant_renewal_fen",
                  months="passes.tenant_months"),
    RENOVATION: Rules("passes.renovation_deposit_fen", "passes.renovation_fee_fen", "passes.renovation_renewal_fen",
                      months="passes.renovation_months"),
    ACCESS: Rules("passes.access_deposit_fen", days="passes.access_days"),
}


class Pass(Entry):
    kind = CharField(index=True)
    card_no = CharField(index=True)
    holder_name = CharField()
    id_type = CharField(default="resident_id")
    id_number = CharField(null=True)
    phone = CharField(null=True)
    unit = CharField(null=True)
    # Resident card for a non-owner: the owner who signed the authorisation letter (委托证明书), and that it was seen.
    authorised_by_owner = CharField(null=True)
    letter_seen = IntegerField(default=0)
    # Renovation pass: the owner who brought the worker.
    owner_name = CharField(null=True)
    lease_seen = IntegerField(default=0)
    photo_seen = IntegerField(default=0)
    lease_from = DateField(null=True)
    lease_until = DateField(null=True)
    valid_from = DateField(null=True)
    valid_until = DateField(null=True)
    pay_method = CharField(null=True)
    finance_receipt_no = CharField(null=True)
    deposit_fen = IntegerField(default=0)
    fee_fen = IntegerField(default=0)
    renewals = IntegerField(default=0)
    closed_at = DateField(null=True)
    lost_reason = TextField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "pass_card"


FORM_FIELDS = (
    FormField("kind", tr("证件类别", "Kind"), required=True, choices=KINDS),
    FormField("card_no", tr("证件/卡号", "Card number"), required=True),
    FormField("holder_name", tr("持证人姓名", "Holder"), required=True),
    FormField("id_type", tr("证件类型", "ID type"), choices=ID_TYPES),
    FormField("id_number", tr("证件号码", "ID number")),
    FormField("phone", tr("电话", "Phone")),
    FormField("unit", tr("单元/房号", "Unit")),
    FormField("authorised_by_owner", tr("授权业主(非业主办理)", "Authorised by owner (non-owner)")),
    FormField("letter_seen", tr("已见业主签字委托书", "Authorisation letter seen")),
    FormField("owner_name", tr("陪同业主(装修)", "Owner bringing the worker")),
    FormField("lease_seen", tr("已见租赁合同", "Lease seen")),
    FormField("photo_seen", tr("已收近照", "Photo seen")),
    FormField("lease_from", tr("租期自", "Lease from")),
    FormField("lease_until", tr("租期至", "Lease until")),
    FormField("valid_from", tr("有效期自(空=今天)", "Valid from (empty = today)")),
    FormField("valid_until", tr("有效期至/应还日期", "Valid until / due back")),
    FormField("pay_method", tr("付款方式", "Payment method"), choices=PAY_METHODS),
    FormField("finance_receipt_no", tr("财务室收据号", "Finance receipt no.")),
    FormField("note", tr("备注", "Note")),
)
FIELD_NAMES = tuple(f.name for f in FORM_FIELDS)
CORRECTABLE = ("card_no", "holder_name", "id_type", "id_number", "phone", "unit", "authorised_by_owner",
               "owner_name", "lease_from", "lease_until", "note")


# -- dates and amounts ------------------------------------------------------------------------------------
def today() -> date:
    return clock.local(clock.now()).date()


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_date(text) -> date:
    """'2026-11-23' / '2026/11/23' / '20261123' -> date; raises ValueError."""
    if isinstance(text, date):
        return text
    raw = str(text).strip().replace("/", "-").replace(".", "-")
    if len(raw) == 8 and raw.isdigit():
        raw = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return datetime.strptime(raw, "%Y-%m-%d").date()


def latest_until(kind: str, start: date) -> date | None:
    """The furthest a card of this kind may run from `start` (None: no limit — a resident card)."""
    rules = RULES[kind]
    if rules.months:
        return add_months(start, settings.get(rules.months))
    if rules.days:
        return start + timedelta(days=settings.get(rules.days))
    return None


def amount(setting_key: str | None) -> int:
    return settings.get(setting_key) if setting_key else 0


def _too_long(kind: str, latest: date) -> Text:
    rules, title = RULES[kind], KIND_TITLES[kind]
    if rules.months:
        n = settings.get(rules.months)
        return Text(f"{title.zh}最长有效 {n} 个月,最晚到 {latest.isoformat()}。",
                    f"{title.en}: valid at most {n} month(s), until {latest.isoformat()} at the latest.")
    n = settings.get(rules.days)
    return Text(f"{title.zh}最长借用 {n} 天,最晚 {latest.isoformat()} 归还。",
                f"{title.en}: lent at most {n} day(s), back by {latest.isoformat()}.")


# -- validation ---------------------------------------------------------------------------------------------
def _clean(values: dict, *, issuing: bool) -> tuple[dict, dict[str, Text]]:
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in FIELD_NAMES}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    for flag in ("letter_seen", "lease_seen", "photo_seen"):
        v[flag] = 1 if v[flag] else 0
    kind = v["kind"]
    if kind not in KIND_TITLES:
        errors["kind"] = tr("请选择证件类别。", "Please choose the kind of pass.")
    v["card_no"] = (v["card_no"] or "").replace(" ", "").upper() or None
    if not v["card_no"]:
        errors["card_no"] = tr("请填写证件/卡号。", "Enter the card number.")
    if not v["holder_name"]:
        errors["holder_name"] = tr("请填写持证人姓名。", "Enter the holder's name.")
    v["id_type"] = v["id_type"] or "resident_id"
    v["id_number"], id_error = normalise_id(v["id_type"], v["id_number"] or "")
    v["id_number"] = v["id_number"] or None
    if id_error:
        errors["id_number"] = id_error
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    v["phone"] = v["phone"] or None
    if phone_error:
        errors["phone"] = phone_error
    for name in DATE_FIELDS:
        if v[name] is not None:
            try:
                v[name] = parse_date(v[name])
            except ValueError:
                v[name] = None
                errors[name] = tr("日期写作 2026-11-23。", "Write the date as 2026-11-23.")
    if v["lease_from"] and v["lease_until"] and v["lease_until"] < v["lease_from"]:
        errors["lease_until"] = tr("租期结束不能早于开始。", "The lease cannot end before it starts.")
    if kind == RESIDENT and v["authorised_by_owner"] and not v["letter_seen"]:
        errors["letter_seen"] = tr("非业主办理须核验业主亲笔签字的委托证明书。",
                                   "A non-owner needs the owner's signed authorisation letter: check it.")
    if kind in (TENANT, RENOVATION, ACCESS) and not v["id_number"]:
        errors["id_number"] = tr("请登记持证人证件号码。", "Record the holder's ID number.")
    if kind == TENANT:
        if not v["lease_seen"]:
            errors["lease_seen"] = tr("租户证须核验租赁合同。", "A tenant card needs the lease seen.")
        if not v["lease_until"]:
            errors["lease_until"] = tr("请填写租赁期限。", "Enter the lease period.")
    if kind == RENOVATION and not v["owner_name"]:
        errors["owner_name"] = tr("装修临时出入证须由业主陪同办理,请填写业主姓名。",
                                  "The owner brings the worker: enter the owner's name.")
    if kind in (TENANT, RENOVATION) and not v["photo_seen"]:
        errors["photo_seen"] = tr("请收取近期照片一张。", "One recent photo is needed.")
    if kind in (TENANT, RENOVATION, ACCESS) and not v["unit"]:
        errors["unit"] = tr("请填写单元/房号。", "Enter the unit.")
    if issuing and kind in KIND_TITLES:
        _check_validity(v, errors)
    return v, errors


def _check_validity(v: dict, errors: dict) -> None:
    kind = v["kind"]
    start = v["valid_from"] = v["valid_from"] or today()
    latest = latest_until(kind, start)
    if kind == TENANT and v["lease_until"]:
        latest = min(latest, v["lease_until"])
    if v["valid_until"] is None:
        v["valid_until"] = latest
    until = v["valid_until"]
    if until is None or "valid_until" in errors:
        return
    if until < start:
        errors["valid_until"] = tr("有效期结束不能早于开始。", "It cannot end before it starts.")
    elif kind == TENANT and v["lease_until"] and until > v["lease_until"]:
        errors["valid_until"] = tr("租户证有效期不能超过租期({lease})。",
                                   "A tenant card cannot run past the lease ({lease}).").format(
            lease=v["lease_until"].isoformat())
    elif latest is not None and until > latest_until(kind, start):
        errors["valid_until"] = _too_long(kind, latest_until(kind, start))


def _check_payment(method: str | None, finance_no: str | None, due: int) -> tuple[str | None, dict]:
    if due == 0:
        return None, {}
    where = settings.get("money.pay_at.pass")
    if where == "finance" and not method:
        method = "finance"
    if method is None:
        return None, {"pay_method": tr("请选择付款方式。", "Please choose how it is paid.")}
    if method not in dict(PAY_METHODS):
        return None, {"pay_method": tr("请从列表中选择付款方式。", "Choose the payment method from the list.")}
    if where == "finance" and method != "finance":
        return None, {"pay_method": tr("证件费用在财务室缴纳,请登记财务室收据号。",
                                       "Pass fees are paid at the finance office: record its receipt number.")}
    if method == "finance" and not finance_no:
        return method, {"finance_receipt_no": tr("请填写财务室收据号。", "Enter the finance office's receipt number.")}
    return method, {}


def _live_twin(card_no: str, not_id: int | None = None):
    query = Pass.select().where((Pass.card_no == card_no) & (Pass.status == ACTIVE))
    if not_id is not None:
        query = query.where(Pass.id != not_id)
    return query.first()


def _take(ctx: Ctx, card: Pass, kind_key: str, description: str, fen: int, method: str, finance_no: str | None,
          *, deposit: bool) -> Receipt | None:
    charge = charges.raise_charge(ctx, kind=kind_key, source=SPEC.key, source_id=card.id, payer=card.holder_name,
                                  lines=[charges.line(description, 1, "card", fen)], deposit=deposit)
    return charges.settle(ctx, charge, method, finance_receipt_no=finance_no)


# -- the steps ---------------------------------------------------------------------------------------------
def issue(ctx: Ctx, **values) -> Pass:
    """Issue a pass or lend an access card; its fee and deposit are taken in the same transaction."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values, issuing=True)
    deposit = fee = 0
    if clean["kind"] in RULES:
        rules = RULES[clean["kind"]]
        deposit, fee = amount(rules.deposit), amount(rules.fee)
        method, pay_errors = _check_payment(clean["pay_method"], clean["finance_receipt_no"], deposit + fee)
        clean["pay_method"] = method
        errors.update(pay_errors)
    if not errors and _live_twin(clean["card_no"]) is not None:
        twin = _live_twin(clean["card_no"])
        errors["card_no"] = tr("卡号 {no} 已发给 {holder}({code}),尚未交回。",
                               "Card {no} is out with {holder} ({code}) and not returned.").format(
            no=clean["card_no"], holder=twin.holder_name, code=scan_code(SPEC, twin.id))
    if errors:
        raise ValidationError(errors)
    if clean["pay_method"] != "finance":
        clean["finance_receipt_no"] = None
    card = Pass(**clean, deposit_fen=deposit, fee_fen=fee)
    title = KIND_TITLES[card.kind].zh
    with db.atomic():
        entry.create(ctx, SPEC, card, status=ACTIVE)
        if fee:
            _take(ctx, card, FEE_KIND, f"{title}工本费 {card.card_no}", fee, card.pay_method,
                  card.finance_receipt_no, deposit=False)
        if deposit:
            _take(ctx, card, DEPOSIT_KIND, f"{title}押金 {card.card_no}", deposit, card.pay_method,
                  card.finance_receipt_no, deposit=True)
    return card


def renewal_fee(card: Pass) -> int:
    return amount(RULES[card.kind].renewal)


def renew(ctx: Ctx, card: Pass, valid_until, method: str | None = None, *, finance_receipt_no: str | None = None,
          lease_until=None) -> Receipt | None:
    """Renew (续办): a new end date within the kind's maximum from today; the renewal fee is charged."""
    require(ctx, RECEPTIONIST)
    card = Pass.get_by_id(card.id)
    if card.status != ACTIVE:
        raise StateError(tr("只有在用的证件可以续办。", "Only a card in use can be renewed."))
    errors: dict[str, Text] = {}
    lease = card.lease_until
    if lease_until not in (None, ""):
        try:
            lease = parse_date(lease_until)
        except ValueError:
            errors["lease_until"] = tr("日期写作 2026-11-23。", "Write the date as 2026-11-23.")
    try:
        until = parse_date(valid_until) if valid_until not in (None, "") else None
    except ValueError:
        until = None
        errors["valid_until"] = tr("日期写作 2026-11-23。", "Write the date as 2026-11-23.")
    start = today()
    latest = latest_until(card.kind, start)
    if until is None and "valid_until" not in errors:
        if latest is None:
            errors["valid_until"] = tr("请填写新的有效期。", "Enter the new end date.")
        until = min(latest, lease) if latest and card.kind == TENANT and lease else latest
    if until is not None and not errors:
        if card.valid_until and until <= card.valid_until:
            errors["valid_until"] = tr("新的有效期应晚于 {old}。", "The new end date must be after {old}.").format(
                old=card.valid_until.isoformat())
        elif card.kind == TENANT and lease and until > lease:
            errors["valid_until"] = tr("租户证有效期不能超过租期({lease})。",
                                       "A tenant card cannot run past the lease ({lease}).").format(
                lease=lease.isoformat())
        elif latest is not None and until > latest:
            errors["valid_until"] = _too_long(card.kind, latest)
    fee = renewal_fee(card)
    finance_receipt_no = (finance_receipt_no or "").strip() or None
    method, pay_errors = _check_payment(method or None, finance_receipt_no, fee)
    errors.update(pay_errors)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        changes = {"valid_until": until, "renewals": card.renewals + 1}
        if lease != card.lease_until:
            changes["lease_until"] = lease
        entry.change(ctx, SPEC, card, "renew", changes)
        receipt = None
        if fee:
            receipt = _take(ctx, card, FEE_KIND, f"{KIND_TITLES[card.kind].zh}续办费 {card.card_no}", fee, method,
                            finance_receipt_no, deposit=False)
    return receipt


def deposit_charge(card: Pass) -> Charge | None:
    """The deposit this card's holder paid and the counter (or finance) still holds."""
    return next((c for c in charges.for_source(SPEC.key, card.id)
                 if c.deposit and c.status in (charges.PAID, charges.FINANCE)), None)


def return_card(ctx: Ctx, card: Pass) -> Receipt | None:
    """The card comes back (交回): its deposit is refunded — a refund voucher tied to the original receipt,
    or, when paid at finance, the holder collects it there with the receipt. Returns the voucher, if any."""
    require(ctx, RECEPTIONIST)
    card = Pass.get_by_id(card.id)
    if card.status != ACTIVE:
        raise StateError(tr("这张证件不在外,不能交回。", "This card is not out, so it cannot be returned."))
    with db.atomic():
        voucher = None
        held = deposit_charge(card)
        if held is not None:
            voucher = charges.refund_deposit(ctx, held, f"{KIND_TITLES[card.kind].zh} {card.card_no} 交回")
        entry.change(ctx, SPEC, card, "return", {"status": RETURNED, "closed_at": today()})
    return voucher


def report_lost(ctx: Ctx, card: Pass, reason: str) -> Pass:
    """The card is lost (遗失): the deposit is kept, with the reason."""
    require(ctx, RECEPTIONIST)
    reason = entry.require_reason(reason)
    card = Pass.get_by_id(card.id)
    if card.status != ACTIVE:
        raise StateError(tr("这张证件不在外。", "This card is not out."))
    with db.atomic():
        held = deposit_charge(card)
        if held is not None:
            charges.keep_deposit(ctx, held, reason)
        return entry.change(ctx, SPEC, card, "lost", {"status": LOST, "closed_at": today(), "lost_reason": reason},
                            reason=reason)


def void(ctx: Ctx, card: Pass, reason: str) -> Pass:
    """A supervisor voids a card issued by mistake; money already taken is voided through its receipt first."""
    require(ctx, SUPERVISOR, authorisable=True)
    reason = entry.require_reason(reason)
    taken = [c for c in charges.for_source(SPEC.key, card.id)
             if c.status in (charges.PAID, charges.FINANCE, charges.SIGNED)]
    if taken:
        raise StateError(tr("该证件的费用已收,请先作废收据。", "Its fee or deposit was taken: void the receipt first."))
    with db.atomic():
        for charge in charges.for_source(SPEC.key, card.id):
            if charge.status == charges.OPEN:
                charges.void_charge(ctx, charge, reason)
        return entry.void(ctx, SPEC, card, reason)


def correct(ctx: Ctx, card: Pass, reason: str, /, **values) -> Pass:
    """Correct the holder's details (the kind, dates and money are set by the steps, not corrected)."""
    require(ctx, RECEPTIONIST)
    merged = {name: getattr(card, name) for name in FIELD_NAMES}
    merged.update({k: v for k, v in values.items() if k in CORRECTABLE})
    clean, errors = _clean(merged, issuing=False)
    errors = {k: e for k, e in errors.items() if k in values}
    if not errors and "card_no" in values and card.status == ACTIVE and _live_twin(clean["card_no"], card.id):
        errors["card_no"] = tr("这个卡号已发给别人,尚未交回。", "That card number is out with someone else.")
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE}
    return entry.correct(ctx, SPEC, card, changes, reason)


charges.register_kind(charges.Kind(FEE_KIND, tr("证件工本费", "Pass fees"), "money.pay_at.pass"))
charges.register_kind(charges.Kind(DEPOSIT_KIND, tr("证件押金", "Pass deposits"), "money.pay_at.pass"))


# -- lists, attention, slip, search ----------------------------------------------------------------------
def rented_units() -> list[Pass]:
    """出租单元一览表 (A28): every unit with a tenant card in use — unit, tenant, lease period."""
    return list(Pass.select().where((Pass.kind == TENANT) & (Pass.status == ACTIVE)).order_by(Pass.unit, Pass.id))


def _out(kinds) -> object:
    return Pass.select().where((Pass.status == ACTIVE) & Pass.kind.in_(kinds) & Pass.valid_until.is_null(False))


def _expiring(now: datetime):
    day = clock.local(now).date()
    warn = day + timedelta(days=settings.get("passes.expiry_warn_days"))
    return _out((RESIDENT, TENANT, RENOVATION)).where((Pass.valid_until >= day) & (Pass.valid_until <= warn))


def _expired(now: datetime):
    return _out((RESIDENT, TENANT, RENOVATION)).where(Pass.valid_until < clock.local(now).date())


def _access_overdue(now: datetime):
    return _out((ACCESS,)).where(Pass.valid_until < clock.local(now).date())


def slip_data(card: Pass, reprint: int) -> dict:
    """The pass / card slip (证件登记单): who holds which card until when, and what was paid."""
    rows = [
        ["类别 Kind", str(KIND_TITLES[card.kind])],
        ["卡号 Card no.", card.card_no],
        ["持证人 Holder", card.holder_name],
        ["证件 ID", mask_id(card.id_number)],
        ["电话 Phone", mask_phone(card.phone)],
        ["单元 Unit", card.unit or ""],
    ]
    if card.authorised_by_owner:
        rows.append(["授权业主 Authorised by", card.authorised_by_owner])
    if card.owner_name:
        rows.append(["业主 Owner", card.owner_name])
    if card.lease_from or card.lease_until:
        rows.append(["租期 Lease", f"{day_text(card.lease_from)} – {day_text(card.lease_until)}"])
    rows.append(["有效期 Valid", f"{day_text(card.valid_from)} – {day_text(card.valid_until)}"])
    if card.fee_fen:
        rows.append(["工本费 Fee", yuan(card.fee_fen)])
    if card.deposit_fen:
        rows.append(["押金 Deposit", yuan(card.deposit_fen)])
    if card.finance_receipt_no:
        rows.append(["财务收据 Finance receipt", card.finance_receipt_no])
    footer = ("凭此单及押金收据交回证件退押金 Bring this slip and the deposit receipt to return the card"
              if card.deposit_fen else "证件遗失请及时告知前台 Tell the counter at once if the card is lost")
    return {"code": scan_code(SPEC, card.id), "title_zh": str(KIND_TITLES[card.kind].zh), "title_en": "PASS / CARD",
            "rows": rows, "footer": footer, "sign_here": "持证人签字 Holder signature",
            "reprint": reprint, "language": "en" if language() == "en" else "zh"}


def day_text(value: date | None) -> str:
    return value.isoformat() if value else "—"


def search_fields(card: Pass):
    return ([card.holder_name, card.authorised_by_owner, card.owner_name], [card.note, card.lost_reason],
            [card.card_no, card.unit, card.phone, card.finance_receipt_no])


def summary(card: Pass) -> str:
    parts = (scan_code(SPEC, card.id), str(KIND_TITLES[card.kind]), card.card_no, card.holder_name, card.unit)
    return " ".join(p for p in parts if p)


def _issued_at(at: datetime, kinds):
    day = clock.local(at).date()
    return Pass.select().where((Pass.status != entry.VOIDED) & Pass.kind.in_(kinds) & (Pass.created_at <= at)
                               & (Pass.closed_at.is_null() | (Pass.closed_at > day)))


def _cards_out_at(at: datetime):
    return _issued_at(at, (ACCESS,))


def _expiring_at(at: datetime):
    warn = clock.local(at).date() + timedelta(days=settings.get("passes.expiry_warn_days"))
    return _issued_at(at, (RESIDENT, TENANT, RENOVATION)).where(Pass.valid_until <= warn)


def monthly(start: datetime, end: datetime) -> list[ReportTable]:
    """Passes by kind: issued in the month with their fees and deposits, and returned or lost in it."""
    first, last = clock.local(start).date(), clock.local(end).date()
    kinds = {kind: [0, 0, 0, 0, 0] for kind, _ in KINDS}
    issued = Pass.select(Pass.kind, Pass.fee_fen, Pass.deposit_fen).where(
        (Pass.created_at >= start) & (Pass.created_at < end) & (Pass.status != VOIDED))
    for card in issued.iterator():
        figures = kinds.setdefault(card.kind, [0, 0, 0, 0, 0])
        figures[0] += 1
        figures[3] += card.fee_fen
        figures[4] += card.deposit_fen
    closed = Pass.select(Pass.kind, Pass.status).where((Pass.closed_at >= first) & (Pass.closed_at < last))
    for card in closed.iterator():
        kinds.setdefault(card.kind, [0, 0, 0, 0, 0])[1 if card.status == RETURNED else 2] += 1
    rows = [(KIND_TITLES.get(kind, kind), n, back, lost, yuan(fee), yuan(deposit))
            for kind, (n, back, lost, fee, deposit) in kinds.items()]
    return [ReportTable(tr("各类证件", "Passes by kind"),
                        (tr("证件", "Pass"), tr("本月办理", "Issued"), tr("交回", "Returned"), tr("遗失", "Lost"),
                         tr("工本费(元)", "Fees (yuan)"), tr("押金(元)", "Deposits (yuan)")), rows,
                        "bar" if sum(r[1] > 0 for r in rows) > 1 else None)]


SPEC = register(LogbookSpec(
    key="passes",
    order=30,
    title=tr("证件与门禁卡", "Passes & access cards"),
    group="keys",
    model=Pass,
    form="pass_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("created_at", tr("办理时间", "Issued"), 120, "time"),
        Column("kind", tr("类别", "Kind"), 100, "choice", KINDS),
        Column("card_no", tr("卡号", "Card no."), 80),
        Column("holder_name", tr("持证人", "Holder"), 80),
        Column("id_number", tr("证件号码", "ID number"), 140, "masked_id"),
        Column("phone", tr("电话", "Phone"), 100, "masked_phone"),
        Column("unit", tr("单元", "Unit"), 65),
        Column("valid_until", tr("有效期至", "Valid until"), 85),
        Column("deposit_fen", tr("押金", "Deposit"), 60, "money"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=issue,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (ACTIVE,), needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("expiring", tr("证件即将到期", "Passes expiring soon"), "due_soon", _expiring),
        AttentionRule("expired", tr("证件已过期未交回或续办", "Passes expired, not returned or renewed"), "overdue",
                      _expired),
        AttentionRule("access_overdue", tr("门禁卡逾期未还", "Access cards overdue"), "overdue", _access_overdue),
    ),
    documents=(Document("pass_slip", tr("证件登记单", "Pass slip"), slip_data, "held_slip"),),
    field_titles={"renewals": tr("续办次数", "Renewals"), "closed_at": tr("交回/遗失日期", "Returned / lost on"),
                  "lost_reason": tr("遗失说明", "Lost: reason"), "deposit_fen": tr("押金", "Deposit"),
                  "fee_fen": tr("工本费", "Fee")},
    code_prefix="C",
    open_items=(OpenItems("cards_out", tr("借出未还的门禁卡", "Access cards out"), _cards_out_at, custody=True),
                OpenItems("expiring", tr("即将到期或已过期的证件", "Passes expiring or expired"), _expiring_at)),
    search_fields=search_fields,
    summary=summary,
    monthly=monthly,
))
