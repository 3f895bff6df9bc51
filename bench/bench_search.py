"""Search: the median time of core.search.search for a 1-, 2- and 3-character Chinese fragment, pinyin
initials and a 4-digit phone fragment, on a counter file of N visits, against the baseline of a raw
sqlite3 `LIKE '%x%'` scan of the same visit table (newest first, the same 50 results at most).

Target (issue 2): <= 10 ms median each at a million visits.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from bench import Figure, cached_counter, median_ms

TARGET_MS = 10.0
RUNS, BASELINE_RUNS = 31, 5
QUERIES = (
    ("1 Chinese character", "张"),
    ("2 Chinese characters", "张伟"),
    ("3 Chinese characters", "王建国"),
    ("pinyin initials", "zw"),
    ("4-digit phone fragment", "5678"),
)
LIKE_SQL = ("SELECT id FROM visit WHERE visitor_name LIKE :q OR host_name LIKE :q OR phone LIKE :q"
            " OR host_unit LIKE :q OR organisation LIKE :q ORDER BY id DESC LIMIT 50")


def run(path: Path) -> list[Figure]:
    from frontdesk_gui.core import search
    from frontdesk_gui.core.db import close, connect

    connect(path)
    raw = sqlite3.connect(path)
    figures = []
    try:
        for label, query in QUERIES:
            hits = len(search.search(query))
            ours = median_ms(lambda q=query: search.search(q), RUNS)
            baseline = median_ms(lambda q=query: raw.execute(LIKE_SQL, {"q": f"%{q}%"}).fetchall(),
                                 BASELINE_RUNS)
            figures.append(Figure(f"search {label} ({query}, {hits} hits)", ours, baseline, TARGET_MS))
    finally:
        raw.close()
        close()
    return figures


if __name__ == "__main__":
    figures = run(cached_counter(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
    for figure in figures:
        print(figure.line())
    raise SystemExit(0 if all(f.passed for f in figures) else 1)
