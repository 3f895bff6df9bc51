"""The dialogs for who is at the counter, driven like a receptionist would: type, click, read the sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow

from frontdesk_gui.core import auth, flagged, settings, shift
from frontdesk_gui.ui.dialogs.authorise_dialog import AuthoriseDialog
from frontdesk_gui.ui.dialogs.first_start import FirstAdminDialog, FirstStartDialog
from frontdesk_gui.ui.dialogs.flagged_dialog import FlaggedDialog
from frontdesk_gui.ui.dialogs.login_dialog import LoginDialog
from frontdesk_gui.ui.dialogs.operators_dialog import OperatorsDialog
from frontdesk_gui.ui.dialogs.settings_dialog import SettingsDialog
from frontdesk_gui.ui.idle_lock import IdleLock

LEFT = Qt.MouseButton.LeftButton
# The operators and flagged lists read core.auth.operators() and core.flagged.active_flags().
needs_lists = pytest.mark.skipif(not (hasattr(auth, "operators") and hasattr(flagged, "active_flags")),
                                 reason="core.auth.operators() / core.flagged.active_flags() not in core yet")


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def lead_ctx(supervisor):
    return shift.login("lead", "lead-pass")


def _log_in(qtbot, panel, username, password):
    panel.username.clear()
    qtbot.keyClicks(panel.username, username)
    qtbot.keyClicks(panel.password, password)
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)


def test_login_with_enter_returns_the_operator(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, LoginDialog())
    _log_in(qtbot, dialog.panel, "desk", "desk-pass")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ctx.operator.username == "desk" and dialog.ctx.shift is not None


def test_wrong_password_says_so_and_stays_open(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, LoginDialog())
    _log_in(qtbot, dialog.panel, "desk", "nope")
    assert dialog.isVisible() and dialog.ctx is None
    assert dialog.panel.error.isVisible() and dialog.panel.error.text() == "登录名或密码不正确。"
    assert dialog.panel.password.text() == "" and dialog.panel.username.text() == "desk"


def test_repeated_failures_lock_the_operator_out(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, LoginDialog())
    for _ in range(settings.get("auth.max_failures")):
        _log_in(qtbot, dialog.panel, "desk", "nope")
    _log_in(qtbot, dialog.panel, "desk", "desk-pass")
    assert dialog.ctx is None
    assert "密码错误次数过多" in dialog.panel.error.text()


def test_a_reset_password_must_be_changed_before_working(qtbot, admin_ctx, receptionist_ctx):
    auth.reset_password(admin_ctx, receptionist_ctx.operator, "given-pass")
    dialog = _shown(qtbot, LoginDialog())
    _log_in(qtbot, dialog.panel, "desk", "given-pass")
    panel = dialog.panel
    assert dialog.ctx is None and panel.pages.currentIndex() == 1
    qtbot.keyClicks(panel.new_password, "mine-123")
    qtbot.keyClicks(panel.new_password2, "mine-124")
    qtbot.mouseClick(panel.change_button, LEFT)
    assert panel.change_error.text() == "The two passwords are not the same." and dialog.ctx is None
    panel.new_password2.setText("mine-123")
    qtbot.mouseClick(panel.change_button, LEFT)
    assert dialog.ctx.operator.username == "desk"
    assert shift.login("desk", "mine-123").operator.must_change_password is False


def test_demo_operators_fill_the_fields(qtbot, receptionist_ctx):
    demo = [("desk", "desk-pass", auth.RECEPTIONIST, "李前台"),
            ("lead", "lead-pass", auth.SUPERVISOR, "王领班")]
    dialog = _shown(qtbot, LoginDialog(demo_operators=demo))
    table = dialog.demo_table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(table.model().index(1, 0)).center())
    assert (dialog.panel.username.text(), dialog.panel.password.text()) == ("lead", "lead-pass")
    qtbot.mouseClick(dialog.panel.login_button, LEFT)
    assert dialog.ctx.operator.username == "lead"


def test_first_start_choice(qtbot):
    dialog = _shown(qtbot, FirstStartDialog())
    qtbot.mouseClick(dialog.demo_button, LEFT)
    assert dialog.choice.kind == "demo"


def _fill_first_admin(qtbot, repeated_password: str) -> FirstAdminDialog:
    dialog = _shown(qtbot, FirstAdminDialog())
    qtbot.keyClicks(dialog.username, "boss")
    dialog.display_name.setText("张经理")
    qtbot.keyClicks(dialog.password, "boss-pass")
    qtbot.keyClicks(dialog.password2, repeated_password)
    qtbot.mouseClick(dialog.create_button, LEFT)
    return dialog


def test_first_admin_is_created(qtbot, database):
    dialog = _fill_first_admin(qtbot, "boss-pass")
    assert dialog.operator.username == "boss" and dialog.operator.role == auth.ADMIN
    assert not auth.needs_first_admin()


def test_first_admin_with_mismatched_passwords_is_refused(qtbot, database):
    dialog = _fill_first_admin(qtbot, "boss-past")
    assert dialog.operator is None and auth.needs_first_admin()
    assert dialog.errors["password2"].text() == "The two passwords are not the same."
    dialog.password.setText("abc")
    dialog.password2.setText("abc")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.errors["password"].text() == "密码至少 6 位。" and auth.needs_first_admin()


def test_supervisor_approves_one_action(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, AuthoriseDialog(None, receptionist_ctx, "作废访客登记 #3"))
    qtbot.keyClicks(dialog.username, "lead")
    qtbot.keyClicks(dialog.password, "lead-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.approved.authorised_by.username == "lead"
    assert dialog.approved.operator.username == "desk"


def test_a_receptionist_cannot_approve(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, AuthoriseDialog(None, receptionist_ctx, "作废访客登记 #3"))
    qtbot.keyClicks(dialog.username, "desk")
    qtbot.keyClicks(dialog.password, "desk-pass")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.approved is None and dialog.isVisible()
    assert dialog.error.text() == "李前台 没有主管/领班权限。"


def _counter_window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("张三 13812345678"))
    window.menuBar().addMenu("File")
    window.statusBar().showMessage("李前台")
    window.resize(800, 500)
    return _shown(qtbot, window)


def _covered(window, point: QPoint, panel_window) -> bool:
    """Whatever is at `point` is part of the lock's cover, not the data, menus or status bar under it."""
    hit = window.childAt(point)
    return hit is not None and hit not in (window.menuBar(), window.centralWidget(), window.statusBar()) \
        and panel_window is window


