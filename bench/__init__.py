"""Benchmarks that print each figure against a baseline measured in the same run (`python -m bench`).

The counter file of N demo visits they share is made once with core.demo and kept under
/tmp/frontdesk-bench/ (outside the work tree; delete the folder to make it again).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CACHE = Path("/tmp/frontdesk-bench")
SEED = 1


@dataclass(frozen=True)
class Figure:
    """One measured figure: ours against the baseline, with the target it must meet (ms unless said)."""

    name: str
    median: float
    baseline: float
    target: float
    unit: str = "ms"

    @property
    def ratio(self) -> float:
        return self.median / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        return self.median <= self.target

    def line(self) -> str:
        return (f"{self.name:44s} median {self.median:9.2f} {self.unit}  "
                f"baseline {self.baseline:9.2f} {self.unit}  ratio {self.ratio:7.2f}  "
                f"target <= {self.target:g} {self.unit}  {'PASS' if self.passed else 'FAIL'}")


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median wall time of `runs` calls, in milliseconds, after one call to warm caches."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cached_counter(rows: int) -> Path:
    """The shared counter file of `rows` demo visits, made (in a fresh process's way) when missing."""
    path = CACHE / f"visits-{rows}-seed{SEED}.sqlite"
    if not path.exists():
        from bench.bench_demo import make_demo_file

        CACHE.mkdir(parents=True, exist_ok=True)
        made = make_demo_file(CACHE / f"making-{rows}.sqlite", rows)
        made.rename(path)
    return path


def private_copy(path: Path, name: str) -> Path:
    """A copy of the shared file for a benchmark that writes (the shared one stays as made)."""
    copy = CACHE / name
    shutil.copyfile(path, copy)
    return copy
