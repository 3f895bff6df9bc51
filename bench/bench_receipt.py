"""Receipts: the median time to render "receipt_80mm" and "receipt_a5" (a six-item receipt, fonts registered
before timing) against bare ReportLab drawing the same strings with canvas.drawString, in the same font on
the same page size (and as many pages), measured in the same run.

Target (issue 3): <= 30 ms each.
"""

from __future__ import annotations

import io
import re

from bench import Figure, median_ms

TARGET_MS = 30.0
RUNS = 41
LINES = [
    {"description": "复印 A4 单面", "quantity": "12", "unit": "页", "unit_price": "0.50", "amount": "6.00"},
    {"description": "彩色打印 A3", "quantity": "3", "unit": "页", "unit_price": "5.00", "amount": "15.00"},
    {"description": "扫描 A4 (PDF 发送邮箱)", "quantity": "20", "unit": "页", "unit_price": "0.30", "amount": "6.00"},
    {"description": "传真 国内", "quantity": "2", "unit": "页", "unit_price": "2.00", "amount": "4.00"},
    {"description": "胶装 (含封面)", "quantity": "2", "unit": "本", "unit_price": "8.00", "amount": "16.00"},
    {"description": "会议室租用（小）", "quantity": "1", "unit": "小时", "unit_price": "76.45", "amount": "76.45"},
]
RECEIPT = {
    "counter_name": "华东科技园 A座前台", "number": "R2026-000123", "kind": "receipt",
    "issued_at": "2026-11-23 14:05", "payer": "张三", "company": "上海某某信息技术有限公司",
    "method": "微信 WeChat Pay",
    "lines": LINES, "total": "123.45", "capitals": "壹佰贰拾叁元肆角伍分", "operator": "王芳",
    "printed_at": "2026-11-23 14:06", "reprint": 0, "voided": False, "void_reason": "", "refund_of": "",
    "notes": ["已收押金 Deposit received R2026-000100: 60.00"], "finance_receipt_no": "", "language": "zh",
}


def run() -> list[Figure]:
    from frontdesk_gui.reports import registry
    from frontdesk_gui.reports.fonts import register_fonts

    register_fonts()  # ~70 ms once per process, not part of a receipt
    strings = _strings(RECEIPT)
    figures = []
    for name, label, pages in (("receipt_80mm", "receipt 80 mm (6 items)", 1),
                               ("receipt_a5", "receipt A5 triplicate (6 items)", 3)):
        page_size = _page_size(registry.render(name, RECEIPT))
        ours = median_ms(lambda name=name: registry.render(name, RECEIPT), RUNS)
        bare = median_ms(lambda size=page_size, pages=pages: _bare(size, pages, strings), RUNS)
        figures.append(Figure(label, ours, bare, TARGET_MS))
    return figures


def _strings(data: dict) -> list[str]:
    """Every value the receipt prints (its labels aside)."""
    values = [value for value in data.values() if isinstance(value, str) and value]
    return values + [value for line in data["lines"] for value in line.values()] + data["notes"]


def _page_size(pdf: bytes) -> tuple[float, float]:
    # ReportLab writes each page's MediaBox in plain text: "/MediaBox [ 0 0 226.7717 612.9 ]".
    match = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", pdf)
    return float(match[1]), float(match[2])


def _bare(page_size: tuple[float, float], pages: int, strings: list[str]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from frontdesk_gui.reports.fonts import CJK_FONT

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page_size, initialFontName=CJK_FONT)
    for _ in range(pages):
        canvas.setFont(CJK_FONT, 9)
        y = page_size[1] - 20
        for text in strings:
            canvas.drawString(10, y, text)
            y -= 11
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


if __name__ == "__main__":
    figures = run()
    for figure in figures:
        print(figure.line())
    raise SystemExit(0 if all(f.passed for f in figures) else 1)
