"""Writes the demo history fast: a million visits, their audit records and search rows in under a minute.

Per row the service would take ~80 µs in peewee alone (PLATFORM_NOTES), so the history is written with
the raw connection's executemany inside one `db.atomic()`:
- rows, audit payloads and search bodies are built in Python from cached pieces (a name's pinyin, a
  phone's digit suffixes) on the main thread, while a writer thread runs the inserts (sqlite3 releases
  the GIL while SQLite works);
- the search index, the costliest part, is built meanwhile by a second thread into a scratch file and
  its FTS5 tables are copied in at the end, when the counter's index was empty (otherwise rows are
  indexed in place, slower);
- the visit and audit indexes are dropped during the load and rebuilt once at the end (a sort instead
  of a million random inserts), in the same transaction, so a failure leaves nothing half-done.
The first row of every batch is checked against core's own functions (search_fields/body_for,
audit.to_json, audit.chain_hash), so a change there cannot silently make the demo data inconsistent.
"""

from __future__ import annotations

import hashlib
import queue
import shutil
import sqlite3
import tempfile
import threading
from bisect import bisect
from datetime import UTC, datetime, time, timedelta
from json.encoder import encode_basestring
from operator import itemgetter
from pathlib import Path

from frontdesk_gui.core import audit, clock, search, settings
from frontdesk_gui.core.db import database_path, db
from frontdesk_gui.core.fields import utc_text
from frontdesk_gui.core.logbooks import visitors as visitor_log
from frontdesk_gui.core.models import Shift

BATCH = 10_000
SHIFT_START_HOUR = 7  # one shift a day, 07:00 to 07:00 local
REASON = "demo"
COLUMNS = ("id", "status", "created_at", "created_by_id", "shift_id", "updated_at", "updated_by_id", "void_reason",
           "visitor_name", "category", "id_type", "id_number", "phone", "organisation", "host_name", "host_unit",
           "purpose", "admitted_how", "approved_by", "pass_kind", "pass_number", "work_id", "badge_no",
           "people_count", "plate", "time_in", "time_out", "patrol_notified_at", "badge_lost", "note")
FORM = ("visitor_name", "category", "id_type", "id_number", "phone", "organisation", "host_name", "host_unit",
        "purpose", "admitted_how", "approved_by", "pass_kind", "pass_number", "work_id")
VISIT_SQL = f"INSERT INTO visit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
AUDIT_SQL = ("INSERT INTO audit_record (id, at, actor_id, authorised_by_id, shift_id, action, entity, entity_id,"
             " before, after, reason, prev_hash, hash) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?)")
SHIFT_SQL = "INSERT INTO shift (id, counter, opened_at, opened_by_id, closed_at, closed_by_id) VALUES (?, ?, ?, ?, ?, ?)"
DOC_SQL = "INSERT INTO search_doc (id, logbook, entry_id) VALUES (?, 'visitors', ?)"
FTS_SQL = "INSERT INTO search_idx (rowid, body) VALUES (?, ?)"
FTS_SHADOWS = ("search_idx_data", "search_idx_idx", "search_idx_content", "search_idx_docsize")
# The audit "after" of a row: every column but id, named as the model's fields, keys sorted (as audit.to_json).
_FIELD = {"created_by_id": "created_by", "shift_id": "shift", "updated_by_id": "updated_by"}
_AFTER = sorted((_FIELD.get(c, c), i) for i, c in enumerate(COLUMNS) if c != "id")
_AFTER_VALUES = itemgetter(*(i for _, i in _AFTER))
_AFTER_KEYS = tuple(f'"{key}": ' for key, _ in _AFTER)
# What audit.chain_hash serialises for an import record (json.dumps of hashed_fields, sort_keys).
_PAYLOAD = ('{"action": "import", "actor": %d, "after": %s, "at": "%s", "authorised_by": null, "before": null,'
            ' "entity": "visitors", "entity_id": %d, "reason": "' + REASON + '", "shift": %d}')
_US = 1_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ShiftCalendar:
    """The demo shifts by opening time, to find the shift a later check-in belongs to."""

    def __init__(self):
        self.opened: list[int] = []
        self.ids: list[int] = []

    def add(self, opened_us: int, shift_id: int) -> None:
        self.opened.append(opened_us)
        self.ids.append(shift_id)

    def at(self, moment: datetime) -> Shift | None:
        index = bisect(self.opened, _micros(moment)) - 1
        return Shift.get_by_id(self.ids[index]) if index >= 0 else None


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


