"""Held logbooks at scale: on the counter file of N demo visits plus 350,000 held entries (200,000 parcels,
50,000 phone messages, 50,000 incoming faxes, 25,000 found items, 25,000 deposits over two years, each with
its search row), the median time of a parcel intake (parcels.receive: scan to saved) against a raw sqlite3
INSERT of the same parcel row (and its commit) on the same file, and of the global search (core.search.search)
for a Chinese name fragment, pinyin initials, a tracking-number fragment and a phone fragment against a raw
sqlite3 `LIKE '%x%'` scan of the parcel table's text columns (newest first, the same 50 results at most).

Target (issue 4): with 1,000,000 entries spread over these logbooks and the visitor log, a scan-to-saved
parcel intake <= 20 ms median, and the global search query stays <= 10 ms median.

The held entries are written with raw executemany in one transaction (like core.demo_loader: the services
would take an hour), each logbook's search row built with search.body_for from its spec's own search_fields,
one hash-chained import audit record per 10,000 entries. The filled file is kept under /tmp/frontdesk-bench/
(made again when the shared visits file is newer); each run measures on a private copy of it.
"""

from __future__ import annotations

import gc
import itertools
import os
import random
import sqlite3
import sys
import time
from bisect import bisect
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from bench import CACHE, SEED, Figure, cached_counter, median_ms, private_copy

TARGET_INTAKE_MS = 20.0
TARGET_SEARCH_MS = 10.0
INTAKE_RUNS, SEARCH_RUNS, BASELINE_RUNS = 51, 31, 5
# How many entries of each held logbook, and roughly how many of them are still held (the newest).
COUNTS = {"parcels": 200_000, "messages": 50_000, "faxes": 50_000, "lost_found": 25_000, "deposits": 25_000}
STILL_HELD = {"parcels": 2_500, "messages": 600, "faxes": 400, "lost_found": 300, "deposits": 200}
DAYS = 730
BATCH = 10_000  # entries per import audit record, as the demo loader
HOURS = {8: 3, 9: 8, 10: 12, 11: 9, 12: 4, 13: 5, 14: 8, 15: 9, 16: 8, 17: 6, 18: 3, 19: 2, 20: 1}
VOID_SHARE = 0.002
OPEN_STATUSES = ("waiting", "notified")
INTAKE = {"item_type": "express", "carrier": "顺丰", "recipient_unit": "1203", "storage": "A3"}
PARCEL_INSERT = ("INSERT INTO parcel (status, created_at, created_by_id, shift_id, recipient_company,"
                 " recipient_unit, received_at, storage, notify_attempts, item_type, carrier, tracking_no,"
                 " condition, no_such_person) VALUES ('waiting', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'good', 0)")
LIKE_SQL = ("SELECT id FROM parcel WHERE recipient_name LIKE :q OR recipient_company LIKE :q"
            " OR recipient_unit LIKE :q OR recipient_phone LIKE :q OR tracking_no LIKE :q OR carrier LIKE :q"
            " OR storage LIKE :q OR collector_name LIKE :q OR note LIKE :q ORDER BY id DESC LIMIT 50")
_US = 1_000_000
_HOUR_US = 3600 * _US
_DAY_US = 86_400 * _US
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def held_counter(path: Path) -> Path:
    """The shared visits file with the held entries added, made once (again when the visits file is newer)."""
    held = CACHE / path.name.replace("visits-", "held-")
    if not held.exists() or held.stat().st_mtime < path.stat().st_mtime:
        making = private_copy(path, "held-making.sqlite")
        started = time.perf_counter()
        _fill(making)
        print(f"held entries added in {time.perf_counter() - started:.1f} s -> {held}", flush=True)
        making.rename(held)
    return held


def run(path: Path) -> list[Figure]:
    from frontdesk_gui.core.db import close, connect

    copy = private_copy(held_counter(path), "held.sqlite")
    # The copy's pages still wait in the OS cache: the first WAL checkpoint's fsync would write all 1.2 GB of
    # them inside one timed intake (~0.6 s), which no counter's own file makes it do.
    with open(copy, "rb+") as file:
        os.fsync(file.fileno())
    connect(copy)
    try:
        print(_totals(), flush=True)
        figures = [_intake(copy), *_searches(copy)]
    finally:
        close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return figures


