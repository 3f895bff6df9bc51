"""Company accounts (签单): charges a customer signs to the company accumulate; each month the company
gets a statement, and when it pays, one receipt settles the month's signed charges."""

from __future__ import annotations

import json
from datetime import date, datetime

from peewee import fn

from frontdesk_gui.core import audit, clock, settings
from frontdesk_gui.core.auth import RECEPTIONIST, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, capitals, yuan
from frontdesk_gui.core.money.models import Charge, Receipt
from frontdesk_gui.core.text import language, tr


def month_bounds(month: str) -> tuple[datetime, datetime]:
    """'2026-11' -> the month's start and the next month's start, as UTC instants of local midnights."""
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise ValidationError({"month": tr("月份写作 2026-11。", "Write the month as 2026-11.")}) from None
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return (clock.to_utc(datetime.combine(first, datetime.min.time()).astimezone()),
            clock.to_utc(datetime.combine(following, datetime.min.time()).astimezone()))


def _signed(company: Company, month: str | None = None):
    query = (Charge.select().where((Charge.company == company)
                                   & Charge.status.in_((charges.SIGNED, charges.ACCOUNT_SETTLED)))
             .order_by(Charge.settled_at, Charge.id))
    if month is not None:
        start, end = month_bounds(month)
        query = query.where((Charge.settled_at >= start) & (Charge.settled_at < end))
    return query


def balances() -> list[tuple[Company, int, int]]:
    """Companies with signed charges not yet settled: (company, how many, fen owed), biggest first."""
    rows = (Charge.select(Charge.company, fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen))
            .where(Charge.status == charges.SIGNED).group_by(Charge.company)
            .order_by(fn.SUM(Charge.amount_fen).desc()).tuples())
    companies = {c.id: c for c in Company.select().where(Company.id.in_([r[0] for r in rows]))}
    return [(companies[cid], int(n), int(fen)) for cid, n, fen in rows]


def owed(company: Company, month: str) -> tuple[int, int]:
    """(how many, fen) of the month's signed charges the company has not paid yet."""
    unpaid = _signed(company, month).where(Charge.status == charges.SIGNED)
    return unpaid.count(), sum(c.amount_fen for c in unpaid)


def statement_data(company: Company, month: str, *, produced_by: str) -> dict:
    """The monthly statement's data: every charge signed to the company in the month."""
    rows, total = [], 0
    settled_by = set()
    vouchers = {r.id: r.number for r in Receipt.select(Receipt.id, Receipt.number).where(
        Receipt.id.in_(_signed(company, month).select(Charge.voucher)))}
    for charge in _signed(company, month):
        lines = json.loads(charge.lines_json)
        rows.append({"date": clock.local_text(charge.settled_at), "voucher": vouchers.get(charge.voucher_id, ""),
                     "description": charges.lines_text(lines), "signed_by": charge.payer,
                     "amount": yuan(charge.amount_fen)})
        total += charge.amount_fen
        if charge.account_receipt_id:
            settled_by.add(charge.account_receipt_id)
    open_left = _signed(company, month).where(Charge.status == charges.SIGNED).exists()
    settled_receipt = ""
    if settled_by and not open_left:
        settled_receipt = ", ".join(r.number for r in Receipt.select().where(Receipt.id.in_(list(settled_by))))
    return {"counter_name": settings.get("counter.name"), "company": company.name, "month": month,
            "produced_at": clock.local_text(clock.now()),
            "produced_by": produced_by, "rows": rows, "count": len(rows), "total": yuan(total),
            "capitals": capitals(total), "settled_receipt": settled_receipt,
            "language": "en" if language() == "en" else "zh"}


def settle_month(ctx: Ctx, company: Company, month: str, method: str, *, payer: str | None = None) -> Receipt:
    """The company pays its statement: one receipt for the month's signed charges, which become settled."""
    require(ctx, RECEPTIONIST)
    if method not in COUNTER_METHODS:
        raise ValidationError({"method": tr("请选择收款方式。", "Please choose how the company pays.")})
    owed = list(_signed(company, month).where(Charge.status == charges.SIGNED))
    if not owed:
        raise StateError(tr("这个月没有待结的签单。", "Nothing signed this month is left to settle."))
    vouchers = {r.id: r.number for r in Receipt.select().where(Receipt.id.in_([c.voucher_id for c in owed]))}
    lines = [charges.line(f"签单 {vouchers.get(c.voucher_id, '')} {charges.lines_text(c.lines)}"[:120], 1, "piece",
                          c.amount_fen) for c in owed]
    with db.atomic():
        receipt = charges.issue(ctx, "R", payer=payer or company.name, company=company, company_name=company.name,
                                 method=method, lines=lines, notes=[f"{month} 月结 Monthly statement"])
        charges.to_drawer(ctx, "payment", method, receipt.total_fen, receipt)
        ids = [c.id for c in owed]
        Charge.update(status=charges.ACCOUNT_SETTLED, account_receipt=receipt).where(Charge.id.in_(ids)).execute()
        audit.record(ctx, "settle_account", "company", company.id,
                     after={"month": month, "charges": len(ids), "receipt": receipt.number, "fen": receipt.total_fen})
    return receipt
