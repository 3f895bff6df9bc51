"""Reliability: a process killed with SIGKILL in the middle of check-ins leaves the counter file intact,
with every check-in it had acknowledged present, audited and searchable."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from frontdesk_gui.core import audit, auth, search
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.db.integrity import check_sqlite
from frontdesk_gui.core.logbooks.visitors import Visit

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# The real check-in service: validate, write, audit, index in one transaction. The id is printed only
# after check_in returned, so every id the parent read is an acknowledged check-in.
CHILD = """
import sys
from frontdesk_gui.core import shift
from frontdesk_gui.core.db import connect
from frontdesk_gui.core.logbooks import visitors

connect(sys.argv[1])
ctx = shift.login("admin", "admin-pass")
n = 0
while True:
    n += 1
    visit = visitors.check_in(ctx, visitor_name="张伟" if n % 2 else "欧阳娜娜", category="outside_visitor",
                              host_name="李娜", host_unit=str(1000 + n % 300), phone=f"1381234{n % 10000:04d}")
    print(visit.id, flush=True)
"""


def run_until_killed(script: str, db_path: Path, seconds: float) -> tuple[list[int], str]:
    """Run `script` with `db_path` as argv[1], SIGKILL it after `seconds`; the ids it printed and its stderr."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen([sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout))
    reader.start()
    time.sleep(seconds)
    child.kill()  # SIGKILL: no atexit, no close, no checkpoint
    child.wait()
    reader.join()
    stderr = child.stderr.read().decode()
    child.stdout.close()
    child.stderr.close()
    # A line without its newline was cut by the kill mid-print: not acknowledged.
    return [int(line) for line in lines if line.endswith(b"\n")], stderr


def test_sigkill_mid_check_ins_keeps_every_acknowledged_one(tmp_path):
    db_path = tmp_path / "crash.sqlite"
    connect(db_path)
    auth.create_first_admin("admin", "管理员", "admin-pass")
    close()

    acknowledged, stderr = run_until_killed(CHILD, db_path, seconds=2.5)
    assert len(acknowledged) > 20, f"the child checked in almost nobody: {stderr}"

    database = connect(db_path)
    try:
        assert check_sqlite(database) == []
        stored = {v.id for v in Visit.select(Visit.id)}
        assert set(acknowledged) <= stored
        assert audit.verify_chain() == []
        assert search.check() == []
        found = {entry_id for _, entry_id in search.search("欧阳娜娜", limit=100_000)}
        assert {i for i in acknowledged if i % 2 == 0} <= found
    finally:
        close()
