"""Exporting a logbook as its table shows it: CSV that Excel on a Chinese PC reads (BOM), XLSX read back,
personal numbers masked, filters and months respected, void rows kept, formula text made harmless,
no half-written file after a failure."""

import csv
from datetime import UTC, date, datetime, timedelta

import openpyxl
import pytest
from test_paging import insert_visits

from frontdesk_gui.core import auth, export, paging, text
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.logbooks.visitors import LEFT, ON_SITE
from frontdesk_gui.core.models import AuditRecord

GOOD_ID = "11010519491231002X"
PHONE = "13812345678"


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


@pytest.fixture
def visits(receptionist_ctx, frozen):
    """Three visits today: one on site with ID and phone, one left, one void."""
    def check_in(name, **over):
        values = dict(visitor_name=name, category="outside_visitor", host_name="李娜", host_unit="1203")
        values.update(over)
        return visitors.check_in(receptionist_ctx, **values)

    on_site = check_in("张伟", phone=PHONE, id_number=GOOD_ID)
    left = check_in("王芳")
    visitors.check_out(receptionist_ctx, left)
    void = check_in("曾小明")
    visitors.void(auth.authorise(receptionist_ctx, "lead", "lead-pass", "void"), void, "重复登记")
    return on_site, left, void


def test_csv_has_the_bom_chinese_masked_numbers_and_void_rows(visits, tmp_path):
    on_site, left, void = visits
    path = tmp_path / "visits.csv"
    assert export.export(paging.EntryQuery(visitors.SPEC), path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
    assert b"\r\n" in raw
    assert PHONE.encode() not in raw and GOOD_ID.encode() not in raw
    table = read_csv(path)
    header = table[0]
    assert header[0] == "编号" and "访客" in header and header[-1] == "状态"
    assert [row[0] for row in table[1:]] == [f"V{void.id:06d}", f"V{left.id:06d}", f"V{on_site.id:06d}"]
    by_name = {row[header.index("访客")]: row for row in table[1:]}
    assert by_name["张伟"][header.index("电话")] == "138****5678"
    assert by_name["张伟"][header.index("证件号")] == "1101**********002X"
    assert {name: row[-1] for name, row in by_name.items()} == {"张伟": "在场", "王芳": "已离开", "曾小明": "已作废"}


def test_headers_follow_the_language(visits, tmp_path):
    text.set_language("en")
    path = tmp_path / "visits.csv"
    export.export(paging.EntryQuery(visitors.SPEC), path)
    header = read_csv(path)[0]
    assert header[:3] == ["No.", "Time in", "Visitor"] and header[-1] == "Status"


def test_a_status_filter_exports_only_those_rows(visits, tmp_path):
    path = tmp_path / "on-site.csv"
    assert export.export(paging.EntryQuery(visitors.SPEC, status=ON_SITE), path) == 1
    rows = read_csv(path)[1:]
    assert [row[-1] for row in rows] == ["在场"]
    assert export.export(paging.EntryQuery(visitors.SPEC, status=LEFT), path) == 1
    assert read_csv(path)[1][-1] == "已离开"


def test_a_month_takes_the_entries_made_in_it(receptionist_ctx, frozen, tmp_path):
    # Midday, so that the local day is the UTC day in any time zone the tests run in.
    insert_visits(receptionist_ctx.operator, 7, datetime(2026, 10, 31, 12, 0, tzinfo=UTC))
    insert_visits(receptionist_ctx.operator, 5, datetime(2026, 11, 15, 12, 0, tzinfo=UTC), host_name="十一月")
    insert_visits(receptionist_ctx.operator, 3, datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    query = export.month_query(visitors.SPEC, "2026-11")
    assert (query.since, query.until) == (date(2026, 11, 1), date(2026, 11, 30))
    path = tmp_path / "november.csv"
    assert export.export(query, path) == 5
    table = read_csv(path)
    assert {row[table[0].index("被访人")] for row in table[1:]} == {"十一月"} and len(table) == 6


def test_many_rows_come_in_batches_newest_first_none_twice(receptionist_ctx, frozen, tmp_path):
    insert_visits(receptionist_ctx.operator, 2500, frozen.now() - timedelta(days=3))
    query = paging.EntryQuery(visitors.SPEC)
    numbers = [values[0] for _, values in export.rows(query, batch=300)]
    assert len(numbers) == len(set(numbers)) == 2500
    assert numbers == sorted(numbers, reverse=True)


def test_xlsx_reads_back_with_header_rows_and_an_about_sheet(visits, tmp_path):
    path = tmp_path / "visits.xlsx"
    assert export.export(paging.EntryQuery(visitors.SPEC, status=ON_SITE), path) == 1
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "来访登记"
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "编号" and sheet["A1"].font.bold
    assert len(rows) == 2
    assert "张伟" in rows[1] and "138****5678" in rows[1] and rows[1][-1] == "在场"
    assert isinstance(rows[1][rows[0].index("人数")], int)
    about = dict(book.worksheets[1].iter_rows(values_only=True))
    assert about["登记本"] == "来访登记" and about["状态"] == "在场" and about["行数"] == "1"


def test_formula_text_is_made_harmless(receptionist_ctx, tmp_path):
    visitors.check_in(receptionist_ctx, visitor_name="=HYPERLINK(\"http://x\")", category="outside_visitor",
                      host_name="李娜", host_unit="1203")
    csv_path, xlsx_path = tmp_path / "v.csv", tmp_path / "v.xlsx"
    export.export(paging.EntryQuery(visitors.SPEC), csv_path)
    export.export(paging.EntryQuery(visitors.SPEC), xlsx_path)
    header, row = read_csv(csv_path)
    assert row[header.index("访客")] == "'=HYPERLINK(\"http://x\")"
    cell = openpyxl.load_workbook(xlsx_path).worksheets[0].cell(2, header.index("访客") + 1)
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://x\")"


@pytest.mark.parametrize("value, safe", [("=1+1", "'=1+1"), ("+86 1381", "'+86 1381"), ("@SUM(A1)", "'@SUM(A1)"),
                                         ("-12.00", "-12.00"), ("-5", "-5"), ("-x", "'-x"), ("张伟", "张伟")])
def test_csv_safe(value, safe):
    assert export.csv_safe(value) == safe


def test_sheet_names_follow_excels_rules():
    assert export.sheet_name("钥匙/证件[2026]: *?") == "钥匙 证件 2026"
    assert len(export.sheet_name("x" * 40)) == 31
    assert export.sheet_name("///") == "Sheet1"


def test_a_bad_suffix_is_a_sentence_and_writes_nothing(visits, tmp_path):
    with pytest.raises(ValidationError) as caught:
        export.export(paging.EntryQuery(visitors.SPEC), tmp_path / "visits.pdf")
    assert "xlsx" in str(caught.value) and "CSV" in str(caught.value)
    assert list(tmp_path.glob("visits*")) == []


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_failed_export_leaves_the_old_file_and_no_part_file(visits, tmp_path, suffix):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"visits.{suffix}"
    path.write_text("old")

    def cancel(done, total):
        raise export.ExportCancelled()

    with pytest.raises(export.ExportCancelled):
        export.export(paging.EntryQuery(visitors.SPEC), path, progress=cancel)
    assert path.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_missing_folder_is_a_sentence(visits, tmp_path):
    with pytest.raises(FrontdeskError) as caught:
        export.export(paging.EntryQuery(visitors.SPEC), tmp_path / "nowhere" / "v.xlsx")
    assert "nowhere" in str(caught.value)


def test_unknown_logbook_and_bad_month_are_sentences(database):
    with pytest.raises(ValidationError) as caught:
        export.logbook_named("visitor")
    assert "visitors" in str(caught.value) and "parcels" in str(caught.value)
    for month in ("2026-13", "2026-1", "november", "2026-11-01"):
        with pytest.raises(ValidationError):
            export.month_query(visitors.SPEC, month)


def test_an_export_with_a_ctx_is_audited(visits, receptionist_ctx, tmp_path):
    export.export(paging.EntryQuery(visitors.SPEC, status=ON_SITE), tmp_path / "v.xlsx", ctx=receptionist_ctx)
    record = AuditRecord.select().where(AuditRecord.action == "export").get()
    assert record.entity == "visitors" and record.actor_id == receptionist_ctx.operator.id
    assert '"rows": 1' in record.after and "v.xlsx" in record.after and "在场" in record.after


def test_every_logbook_exports_its_header(database, tmp_path):
    from frontdesk_gui.core import spec

    for book in spec.all_specs():
        path = tmp_path / f"{book.key}.csv"
        assert export.export(paging.EntryQuery(book), path) == 0
        assert read_csv(path)[0] == export.headers(book)
