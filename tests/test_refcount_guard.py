"""PySide6 6.12 loses a reference to None per void call on CPython 3.11; the guard keeps the program alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
{guard}
app = QApplication([])
label = QLabel()
for _ in range(20000):
    label.setText("x")
    label.setEnabled(True)
print("alive")
"""


def _run(guard: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SCRIPT.format(guard=guard)], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=120)


def test_forty_thousand_qt_calls_survive_with_the_guard():
    done = _run("from frontdesk_gui.ui import refcount_guard; refcount_guard.apply()")
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr[-500:]


def test_the_guard_is_still_needed():
    """When this fails, PySide6 no longer leaks None: the guard (ui/refcount_guard.py) can go."""
    if sys.version_info >= (3, 12):
        return
    done = _run("")
    assert done.returncode != 0 and "none_dealloc" in done.stderr
