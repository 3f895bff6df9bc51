"""The whole health check of a counter file: SQLite's own integrity, the search index's, the audit chain.

`frontdesk verify` prints it; the window runs it in the background after it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk_gui.core import audit, search
from frontdesk_gui.core.db import db
from frontdesk_gui.core.db.integrity import check_sqlite
from frontdesk_gui.core.text import Text, tr


@dataclass(frozen=True)
class Finding:
    check: Text
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def run() -> list[Finding]:
    """Each check with what it found; works in any thread (peewee opens a connection per thread)."""
    sqlite_problems = check_sqlite(db.obj)
    findings = [Finding(tr("数据库完整性", "Database integrity"), tuple(sqlite_problems))]
    if sqlite_problems:
        return findings  # the other checks read a damaged file: their answers would mislead
    findings.append(Finding(tr("搜索索引", "Search index"), tuple(search.check())))
    findings.append(Finding(tr("审计链", "Audit chain"), tuple(p.problem for p in audit.verify_chain())))
    return findings


def problems(findings: list[Finding]) -> list[str]:
    return [f"{finding.check}: {problem}" for finding in findings for problem in finding.problems]
