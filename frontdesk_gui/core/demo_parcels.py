"""Demo parcels and registered mail: the postman's morning batch and couriers through the day, recipients
from the roster (a few not in it: 查无此人), told at once (office) or through the area steward at 17:00
(residential), collected a few at a time, no-such-person items returned after three days — each step
through the real services at its own moment, so the parcels tab and its attention list show true data."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock, held, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory.models import Company, Resident
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import parcels

DAYS = 14
CARRIERS = (("express", "顺丰", "SF"), ("express", "京东", "JD"), ("express", "中通", "ZT"), ("express", "圆通", "YT"),
            ("express", "EMS", "E"), ("parcel", "中国邮政", "CP"), ("registered", "中国邮政", "XA"))
STRANGERS = ("赵无名", "钱不详", "孙某某", "Kevin Wong")


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _recipient(rng: random.Random, companies: list, residents: list) -> dict:
    if rng.random() < 0.03:
        return {"recipient_name": rng.choice(STRANGERS), "recipient_unit": f"{rng.randint(30, 40)}01"}
    if companies:
        company = rng.choice(companies)
        return {"recipient_company": company.name, "recipient_unit": company.room or ""}
    resident = rng.choice(residents)
    return {"recipient_name": resident.name, "recipient_unit": resident.unit}


def _item(rng: random.Random, serial: int, recipient: dict) -> dict:
    kind, carrier, prefix = rng.choice(CARRIERS)
    if rng.random() < 0.08:
        kind, carrier, prefix = rng.choice((("parcel_slip", "中国邮政", ""), ("money_order", "中国邮政", "")))
    tracking = f"{prefix}{rng.randint(10**9, 10**10 - 1)}{serial:03d}" if prefix else ""
    if kind == "registered":
        tracking = f"XA{rng.randint(10**8, 10**9 - 1)}CN"
    return {"item_type": kind, "carrier": carrier, "tracking_no": tracking,
            "storage": f"{rng.choice('ABCD')}{rng.randint(1, 12)}",
            "condition": "damaged" if rng.random() < 0.02 else "good", **recipient}


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Items over the last `days` days; `ctx_at(moment)` is the desk on duty then. Returns how many."""
    companies = list(Company.select().where(Company.active).limit(60))
    residents = [] if companies else list(Resident.select().where(Resident.active).limit(400))
    if not companies and not residents:
        return 0
    residential = settings.get("counter.kind") == "residential"
    previous = clock.get_clock()
    now = previous.now()
    made = []
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            if midnight.weekday() == 6:
                continue
            times = [midnight + timedelta(hours=10, minutes=rng.randint(0, 20)) for _ in range(rng.randint(4, 12))]
            times += [midnight + timedelta(hours=rng.randint(9, 18), minutes=rng.randint(0, 59))
                      for _ in range(rng.randint(2, 8))]
            for n, at in enumerate(sorted(times)):
                if at >= now:
                    continue
                _at(at)
                try:
                    made.append(parcels.receive(ctx_at(at), **_item(rng, n, _recipient(rng, companies, residents))))
                except FrontdeskError:
                    continue  # a duplicate number: the desk would have refused it too
            _follow_up(ctx_at, rng, made, midnight, now, residential)
    finally:
        clock.set_clock(previous)
    return len(made)


def _follow_up(ctx_at, rng: random.Random, items: list, midnight: datetime, now: datetime, residential: bool) -> None:
    """The day's notifications and collections, and three-day-old no-such-person items sent back."""
    # What is still held, as stored now (a hand-over moves several items at once).
    items[:] = list(held.open_items(parcels.Parcel).where(parcels.Parcel.id.in_([p.id for p in items])))
    for item in [p for p in items if p.status == held.WAITING and not p.no_such_person]:
        at = (midnight + timedelta(hours=17, minutes=rng.randint(0, 40)) if residential
              else item.received_at + timedelta(minutes=rng.randint(2, 30)))
        if at < now:
            _at(at)
            parcels.notify(ctx_at(at), item, "steward" if residential else "phone",
                           rng.choice(("reached", "reached", "reached", "no_answer")))
    if residential:
        at = midnight + timedelta(hours=17, minutes=45)
        round_ = [p for p in parcels.steward_round() if clock.local(p.received_at) < at]
        if round_ and at < now:
            _at(at)
            parcels.hand_over(ctx_at(at), round_, collector_name="片区管理员 张师傅", collector_role="steward")
    else:
        for item in [p for p in items if p.status == held.NOTIFIED]:
            at = item.notified_at + timedelta(hours=rng.randint(1, 60))
            if at < now and rng.random() < 0.6:
                _at(at)
                together = [p for p in parcels.for_recipient(item) if p.received_at <= at]
                if together:
                    parcels.hand_over(ctx_at(at), together, id_checked="work_id",
                                      collector_name=rng.choice(("前台 小王", "行政 李小姐", "刘经理")))
    for item in [p for p in items if p.no_such_person and p.status == held.WAITING]:
        at = item.received_at + held.deadline("held.parcels_hours") + timedelta(hours=1)
        if at < now and clock.local(at) < midnight + timedelta(days=1):
            _at(at)
            parcels.return_to_post_office(ctx_at(at), item)
