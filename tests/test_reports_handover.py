"""The A4 shift handover sheet: a scripted shift signed off and taken over, printed through core.printing and
the renderer registry, and read back as a reader sees it (pdftotext, pdffonts)."""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from frontdesk_gui.core import directory, printing, shift
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.logbooks import duty_log, handovers, keys, parcels, visitors
from frontdesk_gui.core.models import Operator
from frontdesk_gui.reports import registry

ID = "11010519491231002X"
PHONE = "13812345678"
KEY_NOTE = "钥匙 A-0301 借用人已电话确认明早归还"


@pytest.fixture
def signed_off(receptionist_ctx, supervisor, frozen):
    """As tests/test_core_handover.py's shift: two visitors (one left), two parcels (one notified), a key out on a
    50 yuan cash deposit, a high-priority note and a normal one; then a count 10 yuan short, with its reason."""
    ctx = receptionist_ctx
    lead = Ctx(Operator.get_by_id(supervisor.id), ctx.shift)
    directory.add(lead, "company", name="上海蓝天贸易有限公司", room="1203")
    keys.add_key(lead, tag="A-0301", category="vacant", building="3栋", floor="3层", unit="301", label="3栋301",
                 cabinet_position="A1", ring_count=3)
    for name in ("张伟", "王芳"):
        visitors.check_in(ctx, visitor_name=name, category="outside_visitor", host_name="李娜", host_unit="1203",
                          phone="13812341234", purpose="送文件")
    frozen.advance(minutes=20)
    visitors.check_out(ctx, visitors.Visit.get(visitors.Visit.visitor_name == "王芳"))
    for tracking in ("SF0000000001", "SF0000000002"):
        parcels.receive(ctx, tracking_no=tracking, item_type="express", carrier="顺丰",
                        recipient_company="上海蓝天贸易有限公司", recipient_unit="1203", storage="A3")
    parcels.notify(ctx, parcels.Parcel.get(parcels.Parcel.tracking_no == "SF0000000002"), "phone")
    keys.lend(ctx, key_tag="A-0301", borrower_kind="outsider", borrower_name="刘装修", id_type="resident_id",
              id_number=ID, phone=PHONE, purpose="看房", deposit_method="cash")
    duty_log.note(ctx, category="damage", priority="high", follow_up=True, unit="3栋",
                  text="3栋电梯按钮被人损坏,已拍照,待工程部维修")
    duty_log.note(ctx, category="opinion", priority="normal", text="住户建议大堂加装雨伞架")
    frozen.advance(hours=2)
    sheet = handovers.sign_off(ctx, "40.00", count_reason="找零少了 10 元",
                               notes="3栋电梯已报工程部\n明早 9 点前交财务")
    return {"ctx": ctx, "sheet": sheet}


def _acknowledged(sheet) -> tuple[Ctx, handovers.Handover]:
    incoming = shift.login("lead", "lead-pass")
    done = handovers.acknowledge(incoming, sheet, {"cash": True, "deposits": True, "parcels:untold": True,
                                                   "parcels:held": True}, notes={"key_loans:out": KEY_NOTE})
    return incoming, done


def _pdf(tmp_path: Path, data: dict, name: str = "sheet") -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(registry.render("handover_sheet", data))
    return path


def _pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1]


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _printed(ctx, sheet, tmp_path: Path, name: str = "sheet") -> Path:
    return _pdf(tmp_path, printing.document_data(ctx, handovers.SPEC, sheet, "sheet"), name)


