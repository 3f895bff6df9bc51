"""Demo incoming faxes: the faxes of the last days taken off the machine for the tenants, phoned through,
collected with their fee (receipts, WeChat, signed to the company's account), a few 待查 and 无收件人 ones
archived after three days, and customers' awaited-fax notes — each step through the real services at its
own moment (audited, indexed), so the fax tab, its attention list and the receipts have something true to
show. Today's faxes are partly still waiting, and one customer is still waiting for a fax."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from frontdesk_gui.core import clock, held
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.demo import GIVEN_NAMES, MOBILE_PREFIXES, SURNAMES
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import faxes

DAYS = 10
SENDERS = (("华南物流有限公司", "020-83451234"), ("招商银行南山支行", "0755-26681122"),
           ("上海汇丰贸易", "021-63218899"), ("腾飞会计师事务所", "0755-82203344"),
           ("德邦律师事务所", "010-65127788"), ("东莞宏达五金厂", "0769-22334455"),
           ("香港永利船务", "852-25431100"), ("", ""))
TITLES = ("经理", "总", "主任", "小姐", "先生", "会计")
UNKNOWN_FIRMS = ("四海通达有限公司", "金鼎国际投资", "利丰行")
METHODS = (("cash", 40), ("wechat", 30), ("alipay", 10), ("account", 20))


def _at(moment: datetime) -> None:
    clock.set_clock(clock.FrozenClock(moment))


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + (rng.choice(TITLES) if rng.random() < 0.6 else rng.choice(GIVEN_NAMES))


def _phone(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"


def fill(ctx_at: Callable[[datetime], Ctx], rng: random.Random, days: int = DAYS) -> int:
    """Faxes over the last `days` days; `ctx_at(moment)` is the desk on duty then. Returns how many."""
    companies = list(Company.select().where(Company.active).limit(40))
    if not companies:
        return 0  # a residential estate without tenant companies receives no faxes here
    previous = clock.get_clock()
    now = previous.now()
    made = 0
    try:
        for day in range(days, -1, -1):
            midnight = clock.local(now - timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
            if day and midnight.weekday() >= 5:
                continue
            times = sorted(midnight + timedelta(hours=rng.randint(9, 17), minutes=rng.randint(0, 59))
                           for _ in range(rng.randint(2, 5)))
            for at in times:
                if at < now - timedelta(minutes=5):
                    made += _one_fax(ctx_at, rng, companies, at, now)
        _awaited(ctx_at, rng, companies, now)
    finally:
        clock.set_clock(previous)
    return made


def _one_fax(ctx_at, rng: random.Random, companies: list, at: datetime, now: datetime) -> int:
    company = rng.choice(companies)
    sender, number = rng.choice(SENDERS)
    kind = rng.random()
    values = {"recipient_company": company.name, "recipient_name": _person(rng), "recipient_unit": company.room or "",
              "pages": str(rng.choice((1, 1, 2, 2, 3, 4, 6, 10))), "sender_name": sender, "sender_number": number}
    if kind < 0.08:  # no company on the fax: 待查
        values.update(recipient_company="", recipient_unit="")
    elif kind < 0.12:  # a company the building does not have: 无收件人
        values.update(recipient_company=rng.choice(UNKNOWN_FIRMS), recipient_unit="")
    try:
        _at(at)
        fax = faxes.receive(ctx_at(at), **values)
        step = at + timedelta(minutes=rng.randint(5, 40))
        if fax.unidentified and step < now:
            _at(step)
            if rng.random() < 0.5:  # found by the name and room: corrected with the company
                faxes.correct(ctx_at(step), fax, "电话核实到公司", recipient_company=company.name,
                              recipient_unit=company.room or "")
                fax = faxes.IncomingFax.get_by_id(fax.id)
            else:
                faxes.mark_no_recipient(ctx_at(step), fax)
        if fax.no_recipient:
            due = fax.received_at + held.deadline(faxes.HOURS) + timedelta(hours=rng.randint(1, 20))
            if due < now:
                _at(due)
                faxes.archive(ctx_at(due), fax, note="三日无人认领,归入传真档案夹")
            return 1
        if step >= now:
            return 1
        _at(step)
        if rng.random() < 0.2:
            faxes.notify(ctx_at(step), fax, "phone", "no_answer")
            step += timedelta(minutes=rng.randint(20, 90))
            if step >= now:
                return 1
            _at(step)
        faxes.notify(ctx_at(step), fax, "phone", rng.choice(("reached", "reached", "message_left")))
        collected = step + timedelta(minutes=rng.randint(10, 60 * 26))
        if rng.random() < 0.04:  # nobody came: archived after three days
            due = fax.received_at + held.deadline(faxes.HOURS) + timedelta(hours=rng.randint(1, 20))
            if due < now:
                _at(due)
                faxes.archive(ctx_at(due), fax, note="三日未领取,已电话告知后归档")
            return 1
        if collected >= now:
            return 1
        _at(collected)
        method = rng.choices(*zip(*METHODS, strict=True))[0]
        faxes.collect(ctx_at(collected), [fax], method, collector_name=fax.recipient_name or _person(rng),
                      payer=fax.recipient_company)
    except FrontdeskError:
        return 0  # the desk would have refused it too; the demo moves on
    return 1


def _awaited(ctx_at, rng: random.Random, companies: list, now: datetime) -> None:
    """Customers asking for faxes: one is told when it comes, one gives up, two still wait."""
    asks = (now - timedelta(hours=3), now - timedelta(hours=28), now - timedelta(minutes=50),
            now - timedelta(minutes=20))
    for number, at in enumerate(asks):
        company = rng.choice(companies)
        try:
            _at(at)
            note = faxes.await_fax(ctx_at(at), company=company.name, name=_person(rng), room=company.room or "",
                                   phone=_phone(rng))
            if number == 0:  # the fax came an hour later: logged, and the customer phoned at once
                came = at + timedelta(hours=1)
                _at(came)
                fax = faxes.receive(ctx_at(came), recipient_company=company.name, recipient_name=note.name,
                                    recipient_unit=company.room or "", pages="2", sender_name="上海汇丰贸易",
                                    sender_number="021-63218899")
                for waiting in faxes.waiting_for(fax):
                    faxes.notify_waiting(ctx_at(came), fax, waiting)
            elif number == 1:
                _at(at + timedelta(hours=20))
                faxes.cancel_await(ctx_at(at + timedelta(hours=20)), note, "客人说对方改用邮件发送")
        except FrontdeskError:
            continue
