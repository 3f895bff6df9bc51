"""Backups, rotation, restore, integrity checks, and durability of acknowledged writes under SIGKILL."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from frontdesk_gui.core import clock
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.db.backup import (
    BackupError,
    backup_if_due,
    backup_now,
    default_backup_dir,
    list_backups,
    newest_good_backup,
    restore,
)
from frontdesk_gui.core.db.integrity import check_fts, check_sqlite

PROJECT_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def frozen():
    """A frozen clock at local noon on Monday 2026-01-05; the real clock comes back afterwards."""
    previous = clock.get_clock()
    frozen_clock = clock.FrozenClock(datetime(2026, 1, 5, 12, 0))
    clock.set_clock(frozen_clock)
    yield frozen_clock
    clock.set_clock(previous)


def make_db(path: Path, rows: int = 100) -> Path:
    """A WAL database with a table `t` of `rows` rows of text (about 8 rows per 4 KiB page)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=wal")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        conn.execute("CREATE INDEX t_body ON t (body)")
        conn.executemany(
            "INSERT INTO t (body) VALUES (?)", [(f"row {i:06d} " + "x" * 400,) for i in range(rows)]
        )
    return path


def count(path: Path, table: str = "t") -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_backup_while_another_connection_writes_is_consistent(tmp_path, frozen):
    db_path = make_db(tmp_path / "live.sqlite", rows=2000)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE total (n INTEGER NOT NULL)")
        conn.execute("INSERT INTO total VALUES ((SELECT count(*) FROM t))")
    stop = threading.Event()

    def write():
        # Each transaction adds a row and bumps the total: a torn copy would show count(t) != total.
        with closing(sqlite3.connect(db_path, isolation_level=None, timeout=10)) as conn:
            while not stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO t (body) VALUES ('written during backup')")
                conn.execute("UPDATE total SET n = n + 1")
                conn.execute("COMMIT")

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copies = []
        for _ in range(5):
            copies.append(backup_now(db_path, tmp_path / "backups", kind="manual"))
            frozen.advance(seconds=1)
            time.sleep(0.05)
    finally:
        stop.set()
        writer.join()

    assert len({count(copy) for copy in copies}) > 1, "the writer made no progress during the backups"
    for copy in copies:
        assert not Path(f"{copy}-wal").exists()
        with closing(sqlite3.connect(copy)) as conn:
            assert check_sqlite(conn) == []
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert (
                conn.execute("SELECT count(*) FROM t").fetchone()[0]
                == conn.execute("SELECT n FROM total").fetchone()[0]
            )
    assert [p.name for p in (tmp_path / "backups").iterdir() if p.name.startswith(".")] == []


def test_backup_name_says_utc_time_and_kind(tmp_path, frozen):
    db_path = make_db(tmp_path / "db.sqlite")
    frozen.set(datetime(2026, 3, 1, 8, 9, 10, tzinfo=UTC))
    path = backup_now(db_path, default_backup_dir(db_path))
    assert path == tmp_path / "backups" / "frontdesk-20260301-080910-daily.sqlite"
    [info] = list_backups(tmp_path / "backups")
    assert (info.path, info.taken_at, info.kind) == (path, frozen.now(), "daily")
    assert info.size == path.stat().st_size
    with pytest.raises(ValueError):
        backup_now(db_path, tmp_path / "backups", kind="../evil")


def test_rotation_over_60_days_keeps_7_daily_and_4_weekly(tmp_path, frozen):
    db_path = make_db(tmp_path / "db.sqlite")
    backup_dir = default_backup_dir(db_path)
    backup_dir.mkdir()
    strangers = [backup_dir / "notes.txt", backup_dir / "frontdesk-old.sqlite"]
    for stranger in strangers:
        stranger.write_text("not a backup")

    for _ in range(60):  # 2026-01-05 (Monday) .. 2026-03-05 (Thursday)
        assert backup_if_due(db_path, backup_dir) is not None
        frozen.advance(hours=3)
        assert backup_if_due(db_path, backup_dir) is None, "a second backup on the same day"
        frozen.advance(hours=21)

    kept = sorted(clock.local(info.taken_at).date() for info in list_backups(backup_dir))
    weekly = [date(2026, 2, 8), date(2026, 2, 15), date(2026, 2, 22), date(2026, 2, 26)]
    daily = [date(2026, 2, 27 + i) for i in range(2)] + [date(2026, 3, 1 + i) for i in range(5)]
    assert kept == weekly + daily
    assert all(stranger.read_text() == "not a backup" for stranger in strangers)


