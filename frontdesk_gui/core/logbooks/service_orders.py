"""商务中心综合服务单 — business-centre service orders (CATALOGUE A01-A07, B11): fax sending, copying,
typing, printing, scanning, binding, lamination and the other services on the price list.

Life: ordered -> (a charge notice and a 50% deposit for a large job) -> done (operator, time) -> settled
(a receipt, a voucher signed to the company's account, the finance office's receipt number, or for
building staff the signed settlement sheet). Prices are those of the moment the order was taken.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from peewee import CharField, IntegerField, TextField

from frontdesk_gui.core import clock, entry, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.money import charges, prices
from frontdesk_gui.core.money.amounts import capitals, deposit_for, started_units, yuan
from frontdesk_gui.core.money.models import Charge, Receipt
from frontdesk_gui.core.spec import (
    Action,
    AttentionRule,
    Column,
    Document,
    FormField,
    LogbookSpec,
    OpenItems,
    ReportTable,
    register,
    scan_code,
)
from frontdesk_gui.core.text import Text, language, tr

ORDERED, DONE, SETTLED = "ordered", "done", "settled"
STATUSES = {ORDERED: tr("已下单", "Ordered"), DONE: tr("已完成", "Done"), SETTLED: tr("已结算", "Settled"),
            entry.VOIDED: tr("已作废", "Void")}
SERVICES = tuple((k, t) for k, t in prices.SERVICES if k != "fax_receive")
CUSTOMER_KINDS = (("customer", tr("客户", "Customer")), ("internal", tr("大厦内部员工", "Building staff (internal)")))
PAPER = (("a4", tr("A4", "A4")), ("a3", tr("A3", "A3")))
ZOOM = (("same", tr("原大", "Same size")), ("enlarge", tr("放大", "Enlarge")), ("reduce", tr("缩小", "Reduce")))
SIDES = (("single", tr("单面", "Single-sided")), ("double", tr("双面", "Double-sided")))
COLOURS = (("bw", tr("黑白", "Black and white")), ("colour", tr("彩色", "Colour")))
TYPING_STAGES = (("received", tr("已接稿", "Manuscript received")),
                 ("draft_printed", tr("样稿已打印", "Draft printed")),
                 ("proofed", tr("客户已校对", "Proofed")), ("final", tr("定稿", "Final")))
YES_NO = (("no", tr("否", "No")), ("yes", tr("是", "Yes")))
# The fields each service asks for, besides who and where (the form shows only these).
SERVICE_FIELDS = {
    "fax_send": ("item_code", "fax_number", "pages", "duration", "error_pages"),
    "copy": ("paper_size", "zoom", "sides", "colour", "copies_per_set", "sets"),
    "typing": ("item_code", "pages", "typing_stage", "keep_file", "keep_until"),
    "print": ("paper_size", "colour", "pages"),
    "scan": ("pages",),
    "binding": ("sets",),
    "lamination": ("paper_size", "quantity"),
    "other": ("item_code", "quantity"),
}
INTERNAL_FIELDS = ("department", "reason", "approver")
DEPOSIT_KIND = "service_deposit"


class ServiceOrder(Entry):
    service = CharField()
    customer_kind = CharField(default="customer")
    payer_name = CharField()
    company_name = CharField(null=True)
    room = CharField(null=True)
    phone = CharField(null=True)
    department = CharField(null=True)
    reason = CharField(null=True)
    approver = CharField(null=True)
    item_code = CharField(null=True)
    fax_number = CharField(null=True)
    pages = IntegerField(null=True)
    duration_seconds = IntegerField(null=True)
    error_pages = IntegerField(null=True)
    paper_size = CharField(null=True)
    zoom = CharField(null=True)
    sides = CharField(null=True)
    colour = CharField(null=True)
    copies_per_set = IntegerField(null=True)
    sets = IntegerField(null=True)
    quantity = IntegerField(null=True)
    typing_stage = CharField(null=True)
    keep_file = CharField(null=True)
    keep_until = CharField(null=True)
    note = TextField(null=True)
    lines_json = TextField(default="[]")
    total_fen = IntegerField(default=0)
    deposit_fen = IntegerField(default=0)
    done_at = UtcDateTimeField(null=True)
    done_by = CharField(null=True)
    settled_at = UtcDateTimeField(null=True)

    class Meta:
        table_name = "service_order"

    @property
    def lines(self) -> list[dict]:
        return json.loads(self.lines_json)

    @property
    def duration(self) -> str | None:
        if self.duration_seconds is None:
            return None
        return f"{self.duration_seconds // 60}:{self.duration_seconds % 60:02d}"


FORM_FIELDS = (
    FormField("service", tr("服务项目", "Service"), required=True, choices=SERVICES),
    FormField("customer_kind", tr("客户类别", "Customer kind"), choices=CUSTOMER_KINDS),
    FormField("payer_name", tr("客户/使用人", "Customer / staff member"), required=True),
    FormField("company_name", tr("公司", "Company")),
    FormField("room", tr("房号", "Room")),
    FormField("phone", tr("电话", "Phone")),
    FormField("department", tr("部门", "Department")),
    FormField("reason", tr("使用原因", "Reason for use")),
    FormField("approver", tr("批准人", "Approved by")),
    FormField("item_code", tr("价目", "Price item")),
    FormField("fax_number", tr("传真号码", "Fax number")),
    FormField("pages", tr("页数", "Pages")),
    FormField("duration", tr("用时(分:秒)", "Time used (min:sec)")),
    FormField("error_pages", tr("错页重发页数", "Error pages resent")),
    FormField("paper_size", tr("纸张", "Paper"), choices=PAPER),
    FormField("zoom", tr("缩放", "Size"), choices=ZOOM),
    FormField("sides", tr("单双面", "Sides"), choices=SIDES),
    FormField("colour", tr("色彩", "Colour"), choices=COLOURS),
    FormField("copies_per_set", tr("每套张数", "Copies per set")),
    FormField("sets", tr("套数", "Sets")),
    FormField("quantity", tr("数量", "Quantity")),
    FormField("typing_stage", tr("文稿进度", "Typing stage"), choices=TYPING_STAGES),
    FormField("keep_file", tr("保留文件", "Keep the file"), choices=YES_NO),
    FormField("keep_until", tr("保留至(日期)", "Keep until (date)")),
    FormField("note", tr("要求/备注", "Requirements / note")),
)
# "duration" is the form's min:sec text: correctable on the form, stored as duration_seconds.
CORRECTABLE = tuple(f.name for f in FORM_FIELDS if f.name not in ("service", "customer_kind")) + (
    "duration_seconds", "lines_json", "total_fen", "deposit_fen")


def item_choices(service: str) -> list[tuple[str, Text]]:
    """The price items a service's item box offers (fax destinations, typing kinds, other services)."""
    return [(i.code, Text(f"{i.name_zh} (+{i.dial_code})", f"{i.name_en} (+{i.dial_code})") if i.dial_code
             else i.title()) for i in prices.items(service)]


