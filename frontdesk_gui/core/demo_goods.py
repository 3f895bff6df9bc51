"""Demo goods passes (CATALOGUE A31, B4): a few release passes a day checked at the lobby — most released,
some refused for a mismatch, one of today's still waiting and an older one expired unreleased — and goods
coming in, moving materials with the management office's voucher; each through the real services at its
own moment, so the goods tab and its attention list show true data."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory.models import Company, Resident
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import goods

DAYS = 10
OUT_ITEMS = (("笔记本电脑", "台"), ("显示器", "台"), ("办公椅", "把"), ("文件柜", "个"), ("打印机", "台"),
             ("纸箱(资料)", "箱"), ("样品", "箱"), ("投影仪", "台"), ("自行车", "辆"), ("电视机", "台"))
IN_ITEMS = (("瓷砖", "箱"), ("水泥", "包"), ("木板", "块"), ("乳胶漆", "桶"), ("办公桌", "张"), ("冰箱", "台"))
ISSUERS = ("管理处 陈小姐", "管理处 刘主管", "管理处 周经理")
CARRIERS = ("王小明", "李强", "张伟", "搬家公司 赵师傅", "刘芳", "陈静")
REFUSALS = ("物品与放行条不符(数量多出),回管理处重新开具", "放行条所列物品与实物不符,回管理处重新开具")


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _items(rng: random.Random, choices) -> str:
    picked = rng.sample(choices, rng.randint(1, 3))
    return "\n".join(f"{name} × {rng.randint(1, 6)}{unit}" for name, unit in picked)


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Passes over the last `days` days; `ctx_at(moment)` is the desk on duty then. Returns how many."""
    units = [c.name + " " + (c.room or "") for c in Company.select().where(Company.active).limit(40)]
    units = units or [r.unit for r in Resident.select().where(Resident.active).limit(200)] or ["1203"]
    previous = clock.get_clock()
    now = previous.now()
    made = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            for _ in range(rng.randint(1, 4)):
                at = midnight + timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59))
                if at >= now:
                    continue
                _at(at)
                ctx = ctx_at(at)
                try:
                    if rng.random() < 0.7:
                        valid = at.date() + timedelta(days=rng.choice((0, 0, 0, 1)))
                        item = goods.log(ctx, direction=goods.OUT, person_name=rng.choice(CARRIERS),
                                         unit=rng.choice(units), items=_items(rng, OUT_ITEMS),
                                         valid_date=valid.isoformat(), issued_by=rng.choice(ISSUERS),
                                         plate=rng.choice(("", "", "沪A" + str(rng.randint(10000, 99999)))))
                        made += 1
                        check = at + timedelta(minutes=rng.randint(1, 20))
                        # Today's last pass waits at the lobby; an old one is left to expire (attention).
                        if check >= now or (day and rng.random() < 0.05):
                            continue
                        _at(check)
                        if rng.random() < 0.12:
                            goods.refuse(ctx_at(check), item, rng.choice(REFUSALS))
                        else:
                            goods.release(ctx_at(check), item)
                    else:
                        moving = rng.random() < 0.6
                        goods.log(ctx, direction=goods.IN, person_name=rng.choice(CARRIERS), unit=rng.choice(units),
                                  items=_items(rng, IN_ITEMS), moving_materials=moving,
                                  voucher_no=f"GL-{at:%y%m%d}-{rng.randint(1, 99):02d}" if moving else "")
                        made += 1
                except FrontdeskError:
                    continue
    finally:
        clock.set_clock(previous)
    return made
