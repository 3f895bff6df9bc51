"""Demo phone messages: the calls of the last days taken for tenants or residents who were out, then told,
delivered or left to lapse, each step through the real services at its own moment (audited, indexed), so
the message tab, its attention list and search have something true to show. Today's messages are partly
still waiting (an urgent one among them)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.demo import GIVEN_NAMES, MOBILE_PREFIXES, SURNAMES
from frontdesk_gui.core.directory.models import Company, Resident
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import messages

DAYS = 14
# Where callers ring from, with the area code of their landlines.
CITIES = (("深圳", "0755"), ("深圳", "0755"), ("深圳", "0755"), ("广州", "020"), ("上海", "021"),
          ("北京", "010"), ("东莞", "0769"), ("杭州", "0571"), ("成都", "028"), ("香港", ""), ("佛山", "0757"))
CALLER_FIRMS = ("招商银行南山支行", "中国平安保险", "华南物流有限公司", "金地物业", "腾飞会计师事务所",
                "德邦律师事务所", "美嘉广告", "南山区税务局", "顺丰速运", "新世纪猎头", "博雅培训中心",
                "宏达装饰工程", "")
TITLES = ("经理", "总", "主任", "小姐", "先生", "秘书", "会计")
# (what the caller said, what they ask for)
TEXTS = (
    ("关于合同的事情想和您确认一下,请尽快回电。", "call_back"),
    ("明天上午十点的会议改到下午三点,地点不变。", "none"),
    ("发票已经开好,明天派人送过来,请留意查收。", "none"),
    ("货款已经汇出,请查收后回个电话。", "call_back"),
    ("报价单已发到邮箱,有问题请回电。", "call_back"),
    ("下午会再打过来。", "call_again"),
    ("设备维修的师傅明天九点上门,请安排人在公司。", "none"),
    ("面试时间改到周四下午两点,请转告。", "none"),
    ("有急事,客户投诉需要马上处理,请务必尽快联系!", "urgent"),
    ("仓库那边出了点状况,请马上回电!", "urgent"),
    ("手机一直打不通,晚点再打。", "call_again"),
    ("年审资料还缺营业执照副本复印件,\n请这周五前补交。", "call_back"),
    ("快递寄错地址了,请回电确认新的收件地址。", "call_back"),
    ("孩子学校来电:下午放学提前到三点半。", "none"),
)
COLLECTORS = ("秘书 小周", "同事 小林", "前台 阿芳", "助理 小陈")


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def _recipients(rng: random.Random) -> list[dict]:
    """Who calls are for: people in the tenant companies of an office building, or the residents."""
    found = [{"recipient_name": rng.choice(SURNAMES) + rng.choice(TITLES) if rng.random() < 0.6 else _person(rng),
              "recipient_company": c.name, "recipient_unit": c.room or ""}
             for c in Company.select().where(Company.active).limit(40)]
    found += [{"recipient_name": r.name, "recipient_company": "", "recipient_unit": r.unit}
              for r in Resident.select().where(Resident.active).limit(60)]
    return found


def _phone(rng: random.Random, area: str) -> tuple[str, str]:
    if area and rng.random() < 0.35:
        number = f"{area}-{rng.randrange(2 * 10**7, 9 * 10**7)}"
        return number, str(rng.randrange(100, 990)) if rng.random() < 0.5 else ""
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}", ""


def fill(ctx_for: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Messages over the last `days` days; `ctx_for(moment)` is who is at the desk then. Returns how many."""
    recipients = _recipients(rng)
    if not recipients:
        return 0
    previous = clock.get_clock()
    now = previous.now()
    made = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            weekend = midnight.weekday() >= 5
            count = rng.randint(0, 2) if weekend else rng.randint(2, 6)
            calls = sorted(midnight + timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59),
                                                seconds=rng.randint(0, 59)) for _ in range(count))
            for at in calls:
                if at >= now:
                    continue
                made += _one_call(ctx_for, rng, rng.choice(recipients), at, now)
    finally:
        clock.set_clock(previous)
    return made


def _one_call(ctx_for, rng: random.Random, recipient: dict, at: datetime, now: datetime) -> int:
    city, area = rng.choice(CITIES)
    phone, ext = _phone(rng, area)
    text, request = rng.choice(TEXTS)
    firm = rng.choice(CALLER_FIRMS)
    values = dict(recipient, caller_name=_person(rng) if rng.random() < 0.85 or not firm else "",
                  caller_company=firm, caller_phone=phone if request == "call_back" or rng.random() < 0.8 else "",
                  caller_ext=ext, caller_city=city, message=text, request=request)
    try:
        if rng.random() < 0.15:  # written up a few minutes after the call, with the time it came in
            _at(at + timedelta(minutes=rng.randint(2, 12)))
            values["received_at"] = at
        else:
            _at(at)
        message = messages.take(ctx_for(at), **values)
        step = at + timedelta(minutes=rng.randint(3, 25))
        fate = rng.random()
        if step >= now or (now - at < timedelta(hours=3) and fate < 0.7):
            return 1  # still waiting: today's latest calls
        if fate < 0.25:  # the first try finds nobody
            _at(step)
            messages.notify(ctx_for(step), message, rng.choice(("phone", "phone", "intercom")), "no_answer")
            step += timedelta(minutes=rng.randint(20, 90))
            if step >= now:
                return 1
        if fate < 0.06:
            _at(step)
            how = rng.choice(("no_longer_needed", "reached_directly", "filed"))
            messages.lapse(ctx_for(step), message, how)
            return 1
        if fate < 0.6:
            _at(step)
            messages.notify(ctx_for(step), message, rng.choice(("phone", "sms", "intercom")),
                            rng.choice(("reached", "message_left")))
            step += timedelta(minutes=rng.randint(5, 150))
            if step >= now:
                return 1
        _at(step)
        taker = recipient["recipient_name"] if rng.random() < 0.75 else rng.choice(COLLECTORS)
        messages.deliver(ctx_for(step), [message], collector_name=taker)
    except FrontdeskError:
        return 0  # the desk would have refused it too; the demo moves on
    return 1