def _int(v: dict, name: str, errors: dict, *, minimum: int = 1, maximum: int = 100_000, required: bool = True):
    raw = v.get(name)
    if raw in (None, ""):
        if required:
            errors[name] = tr("请填写数量。", "Please enter the number.")
        return None
    try:
        number = int(str(raw).strip())
        if not minimum <= number <= maximum:
            raise ValueError
    except ValueError:
        errors[name] = tr("请填写 {lo} 到 {hi} 之间的整数。", "Enter a whole number from {lo} to {hi}.").format(
            lo=minimum, hi=maximum)
        return None
    return number


def parse_duration(text: str | int | None) -> int | None:
    """'2:10' -> 130 seconds; '3' -> 180 (whole minutes)."""
    if text in (None, ""):
        return None
    raw = str(text).strip().replace("：", ":")
    match = re.fullmatch(r"(\d{1,3})(?::(\d{1,2}))?", raw)
    if not match or (match.group(2) and int(match.group(2)) >= 60):
        raise ValueError(raw)
    return int(match.group(1)) * 60 + int(match.group(2) or 0)


def _item_code(service: str, v: dict) -> str | None:
    if service == "copy":
        return f"copy.{v['paper_size'] or 'a4'}.{v['sides'] or 'single'}.{v['colour'] or 'bw'}"
    if service == "print":
        return f"print.{v['paper_size'] or 'a4'}.{v['colour'] or 'bw'}"
    if service == "lamination":
        return f"laminate.{v['paper_size'] or 'a4'}"
    if service == "scan":
        return "scan.page"
    if service == "binding":
        return "binding.set"
    return v.get("item_code") or None


