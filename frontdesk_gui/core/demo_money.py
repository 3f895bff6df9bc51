"""Demo money: a month of business-centre orders taken, done and settled through the real services
(receipts numbered, drawer filled, some signed to tenant companies, a few deposits and voids), so the
service-order, receipt and drawer tabs and the company accounts have something true to show."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import drawer, receipts, service_orders
from frontdesk_gui.core.money import prices

DAYS = 30
METHOD_WEIGHTS = (("cash", 45), ("wechat", 25), ("alipay", 10), ("card", 5), ("account", 15))


def _job(rng: random.Random) -> dict:
    service = rng.choices(("copy", "fax_send", "print", "scan", "typing", "binding", "lamination", "other"),
                          (40, 15, 15, 8, 5, 6, 6, 5))[0]
    if service == "copy":
        big = rng.random() < 0.08
        return {"service": service, "paper_size": rng.choice(("a4", "a4", "a4", "a3")),
                "sides": rng.choice(("single", "double")), "colour": "colour" if big or rng.random() < 0.2 else "bw",
                "zoom": rng.choice(("same", "same", "same", "enlarge", "reduce")),
                "copies_per_set": str(rng.randint(20, 60) if big else rng.randint(1, 30)),
                "sets": str(rng.randint(5, 20) if big else rng.randint(1, 3))}
    if service == "fax_send":
        code = rng.choice([i.code for i in prices.items("fax_send")])
        return {"service": service, "item_code": code, "fax_number": f"{rng.randint(20000000, 89999999)}",
                "pages": str(rng.randint(1, 8)), "duration": f"{rng.randint(0, 5)}:{rng.randint(5, 59):02d}",
                "error_pages": str(rng.choice((0, 0, 0, 1)))}
    if service == "typing":
        return {"service": service, "item_code": rng.choice(("typing.zh", "typing.en")),
                "pages": str(rng.randint(1, 6))}
    if service in ("print", "scan"):
        return {"service": service, "paper_size": "a4", "colour": rng.choice(("bw", "bw", "colour")),
                "pages": str(rng.randint(1, 40))}
    if service == "binding":
        return {"service": service, "sets": str(rng.randint(1, 5))}
    if service == "lamination":
        return {"service": service, "paper_size": rng.choice(("a4", "a3")), "quantity": str(rng.randint(1, 10))}
    code = rng.choice([i.code for i in prices.items("other")])
    return {"service": service, "item_code": code, "quantity": str(rng.randint(1, 3))}


def _at(clock_now: datetime) -> None:
    clock.set_clock(clock.FrozenClock(clock_now))


def fill_money(operators: dict, shifts, rng: random.Random, payers: list[str], days: int = DAYS) -> int:
    """Orders over the last `days` days through the real services; returns how many orders were made."""
    companies = list(Company.select().where(Company.active).limit(40))
    previous = clock.get_clock()
    now = previous.now()
    made = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            opening = midnight + timedelta(hours=8, minutes=30)
            if opening >= now or (day and midnight.weekday() >= 5):
                continue
            shift = shifts.at(opening)
            if shift is None:
                continue
            desk = Ctx(operators["desk"], shift)
            _at(opening)
            if day < days:  # the previous day's cash goes to the cashier first thing (A64)
                held = drawer.cash_balance()
                if held > 0:
                    drawer.record(desk, kind="to_cashier", amount=f"{held / 100:.2f}", cashier_name="财务 陈会计")
            drawer.record(desk, kind="float", amount="200")
            times = sorted(midnight + timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))
                           for _ in range(rng.randint(3, 9)))
            for at in times:
                if at >= now:
                    continue
                made += _one_order(Ctx(operators["desk"], shifts.at(at) or shift), operators["lead"], at, rng,
                                   payers, companies, today=day == 0)
    finally:
        clock.set_clock(previous)
    return made


def _one_order(ctx: Ctx, lead, at: datetime, rng: random.Random, payers: list[str], companies: list, *,
               today: bool) -> int:
    _at(at)
    company = rng.choice(companies) if companies and rng.random() < 0.6 else None
    internal = rng.random() < 0.05
    values = _job(rng)
    values.update(payer_name=rng.choice(payers), company_name=company.name if company else "",
                  room=company.room if company else "")
    if internal:
        values.update(customer_kind="internal", company_name="", department=rng.choice(("工程部", "保安部", "客服部")),
                      reason="工作资料", approver="赵经理")
    try:
        order = service_orders.take_order(ctx, **values)
        if order.deposit_fen:
            service_orders.take_deposit(ctx, order, rng.choice(("cash", "wechat")))
        while order.service == "typing" and order.typing_stage != "final":
            service_orders.advance_typing(ctx, order)
        _at(at + timedelta(minutes=rng.randint(3, 40)))
        if today and rng.random() < 0.3:
            return 1  # still being worked on
        service_orders.mark_done(ctx, order)
        method = "internal" if internal else rng.choices(*zip(*METHOD_WEIGHTS, strict=True))[0]
        if method == "account" and company is None:
            method = "cash"
        document = service_orders.settle(ctx, order, method)
        if document is not None and document.series == "R" and rng.random() < 0.02:
            # The shift leader approves at the counter, and the order is settled again.
            receipts.void(Ctx(ctx.operator, ctx.shift, authorised_by=lead), document, "金额开错,重开")
            service_orders.settle(ctx, service_orders.ServiceOrder.get_by_id(order.id), "cash")
    except FrontdeskError:
        return 0  # the desk would have refused it too; the demo moves on
    return 1
