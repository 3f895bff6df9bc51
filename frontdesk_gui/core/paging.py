"""Reading a logbook a page at a time, for the table models (the UI builds no SQL: it asks here).

A logbook shows newest first (id descending). A page next to one already read is fetched by keyset
from that page's boundary id (< 1 ms at any depth); a jump far down the table uses OFFSET (17 ms at
row 500,000 of a million, PLATFORM_NOTES). Filters: status, a date range on the entry's creation
time, "needs attention" (the spec's AttentionRules) and the search index for typed text.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from frontdesk_gui.core import clock, search, spec

# Typed text filters to the newest this many matches: a fragment as short as 张 matches a tenth of a
# big logbook, and nobody reads past the first screens (a longer fragment narrows it instead).
TEXT_MATCHES = 1000
ANY_ATTENTION = "*"


def _utc_bound(value: date | datetime, *, end: bool) -> datetime:
    """A typed date is a local calendar day: `since` its first instant, `until` the end of it."""
    if isinstance(value, datetime):
        return clock.to_utc(value)
    day = value + timedelta(days=1) if end else value
    return clock.to_utc(datetime.combine(day, time.min))


class EntryQuery:
    """One logbook's entries under a set of filters; `count()` and `rows()` for a windowed table."""

    def __init__(self, logbook: spec.LogbookSpec, *, status: str | None = None,
                 since: date | datetime | None = None, until: date | datetime | None = None,
                 attention_key: str | None = None, text: str | None = None, now: datetime | None = None):
        self.spec = logbook
        self.model = logbook.model
        self.status, self.since, self.until = status, since, until
        self.attention_key = attention_key
        self.text = (text or "").strip() or None
        self.now = now or clock.now()

    def _rules(self):
        if self.attention_key is None:
            return ()
        return tuple(r for r in self.spec.attention if self.attention_key in (ANY_ATTENTION, r.key))

    def _base(self):
        model = self.model
        query = model.select()
        if self.status:
            query = query.where(model.status == self.status)
        if self.since is not None:
            query = query.where(model.created_at >= _utc_bound(self.since, end=False))
        if self.until is not None:
            query = query.where(model.created_at < _utc_bound(self.until, end=True))
        if self.attention_key is not None:
            condition = None
            for rule in self._rules():
                part = model.id.in_(rule.query(self.now).select(model.id).order_by())
                condition = part if condition is None else condition | part
            # An unknown rule key matches nothing rather than everything.
            query = query.where(condition if condition is not None else model.id.is_null())
        if self.text is not None:
            query = query.where(model.id.in_(search.entry_ids_sql(self.text, self.spec.key, TEXT_MATCHES)))
        return query

    def count(self) -> int:
        return self._base().count()

    def values(self, fields, batch: int):
        """Every matching entry's `fields` as tuples, newest first, `batch` rows per keyset query (exports):
        no model objects, and memory stays flat on a million rows. `fields` must start with the id."""
        model = self.model
        query = self._base().select(*fields).order_by(model.id.desc()).limit(batch)
        page = list(query.tuples())
        while page:
            yield from page
            page = list(query.where(model.id < page[-1][0]).tuples()) if len(page) == batch else []

    def rows(self, page_no: int, page_size: int, *, below: int | None = None,
             above: int | None = None) -> list:
        """Page `page_no`, newest first.

        `below`: the last (smallest) id of page_no - 1, already read: this page is the ids under it.
        `above`: the first (largest) id of page_no + 1: this page is the ids over it. Otherwise OFFSET.
        """
        model = self.model
        query = self._base()
        if below is not None:
            return list(query.where(model.id < below).order_by(model.id.desc()).limit(page_size))
        if above is not None:
            found = list(query.where(model.id > above).order_by(model.id.asc()).limit(page_size))
            return found[::-1]
        return list(query.order_by(model.id.desc()).offset(page_no * page_size).limit(page_size))

    def position(self, entry_id: int) -> int | None:
        """The row of an entry in this listing (0 = newest), or None when the filters hide it."""
        model = self.model
        if not self._base().where(model.id == entry_id).exists():
            return None
        return self._base().where(model.id > entry_id).count()


def attention_ids(logbook: spec.LogbookSpec, now: datetime, ids=None) -> dict[int, list]:
    """Ids of entries needing attention, each with the AttentionRules it meets.

    With `ids`, only those entries are checked (the page a table is showing), so marking rows costs
    the same on a million entries as on a hundred.
    """
    model = logbook.model
    found: dict[int, list] = {}
    for rule in logbook.attention:
        query = rule.query(now).select(model.id).order_by()
        if ids is not None:
            query = query.where(model.id.in_(list(ids)))
        for (entry_id,) in query.tuples():
            found.setdefault(entry_id, []).append(rule)
    return found


def entry_by_key(logbook: str, entry_id: int):
    """One entry of a logbook by its key and id (search results, print requests); None if unknown."""
    model = spec.get(logbook).model
    return model.get_or_none(model.id == entry_id)


def field_defaults(logbook: spec.LogbookSpec) -> dict:
    """What a new entry's form starts with: the model's plain defaults (e.g. ID type, 1 person)."""
    fields = logbook.model._meta.fields
    defaults = {}
    for form_field in logbook.form_fields:
        model_field = fields.get(form_field.name)
        if model_field is not None and model_field.default is not None and not callable(model_field.default):
            defaults[form_field.name] = model_field.default
    return defaults