def _quantity(service: str, v: dict, errors: dict) -> int | None:
    if service == "fax_send":
        _int(v, "pages", errors)
        v["error_pages"] = _int(v, "error_pages", errors, minimum=0, required=False)
        if v["duration_seconds"] is None:
            errors.setdefault("duration", tr("请填写传真用时,例如 2:10。", "Enter the time used, such as 2:10."))
            return None
        return started_units(v["duration_seconds"], settings.get("money.time_unit_seconds"))
    if service == "copy":
        per_set, sets = _int(v, "copies_per_set", errors), _int(v, "sets", errors, maximum=10_000)
        return per_set * sets if per_set and sets else None
    if service in ("typing", "print", "scan"):
        return _int(v, "pages", errors)
    if service == "binding":
        return _int(v, "sets", errors)
    return _int(v, "quantity", errors)


def _clean(values: dict, when: datetime) -> tuple[dict, dict[str, Text]]:
    """Validate and price the form's values at the moment `when`; returns (clean values, errors)."""
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    service = v["service"]
    if service not in SERVICE_FIELDS:
        errors["service"] = tr("请选择服务项目。", "Please choose the service.")
        return v, errors
    v["customer_kind"] = v["customer_kind"] or "customer"
    if not v["payer_name"]:
        errors["payer_name"] = tr("请填写客户姓名。", "Please enter the customer's name.")
    if v["customer_kind"] == "internal":
        for name in INTERNAL_FIELDS:
            if not v[name]:
                errors[name] = tr("内部使用需填写部门、原因和批准人(A07)。",
                                  "Internal use needs the department, the reason and who approved it (A07).")
    else:  # a customer's order keeps no internal-use details typed before the kind was changed
        for name in INTERNAL_FIELDS:
            v[name] = None
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    if phone_error:
        errors["phone"] = phone_error
    try:
        v["duration_seconds"] = parse_duration(v.pop("duration"))
    except ValueError:
        v["duration_seconds"] = None
        errors["duration"] = tr("用时写作 分:秒,例如 2:10。", "Write the time as min:sec, such as 2:10.")
    if service == "typing":
        v["typing_stage"] = v["typing_stage"] or "received"
        v["keep_file"] = v["keep_file"] or "no"
        if v["keep_file"] == "yes":
            try:
                if date.fromisoformat(v["keep_until"] or "") < clock.local(when).date():
                    raise ValueError
            except ValueError:
                errors["keep_until"] = tr("保留文件需填写保留到哪天(如 2026-12-31)。",
                                          "Keeping the file needs the date to keep it until (such as 2026-12-31).")
    # Fields of other services are not kept: a copy job has no fax number.
    for other in {n for fields in SERVICE_FIELDS.values() for n in fields} - set(SERVICE_FIELDS[service]):
        if other in v and other != "duration":
            v[other] = None
    if service != "fax_send":
        v["duration_seconds"] = None
    quantity = _quantity(service, v, errors)
    code = _item_code(service, v)
    item = prices.item(code) if code else None
    if item is None or item.service != service:
        errors["item_code"] = tr("请从价目表中选择。", "Please choose from the price list.")
    elif quantity is not None:
        price = prices.price_at(item, when)
        if price is None:
            errors["item_code"] = tr("这一项当时还没有价格。", "This item had no price at that time.")
        else:
            v["item_code"] = item.code
            description = item.name_zh
            if service == "copy" and v["zoom"] not in (None, "same"):
                description += f" ({dict(ZOOM)[v['zoom']].zh})"
            v["lines_json"] = json.dumps([charges.line(description, quantity, item.unit, price)], ensure_ascii=False)
            v["total_fen"] = quantity * price
            v["deposit_fen"] = 0 if v["customer_kind"] == "internal" else deposit_for(
                v["total_fen"], settings.get("money.deposit_over_fen"), settings.get("money.deposit_percent"))
    return v, errors


