"""Demo keys: a register of some sixty keys (vacant units, owners' entrusted keys, plant-room spares,
security doors) and loans over the recent days through the real services — staff who sign, outsiders who
leave a deposit, keys counted back, one lost, a couple still out and one overdue — so the key tab, its
attention list and the monthly checklist show true data."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import auth, clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import keys

DAYS = 10
STAFF = (("张师傅", "工程部"), ("李工", "工程部"), ("王保安", "保安部"), ("赵阿姨", "保洁部"), ("陈主管", "客服部"))
OUTSIDERS = (("刘装修", "11010519491231002X"), ("周中介", "440524188001010014"), ("吴师傅", "110101199003074477"))
PURPOSES = ("查水表", "维修漏水", "看房", "装修进场", "设备巡检", "开防盗门")


def _register(ctx: Ctx, rng: random.Random) -> list[keys.Key]:
    made = []
    rows = []
    for building in (1, 2, 3):
        for floor in range(2, 13):
            if rng.random() < 0.8:
                rows.append({"tag": f"V{building}-{floor:02d}01", "category": "vacant", "building": f"{building}栋",
                             "floor": f"{floor}层", "unit": f"{floor:02d}01", "label": "入户门",
                             "ring_count": rng.choice((1, 2, 3))})
            if rng.random() < 0.5:
                rows.append({"tag": f"T{building}-{floor:02d}02", "category": "entrusted",
                             "building": f"{building}栋", "floor": f"{floor}层", "unit": f"{floor:02d}02",
                             "label": "业主托管", "ring_count": rng.choice((1, 2))})
    for n, room in enumerate(("配电房", "水泵房", "消防控制室", "电梯机房", "天台", "地下车库", "发电机房")):
        rows.append({"tag": f"E-{n + 1:02d}", "category": "equipment", "building": "1栋", "floor": "B1",
                     "label": room, "ring_count": 1})
    for building in (1, 2, 3):
        for door in ("东", "西"):
            rows.append({"tag": f"S{building}-{'E' if door == '东' else 'W'}", "category": "security_door",
                         "building": f"{building}栋", "floor": "1层", "label": f"{door}侧防盗门", "ring_count": 2})
    for n, row in enumerate(rows[:60]):
        row["cabinet_position"] = f"{'ABCD'[n // 15]}{n % 15 + 1}"
        try:
            made.append(keys.add_key(ctx, **row))
        except FrontdeskError:
            continue  # already there (a second fill)
    return made


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """The register and loans over the last `days` days; `ctx_at(moment)` is the desk on duty. Returns loans."""
    lead = Ctx(auth.system_actor())
    previous = clock.get_clock()
    now = previous.now()
    loans = 0
    try:
        register = _register(lead, rng)
        if not register:
            return 0
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            for _ in range(rng.randint(1, 4)):
                at = midnight + timedelta(hours=rng.randint(8, 16), minutes=rng.randint(0, 59))
                if at >= now:
                    continue
                key = rng.choice(register)
                key = keys.Key.get_by_id(key.id)
                if key.state != keys.IN:
                    continue
                _at(at)
                ctx = ctx_at(at)
                try:
                    loan = _lend(ctx, rng, key)
                except FrontdeskError:
                    continue
                loans += 1
                back = at + timedelta(minutes=rng.randint(20, 300))
                if back >= now - timedelta(hours=1) or rng.random() < 0.04:
                    continue  # still out (one of them likely overdue)
                _at(back)
                if rng.random() < 0.03:
                    keys.report_lost(ctx_at(back), loan, "借用人遗失", method="cash")
                else:
                    keys.return_key(ctx_at(back), loan, key.ring_count)
    finally:
        clock.set_clock(previous)
    return loans


def _lend(ctx: Ctx, rng: random.Random, key: keys.Key) -> keys.KeyLoan:
    purpose = rng.choice(PURPOSES)
    if rng.random() < 0.7:
        name, department = rng.choice(STAFF)
        return keys.lend(ctx, key_tag=key.tag, borrower_kind="staff", borrower_name=name, department=department,
                         purpose=purpose)
    name, id_number = rng.choice(OUTSIDERS)
    return keys.lend(ctx, key_tag=key.tag, borrower_kind="outsider", borrower_name=name, id_type="resident_id",
                     id_number=id_number, phone=f"138{rng.randint(10**7, 10**8 - 1)}", purpose=purpose,
                     deposit_method=rng.choice(("cash", "cash", "wechat")))
