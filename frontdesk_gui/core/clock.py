"""The one clock of the program. Every time a service records comes from `now()`.

Times are aware datetimes in UTC; the UI converts them to local time for display.
Tests freeze or move the clock with `set_clock(FrozenClock(...))`.
"""

from __future__ import annotations

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
