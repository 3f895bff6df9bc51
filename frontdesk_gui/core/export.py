"""Exporting a logbook as its table shows it, filters and all, to a CSV or an Excel file.

The rows are the table's rows (core.paging.EntryQuery), newest first, read by keyset in batches so that a
million-row logbook never sits in memory; each cell reads as on screen (core.cells: personal numbers
masked). The file is written beside its target under a temporary name and renamed into place, so a failed
or cancelled export leaves the old file (or none), never half a file.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from frontdesk_gui.core import audit, clock, paging, spec
from frontdesk_gui.core.cells import cell_text
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.entry import VOIDED
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.spec import Column, LogbookSpec, scan_code
from frontdesk_gui.core.text import Text, tr

FORMATS = ("xlsx", "csv")
# Rows read per query: big enough that the queries cost little, small enough to keep memory flat.
BATCH = 2000
NUMBER_TITLE = tr("编号", "No.")
STATUS_TITLE = tr("状态", "Status")
VOID_TITLE = tr("已作废", "Void")
# A spreadsheet takes a cell starting with these as a formula (=HYPERLINK(...) in a visitor's name).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
# Excel's rules for a sheet name.
SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31
MONTH = re.compile(r"\d{4}-\d{2}")

Progress = Callable[[int, int], None]


class ExportCancelled(FrontdeskError):
    """Raised by a progress callback to stop an export; nothing is left behind."""

    def __init__(self):
        super().__init__(tr("已取消导出。", "Export cancelled."))


def headers(logbook: LogbookSpec) -> list[str]:
    """Column titles in the current language: the entry's number, the table's columns, its status."""
    titles = [str(NUMBER_TITLE)] + [str(column.title) for column in _shown_columns(logbook)]
    if not _has_status_column(logbook):
        titles.append(str(STATUS_TITLE))
    return titles


def rows(query: paging.EntryQuery, *, batch: int = BATCH) -> Iterator[tuple[str, list]]:
    """(status, raw values) per entry, newest first: the number, each column's value, the status."""
    logbook = query.spec
    columns = _shown_columns(logbook)
    extra_status = not _has_status_column(logbook)
    fields = logbook.model._meta.fields
    if all(column.field in fields for column in columns):
        # Plain columns: tuples of just those fields, without building a model object per row (2x faster).
        selected = [fields["id"], fields["status"], *(fields[column.field] for column in columns)]
        for entry_id, status, *values in query.values(selected, batch):
            yield status, [_number(logbook, entry_id), *values, *((status,) if extra_status else ())]
        return
    # Some column is computed from the entry (a fax's marks): read whole entries.
    page = query.rows(0, batch)
    while page:
        for entry in page:
            values = [_number(logbook, entry.id)] + [getattr(entry, column.field) for column in columns]
            if extra_status:
                values.append(entry.status)
            yield entry.status, values
        page = query.rows(0, batch, below=page[-1].id) if len(page) == batch else []


