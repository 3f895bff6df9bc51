"""Importing the directory from the CSV and Excel files people really have on the counter PC.

Those files were typed in Excel by different people over years: CSV saved as GBK or UTF-8 (with or
without BOM), comma / semicolon / tab separated, a merged title row above the header, headers in
Chinese or English with many spellings, numbers turned into floats (1203.0), padding spaces. Each
row is checked like the form checks one entry; the report says for every rejected row why, and
the accepted rows are written together, in one transaction with one audit record.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from frontdesk_gui.core import audit
from frontdesk_gui.core.auth import SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory import service
from frontdesk_gui.core.directory.models import FIELDS, MODELS
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.text import Text, tr

HEADER_SEARCH_ROWS = 5
_NAMES = ("姓名", "名字", "name", "fullname")
_PHONE = ("电话", "联系电话", "手机", "手机号", "手机号码", "电话号码", "联系方式",
          "phone", "tel", "telephone", "mobile", "phoneno", "contact")
_UNIT = ("房号", "房间", "房间号", "单元", "单元号", "室", "门牌号", "unit", "unitno", "room", "roomno")
# Header spellings per kind, compared after _header_key (lower case, no spaces, brackets or marks).
HEADERS = {
    "company": {"name": ("公司名称", "公司", "单位", "单位名称", "名称", "企业名称", "租户名称", "company",
                         "companyname", "name", "tenant"),
                "floor": ("楼层", "层", "所在楼层", "floor"), "room": _UNIT, "phone": _PHONE},
    "resident": {"name": _NAMES + ("业主姓名", "住户", "住户姓名", "租户姓名", "户主", "持证人姓名",
                                   "resident"),
                 "unit": _UNIT + ("房屋", "楼栋房号", "房屋编号"),
                 "role": ("业主/租户", "业主租户", "身份", "类型", "类别", "住户类型", "业主", "租户",
                          "role", "type", "ownertenant"),
                 "phone": _PHONE},
    "staff": {"name": _NAMES + ("员工姓名", "staff", "employee"),
              "department": ("部门", "所属部门", "department", "dept"),
              "work_id": ("工号", "工作证号", "工作证", "员工编号",
                          "workid", "staffid", "employeeid", "staffno"),
              "phone": _PHONE},
}
SCIENTIFIC = re.compile(r"\d+(\.\d+)?E\+?\d+", re.IGNORECASE)
WHOLE_FLOAT = re.compile(r"(\d+)\.0+")


@dataclass
class RowResult:
    row: int  # the row number as Excel shows it
    accepted: bool
    values: dict
    reason: Text | None = None
    entry_id: int | None = None


@dataclass
class ImportReport:
    file_name: str
    kind: str
    header_row: int
    columns: dict[str, str]  # field -> the header text it was read from
    ignored_columns: list[str]
    rows: list[RowResult] = field(default_factory=list)
    written: bool = False

    @property
    def accepted(self) -> list[RowResult]:
        return [r for r in self.rows if r.accepted]

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if not r.accepted]

    def summary(self) -> Text:
        a, r = len(self.accepted), len(self.rejected)
        if self.written:
            return Text(f"{self.file_name}:导入 {a} 条,拒绝 {r} 条。",
                        f"{self.file_name}: {a} imported, {r} rejected.")
        return Text(f"{self.file_name}:可导入 {a} 条,拒绝 {r} 条(尚未写入)。",
                    f"{self.file_name}: {a} can be imported, {r} rejected (nothing written yet).")


def _file_error(zh: str, en: str) -> ValidationError:
    return ValidationError({"file": tr(zh, en)})


def _decode(data: bytes) -> str:
    """UTF-8 with or without BOM, Excel's UTF-16 "Unicode text", else GBK (read as its superset GB18030)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _file_error("无法识别文件的编码,请在 Excel 中另存为“CSV UTF-8”后再导入。",
                      "The file's encoding is not recognised; save it from Excel as CSV UTF-8 and try again.")


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:30])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        # A title row and ragged rows can defeat the sniffer; the commonest separator is then the one.
        return max(",;\t", key=sample.count)


def read_csv(path: Path) -> list[list]:
    text = _decode(path.read_bytes())
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))


