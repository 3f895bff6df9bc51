"""钱箱 — the counter's cash drawer: every payment and refund of the shift, the opening float, payouts,
cash handed to the cashier (A64: fees taken after hours are handed over before 9:00 the next morning)
and the count when the shift closes.

Payments, deposits, refunds and voids are written by money.charges; the form records the rest.
The drawer's balance runs across shifts (the cash stays in the box); a count records the difference
with its reason and the balance starts again from what was counted.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import fn

from frontdesk_gui.core import clock, entry
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.models import Shift
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, METHODS, parse_yuan, yuan
from frontdesk_gui.core.money.models import DrawerEntry
from frontdesk_gui.core.spec import Action, AttentionRule, Column, FormField, LogbookSpec, register
from frontdesk_gui.core.text import Text, tr

RECORDED = "recorded"
KINDS = (
    ("float", tr("备用金", "Opening float")),
    ("payment", tr("收款", "Payment")),
    ("deposit", tr("收押金", "Deposit taken")),
    ("refund", tr("退款", "Refund")),
    ("void", tr("作废冲回", "Voided receipt")),
    ("payout", tr("支出", "Payout")),
    ("to_cashier", tr("交财务", "Handed to cashier")),
    ("count", tr("交班清点", "Count")),
)
MANUAL_KINDS = (("float", KINDS[0][1]), ("payout", KINDS[5][1]), ("to_cashier", KINDS[6][1]))
STATUSES = {RECORDED: tr("已记录", "Recorded"), entry.VOIDED: tr("已作废", "Void")}
# Money out of the drawer is negative; the form takes a positive figure.
SIGN = {"float": 1, "payout": -1, "to_cashier": -1}
HAND_OVER_BY = 9  # A64: before 9:00 on the cashier's next working morning
CASH_IN_KINDS = ("payment", "deposit")


def _live():
    return DrawerEntry.select().where(DrawerEntry.status != entry.VOIDED)


def record(ctx: Ctx, **values) -> DrawerEntry:
    """A float, a payout (with its reason) or cash handed to the cashier (with the cashier's name)."""
    require(ctx, RECEPTIONIST)
    kind = values.get("kind") or ""
    reason = (values.get("reason") or "").strip() or None
    cashier = (values.get("cashier_name") or "").strip() or None
    errors: dict[str, Text] = {}
    if kind not in SIGN:
        errors["kind"] = tr("请选择类别。", "Please choose what this is.")
    try:
        fen = parse_yuan(values.get("amount"), "amount")
    except ValidationError as error:
        errors.update(error.errors)
        fen = 0
    if kind == "payout" and not reason:
        errors["reason"] = tr("支出需写明用途。", "A payout needs its reason.")
    if kind == "to_cashier" and not cashier:
        errors["cashier_name"] = tr("请填写收款的财务人员。", "Enter the cashier who took the cash.")
    if kind in ("payout", "to_cashier") and fen > cash_balance():
        errors["amount"] = tr("钱箱里没有这么多现金(现有 {cash} 元)。",
                              "The drawer does not hold that much cash ({cash} now).").format(cash=yuan(cash_balance()))
    if errors:
        raise ValidationError(errors)
    if ctx.shift is None:
        raise StateError(tr("没有进行中的班次。", "There is no open shift."))
    movement = DrawerEntry(kind=kind, method="cash", amount_fen=SIGN[kind] * fen, reason=reason, cashier_name=cashier)
    with db.atomic():
        entry.create(ctx, SPEC, movement, status=RECORDED)
        if kind == "to_cashier":
            (DrawerEntry.update(handed_in=movement)
             .where(DrawerEntry.handed_in.is_null() & (DrawerEntry.method == "cash")
                    & DrawerEntry.kind.in_(CASH_IN_KINDS) & (DrawerEntry.id < movement.id)).execute())
    return movement


def cash_balance(before: datetime | None = None) -> int:
    """What the drawer should hold: every cash movement, with each count's difference taken as found."""
    moves = _live().where((DrawerEntry.method == "cash") & (DrawerEntry.kind != "count"))
    counts = _live().where(DrawerEntry.kind == "count")
    if before is not None:
        moves, counts = moves.where(DrawerEntry.created_at < before), counts.where(DrawerEntry.created_at < before)
    moved = moves.select(fn.COALESCE(fn.SUM(DrawerEntry.amount_fen), 0)).scalar()
    found = counts.select(fn.COALESCE(fn.SUM(DrawerEntry.amount_fen - DrawerEntry.expected_fen), 0)).scalar()
    return int(moved) + int(found)


def count(ctx: Ctx, counted: str | int, reason: str | None = None) -> DrawerEntry:
    """The cash counted at the close of the shift; a difference from what it should be needs a reason."""
    require(ctx, RECEPTIONIST)
    fen = parse_yuan(counted, "counted", allow_zero=True) if isinstance(counted, str) else int(counted)
    expected = cash_balance()
    reason = (reason or "").strip() or None
    if fen != expected and not reason:
        raise ValidationError({"reason": tr("清点金额与应有金额({expected} 元)不符,请写明原因。",
                                            "The count differs from the {expected} expected: give the reason.")
                               .format(expected=yuan(expected))})
    if ctx.shift is None:
        raise StateError(tr("没有进行中的班次。", "There is no open shift."))
    counted_entry = DrawerEntry(kind="count", method="cash", amount_fen=fen, expected_fen=expected, reason=reason)
    return entry.create(ctx, SPEC, counted_entry, status=RECORDED)


def void(ctx: Ctx, movement: DrawerEntry, reason: str) -> DrawerEntry:
    """Only what was typed here is voided here; a payment goes back by voiding its receipt."""
    if movement.kind not in SIGN and movement.kind != "count":
        raise StateError(tr("收付款请通过作废收据冲回。", "Payments go back by voiding their receipt."))
    with db.atomic():
        if movement.kind == "to_cashier":
            DrawerEntry.update(handed_in=None).where(DrawerEntry.handed_in == movement).execute()
        return entry.void(ctx, SPEC, movement, reason)


def totals(query) -> dict[str, dict[str, int]]:
    """{method: {kind: fen}} over a selection of drawer entries (counts left out)."""
    out: dict[str, dict[str, int]] = {}
    rows = (query.where((DrawerEntry.status != entry.VOIDED) & (DrawerEntry.kind != "count"))
            .select(DrawerEntry.method, DrawerEntry.kind, fn.SUM(DrawerEntry.amount_fen).alias("fen"))
            .group_by(DrawerEntry.method, DrawerEntry.kind).tuples())
    for method, kind, fen in rows:
        out.setdefault(method, {})[kind] = int(fen)
    return out


def shift_summary(shift: Shift) -> dict:
    """The shift's money for the handover sheet: taken and paid out per method, and the cash count."""
    by_method = totals(DrawerEntry.select().where(DrawerEntry.shift == shift))
    last_count = (_live().where((DrawerEntry.shift == shift) & (DrawerEntry.kind == "count"))
                  .order_by(DrawerEntry.id.desc()).first())
    methods = {}
    for method in COUNTER_METHODS:
        kinds = by_method.get(method, {})
        taken = kinds.get("payment", 0) + kinds.get("deposit", 0)
        back = kinds.get("refund", 0) + kinds.get("void", 0)
        methods[method] = {"taken": taken, "refunded": back, "net": taken + back}
    cash = by_method.get("cash", {})
    return {
        "methods": methods,
        "float": cash.get("float", 0), "payouts": cash.get("payout", 0), "to_cashier": cash.get("to_cashier", 0),
        "expected": last_count.expected_fen if last_count else cash_balance(),
        "counted": last_count.amount_fen if last_count else None,
        "difference": (last_count.amount_fen - last_count.expected_fen) if last_count else None,
        "count_reason": last_count.reason if last_count else None,
    }


def daily_total(ctx: Ctx, day: date) -> dict[str, dict[str, int]]:
    """A supervisor's total of one day across all shifts, by method."""
    require(ctx, SUPERVISOR, authorisable=True)
    start = clock.to_utc(datetime.combine(day, datetime.min.time()).astimezone())
    end = start + timedelta(days=1)
    return totals(DrawerEntry.select().where((DrawerEntry.created_at >= start) & (DrawerEntry.created_at < end)))


def _cash_held_from_before_today(now: datetime):
    midnight = clock.local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return _live().where((DrawerEntry.method == "cash") & DrawerEntry.kind.in_(CASH_IN_KINDS)
                         & DrawerEntry.handed_in.is_null() & (DrawerEntry.created_at < midnight))


def _hand_over_due(now: datetime):
    query = _cash_held_from_before_today(now)
    return query if clock.local(now).hour < HAND_OVER_BY else query.where(DrawerEntry.id < 0)


def _hand_over_late(now: datetime):
    query = _cash_held_from_before_today(now)
    return query if clock.local(now).hour >= HAND_OVER_BY else query.where(DrawerEntry.id < 0)


FORM_FIELDS = (
    FormField("kind", tr("类别", "Kind"), required=True, choices=MANUAL_KINDS),
    FormField("amount", tr("金额(元)", "Amount (yuan)"), required=True),
    FormField("reason", tr("用途/原因", "Reason")),
    FormField("cashier_name", tr("收款财务人员", "Cashier")),
)


def search_fields(movement: DrawerEntry):
    return [movement.cashier_name], [movement.reason], [movement.receipt.number if movement.receipt_id else None]


def summary(movement: DrawerEntry) -> str:
    return f"{dict(KINDS)[movement.kind]} ¥{yuan(movement.amount_fen)} {clock.local_text(movement.created_at)}"


SPEC = register(LogbookSpec(
    key="drawer",
    order=30,
    title=tr("钱箱", "Cash drawer"),
    group="money",
    model=DrawerEntry,
    form="drawer_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("created_at", tr("时间", "Time"), 120, "time"),
        Column("kind", tr("类别", "Kind"), 90, "choice", KINDS),
        Column("method", tr("方式", "Method"), 80, "choice", METHODS),
        Column("amount_fen", tr("金额", "Amount"), 80, "money"),
        Column("expected_fen", tr("应有", "Expected"), 80, "money"),
        Column("reason", tr("用途/原因", "Reason"), 150),
        Column("cashier_name", tr("财务人员", "Cashier"), 80),
        Column("status", tr("状态", "Status"), 60, "choice", tuple(STATUSES.items())),
    ),
    create=record,
    actions=(
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (RECORDED,), needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("cash_hand_over", tr("昨日现金 9:00 前交财务", "Cash to hand to the cashier before 9:00"),
                      "due_soon", _hand_over_due),
        AttentionRule("cash_late", tr("现金未按时交财务", "Cash not handed to the cashier by 9:00"), "overdue",
                      _hand_over_late),
    ),
    search_fields=search_fields,
    summary=summary,
))
