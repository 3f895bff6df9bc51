"""Writes the demo history fast: a million visits with their search rows, audited as a bulk import.

Through the services a visit costs ~80 µs in peewee alone (PLATFORM_NOTES), so the history is written with
the raw connection's executemany inside one `db.atomic()`, from rows built out of cached pieces (a name's
pinyin, a phone's digit suffixes). Like the directory import, each batch of 10,000 visits is one write with
one hash-chained audit record (by the system actor: which ids it created, how many); audit.history shows
it for each of those visits. What makes it fit in under a minute on two cores:
- a helper process builds the search index (the costliest part) in a scratch file while this process
  builds the rows and writes everything else; the index's tables are copied in at the end in SQL (only
  into an empty index: with entries already indexed, or for a small fill, everything is written here);
- the visit and audit indexes are dropped during the load and rebuilt once at the end (a sort instead of a
  million random inserts), in the same transaction, so a failure leaves nothing half-done;
- the rollback journal instead of WAL while loading, when nobody else has the file open (new pages are
  written once instead of twice), and no foreign-key lookups for rows that are consistent by construction.
The first row of every batch is checked against core's own functions (search_fields/body_for,
fields.utc_text), so a change there cannot silently make the demo data inconsistent.
"""

from __future__ import annotations

import gc
import heapq
import multiprocessing
import shutil
import sqlite3
import tempfile
from bisect import bisect
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from frontdesk_gui.core import audit, auth, clock, search, settings
from frontdesk_gui.core.db import database_path, db
from frontdesk_gui.core.fields import utc_text
from frontdesk_gui.core.logbooks import visitors as visitor_log
from frontdesk_gui.core.models import Shift

BATCH = 10_000
PARALLEL_FROM = 50_000  # below this, starting the helper process costs more than it saves
SHIFT_START_HOUR = 7  # one shift a day, 07:00 to 07:00 local
REASON = "demo"
COLUMNS = ("id", "status", "created_at", "created_by_id", "shift_id", "updated_at", "updated_by_id",
           "void_reason", "visitor_name", "category", "id_type", "id_number", "phone", "organisation",
           "host_name", "host_unit", "purpose", "admitted_how", "approved_by", "pass_kind", "pass_number",
           "work_id", "badge_no", "people_count", "plate", "time_in", "time_out", "patrol_notified_at",
           "badge_lost", "note")
VISIT_SQL = f"INSERT INTO visit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
AUDIT_SQL = ("INSERT INTO audit_record (id, at, actor_id, authorised_by_id, shift_id, action, entity,"
             " entity_id, before, after, reason, prev_hash, hash)"
             " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?)")
SHIFT_SQL = ("INSERT INTO shift (id, counter, opened_at, opened_by_id, closed_at, closed_by_id)"
             " VALUES (?, ?, ?, ?, ?, ?)")
DOC_SQL = "INSERT INTO search_doc (id, logbook, entry_id) VALUES (?, 'visitors', ?)"
FTS_SQL = "INSERT INTO search_idx (rowid, body) VALUES (?, ?)"
# The FTS5 index's own tables (which exist depends on the table's options); its config table stays as it is.
FTS_SHADOWS_SQL = ("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name LIKE 'search_idx_%'"
                   " AND name != 'search_idx_config'")
# Building a million-row FTS5 index: a big in-memory hash and no merging while loading halve the time.
FTS_LOAD_CONFIG = (("hashsize", 256 * 1024 * 1024), ("automerge", 0))
# The model's field names of the foreign-key columns.
_FIELD = {"created_by_id": "created_by", "shift_id": "shift", "updated_by_id": "updated_by"}
_US = 1_000_000
_DAY_US = 86_400 * _US
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


class _Cache(dict):
    """A dict that computes a missing value once: the per-value caches of the row builder."""

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key):
        value = self[key] = self.compute(key)
        return value


