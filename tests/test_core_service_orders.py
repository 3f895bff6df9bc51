"""Business-centre service orders from order to settlement, through the charges core (issue 3)."""

from __future__ import annotations

import pytest

from frontdesk_gui.core import shift
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.logbooks import drawer, receipts, service_orders
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.models import Charge


def copy_job(ctx, **extra):
    values = dict(service="copy", payer_name="张三", company_name="", paper_size="a4", sides="single", colour="bw",
                  copies_per_set="12", sets="1")
    values.update(extra)
    return service_orders.take_order(ctx, **values)


def test_a_copy_job_is_priced_at_order_time_and_settled_in_cash(receptionist_ctx):
    order = copy_job(receptionist_ctx)
    assert order.total_fen == 12 * 50 and order.deposit_fen == 0
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    assert receipt.number.endswith("-000001") and receipt.total_fen == 600
    assert order.status == service_orders.SETTLED
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["cash"]["taken"] == 600


def test_a_fax_is_charged_per_started_minute(receptionist_ctx):
    order = service_orders.take_order(receptionist_ctx, service="fax_send", payer_name="李四", item_code="fax.hk",
                                      fax_number="85212345678", pages="3", duration="2:10", error_pages="1")
    assert order.lines[0]["quantity"] == 3 and order.total_fen == 3 * 600
    assert order.duration_seconds == 130 and order.error_pages == 1


def test_a_large_job_needs_its_deposit_before_it_is_done(receptionist_ctx):
    order = copy_job(receptionist_ctx, colour="colour", paper_size="a3", sides="double", copies_per_set="10",
                     sets="3")
    assert order.total_fen == 30 * 700
    assert order.deposit_fen == 10500  # 50% of 210.00, rounded up to the yuan
    with pytest.raises(StateError):
        service_orders.mark_done(receptionist_ctx, order)
    deposit_receipt = service_orders.take_deposit(receptionist_ctx, order, "wechat")
    assert deposit_receipt.total_fen == 10500
    service_orders.mark_done(receptionist_ctx, order)
    final = service_orders.settle(receptionist_ctx, order, "cash")
    assert final.total_fen == 21000 - 10500
    assert any(line["amount_fen"] == -10500 for line in final.lines)


def test_signing_to_a_company_account_prints_a_voucher_not_a_receipt(receptionist_ctx, admin_ctx):
    directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")
    order = copy_job(receptionist_ctx, company_name="上海蓝天贸易有限公司")
    service_orders.mark_done(receptionist_ctx, order)
    voucher = service_orders.settle(receptionist_ctx, order, "account")
    assert voucher.series == "S" and voucher.number.startswith("S")
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["cash"]["taken"] == 0


def test_signing_needs_a_directory_company(receptionist_ctx):
    order = copy_job(receptionist_ctx, company_name="不存在的公司")
    service_orders.mark_done(receptionist_ctx, order)
    with pytest.raises(ValidationError) as refused:
        service_orders.settle(receptionist_ctx, order, "account")
    assert "company" in refused.value.errors
    assert order.status == service_orders.DONE


