"""The duty log and the shift handover: a scripted shift hands over exactly what is open and the right cash."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk_gui.core import directory, handover, shift
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.logbooks import duty_log, handovers, keys, parcels, visitors
from frontdesk_gui.core.models import Operator, Shift

ID = "11010519491231002X"


def visitor(ctx, name):
    return visitors.check_in(ctx, visitor_name=name, category="outside_visitor", host_name="李娜", host_unit="1203",
                             phone="13812341234", purpose="送文件")


def parcel(ctx, tracking):
    return parcels.receive(ctx, tracking_no=tracking, item_type="express", carrier="顺丰",
                           recipient_company="上海蓝天贸易有限公司", recipient_unit="1203", storage="A3")


@pytest.fixture
def shift_worked(receptionist_ctx, supervisor, frozen):
    """A shift: two visitors (one left), two parcels (one notified), a key out on a 50 yuan cash deposit,
    a high-priority note to follow up and a normal one."""
    ctx = receptionist_ctx
    lead = Ctx(Operator.get_by_id(supervisor.id), ctx.shift)
    directory.add(lead, "company", name="上海蓝天贸易有限公司", room="1203")
    keys.add_key(lead, tag="A-0301", category="vacant", building="3栋", floor="3层", unit="301", label="3栋301",
                 cabinet_position="A1", ring_count=3)
    stays = visitor(ctx, "张伟")
    left = visitor(ctx, "王芳")
    frozen.advance(minutes=20)
    visitors.check_out(ctx, left)
    untold = parcel(ctx, "SF0000000001")
    told = parcel(ctx, "SF0000000002")
    parcels.notify(ctx, told, "phone")
    loan = keys.lend(ctx, key_tag="A-0301", borrower_kind="outsider", borrower_name="刘装修", id_type="resident_id",
                     id_number=ID, phone="13812345678", purpose="看房", deposit_method="cash")
    urgent = duty_log.note(ctx, category="damage", priority="high", follow_up=True, unit="3栋",
                           text="3栋电梯按钮被人损坏,已拍照,待工程部维修")
    duty_log.note(ctx, category="opinion", priority="normal", text="住户建议大堂加装雨伞架")
    frozen.advance(hours=2)
    return {"ctx": ctx, "stays": stays, "untold": untold, "told": told, "loan": loan, "urgent": urgent}


def groups_by_key(content):
    return {(g["logbook"], g["key"]): g for g in content["groups"]}


def test_the_handover_lists_exactly_what_is_open_and_the_cash(shift_worked):
    ctx = shift_worked["ctx"]
    sheet = handovers.sign_off(ctx, "50.00", notes="3栋电梯已报工程部")
    content = sheet.content
    groups = groups_by_key(content)
    assert set(groups) == {("visitors", "on_site"), ("parcels", "untold"), ("parcels", "held"),
                           ("key_loans", "out"), ("duty_log", "follow_up")}
    assert [e["id"] for e in groups[("visitors", "on_site")]["entries"]] == [shift_worked["stays"].id]
    assert [e["id"] for e in groups[("parcels", "untold")]["entries"]] == [shift_worked["untold"].id]
    assert [e["id"] for e in groups[("parcels", "held")]["entries"]] == [shift_worked["told"].id]
    assert groups[("key_loans", "out")]["custody"] and groups[("key_loans", "out")]["count"] == 1
    assert groups[("parcels", "held")]["entries"][0]["code"] == f"P{shift_worked['told'].id:06d}"
    cash = content["cash"]
    assert cash["methods"]["cash"]["taken"] == 5000
    assert (cash["expected"], cash["counted"], cash["difference"]) == (5000, 5000, 0)
    assert content["deposits"]["count"] == 1 and content["deposits"]["total_fen"] == 5000
    assert [d["id"] for d in content["duty"]] == [shift_worked["urgent"].id]
    assert sheet.notes == "3栋电梯已报工程部" and sheet.outgoing_name == "李前台"
    assert Shift.get_by_id(ctx.shift.id).closed_at is not None


def test_a_count_that_differs_needs_its_reason_and_saves_nothing_without(shift_worked):
    ctx = shift_worked["ctx"]
    with pytest.raises(ValidationError) as refused:
        handovers.sign_off(ctx, "40.00")
    assert "reason" in refused.value.errors
    assert handovers.Handover.select().count() == 0 and shift.current() is not None
    sheet = handovers.sign_off(ctx, "40.00", count_reason="找零少了 10 元")
    assert sheet.content["cash"]["difference"] == -1000
    assert sheet.content["cash"]["count_reason"] == "找零少了 10 元"


def test_the_incoming_operator_acknowledges_each_custody_line(shift_worked, supervisor):
    ctx = shift_worked["ctx"]
    sheet = handovers.sign_off(ctx, "50.00")
    assert handovers.awaiting().id == sheet.id
    with pytest.raises(StateError):
        handovers.acknowledge(ctx, sheet, {})  # the closed shift cannot take itself over
    incoming = shift.login("lead", "lead-pass")
    assert incoming.shift.id != ctx.shift.id
    lines = [line["key"] for line in handover.custody_lines(sheet.content)]
    assert lines == ["cash", "deposits", "parcels:untold", "parcels:held", "key_loans:out"]
    with pytest.raises(ValidationError) as missing:
        handovers.acknowledge(incoming, sheet, {"cash": True, "deposits": True})
    assert set(missing.value.errors) == {"parcels:untold", "parcels:held", "key_loans:out"}
    done = handovers.acknowledge(incoming, sheet, {"cash": True, "deposits": True, "parcels:untold": True,
                                                   "parcels:held": True},
                                 notes={"key_loans:out": "钥匙 A-0301 借用人已电话确认明早归还"})
    assert done.status == handovers.ACKNOWLEDGED and done.incoming_name == "王领班"
    assert done.incoming_id == supervisor.id and done.acknowledged_at is not None
    assert {a["key"]: a["ok"] for a in done.acks}["key_loans:out"] is False
    assert handovers.awaiting() is None
    with pytest.raises(StateError):
        handovers.acknowledge(incoming, done, {})


def test_what_was_handed_over_stays_as_it_was(shift_worked):
    ctx = shift_worked["ctx"]
    sheet = handovers.sign_off(ctx, "50.00")
    incoming = shift.login("lead", "lead-pass")
    visitors.check_out(incoming, shift_worked["stays"])
    again = handovers.Handover.get_by_id(sheet.id)
    assert groups_by_key(again.content)[("visitors", "on_site")]["count"] == 1
    assert ("visitors", "on_site") not in groups_by_key(handover.gather(incoming.shift))


def test_open_items_are_judged_at_the_moment_asked(shift_worked, frozen):
    ctx = shift_worked["ctx"]
    assert handover.open_groups(frozen.now() - timedelta(hours=3)) == []  # before anything of the shift
    told = shift_worked["told"]
    parcels.hand_over(ctx, [told], collector_name="王小明", id_checked="resident_id")
    collected_at = parcels.Parcel.get_by_id(told.id).collected_at
    frozen.advance(minutes=5)
    now = groups_by_key({"groups": handover.open_groups(frozen.now())})
    assert ("parcels", "held") not in now
    before = groups_by_key({"groups": handover.open_groups(collected_at - timedelta(seconds=1))})
    assert [e["id"] for e in before[("parcels", "held")]["entries"]] == [told.id]


def test_no_shift_nothing_to_hand_over(shift_worked):
    ctx = shift_worked["ctx"]
    handovers.sign_off(ctx, "50.00")
    with pytest.raises(StateError):
        handovers.sign_off(ctx, "50.00")


def test_a_duty_note_followed_up_leaves_the_open_items(shift_worked, frozen):
    ctx = shift_worked["ctx"]
    urgent = shift_worked["urgent"]
    with pytest.raises(ValidationError):
        duty_log.note(ctx, text="   ")
    duty_log.followed_up(ctx, urgent, "工程部已修好")
    assert urgent.status == duty_log.DONE and urgent.done_note == "工程部已修好"
    groups = groups_by_key({"groups": handover.open_groups(frozen.now())})
    assert ("duty_log", "follow_up") not in groups
    earlier = groups_by_key({"groups": handover.open_groups(urgent.done_at - timedelta(seconds=1))})
    assert earlier[("duty_log", "follow_up")]["count"] == 1