def _totals() -> str:
    from frontdesk_gui.core.db import db

    tables = {"visitors": "visit", "parcels": "parcel", "messages": "phone_message", "faxes": "incoming_fax",
              "lost_found": "found_item", "deposits": "deposited_item"}
    counts = {key: db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] for key, table in tables.items()}
    visits = counts.pop("visitors")
    held = sum(counts.values())
    docs = db.execute_sql("SELECT count(*) FROM search_doc").fetchone()[0]
    parts = ", ".join(f"{key} {n:,}" for key, n in counts.items())
    return (f"held file: {visits:,} visits + {held:,} held ({parts}) = {visits + held:,} entries,"
            f" {docs:,} in the search index")


# -- the measurements --------------------------------------------------------------------------------------
def _intake(copy: Path) -> Figure:
    from frontdesk_gui.core import clock, shift
    from frontdesk_gui.core.directory.models import Company
    from frontdesk_gui.core.fields import utc_text
    from frontdesk_gui.core.logbooks import parcels

    ctx = shift.login("desk", "desk123")
    company = Company.select().where(Company.active).order_by(Company.id).first()
    company_name = company.name if company else "华创科技有限公司"
    numbers = (f"SF88{n:011d}" for n in itertools.count(1))
    ours = median_ms(lambda: parcels.receive(ctx, tracking_no=next(numbers), recipient_company=company_name,
                                             **INTAKE), INTAKE_RUNS)
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")  # as the program's own connection
    try:
        def insert():
            now = utc_text(clock.now())
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(PARCEL_INSERT, (now, ctx.operator.id, ctx.shift.id, company_name, INTAKE["recipient_unit"],
                                        now, INTAKE["storage"], INTAKE["item_type"], INTAKE["carrier"],
                                        next(numbers)))
            raw.execute("COMMIT")

        baseline = median_ms(insert, INTAKE_RUNS)
    finally:
        raw.close()
    return Figure("parcel intake (scan to saved)", ours, baseline, TARGET_INTAKE_MS)


