"""`python -m bench [--rows N] [--only NAME ...]`: every benchmark on a counter file of N demo visits.

Each line: the figure, its median, the baseline measured in the same run, their ratio, the target and
PASS or FAIL. The exit status is 0 only when every figure meets its target.
"""

from __future__ import annotations

import argparse
import importlib

from bench import CACHE, SEED, bench_checkin, bench_demo, bench_held, bench_search, cached_counter

NAMES = ("demo", "search", "checkin", "held", "search_ui", "startup", "receipt", "statement", "handover",
         "monthly")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="visits in the counter file (1,000,000)")
    parser.add_argument("--only", action="append", choices=NAMES, help="run only this benchmark (repeatable)")
    args = parser.parse_args()
    chosen = args.only or NAMES
    figures, ok = [], True
    if "demo" in chosen:
        # The timed fill becomes the shared file when there is none yet, so the rows are made only once.
        shared = CACHE / f"visits-{args.rows}-seed{SEED}.sqlite"
        figures += bench_demo.run(args.rows, keep_as=None if shared.exists() else shared)
        print(figures[-1].line(), flush=True)
    path = cached_counter(args.rows) if set(chosen) & {"search", "checkin", "held", "search_ui", "startup"} else None
    for name, module in (("search", bench_search), ("checkin", bench_checkin), ("held", bench_held)):
        if name in chosen:
            for figure in module.run(path):
                figures.append(figure)
                print(figure.line(), flush=True)
    if "search_ui" in chosen:
        from bench import bench_search_ui  # imports Qt: only when asked for

        for figure in bench_search_ui.run(path):
            figures.append(figure)
            print(figure.line(), flush=True)
    for name in ("receipt", "statement", "handover", "monthly"):
        if name in chosen:  # printouts need no demo counter: each makes what it measures
            module = importlib.import_module(f"bench.bench_{name}")
            for figure in module.run():
                figures.append(figure)
                print(figure.line(), flush=True)
    if "startup" in chosen:
        from bench import bench_startup

        ok = bench_startup.report(bench_startup.run(path))
    return 0 if ok and all(f.passed for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
