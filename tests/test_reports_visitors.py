"""The visitor pass slip and the on-site list, checked as a reader sees them (poppler-utils)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from frontdesk_gui.reports.onsite_list import OnsiteRow, render_onsite_list
from frontdesk_gui.reports.pass_slip import PassSlipData, render_pass_slip

SLIP = PassSlipData(
    counter_name="华东科技园 A座前台", code="V000123", visitor_name="张伟", category="访客 Visitor",
    organisation="A&B 信息技术有限公司", host="李娜", unit="财务部", purpose="商务洽谈",
    badge_no="B-017", people_count=2, plate=None, id_masked="3101**********1234", phone_masked="138****5678",
    time_in="2025-03-14 09:32", operator="王芳", printed_at="2025-03-14 09:33",
)


def _write(tmp_path: Path, name: str, pdf: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _font_rows(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    # Two header lines, then: name type encoding emb sub uni object-id (type may be two words).
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _assert_fonts_embedded(path: Path) -> None:
    rows = _font_rows(path)
    assert rows, "no font at all: the text would not be text"
    for row in rows:
        assert row[-5] == "yes", f"font not embedded: {row}"


def _onsite_rows(count: int) -> list[OnsiteRow]:
    return [
        OnsiteRow(time_in=f"{8 + i % 10:02d}:{i % 60:02d}", visitor_name="张伟" if i % 7 else "Anna Lee",
                  organisation="上海某某信息技术有限公司", host="李娜", unit="财务部", badge_no=f"B-{i:03d}",
                  people_count=1 + i % 3, phone_masked="138****5678")
        for i in range(count)
    ]


def test_slip_shows_visitor_entry_and_host_in_an_embedded_font(tmp_path):
    path = _write(tmp_path, "slip.pdf", render_pass_slip(SLIP))
    text = _text(path)
    for expected in ("张伟", "V000123", "李娜", "访客通行单", "138****5678", "A&B"):
        assert expected in text
    assert "COPY" not in text
    _assert_fonts_embedded(path)


def test_slip_is_80mm_wide_and_as_tall_as_its_content(tmp_path):
    short = PdfReader(_write(tmp_path, "short.pdf", render_pass_slip(SLIP))).pages
    longer = replace(SLIP, purpose="商务洽谈，" * 40)
    long = PdfReader(_write(tmp_path, "long.pdf", render_pass_slip(longer))).pages
    assert len(short) == len(long) == 1
    assert float(short[0].mediabox.width) == pytest.approx(80 / 25.4 * 72)
    assert float(long[0].mediabox.height) > float(short[0].mediabox.height)


def test_reprint_carries_the_copy_marker(tmp_path):
    path = _write(tmp_path, "copy.pdf", render_pass_slip(replace(SLIP, reprint=2)))
    assert "副本 COPY 2" in _text(path)


def test_english_slip_puts_english_labels_first(tmp_path):
    path = _write(tmp_path, "en.pdf", render_pass_slip(replace(SLIP, language="en")))
    assert "Host 被访人" in _text(path)


def test_slip_barcode_opens_the_entry(tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    path = _write(tmp_path, "slip.pdf", render_pass_slip(SLIP))
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(path), str(tmp_path / "slip")], check=True)
    with image.open(tmp_path / "slip.png") as png:
        decoded = [barcode.text for barcode in zxingcpp.read_barcodes(png)]
    assert decoded == ["V000123"]


def test_onsite_list_of_1000_rows_counts_pages_and_heads(tmp_path):
    rows = _onsite_rows(1000)
    path = _write(tmp_path, "onsite.pdf", render_onsite_list("华东科技园 A座前台", "2025-03-14 10:05", "王芳", rows))
    pages = len(PdfReader(path).pages)
    assert pages > 1
    text = _text(path)
    footers = re.findall(r"Page (\d+) / (\d+)", text)
    assert footers == [(str(n), str(pages)) for n in range(1, pages + 1)]
    heads = sum(row.people_count for row in rows)
    assert f"合计 {heads} 人" in text
    assert "1000 entries" in text
    assert "张伟" in text and "Anna Lee" in text
    _assert_fonts_embedded(path)


def test_empty_onsite_list_says_so(tmp_path):
    path = _write(tmp_path, "empty.pdf", render_onsite_list("前台", "2025-03-14 10:05", "王芳", []))
    text = _text(path)
    assert "无在场访客" in text
    assert "合计 0 人" in text
    assert "Page 1 / 1" in text