def read_xlsx(path: Path) -> list[list]:
    import zipfile

    import openpyxl  # only here: loading it costs the start-up of a program that seldom imports
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _file_error("无法读取这个 Excel 文件,它可能已损坏或不是 .xlsx 文件。",
                          "This Excel file cannot be read; it may be damaged or not an .xlsx file.") from exc
    try:
        return [list(row) for row in workbook.active.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_rows(path: Path) -> list[list]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise _file_error("找不到这个文件。", "The file was not found.")
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix == ".xls":
        raise _file_error("旧版 .xls 文件不能直接导入,请在 Excel 中另存为 .xlsx 或 CSV。",
                          "Old .xls files cannot be read; save it from Excel as .xlsx or CSV.")
    raise _file_error("只能导入 CSV 或 Excel(.xlsx)文件。",
                      "Only CSV or Excel (.xlsx) files can be imported.")


def cell_text(value) -> str:
    """One cell as the text a person meant: Excel's 1203.0 (a number cell, or in a CSV) is 1203."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = service.tidy(value)
    whole = WHOLE_FLOAT.fullmatch(text)
    return whole.group(1) if whole else text


def _header_key(text: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", service.tidy(text)).lower()
    return re.sub(r"[\s.:*#_\-]", "", text)


def find_header(rows: list[list], kind: str) -> tuple[int, dict[str, list[int]]]:
    """The header within the first rows (title rows may stand above it): the row naming most fields."""
    spellings = {_header_key(s): name for name, words in HEADERS[kind].items() for s in words}
    best: tuple[int, dict[str, list[int]]] | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, list[int]] = {}
        for col, value in enumerate(row):
            name = spellings.get(_header_key(cell_text(value)))
            if name:
                columns.setdefault(name, []).append(col)
        if "name" in columns and (best is None or len(columns) > len(best[1])):
            best = (index, columns)
    if best is None:
        raise _file_error("在文件的前 5 行中找不到表头(需要有“姓名”或“公司名称”等列名)。",
                          "No header row in the first 5 rows (a column such as Name or Company is needed).")
    return best


def _row_values(row: list, columns: dict[str, list[int]]) -> dict:
    cells = [cell_text(v) for v in row]
    values = {}
    for name, indexes in columns.items():
        # Two columns for one field (电话 and 手机): the first one filled in counts.
        values[name] = next((cells[i] for i in indexes if i < len(cells) and cells[i]), "")
    return values


def _reason(errors: dict[str, Text]) -> Text:
    return Text(" ".join(e.zh for e in errors.values()), " ".join(e.en for e in errors.values()))


def _check_row(kind: str, values: dict, seen: dict, number: int) -> tuple[dict, Text | None]:
    if SCIENTIFIC.fullmatch(values.get("phone", "")):
        return values, tr("电话被 Excel 显示成了科学计数法(如 1.38E+10),位数已丢失;"
                          "请把该列设为文本后重新导出。",
                          "Excel turned the phone into 1.38E+10 and lost digits; "
                          "format the column as text and export again.")
    clean, errors = service.check(kind, values)
    if errors:
        return clean, _reason(errors)
    key = service.duplicate_key(kind, clean)
    if key in seen:
        return clean, Text(f"与文件第 {seen[key]} 行重复。", f"Duplicate of row {seen[key]} of this file.")
    existing = service.duplicate_of(kind, clean)
    if existing:
        return clean, _reason(service.duplicate_error(kind, existing))
    seen[key] = number
    return clean, None


def import_file(ctx: Ctx, path, kind: str, *, dry_run: bool = False) -> ImportReport:
    """Check every row of the file; unless dry_run, write the accepted ones (all or none) and audit once."""
    require(ctx, SUPERVISOR)
    if kind not in MODELS:
        raise ValueError(f"not a directory kind: {kind}")
    path = Path(path)
    rows = read_rows(path)
    header_index, columns = find_header(rows, kind)
    header = [cell_text(v) for v in rows[header_index]]
    used = {i for indexes in columns.values() for i in indexes}
    report = ImportReport(
        file_name=path.name, kind=kind, header_row=header_index + 1,
        columns={name: header[indexes[0]] for name, indexes in columns.items()},
        ignored_columns=[h for i, h in enumerate(header) if h and i not in used],
    )
    seen: dict[tuple, int] = {}
    with db.atomic():
        for index in range(header_index + 1, len(rows)):
            values = _row_values(rows[index], columns)
            if not any(values.values()):
                continue  # blank, or only a pre-numbered 序号 in an otherwise empty template row
            values = {name: values.get(name, "") for name in FIELDS[kind]}
            clean, reason = _check_row(kind, values, seen, index + 1)
            report.rows.append(RowResult(row=index + 1, accepted=reason is None, values=clean, reason=reason))
        if dry_run or not report.accepted:
            return report
        for result in report.accepted:
            entry = service.new_entry(ctx, kind, result.values)
            entry.save(force_insert=True)
            result.entry_id = entry.id
        ids = [r.entry_id for r in report.accepted]
        audit.record(ctx, "import", kind, None, after={
            "file": path.name, "rows": len(report.rows), "accepted": len(ids),
            "rejected": len(report.rejected), "first_id": min(ids), "last_id": max(ids)})
        report.written = True
    return report
