"""The monthly report's figures (CATALOGUE C, ARCHITECTURE "stats"): plain data for reports.monthly_report.

Every logbook takes part through its spec alone: its entries of the month counted by status and by each
choice column, what it still had open at the month's end (`spec.open_items` asked with the end instant),
and the tables of its own `spec.monthly` hook. A logbook added later appears without a change here.
Months are local calendar months; stored times are UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from peewee import fn

from frontdesk_gui.core import clock, settings, spec
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.identity import mask_id, mask_phone
from frontdesk_gui.core.money import report as money_report
from frontdesk_gui.core.money.accounts import month_bounds
from frontdesk_gui.core.spec import LogbookSpec, ReportTable, scan_code
from frontdesk_gui.core.text import Text, language, tr

# Free text (a message's words, a note) may carry an ID or mobile number: masked as everywhere on paper.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])1\d{10}(?![0-9A-Za-z])")
# Entries read per query when listing what is open: SQLite allows a few hundred bound values per IN (...).
BATCH = 500


@dataclass(frozen=True)
class Table:
    """A printed table: text in the current language; numbers stay numbers so that a chart can draw them.
    `chart` ("bar" or "pie") draws the first column's labels against the second column's values."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple]
    chart: str | None = None


@dataclass(frozen=True)
class SummaryRow:
    logbook: str
    entries: int
    voided: int
    open_at_end: int


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    tables: list[Table]


@dataclass(frozen=True)
class OpenRow:
    """An entry still open when the month ended (the appendix)."""

    logbook: str
    code: str
    summary: str
    since: str
    age_days: int


@dataclass(frozen=True)
class MonthlyReport:
    counter_name: str
    month: str
    first_day: str
    last_day: str
    produced_by: str
    produced_at: str
    summary: list[SummaryRow]
    sections: list[Section]
    money: Section
    appendix: list[OpenRow] = field(default_factory=list)
    language: str = "zh"


def gather(month: str, *, produced_by: str) -> MonthlyReport:
    """Everything the monthly report prints for `month` ("2026-11"); raises ValidationError for a bad month."""
    start, end = month_bounds(month)
    summary, sections, appendix = [], [], []
    for book in spec.all_specs():
        open_ids = open_at(book, end)
        entries, voided = _entry_counts(book, start, end)
        summary.append(SummaryRow(str(book.title), entries, voided, len(open_ids)))
        # A logbook with nothing in the month prints one line, not a page of empty tables.
        tables = logbook_tables(book, start, end) if entries or voided else []
        sections.append(Section(book.key, str(book.title), tables))
        appendix.extend(_open_rows(book, open_ids, end))
    last_day = (clock.local(end) - timedelta(days=1)).date()
    return MonthlyReport(
        counter_name=settings.get("counter.name"), month=month,
        first_day=clock.local_text(start, "%Y-%m-%d"), last_day=last_day.isoformat(),
        produced_by=produced_by, produced_at=clock.local_text(clock.now()), summary=summary, sections=sections,
        money=Section("money", str(tr("收费与押金", "Money and deposits")),
                      [plain(t) for t in money_report.tables(start, end)]),
        appendix=appendix, language="en" if language() == "en" else "zh")


def in_month(book: LogbookSpec, start: datetime, end: datetime):
    """The logbook's entries created in the month, void ones included."""
    model = book.model
    return model.select().where((model.created_at >= start) & (model.created_at < end))


def open_at(book: LogbookSpec, at: datetime) -> list[int]:
    """Ids of the entries open at `at`, over all of the logbook's open-item kinds, each once, in order."""
    ids: set[int] = set()
    for kind in book.open_items:
        query = kind.query(at)
        ids.update(i for (i,) in query.select(query.model.id).tuples())
    return sorted(ids)


def _entry_counts(book: LogbookSpec, start: datetime, end: datetime) -> tuple[int, int]:
    counts = dict(_grouped(book, start, end, "status"))
    voided = counts.pop(VOIDED, 0)
    return sum(counts.values()), voided


def _grouped(book: LogbookSpec, start: datetime, end: datetime, name: str) -> list[tuple[str, int]]:
    model = book.model
    column = getattr(model, name)
    rows = (model.select(column, fn.COUNT(model.id)).where((model.created_at >= start) & (model.created_at < end))
            .group_by(column).order_by(fn.COUNT(model.id).desc()).tuples())
    return [(value, int(n)) for value, n in rows]


def logbook_tables(book: LogbookSpec, start: datetime, end: datetime) -> list[Table]:
    """The generic counts any spec gives (by status, by each choice column), then the logbook's own tables."""
    fields = book.model._meta.fields
    status_titles = {key: str(title) for key, title in book.statuses.items()}
    tables = [Table(str(tr("按当前状态", "By status now")), (str(tr("状态", "Status")), str(tr("条数", "Entries"))),
                    [(status_titles.get(v, v or "—"), n) for v, n in _grouped(book, start, end, "status")])]
    for column in book.columns:
        if column.kind != "choice" or column.field == "status" or column.field not in fields:
            continue
        titles = {key: str(title) for key, title in column.choices}
        rows = [(titles.get(v, v or "—"), n) for v, n in _grouped(book, start, end, column.field)]
        by = Text(f"按{column.title.zh}", f"By {column.title.en[:1].lower()}{column.title.en[1:]}")
        tables.append(Table(str(by),
                            (str(column.title), str(tr("条数", "Entries"))), rows,
                            chart="bar" if len(rows) > 1 else None))
    if book.monthly is not None:
        tables.extend(plain(t) for t in book.monthly(start, end))
    return tables


def plain(table: ReportTable) -> Table:
    """A logbook's ReportTable (Text or str titles) as printed text."""
    cells = [tuple(str(c) if isinstance(c, Text) else c for c in row) for row in table.rows]
    return Table(str(table.title), tuple(str(h) for h in table.headers), cells, table.chart)


def since_field(book: LogbookSpec) -> str:
    """The entry's own time: the first time column the tab shows (received, time in), else when it was logged."""
    fields = book.model._meta.fields
    return next((c.field for c in book.columns if c.kind == "time" and c.field in fields), "created_at")


def _open_rows(book: LogbookSpec, ids: list[int], end: datetime) -> Iterator[OpenRow]:
    name, title, model = since_field(book), str(book.title), book.model
    for first in range(0, len(ids), BATCH):
        for item in model.select().where(model.id.in_(ids[first:first + BATCH])).order_by(model.id):
            since = getattr(item, name) or item.created_at
            code = scan_code(book, item.id) if book.code_prefix else str(item.id)
            # Summaries of logbooks with codes begin with the code: printed once, in its own column.
            summary = mask_numbers(book.summary(item).removeprefix(code).strip())
            yield OpenRow(title, code, summary, clock.local_text(since), max(0, (end - since).days))


def mask_numbers(text: str) -> str:
    """ID and mobile numbers inside a line of text, masked (1101**********1234, 138****5678)."""
    text = _ID_NUMBER.sub(lambda found: mask_id(found.group()), text)
    return _MOBILE.sub(lambda found: mask_phone(found.group()), text)
