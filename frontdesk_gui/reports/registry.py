"""Renderers by name, so core's logbook specs can name their documents without importing ReportLab.

`render(name, data)` takes the plain dict core produced (core.printing.document_data) and returns PDF bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from frontdesk_gui.reports.onsite_list import OnsiteRow, render_onsite_list
from frontdesk_gui.reports.pass_slip import PassSlipData, render_pass_slip


def _pass_slip(data: dict) -> bytes:
    return render_pass_slip(PassSlipData(**data))


def _onsite_list(data: dict) -> bytes:
    rows = [OnsiteRow(**row) for row in data["rows"]]
    return render_onsite_list(data["counter_name"], data["printed_at"], data["operator"], rows)


RENDERERS: dict[str, Callable[[dict], bytes]] = {
    "pass_slip": _pass_slip,
    "onsite_list": _onsite_list,
}


def render(name: str, data: dict) -> bytes:
    return RENDERERS[name](data)
