"""Parcels and registered mail through the shared arrive -> notify -> collect mechanism (issue 4)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk_gui.core import held, settings, shift
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.logbooks import parcels
from frontdesk_gui.core.logbooks.parcels import Parcel


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")
    directory.add(admin_ctx, "resident", name="李娜", unit="3栋1203")


def parcel(ctx, **extra):
    values = dict(tracking_no="SF1234567890", item_type="express", carrier="顺丰",
                  recipient_company="上海蓝天贸易有限公司", recipient_unit="1203", storage="A3")
    values.update(extra)
    return parcels.receive(ctx, **values)


def rule(key):
    return next(r for r in parcels.SPEC.attention if r.key == key)


def test_received_notified_collected(roster, receptionist_ctx):
    item = parcel(receptionist_ctx)
    assert item.status == held.WAITING and not item.no_such_person
    parcels.notify(receptionist_ctx, item, "phone", "no_answer")
    assert item.status == held.WAITING and item.notify_attempts == 1
    parcels.notify(receptionist_ctx, item, "phone", "reached")
    assert item.status == held.NOTIFIED
    handed = parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id")
    assert item.status == held.COLLECTED and item.hand_over_id == handed.id
    assert [n.outcome for n in held.notifications(parcels.SPEC, item)] == ["no_answer", "reached"]


def test_a_hand_over_cannot_happen_twice(roster, receptionist_ctx):
    item = parcel(receptionist_ctx)
    parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id")
    with pytest.raises(StateError):
        parcels.hand_over(receptionist_ctx, [Parcel.get_by_id(item.id)], collector_name="张三",
                          id_checked="resident_id")


def test_registered_mail_needs_an_id_check_and_a_screen_signature_needs_the_drawing(roster, receptionist_ctx):
    item = parcel(receptionist_ctx, item_type="registered", tracking_no="XA123456789CN")
    with pytest.raises(ValidationError) as refused:
        parcels.hand_over(receptionist_ctx, [item], collector_name="王小明")
    assert "id_checked" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id",
                          signed_on="screen")
    assert "signature" in refused.value.errors
    handed = parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id",
                               signed_on="screen", signature_png=b"\x89PNG fake strokes")
    assert held.HandOver.get_by_id(handed.id).signature_png == b"\x89PNG fake strokes"


def test_several_items_for_one_person_in_one_step(roster, receptionist_ctx):
    first = parcel(receptionist_ctx)
    second = parcel(receptionist_ctx, tracking_no="YT99887766", carrier="圆通")
    parcel(receptionist_ctx, tracking_no="JD000111", recipient_company=None, recipient_name="李娜",
           recipient_unit="3栋1203")
    together = parcels.for_recipient(first)
    assert [p.id for p in together] == [first.id, second.id]
    handed = parcels.hand_over(receptionist_ctx, together, collector_name="刘经理", id_checked="work_id")
    assert {p.hand_over_id for p in Parcel.select().where(Parcel.id.in_([first.id, second.id]))} == {handed.id}


def test_the_same_number_cannot_be_logged_twice_while_held(roster, receptionist_ctx):
    parcel(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        parcel(receptionist_ctx)
    assert "P000001" in str(refused.value.errors["tracking_no"])


def test_a_wrong_hand_over_is_corrected_with_a_reason(roster, receptionist_ctx):
    item = parcel(receptionist_ctx)
    parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id")
    with pytest.raises(ValidationError):
        parcels.correct(receptionist_ctx, item, "", collector_name="王晓明")
    parcels.correct(receptionist_ctx, item, "名字写错", collector_name="王晓明")
    assert Parcel.get_by_id(item.id).collector_name == "王晓明"


def test_no_such_person_is_returned_after_72_hours(roster, receptionist_ctx, frozen):
    item = parcel(receptionist_ctx, recipient_company=None, recipient_name="不认识", recipient_unit="9999",
                  tracking_no="XX0001")
    assert item.no_such_person == 1
    with pytest.raises(StateError):
        parcels.notify(receptionist_ctx, item, "phone")
    frozen.advance(hours=71, minutes=59)
    assert rule("back_to_post").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("back_to_post").query(frozen.now()).count() == 1
    assert Parcel.get_by_id(item.id).status == held.WAITING  # listed, never changed by itself
    parcels.return_to_post_office(receptionist_ctx, item)
    assert item.status == held.RETURNED and item.returned_how == "post_office"
    assert rule("back_to_post").query(frozen.now()).count() == 0


def test_uncollected_for_3_days_is_overdue_at_72_hours(roster, receptionist_ctx, frozen):
    parcel(receptionist_ctx)
    frozen.advance(hours=71, minutes=59)
    assert rule("uncollected").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("uncollected").query(frozen.now()).count() == 1


def test_a_residential_counter_tells_the_steward_between_17_and_18(roster, receptionist_ctx, admin_ctx, frozen):
    settings.put(admin_ctx, "counter.kind", "residential")
    frozen.set(frozen.now().replace(hour=10))
    ctx = shift.login("desk", "desk-pass")
    first = parcel(ctx, recipient_company=None, recipient_name="李娜", recipient_unit="3栋1203")
    assert rule("to_notify").query(frozen.now()).count() == 0  # not before 17:00
    frozen.set(frozen.now().replace(hour=17, minute=5))
    assert rule("to_notify").query(frozen.now()).count() == 1
    frozen.set(frozen.now().replace(hour=18, minute=1))
    assert rule("steward_late").query(frozen.now()).count() == 1
    second = parcel(ctx, tracking_no="EMS000222", item_type="registered")
    round_ = parcels.steward_round()
    assert {p.id for p in round_} == {first.id, second.id}
    parcels.hand_over(ctx, round_, collector_name="片区管理员 张师傅", collector_role="steward")
    assert rule("steward_late").query(frozen.now() + timedelta(days=1)).count() == 0


def test_bad_input_gets_a_sentence_by_the_field(roster, receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        parcels.receive(receptionist_ctx, item_type="parcel", tracking_no="", recipient_name="")
    assert {"tracking_no", "recipient_name"} <= set(refused.value.errors)
    assert not Parcel.select().exists()


def test_office_counter_notifies_at_once(roster, receptionist_ctx, frozen):
    parcel(receptionist_ctx)
    assert rule("to_notify").query(frozen.now()).count() == 1


def test_correcting_the_recipient_to_someone_in_the_roster_clears_no_such_person(roster, receptionist_ctx):
    item = parcel(receptionist_ctx, recipient_company=None, recipient_name="李纳", recipient_unit="3栋1203",
                  tracking_no="XX0002")
    assert item.no_such_person == 1
    parcels.correct(receptionist_ctx, item, "收件人名字写错", recipient_name="李娜")
    item = Parcel.get_by_id(item.id)
    assert item.no_such_person == 0 and item.recipient_name == "李娜"
    parcels.notify(receptionist_ctx, item, "phone")


def test_a_parcel_cannot_go_unsigned(roster, receptionist_ctx):
    item = parcel(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        parcels.hand_over(receptionist_ctx, [item], collector_name="王小明", id_checked="resident_id",
                          signed_on="unsigned")
    assert "signed_on" in refused.value.errors
