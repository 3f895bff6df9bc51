"""Demo duty log: a few notes a day over the recent days through the real service — damaged facilities,
residents' suggestions, things to pass on — some high priority, some to follow up (most followed up within
hours, the last ones still open), so the duty log, Today and the handover dialog show true data."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.logbooks import duty_log

DAYS = 14
NOTES = (
    ("damage", "high", True, "{unit} 电梯按钮被人损坏,已拍照,通知工程部维修", "已由工程部更换按钮"),
    ("damage", "normal", True, "{unit} 楼道墙面被小孩涂画", "保洁已清理"),
    ("damage", "high", True, "地下车库入口道闸被车辆撞坏", "工程部已修复道闸"),
    ("opinion", "normal", False, "{unit} 住户建议大堂增设雨伞架", None),
    ("opinion", "normal", True, "{unit} 住户反映夜间楼下施工噪音大,希望协调", "已与施工方沟通,22 点后停工"),
    ("opinion", "high", True, "{unit} 业主投诉快递堆放在大堂影响通行", "已整理快递架,通知快递员按时取件"),
    ("in_person", "high", False, "{unit} 业主有机密文件需当面交给物业经理,已约明早 9 点", None),
    ("other", "normal", False, "消防通道巡查一次,无异常", None),
    ("other", "normal", False, "大堂空调温度调至 26 度", None),
)
UNITS = ("1栋1203", "2栋0802", "3栋1501", "1栋0304", "2栋1106", "3栋0201")


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Notes over the last `days` days; `ctx_at(moment)` is the desk on duty. Returns the number written."""
    previous = clock.get_clock()
    now = previous.now()
    written = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            for _ in range(rng.randint(1, 4)):
                at = midnight + timedelta(hours=rng.randint(8, 20), minutes=rng.randint(0, 59))
                if at >= now:
                    continue
                category, priority, follow_up, text, done = rng.choice(NOTES)
                clock.set_clock(clock.FrozenClock(at))
                note = duty_log.note(ctx_at(at), category=category, priority=priority, follow_up=follow_up,
                                     unit=None, text=text.format(unit=rng.choice(UNITS)))
                written += 1
                later = at + timedelta(hours=rng.randint(1, 30))
                if follow_up and later < now - timedelta(hours=2):
                    clock.set_clock(clock.FrozenClock(later))
                    duty_log.followed_up(ctx_at(later), note, done)
    finally:
        clock.set_clock(previous)
    return written