def _queries() -> list[tuple[str, str]]:
    from frontdesk_gui.core.db import db

    # A fragment from the middle of a stored tracking number (the letters stripped: SF1234567890123 -> 456789).
    row = db.execute_sql("SELECT tracking_no FROM parcel WHERE tracking_no LIKE 'SF%' AND id >= ? ORDER BY id"
                         " LIMIT 1", (COUNTS["parcels"] // 2,)).fetchone()
    fragment = row[0][5:11] if row else "123456"
    return [("2-character name", "张伟"), ("pinyin initials", "zw"),
            ("tracking-number fragment", fragment), ("4-digit phone fragment", "5678")]


def _searches(copy: Path) -> list[Figure]:
    from frontdesk_gui.core import search

    raw = sqlite3.connect(copy)
    figures = []
    try:
        for label, query in _queries():
            hits = search.search(query)
            held = sum(1 for logbook, _ in hits if logbook != "visitors")
            ours = median_ms(lambda q=query: search.search(q), SEARCH_RUNS)
            baseline = median_ms(lambda q=query: raw.execute(LIKE_SQL, {"q": f"%{q}%"}).fetchall(), BASELINE_RUNS)
            figures.append(Figure(f"global search {label} ({query}, {len(hits)} hits, {held} held)", ours,
                                  baseline, TARGET_SEARCH_MS))
    finally:
        raw.close()
    return figures


# -- the fill ----------------------------------------------------------------------------------------------
def _fill(work: Path) -> None:
    """Add the held entries to `work` in one transaction (with their hand-overs, notifications, search rows
    and import audit records)."""
    from frontdesk_gui.core.db import close, connect, db

    connect(work)
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of rows of short-lived tuples
    try:
        connection = db.connection()
        connection.execute("PRAGMA cache_size = -262144")
        with db.atomic():
            _Fill(connection).run()
    finally:
        if collecting:
            gc.enable()
        close()  # the last connection: its WAL is checkpointed into the file and removed
    for suffix in ("-wal", "-shm"):
        if Path(f"{work}{suffix}").exists():
            raise RuntimeError(f"{work}{suffix} is left after closing: the filled file is not complete")


class _Utc:
    """fields.utc_text for integer microseconds since the epoch, fast (checked against it once)."""

    def __init__(self):
        self.days: dict[int, str] = {}

    def __call__(self, us: int) -> str:
        day, rest = divmod(us, _DAY_US)
        second, micro = divmod(rest, _US)
        text = self.days.get(day)
        if text is None:
            text = self.days[day] = (_EPOCH + timedelta(days=day)).strftime("%Y-%m-%d ")
        return f"{text}{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.{micro:06d}"


def _micros(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(microseconds=1)


class _Table:
    """One model's INSERT and its rows, in the model's column order, defaults filled, NOT NULL checked."""

    def __init__(self, model):
        fields = model._meta.sorted_fields
        self.name = model._meta.table_name
        self.fields = fields
        self.defaults = {f.name: (None if callable(f.default) else f.default) for f in fields}
        self.required = [f.name for f in fields if not f.null and f.name != "id"]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        self.sql = f'INSERT INTO "{self.name}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
        self.rows: list[tuple] = []

    def complete(self, values: dict) -> dict:
        full = {**self.defaults, **values}
        missing = [name for name in self.required if full[name] is None]
        if missing:
            raise RuntimeError(f"{self.name}: no value for the required {', '.join(missing)}")
        return full

    def add(self, full: dict) -> None:
        self.rows.append(tuple(full[f.name] for f in self.fields))


class _Fill:
    def __init__(self, connection):
        from frontdesk_gui.core import audit, auth, clock
        from frontdesk_gui.core.fields import utc_text
        from frontdesk_gui.core.models import Operator

        self.connection = connection
        self.audit = audit
        self.rng = random.Random(SEED)
        self.utc = _Utc()
        now = clock.now()
        self.now_text = utc_text(now)
        self.now_us = _micros(now)
        probe = self.now_us - 12_345_678_901
        if self.utc(probe) != utc_text(_EPOCH + timedelta(microseconds=probe)):
            raise RuntimeError("the bench's time text is out of step with core.fields.utc_text")
        midnight = clock.local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        self.midnight_us = _micros(midnight)
        self.offset_us = midnight.utcoffset() // timedelta(microseconds=1)
        self.system = auth.system_actor().id
        operators = {o.username: o.id for o in Operator.select()}
        self.desk = operators["desk"]
        self.lead = operators.get("lead", self.desk)
        shifts = connection.execute("SELECT opened_at, id, opened_by_id FROM shift ORDER BY opened_at").fetchall()
        self.shift_opened = [s[0] for s in shifts]
        self.shift_rows = [(s[1], s[2]) for s in shifts]
        self.companies = [(name, room or "") for name, room in connection.execute(
            "SELECT name, room FROM directory_company WHERE active ORDER BY id")]
        self.people = self._people(3_000)
        self.hour_cum = list(itertools.accumulate(HOURS.values()))

    # -- pieces --------------------------------------------------------------------------------------------
    def name(self) -> str:
        from frontdesk_gui.core.demo import GIVEN_NAMES, SURNAMES

        rng = self.rng
        surname = rng.choice(SURNAMES[:12] if rng.random() < 0.5 else SURNAMES)
        return surname + rng.choice(GIVEN_NAMES)

    def mobile(self) -> str:
        from frontdesk_gui.core.demo import MOBILE_PREFIXES

        return f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"

    def _people(self, count: int) -> list[tuple[str, str, str, str | None]]:
        """(name, company, room, phone) of the people things come for: staff of the tenant companies."""
        from frontdesk_gui.core.demo import COMPANY_KINDS, COMPANY_STEMS

        companies = self.companies or [(self.rng.choice(COMPANY_STEMS) + self.rng.choice(COMPANY_KINDS),
                                        f"{f}{r:02d}") for f in range(3, 30) for r in (1, 2)]
        return [(self.name(), *self.rng.choice(companies), self.mobile() if self.rng.random() < 0.7 else None)
                for _ in range(count)]

    def times(self, count: int) -> list[int]:
        """`count` moments over the last DAYS days in the desk's hours (fewer on Sundays), oldest first."""
        rng, hours, cum = self.rng, list(HOURS), self.hour_cum
        latest = self.now_us - 10 * 60 * _US
        out = []
        while len(out) < count:
            back = rng.randrange(DAYS)
            midnight = self.midnight_us - back * _DAY_US
            if ((midnight + self.offset_us) // _DAY_US + 3) % 7 == 6 and rng.random() < 0.6:
                continue  # a Sunday (1970-01-01 was a Thursday), a quiet day
            moment = midnight + hours[bisect(cum, rng.random() * cum[-1])] * _HOUR_US + rng.randrange(_HOUR_US)
            if moment <= latest:
                out.append(moment)
        return sorted(out)

    def shift_at(self, us: int) -> tuple[int | None, int]:
        """(shift id, the operator on duty) at a moment."""
        index = bisect(self.shift_opened, self.utc(us)) - 1
        return self.shift_rows[index] if index >= 0 else (None, self.desk)

    # -- the load --------------------------------------------------------------------------------------------
    def run(self) -> None:
        from frontdesk_gui.core import search
        from frontdesk_gui.core.held import HandOver, Notification
        from frontdesk_gui.core.logbooks import deposits, faxes, lost_found, messages, parcels

        books = {"parcels": (parcels, self.parcel), "messages": (messages, self.message),
                 "faxes": (faxes, self.fax), "lost_found": (lost_found, self.found_item),
                 "deposits": (deposits, self.deposit)}
        execute = self.connection.execute
        self.hand_overs, self.notifications = _Table(HandOver), _Table(Notification)
        self.hand_over_id = execute("SELECT coalesce(max(id), 0) FROM hand_over").fetchone()[0]
        self.notification_id = execute("SELECT coalesce(max(id), 0) FROM notification").fetchone()[0]
        docs: list[tuple[int, str, int, str]] = []  # (received, logbook, entry id, body)
        tables = []
        open_tags = itertools.count(1)
        for key, (module, make) in books.items():
            spec, table = module.SPEC, _Table(module.SPEC.model)
            first = execute(f'SELECT coalesce(max(id), 0) FROM "{table.name}"').fetchone()[0] + 1
            count, held = COUNTS[key], STILL_HELD[key]
            for n, received in enumerate(self.times(count)):
                entry_id = first + n
                values = make(received)
                values["id"] = entry_id
                self.life(key, values, received, still_held=n >= count - 2 * held and self.rng.random() < 0.5)
                if key == "deposits" and values["status"] in OPEN_STATUSES:
                    values["tag_no"] = str(next(open_tags))  # a held item's tag is its own
                full = table.complete(values)
                table.add(full)
                body = search.body_for(*spec.search_fields(SimpleNamespace(**full)))
                docs.append((received, key, entry_id, body))
            tables.append((key, table, first, first + count - 1))
        self.write(tables, docs)

    def write(self, tables: list, docs: list) -> None:
        execute, executemany = self.connection.execute, self.connection.executemany
        for table in (self.hand_overs, self.notifications):
            executemany(table.sql, table.rows)
        prev = self.audit.last_hash()
        audit_id = execute("SELECT coalesce(max(id), 0) FROM audit_record").fetchone()[0]
        audits = []
        for key, table, first, last in tables:
            executemany(table.sql, table.rows)
            for start in range(first, last + 1, BATCH):
                after = self.audit.to_json(self.audit.import_range(start, min(start + BATCH - 1, last)))
                fields = self.audit.hashed_fields(self.now_text, self.system, None, None, "import", key, None,
                                                  None, after, "bench")
                digest = self.audit.chain_hash(fields, prev)
                audit_id += 1
                audits.append((audit_id, self.now_text, self.system, "import", key, after, "bench", prev, digest))
                prev = digest
        executemany("INSERT INTO audit_record (id, at, actor_id, authorised_by_id, shift_id, action, entity,"
                    " entity_id, before, after, reason, prev_hash, hash)"
                    " VALUES (?, ?, ?, NULL, NULL, ?, ?, NULL, NULL, ?, ?, ?, ?)", audits)
        # Search rows in the order the entries came in, across the logbooks (ids after the visits').
        docs.sort(key=lambda d: d[0])
        doc_id = execute("SELECT coalesce(max(id), 0) FROM search_doc").fetchone()[0]
        ids = range(doc_id + 1, doc_id + 1 + len(docs))
        executemany("INSERT INTO search_doc (id, logbook, entry_id) VALUES (?, ?, ?)",
                    [(i, d[1], d[2]) for i, d in zip(ids, docs, strict=True)])
        executemany("INSERT INTO search_idx (rowid, body) VALUES (?, ?)",
                    [(i, d[3]) for i, d in zip(ids, docs, strict=True)])

    def life(self, key: str, v: dict, received: int, *, still_held: bool) -> None:
        """Who logged it, then told, collected, returned or voided (or still held), with the hand-over and
        notification rows."""
        rng, utc = self.rng, self.utc
        fate = v.pop("_fate")
        created = received + v.pop("_logged_after", 0)
        shift_id, operator = self.shift_at(created)
        v.update(status="waiting", created_at=utc(created), created_by=operator, shift=shift_id,
                 received_at=utc(received), notify_attempts=0)
        last, by = None, None
        if rng.random() < VOID_SHARE:
            last, by = created + rng.randrange(60, 1800) * _US, self.lead
            v.update(status="voided", void_reason=rng.choice(("重复登记", "登记错误,已重新登记")))
        elif fate[0] == "return":
            _, how, after_hours = fate
            at = received + int(after_hours * _HOUR_US) + rng.randrange(_HOUR_US)
            if still_held or at > self.now_us:
                pass
            else:
                last, by = at, self.shift_at(at)[1]
                v.update(status="returned", returned_at=utc(at), returned_how=how)
        else:
            _, channel, told_after, collected_after, collector, id_checked = fate
            told = received + int(told_after * 60 * _US) if channel else None
            if told is not None and told <= self.now_us:
                attempts = 1 if rng.random() < 0.85 else 2
                told_by = self.shift_at(told)[1]
                self.notification_id += 1
                self.notifications.add(self.notifications.complete({
                    "id": self.notification_id, "logbook": key, "entry_id": v["id"], "at": utc(told),
                    "operator": told_by, "channel": channel, "outcome": "reached"}))
                v.update(status="notified", notified_at=utc(told), notify_attempts=attempts)
                last, by = told, told_by
            start = told if told is not None else received
            at = start + int(collected_after * _HOUR_US)
            if not still_held and at <= self.now_us:
                shift_at, by = self.shift_at(at)
                self.hand_over_id += 1
                self.hand_overs.add(self.hand_overs.complete({
                    "id": self.hand_over_id, "at": utc(at), "operator": by, "shift": shift_at, "logbook": key,
                    "collector_name": collector, "id_checked": id_checked}))
                v.update(status="collected", collected_at=utc(at), collector_name=collector,
                         hand_over=self.hand_over_id)
                last = at
                v.update(v.pop("_on_collect", {}))
        v.pop("_on_collect", None)
        if last is not None:
            v.update(updated_at=utc(last), updated_by=by)

    # -- one entry of each logbook (values by field name; _fate says how its life goes) ------------------------
    def parcel(self, received: int) -> dict:
        from frontdesk_gui.core.demo_parcels import CARRIERS, STRANGERS

        rng = self.rng
        kind, carrier, prefix = rng.choice(CARRIERS)
        if rng.random() < 0.08:
            kind, carrier, prefix = rng.choice((("parcel_slip", "中国邮政", ""), ("money_order", "中国邮政", "")))
        tracking = f"{prefix}{rng.randrange(10**12, 10**13)}" if prefix else None
        if kind == "registered":
            tracking = f"XA{rng.randrange(10**8, 10**9)}CN"
        v = {"item_type": kind, "carrier": carrier, "tracking_no": tracking,
             "storage": f"{rng.choice('ABCD')}{rng.randint(1, 12)}",
             "condition": "damaged" if rng.random() < 0.02 else "good",
             "note": "外包装破损,已拍照" if rng.random() < 0.01 else None}
        if rng.random() < 0.03:  # 查无此人: not in the roster, back to the post office after three days
            v.update(recipient_name=rng.choice(STRANGERS), recipient_unit=f"{rng.randint(30, 40)}01",
                     no_such_person=1, _fate=("return", "post_office", 73))
            return v
        name, company, room, phone = rng.choice(self.people)
        if rng.random() < 0.5:
            v.update(recipient_company=company, recipient_unit=room)
        else:
            v.update(recipient_name=name, recipient_company=company, recipient_unit=room, recipient_phone=phone)
        collector = rng.choice((name, "前台 小王", "行政 李小姐", "刘经理"))
        v["_fate"] = ("collect", "phone", rng.randint(2, 30), rng.randint(1, 60), collector,
                      "work_id" if kind in ("registered", "express", "money_order", "parcel_slip") else "none")
        return v

    def message(self, received: int) -> dict:
        from frontdesk_gui.core.demo_messages import CALLER_FIRMS, CITIES, COLLECTORS, TEXTS, TITLES

        rng = self.rng
        name, company, room, _ = rng.choice(self.people)
        if rng.random() < 0.4:
            name = name[0] + rng.choice(TITLES)
        city, area = rng.choice(CITIES)
        phone, ext = self.mobile(), None
        if area and rng.random() < 0.35:  # a landline, half of them with an extension
            phone = f"{area}{rng.randrange(2 * 10**7, 9 * 10**7)}"
            ext = str(rng.randrange(100, 990)) if rng.random() < 0.5 else None
        text, request = rng.choice(TEXTS)
        firm = rng.choice(CALLER_FIRMS) or None
        v = {"recipient_name": name, "recipient_company": company, "recipient_unit": room,
             "caller_name": self.name()[0] + rng.choice(TITLES) if rng.random() < 0.5 else self.name(),
             "caller_company": firm, "caller_phone": phone, "caller_ext": ext, "caller_city": city,
             "message": text, "request": request, "_logged_after": rng.randrange(10, 180) * _US}
        if rng.random() < 0.05:
            v["_fate"] = ("return", rng.choice(("no_longer_needed", "reached_directly")), rng.uniform(1, 30))
        else:
            v["_fate"] = ("collect", "phone", rng.randint(1, 20), rng.uniform(0.2, 8),
                          rng.choice((name, *COLLECTORS)), "none")
        return v

    def fax(self, received: int) -> dict:
        from frontdesk_gui.core.demo_faxes import SENDERS, TITLES, UNKNOWN_FIRMS

        rng = self.rng
        name, company, room, phone = rng.choice(self.people)
        sender, number = rng.choice(SENDERS)
        pages = rng.choice((1, 1, 2, 2, 3, 4, 5, 8, 12))
        v = {"pages": pages, "sender_name": sender or None, "sender_number": number or None,
             "unit_price_fen": 100, "fee_fen": 100 * pages, "storage": f"传真夹 {rng.randint(1, 6)}"}
        roll = rng.random()
        if roll < 0.02:  # 待查: no company on it
            v.update(recipient_name=name[0] + rng.choice(TITLES), unidentified=1,
                     _fate=("return", "archived", 73))
        elif roll < 0.03:  # 无收件人
            v.update(recipient_company=rng.choice(UNKNOWN_FIRMS), no_recipient=1, _fate=("return", "archived", 73))
        else:
            v.update(recipient_company=company, recipient_unit=room,
                     recipient_name=name if rng.random() < 0.5 else None, recipient_phone=phone)
            v["_fate"] = ("collect", "phone", rng.randint(2, 30), rng.uniform(0.5, 48), name, "none")
        return v

    def found_item(self, received: int) -> dict:
        from frontdesk_gui.core.demo_held_items import FINDERS, FINDS

        rng = self.rng
        what, description, _, where, _ = rng.choice(FINDS)
        v = {"what": what, "description": description, "found_where": where, "found_by": rng.choice(FINDERS),
             "storage": f"失物柜 {rng.choice('ABC')}{rng.randint(1, 6)}",
             "_logged_after": rng.randrange(300, 3600) * _US}
        if rng.random() < 0.65:  # the owner came asking: linked, told and claimed against an ID
            owner, phone = self.name(), self.mobile()
            v.update(recipient_name=owner, recipient_phone=phone)
            v["_fate"] = ("collect", "phone", rng.randint(60, 48 * 60), rng.uniform(1, 72), owner, "resident_id")
        else:
            v["_fate"] = ("return", rng.choice(("police", "disposed", "donated")), 90 * 24 + rng.randint(0, 240))
        return v

    def deposit(self, received: int) -> dict:
        from frontdesk_gui.core.demo_held_items import DEPOSITS, UNITS

        rng = self.rng
        what, count = rng.choice(DEPOSITS)
        name, phone = self.name(), self.mobile() if rng.random() < 0.8 else None
        pickup = received + rng.randint(1, 72) * _HOUR_US
        v = {"depositor_name": name, "depositor_phone": phone, "depositor_unit": rng.choice(UNITS), "items": what,
             "item_count": count, "condition_in": "good" if rng.random() < 0.9 else "worn",
             "tag_no": str(rng.randint(1, 200)), "expected_pickup": self.utc(pickup),
             "storage": f"寄存架 {rng.randint(1, 4)}", "_on_collect": {"condition_out": "same"}}
        if rng.random() < 0.15:
            v["recipient_name"] = self.name()
        if rng.random() < 0.01:
            v["_fate"] = ("return", "to_management", 10 * 24)
        else:
            collector = v.get("recipient_name") or name
            v["_fate"] = ("collect", None, 0, (pickup - received) / _HOUR_US + rng.uniform(-1, 3), collector,
                          "resident_id" if collector != name else "none")
        return v


if __name__ == "__main__":
    figures = run(cached_counter(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
    for figure in figures:
        print(figure.line())
    raise SystemExit(0 if all(f.passed for f in figures) else 1)