_day_prefix: dict[int, str] = {}


def _utc_text(us: int) -> str:
    """fields.utc_text for integer microseconds since the epoch, ~5x faster (checked against it)."""
    day, rest = divmod(us, 86_400 * _US)
    prefix = _day_prefix.get(day)
    if prefix is None:
        prefix = _day_prefix[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d ")
    seconds, micro = divmod(rest, _US)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return f"{prefix}{hour:02d}:{minute:02d}:{second:02d}.{micro:06d}"


class _Fragments:
    """body_for of one field, cached: an entry's body is its fields' bodies joined in search_fields order."""

    def __init__(self):
        self.cache: tuple[dict, dict, dict] = ({}, {}, {})

    def get(self, kind: int, value: str | None) -> str:
        if not value:
            return ""
        cache = self.cache[kind]
        fragment = cache.get(value)
        if fragment is None:
            fields = ([], [], [])
            fields[kind].append(value)
            fragment = cache[value] = search.body_for(*fields)
        return fragment

    def body(self, r: tuple) -> str:
        get = self.get
        parts = (get(0, r[8]), get(0, r[14]), get(1, r[13]), get(1, r[16]), get(1, r[18]), get(2, r[12]),
                 get(2, r[15]), get(2, r[24]), get(2, r[22]), get(2, r[20]), get(2, r[21]))
        return " ".join([p for p in parts if p])


def _after_json(row: tuple) -> str:
    values = _AFTER_VALUES(row)
    return "{" + ", ".join([key + ("null" if v is None else encode_basestring(v) if v.__class__ is str else str(v))
                            for key, v in zip(_AFTER_KEYS, values, strict=True)]) + "}"


class _Writer(threading.Thread):
    """Runs batches of executemany on one connection while the main thread builds the next batch."""

    def __init__(self, connection):
        super().__init__(daemon=True)
        self.connection, self.jobs, self.error = connection, queue.Queue(maxsize=2), None

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None:
                try:
                    for sql, rows in job:
                        self.connection.executemany(sql, rows)
                except BaseException as exc:  # handed to the main thread by put()/finish()
                    self.error = exc

    def put(self, job) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def finish(self) -> None:
        self.jobs.put(None)
        self.join()
        if self.error is not None:
            raise self.error


def _day_plan(building, count: int, now: datetime) -> list[tuple[datetime, int, list[int]]]:
    """(local midnight, visits, opening hours) for each of the last 730 days, today only up to now."""
    tz = clock.local(now).tzinfo
    cutoff = now - timedelta(minutes=15)
    today = clock.local(now).date()
    if clock.local(now).hour < SHIFT_START_HOUR:
        today -= timedelta(days=1)
    plan, weights = [], []
    for back in range(building.days - 1, -1, -1):
        day = today - timedelta(days=back)
        midnight = datetime.combine(day, time(0), tzinfo=tz)
        hours = [h for h in building.hours if midnight + timedelta(hours=h + 1) <= cutoff]
        share = sum(building.hours[h] for h in hours) / sum(building.hours.values())
        plan.append((midnight, hours))
        weights.append(building.day_weight(day, 1 - back / building.days) * share)
    total, running, done, out = sum(weights) or 1.0, 0.0, 0, []
    for (midnight, hours), weight in zip(plan, weights, strict=True):
        running += weight
        upto = int(count * running / total + 1e-9)
        out.append((midnight, upto - done, hours))
        done = upto
    return out


def load_history(building, operators: dict, count: int, *, progress=None, total: int | None = None) -> ShiftCalendar:
    """Write `count` past visits (with shifts, audit records and search rows); returns the shift calendar."""
    connection = db.connection()
    scratch = _Scratch() if not connection.execute("SELECT 1 FROM search_idx_docsize LIMIT 1").fetchone() else None
    try:
        with db.atomic():
            loader = _Loader(building, operators, connection, scratch)
            loader.run(count, progress, total or count)
        calendar = loader.calendar
    finally:
        if scratch:
            scratch.close(connection)
    # FTS5 caches its index structure per connection: reopen so that the copied index is read afresh.
    database = db.obj
    database.close()
    database.connect()
    return calendar


class _Scratch:
    """A scratch database where a second thread builds the search index while the main one writes."""

    def __init__(self):
        folder = database_path().parent if database_path() else None
        self.folder = Path(tempfile.mkdtemp(prefix="frontdesk-demo-", dir=folder))
        self.path = self.folder / "search.sqlite"
        main = db.connection()
        create = main.execute("SELECT sql FROM sqlite_master WHERE name = 'search_idx'").fetchone()[0]
        self.connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -200000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute(create)
        main.execute("ATTACH DATABASE ? AS demo_fts", (str(self.path),))

    def copy_into_main(self, connection) -> None:
        for table in FTS_SHADOWS:
            connection.execute(f"DELETE FROM main.{table}")
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM demo_fts.{table}")

    def close(self, connection) -> None:
        connection.execute("DETACH DATABASE demo_fts")
        self.connection.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class _Loader:
    def __init__(self, building, operators: dict, connection, scratch: _Scratch | None):
        self.building, self.connection, self.scratch = building, connection, scratch
        self.desks = [operators["desk"].id, operators["desk2"].id]
        self.supervisor = operators["lead"].id
        self.counter = settings.get("counter.name")
        row = connection.execute("SELECT"
                                 " (SELECT coalesce(max(id), 0) FROM visit), (SELECT coalesce(max(id), 0) FROM shift),"
                                 " (SELECT coalesce(max(id), 0) FROM audit_record),"
                                 " (SELECT coalesce(max(id), 0) FROM search_doc)").fetchone()
        self.visit_id, self.shift_id, self.audit_id, self.doc_id = row
        self.prev = audit.last_hash()
        self.fragments = _Fragments()
        self.calendar = ShiftCalendar()
        self.badge_free = [0] * settings.get("visitors.badge_count")
        self.badge_next, self.leave_on_site = 0, False
        self._clear()

    def _clear(self) -> None:
        self.visits, self.audits, self.docs, self.bodies, self.shifts = [], [], [], [], []

    def run(self, count: int, progress, total: int) -> None:
        now = clock.now()
        self.cutoff = _micros(now - timedelta(minutes=1))
        indexes = self.connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('visit', 'audit_record')").fetchall()
        for name, _ in indexes:
            self.connection.execute(f'DROP INDEX "{name}"')
        writer = _Writer(self.connection)
        indexer = _Writer(self.scratch.connection) if self.scratch else None
        writer.start()
        if indexer:
            self.scratch.connection.execute("BEGIN")
            indexer.start()
        done, previous_shift = 0, None
        try:
            plan = _day_plan(self.building, count, now)
            for day, (midnight, visits, hours) in enumerate(plan):
                previous_shift = self._open_shift(midnight, day, previous_shift)
                self.leave_on_site = len(plan) - 1 - day in self.building.never_checked_out_days
                for start_us in self._times(midnight, visits, hours):
                    self._visit(start_us, previous_shift)
                    if len(self.visits) >= BATCH:
                        done += self._flush(writer, indexer)
                        if progress:
                            progress(done, total)
            done += self._flush(writer, indexer)
        finally:
            writer.finish()
            if indexer:
                indexer.finish()
        for _, sql in indexes:
            self.connection.execute(sql)
        if self.scratch:
            self.scratch.connection.execute("COMMIT")
            self.scratch.copy_into_main(self.connection)

    def _open_shift(self, midnight: datetime, day: int, previous: tuple | None) -> tuple:
        """The day's shift row, the close of yesterday's and the open of today's in the audit chain."""
        opened = _micros(midnight + timedelta(hours=SHIFT_START_HOUR))
        desk = self.desks[day % 2]
        closes = opened + 24 * 3600 * _US
        self.shift_id += 1
        self.shifts.append((self.shift_id, self.counter, _utc_text(opened), desk,
                            _utc_text(closes) if closes <= self.cutoff else None,
                            self.desks[(day + 1) % 2] if closes <= self.cutoff else None))
        if previous:
            self._audit(opened - _US, desk, previous[0], "close", "shift", previous[0])
        self._audit(opened, desk, self.shift_id, "open", "shift", self.shift_id)
        self.calendar.add(opened, self.shift_id)
        return (self.shift_id, desk)

    def _audit(self, at_us: int, actor: int, shift: int, action: str, entity: str, entity_id: int) -> None:
        at = _utc_text(at_us)
        fields = audit.hashed_fields(at, actor, None, shift, action, entity, entity_id, None, None, None)
        digest = audit.chain_hash(fields, self.prev)
        self.audit_id += 1
        self.audits.append((self.audit_id, at, actor, shift, action, entity, entity_id, None, None, self.prev,
                            digest))
        self.prev = digest

    def _times(self, midnight: datetime, visits: int, hours: list[int]) -> list[int]:
        if not visits or not hours:
            return []
        rng, weights = self.building.rng, self.building.hours
        cumulative, running = [], 0
        for hour in hours:
            running += weights[hour]
            cumulative.append(running)
        base = _micros(midnight)
        hour_us = 3600 * _US
        return sorted(base + hours[bisect(cumulative, rng.random() * running)] * hour_us + rng.randrange(hour_us)
                      for _ in range(visits))

    def _visit(self, start: int, shift: tuple) -> None:
        building = self.building
        person = building.visitor()
        v = building.visit(person)
        shift_id, desk = shift
        status, updated_by, void_reason, badge, patrol = "left", desk, None, None, None
        end = updated = min(start + int(building.stay_minutes(person) * 60 * _US), self.cutoff)
        if self.leave_on_site:  # a visitor nobody checked out: the Today list shows it
            self.leave_on_site = False
            status, updated_by, end, updated = "on_site", None, None, None
        elif building.rng.random() < building.void_share:
            status, updated_by, void_reason, end = "voided", self.supervisor, building.void_reason(), None
            updated = start + 180 * _US
        elif building.wants_badge(person):
            badge = self._badge(start, end)
        if v["category"] == "unknown_resident" and end and end > start + 120 * _US:
            patrol = _utc_text(start + 120 * _US)
        self.visit_id += 1
        time_in = _utc_text(start)
        row = (self.visit_id, status, time_in, desk, shift_id, _utc_text(updated) if updated else None, updated_by,
               void_reason, *(v[name] for name in FORM), badge, v["people_count"], v["plate"], time_in,
               _utc_text(end) if end else None, patrol, 0, v["note"])
        after = _after_json(row)
        payload = _PAYLOAD % (desk, encode_basestring(after), time_in, self.visit_id, shift_id)
        digest = hashlib.sha256((payload + self.prev).encode()).hexdigest()
        body = self.fragments.body(row)
        if not self.visits:
            self._check(row, after, body, digest)
        self.audit_id += 1
        self.doc_id += 1
        self.visits.append(row)
        self.audits.append((self.audit_id, time_in, desk, shift_id, "import", "visitors", self.visit_id, after,
                            REASON, self.prev, digest))
        self.docs.append((self.doc_id, self.visit_id))
        self.bodies.append((self.doc_id, body))
        self.prev = digest

    def _badge(self, start: int, end: int) -> str | None:
        """A badge free at `start` (each is out with one visitor at a time), or none when all are out."""
        free = self.badge_free
        for offset in range(len(free)):
            number = (self.badge_next + offset) % len(free)
            if free[number] <= start:
                free[number] = end
                self.badge_next = number + 1
                return str(number + 1)
        return None

    def _check(self, row: tuple, after: str, body: str, digest: str) -> None:
        """The fast paths must give exactly what core's own functions give for the same row."""
        values = dict(zip(COLUMNS, row, strict=True))
        visit = visitor_log.Visit(**{_FIELD.get(c, c): values[c] for c in COLUMNS})
        expected_body = search.body_for(*visitor_log.search_fields(visit))
        expected_after = audit.to_json({_FIELD.get(c, c): values[c] for c in COLUMNS if c != "id"})
        fields = audit.hashed_fields(row[2], row[3], None, row[4], "import", "visitors", row[0], None, after, REASON)
        if (body, after, digest) != (expected_body, expected_after, audit.chain_hash(fields, self.prev)):
            raise RuntimeError("demo loader out of step with core.search/core.audit; update demo_loader.py")
        if utc_text(datetime.strptime(row[2], "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)) != row[2]:
            raise RuntimeError("demo loader's time format differs from fields.UTC_FORMAT")

    def _flush(self, writer: _Writer, indexer: _Writer | None) -> int:
        job = [(SHIFT_SQL, self.shifts), (VISIT_SQL, self.visits), (AUDIT_SQL, self.audits), (DOC_SQL, self.docs)]
        if indexer:
            indexer.put([(FTS_SQL, self.bodies)])
        else:
            job.append((FTS_SQL, self.bodies))
        writer.put(job)
        written = len(self.visits)
        self._clear()
        return written
