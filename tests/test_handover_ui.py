"""The Shift menu driven through the real window: a duty note, signing off with the cash counted (a
difference refused without its reason, next to the field), then the next operator ticking each custody line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton

from frontdesk_gui.core import shift
from frontdesk_gui.core.logbooks import duty_log, handovers, visitors
from frontdesk_gui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, receptionist_ctx):
    QCoreApplication.setOrganizationName("Frontdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    visitors.check_in(receptionist_ctx, visitor_name="张伟", category="outside_visitor", host_name="李娜",
                      host_unit="1203", phone="13812341234", purpose="送文件")
    main = MainWindow(receptionist_ctx, authorise=lambda c, text: None)
    qtbot.addWidget(main)
    main.show()
    return main


def test_ctrl_d_opens_a_duty_note_that_saves_with_enter(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    tab = window.tabs["duty_log"]
    assert window.current_tab() is tab
    form = tab.form_panel.form
    form.set_value("priority", duty_log.HIGH)
    form.set_value("follow_up", True)
    form.widgets["text"].setPlainText("3栋电梯按钮损坏,已报工程部")
    tab.form_panel.save()
    note = duty_log.DutyNote.get()
    assert note.priority == duty_log.HIGH and note.status == duty_log.FOLLOW_UP
    assert tab.model.rowCount() == 1


def test_sign_off_then_take_over(window, qtbot, receptionist_ctx):
    dialog = window.shift_menu.hand_over()
    tree_text = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any("在场访客 (1)" in text for text in tree_text)
    dialog.counted.setText("12.00")
    dialog.sign_button.click()
    reason_error = dialog.errors["reason"]
    assert reason_error.isVisible() and "原因" in reason_error.text()
    assert handovers.Handover.select().count() == 0 and dialog.isVisible()
    dialog.counted.setText("0")
    dialog.notes.setPlainText("张伟的访客单在 1203")
    with qtbot.waitSignal(window.shift_menu.signed_off) as signed:
        dialog.sign_button.click()
    sheet = handovers.Handover.get_by_id(signed.args[0])
    assert sheet.notes == "张伟的访客单在 1203" and sheet.status == handovers.SIGNED_OFF
    assert shift.current() is None

    assert window.shift_menu.offer_acknowledgement() is None  # the closed shift cannot take itself over
    incoming = shift.login("lead", "lead-pass")
    window.set_ctx(incoming)
    taking = window.shift_menu.offer_acknowledgement()
    assert taking is not None
    assert set(taking.ticks) == {"cash"}
    taking.ack_button.click()
    assert taking.errors["cash"].isVisible() and taking.isVisible()
    taking.findChild(QCheckBox, "tick_cash").setChecked(True)
    with qtbot.waitSignal(window.shift_menu.acknowledged):
        taking.ack_button.click()
    sheet = handovers.Handover.get_by_id(sheet.id)
    assert sheet.status == handovers.ACKNOWLEDGED and sheet.incoming_name == "王领班"
    assert window.shift_menu.offer_acknowledgement() is None


def test_a_mismatch_is_taken_over_with_its_note(window, qtbot, receptionist_ctx):
    handovers.sign_off(receptionist_ctx, "0")
    window.set_ctx(shift.login("lead", "lead-pass"))
    taking = window.shift_menu.offer_acknowledgement()
    taking.findChild(QLineEdit, "note_cash").setText("钱箱里多了 5 元")
    taking.ack_button.click()
    sheet = handovers.Handover.get()
    assert sheet.status == handovers.ACKNOWLEDGED
    assert sheet.acks == [{"key": "cash", "ok": False, "note": "钱箱里多了 5 元"}]
    assert not taking.isVisible()


def test_the_history_tab_lists_the_handover_with_its_buttons(window, receptionist_ctx):
    handovers.sign_off(receptionist_ctx, "0")
    tab = window.show_tab("handovers")
    assert tab.model.rowCount() == 1
    taking = tab.findChild(QPushButton, "take_over_button")
    assert tab.findChild(QPushButton, "hand_over_button") is not None and taking is not None
    window.set_ctx(shift.login("lead", "lead-pass"))
    taking.click()
    assert window.shift_menu.dialog.isVisible() and window.shift_menu.dialog.sheet.status == handovers.SIGNED_OFF
