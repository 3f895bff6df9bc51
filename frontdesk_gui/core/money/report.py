"""The money part of the monthly report: fees by kind and by item, what came in by payment method,
deposits taken, refunded and held, receipts voided, and company accounts. Amounts stay integer fen until
they become yuan text here; the chart columns carry the yuan figure as text that a chart can read back."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime

from peewee import fn

from frontdesk_gui.core import clock
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import method_title, yuan
from frontdesk_gui.core.money.models import Charge, Receipt
from frontdesk_gui.core.spec import ReportTable
from frontdesk_gui.core.text import Text, tr

# A settled fee: paid at the counter, signed to an account (later settled), at finance or internal use.
SETTLED = (charges.PAID, charges.SIGNED, charges.FINANCE, charges.INTERNAL, charges.ACCOUNT_SETTLED)
# A deposit, once taken, stays taken whatever became of it later (refunded, kept, applied to the bill).
DEPOSIT_TAKEN = (charges.PAID, charges.FINANCE, charges.REFUNDED, charges.KEPT, charges.APPLIED)
# A line names the entry it was for ("收传真 X000010", "租户证工本费 ZK0001"); the item is the name before it.
_ENTRY_CODE = re.compile(r"\s+[A-Z]{1,3}\d{3,}$")
COUNT, AMOUNT = tr("笔数", "Count"), tr("金额(元)", "Amount (yuan)")


def tables(start: datetime, end: datetime) -> list[ReportTable]:
    return [_by_kind(start, end), _by_item(start, end), _by_method(start, end), _deposits(start, end),
            _voided(start, end), _accounts(start, end)]


def _settled_in(start: datetime, end: datetime):
    return Charge.select().where((Charge.settled_at >= start) & (Charge.settled_at < end))


def _fees(start: datetime, end: datetime):
    return _settled_in(start, end).where(~Charge.deposit & Charge.status.in_(SETTLED))


def _kind_title(key: str) -> Text:
    try:
        return charges.get_kind(key).title
    except KeyError:
        return Text(key, key)


def _by_kind(start: datetime, end: datetime) -> ReportTable:
    query = _fees(start, end).select(Charge.kind, fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen))
    rows = [(str(_kind_title(kind)), yuan(fen), int(n))
            for kind, n, fen in query.group_by(Charge.kind).order_by(fn.SUM(Charge.amount_fen).desc()).tuples()]
    return ReportTable(tr("收费(按费用类别)", "Fees by kind of charge"), (tr("类别", "Kind"), AMOUNT, COUNT), rows,
                       "bar" if len(rows) > 1 else None)


def _by_item(start: datetime, end: datetime) -> ReportTable:
    quantity: dict[str, int] = defaultdict(int)
    amount: dict[str, int] = defaultdict(int)
    for (lines_json,) in _fees(start, end).select(Charge.lines_json).tuples().iterator():
        for line in json.loads(lines_json):
            if int(line["amount_fen"]) < 0:  # a deposit taken earlier, deducted from the bill: not an item
                continue
            name = _ENTRY_CODE.sub("", line["description"])
            quantity[name] += int(line["quantity"])
            amount[name] += int(line["amount_fen"])
    rows = [(name, yuan(fen), quantity[name]) for name, fen in sorted(amount.items(), key=lambda kv: -kv[1])]
    return ReportTable(tr("收费(按服务项目)", "Fees by service item"),
                       (tr("项目", "Item"), AMOUNT, tr("数量", "Quantity")), rows)


def _by_method(start: datetime, end: datetime) -> ReportTable:
    """Fees and deposits taken in the month by how they were paid, less deposits given back."""
    fees_or_deposits = ((~Charge.deposit & Charge.status.in_(SETTLED))
                        | (Charge.deposit & Charge.status.in_(DEPOSIT_TAKEN)))
    taken = (_settled_in(start, end).where(fees_or_deposits)
             .select(Charge.method, fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen)).group_by(Charge.method).tuples())
    refunds = dict(_refunds(start, end).select(Receipt.method, fn.SUM(Receipt.total_fen))
                   .group_by(Receipt.method).tuples())
    rows = []
    for method, n, fen in sorted(taken, key=lambda r: -r[2]):
        back = int(refunds.pop(method, 0) or 0)
        rows.append((str(method_title(method)), yuan(fen), int(n), yuan(back), yuan(fen - back)))
    rows += [(str(method_title(m)), yuan(0), 0, yuan(back), yuan(-back)) for m, back in refunds.items()]
    return ReportTable(tr("收款(按付款方式)", "Money in by payment method"),
                       (tr("付款方式", "Method"), tr("收取(元)", "Taken (yuan)"), COUNT,
                        tr("退还(元)", "Refunded (yuan)"), tr("净额(元)", "Net (yuan)")),
                       rows, "pie" if len(rows) > 1 else None)


def _refunds(start: datetime, end: datetime):
    """Refund vouchers issued in the month and still valid."""
    return Receipt.select().where((Receipt.series == "F") & (Receipt.status != VOIDED)
                                  & (Receipt.created_at >= start) & (Receipt.created_at < end))


def _deposits(start: datetime, end: datetime) -> ReportTable:
    deposits = Charge.select().where(Charge.deposit)
    taken = (deposits.where(Charge.status.in_(DEPOSIT_TAKEN) & (Charge.settled_at >= start) & (Charge.settled_at < end))
             .select(fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen)).tuples()[0])
    refunded = _refunds(start, end).select(fn.COUNT(Receipt.id), fn.SUM(Receipt.total_fen)).tuples()[0]
    # Held at the month's end: held now and taken before it, or refunded only after it. A deposit kept or
    # applied has no time of its own in the charge, so it counts as no longer held.
    later = _refunds(end, datetime.max.replace(tzinfo=end.tzinfo)).select(Receipt.id)
    held_now = Charge.status.in_((charges.PAID, charges.FINANCE))
    held = (deposits.where((Charge.settled_at < end)
                           & (held_now | ((Charge.status == charges.REFUNDED) & Charge.refund.in_(later))))
            .select(fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen)).tuples()[0])
    rows = [(tr("本月收取押金", "Deposits taken in the month"), int(taken[0]), yuan(taken[1] or 0)),
            (tr("本月退还押金", "Deposits refunded in the month"), int(refunded[0]), yuan(refunded[1] or 0)),
            (tr("月末在押押金", "Deposits held at month end"), int(held[0]), yuan(held[1] or 0))]
    return ReportTable(tr("押金", "Deposits"), (tr("项目", "Item"), COUNT, AMOUNT), rows)


def _voided(start: datetime, end: datetime) -> ReportTable:
    query = (Receipt.select().where((Receipt.status == VOIDED) & (Receipt.updated_at >= start)
                                    & (Receipt.updated_at < end)).order_by(Receipt.number))
    rows = [(r.number, clock.local_text(r.created_at), yuan(r.total_fen), r.void_reason or "") for r in query]
    return ReportTable(tr("本月作废单据", "Receipts voided in the month"),
                       (tr("单据号", "Number"), tr("开具时间", "Issued"), AMOUNT, tr("作废原因", "Reason")), rows)


def _accounts(start: datetime, end: datetime) -> ReportTable:
    """Charges signed to company accounts in the month: how much each company owes and has settled."""
    signed = (_settled_in(start, end).where(Charge.status.in_((charges.SIGNED, charges.ACCOUNT_SETTLED)))
              .select(Charge.company_name, Charge.status, fn.COUNT(Charge.id), fn.SUM(Charge.amount_fen))
              .group_by(Charge.company_name, Charge.status).tuples())
    by_company: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for company, status, n, fen in signed:
        figures = by_company[company or "—"]
        figures[0] += int(n)
        figures[1 if status == charges.ACCOUNT_SETTLED else 2] += int(fen)
    rows = [(company, n, yuan(paid + owed), yuan(paid), yuan(owed))
            for company, (n, paid, owed) in sorted(by_company.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))]
    return ReportTable(tr("单位签单", "Company accounts"),
                       (tr("单位", "Company"), COUNT, tr("签单(元)", "Signed (yuan)"), tr("已结(元)", "Settled (yuan)"),
                        tr("未结(元)", "Owed (yuan)")), rows)