def test_idle_lock_covers_the_window_and_another_operator_unlocks(qtbot, receptionist_ctx, supervisor):
    window = _counter_window(qtbot)
    unlocked = []
    lock = IdleLock(window, lambda: 0.001, unlocked.append)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    for point in (QPoint(5, 5), window.rect().center(), QPoint(5, window.height() - 5)):
        assert _covered(window, point, lock.panel.window())
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    _log_in(qtbot, lock.panel, "lead", "wrong")
    assert lock.locked and lock.panel.error.text() == "登录名或密码不正确。"
    _log_in(qtbot, lock.panel, "lead", "lead-pass")
    assert not lock.locked and [ctx.operator.username for ctx in unlocked] == ["lead"]
    assert window.childAt(QPoint(5, 5)) is window.menuBar() and window.centralWidget().isEnabled()


def test_lock_now_puts_the_form_on_an_open_modal_dialog(qtbot, receptionist_ctx):
    window = _counter_window(qtbot)
    lock = IdleLock(window, lambda: 60, lambda ctx: None)
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.resize(120, 80)
    _shown(qtbot, dialog)
    lock.action.trigger()
    assert lock.locked and lock.panel.window() is dialog
    assert window.childAt(window.rect().center()) is not window.centralWidget()
    assert dialog.width() >= lock.panel.sizeHint().width()
    _log_in(qtbot, lock.panel, "desk", "desk-pass")
    assert not lock.locked


def test_shortcuts_of_the_covered_window_do_not_fire(qtbot, receptionist_ctx):
    window = _counter_window(qtbot)
    window.setCentralWidget(QLineEdit())
    new_entry = QAction("New", window)
    new_entry.setShortcut(QKeySequence("Ctrl+N"))
    fired = []
    new_entry.triggered.connect(lambda: fired.append("new"))
    window.addAction(new_entry)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["new"]
    lock = IdleLock(window, lambda: 60, lambda ctx: None)
    lock.lock_now()
    qtbot.keyClick(lock.panel.username, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["new"] and lock.panel.username.hasFocus()


@needs_lists
def test_operators_dialog_adds_and_deactivates_an_operator(qtbot, admin_ctx):
    dialog = _shown(qtbot, OperatorsDialog(admin_ctx))
    qtbot.keyClicks(dialog.username, "zhao")
    dialog.display_name.setText("赵六")
    dialog.role.setCurrentIndex(dialog.role.findData(auth.SUPERVISOR))
    qtbot.keyClicks(dialog.password, "zhao-pass")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert auth.verify_credentials("zhao", "zhao-pass").role == auth.SUPERVISOR
    assert dialog.selected().username == "zhao"
    assert "system" not in [dialog.model.item(row).username for row in range(dialog.model.rowCount())]
    qtbot.mouseClick(dialog.active_button, LEFT)
    assert dialog.message.text() == "赵六 can no longer log in."
    assert dialog.active_button.text() == "Reactivate"


@needs_lists
def test_operators_dialog_refuses_a_receptionist(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, OperatorsDialog(receptionist_ctx))
    assert dialog.message.text() == "此操作需要管理员权限。" and not dialog.add_button.isEnabled()


def test_settings_dialog_saves_idle_minutes(qtbot, lead_ctx):
    dialog = _shown(qtbot, SettingsDialog(lead_ctx))
    dialog.editors["lock.idle_minutes"].setValue(9)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert settings.get("lock.idle_minutes") == 9
    assert dialog.message.text() == "Saved."


def test_settings_dialog_refuses_a_receptionist(qtbot, receptionist_ctx):
    dialog = _shown(qtbot, SettingsDialog(receptionist_ctx))
    assert dialog.message.text() == "此操作需要主管/领班权限。" and not dialog.save_button.isEnabled()


@needs_lists
def test_flagged_dialog_adds_a_flag_shown_masked(qtbot, lead_ctx):
    dialog = _shown(qtbot, FlaggedDialog(lead_ctx))
    dialog.fields["name"].setText("张伟")
    qtbot.keyClicks(dialog.fields["id_number"], "11010519491231002X")
    dialog.fields["reason"].setText("多次在大堂推销")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert flagged.match(name="张伟", id_number="11010519491231002X").reason == "多次在大堂推销"
    cells = [dialog.model.index(0, column).data() for column in range(dialog.model.columnCount())]
    assert "11010519491231002X" not in cells and "1101**********002X" in cells


@needs_lists
def test_flagged_dialog_removes_a_flag_only_with_a_reason(qtbot, lead_ctx):
    flagged.add(lead_ctx, name="张伟", id_number="11010519491231002X", reason="推销")
    dialog = _shown(qtbot, FlaggedDialog(lead_ctx))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.remove_reason_error.isVisible() and dialog.model.rowCount() == 1
    dialog.remove_reason.setText("已与物业沟通")
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert dialog.model.rowCount() == 0 and flagged.match(id_number="11010519491231002X") is None
