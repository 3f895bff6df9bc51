"""Lost and found (A53): found items through the shared held-item life, loss reports and matching."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk_gui.core import audit, clock, held, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import NeedsAuthorisation, StateError, ValidationError
from frontdesk_gui.core.logbooks import lost_found
from frontdesk_gui.core.logbooks.lost_found import FoundItem, LossReport
from frontdesk_gui.core.models import AuditRecord


def found(ctx, **extra):
    values = dict(what="黑色钱包", description="真皮,内有银行卡两张", found_where="一楼大堂沙发",
                  found_by="保洁 张阿姨", storage="失物柜 A1")
    values.update(extra)
    return lost_found.log_found(ctx, **values)


def rule(key):
    return next(r for r in lost_found.SPEC.attention if r.key == key)


def loss(ctx, **extra):
    values = dict(loser_name="陈先生", loser_phone="13912345678", what="钱包", description="黑色 真皮",
                  lost_where="大堂", lost_at="")
    values.update(extra)
    return lost_found.report_loss(ctx, **values)


def test_found_reported_matched_told_claimed(receptionist_ctx, frozen):
    item = found(receptionist_ctx)
    assert item.status == held.WAITING and item.received_at == frozen.now()
    with pytest.raises(StateError):  # nobody to tell yet
        lost_found.notify(receptionist_ctx, item, "phone")
    assert rule("owner_to_tell").query(frozen.now()).count() == 0
    frozen.advance(hours=2)
    report = loss(receptionist_ctx, lost_at=clock.local_text(frozen.now() - timedelta(hours=3)))
    best, score = lost_found.candidates(report)[0]
    assert best.id == item.id and score > 0.5
    lost_found.link(receptionist_ctx, report, best)
    item = FoundItem.get_by_id(item.id)
    assert LossReport.get_by_id(report.id).status == lost_found.REPORT_MATCHED
    assert (item.recipient_name, item.recipient_phone) == ("陈先生", "13912345678")
    assert AuditRecord.select().where((AuditRecord.entity == "loss_report") & (AuditRecord.action == "match")).exists()
    assert rule("owner_to_tell").query(frozen.now()).count() == 1
    lost_found.notify(receptionist_ctx, item, "phone", "reached")
    assert item.status == held.NOTIFIED
    handed = lost_found.claim(receptionist_ctx, [item], collector_name="陈先生", id_checked="resident_id")
    assert item.status == held.COLLECTED and item.hand_over_id == handed.id
    assert audit.verify_chain() == []


def test_a_claim_always_needs_an_id_and_happens_once(receptionist_ctx):
    item = found(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        lost_found.claim(receptionist_ctx, [item], collector_name="陈先生")
    assert "id_checked" in refused.value.errors
    with pytest.raises(ValidationError):  # the book's caller cannot switch the ID check off
        held.book("lost_found").hand_over(receptionist_ctx, [item], collector_name="陈先生", require_id=False)
    lost_found.claim(receptionist_ctx, [item], collector_name="陈先生", id_checked="passport")
    with pytest.raises(StateError):
        lost_found.claim(receptionist_ctx, [FoundItem.get_by_id(item.id)], collector_name="李四",
                         id_checked="resident_id")


def test_matching_ranks_the_right_item_first(receptionist_ctx, frozen):
    lost_at = clock.local_text(frozen.now())
    umbrella = found(receptionist_ctx, what="黑色雨伞", description="长柄", found_where="电梯厅")
    frozen.advance(hours=1)
    wallet = found(receptionist_ctx, what="棕色钱包", description="皮质,有身份证", found_where="停车场 B2")
    frozen.advance(hours=1)
    phone = found(receptionist_ctx, what="手机", description="华为 黑色 蓝色手机壳", found_where="大堂")
    frozen.advance(hours=1)
    keys = found(receptionist_ctx, what="钥匙一串", description="三把,红色钥匙扣", found_where="大堂前台")
    report = loss(receptionist_ctx, what="钱包", description="棕色 皮的 里面有身份证", lost_where="地下停车场",
                  lost_at=lost_at)
    ranked = [item.id for item, _ in lost_found.candidates(report)]
    assert ranked[0] == wallet.id
    assert keys.id not in ranked[:1] and umbrella.id not in ranked[:1]
    phone_report = loss(receptionist_ctx, what="华为手机", description="黑色", lost_where="大堂", lost_at=lost_at)
    assert lost_found.candidates(phone_report)[0][0].id == phone.id


def test_an_item_found_after_the_loss_ranks_above_the_same_found_before(receptionist_ctx, frozen):
    before = found(receptionist_ctx)
    frozen.advance(hours=3)
    lost_at = clock.local_text(frozen.now())
    frozen.advance(hours=2)
    after = found(receptionist_ctx)
    report = loss(receptionist_ctx, lost_at=lost_at)
    assert [i.id for i, _ in lost_found.candidates(report)] == [after.id, before.id]


def test_only_items_found_in_the_window_after_the_loss_are_candidates(receptionist_ctx, frozen):
    early = found(receptionist_ctx)
    frozen.advance(days=5)
    report = loss(receptionist_ctx)  # lost now: the wallet found five days ago is not theirs
    assert lost_found.candidates(report) == []
    frozen.advance(days=lost_found.MATCH_DAYS_AFTER + 1)
    late = found(receptionist_ctx)
    assert lost_found.candidates(report) == []
    frozen.set(frozen.now() - timedelta(days=lost_found.MATCH_DAYS_AFTER))
    inside = found(receptionist_ctx)
    assert [i.id for i, _ in lost_found.candidates(report)] == [inside.id]
    assert early.id != inside.id != late.id


def test_linking_twice_or_a_claimed_item_is_refused(receptionist_ctx):
    item = found(receptionist_ctx)
    report = loss(receptionist_ctx)
    lost_found.link(receptionist_ctx, report, item)
    with pytest.raises(StateError):
        lost_found.link(receptionist_ctx, report, item)
    other = loss(receptionist_ctx, loser_name="王女士", loser_phone="13800001111")
    lost_found.claim(receptionist_ctx, [item], collector_name="陈先生", id_checked="resident_id")
    with pytest.raises(StateError):
        lost_found.link(receptionist_ctx, other, item)
    lost_found.close_report(receptionist_ctx, other, "失主已在别处找到")
    assert LossReport.get_by_id(other.id).status == lost_found.REPORT_CLOSED


def test_a_loss_report_needs_a_name_what_and_a_phone(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        lost_found.report_loss(receptionist_ctx, loser_name="", what="", loser_phone="", lost_at="昨天")
    assert {"loser_name", "what", "loser_phone", "lost_at"} <= set(refused.value.errors)
    assert not LossReport.select().exists()


def test_kept_too_long_at_the_boundary_then_handed_to_the_police(receptionist_ctx, admin_ctx, frozen):
    item = found(receptionist_ctx)
    frozen.advance(days=89, hours=23, minutes=59)
    assert rule("kept_too_long").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("kept_too_long").query(frozen.now()).count() == 1
    assert FoundItem.get_by_id(item.id).status == held.WAITING  # listed, never changed by itself
    settings.put(admin_ctx, "held.found_days", 120)
    assert rule("kept_too_long").query(frozen.now()).count() == 0
    frozen.advance(days=30)
    with pytest.raises(ValidationError):
        lost_found.hand_on(receptionist_ctx, item, "bin")
    lost_found.hand_on(receptionist_ctx, item, "police", "城南派出所 收据号 0012")
    assert item.status == held.RETURNED and item.returned_how == "police"
    assert rule("kept_too_long").query(frozen.now()).count() == 0


def test_found_time_as_typed_and_never_in_the_future(receptionist_ctx, frozen):
    item = found(receptionist_ctx, found_at="2026-11-22 18:30")
    assert item.found_at == "2026-11-22 18:30"
    with pytest.raises(ValidationError) as refused:
        found(receptionist_ctx, found_at="2099-01-01 10:00")
    assert "found_at" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        found(receptionist_ctx, found_at="不知道", what="", found_by="")
    assert {"found_at", "what", "found_by"} <= set(refused.value.errors)


def test_a_correction_changes_the_time_only_when_it_was_edited(receptionist_ctx):
    item = found(receptionist_ctx)
    lost_found.correct(receptionist_ctx, item, "写错了", what="黑色男士钱包", found_at=item.found_at)
    again = FoundItem.get_by_id(item.id)
    assert again.what == "黑色男士钱包" and again.received_at == item.received_at
    lost_found.correct(receptionist_ctx, again, "时间写错", found_at="2026-11-23 08:00")
    assert FoundItem.get_by_id(item.id).found_at == "2026-11-23 08:00"


def test_a_photo_must_be_a_picture_that_exists(receptionist_ctx, tmp_path):
    picture = tmp_path / "wallet.jpg"
    picture.write_bytes(b"\xff\xd8\xff fake jpeg")
    with pytest.raises(ValidationError) as refused:
        found(receptionist_ctx, photo_path=str(tmp_path / "missing.jpg"))
    assert "photo_path" in refused.value.errors
    with pytest.raises(ValidationError):
        found(receptionist_ctx, photo_path=str(tmp_path / "notes.txt"))
    item = found(receptionist_ctx, photo_path=str(picture))
    assert item.photo_path == str(picture)
    other = found(receptionist_ctx)
    lost_found.attach_photo(receptionist_ctx, other, str(picture))
    assert FoundItem.get_by_id(other.id).photo_path == str(picture)


def test_voids_need_a_supervisor(receptionist_ctx, supervisor):
    item = found(receptionist_ctx)
    with pytest.raises(NeedsAuthorisation):
        lost_found.void(receptionist_ctx, item, "重复登记")
    approved = Ctx(receptionist_ctx.operator, receptionist_ctx.shift, authorised_by=supervisor)
    lost_found.void(approved, item, "重复登记")
    assert FoundItem.get_by_id(item.id).voided
    with pytest.raises(StateError):
        lost_found.claim(receptionist_ctx, [item], collector_name="陈先生", id_checked="resident_id")


def test_the_tag_shows_what_where_and_the_keep_until_date(receptionist_ctx):
    item = found(receptionist_ctx)
    data = lost_found.tag_data(item, 0)
    assert data["code"] == "L000001" and data["title_en"] == "LOST PROPERTY"
    rows = dict(data["rows"])
    assert rows["物品 Item"] == "黑色钱包" and rows["保管至 Keep until"] == "2027-02-21"


def test_words_pairs_chinese_characters_and_keeps_latin_words():
    assert {"钱包", "钱", "包", "iphone", "15"} <= lost_found.words("iPhone 15 钱包")
    assert "的" not in lost_found.words("我的")
