"""The A5 money forms that are not receipts: the charge notice (收费通知单, before a large job, with the 50%
deposit), the charge voucher (签单凭证, a bill signed to a company account) and the fee settlement sheet
(费用结算单, staff using the business centre, no cash). Amounts are core's formatted strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from frontdesk_gui.reports.receipt import (
    A5_WIDTH,
    CJK_CELLS,
    GRID,
    SHADE,
    MoneyDocument,
    MoneyLine,
    a5_header,
    a5_pdf,
    cell,
    fields_table,
    items_table,
    like,
    marks,
    money_styles,
    operator_line,
    signature_block,
)


@dataclass(frozen=True)
class ChargeNoticeData(MoneyDocument):
    counter_name: str
    # The job's order code (e.g. B000042).
    number: str
    issued_at: str
    payer: str
    company: str
    lines: tuple[MoneyLine, ...]
    total: str
    capitals: str
    deposit: str
    deposit_capitals: str
    balance: str
    operator: str
    printed_at: str
    reprint: int = 0
    language: Literal["zh", "en"] = "zh"


@dataclass(frozen=True)
class ChargeVoucherData(MoneyDocument):
    counter_name: str
    # The voucher number (e.g. S2026-000007).
    number: str
    issued_at: str
    payer: str
    company: str
    lines: tuple[MoneyLine, ...]
    total: str
    capitals: str
    operator: str
    printed_at: str
    reprint: int = 0
    voided: bool = False
    void_reason: str = ""
    language: Literal["zh", "en"] = "zh"


@dataclass(frozen=True)
class SettlementSheetData(MoneyDocument):
    counter_name: str
    # The job's order code.
    number: str
    issued_at: str
    staff_name: str
    department: str
    reason: str
    content: str
    time_of_use: str
    approver: str
    lines: tuple[MoneyLine, ...]
    total: str
    capitals: str
    operator: str
    printed_at: str
    reprint: int = 0
    language: Literal["zh", "en"] = "zh"


def render_charge_notice(data: ChargeNoticeData) -> bytes:
    """The services and estimated total, the 50% deposit due now, the balance due on completion."""
    styles = money_styles()
    title = data.label("收费通知单", "CHARGE NOTICE")
    story = [
        *a5_header(data.counter_name, title, styles),
        *marks(data, styles),
        fields_table([[(data.label("单号", "Order No."), data.number), (data.label("日期", "Date"), data.issued_at)],
                      [(data.label("客户", "Customer"), data.payer), (data.label("单位", "Company"), data.company)]],
                     A5_WIDTH, styles),
        Spacer(0, 3 * mm),
        items_table(data, data.label("预计合计", "Estimated total"), A5_WIDTH, styles),
        Spacer(0, 3 * mm),
        _due(data, styles),
        Spacer(0, 2 * mm),
        Paragraph(data.label("此单不作收据，定金收讫后另开收据。",
                             "Not a receipt: a receipt is issued when the deposit is paid."), styles["small"]),
        *_closing(data, (data.label("客户签字", "Customer signature"), data.label("日期", "Date")), styles),
    ]
    return a5_pdf(story, parts=(None,), title=f"{title} {data.number}", author=data.counter_name, voided=False)


def render_charge_voucher(data: ChargeVoucherData) -> bytes:
    """The bill the customer signs to their company's account: not a receipt, and says so."""
    styles = money_styles()
    title = data.label("签单凭证", "CHARGE VOUCHER")
    story = [
        *a5_header(data.counter_name, title, styles),
        Paragraph(data.label("此单不作收据", "Not a receipt"), styles["heading"]),
        *marks(data, styles),
        fields_table([
            [(data.label("凭证号", "Voucher No."), data.number), (data.label("日期", "Date"), data.issued_at)],
            [(data.label("签单人", "Signed by"), data.payer), (data.label("记账单位", "Charged to"), data.company)],
        ], A5_WIDTH, styles),
        Spacer(0, 3 * mm),
        items_table(data, data.label("合计", "Total"), A5_WIDTH, styles),
        Spacer(0, 2 * mm),
        Paragraph(data.label("以上费用记入单位账户，按月结算。",
                             "Charged to the company account, settled monthly."), styles["small"]),
        *_closing(data, (data.label("签单人", "Signed by"), data.label("日期", "Date")), styles),
    ]
    return a5_pdf(story, parts=(None,), title=f"{title} {data.number}", author=data.counter_name, voided=data.voided)


def render_settlement_sheet(data: SettlementSheetData) -> bytes:
    """Internal use of the business centre's equipment: what, by whom, approved by whom; no cash."""
    styles = money_styles()
    title = data.label("费用结算单", "FEE SETTLEMENT SHEET")
    story = [
        *a5_header(data.counter_name, title, styles),
        *marks(data, styles),
        fields_table([
            [(data.label("单号", "Order No."), data.number), (data.label("日期", "Date"), data.issued_at)],
            [(data.label("使用人", "Staff"), data.staff_name), (data.label("部门", "Department"), data.department)],
            [(data.label("事由", "Reason"), data.reason)],
            [(data.label("使用内容", "Content"), data.content)],
            [(data.label("使用时间", "Time of use"), data.time_of_use),
             (data.label("批准人", "Approver"), data.approver)],
        ], A5_WIDTH, styles),
        Spacer(0, 3 * mm),
        items_table(data, data.label("合计", "Total"), A5_WIDTH, styles),
        Spacer(0, 2 * mm),
        Paragraph(data.label("内部结算，不收现金。", "Internal settlement, no cash."), styles["small"]),
        *_closing(data, (data.label("使用人签字", "Staff signature"), data.label("批准人签字", "Approver signature")),
                  styles),
    ]
    return a5_pdf(story, parts=(None,), title=f"{title} {data.number}", author=data.counter_name, voided=False)


def _due(data: ChargeNoticeData, styles: dict[str, ParagraphStyle]) -> Table:
    """The deposit due now (with its capitals) as prominent as the total, then the balance due later."""
    amount_width = 30 * mm
    total, body = styles["total"], styles["body"]
    words = f"{data.label('人民币大写', 'In words')}: {data.deposit_capitals}"
    rows = [
        [cell(data.label("本次应付定金 (50%)", "Deposit due now (50%)"), A5_WIDTH - amount_width - 12, total),
         f"¥{data.deposit}"],
        [cell(words, A5_WIDTH - 12, body), ""],
        [cell(data.label("完工后应付余款", "Balance due on completion"), A5_WIDTH - amount_width - 12, body),
         f"¥{data.balance}"],
    ]
    table = Table(rows, colWidths=[A5_WIDTH - amount_width, amount_width])
    table.setStyle(TableStyle([
        *CJK_CELLS,
        *like(body, (0, 0), (-1, -1)),
        *like(total, (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("SPAN", (0, 1), (1, 1)),
        ("BOX", (0, 0), (-1, 1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), SHADE),
        ("LINEBELOW", (0, 2), (-1, 2), 0.25, GRID),
    ]))
    return table


def _closing(data, signers: tuple[str, str], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Spacer(0, 2 * mm), operator_line(data, styles), Spacer(0, 4 * mm),
            signature_block(signers, A5_WIDTH, styles)]

