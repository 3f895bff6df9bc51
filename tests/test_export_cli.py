"""`frontdesk export LOGBOOK YYYY-MM --db PATH -o FILE`: the month's entries to CSV or Excel, audited;
an unknown logbook, a bad month or suffix, a missing file: one sentence and a non-zero exit."""

import csv
import re
from datetime import date

import openpyxl
import pytest

from frontdesk_gui import app
from frontdesk_gui.core import clock, paging
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.models import AuditRecord


@pytest.fixture
def run(capsys):
    def run(*args):
        try:
            status = app.main([str(a) for a in args])
        finally:
            close()
        out, err = capsys.readouterr()
        return status, out, err
    return run


@pytest.fixture(scope="module")
def counter(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "counter.sqlite"
    try:
        assert app.main(["demo", "--db", str(path), "--visitors", "300", "--seed", "2"]) == 0
    finally:
        close()
    return path


def this_month() -> str:
    return clock.local(clock.now()).strftime("%Y-%m")


def month_count(counter) -> int:
    connect(counter)
    try:
        first = date.fromisoformat(f"{this_month()}-01")
        return paging.EntryQuery(visitors.SPEC, since=first).count()
    finally:
        close()


def test_csv_of_a_month(run, counter, tmp_path):
    target = tmp_path / "visits.csv"
    status, out, _ = run("export", "visitors", this_month(), "--db", counter, "-o", target)
    assert status == 0
    written = int(re.search(r"的 (\d+) 条记录", out).group(1))
    assert written == month_count(counter) > 0
    assert str(target) in out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["编号", "进入时间", "访客"] and len(rows) == written + 1
    assert all(re.fullmatch(r"V\d{6}", row[0]) for row in rows[1:])
    phones = [row[rows[0].index("电话")] for row in rows[1:] if row[rows[0].index("电话")]]
    assert phones and all("****" in phone for phone in phones)


def test_xlsx_in_english_and_audited(run, counter, tmp_path):
    target = tmp_path / "visits.xlsx"
    status, out, _ = run("--lang", "en", "export", "visitors", this_month(), "--db", counter, "-o", target)
    assert status == 0 and "Wrote" in out and str(target) in out
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.title == "Visitor log" and sheet["A1"].value == "No."
    assert sheet.max_row == month_count(counter) + 1
    connect(counter)
    try:
        record = AuditRecord.select().where(AuditRecord.action == "export").order_by(AuditRecord.id.desc()).get()
        assert record.entity == "visitors" and "visits.xlsx" in record.after
    finally:
        close()


def test_a_month_without_entries_writes_just_the_header(run, counter, tmp_path):
    target = tmp_path / "old.csv"
    status, out, _ = run("export", "parcels", "2001-01", "--db", counter, "-o", target)
    assert status == 0 and " 0 条" in out
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1


@pytest.mark.parametrize("logbook, month, name, words", [
    ("visitor", "2026-11", "x.csv", ["没有登记本", "visitors", "key_loans"]),
    ("visitors", "2026-13", "x.csv", ["2026-13", "2026-11"]),
    ("visitors", "11/2026", "x.csv", ["11/2026"]),
    ("visitors", "2026-11", "x.pdf", ["xlsx", "CSV"]),
])
def test_bad_input_is_one_sentence(run, counter, tmp_path, logbook, month, name, words):
    status, out, err = run("export", logbook, month, "--db", counter, "-o", tmp_path / name)
    assert status == 1 and out == ""
    assert all(word in err for word in words)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_missing_counter_file_is_a_sentence(run, tmp_path):
    status, _, err = run("export", "visitors", "2026-11", "--db", tmp_path / "none.sqlite", "-o", tmp_path / "x.csv")
    assert status == 1 and "none.sqlite" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_output_is_required(run, counter):
    status, _, err = run("export", "visitors", "2026-11", "--db", counter)
    assert status != 0 and "--output" in err
