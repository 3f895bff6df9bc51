"""Passes and access cards (issue 5, CATALOGUE A24-A30): fees and deposits through charges, validity limits,
renewal, return with a refund voucher, a lost card keeping its deposit, expiry attention, the slip."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest

from frontdesk_gui.core import printing, settings
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.logbooks import drawer, passes
from frontdesk_gui.core.logbooks.passes import Pass
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.models import Receipt
from frontdesk_gui.reports import registry

TODAY = date(2026, 11, 23)  # the frozen clock's local day (09:00 UTC = 17:00 in Shanghai)
ID = "11010519491231002X"


def tenant(ctx, **extra):
    values = dict(kind="tenant", card_no="T-0012", holder_name="陈租客", id_type="resident_id", id_number=ID,
                  phone="13812341234", unit="3栋1203", lease_seen=True, photo_seen=True, lease_from="2026-11-01",
                  lease_until="2027-10-31", pay_method="cash")
    values.update(extra)
    return passes.issue(ctx, **values)


def rule(key):
    return next(r for r in passes.SPEC.attention if r.key == key)


def ids(query):
    return [p.id for p in query]


def money_of(card):
    return charges.for_source("passes", card.id)


def test_a_tenant_card_takes_fee_and_deposit_each_with_a_receipt_into_the_drawer(receptionist_ctx):
    before = drawer.cash_balance()
    card = tenant(receptionist_ctx)
    assert card.status == passes.ACTIVE and card.valid_from == TODAY
    assert card.valid_until == date(2027, 10, 31)  # the lease ends before a year is up
    fee, deposit = money_of(card)
    assert (fee.kind, fee.amount_fen, fee.deposit, fee.status) == ("pass_fee", 500, False, charges.PAID)
    assert (deposit.kind, deposit.amount_fen, deposit.deposit) == ("pass_deposit", 1000, True)
    assert fee.receipt.total_fen == 500 and deposit.receipt.total_fen == 1000
    assert fee.receipt.payer == "陈租客"
    assert drawer.cash_balance() - before == 1500
    assert [p.id for p in passes.rented_units()] == [card.id]


def test_a_tenant_card_needs_the_lease_and_the_photo(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        tenant(receptionist_ctx, lease_seen=False, photo_seen=False, lease_until="")
    assert {"lease_seen", "photo_seen", "lease_until"} <= set(refused.value.errors)
    assert Pass.select().count() == 0


def test_a_resident_card_is_free_and_a_non_owner_needs_the_signed_letter(receptionist_ctx):
    before = drawer.cash_balance()
    values = dict(kind="resident", card_no="R-1", holder_name="王业主", unit="2栋801")
    card = passes.issue(receptionist_ctx, **values)
    assert money_of(card) == [] and card.valid_until is None and drawer.cash_balance() == before
    with pytest.raises(ValidationError) as refused:
        passes.issue(receptionist_ctx, **{**values, "card_no": "R-2", "holder_name": "王小弟",
                                          "authorised_by_owner": "王业主"})
    assert "letter_seen" in refused.value.errors
    card = passes.issue(receptionist_ctx, **{**values, "card_no": "R-2", "holder_name": "王小弟",
                                             "authorised_by_owner": "王业主", "letter_seen": True})
    assert card.authorised_by_owner == "王业主" and card.letter_seen == 1


def test_a_renovation_pass_is_brought_by_the_owner_and_runs_three_months_at_most(receptionist_ctx):
    values = dict(kind="renovation", card_no="Z-7", holder_name="刘师傅", id_number=ID, unit="5栋302",
                  photo_seen=True, pay_method="wechat")
    with pytest.raises(ValidationError) as refused:
        passes.issue(receptionist_ctx, **values)
    assert "owner_name" in refused.value.errors
    with pytest.raises(ValidationError) as refused:
        passes.issue(receptionist_ctx, **values, owner_name="周业主", valid_until="2027-03-01")
    assert str(refused.value.errors["valid_until"]) == "装修临时出入证最长有效 3 个月,最晚到 2027-02-23。"
    card = passes.issue(receptionist_ctx, **values, owner_name="周业主")
    assert card.valid_until == date(2027, 2, 23)
    fee, deposit = money_of(card)
    assert (fee.amount_fen, deposit.amount_fen, fee.method) == (500, 1000, "wechat")


def test_a_tenant_card_over_a_year_is_refused_with_a_sentence(receptionist_ctx):
    with pytest.raises(ValidationError) as refused:
        tenant(receptionist_ctx, lease_until="2028-12-31", valid_until="2027-12-01")
    assert str(refused.value.errors["valid_until"]) == "租户证最长有效 12 个月,最晚到 2027-11-23。"


def test_a_live_card_number_cannot_be_issued_twice(receptionist_ctx):
    first = tenant(receptionist_ctx)
    with pytest.raises(ValidationError) as refused:
        tenant(receptionist_ctx, holder_name="别人", card_no="t-0012")
    assert "陈租客" in str(refused.value.errors["card_no"])
    passes.return_card(receptionist_ctx, first)
    assert tenant(receptionist_ctx, holder_name="别人").card_no == "T-0012"


def test_paid_at_finance_records_its_receipt_number_and_no_counter_money(supervisor, admin_ctx, receptionist_ctx):
    settings.put(admin_ctx, "money.pay_at.pass", "finance")
    before = drawer.cash_balance()
    with pytest.raises(ValidationError) as refused:
        tenant(receptionist_ctx, pay_method="")
    assert "finance_receipt_no" in refused.value.errors
    card = tenant(receptionist_ctx, pay_method="", finance_receipt_no="CW-2026-0456")
    assert {(c.status, c.finance_receipt_no) for c in money_of(card)} == {(charges.FINANCE, "CW-2026-0456")}
    assert drawer.cash_balance() == before
    assert passes.return_card(receptionist_ctx, card) is None  # the holder collects the deposit at finance
    assert {c.status for c in money_of(card)} == {charges.FINANCE, charges.REFUNDED}


def test_renewal_charges_the_renewal_fee_within_the_maximum(receptionist_ctx, frozen):
    card = tenant(receptionist_ctx, lease_until="2028-06-30", valid_until="2026-12-31")
    reno = passes.issue(receptionist_ctx, kind="renovation", card_no="Z-1", holder_name="刘师傅", id_number=ID,
                        unit="5栋302", photo_seen=True, owner_name="周业主", pay_method="cash")
    frozen.advance(days=30)
    with pytest.raises(ValidationError) as refused:
        passes.renew(receptionist_ctx, card, "2028-01-01", "cash")
    assert str(refused.value.errors["valid_until"]) == "租户证最长有效 12 个月,最晚到 2027-12-23。"
    before = drawer.cash_balance()
    receipt = passes.renew(receptionist_ctx, card, "2027-12-23", "cash")
    card = Pass.get_by_id(card.id)
    assert card.valid_until == date(2027, 12, 23) and card.renewals == 1
    assert receipt.total_fen == 200 and drawer.cash_balance() - before == 200
    assert passes.renew(receptionist_ctx, reno, "2027-03-23", "cash").total_fen == 500


def test_return_refunds_the_deposit_with_a_voucher_tied_to_its_receipt(receptionist_ctx):
    card = tenant(receptionist_ctx)
    deposit_receipt = money_of(card)[1].receipt
    before = drawer.cash_balance()
    voucher = passes.return_card(receptionist_ctx, card)
    assert voucher.series == "F" and voucher.total_fen == 1000
    assert Receipt.get_by_id(voucher.id).refund_of_id == deposit_receipt.id
    assert drawer.cash_balance() - before == -1000
    card = Pass.get_by_id(card.id)
    assert card.status == passes.RETURNED and card.closed_at == TODAY
    assert passes.rented_units() == []
    with pytest.raises(StateError):
        passes.return_card(receptionist_ctx, card)


def test_an_access_card_is_lent_against_a_deposit_and_a_lost_one_keeps_it(receptionist_ctx):
    before = drawer.cash_balance()
    card = passes.issue(receptionist_ctx, kind="access", card_no="MJ-88", holder_name="林先生", id_number=ID,
                        unit="1203", valid_until="2026-11-30", pay_method="cash")
    (deposit,) = money_of(card)
    assert deposit.deposit and deposit.amount_fen == 5000 and drawer.cash_balance() - before == 5000
    with pytest.raises(ValidationError):
        passes.report_lost(receptionist_ctx, card, "")
    passes.report_lost(receptionist_ctx, card, "持卡人说丢在地铁上")
    assert charges.Charge.get_by_id(deposit.id).status == charges.KEPT
    card = Pass.get_by_id(card.id)
    assert card.status == passes.LOST and card.lost_reason == "持卡人说丢在地铁上"
    assert drawer.cash_balance() - before == 5000


def test_expiry_attention_at_seven_days_and_at_expiry(receptionist_ctx, frozen):
    card = tenant(receptionist_ctx, valid_until=(TODAY + timedelta(days=8)).isoformat())
    access = passes.issue(receptionist_ctx, kind="access", card_no="MJ-1", holder_name="林先生", id_number=ID,
                          unit="1203", valid_until=(TODAY + timedelta(days=2)).isoformat(), pay_method="cash")
    now = frozen.now
    assert ids(rule("expiring").query(now())) == []
    frozen.advance(days=1)
    assert ids(rule("expiring").query(now())) == [card.id]  # 7 days to go
    frozen.advance(days=2)
    assert ids(rule("access_overdue").query(now())) == [access.id]
    frozen.advance(days=5)  # the last valid day: still due soon, not overdue
    assert ids(rule("expiring").query(now())) == [card.id] and ids(rule("expired").query(now())) == []
    frozen.advance(days=1)
    assert ids(rule("expiring").query(now())) == [] and ids(rule("expired").query(now())) == [card.id]
    passes.renew(receptionist_ctx, card, None, "cash")
    assert ids(rule("expired").query(now())) == []
    passes.return_card(receptionist_ctx, access)
    assert ids(rule("access_overdue").query(now())) == []


def test_a_card_with_money_taken_is_voided_only_after_its_receipts(supervisor, receptionist_ctx, admin_ctx):
    card = tenant(receptionist_ctx)
    with pytest.raises(StateError):
        passes.void(admin_ctx, card, "办错了")
    for charge in money_of(card):
        charges.void_receipt(admin_ctx, charge.receipt, "办错了")
    assert passes.void(admin_ctx, Pass.get_by_id(card.id), "办错了").status == "voided"


def test_the_slip_shows_masked_numbers(receptionist_ctx, tmp_path):
    card = tenant(receptionist_ctx)
    data = printing.document_data(receptionist_ctx, passes.SPEC, card, "pass_slip")
    path = tmp_path / "slip.pdf"
    path.write_bytes(registry.render("held_slip", data))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "租户证" in text and "T-0012" in text and "陈租客" in text and "C000001" in text
    assert "1101**********002X" in text and "138****1234" in text
    assert ID not in text and "13812341234" not in text
    assert "2027-10-31" in text and "10.00" in text
