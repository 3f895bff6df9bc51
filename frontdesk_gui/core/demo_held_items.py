"""Demo lost and found and deposits: what the counter found, who asked after a loss, what guests left at
the desk, over the last days, through the real services (each event at its own frozen time): most found
items claimed against an ID after a loss report was linked, a few still unclaimed, an old one handed to
the police; most deposits collected, one damaged on the way out, a few still held (one overdue)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import deposits, lost_found

# what, description, what the owner says, where found, where the owner thinks it was lost
FINDS = (
    ("黑色钱包", "真皮,内有银行卡两张", "钱包 黑色", "一楼大堂沙发", "大堂"),
    ("棕色钱包", "皮质,有身份证", "棕色钱包 身份证", "地下停车场 B2", "停车场"),
    ("手机", "华为 黑色 蓝色手机壳", "华为手机", "电梯厅", "电梯"),
    ("钥匙一串", "三把,红色钥匙扣", "钥匙 红色钥匙扣", "大堂前台", "前台"),
    ("雨伞", "长柄 黑色", "黑色长柄伞", "旋转门口", "门口"),
    ("U盘", "金士顿 32G 银色", "金士顿U盘", "商务中心复印机", "商务中心"),
    ("工牌", "蓝天贸易 工牌带", "工牌", "12层电梯口", "电梯口"),
    ("眼镜", "黑框 眼镜盒", "黑框眼镜", "一楼洗手间", "洗手间"),
    ("保温杯", "白色 膳魔师", "白色保温杯", "会议室 3", "会议室"),
    ("耳机", "AirPods 白色充电盒", "AirPods 耳机", "咖啡吧", "咖啡吧"),
)
FINDERS = ("保洁 张阿姨", "保安 刘师傅", "保洁 王阿姨", "前台 李前台", "访客交来", "保安 陈师傅")
DEPOSITS = (("拉杆箱", 1), ("纸箱", 2), ("文件袋", 1), ("花束", 1), ("购物袋", 3), ("钥匙", 1), ("快递盒", 2),
            ("西装(防尘袋)", 1), ("蛋糕", 1))
UNITS = ("1203 蓝天贸易", "805 华信律师事务所", "1501 远景科技", "603 宏达会计师事务所", "访客")


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}"


def fill(operators: dict, shifts, rng: random.Random, names: list[str], days: int = 14) -> int:
    """Found items, loss reports and deposits over the last `days` days; returns how many items were logged."""
    previous = clock.get_clock()
    now = previous.now()
    made = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            if midnight + timedelta(hours=9) >= now:
                continue
            for _ in range(rng.choice((0, 1, 1, 2))):
                made += _found_item(operators, shifts, rng, names, midnight, now)
            for _ in range(rng.randint(1, 3)):
                made += _deposit(operators, shifts, rng, names, midnight, now)
    finally:
        clock.set_clock(previous)
    return made


def _ctx(operators: dict, shifts, at: datetime) -> Ctx | None:
    shift = shifts.at(at)
    return Ctx(operators["desk"], shift) if shift is not None else None


def _found_item(operators, shifts, rng, names, midnight: datetime, now: datetime) -> int:
    at = midnight + timedelta(hours=rng.randint(8, 19), minutes=rng.randint(0, 59))
    ctx = _ctx(operators, shifts, at)
    if ctx is None or at >= now:
        return 0
    what, description, said, where, lost_where = rng.choice(FINDS)
    _at(at)
    try:
        shelf = f"失物柜 {rng.choice('ABC')}{rng.randint(1, 6)}"
        item = lost_found.log_found(ctx, what=what, description=description, found_where=where,
                                    found_by=rng.choice(FINDERS), storage=shelf)
        fate = rng.random()
        if fate < 0.6:  # the owner comes asking, the item is linked, told and claimed
            asked = at + timedelta(hours=rng.randint(1, 30))
            if asked >= now:
                return 1
            _at(asked)
            ctx = _ctx(operators, shifts, asked) or ctx
            owner = rng.choice(names)
            report = lost_found.report_loss(ctx, loser_name=owner, loser_phone=_phone(rng), what=said,
                                            lost_where=lost_where, lost_at=at - timedelta(hours=rng.randint(0, 3)))
            best = lost_found.candidates(report)
            if best and best[0][0].id == item.id:
                lost_found.link(ctx, report, item)
                lost_found.notify(ctx, lost_found.FoundItem.get_by_id(item.id), "phone", "reached")
                claimed = asked + timedelta(hours=rng.randint(1, 20))
                if claimed < now:
                    _at(claimed)
                    lost_found.claim(_ctx(operators, shifts, claimed) or ctx,
                                     [lost_found.FoundItem.get_by_id(item.id)], collector_name=owner,
                                     id_checked=rng.choice(("resident_id", "resident_id", "driving_licence")))
        elif fate < 0.7 and (now - at).days > 7:  # valuables nobody asked after go to the police
            _at(at + timedelta(days=7, hours=2))
            lost_found.hand_on(ctx, item, "police", "派出所民警签收")
        elif fate < 0.8:  # someone asks after something else: the report stays open
            _at(at + timedelta(minutes=30))
            lost_found.report_loss(ctx, loser_name=rng.choice(names), loser_phone=_phone(rng),
                                   what=rng.choice(("身份证", "银色手表", "蓝色书包")), lost_where="大堂",
                                   lost_at=at - timedelta(hours=2))
    except FrontdeskError:
        return 0  # the desk would have refused it too; the demo moves on
    return 1


def _deposit(operators, shifts, rng, names, midnight: datetime, now: datetime) -> int:
    at = midnight + timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))
    ctx = _ctx(operators, shifts, at)
    if ctx is None or at >= now:
        return 0
    items, count = rng.choice(DEPOSITS)
    depositor = rng.choice(names)
    pickup = at + timedelta(hours=rng.choice((2, 4, 6, 24))) if rng.random() < 0.7 else None
    damaged = rng.random() < 0.08
    _at(at)
    try:
        item = deposits.deposit(ctx, depositor_name=depositor, depositor_phone=_phone(rng),
                                depositor_unit=rng.choice(UNITS), items=items, item_count=count,
                                condition_in="damaged" if damaged else rng.choice(("good", "good", "sealed")),
                                condition_note="外箱一角压扁" if damaged else "", expected_at=pickup,
                                storage=f"寄存柜 {rng.randint(1, 8)}")
        back = (pickup or at + timedelta(hours=rng.randint(2, 30))) + timedelta(minutes=rng.randint(-60, 90))
        if back >= now or rng.random() < 0.05:
            return 1  # still held (or, now and then, forgotten: overdue)
        _at(max(back, at + timedelta(minutes=5)))
        someone_else = rng.random() < 0.15
        out = "damaged" if rng.random() < 0.03 else "same"
        deposits.hand_over(_ctx(operators, shifts, back) or ctx, [item],
                           collector_name=rng.choice(names) if someone_else else depositor,
                           id_checked="resident_id" if someone_else else "none",
                           condition_out=out, condition_out_note="提手断裂,已报值班主管" if out == "damaged" else "")
    except FrontdeskError:
        return 0
    return 1
