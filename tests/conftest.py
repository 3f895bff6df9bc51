"""Shared fixtures: headless Qt, a fresh database file per test, a frozen clock, ready-made operators."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

# pytest-qt aborts without a display unless Qt is told to draw offscreen (PLATFORM_NOTES).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from frontdesk_gui.core import auth, badges, clock, shift, text  # noqa: E402
from frontdesk_gui.core.db import close, connect  # noqa: E402
from frontdesk_gui.ui import refcount_guard  # noqa: E402

# Before pytest-qt makes its QApplication: see ui/refcount_guard.py (PySide6 6.12 frees None on 3.11).
refcount_guard.apply()

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path, monkeypatch):
    """Window settings and the user data folder under tmp_path, never the real home of whoever runs tests."""
    from PySide6.QtCore import QCoreApplication, QSettings

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    QCoreApplication.setOrganizationName("FrontdeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def _chinese_core_messages():
    text.set_language("zh_CN")
    yield
    text.set_language("zh_CN")


@pytest.fixture
def frozen():
    fc = clock.FrozenClock(START)
    clock.set_clock(fc)
    yield fc
    clock.set_clock(clock.SystemClock())


@pytest.fixture
def database(tmp_path, frozen):
    db = connect(tmp_path / "counter.sqlite")
    badges.ensure_pool()
    yield db
    close()


@pytest.fixture
def admin_ctx(database):
    auth.create_first_admin("admin", "管理员", "admin-pass")
    return shift.login("admin", "admin-pass")


def settled_operator(admin_ctx, username, name, role, password):
    """An operator who has already replaced the admin's first password (as after their first login)."""
    op = auth.add_operator(admin_ctx, username, name, role, password)
    op.must_change_password = False
    op.save()
    return op


@pytest.fixture
def supervisor(admin_ctx):
    return settled_operator(admin_ctx, "lead", "王领班", auth.SUPERVISOR, "lead-pass")


@pytest.fixture
def receptionist_ctx(admin_ctx, supervisor):
    settled_operator(admin_ctx, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
    return shift.login("desk", "desk-pass")
