"""`connect(url)`: open, configure and migrate the counter's database.

SQLite is the default (a file in the user's data folder). Every transaction is BEGIN IMMEDIATE:
peewee's default deferred transaction fails at once with "database is locked" under WAL when it
reads and then writes after another connection wrote (PLATFORM_NOTES), and our writes read first
(the audit chain's previous hash, the next badge or receipt number).
"""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.paths import user_data_dir
from frontdesk_gui.core.text import Text

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",  # an acknowledged check-in survives a power cut
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -32_000,
}


def default_db_path() -> Path:
    return user_data_dir() / "frontdesk.sqlite"


def _sqlite_path(url: str | Path) -> Path:
    text = str(url)
    for prefix in ("sqlite:///", "sqlite://"):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return Path(text).expanduser()


def connect(url: str | Path | None = None, *, migrate: bool = True):
    """Open the database at `url` (a path or sqlite:///path), apply pragmas and migrations.

    Returns the live peewee database, also installed behind the module-level `db` proxy.
    """
    if url is not None and str(url).startswith(("postgres://", "postgresql://")):
        raise NotImplementedError("PostgreSQL is planned for multi-counter sites; use an SQLite file for now.")
    path = _sqlite_path(url) if url is not None else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(
        str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10, check_same_thread=False
    )
    db.initialize(database)
    try:
        database.connect(reuse_if_open=True)
        if migrate:
            from frontdesk_gui.core.db.migrations import migrate as run_migrations

            run_migrations(database)
    except DatabaseError as error:
        database.close()
        message = Text(f"无法打开这个前台文件(可能已损坏或不是前台文件):{error}",
                       f"This counter file cannot be opened (damaged, or not a counter file): {error}")
        raise FrontdeskError(message) from error
    return database


def database_path() -> Path | None:
    """The file behind the open database, or None when nothing is open."""
    obj = db.obj
    return Path(obj.database) if obj is not None else None


def close() -> None:
    if db.obj is not None and not db.obj.is_closed():
        db.obj.close()
