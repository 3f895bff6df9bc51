"""The Today list (issue 6): every logbook's attention rules read together, most urgent first.

Each AttentionRule of each registered logbook contributes its entries (at most RULE_CAP of them, the
oldest first); void entries never appear. Order: overdue, then now, then due soon; within a level by
the logbook's place in the side list, then by rule, then by entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from frontdesk_gui.core import clock, spec
from frontdesk_gui.core.entry import VOIDED

LEVELS = ("overdue", "now", "due_soon")
RULE_CAP = 200


@dataclass(frozen=True)
class TodayItem:
    level: str
    logbook: str
    logbook_title: str
    rule: str
    rule_title: str
    entry_id: int
    summary: str


@dataclass
class TodayList:
    items: list[TodayItem] = field(default_factory=list)
    # (logbook key, rule key) of rules that had more than RULE_CAP entries: only the first are listed.
    capped: list[tuple[str, str]] = field(default_factory=list)


def _live(logbook: spec.LogbookSpec, query):
    model = logbook.model
    if "status" in model._meta.fields:
        query = query.where(model.status != VOIDED)
    return query


def read(now: datetime | None = None) -> TodayList:
    now = now or clock.now()
    found = TodayList()
    rank = {level: i for i, level in enumerate(LEVELS)}
    keyed = []
    for book_no, book in enumerate(spec.all_specs()):
        model = book.model
        for rule_no, rule in enumerate(book.attention):
            entries = list(_live(book, rule.query(now)).order_by(model.id).limit(RULE_CAP + 1))
            if len(entries) > RULE_CAP:
                found.capped.append((book.key, rule.key))
                entries = entries[:RULE_CAP]
            for entry in entries:
                if getattr(entry, "status", None) == VOIDED:  # a rule that forgot to leave voids out
                    continue
                item = TodayItem(rule.level, book.key, str(book.title), rule.key, str(rule.title), entry.id,
                                 str(book.summary(entry)))
                keyed.append(((rank.get(rule.level, len(LEVELS)), book_no, rule_no, entry.id), item))
    found.items = [item for _, item in sorted(keyed, key=lambda pair: pair[0])]
    return found


def items(now: datetime | None = None) -> list[TodayItem]:
    """What needs attention now, most urgent first (each rule capped at RULE_CAP entries)."""
    return read(now).items


def counts(now: datetime | None = None) -> dict[str, dict[str, int]]:
    """{logbook key: {level: number of distinct entries}}, uncapped; logbooks with nothing are left out."""
    now = now or clock.now()
    out: dict[str, dict[str, int]] = {}
    for book in spec.all_specs():
        model = book.model
        per_level: dict[str, set] = {}
        for rule in book.attention:
            query = _live(book, rule.query(now)).select(model.id).order_by()
            per_level.setdefault(rule.level, set()).update(entry_id for (entry_id,) in query.tuples())
        numbers = {level: len(ids) for level, ids in per_level.items() if ids}
        if numbers:
            out[book.key] = numbers
    return out
