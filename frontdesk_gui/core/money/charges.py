"""The one way any logbook asks for money: raise a charge (or a deposit), then settle it.

    charge = charges.raise_charge(ctx, kind="service", source="service_orders", source_id=order.id,
                                  payer="张三", lines=[charges.line(item, 12, unit_price)])
    receipt = charges.settle(ctx, charge, "cash")

Settling at the counter issues a numbered receipt and puts the money in the shift's drawer; signing
to a company account issues a charge voucher for the customer's signature instead; a fee paid at the
finance office records that office's receipt number; internal use (A07) takes no money at all.
Deposits are refunded with a refund voucher tied to the receipt that took them, or kept with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from frontdesk_gui.core import audit, clock, entry, settings, spec
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.money import numbering
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, METHOD_TITLES, yuan
from frontdesk_gui.core.money.models import ISSUED, Charge, DrawerEntry, Receipt
from frontdesk_gui.core.text import Text, tr

OPEN, PAID, SIGNED, FINANCE, INTERNAL = "open", "paid", "signed", "finance", "internal"
ACCOUNT_SETTLED, REFUNDED, KEPT, APPLIED, VOIDED = "account_settled", "refunded", "kept", "applied", "voided"
STATUSES = {
    OPEN: tr("待收", "Open"), PAID: tr("已收", "Paid"), SIGNED: tr("已签单", "Signed to account"),
    FINANCE: tr("财务室已收", "Paid at finance"), INTERNAL: tr("内部结算", "Internal"),
    ACCOUNT_SETTLED: tr("已结账", "Account settled"), REFUNDED: tr("已退还", "Refunded"),
    KEPT: tr("押金扣留", "Deposit kept"), APPLIED: tr("抵扣尾款", "Applied to the bill"), VOIDED: tr("已作废", "Void"),
}


@dataclass(frozen=True)
class Kind:
    """A kind of charge: its title, the setting that says where it is paid, and what the source
    logbook does when a voided receipt reopens one of its charges."""

    key: str
    title: Text
    pay_at_setting: str
    internal_allowed: bool = False
    reopened: Callable[[Ctx, Charge], None] | None = None


_kinds: dict[str, Kind] = {}


def register_kind(kind: Kind) -> Kind:
    _kinds[kind.key] = kind
    return kind


def get_kind(key: str) -> Kind:
    spec.load_all()  # logbooks register their kinds on import
    return _kinds[key]


def pay_at(kind_key: str) -> str:
    """'counter' or 'finance' (CATALOGUE G2: the seeds do both; a setting per kind of charge)."""
    return settings.get(get_kind(kind_key).pay_at_setting)


def line(description: str, quantity: int, unit: str, unit_price_fen: int, amount_fen: int | None = None) -> dict:
    amount = quantity * unit_price_fen if amount_fen is None else amount_fen
    return {"description": description, "quantity": quantity, "unit": unit, "unit_price_fen": unit_price_fen,
            "amount_fen": amount}


def raise_charge(ctx: Ctx, *, kind: str, source: str, source_id: int | None, payer: str, lines: list[dict],
                 company: Company | None = None, company_name: str | None = None, deposit: bool = False) -> Charge:
    """Ask for money (a fee, or a deposit to hold): open until settled."""
    require(ctx, RECEPTIONIST)
    get_kind(kind)  # an unknown kind fails here, not at settlement
    payer = (payer or "").strip()
    if not payer:
        raise ValidationError({"payer": tr("请填写付款人。", "Please enter who pays.")})
    if not lines:
        raise ValidationError({"lines": tr("没有收费项目。", "There is nothing to charge.")})
    amount = sum(int(x["amount_fen"]) for x in lines)
    if amount < 0 or (deposit and amount <= 0):
        raise ValidationError({"amount": tr("金额不对。", "The amount is wrong.")})
    with db.atomic():
        charge = Charge.create(kind=kind, deposit=deposit, source=source, source_id=source_id, payer=payer,
                               company=company, company_name=company_name or (company.name if company else None),
                               lines_json=json.dumps(lines, ensure_ascii=False), amount_fen=amount, status=OPEN,
                               created_at=clock.now(), created_by=ctx.operator, shift=ctx.shift)
        audit.record(ctx, "raise", "charge", charge.id,
                     after={"kind": kind, "amount_fen": amount, "deposit": deposit, "source": f"{source}:{source_id}"})
    return charge


def issue(ctx: Ctx, series: str, *, payer: str, company: Company | None, company_name: str | None, method: str,
           lines: list[dict], notes: list[str], refund_of: Receipt | None = None,
           finance_receipt_no: str | None = None) -> Receipt:
    counter, year, seq, number = numbering.take(series)
    receipt = Receipt(series=series, counter=counter, year=year, seq=seq, number=number, payer=payer,
                      company=company, company_name=company_name, method=method,
                      total_fen=sum(int(x["amount_fen"]) for x in lines),
                      lines_json=json.dumps(lines, ensure_ascii=False),
                      notes_json=json.dumps(notes, ensure_ascii=False),
                      refund_of=refund_of, finance_receipt_no=finance_receipt_no)
    return entry.create(ctx, spec.get("receipts"), receipt, status=ISSUED)


def to_drawer(ctx: Ctx, kind_key: str, method: str, amount_fen: int, receipt: Receipt | None,
            reason: str | None = None) -> DrawerEntry | None:
    if method not in COUNTER_METHODS or amount_fen == 0:
        return None
    if ctx.shift is None:
        raise StateError(tr("没有进行中的班次,不能收付款。", "There is no open shift to take or pay money in."))
    movement = DrawerEntry(kind=kind_key, method=method, amount_fen=amount_fen, receipt=receipt, reason=reason)
    return entry.create(ctx, spec.get("drawer"), movement, status="recorded")


def _as_list(charges) -> list[Charge]:
    return [charges] if isinstance(charges, Charge) else list(charges)


def settle(ctx: Ctx, charges, method: str, *, payer: str | None = None, finance_receipt_no: str | None = None,
           notes: list[str] | None = None) -> Receipt | None:
    """Settle open charges together: a receipt (counter methods), a charge voucher (account), or nothing
    printed by the counter (finance office, internal use). Returns the receipt or voucher, if any."""
    require(ctx, RECEPTIONIST)
    charges = _as_list(charges)
    for charge in charges:
        charge = Charge.get_by_id(charge.id)
        if charge.status != OPEN:
            raise StateError(tr("这笔费用已经结算过了。", "This charge has already been settled."))
    if method not in METHOD_TITLES:
        raise ValidationError({"method": tr("请选择付款方式。", "Please choose how it is paid.")})
    first = charges[0]
    where = {pay_at(c.kind) for c in charges}
    if method == "finance":
        if not (finance_receipt_no or "").strip():
            raise ValidationError({"finance_receipt_no": tr("请填写财务室收据号。",
                                                            "Enter the finance office's receipt number.")})
    elif "finance" in where and method != "internal":
        raise ValidationError({"method": tr("这项费用在财务室缴纳,请登记财务室收据号。",
                                            "This fee is paid at the finance office: record its receipt number.")})
    if method == "account":
        if any(c.deposit for c in charges):
            raise ValidationError({"method": tr("押金不能签单。", "A deposit cannot be signed to an account.")})
        if first.company is None or not first.company.active:
            raise ValidationError({"company": tr("签单需选择名册中的公司。",
                                                 "Signing to an account needs a company from the directory.")})
        if any(c.company_id != first.company_id for c in charges):
            raise ValidationError({"company": tr("只能合并同一公司的费用。",
                                                 "Only one company's charges go together.")})
    if method == "internal" and not all(get_kind(c.kind).internal_allowed for c in charges):
        raise ValidationError({"method": tr("这项费用不能按内部使用结算。",
                                            "This charge cannot be settled as internal use.")})
    payer = (payer or first.payer).strip()
    lines = [x for c in charges for x in c.lines]
    now = clock.now()
    with db.atomic():
        document = None
        if method in COUNTER_METHODS:
            document = issue(ctx, "R", payer=payer, company=first.company, company_name=first.company_name,
                              method=method, lines=lines, notes=list(notes or []))
            to_drawer(ctx, "deposit" if first.deposit else "payment", method, document.total_fen, document)
            status = PAID
        elif method == "account":
            document = issue(ctx, "S", payer=payer, company=first.company, company_name=first.company_name,
                              method=method, lines=lines, notes=list(notes or []))
            status = SIGNED
        else:
            status = FINANCE if method == "finance" else INTERNAL
        for charge in charges:
            changes = {"status": status, "method": method, "settled_at": now,
                       "receipt": document if status == PAID else None,
                       "voucher": document if status == SIGNED else None,
                       "finance_receipt_no": (finance_receipt_no or "").strip() or None}
            Charge.update(**changes).where(Charge.id == charge.id).execute()
            audit.record(ctx, "settle", "charge", charge.id, before={"status": OPEN},
                         after={"status": status, "method": method,
                                "document": document.number if document else changes["finance_receipt_no"]})
    for charge in charges:
        charge.__data__.update(Charge.get_by_id(charge.id).__data__)
    return document


def refund_deposit(ctx: Ctx, charge: Charge, reason: str | None = None) -> Receipt | None:
    """Give a deposit back: a refund voucher tied to the receipt that took it (or, when it was paid at the
    finance office, a record that finance refunds it)."""
    require(ctx, RECEPTIONIST)
    charge = Charge.get_by_id(charge.id)
    if not charge.deposit or charge.status not in (PAID, FINANCE):
        raise StateError(tr("这笔押金不在前台保管中,不能退还。", "This deposit is not held, so it cannot be refunded."))
    with db.atomic():
        voucher = None
        if charge.status == PAID:
            original = charge.receipt
            voucher = issue(ctx, "F", payer=charge.payer, company=charge.company, company_name=charge.company_name,
                             method=original.method, lines=charge.lines, notes=[reason] if reason else [],
                             refund_of=original)
            to_drawer(ctx, "refund", original.method, -voucher.total_fen, voucher, reason)
        Charge.update(status=REFUNDED, refund=voucher).where(Charge.id == charge.id).execute()
        audit.record(ctx, "refund", "charge", charge.id, before={"status": charge.status},
                     after={"status": REFUNDED, "voucher": voucher.number if voucher else None}, reason=reason)
    charge.status, charge.refund = REFUNDED, voucher
    return voucher


def keep_deposit(ctx: Ctx, charge: Charge, reason: str) -> Charge:
    """The deposit is not returned (a lost key or card): the reason is recorded; the money stays taken."""
    require(ctx, RECEPTIONIST)
    reason = entry.require_reason(reason)
    charge = Charge.get_by_id(charge.id)
    if not charge.deposit or charge.status not in (PAID, FINANCE):
        raise StateError(tr("这笔押金不在前台保管中。", "This deposit is not held."))
    with db.atomic():
        Charge.update(status=KEPT).where(Charge.id == charge.id).execute()
        audit.record(ctx, "keep", "charge", charge.id, before={"status": charge.status}, after={"status": KEPT},
                     reason=reason)
    charge.status = KEPT
    return charge


def apply_deposit(ctx: Ctx, charge: Charge) -> None:
    """A deposit counted against the final bill (A06): no longer held, and not refunded either."""
    with db.atomic():
        Charge.update(status=APPLIED).where(Charge.id == charge.id).execute()
        audit.record(ctx, "apply", "charge", charge.id, before={"status": charge.status}, after={"status": APPLIED})
    charge.status = APPLIED


def void_charge(ctx: Ctx, charge: Charge, reason: str) -> None:
    """An open charge the source logbook no longer asks for (its entry was voided)."""
    if charge.status != OPEN:
        raise StateError(tr("已结算的费用要先作废其收据。", "A settled charge's receipt must be voided first."))
    with db.atomic():
        Charge.update(status=VOIDED).where(Charge.id == charge.id).execute()
        audit.record(ctx, "void", "charge", charge.id, before={"status": OPEN}, after={"status": VOIDED}, reason=reason)
    charge.status = VOIDED


def void_receipt(ctx: Ctx, receipt: Receipt, reason: str) -> Receipt:
    """Void a receipt or voucher (a supervisor, a reason): it keeps its number and prints as void; the money
    it moved goes back through the current drawer and its charges return to where they were before."""
    require(ctx, SUPERVISOR, authorisable=True)
    reason = entry.require_reason(reason)
    if receipt.status != ISSUED:
        raise StateError(tr("这张单据已作废。", "This document is already void."))
    with db.atomic():
        if receipt.series == "R":
            to_drawer(ctx, "void", receipt.method, -receipt.total_fen, receipt, reason)
            for charge in Charge.select().where(Charge.receipt == receipt):
                _reopen(ctx, charge, {"status": OPEN, "receipt": None, "method": None, "settled_at": None}, reason)
            for charge in Charge.select().where(Charge.account_receipt == receipt):
                _reopen(ctx, charge, {"status": SIGNED, "account_receipt": None}, reason)
        elif receipt.series == "F":
            to_drawer(ctx, "void", receipt.method, receipt.total_fen, receipt, reason)
            for charge in Charge.select().where(Charge.refund == receipt):
                _reopen(ctx, charge, {"status": PAID, "refund": None}, reason)
        else:
            if Charge.select().where((Charge.voucher == receipt) & (Charge.status == ACCOUNT_SETTLED)).exists():
                raise StateError(tr("该签单已随公司结账收款,请先作废结账收据。",
                                    "This voucher was settled with the company's account: void that receipt first."))
            for charge in Charge.select().where(Charge.voucher == receipt):
                _reopen(ctx, charge, {"status": OPEN, "voucher": None, "method": None, "settled_at": None}, reason)
        return entry.void(ctx, spec.get("receipts"), receipt, reason)


def _reopen(ctx: Ctx, charge: Charge, changes: dict, reason: str) -> None:
    before = charge.status
    Charge.update(**changes).where(Charge.id == charge.id).execute()
    audit.record(ctx, "reopen", "charge", charge.id, before={"status": before}, after={"status": changes["status"]},
                 reason=reason)
    charge = Charge.get_by_id(charge.id)
    hook = get_kind(charge.kind).reopened
    if hook is not None and charge.status == OPEN:
        hook(ctx, charge)


def for_source(source: str, source_id: int) -> list[Charge]:
    return list(Charge.select().where((Charge.source == source) & (Charge.source_id == source_id)).order_by(Charge.id))


def held_deposits():
    """Deposits the counter holds now (for the handover and the monthly report)."""
    return Charge.select().where(Charge.deposit & Charge.status.in_((PAID, FINANCE))).order_by(Charge.id)


def lines_text(lines: list[dict]) -> str:
    return "; ".join(f"{x['description']} ×{x['quantity']}" for x in lines)


def money_line(label: str, fen: int) -> str:
    return f"{label}: {yuan(fen)}"