def quote(values: dict) -> tuple[int | None, int | None, dict[str, Text]]:
    """(total fen, deposit fen, errors) for the form as typed, at today's prices — the live figure."""
    clean, errors = _clean(values, clock.now())
    return clean.get("total_fen"), clean.get("deposit_fen"), errors


def take_order(ctx: Ctx, **values) -> ServiceOrder:
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values, clock.now())
    if errors:
        raise ValidationError(errors)
    return entry.create(ctx, SPEC, ServiceOrder(**clean), status=ORDERED)


def correct(ctx: Ctx, order: ServiceOrder, reason: str, /, **values) -> ServiceOrder:
    """Correct the order before it is settled; it is priced again at the prices of when it was taken.

    `reason` (why it is corrected) is positional only: the form has a field of that name (why staff use it)."""
    require(ctx, RECEPTIONIST)
    if order.status == SETTLED:
        raise StateError(tr("已结算的服务单不能更正;请先作废收据。",
                            "A settled order cannot be corrected; void its receipt first."))
    merged = {f.name: getattr(order, f.name) for f in FORM_FIELDS if f.name != "duration"}
    merged["duration"] = order.duration
    merged.update(values)
    if deposit_charge(order) is not None and merged.get("customer_kind") != order.customer_kind:
        raise StateError(tr("已收押金,不能改为内部使用。", "A deposit was taken: the order cannot become internal."))
    clean, errors = _clean(merged, order.created_at)
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in CORRECTABLE if k in clean and clean[k] != getattr(order, k)}
    return entry.correct(ctx, SPEC, order, changes, reason)


def deposit_charge(order: ServiceOrder) -> Charge | None:
    """The order's deposit while it counts: held (paid at the counter or finance) or applied to the bill."""
    return (Charge.select().where((Charge.source == SPEC.key) & (Charge.source_id == order.id) & Charge.deposit
                                  & Charge.status.in_((charges.PAID, charges.FINANCE, charges.APPLIED))).first())


def take_deposit(ctx: Ctx, order: ServiceOrder, method: str, *,
                 finance_receipt_no: str | None = None) -> Receipt | None:
    """A06: the charge notice's 50% deposit, before the work starts."""
    require(ctx, RECEPTIONIST)
    if order.status != ORDERED:
        raise StateError(tr("只有未完成的服务单收押金。", "A deposit is taken only before the job is done."))
    if not order.deposit_fen:
        raise StateError(tr("这单不需要押金。", "This order needs no deposit."))
    if deposit_charge(order) is not None:
        raise StateError(tr("押金已经收过了。", "The deposit has already been taken."))
    label = tr("服务押金 {code}", "Service deposit {code}").format(code=scan_code(SPEC, order.id))
    with db.atomic():
        charge = charges.raise_charge(ctx, kind=DEPOSIT_KIND, source=SPEC.key, source_id=order.id,
                                      payer=order.payer_name, company=_company(order.company_name),
                                      company_name=order.company_name, deposit=True,
                                      lines=[charges.line(label.zh, 1, "piece", order.deposit_fen)])
        receipt = charges.settle(ctx, charge, method, finance_receipt_no=finance_receipt_no)
        entry.change(ctx, SPEC, order, "take_deposit", {}, reason=receipt.number if receipt else finance_receipt_no)
    return receipt


