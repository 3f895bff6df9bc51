"""The windowed table model, without widgets: what each column shows, the entry id role, attention
marks, and a page cache that stays small however far the view scrolls."""

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from test_paging import insert_visits

from frontdesk_gui.core import paging, text
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.logbooks.visitors import ON_SITE
from frontdesk_gui.ui.table_model import ENTRY_ID_ROLE, STATUS_ROLE, EntryTableModel

GOOD_ID = "11010519491231002X"
COLUMNS = [c.field for c in visitors.SPEC.columns]


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def cell(model, row, field, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, COLUMNS.index(field)), role)


@pytest.fixture
def one_visit(receptionist_ctx):
    return visitors.check_in(receptionist_ctx, visitor_name="张伟", category="outside_visitor",
                             host_name="李娜", host_unit="1203", phone="13812341234", id_number=GOOD_ID,
                             badge_no="7")


def test_cells_are_masked_local_and_labelled(qapp, one_visit, shanghai):
    model = EntryTableModel(visitors.SPEC)
    assert model.rowCount() == 1 and model.columnCount() == len(COLUMNS)
    assert cell(model, 0, "visitor_name") == "张伟"
    assert cell(model, 0, "id_number") == "1101**********002X"
    assert "1234" in cell(model, 0, "phone") and "13812341234" not in cell(model, 0, "phone")
    assert cell(model, 0, "time_in") == "2026-11-23 17:00"  # 09:00 UTC in Shanghai
    assert cell(model, 0, "time_out") == ""
    assert cell(model, 0, "category") == "外来访客" and cell(model, 0, "status") == "在场"
    assert cell(model, 0, "visitor_name", ENTRY_ID_ROLE) == one_visit.id
    assert cell(model, 0, "visitor_name", STATUS_ROLE) == ON_SITE
    assert model.headerData(2, Qt.Orientation.Horizontal) == "访客"
    alignment = cell(model, 0, "people_count", Qt.ItemDataRole.TextAlignmentRole)
    assert int(alignment) & int(Qt.AlignmentFlag.AlignRight)


def test_labels_follow_the_language(qapp, one_visit):
    text.set_language("en")
    model = EntryTableModel(visitors.SPEC)
    assert cell(model, 0, "category") == "Outside visitor"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Visitor"


def test_overdue_rows_are_marked(qapp, one_visit, frozen):
    model = EntryTableModel(visitors.SPEC)
    assert cell(model, 0, "visitor_name", Qt.ItemDataRole.BackgroundRole) is None
    frozen.advance(hours=5)
    model.reload()
    assert cell(model, 0, "visitor_name", Qt.ItemDataRole.BackgroundRole) is not None
    assert "超时" in cell(model, 0, "visitor_name", Qt.ItemDataRole.ToolTipRole)


def test_reading_across_20_pages_keeps_at_most_the_cache_limit(qapp, receptionist_ctx, frozen):
    insert_visits(receptionist_ctx.operator, 1000, frozen.now() - timedelta(days=3))
    model = EntryTableModel(visitors.SPEC, page_size=50, cache_pages=4)
    assert model.rowCount() == 1000
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    seen = set()
    for row in range(0, 1000, 7):
        seen.add(model.entry_id(row))
        assert model.cached_pages <= 4
    assert len(seen) == len(range(0, 1000, 7))
    newest, oldest = model.entry_id(0), model.entry_id(999)
    assert newest > oldest and model.entry_id(1000) is None
    for row in range(999, -1, -13):  # scrolling back up reads each page by keyset from its neighbour
        assert model.entry_id(row) == newest - row
    assert model.cached_pages <= 4 and resets == []
    assert model.row_of(newest - 500) == 500


def test_filters_and_reload(qapp, one_visit, receptionist_ctx):
    model = EntryTableModel(visitors.SPEC)
    model.set_query(paging.EntryQuery(visitors.SPEC, text="李娜"))
    assert model.rowCount() == 1
    visitors.check_out(receptionist_ctx, one_visit)
    model.set_query(paging.EntryQuery(visitors.SPEC, status=ON_SITE))
    assert model.rowCount() == 0
