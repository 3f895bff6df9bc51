"""Goods control at the lobby (CATALOGUE A31, B4): release passes checked against the goods, released or
refused (never twice, never when refused or expired), goods coming in with the voucher rule, prohibited
goods refused with a sentence, the attention list, and the printed pass read back with pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from frontdesk_gui.core import printing, search
from frontdesk_gui.core.db.migrations import LATEST, current_version
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.logbooks import goods
from frontdesk_gui.core.logbooks.goods import GoodsPass
from frontdesk_gui.reports import registry


def out_pass(ctx, **extra):
    values = dict(direction="out", person_name="王小明", unit="上海蓝天贸易有限公司 1203",
                  items="电脑 × 2\n办公椅x4\n文件柜 1个", plate="沪A 12345", valid_date="2026-11-23",
                  issued_by="管理处 陈小姐")
    values.update(extra)
    return goods.log(ctx, **values)


def rule(key):
    return next(r for r in goods.SPEC.attention if r.key == key)


def test_items_are_parsed_and_normalised(receptionist_ctx):
    made = out_pass(receptionist_ctx)
    assert made.status == goods.PENDING and made.plate == "沪A12345"
    assert made.items == "电脑 × 2\n办公椅 × 4\n文件柜 × 1个"
    assert goods.parse_items("显示器 ×３")[0] == [("显示器", 3, "")]
    assert search.search("办公椅") == [("goods", made.id)]


@pytest.mark.parametrize("items", ["", "电脑", "电脑 × 0", "电脑 × 10000"])
def test_items_without_a_quantity_are_refused(receptionist_ctx, items):
    with pytest.raises(ValidationError) as refused:
        out_pass(receptionist_ctx, items=items)
    assert "items" in refused.value.errors


def test_a_release_pass_needs_the_issuer_and_a_real_date(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        out_pass(receptionist_ctx, issued_by="", valid_date="2026-13-40")
    assert set(refused.value.errors) == {"issued_by", "valid_date"}
    assert out_pass(receptionist_ctx, valid_date="").valid_date == "2026-11-23"  # blank: today
    assert out_pass(receptionist_ctx, valid_date="11/25").valid_date == "2026-11-25"


def test_released_once_with_who_and_when(receptionist_ctx, frozen):
    made = out_pass(receptionist_ctx)
    frozen.advance(minutes=5)
    goods.release(receptionist_ctx, made)
    again = GoodsPass.get_by_id(made.id)
    assert again.status == goods.RELEASED and again.checked_by == "李前台" and again.checked_at is not None
    with pytest.raises(StateError, match="已放行过"):
        goods.release(receptionist_ctx, again)
    with pytest.raises(StateError):
        goods.refuse(receptionist_ctx, again, "不符")


def test_refused_needs_the_reason_and_is_never_released(receptionist_ctx):
    made = out_pass(receptionist_ctx)
    with pytest.raises(ValidationError):
        goods.refuse(receptionist_ctx, made, " ")
    goods.refuse(receptionist_ctx, made, "物品与放行条不符,回管理处重新开具")
    again = GoodsPass.get_by_id(made.id)
    assert again.status == goods.REFUSED and "不符" in again.refuse_reason
    with pytest.raises(StateError, match="重新开具"):
        goods.release(receptionist_ctx, again)
    with pytest.raises(StateError):
        goods.refuse(receptionist_ctx, again, "再次拒绝")


def test_an_expired_pass_is_not_released_and_shows_in_attention(receptionist_ctx, frozen):
    today = out_pass(receptionist_ctx)
    old = out_pass(receptionist_ctx, valid_date="2026-11-22")
    now = frozen.now()
    assert [g.id for g in rule("valid_today").query(now)] == [today.id]
    assert [g.id for g in rule("expired").query(now)] == [old.id]
    with pytest.raises(StateError, match="过期"):
        goods.release(receptionist_ctx, old)
    goods.refuse(receptionist_ctx, old, "已过期")
    goods.release(receptionist_ctx, today)
    assert list(rule("valid_today").query(now)) == [] and list(rule("expired").query(now)) == []


@pytest.mark.parametrize("items, found", [
    ("煤气罐 × 1", ["煤气罐"]), ("液化气罐 × 2", ["液化气罐"]), ("烟花 × 3箱\n电脑 × 1", ["烟花爆竹"]),
    ("天拿水 × 20桶", ["天拿水"]), ("稀释剂×5", ["稀释剂"]), ("Fireworks x 2", ["fireworks"]),
])
def test_prohibited_goods_are_refused_with_the_sentence(receptionist_ctx, items, found):
    assert goods.prohibited_in(items) == found
    for direction in ("out", "in"):
        with pytest.raises(ValidationError) as refused:
            out_pass(receptionist_ctx, direction=direction, items=items)
        sentence = str(refused.value.errors["items"])
        assert "禁止携带" in sentence and found[0] in sentence
    assert GoodsPass.select().count() == 0


def test_harmless_words_are_not_prohibited():
    assert goods.prohibited_in("电脑 × 2\n打印机 × 1\n办公椅 × 4") == []


def test_moving_materials_coming_in_need_the_voucher(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        goods.log(receptionist_ctx, direction="in", person_name="装修工 李师傅", unit="3栋1203",
                  items="瓷砖 × 30箱\n水泥 × 10包", moving_materials=True)
    assert set(refused.value.errors) == {"voucher_no"}
    assert "凭据" in str(refused.value.errors["voucher_no"])
    made = goods.log(receptionist_ctx, direction="in", person_name="装修工 李师傅", unit="3栋1203",
                     items="瓷砖 × 30箱", moving_materials=True, voucher_no="GL-2026-118")
    assert made.status == goods.ADMITTED and made.voucher_no == "GL-2026-118" and made.valid_date is None
    small = goods.log(receptionist_ctx, direction="in", person_name="张三", items="花篮 × 1")
    assert small.status == goods.ADMITTED and not small.moving_materials
    with pytest.raises(StateError):
        goods.release(receptionist_ctx, small)


def test_the_migration_made_the_table(database):
    assert current_version(database) == LATEST and database.table_exists("goods_pass")


def test_the_pass_slip_reads_back(tmp_path, receptionist_ctx):
    made = out_pass(receptionist_ctx)
    goods.release(receptionist_ctx, made)
    data = printing.document_data(receptionist_ctx, goods.SPEC, GoodsPass.get_by_id(made.id), "goods_pass")
    assert data["sign_here"]
    path = tmp_path / "pass.pdf"
    path.write_bytes(registry.render("held_slip", data))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    for expected in ("物品放行条", "GOODS RELEASE PASS", "G000001", "王小明", "电脑 × 2", "办公椅 × 4",
                     "沪A12345", "2026-11-23", "管理处 陈小姐", "携带人签字", "已放行", "李前台"):
        assert expected in text, expected


def test_no_slip_for_goods_coming_in(receptionist_ctx):
    from frontdesk_gui.core.spec import documents_for

    made = goods.log(receptionist_ctx, direction="in", person_name="张三", items="花篮 × 1")
    assert documents_for(goods.SPEC, made) == []
