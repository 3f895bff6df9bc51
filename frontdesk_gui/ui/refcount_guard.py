"""Keep PySide6 6.12 from freeing None on CPython 3.11.

PySide6 6.12.0 drops one reference to None on every wrapped call that returns nothing (QLabel.setText,
QWidget.setEnabled …) and to True / False in Signal.emit: measured -1000 per 1000 setText calls. None
starts with a few thousand references, so after some minutes at the counter CPython frees it and aborts
("Fatal Python error: none_dealloc"). PySide6 6.11.3 does not do this, but in 6.11 QtPdf comes only with
the 170 MB Addons wheel. CPython 3.12 makes these objects immortal; on 3.11 we give them a reference
count that no run of the program can wear down.
"""

from __future__ import annotations

import ctypes
import sys

# 2**60 lost references would take centuries of calls.
HEADROOM = 1 << 60
_applied = False


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # CPython: ob_refcnt is the first field of every object, at its id().
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