def advance_typing(ctx: Ctx, order: ServiceOrder) -> ServiceOrder:
    """A04: received -> draft printed -> proofed by the customer -> final."""
    require(ctx, RECEPTIONIST)
    stages = [k for k, _ in TYPING_STAGES]
    if order.service != "typing" or order.status != ORDERED:
        raise StateError(tr("只有进行中的打字单有文稿进度。", "Only a typing job in progress has stages."))
    if order.typing_stage == "final":
        raise StateError(tr("已经定稿。", "The final copy is already done."))
    next_stage = stages[stages.index(order.typing_stage or "received") + 1]
    return entry.change(ctx, SPEC, order, "typing_stage", {"typing_stage": next_stage})


def mark_done(ctx: Ctx, order: ServiceOrder) -> ServiceOrder:
    """The job is done: who and when (the operator's signature and completion time on A01)."""
    require(ctx, RECEPTIONIST)
    if order.status != ORDERED:
        raise StateError(tr("这单已经完成。", "This order is already done."))
    if order.deposit_fen and deposit_charge(order) is None:
        raise StateError(tr("大额服务需先收取 50% 押金(收费通知单)。",
                            "A large job needs its deposit first (charge notice)."))
    if order.service == "typing" and order.typing_stage != "final":
        raise StateError(tr("文稿尚未定稿。", "The typing job has no final copy yet."))
    return entry.change(ctx, SPEC, order, "done", {"status": DONE, "done_at": clock.now(),
                                                   "done_by": ctx.operator.display_name})


def _company(name: str | None) -> Company | None:
    if not name:
        return None
    return Company.select().where((Company.name == name) & Company.active).first()


def settle(ctx: Ctx, order: ServiceOrder, method: str, *, payer: str | None = None,
           finance_receipt_no: str | None = None) -> Receipt | None:
    """Settle a done order: the balance after any deposit, by the chosen method. Returns the receipt or
    the charge voucher (None when paid at the finance office or settled as internal use)."""
    require(ctx, RECEPTIONIST)
    if order.status != DONE:
        raise StateError(tr("服务完成后才能结算。", "An order is settled after the job is done."))
    internal = order.customer_kind == "internal"
    if internal != (method == "internal"):
        raise ValidationError({"method": tr("内部员工使用按结算单签字,不收现金。",
                                            "Building staff sign the settlement sheet; others pay or sign a bill.")})
    lines = order.lines
    deposit = deposit_charge(order)
    notes = []
    with db.atomic():
        if deposit is not None and deposit.amount_fen <= order.total_fen:
            held = deposit.receipt.number if deposit.receipt_id else deposit.finance_receipt_no
            lines.append(charges.line(f"减:已收押金 {held}", 1, "piece", -deposit.amount_fen))
            notes.append(f"已收押金 Deposit received {held}: {yuan(deposit.amount_fen)}")
            charges.apply_deposit(ctx, deposit)
        elif deposit is not None:
            charges.refund_deposit(ctx, deposit, "最终金额小于押金,全额退回 final bill below the deposit")
        charge = charges.raise_charge(ctx, kind="service", source=SPEC.key, source_id=order.id,
                                      payer=payer or order.payer_name, lines=lines,
                                      company=_company(order.company_name), company_name=order.company_name)
        document = charges.settle(ctx, charge, method, payer=payer, finance_receipt_no=finance_receipt_no,
                                  notes=notes)
        entry.change(ctx, SPEC, order, "settle", {"status": SETTLED, "settled_at": clock.now()},
                     reason=document.number if document else (finance_receipt_no or method))
    return document


def _reopened(ctx: Ctx, charge: Charge) -> None:
    """A voided receipt or voucher: the order is to be settled (or its deposit taken) again."""
    order = ServiceOrder.get_or_none(ServiceOrder.id == charge.source_id)
    charges.void_charge(ctx, charge, "收据作废 receipt voided")
    if order is None or order.voided:
        return
    if not charge.deposit and order.status == SETTLED:
        for applied in Charge.select().where((Charge.source == SPEC.key) & (Charge.source_id == order.id)
                                             & Charge.deposit & (Charge.status == charges.APPLIED)):
            Charge.update(status=charges.PAID if applied.receipt_id else charges.FINANCE).where(
                Charge.id == applied.id).execute()
        entry.change(ctx, SPEC, order, "reopen", {"status": DONE, "settled_at": None})