class _Texts:
    """fields.utc_text for integer microseconds, and the search body of repeated values, from tables and
    caches (the first row of each batch is checked against core's own functions)."""

    def __init__(self, people: list):
        self.seconds = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86_400)]
        self.days = _Cache(lambda day: (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d "))
        self.names = _Cache(lambda v: search.body_for(names=[v]))
        self.texts = _Cache(lambda v: search.body_for(texts=[v]))
        self.numbers = _Cache(lambda v: search.body_for(numbers=[v]))
        for cache in (self.names, self.texts, self.numbers):
            cache[None] = ""
        self.people, self.person_pieces = people, [None] * len(people)

    def utc(self, us: int) -> str:
        day, rest = divmod(us, _DAY_US)
        second, micro = divmod(rest, _US)
        return f"{self.days[day]}{self.seconds[second]}.{micro:06d}"

    def person(self, index: int) -> tuple:
        """(the person, and the search body pieces of their own fields) of people[index], made once."""
        pieces = self.person_pieces[index]
        if pieces is None:
            p = self.people[index]
            numbers = self.numbers
            tail = " ".join([f for f in (numbers[p.pass_number], numbers[p.work_id]) if f])
            pieces = self.person_pieces[index] = (p, self.names[p.name], self.texts[p.organisation],
                                                  numbers[p.phone], numbers[p.plate], tail)
        return pieces


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


def _day_plan(building, count: int, now: datetime) -> list[tuple[datetime, int, list[int]]]:
    """(local midnight, visits, open hours) for each day of the building's history, today only up to now."""
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


def _helper_main(path: str, inbox, outbox) -> None:
    """The helper process: search rows from the inbox into the scratch file's index, then "done" (or the
    error) in the outbox."""
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -262144"):
            connection.execute(f"PRAGMA {pragma}")  # a scratch file: nothing to recover after a crash
        connection.execute("BEGIN")
        while (index_rows := inbox.get()) is not None:
            connection.executemany(FTS_SQL, index_rows)
        connection.execute("COMMIT")
        connection.close()
        outbox.put("done")
    except BaseException as exc:  # reported to the loader, which raises it
        outbox.put(f"{type(exc).__name__}: {exc}")


class _Helper:
    """The second process and its scratch file, attached here to copy the index in."""

    def __init__(self, connection):
        folder = database_path().parent if database_path() else None
        self.folder = Path(tempfile.mkdtemp(prefix="frontdesk-demo-", dir=folder))
        path = str(self.folder / "scratch.sqlite")
        scratch = sqlite3.connect(path, isolation_level=None)
        # The index table made as in the counter file.
        scratch.execute(connection.execute("SELECT sql FROM sqlite_master WHERE name = 'search_idx'").fetchone()[0])
        for key, value in FTS_LOAD_CONFIG:
            scratch.execute("INSERT INTO search_idx (search_idx, rank) VALUES (?, ?)", (key, value))
        scratch.close()
        # Attached before the load's transaction begins (SQLite refuses ATTACH inside one).
        connection.execute("ATTACH DATABASE ? AS demo_scratch", (path,))
        self.connection = connection
        context = multiprocessing.get_context("spawn")  # safe beside Qt threads, and the same on Windows
        # A Queue, not a Pipe: its feeder thread lets this process go on while the helper is busy.
        self.inbox, self.outbox = context.Queue(), context.Queue()
        self.process = context.Process(target=_helper_main, args=(path, self.inbox, self.outbox),
                                       daemon=True)
        self.process.start()

    def send(self, index_rows: list) -> None:
        if not self.process.is_alive():
            self._raise_reported()
        self.inbox.put(index_rows)

    def _raise_reported(self, message: str | None = None) -> None:
        if message is None:
            message = "the helper process stopped"
            if not self.outbox.empty():
                message = self.outbox.get(timeout=5)
        raise RuntimeError(f"writing the demo visits failed: {message}")

    def copy_into_main(self) -> None:
        """Wait for the helper, then copy its search index tables into the counter file."""
        self.inbox.put(None)
        message = self.outbox.get()
        if message != "done":
            self._raise_reported(message)
        execute = self.connection.execute
        shadows = [row[0] for row in execute(FTS_SHADOWS_SQL)]
        for table in shadows:  # the counter's index was empty: its tables become the scratch index's
            execute(f"DELETE FROM main.{table}")
            execute(f"INSERT INTO main.{table} SELECT * FROM demo_scratch.{table}")

    def close(self) -> None:
        self.inbox.cancel_join_thread()  # after a failure, unsent rows must not hold up the exit
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.connection.execute("DETACH DATABASE demo_scratch")
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def _bulk_mode(connection):
    """Rollback journal, no foreign-key lookups and a bigger cache while loading; restored afterwards."""
    journal = connection.execute("PRAGMA main.journal_mode").fetchone()[0]
    cache = connection.execute("PRAGMA main.cache_size").fetchone()[0]
    keys = connection.execute("PRAGMA foreign_keys").fetchone()[0]
    try:
        connection.execute("PRAGMA main.journal_mode = DELETE")
    except sqlite3.OperationalError:
        pass  # leaving WAL needs the only connection to the file: with another program on it, stay in WAL
    connection.execute("PRAGMA main.cache_size = -262144")
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA threads = 2")  # the index rebuild sorts on both cores
    try:
        yield
    finally:
        connection.execute("PRAGMA threads = 0")
        connection.execute(f"PRAGMA foreign_keys = {int(keys)}")
        connection.execute(f"PRAGMA main.cache_size = {int(cache)}")
        try:
            connection.execute(f"PRAGMA main.journal_mode = {journal}")
        except sqlite3.OperationalError:
            pass  # another program opened the file meanwhile: the next connect() turns WAL back on


def load_history(building, operators: dict, count: int, *, progress=None,
                 total: int | None = None) -> ShiftCalendar:
    """Write `count` past visits (with shifts, audit records and search rows); returns the shift calendar."""
    connection = db.connection()
    empty_index = connection.execute("SELECT 1 FROM search_doc LIMIT 1").fetchone() is None
    helper = _Helper(connection) if empty_index and count >= PARALLEL_FROM else None
    history = _History(building, operators, connection, helper)
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived tuples: the cyclic collector would only rescan the caches
    try:
        with _bulk_mode(connection), db.atomic(lock_type="DEFERRED"):
            history.run(count, progress, total or count)
    finally:
        if collecting:
            gc.enable()
        if helper:
            helper.close()
    if helper:
        # FTS5 caches its index structure per connection: reopen so that the copied index is read afresh.
        db.obj.close()
        db.obj.connect()
    return history.calendar


class _History:
    """Builds the rows day by day and writes them in batches."""

    def __init__(self, building, operators: dict, connection, helper: _Helper | None):
        self.building, self.connection, self.helper = building, connection, helper
        self.desks = [operators["desk"].id, operators["desk2"].id]
        self.supervisor = operators["lead"].id
        self.system = auth.system_actor().id
        self.counter = settings.get("counter.name")
        self.texts = _Texts(building.people)
        self.calendar = ShiftCalendar()
        # (free again at, badge number): the badge back soonest is handed out next.
        self.badges = [(0, str(n)) for n in range(1, settings.get("visitors.badge_count") + 1)]
        self.leave_on_site = False
        self._clear()

    def _clear(self) -> None:
        self.visits, self.audits, self.docs, self.index_rows, self.shifts = [], [], [], [], []

    def run(self, count: int, progress, total: int) -> None:
        connection = self.connection
        indexes = {table: connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                             " AND sql IS NOT NULL AND tbl_name = ?", (table,)).fetchall()
                   for table in ("audit_record", "visit")}
        # Writing first takes the write lock, so the ids and the chain's last hash read next stay ours.
        for name, _ in indexes["audit_record"] + indexes["visit"]:
            connection.execute(f'DROP INDEX "{name}"')
        self.visit_id, self.shift_id, self.audit_id, self.doc_id = connection.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM visit), (SELECT coalesce(max(id), 0) FROM shift),"
            " (SELECT coalesce(max(id), 0) FROM audit_record), (SELECT coalesce(max(id), 0) FROM search_doc)"
        ).fetchone()
        self.prev = audit.last_hash()
        now = clock.now()
        self.cutoff = _micros(now - timedelta(minutes=1))
        plan = _day_plan(self.building, count, now)
        done, shift = 0, None
        for day, (midnight, visits, hours) in enumerate(plan):
            shift = self._open_shift(midnight, day, shift)
            self.leave_on_site = len(plan) - 1 - day in self.building.never_checked_out_days
            for start in self._times(midnight, visits, hours):
                self._visit(start, shift)
                if len(self.visits) >= BATCH:
                    done += self._flush()
                    if progress:
                        progress(done, total)
        self._flush()
        # The table indexes while the helper may still be building the search index.
        for _, sql in indexes["audit_record"] + indexes["visit"]:
            connection.execute(sql)
        if self.helper:
            self.helper.copy_into_main()

    def _open_shift(self, midnight: datetime, day: int, previous: tuple | None) -> tuple:
        """The day's shift row, with yesterday's close and today's open in the audit chain."""
        utc = self.texts.utc
        opened = _micros(midnight + timedelta(hours=SHIFT_START_HOUR))
        closes = opened + _DAY_US
        desk, next_desk = self.desks[day % 2], self.desks[(day + 1) % 2]
        self.shift_id += 1
        closed = closes <= self.cutoff
        self.shifts.append((self.shift_id, self.counter, utc(opened), desk, utc(closes) if closed else None,
                            next_desk if closed else None))
        if previous:
            self._audit(utc(opened - _US), desk, previous[0], "close", "shift", previous[0])
        self._audit(utc(opened), desk, self.shift_id, "open", "shift", self.shift_id)
        self.calendar.add(opened, self.shift_id)
        return self.shift_id, desk

    def _audit(self, at: str, actor: int, shift: int, action: str, entity: str, entity_id: int | None,
               after: str | None = None, reason: str | None = None) -> None:
        fields = audit.hashed_fields(at, actor, None, shift, action, entity, entity_id, None, after, reason)
        digest = audit.chain_hash(fields, self.prev)
        self.audit_id += 1
        self.audits.append((self.audit_id, at, actor, shift, action, entity, entity_id, after, reason,
                            self.prev, digest))
        self.prev = digest

    def _times(self, midnight: datetime, visits: int, hours: list[int]) -> list[int]:
        if not visits or not hours:
            return []
        random, weights = self.building.rng.random, self.building.hours
        cumulative, running = [], 0
        for hour in hours:
            running += weights[hour]
            cumulative.append(running)
        base, hour_us = _micros(midnight), 3600 * _US
        return sorted(base + hours[bisect(cumulative, random() * running)] * hour_us + int(random() * hour_us)
                      for _ in range(visits))

    def _visit(self, start: int, shift: tuple) -> None:
        building, texts = self.building, self.texts
        utc, numbers = texts.utc, texts.numbers
        person, name_f, org_f, phone_f, plate_f, tail_f = texts.person(building.visitor_index())
        fields = building.visit_fields(person)
        host_name, host_unit, purpose, admitted_how, approved_by, people_count, note = fields
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
        if person.category == "unknown_resident" and end and end > start + 120 * _US:
            patrol = utc(start + 120 * _US)
        self.visit_id += 1
        time_in = utc(start)
        time_out = end and utc(end)
        updated_at = time_out if updated == end else utc(updated)
        row = (self.visit_id, status, time_in, desk, shift_id, updated_at, updated_by, void_reason,
               person.name, person.category, person.id_type, person.id_number, person.phone,
               person.organisation, host_name, host_unit, purpose, admitted_how, approved_by,
               person.pass_kind, person.pass_number, person.work_id, badge, people_count, person.plate,
               time_in, time_out, patrol, 0, note)
        body = " ".join([f for f in (name_f, texts.names[host_name], org_f, texts.texts[purpose],
                                     texts.texts[approved_by], phone_f, numbers[host_unit], plate_f,
                                     numbers[badge], tail_f) if f])
        if not self.visits:
            self._check(row, body)
        self.doc_id += 1
        self.visits.append(row)
        self.docs.append((self.doc_id, self.visit_id))
        self.index_rows.append((self.doc_id, body))

    def _badge(self, start: int, end: int) -> str | None:
        """A badge free at `start` (each is out with one visitor at a time), or none when all are out."""
        if not self.badges or self.badges[0][0] > start:
            return None
        number = self.badges[0][1]
        heapq.heapreplace(self.badges, (end, number))
        return number

    def _check(self, row: tuple, body: str) -> None:
        """The fast paths must give exactly what core's own functions give for the same row."""
        values = {_FIELD.get(c, c): v for c, v in zip(COLUMNS, row, strict=True)}
        expected_body = search.body_for(*visitor_log.search_fields(visitor_log.Visit(**values)))
        time_in = datetime.strptime(row[25], "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC)
        if (body, row[25]) != (expected_body, utc_text(time_in)):
            raise RuntimeError("the demo loader is out of step with core (search or time format)")

    def _flush(self) -> int:
        if self.visits:
            first, last = self.visits[0], self.visits[-1]
            self._audit(last[2], self.system, last[4], "import", "visitors", None,
                        audit.to_json(audit.import_range(first[0], last[0])), REASON)
        connection = self.connection
        connection.executemany(SHIFT_SQL, self.shifts)
        connection.executemany(AUDIT_SQL, self.audits)
        connection.executemany(DOC_SQL, self.docs)
        connection.executemany(VISIT_SQL, self.visits)
        if self.helper:
            self.helper.send(self.index_rows)
        else:
            connection.executemany(FTS_SQL, self.index_rows)
        written = len(self.visits)
        self._clear()
        return written
