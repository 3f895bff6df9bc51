"""Start-up and memory: program start to the main window with the first page of visitors shown, on a
counter file of N visits, against a bare PySide6 window measured in the same run; and the resident memory
with the visitor tab open after scrolling through it (the table pages lazily).

Targets (issue 2): <= 1.5 s and <= 4x the bare window; <= 200 MB resident.
Each figure is the median of several fresh processes, timed from process start (interpreter included).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1400, 850)
window.show()
app.processEvents()
print("shown", flush=True)
"""

FRONTDESK = """
import sys
from frontdesk_gui.ui.qt_app import make_app
app = make_app("zh_CN")
from frontdesk_gui.core import shift
from frontdesk_gui.core.db import connect
from frontdesk_gui.ui.main_window import MainWindow
connect(sys.argv[1])
ctx = shift.login("desk", "desk123")
window = MainWindow(ctx)
window.resize(1400, 850)
window.show()
app.processEvents()
tab = window.show_tab("visitors")
assert tab.model.rowCount() > 0 and tab.model.index(0, 2).data()
print("shown", flush=True)
if len(sys.argv) > 2:
    # Memory: scroll through the table as a receptionist would (top, far down, middle), then read RSS.
    rows = tab.model.rowCount()
    for row in list(range(0, 2000, 40)) + [rows // 2 + i for i in range(0, 2000, 40)] + [rows - 1]:
        tab.table.scrollTo(tab.model.index(row, 0))
        app.processEvents()
    rss = next(line for line in open("/proc/self/status") if line.startswith("VmRSS"))
    print(int(rss.split()[1]) // 1024, flush=True)
"""


def _env() -> dict[str, str]:
    # A counter PC starts from compiled bytecode (the frozen build carries it; a venv caches it after the
    # first start). Some shells set PYTHONDONTWRITEBYTECODE, which would compile every module on every start.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)}


def _time_to_shown(script: str, *args: str) -> tuple[float, list[str]]:
    env = _env()
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    first = child.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = child.stdout.read().split()
    if child.wait() != 0 or first.strip() != "shown":
        raise RuntimeError("the start-up script failed")
    return elapsed, rest


def _prepare(db: Path) -> None:
    """The demo operators' first-login password change is done, as on a counter in use."""
    subprocess.run([sys.executable, "-c", (
        "import sys\nfrom frontdesk_gui.core.db import connect\nfrom frontdesk_gui.core.models import Operator\n"
        "connect(sys.argv[1])\nOperator.update(must_change_password=False).execute()"), str(db)],
        check=True, env=_env())


def run(db: Path) -> list[tuple]:
    _prepare(db)
    _time_to_shown(FRONTDESK, str(db))  # the first start writes the bytecode cache, as on a counter PC
    bare = statistics.median(_time_to_shown(BARE)[0] for _ in range(RUNS))
    ours = statistics.median(_time_to_shown(FRONTDESK, str(db))[0] for _ in range(RUNS))
    _, rest = _time_to_shown(FRONTDESK, str(db), "memory")
    rss_mb = int(rest[0])
    return [
        ("start-up to first page shown", ours * 1000, bare * 1000, 1500, 4.0),
        ("resident memory, visitor tab scrolled (MB)", rss_mb, None, 200, None),
    ]


def report(rows: list[tuple]) -> bool:
    ok = True
    for name, value, baseline, target, max_ratio in rows:
        ratio = value / baseline if baseline else None
        passed = value <= target and (max_ratio is None or ratio <= max_ratio)
        ok &= passed
        ratio_text = f"ratio {ratio:5.2f} (<= {max_ratio})" if ratio is not None else "no baseline"
        base_text = f"baseline {baseline:8.1f}" if baseline else " " * 17
        print(f"{name:45s} {value:8.1f}  {base_text}  {ratio_text:24s} target <= {target}  "
              f"{'PASS' if passed else 'FAIL'}")
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if report(run(Path(sys.argv[1]))) else 1)