def test_a_voided_receipt_keeps_its_number_and_reopens_the_order(receptionist_ctx, supervisor):
    order = copy_job(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    lead = shift.login("lead", "lead-pass")
    receipts.void(lead, receipt, "金额开错")
    assert receipt.status == "voided" and receipt.number.endswith("000001")
    order = service_orders.ServiceOrder.get_by_id(order.id)
    assert order.status == service_orders.DONE
    again = service_orders.settle(receptionist_ctx, order, "cash")
    assert again.number.endswith("000002")
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["cash"]["net"] == 600


def test_internal_use_takes_no_money(receptionist_ctx):
    order = copy_job(receptionist_ctx, customer_kind="internal", department="工程部", reason="维修记录复印",
                     approver="赵经理")
    service_orders.mark_done(receptionist_ctx, order)
    assert service_orders.settle(receptionist_ctx, order, "internal") is None
    charge = Charge.get(Charge.source_id == order.id)
    assert charge.status == charges.INTERNAL


def test_a_deposit_is_refunded_with_a_voucher_tied_to_its_receipt(receptionist_ctx):
    order = copy_job(receptionist_ctx, colour="colour", paper_size="a3", sides="double", copies_per_set="10",
                     sets="3")
    taken = service_orders.take_deposit(receptionist_ctx, order, "cash")
    message = receipts.refund(receptionist_ctx, taken)
    voucher = taken.refunds.get()
    assert voucher.series == "F" and voucher.refund_of_id == taken.id and voucher.number in str(message)
    assert drawer.cash_balance() == 0


@pytest.mark.parametrize(("values", "item", "quantity", "fen"), [
    ({"service": "fax_send", "item_code": "fax.us", "pages": "2", "duration": "0:45"}, "fax.us", 1, 1200),
    ({"service": "fax_send", "item_code": "fax.cn", "pages": "9", "duration": "4"}, "fax.cn", 4, 800),
    ({"service": "copy", "paper_size": "a3", "sides": "double", "colour": "bw", "zoom": "reduce",
      "copies_per_set": "5", "sets": "4"}, "copy.a3.double.bw", 20, 3200),
    ({"service": "typing", "item_code": "typing.en", "pages": "3"}, "typing.en", 3, 2400),
    ({"service": "print", "paper_size": "a4", "colour": "colour", "pages": "7"}, "print.a4.colour", 7, 2100),
    ({"service": "scan", "pages": "15"}, "scan.page", 15, 1500),
    ({"service": "binding", "sets": "2"}, "binding.set", 2, 1000),
    ({"service": "lamination", "paper_size": "a3", "quantity": "3"}, "laminate.a3", 3, 1500),
    ({"service": "other", "item_code": "other.secretarial", "quantity": "2"}, "other.secretarial", 2, 12000),
])
def test_each_service_is_priced_from_its_own_fields(receptionist_ctx, values, item, quantity, fen):
    order = service_orders.take_order(receptionist_ctx, payer_name="张三", **values)
    assert order.item_code == item
    assert order.lines[0]["quantity"] == quantity and order.total_fen == fen
    assert order.deposit_fen == (6000 if fen == 12000 else 0)


def test_fields_of_other_services_are_not_kept(receptionist_ctx):
    order = service_orders.take_order(receptionist_ctx, service="scan", payer_name="张三", pages="2",
                                      fax_number="12345678", copies_per_set="3")
    assert order.fax_number is None and order.copies_per_set is None


@pytest.mark.parametrize(("values", "field"), [
    ({"service": "fax_send", "item_code": "fax.cn", "pages": "1", "duration": "2:75"}, "duration"),
    ({"service": "fax_send", "item_code": "fax.cn", "pages": "1"}, "duration"),
    ({"service": "copy", "copies_per_set": "0", "sets": "1"}, "copies_per_set"),
    ({"service": "other", "quantity": "1"}, "item_code"),
    ({"service": "typing", "item_code": "typing.zh", "pages": "2", "keep_file": "yes"}, "keep_until"),
    ({"service": "scan", "pages": "2", "customer_kind": "internal"}, "approver"),
    ({"service": "scan", "pages": "2", "phone": "12"}, "phone"),
])
def test_bad_orders_get_a_sentence_by_the_field(receptionist_ctx, values, field):
    with pytest.raises(ValidationError) as refused:
        service_orders.take_order(receptionist_ctx, payer_name="张三", **values)
    assert field in refused.value.errors
    assert not service_orders.ServiceOrder.select().exists()


def test_typing_goes_through_draft_and_proof_before_it_is_done(receptionist_ctx):
    order = service_orders.take_order(receptionist_ctx, service="typing", payer_name="张三", item_code="typing.zh",
                                      pages="2", keep_file="yes", keep_until="2026-12-31")
    with pytest.raises(StateError):
        service_orders.mark_done(receptionist_ctx, order)
    for stage in ("draft_printed", "proofed", "final"):
        assert service_orders.advance_typing(receptionist_ctx, order).typing_stage == stage
    service_orders.mark_done(receptionist_ctx, order)
    assert order.done_by == "李前台"


def test_a_deposit_bigger_than_the_final_bill_is_refunded(receptionist_ctx):
    order = copy_job(receptionist_ctx, colour="colour", paper_size="a3", sides="double", copies_per_set="10",
                     sets="3")
    service_orders.take_deposit(receptionist_ctx, order, "cash")
    service_orders.correct(receptionist_ctx, order, "客户只要一套", sets="1")
    assert order.total_fen == 7000
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    assert receipt.total_fen == 7000
    assert drawer.cash_balance() == 7000  # 105 in, 105 back, 70 in
