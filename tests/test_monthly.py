"""The monthly report's figures on a scripted October: parcels, visitors, receipts and deposits placed before,
inside and after the month, so that what counts for the month and what was open at its end is known."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from frontdesk_gui.core import monthly, shift, spec, text
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.logbooks import keys, parcels, receipts, visitors
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.spec import OpenItems, ReportTable

MONTH = "2026-10"
COMPANY = "上海蓝天贸易有限公司"


def at(frozen, *when):
    """Move the frozen clock to a local time."""
    frozen.set(datetime(*when))


def parcel(ctx, tracking):
    return parcels.receive(ctx, tracking_no=tracking, item_type="express", recipient_company=COMPANY,
                           recipient_unit="1203")


def collect(ctx, item):
    parcels.hand_over(ctx, [item], collector_name="王小明", id_checked="resident_id")


def pay(ctx, fen, method, *, deposit=False, item="扫描"):
    charge = charges.raise_charge(ctx, kind="service", source="test", source_id=None, payer="张三",
                                  lines=[charges.line(item, 1, "页", fen)], deposit=deposit)
    return charge, charges.settle(ctx, charge, method)


@pytest.fixture
def october(frozen, admin_ctx, receptionist_ctx, supervisor):
    """The scripted month; returns nothing: the tests know what it holds."""
    directory.add(admin_ctx, "company", name=COMPANY, room="1203")
    desk = receptionist_ctx
    # Parcels: p1 collected within hours, p2 after 5 days (overdue), p3 still held at the month's end and
    # collected on 2 November (overdue by then), p4 arrived on the 30th (held, not yet overdue), a void one,
    # and one each in September and November that are not October's.
    at(frozen, 2026, 9, 25, 10)
    collect(desk, parcel(desk, "SEP1"))
    at(frozen, 2026, 10, 3, 10)
    p1 = parcel(desk, "OCT1")
    at(frozen, 2026, 10, 3, 15)
    collect(desk, p1)
    at(frozen, 2026, 10, 10, 9)
    p2 = parcel(desk, "OCT2")
    at(frozen, 2026, 10, 12, 9)
    parcels.void(shift.login("lead", "lead-pass"), parcel(desk, "OCT-VOID"), "录错了")
    at(frozen, 2026, 10, 15, 9)
    collect(desk, p2)
    at(frozen, 2026, 10, 20, 9)
    p3 = parcel(desk, "OCT3")
    at(frozen, 2026, 10, 30, 9)
    parcel(desk, "OCT4")
    # Visitors: one hour, nine hours (an overstay past 4 h), and one still in at midnight on the 31st.
    at(frozen, 2026, 10, 5, 9)
    v1, v2 = visitors.check_in(desk, visitor_name="张伟", category="outside_visitor", host_name="李娜",
                               host_unit="1203"), \
        visitors.check_in(desk, visitor_name="王芳", category="company_leader", organisation="顺丰速运")
    at(frozen, 2026, 10, 5, 10)
    visitors.check_out(desk, v1)
    at(frozen, 2026, 10, 5, 18)
    visitors.check_out(desk, v2)
    at(frozen, 2026, 10, 31, 20)
    v3 = visitors.check_in(desk, visitor_name="赵六", category="outside_visitor", host_name="李娜",
                           host_unit="1203")
    # Key loans: back within the hour, back a day late, and one lent at 22:00 on the 31st, still out at midnight
    # but not yet due (4 hours), returned in November.
    lead = Ctx(Operator.get_by_id(supervisor.id), desk.shift)
    for tag in ("K-1", "K-2", "K-3"):
        keys.add_key(lead, tag=tag, category="vacant", label=f"{tag} 入户门", ring_count=1)
    at(frozen, 2026, 10, 6, 9)
    on_time = keys.lend(desk, key_tag="K-1", borrower_kind="staff", borrower_name="张师傅", department="工程部")
    at(frozen, 2026, 10, 6, 10)
    keys.return_key(desk, on_time, 1)
    at(frozen, 2026, 10, 7, 9)
    late = keys.lend(desk, key_tag="K-2", borrower_kind="staff", borrower_name="张师傅", department="工程部")
    at(frozen, 2026, 10, 8, 9)
    keys.return_key(desk, late, 1)
    at(frozen, 2026, 10, 31, 22)
    night = keys.lend(desk, key_tag="K-3", borrower_kind="staff", borrower_name="李师傅", department="保安部")
    # Money: 10.00 cash and 20.00 WeChat kept, 5.00 cash voided; a 50.00 deposit refunded in October and a
    # 30.00 deposit by Alipay refunded only in November.
    at(frozen, 2026, 10, 8, 11)
    pay(desk, 1000, "cash", item="复印 A4")
    pay(desk, 2000, "wechat", item="打印 A4")
    _, wrong = pay(desk, 500, "cash")
    receipts.void(shift.login("lead", "lead-pass"), wrong, "金额开错")
    first, _ = pay(desk, 5000, "cash", deposit=True)
    second, _ = pay(desk, 3000, "alipay", deposit=True)
    at(frozen, 2026, 10, 9, 11)
    charges.refund_deposit(desk, first)
    # November: what happens after the month's end must not change October's figures.
    at(frozen, 2026, 11, 1, 1)
    keys.return_key(desk, night, 1)
    at(frozen, 2026, 11, 1, 9)
    visitors.check_out(desk, v3)
    at(frozen, 2026, 11, 2, 9)
    collect(desk, p3)
    at(frozen, 2026, 11, 3, 9)
    parcel(desk, "NOV1")
    at(frozen, 2026, 11, 5, 9)
    charges.refund_deposit(desk, second)
    at(frozen, 2026, 12, 1, 8)


@pytest.fixture
def report(october):
    text.set_language("en")
    return monthly.gather(MONTH, produced_by="王领班")


def summary_of(report, key):
    title = str(spec.get(key).title)
    return next(row for row in report.summary if row.logbook == title)


def table(tables, title):
    return next(t for t in tables if t.title == title)


def section(report, key):
    return next(s for s in report.sections if s.key == key)


def test_summary_counts_the_months_entries_and_what_was_open_at_its_end(report):
    assert (report.month, report.produced_by) == (MONTH, "王领班")
    assert (report.first_day, report.last_day) == ("2026-10-01", "2026-10-31")
    assert report.produced_at == "2026-12-01 08:00"
    mail = summary_of(report, "parcels")
    # Four October parcels (the void one apart); p3 (collected in November) and p4 were held at the end.
    assert (mail.entries, mail.voided, mail.open_at_end) == (4, 1, 2)
    visits = summary_of(report, "visitors")
    assert (visits.entries, visits.voided, visits.open_at_end) == (3, 0, 1)


def test_appendix_lists_each_open_entry_once_with_its_age(report):
    mail = [row for row in report.appendix if row.logbook == str(parcels.SPEC.title)]
    assert ["OCT3" in mail[0].summary, "OCT4" in mail[1].summary] == [True, True]
    assert [row.age_days for row in mail] == [11, 1]  # 20 Oct 09:00 and 30 Oct 09:00 to 1 Nov 00:00
    assert mail[0].code.startswith("P") and mail[0].since == "2026-10-20 09:00"
    on_site = [row for row in report.appendix if row.logbook == str(visitors.SPEC.title)]
    assert len(on_site) == 1 and "赵六" in on_site[0].summary


def test_held_items_time_to_collection_and_overdue(report):
    tables = section(report, "parcels").tables
    counts = dict(table(tables, "Items received in the month").rows)
    assert counts == {"Received": 4, "Collected": 2, "Returned / disposed": 0, "Still held at month end": 2,
                      "Went past the deadline": 2}
    times = {row[0]: row[1:] for row in table(tables, "Time to notify and to collect").rows}
    assert times["Received → collected"] == (2, "2.6 d", "2.6 d", "5.0 d")  # 5 hours and 5 days


def test_every_held_logbook_plugs_in_the_shared_tables(report):
    start, end = monthly.month_bounds(MONTH)
    for key in ("parcels", "faxes", "messages", "lost_found", "deposits"):
        titles = [str(t.title) for t in spec.get(key).monthly(start, end)]
        assert titles == ["Items received in the month", "Time to notify and to collect"], key


def test_visitors_stays_and_overstays(report):
    tables = section(report, "visitors").tables
    assert dict(table(tables, "Visits and overstays").rows) == {"Visits": 3, "People": 3, "Stayed over 4 h": 1,
                                                                 "Still in at month end": 1}
    # One hour and nine hours; the visitor still in at midnight had been in exactly 4 h, not over.
    assert table(tables, "Length of stay").rows == [("In → out", 2, "5.0 h", "5.0 h", "9.0 h")]


def test_key_loans_time_to_return_and_overdue(report):
    tables = section(report, "key_loans").tables
    assert dict(table(tables, "Key loans").rows) == {"Lent": 3, "Returned": 2, "Lost": 0, "Still out at month end": 1,
                                                     "Returned late or overdue": 1}
    assert table(tables, "Time to return").rows == [("Lent → returned", 2, "12.5 h", "12.5 h", "24.0 h")]


def test_generic_counts_by_status_and_by_choice_column(report):
    tables = section(report, "visitors").tables
    # The status the month's entries have when the report is made: the third visitor left on 1 November.
    assert dict(table(tables, "By status now").rows) == {"Left": 3}
    by_category = table(tables, "By category")
    assert sum(n for _, n in by_category.rows) == 3 and by_category.chart == "bar"


def test_a_logbook_with_nothing_in_the_month_has_no_tables(report):
    assert section(report, "goods").tables == []
    assert section(report, "parcels").tables


def test_money_by_kind_method_deposits_and_voided_receipts(report):
    tables = report.money.tables
    assert table(tables, "Fees by kind of charge").rows == [("Business-centre services", "30.00", 2)]
    assert dict((r[0], r[1:]) for r in table(tables, "Fees by service item").rows) == {
        "打印 A4": ("20.00", 1), "复印 A4": ("10.00", 1)}
    methods = {r[0]: r[1:] for r in table(tables, "Money in by payment method").rows}
    assert methods == {"Cash": ("60.00", 2, "50.00", "10.00"), "Alipay": ("30.00", 1, "0.00", "30.00"),
                       "WeChat Pay": ("20.00", 1, "0.00", "20.00")}
    deposits = {r[0]: r[1:] for r in table(tables, "Deposits").rows}
    assert deposits["Deposits taken in the month"] == (2, "80.00")
    assert deposits["Deposits refunded in the month"] == (1, "50.00")
    assert deposits["Deposits held at month end"] == (1, "30.00")  # refunded only on 5 November
    voided = table(tables, "Receipts voided in the month").rows
    assert len(voided) == 1 and voided[0][2:] == ("5.00", "金额开错")


def test_the_following_month_sees_what_october_left(october):
    text.set_language("en")
    november = monthly.gather("2026-11", produced_by="王领班")
    assert summary_of(november, "parcels").entries == 1
    assert summary_of(november, "parcels").open_at_end == 2  # p4 and the November parcel, never collected
    assert summary_of(november, "visitors").open_at_end == 0


def test_a_logbook_takes_part_through_its_spec_alone(october):
    """Open items asked twice count once; a spec's own monthly tables follow the generic ones."""
    book = spec.get("parcels")
    twice = book.open_items + tuple(OpenItems(f"{k.key}-again", k.title, k.query) for k in book.open_items)
    extra = ReportTable(text.tr("自定", "Own"), ("a", "b"), [(text.tr("甲", "A"), 1)])
    copy = dataclasses.replace(book, open_items=twice, monthly=lambda start, end: [extra])
    start, end = monthly.month_bounds(MONTH)
    assert monthly.open_at(copy, end) == monthly.open_at(book, end) and len(monthly.open_at(book, end)) == 2
    tables = monthly.logbook_tables(copy, start, end)
    assert tables[-1] == monthly.Table("自定", ("a", "b"), [("甲", 1)], None)


def test_numbers_inside_free_text_are_masked():
    line = "M000012 刘先生 → 李娜: 请回电 13812345678,证件 11010519491231002X,单号 SF13812345678"
    assert monthly.mask_numbers(line) == ("M000012 刘先生 → 李娜: 请回电 138****5678,证件 1101**********002X,"
                                          "单号 SF13812345678")


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "october", ""])
def test_a_bad_month_is_refused_with_a_sentence(database, month):
    with pytest.raises(ValidationError) as refused:
        monthly.gather(month, produced_by="x")
    assert "2026-11" in str(refused.value.errors["month"])
