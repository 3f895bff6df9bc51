"""The shift handover on a busy counter: 300 visitors on site, 500 parcels held, 100 keys out (50 of them on a
cash deposit), 20 high-priority duty notes. Gathering what is handed over (core.handover.gather) and laying
out the A4 sheet (reports.handover_sheet), against bare ReportLab laying out the same listed rows as one plain
table in the same font, in the same run.

Target (issue 6): <= 1 s for the handover sheet.

The rows are made through the services (a few seconds), so every open-item rule sees what a counter makes.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import Figure, median_ms

TARGET_MS = 1000.0
VISITORS, PARCELS, KEYS, DEPOSITS, NOTES = 300, 500, 100, 50, 20
RUNS = 5
COMPANY = "上海蓝天贸易有限公司"


def _fill(ctx, lead) -> None:
    from frontdesk_gui.core import directory
    from frontdesk_gui.core.logbooks import duty_log, keys, parcels, visitors

    directory.add(lead, "company", name=COMPANY, room="1203")
    for n in range(VISITORS):
        visitors.check_in(ctx, visitor_name=f"访客{n}", category="outside_visitor", host_name="李娜", host_unit="1203",
                          phone=f"138{n:08d}", purpose="送文件")
    for n in range(PARCELS):
        parcel = parcels.receive(ctx, tracking_no=f"SF{n:010d}", item_type="express", carrier="顺丰",
                                 recipient_company=COMPANY, recipient_unit="1203", storage=f"A{n % 9 + 1}")
        if n % 2:
            parcels.notify(ctx, parcel, "phone")
    for n in range(KEYS):
        tag = f"A-{n:04d}"
        keys.add_key(lead, tag=tag, category="vacant", building="3栋", floor=f"{n // 10 + 1}层", unit=f"{n:03d}",
                     label=f"3栋{n:03d}", cabinet_position=f"A{n % 20 + 1}", ring_count=2)
        if n < DEPOSITS:
            keys.lend(ctx, key_tag=tag, borrower_kind="outsider", borrower_name=f"装修{n}", id_type="resident_id",
                      id_number="11010519491231002X", phone=f"139{n:08d}", purpose="看房", deposit_method="cash")
        else:
            keys.lend(ctx, key_tag=tag, borrower_kind="staff", borrower_name=f"工程{n}", department="工程部",
                      purpose="维修")
    for n in range(NOTES):
        duty_log.note(ctx, category="damage", priority="high", follow_up=bool(n % 2), unit="3栋",
                      text=f"3栋{n + 1}层走廊灯损坏,已报工程部维修,请下一班跟进确认修好并通知住户")


def _bare_reportlab(content: dict) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from frontdesk_gui.reports.fonts import CJK_FONT

    cells = [[e["code"], e["summary"], e["since"]] for g in content["groups"] for e in g["entries"]]
    cells += [[d["payer"], d["what"], d["since"]] for d in content["deposits"]["entries"]]
    cells += [[n["time"], n["summary"], ""] for n in content["duty"]]
    table = Table(cells)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return out.getvalue()


def run() -> list[Figure]:
    from frontdesk_gui.core import auth, clock, handover, printing, shift
    from frontdesk_gui.core.context import Ctx
    from frontdesk_gui.core.db import close, connect
    from frontdesk_gui.core.logbooks import handovers
    from frontdesk_gui.reports import registry
    from frontdesk_gui.reports.fonts import register_fonts

    previous = clock.get_clock()
    with tempfile.TemporaryDirectory() as folder:
        clock.set_clock(clock.FrozenClock(datetime(2026, 11, 23, 1, 0, tzinfo=UTC)))
        connect(Path(folder) / "handover.sqlite")
        try:
            auth.create_first_admin("admin", "管理员", "bench-pass")
            lead = shift.login("admin", "bench-pass")
            desk = auth.add_operator(lead, "desk", "李前台", auth.RECEPTIONIST, "desk-pass")
            ctx = Ctx(desk, lead.shift)
            _fill(ctx, lead)
            clock.set_clock(clock.FrozenClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)))
            register_fonts()
            sheet = handovers.sign_off(ctx, "2500.00", notes="3栋电梯已报工程部;明早 9 点前交财务。" * 5)
            data = printing.document_data(ctx, handovers.SPEC, sheet, "sheet")
            groups = {(g["logbook"], g["key"]): g["count"] for g in sheet.content["groups"]}
            assert groups[("visitors", "on_site")] == VISITORS and groups[("key_loans", "out")] == KEYS, groups
            assert sheet.content["deposits"]["count"] == DEPOSITS

            def ours() -> bytes:
                handover.gather(ctx.shift)
                return registry.render("handover_sheet", data)

            pages = registry.render("handover_sheet", data).count(b"/Type /Page\n")
            median = median_ms(ours, RUNS)
            baseline = median_ms(lambda: _bare_reportlab(sheet.content), RUNS)
        finally:
            close()
            clock.set_clock(previous)
    return [Figure(f"handover sheet ({pages} pages, gather + PDF)", median, baseline, TARGET_MS)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
