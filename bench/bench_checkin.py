"""Check-in: the median time of visitors.check_in (validate, flag list, write, audit, index, commit) on a
counter file of N visits, against a raw sqlite3 INSERT of the same row (and its commit) on the same file.

Target (issue 2): <= 20 ms median at a million visits.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from bench import Figure, cached_counter, median_ms, private_copy

TARGET_MS = 20.0
RUNS = 51
VALUES = {"visitor_name": "欧阳测试", "category": "outside_visitor", "id_number": "11010519491231002X",
          "phone": "13812345678", "organisation": "华创科技有限公司", "host_name": "李娜",
          "host_unit": "1806", "purpose": "商务洽谈", "plate": "粤B12345"}
RAW_SQL = ("INSERT INTO visit (status, created_at, created_by_id, shift_id, visitor_name, category,"
           " id_type, id_number, phone, organisation, host_name, host_unit, purpose, admitted_how,"
           " people_count, plate, time_in, badge_lost) VALUES ('on_site', ?, ?, ?, ?, ?, 'resident_id',"
           " ?, ?, ?, ?, ?, ?, 'intercom_consent', 1, ?, ?, 0)")


def run(path: Path) -> list[Figure]:
    from frontdesk_gui.core import clock, shift
    from frontdesk_gui.core.db import close, connect
    from frontdesk_gui.core.fields import utc_text
    from frontdesk_gui.core.logbooks import visitors

    copy = private_copy(path, "checkin.sqlite")
    connect(copy)
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")  # as the program's own connection
    try:
        ctx = shift.login("desk", "desk123")
        ours = median_ms(lambda: visitors.check_in(ctx, **VALUES), RUNS)

        def insert():
            now = utc_text(clock.now())
            v = VALUES
            with raw:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute(RAW_SQL, (now, ctx.operator.id, ctx.shift.id, v["visitor_name"], v["category"],
                                      v["id_number"], v["phone"], v["organisation"], v["host_name"],
                                      v["host_unit"], v["purpose"], v["plate"], now))
                raw.execute("COMMIT")

        baseline = median_ms(insert, RUNS)
    finally:
        raw.close()
        close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return [Figure("check-in (validate, write, audit, index)", ours, baseline, TARGET_MS)]


if __name__ == "__main__":
    figures = run(cached_counter(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
    for figure in figures:
        print(figure.line())
    raise SystemExit(0 if all(f.passed for f in figures) else 1)