def export(query: paging.EntryQuery, path: str | Path, *, fmt: str | None = None, ctx: Ctx | None = None,
           progress: Progress | None = None) -> int:
    """Write the query's rows to `path` (.xlsx or .csv, or `fmt`); returns how many rows were written.

    `progress(done, total)` is called after each batch; it may raise ExportCancelled to stop.
    With a ctx the export is audited (who took which logbook's rows out, with which filters).
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError({"path": tr("只能导出为 Excel(.xlsx)或 CSV(.csv)文件。",
                                          "Export to an Excel (.xlsx) or CSV (.csv) file.")})
    query.now = clock.now()
    total = query.count()
    about = describe(query, ctx, total)
    write = _write_csv if fmt == "csv" else _write_xlsx
    written = _replace_atomically(path, lambda tmp: write(tmp, query, total, about, progress))
    if ctx is not None:
        audit.record(ctx, "export", query.spec.key, None,
                     after={"format": fmt, "file": path.name, "rows": written,
                            "filters": {str(k.en): v for k, v in about[1:5]}})
    return written


def logbook_named(key: str) -> LogbookSpec:
    """A logbook by its key, or a sentence listing the keys there are."""
    books = spec.all_specs()
    found = next((book for book in books if book.key == key), None)
    if found is None:
        keys = ", ".join(book.key for book in books)
        raise ValidationError({"logbook": Text(f"没有登记本“{key}”。可用的有:{keys}",
                                               f"There is no logbook “{key}”. The logbooks are: {keys}")})
    return found


def month_query(logbook: LogbookSpec, month: str) -> paging.EntryQuery:
    """The entries created in a local calendar month written 2026-11, void ones included."""
    try:
        first = date.fromisoformat(f"{month}-01") if MONTH.fullmatch(month) else None
    except ValueError:
        first = None
    if first is None:
        raise ValidationError({"month": Text(f"月份“{month}”不对,请写作 2026-11。",
                                             f"“{month}” is not a month; write it as 2026-11.")})
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return paging.EntryQuery(logbook, since=first, until=following - timedelta(days=1))


def describe(query: paging.EntryQuery, ctx: Ctx | None, total: int) -> list[tuple[Text, str]]:
    """What an exported file holds, for its About sheet and the audit record."""
    logbook = query.spec
    if query.attention_key is None:
        attention = ""
    elif query.attention_key == paging.ANY_ATTENTION:
        attention = str(tr("全部需处理的", "Any that needs attention"))
    else:
        attention = "; ".join(str(r.title) for r in logbook.attention if r.key == query.attention_key)
    status = str(logbook.statuses.get(query.status, query.status)) if query.status else ""
    return [
        (tr("登记本", "Logbook"), str(logbook.title)),
        (tr("时间范围", "Period"), _period(query)),
        (tr("状态", "Status"), status or str(tr("全部", "All"))),
        (tr("需处理", "Needs attention"), attention or str(tr("不限", "Any"))),
        (tr("搜索", "Search"), query.text or ""),
        (tr("行数", "Rows"), str(total)),
        (tr("导出时间", "Exported at"), clock.local_text(query.now)),
        (tr("导出人", "Exported by"), ctx.operator.display_name if ctx is not None else ""),
        (tr("说明", "Note"), str(tr("证件号码和电话号码已部分隐藏;时间为本地时间。",
                                  "ID and phone numbers are partly hidden; times are local."))),
    ]


def sheet_name(title: str) -> str:
    """A logbook title as Excel accepts it for a sheet: no []:*?/\\, at most 31 characters."""
    name = SHEET_NAME_BAD.sub(" ", title).strip().strip("'")[:SHEET_NAME_MAX].strip()
    return name or "Sheet1"


def csv_safe(text: str) -> str:
    """A cell a spreadsheet will not run: a leading ' before a formula start, numbers (-12.00) as they are."""
    if text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


# -- the two formats ------------------------------------------------------------------------------------
def _write_csv(path: Path, query: paging.EntryQuery, total: int, about, progress: Progress | None) -> int:
    """UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK."""
    columns = _value_columns(query.spec)
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([csv_safe(title) for title in headers(query.spec)])
        for status, values in rows(query):
            writer.writerow([csv_safe(_text(query.spec, column, value, status))
                             for column, value in zip(columns, values, strict=True)])
            written += 1
            if progress is not None and written % BATCH == 0:
                progress(written, total)
    if progress is not None:
        progress(written, total)
    return written


