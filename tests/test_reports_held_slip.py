"""The slip of something held for someone (reports/held_slip.py), checked as a reader sees it: the parcel
pickup notice and the 查无此人 note read back with pdftotext, fonts embedded, 80 mm wide and as tall as
the content, and the barcode read from the rendered page equals the entry's code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from frontdesk_gui.core import printing
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import parcels
from frontdesk_gui.reports import registry
from frontdesk_gui.reports.held_slip import HeldSlipData, render_held_slip

COMPANY = "上海蓝天贸易有限公司"


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, floor="12", room="1203")


@pytest.fixture
def known(roster, receptionist_ctx):
    return parcels.receive(receptionist_ctx, tracking_no="SF1234567890", item_type="express", carrier="顺丰",
                           recipient_company=COMPANY, recipient_name="王小明", recipient_unit="1203",
                           recipient_phone="13812345678", storage="A3")


@pytest.fixture
def unknown(roster, receptionist_ctx):
    return parcels.receive(receptionist_ctx, tracking_no="XA123456789CN", item_type="registered",
                           recipient_name="不认识", recipient_unit="9999")


def _pdf(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return path


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _assert_fonts_embedded(path: Path) -> None:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, "no font at all: the text would not be text"
    for row in rows:
        assert row[-5] == "yes", f"font not embedded: {row}"


def _barcodes(tmp_path: Path, path: Path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(path), str(tmp_path / path.stem)],
                   check=True)
    with image.open(tmp_path / f"{path.stem}.png") as png:
        return [barcode.text for barcode in zxingcpp.read_barcodes(png)]


def _render(ctx, entry, document: str) -> bytes:
    data = printing.document_data(ctx, parcels.SPEC, entry, document)
    renderer = next(d.renderer for d in parcels.SPEC.documents if d.key == document)
    return registry.render(renderer, data)


def test_pickup_notice_shows_number_recipient_and_title(tmp_path, known, receptionist_ctx):
    path = _pdf(tmp_path, "pickup", _render(receptionist_ctx, known, "pickup_slip"))
    text = _text(path)
    for expected in ("邮件领取通知单", "PICKUP NOTICE", "P000001", "SF1234567890", COMPANY, "王小明",
                     "138****5678", "领取人签字", "李前台"):
        assert expected in text, expected
    assert "13812345678" not in text and "COPY" not in text
    _assert_fonts_embedded(path)
    assert _barcodes(tmp_path, path) == ["P000001"]


def test_no_such_person_note_shows_number_addressee_and_return_date(tmp_path, unknown, receptionist_ctx):
    assert unknown.no_such_person
    path = _pdf(tmp_path, "nsp", _render(receptionist_ctx, unknown, "no_such_person"))
    text = _text(path)
    for expected in ("查无此人", "NO SUCH PERSON", "P000001", "XA123456789CN", "不认识 9999", "2026-11-26",
                     "退回邮局"):
        assert expected in text, expected
    assert "领取人签字" not in text
    _assert_fonts_embedded(path)
    assert _barcodes(tmp_path, path) == ["P000001"]


SLIP = dict(counter_name="华东科技园 A座前台", code="M000042", title_zh="电话留言", title_en="TELEPHONE MESSAGE",
            rows=[["致 For", "李娜"], ["来电 Caller", "张先生"],
                  ["", "请回电，关于明天上午十点的会议改到下午三点。" * 3], ["空 Empty", ""]],
            footer="留言已向来电人复述确认", reprint=0, operator="李前台", printed_at="2026-11-23 09:05",
            language="zh")


def test_long_values_wrap_and_the_slip_grows_80mm_wide(tmp_path):
    short = PdfReader(_pdf(tmp_path, "short", registry.render("held_slip", SLIP))).pages
    longer = dict(SLIP, rows=SLIP["rows"] + [["备注 Note", "很长的中文说明，" * 30]])
    long = PdfReader(_pdf(tmp_path, "long", registry.render("held_slip", longer))).pages
    assert len(short) == len(long) == 1
    assert float(short[0].mediabox.width) == pytest.approx(80 / 25.4 * 72)
    assert float(long[0].mediabox.height) > float(short[0].mediabox.height) + 50
    text = _text(tmp_path / "short.pdf")
    assert "会议改到" in text and "空 Empty" not in text  # an empty value drops its row


def test_a_reprint_is_marked_and_english_comes_first_in_english(tmp_path):
    data = HeldSlipData.from_dict(dict(SLIP, reprint=2, language="en"))
    path = _pdf(tmp_path, "copy", render_held_slip(data))
    text = _text(path)
    assert "副本 COPY 2" in text
    assert text.index("TELEPHONE MESSAGE") < text.index("电话留言")


def test_an_unknown_key_is_refused():
    with pytest.raises(ValueError, match="colour"):
        HeldSlipData.from_dict(dict(SLIP, colour="red"))
