"""The key register, key loans with the outsider's deposit, lost keys, overdue loans, move-in hand-overs and
the monthly key count (CATALOGUE A32, A33, B5, C3, F2)."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest

from frontdesk_gui.core import settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import NeedsAuthorisation, PermissionDenied, StateError, ValidationError
from frontdesk_gui.core.logbooks import drawer, keys
from frontdesk_gui.core.logbooks.keys import Key, KeyLoan
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges
from frontdesk_gui.reports import registry

ID = "11010519491231002X"


@pytest.fixture
def lead(receptionist_ctx, supervisor):
    return Ctx(Operator.get_by_id(supervisor.id), receptionist_ctx.shift)


@pytest.fixture
def register(lead):
    keys.add_key(lead, tag="a-0301", category="vacant", building="3栋", floor="3层", unit="301", label="3栋301 入户门",
                 cabinet_position="A1", ring_count=3)
    keys.add_key(lead, tag="E-01", category="equipment", building="1栋", floor="B1", label="配电房备用",
                 cabinet_position="C4", ring_count=1)
    return lead


def staff_loan(ctx, tag="A-0301", **extra):
    values = dict(key_tag=tag, borrower_kind="staff", borrower_name="张师傅", department="工程部", purpose="查水表")
    values.update(extra)
    return keys.lend(ctx, **values)


def outsider_loan(ctx, tag="A-0301", **extra):
    values = dict(key_tag=tag, borrower_kind="outsider", borrower_name="刘装修", id_type="resident_id",
                  id_number=ID, phone="13812345678", purpose="看房", deposit_method="cash")
    values.update(extra)
    return keys.lend(ctx, **values)


def test_register_needs_a_supervisor_and_refuses_a_twin(register, receptionist_ctx):
    with pytest.raises((PermissionDenied, NeedsAuthorisation)):
        keys.add_key(receptionist_ctx, tag="X-1", category="other")
    with pytest.raises(ValidationError) as error:
        keys.add_key(register, tag="A-0301", category="vacant")
    assert "tag" in error.value.errors
    key = keys.key_by_tag("a-0301")
    assert (key.tag, key.ring_count, key.state, key.location) == ("A-0301", 3, "in", "3栋 3层 301")


def test_a_key_cannot_be_lent_twice(register, receptionist_ctx):
    loan = staff_loan(receptionist_ctx)
    assert loan.status == "out" and loan.deposit_fen == 0 and keys.key_by_tag("A-0301").state == "out"
    with pytest.raises(ValidationError) as error:
        outsider_loan(receptionist_ctx)
    message = str(error.value.errors["key_tag"])
    assert "张师傅" in message and "工程部" in message
    with pytest.raises(ValidationError) as error:
        staff_loan(receptionist_ctx, tag="NOPE")
    assert "key_tag" in error.value.errors


def test_staff_needs_a_department_and_outsider_a_valid_id(register, receptionist_ctx):
    with pytest.raises(ValidationError) as error:
        staff_loan(receptionist_ctx, department="")
    assert "department" in error.value.errors
    with pytest.raises(ValidationError) as error:
        outsider_loan(receptionist_ctx, id_number="110105194912310021")
    assert "id_number" in error.value.errors
    with pytest.raises(ValidationError) as error:
        outsider_loan(receptionist_ctx, deposit_method="")
    assert "deposit_method" in error.value.errors
    assert keys.key_by_tag("A-0301").state == "in"


def test_outsider_deposit_receipt_drawer_then_refund_voucher(register, receptionist_ctx):
    before = drawer.cash_balance()
    loan = outsider_loan(receptionist_ctx)
    assert loan.deposit_fen == 5000 and loan.masked_id == "1101**********002X"
    charge = keys.deposit_charge(loan)
    assert charge.deposit and charge.status == charges.PAID and charge.receipt.number
    assert drawer.cash_balance() == before + 5000
    with pytest.raises(ValidationError) as error:
        keys.return_key(receptionist_ctx, loan, 2)
    assert "部分遗失" in str(error.value.errors["ring_count"])
    done = keys.return_key(receptionist_ctx, loan, 3)
    assert done.refund is not None and done.refund.series == "F" and done.refund.refund_of_id == charge.receipt.id
    assert drawer.cash_balance() == before
    assert KeyLoan.get_by_id(loan.id).status == "returned" and keys.key_by_tag("A-0301").state == "in"
    with pytest.raises(StateError):
        keys.return_key(receptionist_ctx, loan, 3)


def test_partial_loss_keeps_the_deposit_and_lowers_the_ring(register, receptionist_ctx):
    loan = outsider_loan(receptionist_ctx)
    done = keys.return_key(receptionist_ctx, loan, 2, partial_loss="丢了一把小钥匙")
    assert done.refund is None and keys.deposit_charge(loan).status == charges.KEPT
    assert keys.key_by_tag("A-0301").ring_count == 2


def test_lost_key_keeps_the_deposit_and_charges_the_fee(register, receptionist_ctx):
    before = drawer.cash_balance()
    loan = outsider_loan(receptionist_ctx)
    with pytest.raises(ValidationError):
        keys.report_lost(receptionist_ctx, loan, "钥匙丢失")
    lost = keys.report_lost(receptionist_ctx, loan, "钥匙丢失", method="cash")
    assert lost.fee_document.total_fen == 10000
    assert keys.deposit_charge(loan).status == charges.KEPT
    assert drawer.cash_balance() == before + 5000 + 10000
    assert keys.key_by_tag("A-0301").state == "lost" and KeyLoan.get_by_id(loan.id).status == "lost"
    with pytest.raises(ValidationError) as error:
        staff_loan(receptionist_ctx)
    assert "遗失" in str(error.value.errors["key_tag"])


def test_overdue_exactly_after_the_due_time(register, receptionist_ctx, frozen):
    loan = staff_loan(receptionist_ctx)
    rule = keys.SPEC.attention[0]
    assert loan.due_at == frozen.now() + timedelta(hours=4)
    frozen.advance(hours=4)
    assert list(rule.query(frozen.now())) == []
    frozen.advance(seconds=1)
    assert [x.id for x in rule.query(frozen.now())] == [loan.id]
    keys.return_key(receptionist_ctx, loan, 3)
    assert list(rule.query(frozen.now())) == []


def test_due_back_typed_and_setting(register, receptionist_ctx, lead):
    settings.put(lead, "keys.loan_hours", 2)
    loan = staff_loan(receptionist_ctx, tag="E-01")
    assert loan.due_at - loan.created_at == timedelta(hours=2)
    with pytest.raises(ValidationError) as error:
        staff_loan(receptionist_ctx, due_back="08:00")
    assert "due_back" in error.value.errors


def test_void_needs_a_supervisor_and_a_held_deposit_refunded_first(register, receptionist_ctx, lead):
    loan = staff_loan(receptionist_ctx, tag="E-01")
    with pytest.raises(NeedsAuthorisation):
        keys.void(receptionist_ctx, loan, "登记错了")
    keys.void(lead, loan, "登记错了")
    assert keys.key_by_tag("E-01").state == "in"
    paid = outsider_loan(receptionist_ctx)
    with pytest.raises(StateError):
        keys.void(lead, paid, "登记错了")


def test_move_in_hand_over_retires_register_keys(register, receptionist_ctx):
    record = keys.hand_over_move_in(receptionist_ctx, owner_name="陈业主", unit="3栋301", key_count="5",
                                    keys_text="入户门 3 把, 信箱 2 把", tags="a-0301")
    assert record.status == "handed" and record.tags == "A-0301" and record.handed_on == "2026-11-23"
    assert keys.key_by_tag("A-0301").state == "retired"
    with pytest.raises(ValidationError) as error:
        keys.hand_over_move_in(receptionist_ctx, owner_name="陈业主", unit="3栋301", key_count="x")
    assert "key_count" in error.value.errors


def test_reconciliation_with_a_discrepancy(register, receptionist_ctx):
    staff_loan(receptionist_ctx)
    rows = {r.key.tag: r for r in keys.reconciliation_rows()}
    assert rows["A-0301"].expected == "out" and "张师傅" in rows["A-0301"].holder
    assert rows["E-01"].expected == "in"
    keys.record_count(receptionist_ctx, "2026-11", {"A-0301": "out", "E-01": "missing"})
    found = keys.discrepancies("2026-11")
    assert [(c.key.tag, c.expected, c.found) for c in found] == [("E-01", "in", "missing")]
    keys.record_count(receptionist_ctx, "2026-11", {"E-01": "in"})  # found after all: the recount replaces it
    assert keys.discrepancies("2026-11") == []
    with pytest.raises(ValidationError):
        keys.record_count(receptionist_ctx, "2026-11", {"ZZZ": "in"})


def test_checklist_pdf_has_the_tags_and_chinese(register, receptionist_ctx, tmp_path):
    staff_loan(receptionist_ctx)
    data = keys.checklist_data("2026-11", "李前台")
    path = tmp_path / "keys.pdf"
    path.write_bytes(registry.render("key_checklist", data))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "A-0301" in text and "E-01" in text and "钥匙盘点表" in text and "张师傅" in text
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts


def test_import_reports_the_bad_rows(register):
    rows = [
        {"钥匙编号": "B-0101", "类别": "业主托管钥匙", "楼栋": "2栋", "房号": "101", "数量": "2"},
        {"钥匙编号": "", "类别": "vacant"},
        {"钥匙编号": "B-0102", "类别": "不知道"},
        {"钥匙编号": "A-0301", "类别": "vacant"},
        {"tag": "B-0103", "category": "Security door", "keys": "1.0"},
    ]
    report = keys.import_keys(register, rows)
    assert [(r.row, r.accepted) for r in report] == [(2, True), (3, False), (4, False), (5, False), (6, True)]
    assert "钥匙编号" in str(report[1].reason) and "类别" in str(report[2].reason)
    assert Key.get(Key.tag == "B-0101").category == "entrusted" and keys.key_by_tag("B-0103").ring_count == 1


def test_import_key_file_csv(register, tmp_path):
    path = tmp_path / "keys.csv"
    path.write_text("编号,类别,楼栋,楼层,标签,把数\nC-1,设施设备用房备用钥匙,1栋,1层,水泵房,2\n,,,,,\nC-2,?,1栋,,,\n",
                    encoding="utf-8-sig")
    report = keys.import_key_file(register, path)
    assert [r.accepted for r in report] == [True, False]


def test_retire_and_found(register, receptionist_ctx):
    key = keys.key_by_tag("E-01")
    staff_loan(receptionist_ctx, tag="E-01")
    with pytest.raises(StateError):
        keys.retire_key(register, key, "换锁")
    keys.update_key(register, keys.key_by_tag("A-0301"), label="新标签")
    assert keys.key_by_tag("A-0301").label == "新标签"


def test_the_loan_slip_names_the_key_and_has_a_line_to_sign(register, receptionist_ctx, tmp_path):
    from frontdesk_gui.core import printing, search
    from frontdesk_gui.reports import registry

    loan = outsider_loan(receptionist_ctx)
    data = printing.document_data(receptionist_ctx, keys.SPEC, loan, "loan_slip")
    path = tmp_path / "loan.pdf"
    path.write_bytes(registry.render("held_slip", data))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "钥匙借用单" in text and "A-0301" in text and "刘装修" in text and "借用人签字" in text
    assert ID not in text and "50.00" in text
    # A key is found by its unit from the global search too.
    assert ("key_loans", loan.id) in search.search("301")
