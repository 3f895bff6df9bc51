"""Online backups of the SQLite file, their rotation, and restoring one.

A backup is a complete single-file copy that passed `PRAGMA integrity_check`, named
`frontdesk-YYYYMMDD-HHMMSS-<kind>.sqlite` after the UTC time it was taken, in a `backups` folder next to
the database. Files in that folder with any other name are never read, rotated or deleted.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from frontdesk_gui.core import clock
from frontdesk_gui.core.db.integrity import check_sqlite

STAMP = "%Y%m%d-%H%M%S"
_KIND = re.compile(r"[a-z]+")
_BACKUP_NAME = re.compile(r"frontdesk-(\d{8}-\d{6})-([a-z]+)\.sqlite")


class BackupError(RuntimeError):
    """A fresh copy, or a backup chosen for restore, failed its integrity check."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware UTC, read from the file name
    size: int
    kind: str


def default_backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_now(db_path: Path, backup_dir: Path, *, kind: str = "daily") -> Path:
    """Copy the live database into `backup_dir` and return the new backup's path.

    The copy is one step of SQLite's backup API from a separate connection, i.e. one read transaction:
    a consistent snapshot even while the program writes (WAL readers do not block writers). It is
    checked, fsynced and renamed into place, so a file with a backup name is always complete and sound.
    A second backup of the same kind within the same second replaces the first.
    """
    if not _KIND.fullmatch(kind):
        raise ValueError(f"backup kind must be lowercase letters, not {kind!r}")
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"frontdesk-{clock.now().strftime(STAMP)}-{kind}.sqlite"
    tmp = _temp_path(backup_dir, ".frontdesk-", ".backup.tmp")
    try:
        _online_copy(Path(db_path), tmp)
        problems = _check_file(tmp)
        if problems:
            raise BackupError(f"the backup copy of {db_path} is damaged: {'; '.join(problems)}")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(backup_dir)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backup_if_due(db_path: Path, backup_dir: Path, daily_keep: int = 7, weekly_keep: int = 4) -> Path | None:
    """Take a daily backup unless one (of any kind) was taken today, local date; then rotate.

    Returns the new backup, or None when today's already existed.
    """
    today = _local_day(clock.now())
    made = None
    if not any(_local_day(info.taken_at) == today for info in list_backups(backup_dir)):
        made = backup_now(db_path, backup_dir)
    rotate(backup_dir, daily_keep, weekly_keep)
    return made


def rotate(backup_dir: Path, daily_keep: int = 7, weekly_keep: int = 4) -> list[Path]:
    """Delete old backups and return what was deleted.

    Kept: the newest backup of each of the `daily_keep` most recent local days that have one, and, among
    the remaining days, the newest backup of each of the `weekly_keep` most recent ISO weeks.
    """
    backups = list_backups(backup_dir)
    newest_of_day: dict[date, BackupInfo] = {}
    for info in backups:  # newest first, so the first one seen of a day is that day's newest
        newest_of_day.setdefault(_local_day(info.taken_at), info)
    days = list(newest_of_day.values())
    newest_of_week: dict[tuple[int, int], BackupInfo] = {}
    for info in days[daily_keep:]:
        newest_of_week.setdefault(_local_day(info.taken_at).isocalendar()[:2], info)
    keep = {info.path for info in days[:daily_keep]}
    keep |= {info.path for info in list(newest_of_week.values())[:weekly_keep]}
    removed = [info.path for info in backups if info.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """The files in `backup_dir` named like backups, newest first."""
    backup_dir = Path(backup_dir)
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.iterdir():
        match = _BACKUP_NAME.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            taken_at = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
        except ValueError:  # digits in the right places but no real date: not one of ours
            continue
        found.append(BackupInfo(path, taken_at, path.stat().st_size, match[2]))
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The newest backup that passes `PRAGMA integrity_check`, or None."""
    for info in list_backups(backup_dir):
        if not _check_file(info.path):
            return info.path
    return None


def restore(backup: Path, db_path: Path) -> Path | None:
    """Put `backup` in place of the database at `db_path`; the caller has closed the database.

    Nothing is overwritten without a copy: the current file (with its -wal/-shm, named so that SQLite
    opens them together) is first copied to `<db>.before-restore-YYYYMMDD-HHMMSS`, whose path is
    returned (None when there was no database). A backup that fails its integrity check is refused
    before anything is touched.
    """
    backup, db_path = Path(backup), Path(db_path)
    problems = _check_file(backup)
    if problems:
        raise BackupError(f"{backup.name} is damaged and was not restored: {'; '.join(problems)}")
    aside = _set_aside(db_path) if db_path.exists() else None
    tmp = _temp_path(db_path.parent, f".{db_path.name}-", ".restore.tmp")
    try:
        shutil.copyfile(backup, tmp)
        _fsync_file(tmp)
        # The old WAL would be replayed onto the restored file and corrupt it.
        for side in _side_files(db_path):
            side.unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return aside


def _set_aside(db_path: Path) -> Path:
    base = db_path.with_name(f"{db_path.name}.before-restore-{clock.now().strftime(STAMP)}")
    aside, n = base, 1
    while aside.exists():
        aside, n = base.with_name(f"{base.name}-{n}"), n + 1
    for source, target in zip([db_path, *_side_files(db_path)], [aside, *_side_files(aside)], strict=True):
        if source.exists():
            shutil.copyfile(source, target)
            _fsync_file(target)
    _fsync_dir(db_path.parent)
    return aside


def _side_files(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]


def _online_copy(db_path: Path, target: Path) -> None:
    # mode=rw: a missing database is an error rather than a new empty file. Read-only mode is not used
    # because it cannot open a WAL database whose -shm does not exist yet.
    source = sqlite3.connect(_file_uri(db_path, "rw"), uri=True, timeout=10)
    with closing(source), closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
        # The copy must stand alone as one file, without -wal/-shm side files.
        copy.execute("PRAGMA journal_mode=DELETE")


def _check_file(path: Path) -> list[str]:
    # SQLite takes an empty file for a sound empty database; as a backup it is a truncated copy.
    if path.stat().st_size == 0:
        return [f"{path.name} is empty"]
    with closing(sqlite3.connect(_file_uri(path, "ro"), uri=True)) as conn:
        return check_sqlite(conn)


def _file_uri(path: Path, mode: str) -> str:
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def _local_day(moment: datetime) -> date:
    return clock.local(moment).date()


def _temp_path(folder: Path, prefix: str, suffix: str) -> Path:
    # In the target's folder, so that the final os.replace is a rename within one file system.
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(fd)
    return Path(name)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for fsync; NTFS journals the rename itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
