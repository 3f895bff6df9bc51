"""The window's life around the main window: opening a counter file, first admin, login, the health
check and backups in the background, restore on a failed check, the demo counter, switching files."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from frontdesk_gui.core import auth, health, shift
from frontdesk_gui.core.db import backup, close
from frontdesk_gui.core.logbooks.visitors import Visit
from frontdesk_gui.core.text import Text
from frontdesk_gui.ui import gui_main


@pytest.fixture
def counter(tmp_path, monkeypatch, qapp, frozen):
    path = tmp_path / "counter.sqlite"

    def first_admin(parent=None):
        return auth.create_first_admin("admin", "管理员", "admin-pass")

    monkeypatch.setattr("frontdesk_gui.ui.dialogs.first_start.ask_first_admin", first_admin)
    monkeypatch.setattr("frontdesk_gui.ui.dialogs.login_dialog.ask_login",
                        lambda parent=None, demo_operators=None: shift.login("admin", "admin-pass"))
    yield path
    close()


def start_session(qtbot, path):
    assert gui_main.open_counter(path)
    session = gui_main.CounterSession(QApplication.instance(), path)
    assert session.start()
    qtbot.addWidget(session.window)
    return session


def test_a_new_counter_asks_for_the_first_admin_and_is_remembered(counter):
    assert gui_main.open_counter(counter)
    assert not auth.needs_first_admin()
    close()
    assert gui_main.choose_counter(None) == counter


def test_a_file_that_is_not_a_counter_is_a_sentence(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database file at all" * 100)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: said.append(args[2])))
    assert not gui_main.open_counter(bad)
    assert said and "无法打开" in said[0]


def test_window_shown_then_health_checked_and_backed_up_in_the_background(counter, qtbot, frozen):
    session = start_session(qtbot, counter)
    assert session.window.isVisible()
    status = session.window.statusBar()
    qtbot.waitUntil(lambda: "Integrity check passed" in status.currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: len(backup.list_backups(backup.default_backup_dir(counter))) == 1, timeout=10_000)
    frozen.advance(hours=8)
    session.finish()
    # At close a fresh backup is taken and rotation keeps the newest of each day.
    assert [b.kind for b in backup.list_backups(backup.default_backup_dir(counter))] == ["close"]


def test_failed_check_offers_the_newest_good_backup_and_keeps_the_damaged_file(counter, qtbot, monkeypatch):
    session = start_session(qtbot, counter)
    qtbot.waitUntil(lambda: len(backup.list_backups(backup.default_backup_dir(counter))) == 1, timeout=10_000)
    bad = [health.Finding(Text("审计链", "Audit chain"), ("audit record 7: altered",))]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    session.actions._health_done(bad)
    assert "audit record 7" in asked[0]
    assert session.next_counter == counter and not session.window.isVisible()
    kept = [p for p in Path(counter).parent.glob("counter.sqlite.before-restore-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].stat().st_size > 0


def test_demo_counter_is_filled_with_progress(tmp_path, monkeypatch, qapp, frozen):
    monkeypatch.setattr(gui_main, "demo_db_path", lambda: tmp_path / "demo.sqlite")
    monkeypatch.setattr("frontdesk_gui.ui.demo_fill.DEMO_VISITS", 400)
    try:
        assert gui_main.open_counter(tmp_path / "demo.sqlite")
        assert Visit.select().count() == 400
        assert not auth.needs_first_admin()
    finally:
        close()


def test_the_counter_language_setting_applies_from_the_next_start(counter, monkeypatch):
    from frontdesk_gui.core import settings

    started = []
    monkeypatch.setattr(gui_main, "make_app", lambda lang=None: started.append(lang) or QApplication.instance())
    monkeypatch.setattr(gui_main.CounterSession, "start", lambda self: False)
    assert gui_main.open_counter(counter)
    settings.put(shift.login("admin", "admin-pass"), "ui.language", "en")
    close()
    gui_main.run_gui(counter, None)
    assert started == [None, "en"]
    started.clear()
    gui_main.run_gui(counter, "zh_CN")  # given on the command line: the setting does not override it
    assert started == ["zh_CN"]
