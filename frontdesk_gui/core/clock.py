"""The one clock of the program. Every time a service records comes from `now()`.

Times are aware datetimes in UTC; the UI converts them to local time for display.
Tests freeze or move the clock with `set_clock(FrozenClock(...))`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that stands still until moved; for tests and reproducible demo data."""

    def __init__(self, at: datetime):
        self._at = to_utc(at)

    def now(self) -> datetime:
        return self._at

    def advance(self, **kwargs) -> datetime:
        self._at += timedelta(**kwargs)
        return self._at

    def set(self, at: datetime) -> None:
        self._at = to_utc(at)


_clock: SystemClock | FrozenClock = SystemClock()


def now() -> datetime:
    return _clock.now()


def set_clock(clock) -> None:
    global _clock
    _clock = clock


def get_clock():
    return _clock


def to_utc(value: datetime) -> datetime:
    """Aware -> UTC; a naive datetime is taken to be local time (what a person typed)."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def local(value: datetime | None) -> datetime | None:
    """UTC -> the machine's local time, for display only."""
    return value.astimezone() if value is not None else None


def local_text(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return local(value).strftime(fmt) if value is not None else ""


# Times as a receptionist types them, local time.
_TYPED_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%Y.%m.%d %H:%M",
                  "%Y.%m.%d")


def parse_typed(value, now: datetime) -> datetime | None:
    """A local date-time as typed (2026-11-23 14:30, 2026-11-23, 11-23 14:30, 14:30 for today, full-width colon
    too) -> UTC; a datetime passes through; empty -> None. Raises ValueError when it cannot be read."""
    if value is None or isinstance(value, datetime):
        return to_utc(value) if value is not None else None
    text = re.sub(r"\s+", " ", str(value).strip().replace("T", " ").replace("：", ":"))
    if not text:
        return None
    today = local(now)
    for fmt in _TYPED_FORMATS:
        try:
            return to_utc(datetime.strptime(text, fmt))
        except ValueError:
            continue
    for fmt, year in (("%m-%d %H:%M", True), ("%H:%M", False)):
        try:
            typed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if year:
            moment = typed.replace(year=today.year)
        else:
            moment = today.replace(hour=typed.hour, minute=typed.minute, second=0, microsecond=0)
        return to_utc(moment)
    return to_utc(datetime.fromisoformat(text))  # with a zone: a value saved earlier
