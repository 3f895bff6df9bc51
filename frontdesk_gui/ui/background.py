"""Run a slow core function (health check, backup) off the GUI thread and get its result back on it.

The database layer keeps one connection per thread, so a worker reads the same file through its own connection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay):
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI thread as a sentence, never a crash
            self.relay.failed.emit(str(error))
            return
        self.relay.finished.emit(result)


_alive: set[_Relay] = set()


def run_in_background(work: Callable[[], object], on_result: Callable[[object], None],
                      on_error: Callable[[str], None] | None = None) -> None:
    relay = _Relay()
    _alive.add(relay)  # the relay must outlive the job; dropped once it has delivered

    def deliver(result):
        _alive.discard(relay)
        on_result(result)

    def fail(message):
        _alive.discard(relay)
        if on_error:
            on_error(message)

    relay.finished.connect(deliver)
    relay.failed.connect(fail)
    QThreadPool.globalInstance().start(_Job(work, relay))
