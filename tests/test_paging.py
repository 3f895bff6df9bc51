"""The paging query API behind the table models: newest first, keyset pages agree with OFFSET pages,
filters (status, dates, attention, search text), positions, and the small helpers the UI uses."""

from datetime import date, timedelta

import pytest

from frontdesk_gui.core import clock, paging, search
from frontdesk_gui.core.db import db
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.logbooks.visitors import LEFT, ON_SITE, Visit

BULK = 1200


def insert_visits(operator, count, start, **values):
    """Old visits inserted in one go: check_in one by one (audit, index) would take seconds for 1,000."""
    rows = [dict(status=LEFT, created_at=start + timedelta(minutes=i), created_by=operator.id,
                 visitor_name=f"访客{i}", category="company_leader", admitted_how="recognised",
                 time_in=start + timedelta(minutes=i), time_out=start + timedelta(minutes=i + 30), **values)
            for i in range(count)]
    with db.atomic():
        for chunk in range(0, count, 300):
            Visit.insert_many(rows[chunk:chunk + 300]).execute()


@pytest.fixture
def bulk(receptionist_ctx, frozen):
    """1,200 old visits, then 3 real check-ins."""
    insert_visits(receptionist_ctx.operator, BULK, frozen.now() - timedelta(days=10))
    made = [visitors.check_in(receptionist_ctx, visitor_name=name, category="outside_visitor",
                              host_name="李娜", host_unit="1203")
            for name in ("张伟", "王芳", "曾小明")]
    return made


def all_ids(query, page_size):
    pages = -(-query.count() // page_size)
    return [v.id for p in range(pages) for v in query.rows(p, page_size)]


def test_newest_first_and_count(bulk):
    query = paging.EntryQuery(visitors.SPEC)
    assert query.count() == BULK + 3
    first = query.rows(0, 50)
    assert [v.visitor_name for v in first[:3]] == ["曾小明", "王芳", "张伟"]
    assert [v.id for v in first] == sorted((v.id for v in first), reverse=True)


def test_keyset_pages_match_offset_pages(bulk):
    query = paging.EntryQuery(visitors.SPEC)
    size = 200
    by_offset = [query.rows(p, size) for p in range(4)]
    for p in range(1, 4):
        below = query.rows(p, size, below=by_offset[p - 1][-1].id)
        assert [v.id for v in below] == [v.id for v in by_offset[p]]
    for p in range(0, 3):
        above = query.rows(p, size, above=by_offset[p + 1][0].id)
        assert [v.id for v in above] == [v.id for v in by_offset[p]]
    last = (BULK + 3) // size
    tail = query.rows(last, size, below=query.rows(last - 1, size)[-1].id)
    assert len(tail) == (BULK + 3) % size and tail == query.rows(last, size)


def test_status_and_date_filters(bulk, frozen):
    assert paging.EntryQuery(visitors.SPEC, status=ON_SITE).count() == 3
    today = clock.local(frozen.now()).date()
    assert paging.EntryQuery(visitors.SPEC, since=today).count() == 3
    ten_days_ago = today - timedelta(days=10)
    older = paging.EntryQuery(visitors.SPEC, until=today - timedelta(days=1))
    assert older.count() == BULK
    assert paging.EntryQuery(visitors.SPEC, since=date(2000, 1, 1), until=ten_days_ago).count() > 0


def test_text_filter_uses_the_search_index(bulk):
    query = paging.EntryQuery(visitors.SPEC, text="张伟")
    assert [v.visitor_name for v in query.rows(0, 200)] == ["张伟"]
    assert paging.EntryQuery(visitors.SPEC, text="zxm").count() == 1  # pinyin initials of 曾小明
    assert paging.EntryQuery(visitors.SPEC, text="李娜", status=LEFT).count() == 0
    assert paging.EntryQuery(visitors.SPEC, text="   ").count() == BULK + 3


def test_attention_filter_and_ids(bulk, receptionist_ctx, frozen):
    unknown = visitors.check_in(receptionist_ctx, visitor_name="赵六", category="unknown_resident",
                                host_unit="803")
    patrol = paging.EntryQuery(visitors.SPEC, attention_key="patrol")
    assert [v.id for v in patrol.rows(0, 50)] == [unknown.id]
    frozen.advance(hours=5)  # past the 4-hour overstay limit: every visitor still on site
    overdue = paging.EntryQuery(visitors.SPEC, attention_key=paging.ANY_ATTENTION)
    assert overdue.count() == 4
    assert paging.EntryQuery(visitors.SPEC, attention_key="no-such-rule").count() == 0
    marks = paging.attention_ids(visitors.SPEC, clock.now())
    assert {r.key for r in marks[unknown.id]} == {"overstay", "patrol"}
    only = paging.attention_ids(visitors.SPEC, clock.now(), ids=[bulk[0].id, 1])
    assert list(only) == [bulk[0].id]


def test_position_of_an_entry(bulk):
    query = paging.EntryQuery(visitors.SPEC)
    assert query.position(bulk[2].id) == 0
    assert query.position(bulk[0].id) == 2
    middle = query.rows(3, 200)[17]
    assert query.position(middle.id) == 3 * 200 + 17
    assert paging.EntryQuery(visitors.SPEC, status=ON_SITE).position(middle.id) is None


def test_entry_by_key_and_field_defaults(bulk):
    assert paging.entry_by_key("visitors", bulk[1].id).visitor_name == "王芳"
    assert paging.entry_by_key("visitors", 10**9) is None
    assert paging.field_defaults(visitors.SPEC) == {"id_type": "resident_id", "people_count": 1}
    assert search.entry_ids("王芳", "visitors") == [bulk[1].id]
