"""收据 — every receipt, refund voucher and charge voucher the counter has issued (CATALOGUE A06, D).

Receipts are issued by money.charges.settle (never typed in here); this logbook lists them, voids
them (a supervisor, a reason: the number stays taken and prints as void), refunds a held deposit
and reprints (marked as a copy with its count).
"""

from __future__ import annotations

from frontdesk_gui.core import clock, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.errors import StateError
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import METHODS, capitals, method_title, yuan
from frontdesk_gui.core.money.models import ISSUED, Charge, Receipt
from frontdesk_gui.core.money.prices import UNIT_TITLES
from frontdesk_gui.core.spec import Action, Column, Document, LogbookSpec, register
from frontdesk_gui.core.text import Text, language, tr

SERIES = (("R", tr("收据", "Receipt")), ("F", tr("退款凭证", "Refund voucher")),
          ("S", tr("签单凭证", "Charge voucher")))
STATUSES = {ISSUED: tr("有效", "Issued"), VOIDED: tr("已作废", "Void")}
LAYOUTS = (("a5", tr("A5 一式三联", "A5 three-part")), ("80mm", tr("80 mm 热敏", "80 mm thermal")))


def void(ctx: Ctx, receipt: Receipt, reason: str) -> Receipt:
    return charges.void_receipt(ctx, receipt, reason)


def held_deposit(receipt: Receipt) -> Charge | None:
    """The deposit this receipt took, while the counter still holds it."""
    return (Charge.select().where((Charge.receipt == receipt) & Charge.deposit & (Charge.status == charges.PAID))
            .first())


def refund(ctx: Ctx, receipt: Receipt) -> Text:
    """Refund the deposit a receipt took, with a refund voucher tied to it."""
    deposit = held_deposit(receipt)
    if deposit is None or receipt.status != ISSUED:
        raise StateError(tr("这张收据没有可退的押金。", "This receipt holds no deposit to refund."))
    voucher = charges.refund_deposit(ctx, deposit)
    return tr("已退押金 {amount} 元,退款凭证 {number}。", "Deposit of {amount} refunded: voucher {number}.").format(
        amount=yuan(voucher.total_fen), number=voucher.number)


def _unit(unit: str) -> str:
    return str(UNIT_TITLES.get(unit, unit))


def receipt_data(receipt: Receipt, reprint: int) -> dict:
    """What a receipt or refund voucher prints; money already formatted."""
    return {
        "number": receipt.number, "kind": "refund" if receipt.series == "F" else "receipt",
        "issued_at": clock.local_text(receipt.created_at), "payer": receipt.payer,
        "company": receipt.company_name or "", "method": str(method_title(receipt.method)),
        "lines": [{"description": x["description"], "quantity": str(x["quantity"]), "unit": _unit(x["unit"]),
                   "unit_price": yuan(x["unit_price_fen"]), "amount": yuan(x["amount_fen"])} for x in receipt.lines],
        "total": yuan(receipt.total_fen), "capitals": capitals(receipt.total_fen),
        "operator": receipt.created_by.display_name, "reprint": reprint, "voided": receipt.voided,
        "void_reason": receipt.void_reason or "", "refund_of": receipt.refund_of.number if receipt.refund_of else "",
        "notes": receipt.notes, "finance_receipt_no": receipt.finance_receipt_no or "",
        "language": "en" if language() == "en" else "zh",
    }


def voucher_data(receipt: Receipt, reprint: int) -> dict:
    data = receipt_data(receipt, reprint)
    for key in ("kind", "method", "refund_of", "notes", "finance_receipt_no"):
        data.pop(key)
    return data


def _is_receipt(receipt: Receipt) -> bool:
    return receipt.series in ("R", "F")


def _layout_is(layout: str):
    return lambda: settings.get("money.receipt_layout") == layout


def search_fields(receipt: Receipt):
    return ([receipt.payer], [receipt.company_name, *(x["description"] for x in receipt.lines)],
            [receipt.number, receipt.finance_receipt_no])


def summary(receipt: Receipt) -> str:
    return f"{receipt.number} {receipt.payer} ¥{yuan(receipt.total_fen)}"


SPEC = register(LogbookSpec(
    key="receipts",
    order=20,
    title=tr("收据", "Receipts"),
    group="money",
    model=Receipt,
    form="",
    statuses=STATUSES,
    columns=(
        Column("number", tr("单据号", "Number"), 110),
        Column("created_at", tr("开具时间", "Issued"), 120, "time"),
        Column("series", tr("类别", "Kind"), 80, "choice", SERIES),
        Column("payer", tr("付款人", "Payer"), 90),
        Column("company_name", tr("公司", "Company"), 140),
        Column("method", tr("方式", "Method"), 90, "choice", METHODS),
        Column("total_fen", tr("金额", "Amount"), 80, "money"),
        Column("status", tr("状态", "Status"), 60, "choice", tuple(STATUSES.items())),
    ),
    actions=(
        Action("refund", tr("退押金", "Refund deposit"), refund, RECEPTIONIST, (ISSUED,),
               confirm=tr("退还这张收据收取的押金?", "Refund the deposit this receipt took?"),
               applies=lambda receipt: held_deposit(receipt) is not None),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (ISSUED,), needs_reason=True, authorisable=True),
    ),
    documents=(
        Document("receipt_a5", tr("收据(A5 一式三联)", "Receipt (A5 three-part)"), receipt_data, "receipt_a5",
                 paper="A5", applies=_is_receipt, preferred=_layout_is("a5"), copies_across_documents=True),
        Document("receipt_80mm", tr("收据(80 mm)", "Receipt (80 mm)"), receipt_data, "receipt_80mm",
                 applies=_is_receipt, preferred=_layout_is("80mm"), copies_across_documents=True),
        Document("charge_voucher", tr("签单凭证", "Charge voucher"), voucher_data, "charge_voucher", paper="A5",
                 applies=lambda receipt: receipt.series == "S"),
    ),
    code_prefix="R",
    search_fields=search_fields,
    summary=summary,
))
