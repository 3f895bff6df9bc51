"""The window's life: choose the counter file, log in, show the main window, check and back up in the
background, lock when idle, back up at close. `run_gui` is what `frontdesk` without a command runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk_gui.core import auth, settings
from frontdesk_gui.core.db import close, connect, database_path, default_db_path
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.paths import user_data_dir
from frontdesk_gui.ui.qt_app import make_app

COUNTER_KEY = "counter/path"


def demo_db_path() -> Path:
    return user_data_dir() / "demo-counter.sqlite"


def is_demo(path: Path) -> bool:
    return Path(path).resolve() == demo_db_path().resolve()


def choose_counter(db_path: Path | None) -> Path | None:
    """The file given on the command line, else the one used last, else the first-start choice."""
    if db_path is not None:
        return Path(db_path)
    remembered = QSettings().value(COUNTER_KEY, "")
    if remembered and Path(remembered).exists():
        return Path(remembered)
    if default_db_path().exists():
        return default_db_path()
    from frontdesk_gui.ui.dialogs.first_start import ask_first_start

    choice = ask_first_start()
    if choice is None:
        return None
    return demo_db_path() if choice.kind == "demo" else default_db_path()


def open_counter(path: Path) -> bool:
    """Open (and for a new demo counter, fill) the file; make sure it has an administrator.

    A file that cannot be opened (damaged, not a counter file, written by a newer program) is a sentence.
    """
    fresh = not path.exists()
    try:
        connect(path)
    except (FrontdeskError, OSError) as error:
        close()
        QMessageBox.critical(None, QCoreApplication.translate("Counter", "Cannot open the counter file"),
                             f"{path}\n\n{error}")
        QSettings().remove(COUNTER_KEY)
        return False
    from frontdesk_gui.core import badges

    badges.ensure_pool()
    if is_demo(path) and fresh:
        from frontdesk_gui.ui.demo_fill import fill_with_progress

        fill_with_progress()
    if auth.needs_first_admin():
        from frontdesk_gui.ui.dialogs.first_start import ask_first_admin

        if ask_first_admin() is None:
            close()
            return False
    QSettings().setValue(COUNTER_KEY, str(path))
    return True


def run_gui(db_path: Path | None = None, lang: str | None = None) -> int:
    app = make_app(lang)
    path = choose_counter(db_path)
    while path is not None:
        if not open_counter(path):
            return 0
        # The counter's language setting is known only now that its file is open; --lang still wins.
        if lang is None and settings.get("ui.language"):
            make_app(settings.get("ui.language"))
        session = CounterSession(app, path)
        if not session.start():
            close()
            return 0
        app.exec()
        session.finish()
        path = session.next_counter
    return 0


class CounterSession:
    """One open counter file from login to close; `next_counter` is set by File > Switch counter."""

    def __init__(self, app: QApplication, path: Path):
        self.app, self.path = app, path
        self.next_counter: Path | None = None
        self.window = None

    def start(self) -> bool:
        from frontdesk_gui.ui.dialogs.login_dialog import ask_login

        demo_ops = None
        if is_demo(self.path):
            from frontdesk_gui.core.demo import DEMO_OPERATORS

            demo_ops = list(DEMO_OPERATORS)
        ctx = ask_login(demo_operators=demo_ops)
        if ctx is None:
            return False
        from frontdesk_gui.ui.idle_lock import IdleLock
        from frontdesk_gui.ui.main_window import MainWindow
        from frontdesk_gui.ui.session_actions import SessionActions

        self.window = MainWindow(ctx)
        self.actions = SessionActions(self)
        self.lock = IdleLock(self.window, lambda: settings.get("lock.idle_minutes"), self.took_over)
        self.window.add_lock_action(self.lock.action)
        # A signed-off shift locks the counter: the incoming operator's login opens the next shift.
        self.window.shift_menu.signed_off.connect(self.lock.lock_now)
        self.window.show()
        # After the window is shown: the check can take seconds on a big file and must not delay the counter.
        QTimer.singleShot(0, self.actions.check_health)
        QTimer.singleShot(0, self.actions.daily_backup)
        QTimer.singleShot(0, self.actions.warm_up)
        QTimer.singleShot(0, self.window.shift_menu.offer_acknowledgement)
        return True

    def took_over(self, ctx) -> None:
        """An operator unlocked the counter; after a handover, they are shown what they take over."""
        self.window.set_ctx(ctx)
        self.window.shift_menu.offer_acknowledgement()

    def switch_to(self, path: Path) -> None:
        self.next_counter = path
        self.window.close()

    def finish(self) -> None:
        self.actions.backup_at_close()
        close()

    @property
    def database(self) -> Path | None:
        return database_path()
