"""Renderers by name, so core's logbook specs can name their documents without importing ReportLab.

`render(name, data)` takes the plain dict core produced (core.printing.document_data) and returns PDF bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from frontdesk_gui.reports import handover_sheet, held_slip, key_checklist
from frontdesk_gui.reports.money_forms import (
    ChargeNoticeData,
    ChargeVoucherData,
    SettlementSheetData,
    render_charge_notice,
    render_charge_voucher,
    render_settlement_sheet,
)
from frontdesk_gui.reports.onsite_list import OnsiteRow, render_onsite_list
from frontdesk_gui.reports.pass_slip import PassSlipData, render_pass_slip
from frontdesk_gui.reports.receipt import ReceiptData, render_receipt_80mm, render_receipt_a5
from frontdesk_gui.reports.statement import StatementData, render_statement


def _pass_slip(data: dict) -> bytes:
    return render_pass_slip(PassSlipData(**data))


def _onsite_list(data: dict) -> bytes:
    rows = [OnsiteRow(**row) for row in data["rows"]]
    return render_onsite_list(data["counter_name"], data["printed_at"], data["operator"], rows)


RENDERERS: dict[str, Callable[[dict], bytes]] = {
    "pass_slip": _pass_slip,
    "held_slip": held_slip.render,
    "onsite_list": _onsite_list,
    "receipt_a5": lambda data: render_receipt_a5(ReceiptData.from_dict(data)),
    "receipt_80mm": lambda data: render_receipt_80mm(ReceiptData.from_dict(data)),
    "charge_notice": lambda data: render_charge_notice(ChargeNoticeData.from_dict(data)),
    "charge_voucher": lambda data: render_charge_voucher(ChargeVoucherData.from_dict(data)),
    "settlement_sheet": lambda data: render_settlement_sheet(SettlementSheetData.from_dict(data)),
    "company_statement": lambda data: render_statement(StatementData.from_dict(data)),
    "key_checklist": key_checklist.render,
    "handover_sheet": handover_sheet.render,
}


def render(name: str, data: dict) -> bytes:
    return RENDERERS[name](data)