charges.register_kind(charges.Kind("service", tr("商务中心服务费", "Business-centre services"), "money.pay_at.service",
                                   internal_allowed=True, reopened=_reopened))
charges.register_kind(charges.Kind(DEPOSIT_KIND, tr("商务中心服务押金", "Business-centre deposits"),
                                   "money.pay_at.service", reopened=_reopened))


def void(ctx: Ctx, order: ServiceOrder, reason: str) -> ServiceOrder:
    require(ctx, SUPERVISOR, authorisable=True)
    if order.status == SETTLED:
        raise StateError(tr("已结算的服务单请先作废其收据。", "Void the settled order's receipt first."))
    if deposit_charge(order) is not None:
        raise StateError(tr("请先退还押金。", "Refund the deposit first."))
    return entry.void(ctx, SPEC, order, reason)


def _base(order: ServiceOrder) -> dict:
    total = order.total_fen
    return {
        "number": scan_code(SPEC, order.id), "issued_at": clock.local_text(order.created_at),
        "payer": order.payer_name, "company": order.company_name or "",
        "lines": [{"description": x["description"], "quantity": str(x["quantity"]),
                   "unit": str(prices.UNIT_TITLES.get(x["unit"], x["unit"])), "unit_price": yuan(x["unit_price_fen"]),
                   "amount": yuan(x["amount_fen"])} for x in order.lines],
        "total": yuan(total), "capitals": capitals(total), "language": "en" if language() == "en" else "zh",
    }


def charge_notice_data(order: ServiceOrder, reprint: int) -> dict:
    """收费通知单: the estimated total, the deposit due now and the balance due on completion."""
    data = _base(order)
    data.update(deposit=yuan(order.deposit_fen), deposit_capitals=capitals(order.deposit_fen),
                balance=yuan(order.total_fen - order.deposit_fen), reprint=reprint)
    return data


def settlement_sheet_data(order: ServiceOrder, reprint: int) -> dict:
    """费用结算单 (A07): internal use, signed by the staff member; no cash."""
    data = _base(order)
    end = clock.local_text(order.done_at, "%H:%M") if order.done_at else ""
    data.update(staff_name=order.payer_name, department=order.department or "", reason=order.reason or "",
                content=str(dict(SERVICES)[order.service]) + (f" — {order.note}" if order.note else ""),
                time_of_use=f"{clock.local_text(order.created_at)} – {end}".rstrip(" –"),
                approver=order.approver or "", reprint=reprint)
    return data


def _ordered(now: datetime):
    return ServiceOrder.select().where(ServiceOrder.status == ORDERED)


def _deposit_due(now: datetime):
    taken = (Charge.select(Charge.source_id).where((Charge.source == SPEC.key) & Charge.deposit
                                                  & Charge.status.in_((charges.PAID, charges.FINANCE))))
    return _ordered(now).where((ServiceOrder.deposit_fen > 0) & ServiceOrder.id.not_in(taken))


def _unsettled(now: datetime):
    return ServiceOrder.select().where(ServiceOrder.status == DONE)


def _kept_files_due(now: datetime):
    today = clock.local(now).date().isoformat()
    return ServiceOrder.select().where((ServiceOrder.service == "typing") & (ServiceOrder.keep_file == "yes")
                                       & (ServiceOrder.keep_until < today) & (ServiceOrder.status != entry.VOIDED))


def search_fields(order: ServiceOrder):
    return ([order.payer_name, order.approver], [order.company_name, order.department, order.note],
            [order.room, order.phone, order.fax_number, scan_code(SPEC, order.id)])


def summary(order: ServiceOrder) -> str:
    return f"{scan_code(SPEC, order.id)} {dict(SERVICES)[order.service]} {order.payer_name} ¥{yuan(order.total_fen)}"


