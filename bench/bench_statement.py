"""A company's monthly statement with 2,000 signed charges: reading them (core.money.accounts) and laying
out the A4 PDF with page x of y (reports.statement), against bare ReportLab laying out the same rows as a
plain table in the same font, in the same run.

Target (issue 3): <= 1 s for a month of 2,000 charges.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import Figure, median_ms

TARGET_MS = 1000.0
CHARGES = 2000
RUNS = 5


def _fill(ctx, company) -> None:
    """CHARGES signed charges spread over November 2026, each through raise_charge and settle."""
    from frontdesk_gui.core import clock
    from frontdesk_gui.core.money import charges

    start = datetime(2026, 11, 1, 1, 0, tzinfo=UTC)
    step = timedelta(days=29) / CHARGES
    for n in range(CHARGES):
        clock.set_clock(clock.FrozenClock(start + n * step))
        charge = charges.raise_charge(ctx, kind="service", source="bench", source_id=n, payer="刘经理",
                                      company=company,
                                      lines=[charges.line(f"复印 A4 单面 黑白 第{n}单", 1 + n % 30, "copy", 50)])
        charges.settle(ctx, charge, "account")


def _bare_reportlab(rows: list[dict]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from frontdesk_gui.reports.fonts import CJK_FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    cells = [[r["date"], r["voucher"], r["description"], r["signed_by"], r["amount"]] for r in rows]
    table = Table(cells, repeatRows=0)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return out.getvalue()


def run() -> list[Figure]:
    from frontdesk_gui.core import auth, clock, shift
    from frontdesk_gui.core.db import close, connect
    from frontdesk_gui.core.directory import service as directory
    from frontdesk_gui.core.money import accounts
    from frontdesk_gui.reports import registry
    from frontdesk_gui.reports.fonts import register_fonts

    previous = clock.get_clock()
    with tempfile.TemporaryDirectory() as folder:
        clock.set_clock(clock.FrozenClock(datetime(2026, 11, 1, 0, 30, tzinfo=UTC)))
        connect(Path(folder) / "statement.sqlite")
        try:
            auth.create_first_admin("admin", "管理员", "bench-pass")
            ctx = shift.login("admin", "bench-pass")
            company = directory.add(ctx, "company", name="上海蓝天贸易有限公司", room="1203")
            _fill(ctx, company)
            clock.set_clock(clock.FrozenClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC)))
            register_fonts()
            data = accounts.statement_data(company, "2026-11", produced_by="管理员")
            assert data["count"] == CHARGES
            ours = median_ms(lambda: registry.render("company_statement",
                                                     accounts.statement_data(company, "2026-11",
                                                                             produced_by="管理员")), RUNS)
            baseline = median_ms(lambda: _bare_reportlab(data["rows"]), RUNS)
        finally:
            close()
            clock.set_clock(previous)
    return [Figure(f"statement of {CHARGES} charges (read + PDF)", ours, baseline, TARGET_MS)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
