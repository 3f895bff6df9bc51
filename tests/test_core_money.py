"""The money core (issue 3): amounts, capitals, pricing rules, prices with effective dates, gapless
numbers under concurrent writers, voids and refunds, where fees are paid, accounts and the drawer."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest

from frontdesk_gui.core import clock, settings, shift
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import NeedsAuthorisation, StateError, ValidationError
from frontdesk_gui.core.logbooks import drawer, receipts, service_orders
from frontdesk_gui.core.money import accounts, charges, prices
from frontdesk_gui.core.money.amounts import capitals, deposit_for, parse_yuan, started_units, yuan
from frontdesk_gui.core.money.models import Charge, Receipt


@pytest.mark.parametrize(("fen", "text"), [
    (0, "零元整"), (5, "伍分"), (1000, "壹拾元整"), (100000001, "壹佰万元零壹分"), (12345, "壹佰贰拾叁元肆角伍分"),
    (10050, "壹佰元伍角"), (100100, "壹仟零壹元整"), (1000000000, "壹仟万元整"), (60, "陆角"),
])
def test_capitals(fen, text):
    assert capitals(fen) == text


@pytest.mark.parametrize(("typed", "fen"), [("12.5", 1250), ("¥1,200", 120000), ("0.05", 5), ("3", 300),
                                            ("1000000.01", 100000001), ("8.00元", 800)])
def test_amounts_typed_become_fen(typed, fen):
    assert parse_yuan(typed) == fen
    assert yuan(fen) == f"{fen // 100}.{fen % 100:02d}"


@pytest.mark.parametrize("typed", ["1.234", "-1", "abc", "0", "", "1e3", "nan", "12.3.4"])
def test_bad_amounts_get_a_sentence(typed):
    with pytest.raises(ValidationError) as refused:
        parse_yuan(typed)
    assert str(refused.value.errors["amount"])


def test_time_is_charged_per_started_unit():
    assert started_units(130, 60) == 3
    assert started_units(120, 60) == 2
    assert started_units(1, 60) == 1
    assert started_units(0, 60) == 1


def test_deposit_is_half_rounded_up_to_the_yuan_above_the_threshold():
    assert deposit_for(10000, 10000, 50) == 0          # exactly 100 yuan: not over
    assert deposit_for(10001, 10000, 50) == 5100       # 50.005 -> 51 yuan
    assert deposit_for(25050, 10000, 50) == 12600      # 125.25 -> 126 yuan
    assert deposit_for(30000, 10000, 50) == 15000


def test_the_fax_unit_and_the_deposit_rules_are_settings(receptionist_ctx, admin_ctx):
    settings.put(admin_ctx, "money.time_unit_seconds", 30)
    order = service_orders.take_order(receptionist_ctx, service="fax_send", payer_name="李四", item_code="fax.cn",
                                      pages="1", duration="2:10")
    assert order.lines[0]["quantity"] == 5  # five started half-minutes
    settings.put(admin_ctx, "money.deposit_over_fen", 500)
    order = service_orders.take_order(receptionist_ctx, service="scan", payer_name="李四", pages="6")
    assert order.total_fen == 600 and order.deposit_fen == 300


def test_an_order_keeps_the_price_of_the_moment_it_was_taken(receptionist_ctx, supervisor, frozen):
    lead = shift.login("lead", "lead-pass")
    order = service_orders.take_order(receptionist_ctx, service="scan", payer_name="王五", pages="10")
    assert order.total_fen == 1000
    frozen.advance(minutes=5)
    prices.set_price(lead, prices.item("scan.page"), "1.50")
    later = service_orders.take_order(receptionist_ctx, service="scan", payer_name="王五", pages="10")
    assert later.total_fen == 1500
    # A correction prices again at the moment the first order was taken.
    corrected = service_orders.correct(receptionist_ctx, order, "页数数错", pages="12")
    assert corrected.total_fen == 1200


def test_a_price_cannot_take_effect_in_the_past_and_needs_a_supervisor(receptionist_ctx, supervisor):
    lead = shift.login("lead", "lead-pass")
    item = prices.item("scan.page")
    with pytest.raises(ValidationError) as refused:
        prices.set_price(lead, item, "2.00", clock.now() - timedelta(days=1))
    assert "effective_from" in refused.value.errors
    with pytest.raises(NeedsAuthorisation):
        prices.set_price(receptionist_ctx, item, "2.00")
    future = clock.now() + timedelta(days=7)
    prices.set_price(lead, item, "2.00", future)
    assert prices.price_at(item, clock.now()) == 100
    assert prices.price_at(item, future) == 200


def _issue_receipts(path: str, count: int, queue) -> None:
    """One writer process: its own connection, issuing `count` receipts as fast as it can."""
    connect(path)
    ctx = shift.login("desk", "desk-pass")
    numbers = []
    for _ in range(count):
        charge = charges.raise_charge(ctx, kind="service", source="test", source_id=None, payer="并发",
                                      lines=[charges.line("扫描", 1, "page", 100)])
        numbers.append(charges.settle(ctx, charge, "cash").seq)
    close()
    queue.put(numbers)


def test_receipt_numbers_have_no_gaps_under_concurrent_writers(receptionist_ctx, tmp_path):
    path = str(tmp_path / "counter.sqlite")
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    writers = [context.Process(target=_issue_receipts, args=(path, 15, queue)) for _ in range(4)]
    for writer in writers:
        writer.start()
    seen = [n for _ in writers for n in queue.get(timeout=120)]
    for writer in writers:
        writer.join(timeout=60)
        assert writer.exitcode == 0
    assert sorted(seen) == list(range(1, 61))
    stored = [r.seq for r in Receipt.select().where(Receipt.series == "R").order_by(Receipt.seq)]
    assert stored == list(range(1, 61))


def test_a_failed_write_gives_its_number_back(receptionist_ctx):
    charge = charges.raise_charge(receptionist_ctx, kind="service", source="test", source_id=None, payer="甲",
                                  lines=[charges.line("扫描", 1, "page", 100)])
    no_shift = type(receptionist_ctx)(receptionist_ctx.operator, None)
    with pytest.raises(StateError):
        charges.settle(no_shift, charge, "cash")  # no shift: the drawer refuses, the receipt rolls back
    assert charges.settle(receptionist_ctx, charge, "cash").seq == 1


def test_numbers_start_again_each_year_and_per_series(receptionist_ctx, frozen):
    first = charges.settle(receptionist_ctx, _charge(receptionist_ctx), "cash")
    assert first.number == "R2026-000001"
    frozen.set(frozen.now().replace(year=2027, month=1, day=2))
    ctx = shift.login("desk", "desk-pass")
    assert charges.settle(ctx, _charge(ctx), "cash").number == "R2027-000001"


def _charge(ctx, fen=100, **extra):
    return charges.raise_charge(ctx, kind="service", source="test", source_id=None, payer="甲",
                                lines=[charges.line("扫描", 1, "page", fen)], **extra)


def test_voiding_needs_a_supervisor_and_a_reason_and_happens_once(receptionist_ctx, supervisor):
    receipt = charges.settle(receptionist_ctx, _charge(receptionist_ctx), "cash")
    with pytest.raises(NeedsAuthorisation):
        receipts.void(receptionist_ctx, receipt, "开错了")
    lead = shift.login("lead", "lead-pass")
    with pytest.raises(ValidationError):
        receipts.void(lead, receipt, "")
    receipts.void(lead, receipt, "开错了")
    with pytest.raises(StateError):
        receipts.void(lead, Receipt.get_by_id(receipt.id), "again")
    assert Receipt.get_by_id(receipt.id).number == receipt.number
    assert drawer.cash_balance() == 0


def test_a_deposit_can_be_refunded_once_or_kept_with_a_reason(receptionist_ctx):
    deposit = _charge(receptionist_ctx, 5000, deposit=True)
    taken = charges.settle(receptionist_ctx, deposit, "cash")
    assert list(charges.held_deposits()) == [Charge.get_by_id(deposit.id)]
    voucher = charges.refund_deposit(receptionist_ctx, deposit)
    assert voucher.refund_of_id == taken.id and voucher.number.startswith("F")
    with pytest.raises(StateError):
        charges.refund_deposit(receptionist_ctx, deposit)
    other = _charge(receptionist_ctx, 5000, deposit=True)
    charges.settle(receptionist_ctx, other, "cash")
    with pytest.raises(ValidationError):
        charges.keep_deposit(receptionist_ctx, other, "")
    charges.keep_deposit(receptionist_ctx, other, "钥匙遗失")
    assert Charge.get_by_id(other.id).status == charges.KEPT
    assert drawer.cash_balance() == 5000
    with pytest.raises(ValidationError):
        charges.settle(receptionist_ctx, _charge(receptionist_ctx, 5000, deposit=True), "account")


def test_fees_paid_at_the_finance_office_record_its_receipt_number(receptionist_ctx, admin_ctx):
    settings.put(admin_ctx, "money.pay_at.service", "finance")
    with pytest.raises(ValidationError) as refused:
        charges.settle(receptionist_ctx, _charge(receptionist_ctx), "cash")
    assert "method" in refused.value.errors
    charge = _charge(receptionist_ctx)
    with pytest.raises(ValidationError):
        charges.settle(receptionist_ctx, charge, "finance")
    assert charges.settle(receptionist_ctx, charge, "finance", finance_receipt_no="CW-0098") is None
    assert Charge.get_by_id(charge.id).finance_receipt_no == "CW-0098"
    assert not Receipt.select().exists() and drawer.cash_balance() == 0


def test_a_settled_charge_cannot_be_settled_again(receptionist_ctx):
    charge = _charge(receptionist_ctx)
    charges.settle(receptionist_ctx, charge, "alipay")
    with pytest.raises(StateError):
        charges.settle(receptionist_ctx, charge, "cash")


def _signed_order(ctx, company_name, copies):
    order = service_orders.take_order(ctx, service="copy", payer_name="刘经理", company_name=company_name,
                                      paper_size="a4", sides="single", colour="bw", copies_per_set=str(copies),
                                      sets="1")
    service_orders.mark_done(ctx, order)
    return service_orders.settle(ctx, order, "account")


def test_company_account_statement_and_settlement(receptionist_ctx, admin_ctx, supervisor):
    company = directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")
    _signed_order(receptionist_ctx, company.name, 10)
    _signed_order(receptionist_ctx, company.name, 4)
    [(listed, count, owed)] = accounts.balances()
    assert (listed.id, count, owed) == (company.id, 2, 700)
    data = accounts.statement_data(company, "2026-11", produced_by="李前台")
    assert data["count"] == 2 and data["total"] == "7.00" and data["capitals"] == "柒元整"
    assert data["rows"][0]["voucher"].startswith("S2026-")
    receipt = accounts.settle_month(receptionist_ctx, company, "2026-11", "card")
    assert receipt.total_fen == 700 and accounts.balances() == []
    assert accounts.statement_data(company, "2026-11", produced_by="x")["settled_receipt"] == receipt.number
    with pytest.raises(StateError):
        accounts.settle_month(receptionist_ctx, company, "2026-11", "card")
    # Voiding the settlement receipt puts the charges back on the account.
    receipts.void(shift.login("lead", "lead-pass"), receipt, "刷卡失败")
    assert accounts.balances()[0][2] == 700


def test_the_drawer_counts_and_hands_over(receptionist_ctx, supervisor, frozen):
    drawer.record(receptionist_ctx, kind="float", amount="200")
    charges.settle(receptionist_ctx, _charge(receptionist_ctx, 1500), "cash")
    charges.settle(receptionist_ctx, _charge(receptionist_ctx, 800), "wechat")
    with pytest.raises(ValidationError) as refused:
        drawer.record(receptionist_ctx, kind="payout", amount="10")
    assert "reason" in refused.value.errors
    drawer.record(receptionist_ctx, kind="payout", amount="10", reason="买打印纸")
    assert drawer.cash_balance() == 20000 + 1500 - 1000
    with pytest.raises(ValidationError):
        drawer.count(receptionist_ctx, "204.00")
    drawer.count(receptionist_ctx, "204.00", "少找零 1 元")
    summary = drawer.shift_summary(receptionist_ctx.shift)
    assert summary["methods"]["cash"]["taken"] == 1500 and summary["methods"]["wechat"]["taken"] == 800
    assert summary["counted"] == 20400 and summary["difference"] == -100 and summary["float"] == 20000
    assert drawer.cash_balance() == 20400
    with pytest.raises(NeedsAuthorisation):
        drawer.daily_total(receptionist_ctx, clock.local(clock.now()).date())
    day = drawer.daily_total(shift.login("lead", "lead-pass"), clock.local(clock.now()).date())
    assert day["cash"]["payment"] == 1500 and day["wechat"]["payment"] == 800


def test_cash_taken_after_hours_is_handed_to_the_cashier_before_nine(receptionist_ctx, frozen):
    frozen.set(frozen.now().replace(hour=20))
    ctx = shift.login("desk", "desk-pass")
    charges.settle(ctx, _charge(ctx, 3000), "cash")
    rules = {r.key: r for r in drawer.SPEC.attention}
    assert rules["cash_hand_over"].query(clock.now()).count() == 0
    frozen.set(frozen.now().replace(hour=8, minute=30) + timedelta(days=1))
    assert rules["cash_hand_over"].query(clock.now()).count() == 1
    frozen.set(frozen.now().replace(hour=9, minute=0))
    assert rules["cash_late"].query(clock.now()).count() == 1
    ctx = shift.login("desk", "desk-pass")
    drawer.record(ctx, kind="to_cashier", amount="30", cashier_name="财务 陈会计")
    assert rules["cash_late"].query(clock.now()).count() == 0