def test_restore_sets_current_file_aside_and_brings_back_backup_rows(tmp_path, frozen):
    db_path = make_db(tmp_path / "db.sqlite", rows=10)
    backup = backup_now(db_path, tmp_path / "backups")
    # Rows committed after the backup and left in the -wal by a process that died without closing:
    # the set-aside copy must keep them.
    script = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA wal_autocheckpoint=0')\n"
        "conn.executemany('INSERT INTO t (body) VALUES (?)', [('after backup',)] * 5)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    assert Path(f"{db_path}-wal").exists()

    aside = restore(backup, db_path)

    assert aside == tmp_path / "db.sqlite.before-restore-20260105-120000"
    assert Path(f"{aside}-wal").exists()
    assert count(aside) == 15
    assert not Path(f"{db_path}-wal").exists() and not Path(f"{db_path}-shm").exists()
    assert count(db_path) == 10
    with closing(sqlite3.connect(db_path)) as conn:
        assert check_sqlite(conn) == []

    second_aside = restore(backup, db_path)  # same second: a new name, the first copy untouched
    assert second_aside != aside and count(aside) == 15


def test_restore_refuses_damaged_backup_and_touches_nothing(tmp_path):
    db_path = make_db(tmp_path / "db.sqlite", rows=10)
    damaged = tmp_path / "frontdesk-20260101-000000-daily.sqlite"
    damaged.write_bytes(b"garbage" * 1000)
    with pytest.raises(BackupError):
        restore(damaged, db_path)
    assert count(db_path) == 10
    assert not list(tmp_path.glob("*before-restore*"))


def test_newest_good_backup_skips_a_corrupted_file(tmp_path, frozen):
    db_path = make_db(tmp_path / "db.sqlite")
    backup_dir = tmp_path / "backups"
    older = backup_now(db_path, backup_dir)
    frozen.advance(days=1)
    newest = backup_now(db_path, backup_dir)
    assert newest_good_backup(backup_dir) == newest

    newest.write_bytes(os.urandom(newest.stat().st_size))
    assert newest_good_backup(backup_dir) == older
    older.write_bytes(b"")  # SQLite opens an empty file as a sound empty database: not a good backup
    assert newest_good_backup(backup_dir) is None


@pytest.mark.parametrize(
    "offset, garbage, expected",
    [
        (0, b"\xff" * 4096, "malformed"),  # the whole page: SQLite cannot even walk the tree
        (8, b"\x00\x07" * 8, "out of range"),  # the page's cell pointers: integrity_check names the cells
    ],
)
def test_check_sqlite_reports_a_corrupted_page(tmp_path, offset, garbage, expected):
    db_path = make_db(tmp_path / "db.sqlite", rows=2000)
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(db_path, copy)
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        assert check_sqlite(conn) == []
    assert pages > 50
    with open(copy, "r+b") as handle:
        handle.seek(4096 * (pages // 2) + offset)
        handle.write(garbage)

    with closing(sqlite3.connect(copy)) as conn:
        problems = check_sqlite(conn)
    assert problems and any(expected in line for line in problems), problems
    assert "ok" not in problems


def test_check_sqlite_accepts_a_peewee_database(tmp_path):
    database = connect(tmp_path / "db.sqlite", migrate=False)
    try:
        database.execute_sql("CREATE TABLE t (x)")
        assert check_sqlite(database) == []
        assert check_fts(database, "search_idx") == []  # no such table: nothing to check
    finally:
        close()


def test_check_fts_detects_tampered_shadow_table(tmp_path):
    with closing(sqlite3.connect(tmp_path / "fts.sqlite")) as conn:
        conn.execute("CREATE VIRTUAL TABLE search_idx USING fts5(body)")
        conn.executemany(
            "INSERT INTO search_idx (body) VALUES (?)", [(f"visitor {i} 张伟",) for i in range(200)]
        )
        conn.commit()
        assert check_fts(conn, "search_idx") == []
        assert not conn.in_transaction, "the check must not leave a write transaction open"

        conn.execute("UPDATE search_idx_content SET c0 = 'tampered' WHERE id = 7")
        conn.commit()
        [problem] = check_fts(conn, "search_idx")
        assert "search_idx" in problem
        assert check_sqlite(conn) == [], "integrity_check alone does not see it"


def test_check_fts_detects_changed_external_content(tmp_path):
    with closing(sqlite3.connect(tmp_path / "fts.sqlite", isolation_level=None)) as conn:
        conn.execute("CREATE TABLE visitor (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        conn.execute(
            "CREATE VIRTUAL TABLE search_idx USING fts5(name, content='visitor', content_rowid='id')"
        )
        for i in range(1, 51):
            conn.execute("INSERT INTO visitor (id, name) VALUES (?, ?)", (i, f"visitor {i}"))
            conn.execute("INSERT INTO search_idx (rowid, name) VALUES (?, ?)", (i, f"visitor {i}"))
        assert check_fts(conn, "search_idx") == []

        conn.execute("UPDATE visitor SET name = 'renamed behind the index' WHERE id = 3")
        assert len(check_fts(conn, "search_idx")) == 1