def test_the_sheet_shows_header_open_items_cash_notes_and_signatures(signed_off, tmp_path):
    ctx, sheet = signed_off["ctx"], signed_off["sheet"]
    path = _printed(ctx, sheet, tmp_path)
    pages = _pages(path)
    text = "\n".join(pages)
    total = len(pages)
    assert all(f"Page {n} of {total}" in page and f"第 {n} 页 共 {total} 页" in page
               for n, page in enumerate(pages, start=1))
    assert PdfReader(path).pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4 portrait
    for snippet in ("交接班记录表", "SHIFT HANDOVER SHEET", f"H{sheet.id:06d}", sheet.counter, "李前台"):
        assert snippet in text, snippet
    for group in sheet.content["groups"]:
        assert group["title"]["zh"] in text and group["logbook_title"]["zh"] in text, group["key"]
        for listed in group["entries"]:
            assert listed["code"] in text
    custody = next(g for g in sheet.content["groups"] if g["logbook"] == "key_loans")
    assert f"★ {custody['logbook_title']['zh']}" in text  # custody groups are marked
    # The 50 yuan deposit taken in cash, counted 40, 10 short, and why.
    assert "¥50.00" in text and "¥40.00" in text and "¥-10.00" in text and "找零少了 10 元" in text
    assert "刘装修" in text and "代收押金" in text
    assert "3栋电梯按钮被人损坏" in text and "住户建议大堂加装雨伞架" not in text  # only high-priority notes
    assert "3栋电梯已报工程部" in text and "明早 9 点前交财务" in text
    assert "交班人 Handed over by" in text and "接班人 Taken over by" in text
    # Nobody has taken over yet: no incoming name, boxes to tick by hand, no copy or void mark.
    assert "王领班" not in text and "□" in text and "✓" not in text.replace("打 ✓", "").replace("tick ✓", "")
    assert "COPY" not in text and "VOID" not in text
    assert PHONE not in text and ID not in text
    fonts = _fonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
    assert not any(re.search(r"Helvetica|Times|Courier", row[0]) for row in fonts)


def test_after_the_acknowledgement_the_sheet_names_both_operators_and_each_check(signed_off, tmp_path):
    incoming, done = _acknowledged(signed_off["sheet"])
    text = "\n".join(_pages(_printed(incoming, done, tmp_path)))
    header = text[:text.index("未结事项")]
    assert "李前台" in header and "王领班" in header and done.acknowledged_at is not None
    closing = text[text.index("接班确认 Acknowledgement"):]
    assert closing.count("✓") >= 4 and "×" in closing and "□" not in closing
    # The note wraps in its cell; the names are printed under the signature lines.
    flat = "".join(closing.split())
    assert "".join(KEY_NOTE.split()) in flat
    assert "交班人Handedoverby李前台" in flat and "接班人Takenoverby王领班" in flat


def test_a_reprint_says_copy_and_a_void_sheet_says_void(signed_off, tmp_path):
    ctx, sheet = signed_off["ctx"], signed_off["sheet"]
    printing.record_print(ctx, handovers.SPEC, sheet, "sheet", destination="PDF")
    again = printing.document_data(ctx, handovers.SPEC, sheet, "sheet")
    assert again["reprint"] == 1
    assert "副本 COPY 1" in "\n".join(_pages(_pdf(tmp_path, again, "copy")))
    voided = {**again, "reprint": 0, "void_reason": "打印错了班次"}
    text = "\n".join(_pages(_pdf(tmp_path, voided, "void")))
    assert "作废 VOID" in text and "打印错了班次" in text and "COPY" not in text


def test_long_groups_run_over_pages_and_say_how_many_more(signed_off, tmp_path):
    ctx, sheet = signed_off["ctx"], signed_off["sheet"]
    data = copy.deepcopy(printing.document_data(ctx, handovers.SPEC, sheet, "sheet"))
    on_site = next(g for g in data["groups"] if g["logbook"] == "visitors")
    on_site["entries"] = [{**on_site["entries"][0], "code": f"V{n:06d}"} for n in range(1, 201)]
    on_site["count"] = 300
    pages = _pages(_pdf(tmp_path, data, "long"))
    total = len(pages)
    assert total >= 3 and all(f"Page {n} of {total}" in page for n, page in enumerate(pages, start=1))
    text = "\n".join(pages)
    assert "V000001" in text and "V000200" in text and "and 100 more (see the logbook)" in text
    # Every continued page repeats the column titles; the signatures end the last page with the check table.
    assert all("摘要" in page for page in pages[1:-1])
    assert "接班人 Taken over by" in pages[-1] and "接班确认" in pages[-1]


def test_in_english_english_comes_first(signed_off, tmp_path):
    ctx, sheet = signed_off["ctx"], signed_off["sheet"]
    data = {**printing.document_data(ctx, handovers.SPEC, sheet, "sheet"), "language": "en"}
    text = "\n".join(_pages(_pdf(tmp_path, data, "en")))
    assert "SHIFT HANDOVER SHEET 交接班记录表" in text and "Handed over by 交班人" in text
