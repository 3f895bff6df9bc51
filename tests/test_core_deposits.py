"""Items deposited at the counter (A55): condition in and out, tags unique while held, ID for others."""

from __future__ import annotations

import pytest

from frontdesk_gui.core import clock, held, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import NeedsAuthorisation, StateError, ValidationError
from frontdesk_gui.core.logbooks import deposits
from frontdesk_gui.core.logbooks.deposits import DepositedItem


def left(ctx, **extra):
    values = dict(depositor_name="周女士", depositor_phone="13612345678", depositor_unit="1203 蓝天贸易",
                  items="拉杆箱", item_count=1, condition_in="good", storage="寄存柜 2")
    values.update(extra)
    return deposits.deposit(ctx, **values)


def overdue(now):
    return next(r for r in deposits.SPEC.attention if r.key == "overdue").query(now).count()


def test_deposited_then_collected_by_the_depositor_without_an_id(receptionist_ctx):
    item = left(receptionist_ctx)
    assert item.status == held.WAITING and item.tag_no == "1"
    handed = deposits.hand_over(receptionist_ctx, [item], collector_name="周女士")
    item = DepositedItem.get_by_id(item.id)
    assert item.status == held.COLLECTED and item.hand_over_id == handed.id and item.condition_out == "same"


def test_someone_else_collects_only_against_an_id(receptionist_ctx):
    item = left(receptionist_ctx, recipient_name="周先生")
    with pytest.raises(ValidationError) as refused:
        deposits.hand_over(receptionist_ctx, [item], collector_name="周先生")
    assert "id_checked" in refused.value.errors
    with pytest.raises(ValidationError):  # the book's caller cannot switch the rule off
        held.book("deposits").hand_over(receptionist_ctx, [item], collector_name="周先生", require_id=False)
    deposits.hand_over(receptionist_ctx, [item], collector_name="周先生", id_checked="driving_licence")
    assert DepositedItem.get_by_id(item.id).collector_name == "周先生"


def test_a_hand_over_cannot_happen_twice(receptionist_ctx):
    item = left(receptionist_ctx)
    deposits.hand_over(receptionist_ctx, [item], collector_name="周女士")
    with pytest.raises(StateError):
        deposits.hand_over(receptionist_ctx, [DepositedItem.get_by_id(item.id)], collector_name="周女士")


def test_damage_at_collection_is_described(receptionist_ctx):
    item = left(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        deposits.hand_over(receptionist_ctx, [item], collector_name="周女士", condition_out="damaged")
    assert "condition_out_note" in refused.value.errors
    assert DepositedItem.get_by_id(item.id).status == held.WAITING
    deposits.hand_over(receptionist_ctx, [item], collector_name="周女士", condition_out="damaged",
                       condition_out_note="拉杆断了")
    item = DepositedItem.get_by_id(item.id)
    assert (item.condition_out, item.condition_out_note) == ("damaged", "拉杆断了")


def test_damage_when_left_is_described_too(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        left(receptionist_ctx, condition_in="damaged")
    assert "condition_note" in refused.value.errors
    assert left(receptionist_ctx, condition_in="damaged", condition_note="右侧划痕").condition_note == "右侧划痕"


def test_tag_numbers_are_unique_while_held(receptionist_ctx):
    first = left(receptionist_ctx, tag_no="7")
    with pytest.raises(ValidationError) as refused:
        left(receptionist_ctx, tag_no=" 7 ")
    assert "D000001" in str(refused.value.errors["tag_no"])
    second = left(receptionist_ctx)
    assert second.tag_no == "1"
    with pytest.raises(ValidationError):
        deposits.correct(receptionist_ctx, second, "牌号写错", tag_no="7")
    deposits.hand_over(receptionist_ctx, [first], collector_name="周女士")
    assert left(receptionist_ctx, tag_no="7").tag_no == "7"  # free again once collected
    assert deposits.next_tag() == "2"


def test_everything_one_depositor_left_goes_back_together(receptionist_ctx):
    bag = left(receptionist_ctx)
    box = left(receptionist_ctx, items="纸箱", item_count=2)
    left(receptionist_ctx, depositor_name="孙先生", depositor_phone="13700000000")
    together = deposits.for_depositor(bag)
    assert [i.id for i in together] == [bag.id, box.id]
    handed = deposits.hand_over(receptionist_ctx, together, collector_name="周女士")
    assert {i.hand_over_id for i in DepositedItem.select().where(DepositedItem.id.in_([bag.id, box.id]))} == {
        handed.id}


def test_overdue_at_the_expected_pickup(receptionist_ctx, frozen):
    pickup = clock.local_text(frozen.now().replace(hour=frozen.now().hour + 3))
    item = left(receptionist_ctx, expected_at=pickup)
    frozen.advance(hours=2, minutes=59)
    assert overdue(frozen.now()) == 0
    frozen.advance(minutes=1)
    assert overdue(frozen.now()) == 1
    assert DepositedItem.get_by_id(item.id).status == held.WAITING
    deposits.hand_over(receptionist_ctx, [item], collector_name="周女士")
    assert overdue(frozen.now()) == 0


def test_without_a_pickup_time_overdue_after_the_setting(receptionist_ctx, admin_ctx, frozen):
    left(receptionist_ctx)
    frozen.advance(days=6, hours=23, minutes=59)
    assert overdue(frozen.now()) == 0
    frozen.advance(minutes=1)
    assert overdue(frozen.now()) == 1
    settings.put(admin_ctx, "held.deposit_days", 10)
    assert overdue(frozen.now()) == 0


def test_the_expected_pickup_must_be_later(receptionist_ctx, frozen):
    with pytest.raises(ValidationError) as refused:
        left(receptionist_ctx, expected_at="2026-11-01 10:00")
    assert "expected_at" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        left(receptionist_ctx, depositor_name="", items="", item_count=0, condition_in="", expected_at="明天")
    assert {"depositor_name", "items", "item_count", "condition_in", "expected_at"} <= set(refused.value.errors)


def test_a_loss_is_recorded_with_how_and_voids_need_a_supervisor(receptionist_ctx, supervisor):
    item = left(receptionist_ctx)
    with pytest.raises(ValidationError):
        deposits.hand_on(receptionist_ctx, item, "lost")
    deposits.hand_on(receptionist_ctx, item, "lost", "交班时发现不见,值班人员已赔偿")
    assert DepositedItem.get_by_id(item.id).returned_how == "lost"
    other = left(receptionist_ctx)
    with pytest.raises(NeedsAuthorisation):
        deposits.void(receptionist_ctx, other, "登记重复")
    deposits.void(Ctx(receptionist_ctx.operator, receptionist_ctx.shift, authorised_by=supervisor), other, "登记重复")
    assert DepositedItem.get_by_id(other.id).voided


def test_the_tag_printout(receptionist_ctx):
    item = left(receptionist_ctx, tag_no="12", item_count=2, items="纸箱")
    data = deposits.tag_data(item, 0)
    rows = dict(data["rows"])
    assert data["code"] == "D000001" and "12" in data["title_zh"]
    assert rows["物品 Items"] == "纸箱 × 2" and rows["电话 Phone"] == "136****5678"
