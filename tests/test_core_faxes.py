"""Incoming faxes (进报记录本, A03/B14) through the shared arrive -> notify -> collect mechanism, with the fee."""

from __future__ import annotations

from datetime import timedelta

import pytest

from frontdesk_gui.core import clock, held, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import NeedsAuthorisation, StateError, ValidationError
from frontdesk_gui.core.logbooks import drawer, faxes, receipts
from frontdesk_gui.core.logbooks.faxes import AwaitedFax, IncomingFax
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges, prices

COMPANY = "上海蓝天贸易有限公司"


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, room="1203")


def fax(ctx, **extra):
    values = dict(recipient_company=COMPANY, recipient_name="刘经理", recipient_unit="1203", pages="3",
                  sender_name="广州华南物流", sender_number="020-83451234")
    values.update(extra)
    return faxes.receive(ctx, **values)


def rule(key):
    return next(r for r in faxes.SPEC.attention if r.key == key)


def test_logged_priced_notified_collected_and_paid_at_the_counter(roster, receptionist_ctx):
    item = fax(receptionist_ctx)
    assert item.status == held.WAITING and not item.unidentified and not item.no_recipient
    assert (item.unit_price_fen, item.fee_fen) == (100, 300)  # 3 pages × ¥1.00 (fax_in.page)
    faxes.notify(receptionist_ctx, item, "phone", "reached")
    assert item.status == held.NOTIFIED
    before = drawer.cash_balance()
    done = faxes.collect(receptionist_ctx, [item], "cash", collector_name="刘经理")
    assert item.status == held.COLLECTED and item.hand_over_id == done.hand_over.id
    receipt = done.document
    assert receipt.series == "R" and receipt.total_fen == 300 and receipt.status == "issued"
    assert drawer.cash_balance() == before + 300
    [charge] = faxes.fee_charges(item)
    assert charge.kind == "fax_in" and charge.status == charges.PAID and charge.receipt_id == receipt.id
    assert "收传真 X000001" in receipt.lines[0]["description"]


def test_the_price_is_that_of_the_time_received(roster, receptionist_ctx, admin_ctx, frozen):
    item = fax(receptionist_ctx, pages="2")
    page = prices.item("fax_in.page")
    prices.set_price(admin_ctx, page, "1.50", frozen.now() + timedelta(hours=1))
    frozen.advance(hours=2)
    later = fax(receptionist_ctx, pages="2")
    assert (item.fee_fen, later.fee_fen) == (200, 300)
    done = faxes.collect(receptionist_ctx, [item, later], "wechat", collector_name="刘经理")
    assert done.document.total_fen == 500 and len(done.document.lines) == 2


def test_signed_to_the_company_account_gives_a_voucher(roster, receptionist_ctx):
    item = fax(receptionist_ctx)
    before = drawer.cash_balance()
    done = faxes.collect(receptionist_ctx, [item], "account", collector_name="刘经理", payer=COMPANY)
    assert done.document.series == "S" and done.document.total_fen == 300
    assert faxes.fee_charges(item)[0].status == charges.SIGNED
    assert drawer.cash_balance() == before