def _write_xlsx(path: Path, query: paging.EntryQuery, total: int, about, progress: Progress | None) -> int:
    # Imported here: openpyxl costs start-up time, and most sessions never export.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    logbook = query.spec
    columns = _value_columns(logbook)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name(str(logbook.title)))
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, start=1):
        # Column widths are pixels on screen; Excel counts characters of about 7 pixels.
        sheet.column_dimensions[get_column_letter(number)].width = max(8, round(column.width / 7) + 2)
    bold = Font(bold=True)

    def string_cell(text: str, font=None):
        # openpyxl would store a text starting with = as a formula: keep it text.
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        return cell

    def money_cell(fen):
        cell = WriteOnlyCell(sheet, value=Decimal(int(fen)) / 100)
        cell.number_format = "0.00"
        return cell

    sheet.append([string_cell(title, bold) for title in headers(logbook)])
    written = 0
    for status, values in rows(query):
        line = []
        for column, value in zip(columns, values, strict=True):
            if value is None or value == "":
                line.append(None)
            elif column.kind == "int" and isinstance(value, int):
                line.append(value)
            elif column.kind == "money":
                line.append(money_cell(value))
            else:
                text = _text(logbook, column, value, status)
                line.append(string_cell(text) if text.startswith("=") else text)
        sheet.append(line)
        written += 1
        if progress is not None and written % BATCH == 0:
            progress(written, total)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"

    notes = book.create_sheet(str(tr("导出说明", "About")))
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 50
    for title, value in about:
        notes.append([string_cell(str(title), bold), string_cell(value)])
    book.save(path)
    if progress is not None:
        progress(written, total)
    return written


# -- helpers ------------------------------------------------------------------------------------------
def _shown_columns(logbook: LogbookSpec) -> tuple[Column, ...]:
    # The number leads every row already.
    return tuple(column for column in logbook.columns if column.field != "id")


def _has_status_column(logbook: LogbookSpec) -> bool:
    return any(column.field == "status" for column in logbook.columns)


def _value_columns(logbook: LogbookSpec) -> tuple[Column, ...]:
    """How each value of `rows()` is shown: the number as text, the columns, the status."""
    number = Column("id", NUMBER_TITLE)
    status = () if _has_status_column(logbook) else (Column("status", STATUS_TITLE),)
    return (number, *_shown_columns(logbook), *status)


def _number(logbook: LogbookSpec, entry_id: int) -> str:
    """The code its slips print (V000123) where the logbook has one, else the plain number."""
    return scan_code(logbook, entry_id) if logbook.code_prefix else str(entry_id)


def _text(logbook: LogbookSpec, column: Column, value, status: str) -> str:
    if column.field == "status":
        # The logbook's own status names, so that a void entry says so even where the column lacks it.
        label = logbook.statuses.get(value) or dict(column.choices).get(value)
        return str(label or (VOID_TITLE if value == VOIDED else value))
    return cell_text(column, value)


def _period(query: paging.EntryQuery) -> str:
    def day(value) -> str:
        return clock.local_text(value) if hasattr(value, "hour") else value.isoformat()

    if query.since is None and query.until is None:
        return str(tr("全部日期", "All dates"))
    if query.until is None:
        return str(Text(f"{day(query.since)} 起", f"from {day(query.since)}"))
    if query.since is None:
        return str(Text(f"至 {day(query.until)}", f"until {day(query.until)}"))
    return f"{day(query.since)} – {day(query.until)}"


def _replace_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """Write into a temporary file beside `path`, then rename it over `path`; on any failure remove it."""
    folder = path.parent
    if not folder.is_dir():
        raise FrontdeskError(Text(f"文件夹 {folder} 不存在。", f"There is no folder {folder}."))
    tmp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".part{path.suffix}", dir=folder)
        os.close(handle)
        tmp = Path(name)
        written = write(tmp)
        os.replace(tmp, path)
    except BaseException as error:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(error, PermissionError):
            raise FrontdeskError(Text(f"无法写入 {path}:没有权限,或文件正在 Excel 中打开(请关闭后再试)。",
                                      f"Cannot write {path}: no permission, or it is open in Excel "
                                      "(close it and try again).")) from error
        if isinstance(error, OSError):
            raise FrontdeskError(Text(f"无法写入 {path}:{error.strerror or error}",
                                      f"Cannot write {path}: {error.strerror or error}")) from error
        raise
    return written
