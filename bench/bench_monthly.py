"""The monthly report of a busy month: 20,000 entries in November 2026 (visits, parcels, phone messages,
incoming faxes, deposited items, and paid fees with their receipts), a fifth of the held items and some
visitors still open at the month's end, so the appendix runs to thousands of rows. Measured: gathering the
figures (core.monthly) and laying out the A4 PDF with its charts and page x of y (reports.monthly_report),
against bare ReportLab laying out the appendix's rows (the bulk of the pages) as one plain Table in the same
font, in the same run.

Target (issue 6): <= 5 s for a month of 20,000 entries, appendix included.
"""

from __future__ import annotations

import io
import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import SEED, Figure, median_ms

TARGET_MS = 5000.0
RUNS = 3
MONTH = "2026-11"
START = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)
# Entries per logbook in the month: 20,000 in all (each fee adds a receipt and a cash-drawer movement).
COUNTS = {"visits": 9_000, "parcels": 5_000, "messages": 1_500, "faxes": 1_000, "deposits": 500, "fees": 1_500}
STILL_OPEN = 0.2
BATCH = 500


def _moment(rng: random.Random) -> datetime:
    return START + timedelta(seconds=rng.randrange(29 * 86_400))


def _held(rng: random.Random, operator: int, **fields) -> dict:
    received = _moment(rng)
    # Every row has the same keys: insert_many takes a batch's columns from its first row.
    row = {"status": "waiting", "created_at": received, "created_by": operator, "received_at": received,
           "recipient_name": rng.choice(("张伟", "李娜", "王芳", "欧阳娜娜")), "recipient_company": "蓝天贸易有限公司",
           "recipient_unit": f"{rng.randrange(1, 30)}{rng.randrange(1, 20):02d}", "notified_at": None,
           "collected_at": None, "collector_name": None}
    if rng.random() > STILL_OPEN:
        told = received + timedelta(minutes=rng.randrange(5, 120))
        row.update(status="collected", notified_at=told, collected_at=told + timedelta(hours=rng.randrange(1, 96)),
                   collector_name="王小明")
    return {**row, **fields}


def _fill(operator: int) -> None:
    """Rows straight into the tables (the services would take minutes), as core.demo_loader does."""
    from frontdesk_gui.core.db import db
    from frontdesk_gui.core.logbooks.deposits import DepositedItem
    from frontdesk_gui.core.logbooks.faxes import IncomingFax
    from frontdesk_gui.core.logbooks.messages import PhoneMessage
    from frontdesk_gui.core.logbooks.parcels import Parcel
    from frontdesk_gui.core.logbooks.visitors import Visit

    rng = random.Random(SEED)
    visits = []
    for n in range(COUNTS["visits"]):
        time_in = _moment(rng)
        out = None if n % 60 == 0 else time_in + timedelta(minutes=rng.randrange(10, 400))
        visits.append({"status": "left" if out else "on_site", "created_at": time_in, "created_by": operator,
                       "visitor_name": f"访客{n}", "category": "outside_visitor",
                       "admitted_how": "intercom_consent", "host_name": "李娜", "host_unit": "1203",
                       "time_in": time_in, "time_out": out})
    tables = {
        Visit: visits,
        Parcel: [_held(rng, operator, item_type="express", tracking_no=f"SF{n:010d}")
                 for n in range(COUNTS["parcels"])],
        PhoneMessage: [_held(rng, operator, request=rng.choice(("urgent", "call_back", "none")), caller_name="刘先生",
                             message="请回电") for _ in range(COUNTS["messages"])],
        IncomingFax: [_held(rng, operator, pages=rng.randrange(1, 9)) for _ in range(COUNTS["faxes"])],
        DepositedItem: [_held(rng, operator, depositor_name="赵六", items="行李箱", tag_no=f"T{n:05d}")
                        for n in range(COUNTS["deposits"])],
    }
    with db.atomic():
        for model, rows in tables.items():
            for first in range(0, len(rows), BATCH):
                model.insert_many(rows[first:first + BATCH]).execute()


def _fees(ctx) -> None:
    """Paid fees through the services (a receipt and a drawer movement each), spread over the month."""
    from frontdesk_gui.core import clock
    from frontdesk_gui.core.money import charges

    rng = random.Random(SEED + 1)
    for n in range(COUNTS["fees"]):
        clock.set_clock(clock.FrozenClock(START + timedelta(minutes=25 * n)))
        item = rng.choice(("复印 A4 单面 黑白", "打印 A4 彩色", "传真 国内", "扫描"))
        charge = charges.raise_charge(ctx, kind="service", source="bench", source_id=n, payer="刘经理",
                                      lines=[charges.line(item, 1 + n % 20, "页", 50)])
        charges.settle(ctx, charge, rng.choice(("cash", "wechat", "alipay", "card")))


def _bare_reportlab(rows: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from frontdesk_gui.reports.fonts import CJK_FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    table = Table(rows, repeatRows=0)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return out.getvalue()


def run() -> list[Figure]:
    from frontdesk_gui.core import auth, clock, monthly, shift
    from frontdesk_gui.core.db import close, connect
    from frontdesk_gui.reports.fonts import register_fonts
    from frontdesk_gui.reports.monthly_report import render_monthly

    previous = clock.get_clock()
    with tempfile.TemporaryDirectory() as folder:
        clock.set_clock(clock.FrozenClock(START - timedelta(hours=1)))
        connect(Path(folder) / "monthly.sqlite")
        try:
            auth.create_first_admin("admin", "管理员", "bench-pass")
            ctx = shift.login("admin", "bench-pass")
            _fill(ctx.operator.id)
            _fees(ctx)
            clock.set_clock(clock.FrozenClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC)))
            register_fonts()
            report = monthly.gather(MONTH, produced_by="管理员")
            entries = sum(row.entries for row in report.summary)
            assert entries >= 20_000, entries
            ours = median_ms(lambda: render_monthly(monthly.gather(MONTH, produced_by="管理员")), RUNS)
            rows = [[r.logbook, r.code, r.summary, r.since, str(r.age_days)] for r in report.appendix]
            baseline = median_ms(lambda: _bare_reportlab(rows), RUNS)
        finally:
            close()
            clock.set_clock(previous)
    name = f"monthly report, {entries:,} entries, {len(rows):,} open"
    return [Figure(name, ours, baseline, TARGET_MS)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