def test_paid_at_the_finance_office_records_its_receipt_number(roster, receptionist_ctx, admin_ctx):
    settings.put(admin_ctx, "money.pay_at.fax_in", "finance")
    item = fax(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        faxes.collect(receptionist_ctx, [item], "cash", collector_name="刘经理")
    assert "method" in refused.value.errors
    assert IncomingFax.get_by_id(item.id).status == held.WAITING  # nothing written: one transaction
    with pytest.raises(ValidationError) as refused:
        faxes.collect(receptionist_ctx, [item], "finance", collector_name="刘经理")
    assert "finance_receipt_no" in refused.value.errors
    assert not faxes.fee_charges(item)
    done = faxes.collect(receptionist_ctx, [item], "finance", collector_name="刘经理", finance_receipt_no="CW-0815")
    assert done.document is None
    [charge] = faxes.fee_charges(item)
    assert charge.status == charges.FINANCE and charge.finance_receipt_no == "CW-0815"


def test_the_fee_needs_a_method_through_the_shared_hand_over(roster, receptionist_ctx):
    item = fax(receptionist_ctx)
    book = held.book("faxes")
    with pytest.raises(ValidationError) as refused:
        book.hand_over(receptionist_ctx, [item], collector_name="刘经理")
    assert "method" in refused.value.errors
    handed = book.hand_over(receptionist_ctx, [item], collector_name="刘经理", method="cash")
    assert IncomingFax.get_by_id(item.id).hand_over_id == handed.id


def test_a_hand_over_cannot_happen_twice(roster, receptionist_ctx):
    item = fax(receptionist_ctx)
    faxes.collect(receptionist_ctx, [item], "cash", collector_name="刘经理")
    with pytest.raises(StateError):
        faxes.collect(receptionist_ctx, [IncomingFax.get_by_id(item.id)], "cash", collector_name="张三")
    assert len(faxes.fee_charges(item)) == 1


def test_no_company_name_is_marked_to_be_checked(roster, receptionist_ctx, frozen):
    item = fax(receptionist_ctx, recipient_company="", recipient_name="刘经理", recipient_unit="1203")
    assert item.unidentified == 1 and item.no_recipient == 0 and item.marks == "待查"
    assert rule("to_check").query(frozen.now()).count() == 1
    assert rule("to_notify").query(frozen.now()).count() == 0
    faxes.correct(receptionist_ctx, item, "查到公司", recipient_company=COMPANY)
    item = IncomingFax.get_by_id(item.id)
    assert item.unidentified == 0 and rule("to_check").query(frozen.now()).count() == 0
    assert rule("to_notify").query(frozen.now()).count() == 1


def test_no_such_person_prints_the_no_recipient_slip_and_is_archived_at_72_hours(roster, receptionist_ctx, frozen):
    unknown = fax(receptionist_ctx, recipient_company="四海通达有限公司", recipient_name="不认识")
    assert unknown.no_recipient == 1 and unknown.unidentified == 0  # a company the building does not have
    item = fax(receptionist_ctx, recipient_company="", recipient_name="不认识", recipient_unit="")
    assert item.unidentified == 1 and item.no_recipient == 0  # 待查 first: the desk looks for the person
    faxes.mark_no_recipient(receptionist_ctx, item)  # checked, nobody found
    assert item.no_recipient == 1 and item.marks == "待查、无收件人"
    assert [d.key for d in faxes.SPEC.documents if d.applies(item)] == ["no_recipient"]
    slip = faxes.no_recipient_data(item, 0)
    assert slip["title_zh"] == "无收件人" and slip["code"] == "X000002"
    assert ["归档 Archive on", clock.local_text(item.received_at + timedelta(hours=72))] in slip["rows"]
    with pytest.raises(StateError):
        faxes.notify(receptionist_ctx, item, "phone")
    with pytest.raises(StateError):
        faxes.collect(receptionist_ctx, [item], "cash", collector_name="某人")
    frozen.advance(hours=71, minutes=59)
    assert rule("archive_due").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("archive_due").query(frozen.now()).count() == 2
    assert IncomingFax.get_by_id(item.id).status == held.WAITING  # listed, never changed by itself
    held.book("faxes").return_item(receptionist_ctx, item, "archived")
    assert item.status == held.RETURNED and item.returned_how == "archived"
    assert rule("archive_due").query(frozen.now()).count() == 1


def test_an_unclaimed_fax_is_due_for_the_archive_72_hours_after_it_was_received(roster, receptionist_ctx, frozen):
    received = frozen.now() - timedelta(hours=2)
    fax(receptionist_ctx, received_time=clock.local_text(received))
    frozen.advance(hours=69, minutes=59)
    assert rule("archive_due").query(frozen.now()).count() == 0
    frozen.advance(minutes=1)
    assert rule("archive_due").query(frozen.now()).count() == 1


def test_checked_and_nobody_found_is_marked_by_the_operator(roster, receptionist_ctx):
    item = fax(receptionist_ctx, recipient_name="王不在")
    faxes.mark_no_recipient(receptionist_ctx, item)
    assert item.no_recipient == 1 and "无收件人" in faxes.summary(item)
    with pytest.raises(StateError):
        faxes.mark_no_recipient(receptionist_ctx, item)


def test_an_awaited_fax_is_matched_when_it_arrives(roster, receptionist_ctx):
    note = faxes.await_fax(receptionist_ctx, company="蓝天贸易", name="", room="1203", phone="13812345678")
    other = faxes.await_fax(receptionist_ctx, name="陈红", room="805")
    assert note.masked_phone == "138****5678"
    with pytest.raises(ValidationError):
        faxes.await_fax(receptionist_ctx, room="900")
    item = fax(receptionist_ctx)
    assert [n.id for n in faxes.waiting_for(item)] == [note.id]
    faxes.notify_waiting(receptionist_ctx, item, note)
    assert AwaitedFax.get_by_id(note.id).status == faxes.MATCHED
    assert AwaitedFax.get_by_id(note.id).matched_fax_id == item.id
    assert item.status == held.NOTIFIED
    [told] = held.notifications(faxes.SPEC, item)
    assert told.channel == "phone" and f"#{note.id}" in told.note
    assert [n.id for n in faxes.waiting_notes()] == [other.id]
    faxes.cancel_await(receptionist_ctx, other, "客人说不用了")
    assert faxes.waiting_notes() == []
    with pytest.raises(StateError):
        faxes.cancel_await(receptionist_ctx, other)


def test_a_name_matches_and_telling_the_company_closes_the_note(roster, receptionist_ctx):
    note = faxes.await_fax(receptionist_ctx, name="刘经理", phone="")
    item = fax(receptionist_ctx)
    assert faxes.waiting_for(item) == [AwaitedFax.get_by_id(note.id)]
    faxes.notify(receptionist_ctx, item, "phone", "no_answer")
    assert AwaitedFax.get_by_id(note.id).status == faxes.WAITING_NOTE
    faxes.notify(receptionist_ctx, item, "phone", "reached")
    assert AwaitedFax.get_by_id(note.id).status == faxes.MATCHED


def test_voids_need_a_supervisor_and_a_settled_fee_voided_first(roster, receptionist_ctx, supervisor):
    item = fax(receptionist_ctx)
    with pytest.raises(NeedsAuthorisation):
        faxes.void(receptionist_ctx, item, "登记重复")
    lead = Ctx(receptionist_ctx.operator, receptionist_ctx.shift, authorised_by=Operator.get_by_id(supervisor.id))
    done = faxes.collect(receptionist_ctx, [item], "cash", collector_name="刘经理")
    with pytest.raises(StateError):
        faxes.void(lead, item, "登记重复")
    receipts.void(lead, done.document, "开错")
    owed = faxes.open_fee(item)
    assert owed is not None and rule("fee_owed").query(clock.now()).count() == 1
    again = faxes.settle_fee(receptionist_ctx, item, "wechat")
    assert again.total_fen == 300 and rule("fee_owed").query(clock.now()).count() == 0
    second = fax(receptionist_ctx, pages="1")
    faxes.void(lead, second, "登记重复")
    assert IncomingFax.get_by_id(second.id).status == "voided"


def test_bad_input_gets_a_sentence_by_the_field(roster, receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        faxes.receive(receptionist_ctx, pages="0", recipient_company="", recipient_name="", received_time="25:99")
    assert {"pages", "recipient_name", "received_time"} <= set(refused.value.errors)
    assert not IncomingFax.select().exists()


def test_collection_slip_shows_the_fee_and_how_it_was_paid(roster, receptionist_ctx):
    item = fax(receptionist_ctx)
    done = faxes.collect(receptionist_ctx, [item], "cash", collector_name="刘经理")
    data = faxes.collection_slip_data(IncomingFax.get_by_id(item.id), 0)
    rows = dict(data["rows"])
    assert rows["费用 Fee"].startswith("¥3.00") and done.document.number in rows["付款 Paid"]
    assert rows["领取人 Collected by"] == "刘经理"


def test_a_correction_from_the_form_keeps_the_time_and_reprices_the_pages(roster, receptionist_ctx, frozen):
    frozen.advance(seconds=37)
    item = fax(receptionist_ctx)
    received = item.received_at
    form = {f.name: getattr(item, f.name) for f in faxes.SPEC.form_fields}
    form.update(pages="5")
    faxes.correct(receptionist_ctx, item, "页数数错", **{k: v for k, v in form.items() if k in faxes.CORRECTABLE})
    item = IncomingFax.get_by_id(item.id)
    assert item.received_at == received and (item.pages, item.fee_fen) == (5, 500)
    faxes.correct(receptionist_ctx, item, "时间记错", received_time=clock.local_text(received - timedelta(hours=1)))
    assert IncomingFax.get_by_id(item.id).received_at == (received - timedelta(hours=1)).replace(second=0)
