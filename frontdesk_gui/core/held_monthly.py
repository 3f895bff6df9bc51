"""The monthly tables every held logbook shares (parcels, faxes, messages, lost and found, deposits):
what arrived, how long it took to tell and to collect, and what went past its deadline.

Each held spec plugs it in with its own deadline, the one its attention rule uses:

    monthly=held_monthly.hook(Parcel, hours("held.parcels_hours"))

An item went overdue when it was collected or returned after its deadline, or was still held at the
month's end with the deadline already past. Items are those received in the month, void ones left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from peewee import Expression

from frontdesk_gui.core import held, settings
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.report_tables import durations_table, figures_table
from frontdesk_gui.core.spec import ReportTable
from frontdesk_gui.core.text import tr

Allowed = Callable[[], timedelta]


def hours(setting_key: str) -> Allowed:
    return lambda: held.deadline(setting_key)


def days(setting_key: str) -> Allowed:
    return lambda: timedelta(days=settings.get(setting_key))


def hook(model, allowed: Allowed, *, own_deadline: str | None = None,
         with_deadline: Expression | None = None) -> Callable[[datetime, datetime], list[ReportTable]]:
    """The `monthly` hook of a held logbook.

    allowed: how long an item may be held (read from settings when the report is made);
    own_deadline: a field with an item's own deadline, used first when set (a deposit's expected pickup);
    with_deadline: a condition on the model for the items that have a deadline at all (urgent messages).
    """
    fields = [model.id, model.received_at, model.notified_at, model.collected_at, model.returned_at]
    if own_deadline is not None:
        fields.append(getattr(model, own_deadline))
    if with_deadline is not None:
        fields.append(with_deadline.alias("timed"))

    def tables(start: datetime, end: datetime) -> list[ReportTable]:
        limit = allowed()
        query = model.select(*fields).where((model.received_at >= start) & (model.received_at < end)
                                            & (model.status != VOIDED))
        received = collected = returned = still_open = overdue = 0
        to_notify: list[float] = []
        to_collect: list[float] = []
        for item in query.iterator():
            received += 1
            closed = _before(item.collected_at, end) or _before(item.returned_at, end)
            if _before(item.collected_at, end):
                collected += 1
                to_collect.append((item.collected_at - item.received_at).total_seconds())
            elif _before(item.returned_at, end):
                returned += 1
            else:
                still_open += 1
            if _before(item.notified_at, end):
                to_notify.append((item.notified_at - item.received_at).total_seconds())
            if with_deadline is not None and not item.timed:
                continue
            due = (getattr(item, own_deadline) if own_deadline else None) or item.received_at + limit
            if due < (closed or end):
                overdue += 1
        counts = figures_table(tr("本月收到的物品", "Items received in the month"), [
            (tr("收到", "Received"), received), (tr("已领取", "Collected"), collected),
            (tr("已退回/处理", "Returned / disposed"), returned),
            (tr("月末仍在保管", "Still held at month end"), still_open),
            (tr("超过期限", "Went past the deadline"), overdue)])
        times = durations_table(tr("通知与领取用时", "Time to notify and to collect"), [
            (tr("收到→通知", "Received → told"), to_notify), (tr("收到→领取", "Received → collected"), to_collect)])
        return [counts, times]

    return tables


def _before(moment: datetime | None, end: datetime) -> datetime | None:
    """The moment when it happened before `end` (the month's end), else None: later steps are not the month's."""
    return moment if moment is not None and moment < end else None
