"""Demo data: the time to fill a new counter file with N visits (core.demo: rows, audit chain, search index)
against a raw executemany of the bare visit rows into the same table, measured in the same run.

Target (issue 2): a million visits in <= 60 s on the two-core reference machine (the same bound is
printed for other N).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from bench import CACHE, SEED, Figure

TARGET_SECONDS = 60.0
BARE_SQL = ("INSERT INTO visit (status, created_at, created_by_id, visitor_name, category, id_type,"
            " admitted_how, people_count, time_in, badge_lost) VALUES (?, ?, 1, ?, 'outside_visitor',"
            " 'resident_id', 'intercom_consent', 1, ?, 0)")


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def make_demo_file(path: Path, rows: int) -> Path:
    """A new counter file with `rows` demo visits (seeded, so every run has the same data)."""
    from frontdesk_gui.core import demo
    from frontdesk_gui.core.db import close, connect

    connect(_fresh(path))
    try:
        demo.fill(visitors=rows, seed=SEED)
    finally:
        close()
    return path


def _bare_rows_seconds(path: Path, rows: int) -> float:
    """executemany of minimal visit rows (names and times only) in one transaction, commit included."""
    from frontdesk_gui.core import auth
    from frontdesk_gui.core.db import close, connect

    connect(_fresh(path))
    auth.system_actor()  # the operator the rows point at
    close()
    data = [("left", f"2025-01-01 08:00:00.{n % 1_000_000:06d}", f"访客{n % 5000}",
             f"2025-01-01 08:00:00.{n % 1_000_000:06d}") for n in range(rows)]
    connection = sqlite3.connect(path, isolation_level=None)
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(BARE_SQL, data)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    _fresh(path)
    return elapsed


def run(rows: int, keep_as: Path | None = None) -> list[Figure]:
    """Time a demo fill of `rows` visits; the file is kept as `keep_as` when given (the shared cache)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    baseline = _bare_rows_seconds(CACHE / "bare-rows.sqlite", rows)
    target = CACHE / "timed-demo.sqlite"
    start = time.perf_counter()
    make_demo_file(target, rows)
    elapsed = time.perf_counter() - start
    if keep_as is not None:
        target.rename(keep_as)
    else:
        _fresh(target)
    return [Figure(f"demo fill, {rows:,} visits (with audit, index)", elapsed, baseline,
                   TARGET_SECONDS, unit="s")]


if __name__ == "__main__":
    figures = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
    for figure in figures:
        print(figure.line())
    raise SystemExit(0 if all(f.passed for f in figures) else 1)
