"""The phone-message tab driven by qtbot: the eight fields typed into the form and saved with Enter, the
caller's phone masked in the table, a refusal next to its field with nothing lost, the recipient from the
directory, delivery through the shared held-item buttons, and a correction in local time."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from frontdesk_gui.core import clock, directory, held
from frontdesk_gui.core.logbooks import messages
from frontdesk_gui.core.logbooks.messages import PhoneMessage
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.message_extras import MessageExtras


class Prompts:
    def __init__(self):
        self.reasons = []

    def ask_reason(self, parent, title):
        return self.reasons.pop(0) if self.reasons else None

    def authorise(self, ctx, action_text):
        return None


@pytest.fixture
def prompts():
    return Prompts()


@pytest.fixture
def tab(qtbot, admin_ctx, receptionist_ctx, prompts):
    directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")
    widget = LogbookTab(messages.SPEC, receptionist_ctx, authorise=prompts.authorise,
                        ask_reason=prompts.ask_reason, confirm=lambda parent, text: True, extras=MessageExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def fill(tab, **values):
    for name, value in values.items():
        widget = field(tab, name)
        if name == "message":
            widget.setPlainText(value)
        elif name == "request":
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)  # Chinese cannot go through keyClicks (PLATFORM_NOTES)


def cell(tab, row, column):
    names = [c.field for c in messages.SPEC.columns]
    return tab.model.data(tab.model.index(row, names.index(column)))


def typed_message(tab, qtbot, **extra):
    values = dict(recipient_name="刘经理", recipient_company="上海蓝天贸易有限公司", recipient_unit="1203",
                  caller_name="欧阳建国", caller_company="深圳华南物流", caller_city="深圳",
                  message="明天的会议改到下午三点。\n请带上合同。", request="call_back")
    values.update(extra)
    fill(tab, **values)
    phone = field(tab, "caller_phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "13812345678")
    qtbot.keyClicks(field(tab, "caller_ext"), "802")
    qtbot.keyClick(field(tab, "caller_city"), Qt.Key.Key_Return)


def test_enter_saves_the_eight_fields_and_the_phone_shows_masked(tab, qtbot, frozen):
    assert tab.extras.taken_by.text() == "李前台"  # field 8: who takes the message
    typed_message(tab, qtbot)
    message = PhoneMessage.get()
    assert (message.caller_phone, message.caller_ext, message.request) == ("13812345678", "802", "call_back")
    assert message.received_at == frozen.now() and message.created_by.display_name == "李前台"
    assert tab.model.rowCount() == 1
    assert cell(tab, 0, "caller_phone") == "138****5678" and cell(tab, 0, "caller_ext") == "802"
    assert cell(tab, 0, "message_line") == "明天的会议改到下午三点。 / 请带上合同。"
    assert cell(tab, 0, "request") == "请回电" and cell(tab, 0, "recorded_by") == "李前台"
    assert field(tab, "caller_name").text() == ""  # ready for the next call
    assert "已保存" in tab.form_panel.message.text() or "Saved" in tab.form_panel.message.text()


def test_a_refusal_shows_by_its_field_and_keeps_what_was_typed(tab, qtbot):
    fill(tab, recipient_name="刘经理", caller_name="王芳", message="请回电", request="call_back")
    qtbot.keyClick(field(tab, "caller_name"), Qt.Key.Key_Return)
    assert not PhoneMessage.select().exists()
    assert "回电" in tab.form_panel.form.error_text("caller_phone")
    assert field(tab, "caller_name").text() == "王芳" and field(tab, "message").toPlainText() == "请回电"


def test_enter_in_the_message_is_a_new_line(tab, qtbot):
    box = field(tab, "message")
    box.setFocus()
    qtbot.keyClicks(box, "line one")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "line two")
    assert box.toPlainText() == "line one\nline two" and not PhoneMessage.select().exists()


def test_a_person_from_the_directory_brings_the_company_and_room(tab):
    suggestion = directory.suggest("蓝天", ("company",))[0]
    tab.extras.fill_recipient(suggestion)
    assert field(tab, "recipient_company").text() == "上海蓝天贸易有限公司"
    assert field(tab, "recipient_unit").text() == "1203"


def test_delivered_through_the_held_buttons(tab, qtbot, receptionist_ctx):
    typed_message(tab, qtbot)
    second = messages.take(receptionist_ctx, recipient_name="刘经理", recipient_company="上海蓝天贸易有限公司",
                           recipient_unit="1203", caller_name="王芳", request="call_again")
    tab.refresh()
    tab.select_entry(second.id)
    extras = tab.extras
    assert extras.hand_over_button.isEnabled() and extras.hand_over_button.text() == "Delivered…"
    seen = []

    def deliver(dialog):
        seen.append(dialog.checked_items())
        dialog.collector.setText("刘经理的秘书 小周")
        dialog.confirm()
        return dialog.result() == QDialog.DialogCode.Accepted

    extras.exec_dialog = deliver
    extras.hand_over_button.click()
    assert len(seen[0]) == 2  # both messages for him, delivered in one step
    assert {m.status for m in PhoneMessage.select()} == {held.COLLECTED}
    assert {m.collector_name for m in PhoneMessage.select()} == {"刘经理的秘书 小周"}
    assert not extras.hand_over_button.isEnabled()
    assert cell(tab, 0, "status") == "已送达"


def test_a_correction_shows_the_call_time_in_local_time(tab, qtbot, prompts, frozen):
    typed_message(tab, qtbot)
    message = PhoneMessage.get()
    tab.select_entry(message.id)
    tab.correct_selected()
    assert field(tab, "received_at").text() == clock.local_text(message.received_at)
    assert field(tab, "caller_phone").text() == "138****5678"
    fill(tab, caller_city="广州")
    prompts.reasons.append("城市记错")
    assert tab.form_panel.save()
    stored = PhoneMessage.get_by_id(message.id)
    assert stored.caller_city == "广州" and stored.caller_phone == "13812345678"
    assert stored.received_at == message.received_at