def masked_phone(order: ServiceOrder) -> str:
    return mask_phone(order.phone)


def _unsettled_at(at: datetime):
    return ServiceOrder.select().where((ServiceOrder.status != entry.VOIDED) & (ServiceOrder.created_at <= at)
                                       & (ServiceOrder.settled_at.is_null() | (ServiceOrder.settled_at > at)))


def monthly(start: datetime, end: datetime) -> list[ReportTable]:
    """The month's orders by service: how many, how many settled, and the revenue of the settled ones."""
    orders: dict[str, list[int]] = {}
    query = ServiceOrder.select(ServiceOrder.service, ServiceOrder.status, ServiceOrder.total_fen).where(
        (ServiceOrder.created_at >= start) & (ServiceOrder.created_at < end)
        & (ServiceOrder.status != entry.VOIDED))
    for order in query.iterator():
        figures = orders.setdefault(order.service, [0, 0, 0])
        figures[0] += 1
        if order.status == SETTLED:
            figures[1] += 1
            figures[2] += order.total_fen
    titles = dict(SERVICES)
    rows = [(titles.get(service, service), yuan(fen), n, settled)
            for service, (n, settled, fen) in sorted(orders.items(), key=lambda kv: -kv[1][2])]
    return [ReportTable(tr("服务项目与收入", "Services and revenue"),
                        (tr("服务项目", "Service"), tr("已结算收入(元)", "Settled revenue (yuan)"),
                         tr("单数", "Orders"), tr("已结算", "Settled")), rows, "bar" if len(rows) > 1 else None)]


SPEC = register(LogbookSpec(
    key="service_orders",
    order=10,
    title=tr("商务中心服务单", "Service orders"),
    group="money",
    model=ServiceOrder,
    form="service_order_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("单号", "No."), 60, "int"),
        Column("created_at", tr("下单时间", "Ordered"), 120, "time"),
        Column("service", tr("服务", "Service"), 80, "choice", SERVICES),
        Column("payer_name", tr("客户", "Customer"), 90),
        Column("company_name", tr("公司", "Company"), 130),
        Column("room", tr("房号", "Room"), 60),
        Column("phone", tr("电话", "Phone"), 105, "masked_phone"),
        Column("total_fen", tr("金额", "Amount"), 75, "money"),
        Column("deposit_fen", tr("押金", "Deposit"), 65, "money"),
        Column("done_at", tr("完成时间", "Done"), 120, "time"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=take_order,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("advance_typing", tr("文稿进度 →", "Next typing stage"), advance_typing, RECEPTIONIST, (ORDERED,)),
        Action("done", tr("完成", "Done"), mark_done, RECEPTIONIST, (ORDERED,), shortcut="Ctrl+D"),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (ORDERED, DONE), needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("deposit_due", tr("大额服务待收押金", "Deposit to take"), "now", _deposit_due),
        AttentionRule("unsettled", tr("已完成未结算", "Done, not settled"), "due_soon", _unsettled),
        AttentionRule("kept_files", tr("代存文稿已过保留期", "Kept typing files past their date"), "due_soon",
                      _kept_files_due),
    ),
    documents=(
        Document("charge_notice", tr("收费通知单", "Charge notice"), charge_notice_data, "charge_notice", paper="A5",
                 applies=lambda order: order.deposit_fen > 0),
        Document("settlement_sheet", tr("费用结算单", "Settlement sheet"), settlement_sheet_data, "settlement_sheet",
                 paper="A5", applies=lambda order: order.customer_kind == "internal"),
    ),
    field_titles={"done_by": tr("完成人", "Done by"), "settled_at": tr("结算时间", "Settled"),
                  "duration_seconds": tr("用时(秒)", "Time used (seconds)")},
    hidden_in_history=("lines_json",),
    code_prefix="B",
    open_items=(OpenItems("unsettled", tr("未结算的服务单", "Service orders not settled"), _unsettled_at),),
    search_fields=search_fields,
    summary=summary,
    monthly=monthly,
))
