"""Importing the directory from CSV / Excel files as they come from the counter PC."""

import openpyxl
import pytest

from frontdesk_gui.core import audit, directory, shift
from frontdesk_gui.core.directory_import import import_file
from frontdesk_gui.core.errors import NeedsAuthorisation, PermissionDenied, ValidationError
from frontdesk_gui.core.models import AuditRecord


@pytest.fixture
def lead(supervisor):
    return shift.login("lead", "lead-pass")


def write_csv(path, lines, encoding, delimiter=","):
    path.write_bytes(("\r\n".join(delimiter.join(cells) for cells in lines) + "\r\n").encode(encoding))
    return path


def reasons(report):
    return {r.row: str(r.reason) for r in report.rejected}


def test_gbk_csv_with_a_title_row_and_chinese_headers(lead, tmp_path):
    path = write_csv(tmp_path / "公司名册.csv", [
        ["国贸大厦公司名册(2026年11月)", "", "", ""],
        ["公司名称", "楼层", "房号", "联系电话"],
        ["深圳市华信科技有限公司", "12", "1201", "0755-86001234"],
        ["  明达贸易  ", "8F", "８０８", "13812345678"],
    ], "gbk")
    report = import_file(lead, path, "company")
    assert report.header_row == 2 and report.columns["name"] == "公司名称" and report.written
    assert [(r.row, r.accepted) for r in report.rows] == [(3, True), (4, True)]
    mingda = directory.get("company", report.rows[1].entry_id)
    assert (mingda.name, mingda.floor, mingda.room, mingda.phone) == ("明达贸易", "8F", "808", "13812345678")
    assert [s.name for s in directory.suggest("hxkj")] == ["深圳市华信科技有限公司"]


def test_utf8_bom_csv_with_semicolons_and_full_width_spaces(lead, tmp_path):
    path = write_csv(tmp_path / "residents.csv", [
        ["姓名", "房号", "业主/租户", "手机"],
        ["李　娜", " 3栋1203 ", "业主", "13812345678"],
        ["王伟\u3000", "3栋1204", "租户", "139 0000 1111"],
        ["赵敏", "3栋1205", "", ""],
    ], "utf-8-sig", delimiter=";")
    report = import_file(lead, path, "resident")
    assert reasons(report) == {}
    people = {e.name: e for e in directory.listing("resident")}
    assert people["李娜"].unit == "3栋1203" and people["李娜"].role == "owner"
    assert people["王伟"].role == "tenant" and people["王伟"].phone == "13900001111"
    assert people["赵敏"].role is None and people["赵敏"].phone is None


def test_tab_separated_utf8_with_english_headers(lead, tmp_path):
    path = write_csv(tmp_path / "staff.txt", [
        ["Name", "Department", "Work ID", "Phone"],
        ["张伟", "工程部", "e1023", "13812345678"],
        ["Li Na", "Security", "S-7", ""],
    ], "utf-8", delimiter="\t")
    report = import_file(lead, path, "staff")
    assert len(report.accepted) == 2
    assert [s.label for s in directory.suggest("zw")] == ["张伟 · 工程部 · 工号 E1023"]
    assert [s.name for s in directory.suggest("s-7")] == ["Li Na"]


def test_xlsx_with_numbers_read_as_floats_a_merged_title_and_a_blank_row(lead, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["业主档案"])
    sheet.merge_cells("A1:E1")
    sheet.append(["序号", "业主姓名", "单元", "身份", "联系电话"])
    sheet.append([1, "李娜", 1203.0, "业主", 13812345678.0])
    sheet.append([None, None, None, None, None])
    sheet.append([2, "陈刚", 808, "租户", 13900001111])
    sheet.append([3])  # a numbered template row nobody filled in
    path = tmp_path / "业主档案.xlsx"
    book.save(path)
    report = import_file(lead, path, "resident")
    assert [(r.row, r.accepted) for r in report.rows] == [(3, True), (5, True)]
    assert report.ignored_columns == ["序号"]
    li = directory.get("resident", report.rows[0].entry_id)
    assert (li.unit, li.phone) == ("1203", "13812345678")
    assert [s.name for s in directory.suggest("1203")] == ["李娜"]


def test_bad_rows_are_rejected_with_a_reason_and_the_good_ones_written(lead, tmp_path):
    directory.add(lead, "resident", name="周杰", unit="2栋101")
    path = write_csv(tmp_path / "mixed.csv", [
        ["姓名", "房号", "电话"],
        ["", "2栋102", "13812345678"],        # 2: missing name
        ["孙丽", "2栋103", "待定"],           # 3: bad phone
        ["吴敏", "2栋104", "138123456789"],   # 4: a mobile with a digit too many
        ["周杰", "2栋101", ""],               # 5: already in the directory
        ["郑强", "2栋105", "13900001111"],    # 6: fine
        ["郑强", "2栋105", ""],               # 7: same as row 6
        ["钱多", "", ""],                     # 8: no unit
        ["冯七", "2栋106", "1.38123E+10"],    # 9: Excel's scientific notation
    ], "utf-8")
    report = import_file(lead, path, "resident")
    found = reasons(report)
    assert found[2] == "请填写住户姓名。"
    assert "电话号码" in found[3]
    assert found[4] == "手机号应为 11 位。"
    assert found[5].startswith("名册中已有该条目")
    assert found[7] == "与文件第 6 行重复。"
    assert found[8] == "请填写单元/房号。"
    assert "科学计数法" in found[9]
    assert [r.row for r in report.accepted] == [6]
    assert str(report.summary()) == "mixed.csv:导入 1 条,拒绝 7 条。"


def test_one_transaction_one_audit_record(lead, tmp_path):
    path = write_csv(tmp_path / "co.csv", [["公司", "房间"], ["甲公司", "101"], ["乙公司", "102"]], "utf-8")
    before = AuditRecord.select().count()
    report = import_file(lead, path, "company")
    records = list(AuditRecord.select().where(AuditRecord.id > before))
    assert [r.action for r in records] == ["import"]
    assert '"file": "co.csv"' in records[0].after and '"accepted": 2' in records[0].after
    assert [r.entry_id for r in report.rows] == sorted(r.entry_id for r in report.rows)
    assert audit.verify_chain() == []


def test_dry_run_writes_nothing(lead, tmp_path):
    path = write_csv(tmp_path / "co.csv", [["Company", "Floor"], ["甲公司", "3"]], "utf-8")
    audits = AuditRecord.select().count()
    report = import_file(lead, path, "company", dry_run=True)
    assert len(report.accepted) == 1 and not report.written and report.rows[0].entry_id is None
    assert directory.listing("company") == [] and AuditRecord.select().count() == audits
    assert "尚未写入" in str(report.summary())


def test_a_file_without_a_header_is_refused(lead, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["甲", "1"], ["乙", "2"]], "utf-8")
    with pytest.raises(ValidationError, match="表头"):
        import_file(lead, path, "company")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError, match="xls"):
        import_file(lead, old, "company")


def test_a_receptionist_cannot_import(receptionist_ctx, tmp_path):
    path = write_csv(tmp_path / "co.csv", [["公司", "房间"], ["甲公司", "101"]], "utf-8")
    with pytest.raises(PermissionDenied) as caught:
        import_file(receptionist_ctx, path, "company")
    assert not isinstance(caught.value, NeedsAuthorisation)  # a bulk change is not approved at the counter
    assert directory.listing("company") == []
