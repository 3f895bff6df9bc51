"""Demo passes and access cards: resident cards (some for a relative with the owner's letter), tenant cards
with their leases, renovation workers' passes brought by the owner, access cards lent against a deposit —
some returned (the deposit refunded), one lost, some renewed, a few running out this week — each step
through the real services at its own moment, so the passes tab, its attention list and the drawer agree."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory.models import Company, Resident
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import passes

DAYS = 30
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚")
METHODS = ("cash", "cash", "wechat", "alipay")


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _values(rng: random.Random, kind: str, serial: int, unit: str, owner: str, day) -> dict:
    from frontdesk_gui.core.demo import resident_id

    values = {"kind": kind, "holder_name": _name(rng), "id_type": "resident_id", "id_number": resident_id(rng),
              "phone": f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}", "unit": unit,
              "photo_seen": True, "pay_method": rng.choice(METHODS)}
    if kind == passes.RESIDENT:
        values.update(card_no=f"ZH{serial:04d}", holder_name=owner)
        if rng.random() < 0.3:
            values.update(holder_name=_name(rng), authorised_by_owner=owner, letter_seen=True)
    elif kind == passes.TENANT:
        lease_from = day - timedelta(days=rng.randint(0, 20))
        values.update(card_no=f"ZK{serial:04d}", lease_seen=True, lease_from=lease_from.isoformat(),
                      lease_until=(lease_from + timedelta(days=rng.choice((180, 364, 729)))).isoformat())
        if rng.random() < 0.2:  # a short first card: it runs out soon and is renewed
            values["valid_until"] = (day + timedelta(days=rng.randint(20, 40))).isoformat()
    elif kind == passes.RENOVATION:
        values.update(card_no=f"LS{serial:04d}", owner_name=owner, holder_name=_name(rng) + "师傅",
                      valid_until=(day + timedelta(days=rng.randint(20, 90))).isoformat())
    else:
        values.update(card_no=f"MJ{serial:04d}", valid_until=(day + timedelta(days=rng.randint(3, 40))).isoformat())
    return values


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Passes over the last `days` days; `ctx_at(moment)` is the desk on duty then. Returns how many."""
    owners = [(r.unit, r.name) for r in Resident.select().where(Resident.active).limit(300)]
    owners += [(c.room, c.name) for c in Company.select().where(Company.active & Company.room.is_null(False))
               .limit(60)]
    if not owners:
        return 0
    previous = clock.get_clock()
    now = previous.now()
    made: list[passes.Pass] = []
    serial = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            for _ in range(rng.randint(1, 4)):
                at = midnight + timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))
                if at >= now:
                    continue
                _at(at)
                serial += 1
                unit, owner = rng.choice(owners)
                kind = rng.choice((passes.RESIDENT, passes.TENANT, passes.TENANT, passes.RENOVATION,
                                   passes.RENOVATION, passes.ACCESS))
                try:
                    made.append(passes.issue(ctx_at(at), **_values(rng, kind, serial, unit, owner, at.date())))
                except FrontdeskError:
                    continue
            _follow_up(ctx_at, rng, made, midnight, now)
    finally:
        clock.set_clock(previous)
    return len(made)


def _follow_up(ctx_at, rng: random.Random, made: list, midnight: datetime, now: datetime) -> None:
    """The day's returns, renewals and the odd lost card."""
    at = midnight + timedelta(hours=16, minutes=rng.randint(0, 50))
    if at >= now:
        return
    for card in [passes.Pass.get_by_id(c.id) for c in made]:
        if card.status != passes.ACTIVE or card.valid_until is None or card.created_at >= at:
            continue
        left = (card.valid_until - at.date()).days
        roll = rng.random()
        try:
            if card.kind == passes.ACCESS and left < 2 and roll < 0.8:
                _at(at)
                passes.return_card(ctx_at(at), card)
            elif card.kind == passes.ACCESS and roll < 0.01:
                _at(at)
                passes.report_lost(ctx_at(at), card, "持卡人说卡丢了,押金不退")
            elif card.kind == passes.TENANT and 0 <= left <= 3 and roll < 0.7:
                _at(at)
                passes.renew(ctx_at(at), card, None, rng.choice(METHODS))
            elif card.kind == passes.RENOVATION and left <= 0 and roll < 0.7:
                _at(at)
                passes.return_card(ctx_at(at), card)
        except FrontdeskError:
            continue
