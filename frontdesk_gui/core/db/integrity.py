"""SQLite's own consistency checks, each returning problem sentences (an empty list means healthy).

`PRAGMA integrity_check` does not look inside an FTS5 index, and FTS5's integrity-check does not look at
the b-trees, so `frontdesk verify` runs both (PLATFORM_NOTES). Other modules add their own checks.
Both functions accept a peewee database or a plain sqlite3 connection.
"""

from __future__ import annotations

import sqlite3

import peewee

_DB_ERRORS = (sqlite3.DatabaseError, peewee.DatabaseError)


def _execute(database, sql: str, params: tuple = ()) -> list[tuple]:
    if isinstance(database, sqlite3.Connection):
        return database.execute(sql, params).fetchall()
    return database.execute_sql(sql, params).fetchall()


def check_sqlite(database) -> list[str]:
    """The lines of `PRAGMA integrity_check` other than "ok".

    A file too damaged for the check to run is one problem line.
    """
    try:
        rows = _execute(database, "PRAGMA integrity_check")
    except _DB_ERRORS as exc:
        return [f"the database cannot be checked: {exc}"]
    # One row may hold several newline-separated lines (all of a b-tree page's errors).
    return [line for row in rows for line in row[0].splitlines() if line != "ok"]


def check_fts(database, table: str) -> list[str]:
    """FTS5's integrity-check of `table`, including its agreement with an external content table.

    A missing table is not a problem here (the schema check reports missing tables).
    """
    if not _execute(database, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)):
        return []
    quoted = '"' + table.replace('"', '""') + '"'
    # rank = 1 makes SQLite 3.40 also compare the index with an external content table; without it a
    # changed content row goes unnoticed.
    sql = f"INSERT INTO {quoted}({quoted}, rank) VALUES ('integrity-check', 1)"
    opened_transaction = isinstance(database, sqlite3.Connection) and not database.in_transaction
    try:
        _execute(database, sql)
    except _DB_ERRORS as exc:
        return [f"the search index {table} does not match its content ({exc}); rebuild it"]
    finally:
        # The sqlite3 module wraps an INSERT in a transaction of its own; nothing was written, but an
        # open transaction would hold the write lock.
        if opened_transaction and database.in_transaction:
            database.rollback()
    return []
