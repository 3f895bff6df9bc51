"""Telephone messages (电话留言, CATALOGUE A21) through the shared arrive -> notify -> deliver mechanism."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk_gui.core import audit, clock, held, printing, search, settings
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import NeedsAuthorisation, StateError, ValidationError
from frontdesk_gui.core.logbooks import messages
from frontdesk_gui.core.logbooks.messages import PhoneMessage

SLIP_KEYS = {"counter_name", "code", "title_zh", "title_en", "rows", "footer", "reprint", "operator", "printed_at",
             "language"}


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")


def take(ctx, **extra):
    values = dict(recipient_name="刘经理", recipient_company="上海蓝天贸易有限公司", recipient_unit="1203",
                  caller_name="欧阳建国", caller_company="深圳华南物流", caller_phone="13812345678",
                  caller_ext="", caller_city="深圳", message="明天的会议改到下午三点,\n请带上合同。",
                  request="call_back", received_at="")
    values.update(extra)
    return messages.take(ctx, **values)


def rule(key):
    return next(r for r in messages.SPEC.attention if r.key == key)


def test_taken_told_and_delivered(roster, receptionist_ctx, frozen):
    message = take(receptionist_ctx)
    assert message.status == held.WAITING and message.received_at == frozen.now()
    assert message.recorded_by == "李前台"
    messages.notify(receptionist_ctx, message, "phone", "no_answer")
    assert message.status == held.WAITING and message.notify_attempts == 1
    messages.notify(receptionist_ctx, message, "phone", "message_left", "秘书说他 10 点回来")
    assert message.status == held.NOTIFIED
    frozen.advance(minutes=40)
    handed = messages.deliver(receptionist_ctx, [message], collector_name="刘经理")
    stored = PhoneMessage.get_by_id(message.id)
    assert stored.status == held.COLLECTED and stored.collector_name == "刘经理"
    assert stored.collected_at == frozen.now() and stored.hand_over_id == handed.id
    assert held.HandOver.get_by_id(handed.id).collector_role == "recipient"
    assert [n.outcome for n in held.notifications(messages.SPEC, message)] == ["no_answer", "message_left"]
    with pytest.raises(StateError):
        messages.deliver(receptionist_ctx, [stored], collector_name="别人")


def test_the_shared_screens_find_the_message_steps(roster, receptionist_ctx):
    book = held.book("messages")
    assert book.hand_over is messages.deliver and book.steward_round is None
    message = take(receptionist_ctx, request="none")
    book.return_item(receptionist_ctx, message, "reached_directly", "对方已打他手机")
    assert message.status == held.RETURNED and message.returned_how == "reached_directly"
    with pytest.raises(ValidationError):
        book.return_item(receptionist_ctx, take(receptionist_ctx), "thrown_away")


def test_several_messages_for_one_person_are_delivered_together(roster, receptionist_ctx):
    first = take(receptionist_ctx)
    second = take(receptionist_ctx, caller_name="王芳", caller_company="", request="call_again",
                  message="")
    take(receptionist_ctx, recipient_name="陈秘书")
    together = messages.for_recipient(first)
    assert [m.id for m in together] == [first.id, second.id]
    messages.deliver(receptionist_ctx, together, collector_name="刘经理的秘书 小周")
    assert {m.status for m in PhoneMessage.select().where(PhoneMessage.id.in_([first.id, second.id]))} == {
        held.COLLECTED}


def test_bad_input_gets_a_sentence_by_the_field(roster, receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        messages.take(receptionist_ctx, recipient_name="", caller_name="", request="", message="")
    assert {"recipient_name", "caller_name", "request"} <= set(refused.value.errors)
    with pytest.raises(ValidationError) as refused:
        take(receptionist_ctx, caller_phone="", caller_ext="12a")
    assert set(refused.value.errors) == {"caller_phone", "caller_ext"}
    assert "回电" in str(refused.value.errors["caller_phone"])
    with pytest.raises(ValidationError) as refused:
        take(receptionist_ctx, request="urgent", message="  ", caller_phone="1381234567")
    assert set(refused.value.errors) == {"message", "caller_phone"}
    with pytest.raises(ValidationError) as refused:
        take(receptionist_ctx, received_at="昨天下午")
    assert "14:05" in str(refused.value.errors["received_at"])
    assert not PhoneMessage.select().exists()


def test_call_time_defaults_to_now_and_can_be_typed(roster, receptionist_ctx, frozen):
    earlier = clock.local(frozen.now() - timedelta(minutes=25))
    typed = take(receptionist_ctx, received_at=earlier.strftime("%H:%M"))
    if earlier.date() == clock.local(frozen.now()).date():
        assert clock.local_text(typed.received_at) == earlier.strftime("%Y-%m-%d %H:%M")
    dated = take(receptionist_ctx, received_at=(earlier - timedelta(days=1)).strftime("%Y-%m-%d %H:%M"))
    assert clock.local_text(dated.received_at) == (earlier - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    with pytest.raises(ValidationError) as refused:
        take(receptionist_ctx, received_at=clock.local_text(frozen.now() + timedelta(hours=1)))
    assert "晚于现在" in str(refused.value.errors["received_at"])


def test_an_extension_typed_with_the_number_gets_its_own_field(roster, receptionist_ctx):
    message = take(receptionist_ctx, caller_phone="0755-26881234 转 802")
    assert (message.caller_phone, message.caller_ext) == ("075526881234", "802")
    assert messages.phone_text(message) == "075*****1234 转 802"


def test_urgent_is_attention_at_once_and_overdue_after_two_hours(roster, receptionist_ctx, frozen):
    urgent = take(receptionist_ctx, request="urgent")
    call_back = take(receptionist_ctx, recipient_name="陈秘书")
    take(receptionist_ctx, recipient_name="张总", request="none")  # only informs: never listed
    assert [m.id for m in rule("urgent").query(frozen.now())] == [urgent.id]
    assert [m.id for m in rule("call_back").query(frozen.now())] == [call_back.id]
    frozen.advance(hours=1, minutes=59)
    assert rule("undelivered").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert {m.id for m in rule("undelivered").query(frozen.now())} == {urgent.id, call_back.id}
    assert PhoneMessage.get_by_id(urgent.id).status == held.WAITING  # listed, never changed by itself
    messages.notify(receptionist_ctx, urgent, "phone", "reached")
    assert urgent.id in {m.id for m in rule("undelivered").query(frozen.now())}  # told is not delivered
    messages.deliver(receptionist_ctx, [urgent], collector_name="刘经理")
    messages.lapse(receptionist_ctx, call_back, "no_longer_needed")
    for key in ("urgent", "call_back", "undelivered"):
        assert rule(key).query(frozen.now()).count() == 0


def test_the_deadline_is_a_setting(roster, receptionist_ctx, admin_ctx, frozen):
    assert settings.get("held.messages_hours") == 2
    settings.put(admin_ctx, "held.messages_hours", 4)
    take(receptionist_ctx)
    frozen.advance(hours=3, minutes=59)
    assert rule("undelivered").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("undelivered").query(frozen.now()).count() == 1


def test_the_slip_has_the_eight_fields_and_a_masked_phone(roster, receptionist_ctx):
    message = take(receptionist_ctx, caller_ext="802")
    data = printing.document_data(receptionist_ctx, messages.SPEC, message, "message_slip")
    assert set(data) == SLIP_KEYS
    assert data["code"] == f"M{message.id:06d}" and data["reprint"] == 0
    rows = dict((label, value) for label, value in data["rows"] if label)
    assert rows["电话 Phone"] == "138****5678 转 802"
    assert "13812345678" not in repr(data)
    assert rows["受话人 For"] == "上海蓝天贸易有限公司 刘经理 1203"
    assert rows["来电人 Caller"] == "深圳华南物流 欧阳建国" and rows["城市 City"] == "深圳"
    assert rows["要求 Asks"] == "请回电" and rows["记录人 Taken by"] == "李前台"
    assert ["", "明天的会议改到下午三点,\n请带上合同。"] in data["rows"]  # the text uses the whole width


def test_the_whole_number_needs_a_supervisor_and_is_audited(roster, receptionist_ctx, supervisor):
    message = take(receptionist_ctx, caller_ext="802")
    with pytest.raises(NeedsAuthorisation):
        messages.reveal_phone(receptionist_ctx, message)
    shown = messages.reveal_phone(receptionist_ctx.with_authorisation(supervisor), message)
    assert str(shown) == "来电号码:13812345678 转 802"
    assert [r.action for r in audit.history("messages", message.id)][-1] == "reveal"


def test_search_finds_a_message_by_phone_fragment_and_pinyin(roster, receptionist_ctx):
    message = take(receptionist_ctx)
    take(receptionist_ctx, caller_name="王芳", caller_phone="13900001111")
    for query in ("2345", "5678", "oyjg", "ouyangjianguo", "欧阳", "华南物流", "合同"):
        assert ("messages", message.id) in search.search(query, logbook="messages"), query
    assert ("messages", message.id) not in search.search("1111", logbook="messages")


def test_a_correction_keeps_what_was_not_changed(roster, receptionist_ctx, frozen):
    frozen.advance(seconds=17)
    message = take(receptionist_ctx)
    shown = clock.local_text(message.received_at)  # what the form shows: to the minute
    messages.correct(receptionist_ctx, message, "号码记错", caller_phone="13812345679", received_at=shown,
                     caller_ext="")
    stored = PhoneMessage.get_by_id(message.id)
    assert stored.caller_phone == "13812345679" and stored.received_at == message.received_at
    with pytest.raises(ValidationError):
        messages.correct(receptionist_ctx, stored, "写错", collector_name="别人")  # not delivered yet


def test_a_message_read_out_by_phone_is_recorded_as_not_signed(roster, receptionist_ctx):
    message = take(receptionist_ctx)
    handed = messages.deliver(receptionist_ctx, [message], collector_name="刘经理", signed_on="unsigned")
    assert handed.signed_on == "unsigned" and message.status == held.COLLECTED
