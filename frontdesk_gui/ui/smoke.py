"""`frontdesk --smoke-test`: prove a build starts and shows its main window, on a throw-away counter file.

Used on the frozen one-folder build (`make dist-check`): forms, font, translations and Qt plugins must all
be inside the bundle for this to pass.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from frontdesk_gui.core import auth, badges, shift
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.ui.qt_app import make_app, register_font


def smoke_test(lang: str | None = "zh_CN") -> int:
    app = make_app(lang)
    with tempfile.TemporaryDirectory() as folder:
        connect(Path(folder) / "smoke.sqlite")
        badges.ensure_pool()
        auth.create_first_admin("admin", "管理员", "smoke-test")
        ctx = shift.login("admin", "smoke-test")
        visitors.check_in(ctx, visitor_name="张伟", category="company_leader")
        receipt_ok = _receipt_prints(ctx)
        from frontdesk_gui.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        tab = window.show_tab("visitors")  # Today opens first on a fresh counter; the visit is in its log
        shown = window.isVisible() and tab is not None and tab.model.rowCount() == 1
        fonts = register_font()
        menu = window.menuBar().actions()[0].text()
        print(f"main window shown: {shown}; first row: {tab.model.index(0, 2).data() if tab else None}; "
              f"font: {fonts[0] if fonts else 'none'}; menu: {menu}; receipt printed: {receipt_ok}")
        window.close()
        close()
    return 0 if shown and fonts and receipt_ok else 1


def _receipt_prints(ctx) -> bool:
    """An order settled in cash and its receipt rendered: the amount in capitals (cn2an's data files) and
    ReportLab must both be in the bundle."""
    from frontdesk_gui.core import printing
    from frontdesk_gui.core.logbooks import receipts, service_orders
    from frontdesk_gui.reports import registry

    order = service_orders.take_order(ctx, service="scan", payer_name="张伟", pages="3")
    service_orders.mark_done(ctx, order)
    receipt = service_orders.settle(ctx, order, "cash")
    data = printing.document_data(ctx, receipts.SPEC, receipt, "receipt_80mm")
    return data["capitals"] == "叁元整" and registry.render("receipt_80mm", data).startswith(b"%PDF")
