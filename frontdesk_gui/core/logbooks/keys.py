"""钥匙借用登记表 — the key register, key loans, move-in key hand-overs and the monthly key count
(CATALOGUE A32, A33, B5, C3, F2).

Keys are kept in a dedicated cabinet by building, floor and category, each clearly labelled (B5). Every
loan is registered: internal staff sign; anyone from outside shows a valid ID, pays a deposit and signs
(A32). The deposit goes through core.money.charges (a receipt; a refund voucher on return). A lost key
keeps the deposit and is charged a replacement fee. Once a month (25th-27th) the cabinet is counted
against the register; differences are kept (C3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import AutoField, BlobField, CharField, ForeignKeyField, IntegerField, TextField

from frontdesk_gui.core import audit, clock, entry, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.identity import ID_TYPES, mask_id, mask_phone, normalise_id, normalise_phone
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges
from frontdesk_gui.core.money.amounts import METHODS, yuan
from frontdesk_gui.core.money.models import Charge, Receipt
from frontdesk_gui.core.report_tables import durations_table, figures_table
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

DEPOSIT_KIND = "key_deposit"
FEE_KIND = "key_replacement"

# -- the register ---------------------------------------------------------------------------------------
CATEGORIES = (
    ("vacant", tr("空置房屋钥匙", "Vacant unit")),
    ("entrusted", tr("业主托管钥匙", "Entrusted by the owner")),
    ("equipment", tr("设施设备用房备用钥匙", "Equipment room spare")),
    ("security_door", tr("防盗门钥匙", "Security door")),
    ("other", tr("其它", "Other")),
)
IN, KEY_OUT, KEY_LOST, RETIRED = "in", "out", "lost", "retired"
KEY_STATES = {IN: tr("在柜", "In the cabinet"), KEY_OUT: tr("借出", "Lent out"), KEY_LOST: tr("遗失", "Lost"),
              RETIRED: tr("停用", "Retired")}
KEY_FIELDS = ("tag", "category", "building", "floor", "unit", "label", "cabinet_position", "ring_count", "note")


class Key(BaseModel):
    id = AutoField()
    tag = CharField(unique=True)
    category = CharField()
    building = CharField(null=True)
    floor = CharField(null=True)
    unit = CharField(null=True)
    label = CharField(null=True)
    cabinet_position = CharField(null=True)
    ring_count = IntegerField(default=1)
    state = CharField(default=IN, index=True)
    note = TextField(null=True)

    class Meta:
        table_name = "key_register"

    @property
    def location(self) -> str:
        return " ".join(p for p in (self.building, self.floor, self.unit) if p)

    def describe(self) -> str:
        return " ".join(p for p in (self.tag, self.location, self.label) if p)


def normalise_tag(tag: str | None) -> str:
    return (tag or "").strip().upper()


def _clean_key(values: dict) -> tuple[dict, dict[str, Text]]:
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in KEY_FIELDS}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    v["tag"] = normalise_tag(v["tag"])
    if not v["tag"]:
        errors["tag"] = tr("请填写钥匙编号。", "Enter the key's tag.")
    labels = {str(title): code for code, title in CATEGORIES} | {code: code for code, _ in CATEGORIES}
    labels |= {title.en.lower(): code for code, title in CATEGORIES}
    category = v["category"] or ""
    v["category"] = labels.get(category) or labels.get(category.lower())
    if v["category"] is None:
        errors["category"] = tr("请选择钥匙类别。", "Choose the key's category.")
    try:
        v["ring_count"] = int(float(str(v["ring_count"] if v["ring_count"] is not None else 1)))
        if not 1 <= v["ring_count"] <= 99:
            raise ValueError
    except ValueError:
        v["ring_count"] = None
        errors["ring_count"] = tr("钥匙串上的钥匙数应为 1 到 99。", "Keys on the ring: a number from 1 to 99.")
    return v, errors


def key_by_tag(tag: str) -> Key | None:
    return Key.get_or_none(Key.tag == normalise_tag(tag))


def add_key(ctx: Ctx, **values) -> Key:
    """A new key in the register (a supervisor); audited."""
    require(ctx, SUPERVISOR)
    clean, errors = _clean_key(values)
    if not errors and key_by_tag(clean["tag"]) is not None:
        errors["tag"] = tr("这个钥匙编号已在登记册中。", "This tag is already in the register.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        key = Key.create(**clean, state=IN)
        audit.record(ctx, "create", "key", key.id, after=clean)
    return key


def update_key(ctx: Ctx, key: Key, **values) -> Key:
    """Change a key's details (not its state); audited with before and after."""
    require(ctx, SUPERVISOR)
    merged = {k: getattr(key, k) for k in KEY_FIELDS}
    merged.update({k: v for k, v in values.items() if k in KEY_FIELDS})
    clean, errors = _clean_key(merged)
    twin = key_by_tag(clean["tag"]) if clean["tag"] else None
    if twin is not None and twin.id != key.id:
        errors["tag"] = tr("这个钥匙编号已在登记册中。", "This tag is already in the register.")
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in KEY_FIELDS if clean[k] != getattr(key, k)}
    if changes:
        _set_key(ctx, key, "update", changes)
    return key


def _set_key(ctx: Ctx, key: Key, action: str, changes: dict, reason: str | None = None) -> None:
    with db.atomic():
        before = {k: getattr(key, k) for k in changes}
        Key.update(**changes).where(Key.id == key.id).execute()
        audit.record(ctx, action, "key", key.id, before=before, after=changes, reason=reason)
    for name, value in changes.items():
        setattr(key, name, value)


def retire_key(ctx: Ctx, key: Key, reason: str) -> Key:
    """Take a key out of use (lock changed, unit sold); it stays in the register, never deleted."""
    require(ctx, SUPERVISOR)
    reason = entry.require_reason(reason)
    key = Key.get_by_id(key.id)
    if key.state == KEY_OUT:
        raise StateError(tr("钥匙借出中,不能停用。", "The key is lent out; it cannot be retired now."))
    _set_key(ctx, key, "retire", {"state": RETIRED}, reason)
    return key


def found_key(ctx: Ctx, key: Key) -> Key:
    """A key recorded as lost has turned up: back in the cabinet."""
    require(ctx, SUPERVISOR)
    key = Key.get_by_id(key.id)
    if key.state != KEY_LOST:
        raise StateError(tr("这把钥匙没有登记遗失。", "This key is not recorded as lost."))
    _set_key(ctx, key, "found", {"state": IN})
    return key


def register_rows(include_retired: bool = True) -> list[Key]:
    query = Key.select()
    if not include_retired:
        query = query.where(Key.state != RETIRED)
    return list(query.order_by(Key.building, Key.floor, Key.category, Key.tag))


# -- import ---------------------------------------------------------------------------------------------
HEADERS = {
    "tag": ("tag", "编号", "钥匙编号", "钥匙号", "标签号"),
    "category": ("category", "类别", "钥匙类别", "分类"),
    "building": ("building", "楼栋", "楼号", "栋"),
    "floor": ("floor", "楼层", "层"),
    "unit": ("unit", "房号", "单元", "房间"),
    "label": ("label", "标签", "名称", "用途", "说明"),
    "cabinet_position": ("cabinet_position", "cabinet", "柜位", "钥匙柜位置", "位置"),
    "ring_count": ("ring_count", "keys", "数量", "把数", "钥匙数"),
    "note": ("note", "备注"),
}


@dataclass
class ImportRow:
    row: int
    accepted: bool
    values: dict
    reason: Text | None = None
    key_id: int | None = None


def _field_of(header: str) -> str | None:
    h = (header or "").strip().lower().replace(" ", "_")
    return next((name for name, names in HEADERS.items() if h in names), None)


def import_keys(ctx: Ctx, rows: list[dict]) -> list[ImportRow]:
    """Add keys from CSV-like rows (header -> value); each rejected row says why. The accepted rows are
    written together in one transaction; the row numbers count the header as row 1."""
    require(ctx, SUPERVISOR)
    results: list[ImportRow] = []
    seen: set[str] = set()
    accepted: list[tuple[ImportRow, dict]] = []
    for number, raw in enumerate(rows, start=2):
        values = {}
        for header, value in raw.items():
            name = _field_of(str(header))
            if name:
                values[name] = "" if value is None else str(value)
        clean, errors = _clean_key(values)
        if not errors and (clean["tag"] in seen or key_by_tag(clean["tag"]) is not None):
            errors["tag"] = tr("钥匙编号重复。", "This tag is already in the register or the file.")
        if errors:
            reason = Text("; ".join(str(t.zh) for t in errors.values()), "; ".join(t.en for t in errors.values()))
            results.append(ImportRow(number, False, values, reason))
            continue
        seen.add(clean["tag"])
        row = ImportRow(number, True, clean)
        results.append(row)
        accepted.append((row, clean))
    with db.atomic():
        for row, clean in accepted:
            row.key_id = Key.create(**clean, state=IN).id
        audit.record(ctx, "import", "key", None, after={"accepted": len(accepted),
                                                      "rejected": len(results) - len(accepted)})
    return results


def import_key_file(ctx: Ctx, path) -> list[ImportRow]:
    """A CSV or Excel file with a header row (the directory import's reader)."""
    from pathlib import Path

    from frontdesk_gui.core.directory_import import cell_text, read_rows

    table = [[cell_text(c) for c in row] for row in read_rows(Path(path))]
    table = [row for row in table if any(row)]
    if not table:
        raise ValidationError({"file": tr("文件是空的。", "The file is empty.")})
    header = table[0]
    return import_keys(ctx, [dict(zip(header, row, strict=False)) for row in table[1:]])


# -- loans ----------------------------------------------------------------------------------------------
STAFF, OUTSIDER = "staff", "outsider"
BORROWER_KINDS = ((STAFF, tr("公司员工", "Staff")), (OUTSIDER, tr("外来人员", "Outsider")))
OUT, RETURNED, LOST = "out", "returned", "lost"
STATUSES = {OUT: tr("借出", "Out"), RETURNED: tr("已归还", "Returned"), LOST: tr("遗失", "Lost"),
            entry.VOIDED: tr("已作废", "Void")}
DEPOSIT_METHODS = tuple((k, t) for k, t in METHODS if k in ("cash", "wechat", "alipay", "card", "finance"))


class KeyLoan(Entry):
    key = ForeignKeyField(Key, backref="+")
    key_tag = CharField(index=True)
    borrower_kind = CharField()
    borrower_name = CharField()
    department = CharField(null=True)
    id_type = CharField(null=True)
    id_number = CharField(null=True)
    phone = CharField(null=True)
    purpose = CharField(null=True)
    due_at = UtcDateTimeField(index=True)
    ring_count_out = IntegerField(default=1)
    deposit_fen = IntegerField(default=0)
    signature_png = BlobField(null=True)
    returned_at = UtcDateTimeField(null=True)
    ring_count_back = IntegerField(null=True)
    returned_to = ForeignKeyField(Operator, null=True, backref="+", index=False)
    loss_note = TextField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "key_loan"

    @property
    def due_back(self) -> str:
        return clock.local_text(self.due_at) if self.due_at else ""

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_number)

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


FORM_FIELDS = (
    FormField("key_tag", tr("钥匙编号(扫码)", "Key tag (scan)"), required=True),
    FormField("borrower_kind", tr("借用人类别", "Borrower"), required=True, choices=BORROWER_KINDS),
    FormField("borrower_name", tr("借用人", "Name"), required=True),
    FormField("department", tr("部门", "Department")),
    FormField("id_type", tr("证件类型", "ID type"), choices=ID_TYPES),
    FormField("id_number", tr("证件号码", "ID number")),
    FormField("phone", tr("电话", "Phone")),
    FormField("purpose", tr("用途", "Purpose")),
    FormField("due_back", tr("应还时间(空=默认)", "Due back (empty = default)")),
    FormField("deposit_method", tr("押金付款方式", "Deposit paid by"), choices=DEPOSIT_METHODS),
    FormField("finance_receipt_no", tr("财务室收据号", "Finance receipt no.")),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = ("borrower_name", "department", "phone", "purpose", "note")


def deposit_amount() -> int:
    return settings.get("keys.deposit_fen")


def _borrower_text(loan: KeyLoan) -> str:
    if loan.borrower_kind == STAFF:
        return " ".join(p for p in (loan.borrower_name, loan.department) if p)
    return loan.borrower_name


def open_loan(key: Key) -> KeyLoan | None:
    return (KeyLoan.select().where((KeyLoan.key == key) & (KeyLoan.status == OUT)).order_by(KeyLoan.id.desc())
            .first())


def _clean_loan(values: dict, now: datetime) -> tuple[dict, dict[str, Text]]:
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    v["key_tag"] = normalise_tag(v["key_tag"])
    if not v["key_tag"]:
        errors["key_tag"] = tr("请扫描或输入钥匙编号。", "Scan or type the key's tag.")
    if v["borrower_kind"] not in (STAFF, OUTSIDER):
        errors["borrower_kind"] = tr("请选择借用人类别。", "Choose staff or outsider.")
    if not v["borrower_name"]:
        errors["borrower_name"] = tr("请填写借用人姓名。", "Enter the borrower's name.")
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    if phone_error:
        errors["phone"] = phone_error
    if v["borrower_kind"] == STAFF:
        if not v["department"]:
            errors["department"] = tr("请填写员工所在部门。", "Enter the staff member's department.")
        v["id_type"] = v["id_number"] = v["deposit_method"] = v["finance_receipt_no"] = None
    elif v["borrower_kind"] == OUTSIDER:
        if not v["id_type"] or not v["id_number"]:
            errors["id_number"] = tr("外来人员须出示有效证件。", "An outsider must show a valid ID.")
        else:
            v["id_number"], id_error = normalise_id(v["id_type"], v["id_number"])
            if id_error:
                errors["id_number"] = id_error
        if not v["phone"]:
            errors["phone"] = tr("请留联系电话。", "Take a phone number.")
        if deposit_amount() > 0:
            if v["deposit_method"] not in dict(DEPOSIT_METHODS):
                errors["deposit_method"] = tr("请选择押金付款方式。", "Choose how the deposit is paid.")
            elif v["deposit_method"] == "finance" and not v["finance_receipt_no"]:
                errors["finance_receipt_no"] = tr("请填写财务室收据号。", "Enter the finance office's receipt number.")
    if v["due_back"] is None:
        v["due_at"] = now + timedelta(hours=settings.get("keys.loan_hours"))
    else:
        try:
            v["due_at"] = clock.parse_typed(v["due_back"], now)
            if v["due_at"] <= now:
                errors["due_back"] = tr("应还时间应晚于现在。", "The due-back time must be later than now.")
        except ValueError:
            v["due_at"] = None
            errors["due_back"] = tr("时间写作 17:00 或 2026-11-23 17:00。",
                                    "Write the time as 17:00 or 2026-11-23 17:00.")
    return v, errors


def lend(ctx: Ctx, signature_png: bytes | None = None, **values) -> KeyLoan:
    """Lend a key from the cabinet: staff sign; an outsider's ID is checked and a deposit taken (a receipt)."""
    require(ctx, RECEPTIONIST)
    now = clock.now()
    clean, errors = _clean_loan(values, now)
    key = key_by_tag(clean["key_tag"]) if clean["key_tag"] else None
    if clean["key_tag"] and key is None:
        errors["key_tag"] = tr("登记册中没有这个钥匙编号。", "There is no key with this tag in the register.")
    elif key is not None and key.state != IN:
        errors["key_tag"] = _not_in_sentence(key)
    if errors:
        raise ValidationError(errors)
    method, finance_no = clean.pop("deposit_method"), clean.pop("finance_receipt_no")
    clean.pop("due_back")
    amount = deposit_amount() if clean["borrower_kind"] == OUTSIDER else 0
    loan = KeyLoan(**clean, key=key, ring_count_out=key.ring_count, deposit_fen=amount, signature_png=signature_png)
    with db.atomic():
        entry.create(ctx, SPEC, loan, status=OUT)
        _set_key(ctx, key, "lend", {"state": KEY_OUT})
        if amount:
            charge = charges.raise_charge(
                ctx, kind=DEPOSIT_KIND, source=SPEC.key, source_id=loan.id, payer=loan.borrower_name,
                lines=[charges.line(f"钥匙押金 {key.tag}", 1, "key", amount)], deposit=True)
            charges.settle(ctx, charge, method, finance_receipt_no=finance_no)
    return loan


def _not_in_sentence(key: Key) -> Text:
    if key.state == KEY_OUT:
        loan = open_loan(key)
        who = _borrower_text(loan) if loan else "?"
        since = clock.local_text(loan.created_at) if loan else "?"
        due = loan.due_back if loan else "?"
        return Text(f"钥匙 {key.tag} 已借给 {who}(自 {since},应还 {due}),尚未归还。",
                    f"Key {key.tag} is out with {who} since {since} (due back {due}); it has not come back.")
    if key.state == KEY_LOST:
        return Text(f"钥匙 {key.tag} 已登记遗失。", f"Key {key.tag} is recorded as lost.")
    return Text(f"钥匙 {key.tag} 已停用。", f"Key {key.tag} is retired.")


def deposit_charge(loan: KeyLoan) -> Charge | None:
    found = [c for c in charges.for_source(SPEC.key, loan.id) if c.deposit and c.status != charges.VOIDED]
    return found[-1] if found else None


@dataclass(frozen=True)
class Returned:
    loan: KeyLoan
    refund: Receipt | None  # the refund voucher (None: no deposit, or refunded at finance)


def return_key(ctx: Ctx, loan: KeyLoan, ring_count: int, *, partial_loss: str | None = None) -> Returned:
    """The key comes back: the keys on the ring are counted against the register. A short count is refused
    unless recorded as a partial loss (the deposit is then kept, the register's count lowered)."""
    require(ctx, RECEPTIONIST)
    loan = KeyLoan.get_by_id(loan.id)
    if loan.status != OUT:
        raise StateError(tr("这笔借用已结束。", "This loan is already closed."))
    key = Key.get_by_id(loan.key_id)
    try:
        ring_count = int(ring_count)
    except (TypeError, ValueError):
        raise ValidationError({"ring_count": tr("请清点钥匙串上的钥匙数。",
                                                "Count the keys on the ring.")}) from None
    partial_loss = (partial_loss or "").strip() or None
    if ring_count > key.ring_count or ring_count < 0:
        raise ValidationError({"ring_count": Text(f"登记册记录这串钥匙有 {key.ring_count} 把,清点数不对。",
                                                  f"The register has {key.ring_count} keys on this ring; "
                                                  "the count is wrong.")})
    if ring_count < key.ring_count and partial_loss is None:
        raise ValidationError({"ring_count": Text(
            f"钥匙串应有 {key.ring_count} 把,只还回 {ring_count} 把;请找回,或登记为部分遗失。",
            f"The ring should hold {key.ring_count} keys but {ring_count} came back: find the rest, "
            "or record it as a partial loss.")})
    if ring_count == 0:
        raise ValidationError({"ring_count": tr("一把也没有还回:请登记为遗失。",
                                                "Nothing came back: record it as lost.")})
    now = clock.now()
    voucher = None
    with db.atomic():
        changes = {"status": RETURNED, "returned_at": now, "ring_count_back": ring_count, "returned_to": ctx.operator}
        if ring_count < key.ring_count:
            changes["loss_note"] = partial_loss
        entry.change(ctx, SPEC, loan, "return", changes, reason=partial_loss)
        key_changes = {"state": IN}
        if ring_count < key.ring_count:
            key_changes["ring_count"] = ring_count
        _set_key(ctx, key, "return", key_changes, partial_loss)
        charge = deposit_charge(loan)
        if charge is not None and charge.status in (charges.PAID, charges.FINANCE):
            if ring_count < loan.ring_count_out:
                charges.keep_deposit(ctx, charge, f"部分遗失 {key.tag}: {partial_loss}")
            else:
                voucher = charges.refund_deposit(ctx, charge, f"钥匙归还 {key.tag}")
    return Returned(loan, voucher)


@dataclass(frozen=True)
class LostResult:
    loan: KeyLoan
    fee_document: Receipt | None


def report_lost(ctx: Ctx, loan: KeyLoan, reason: str, *, method: str | None = None,
                finance_receipt_no: str | None = None, charge_fee: bool = True) -> LostResult:
    """The borrower lost the key: the deposit is kept, a replacement fee charged, the key recorded lost."""
    require(ctx, RECEPTIONIST)
    reason = entry.require_reason(reason)
    loan = KeyLoan.get_by_id(loan.id)
    if loan.status != OUT:
        raise StateError(tr("这笔借用已结束。", "This loan is already closed."))
    fee = settings.get("keys.replacement_fen") if charge_fee else 0
    if fee and not method:
        raise ValidationError({"method": tr("请选择补配费付款方式。", "Choose how the replacement fee is paid.")})
    key = Key.get_by_id(loan.key_id)
    document = None
    with db.atomic():
        entry.change(ctx, SPEC, loan, "lost", {"status": LOST, "returned_at": clock.now(), "loss_note": reason,
                                               "returned_to": ctx.operator}, reason=reason)
        _set_key(ctx, key, "lost", {"state": KEY_LOST}, reason)
        charge = deposit_charge(loan)
        if charge is not None and charge.status in (charges.PAID, charges.FINANCE):
            charges.keep_deposit(ctx, charge, f"钥匙遗失 {key.tag}: {reason}")
        if fee:
            raised = charges.raise_charge(ctx, kind=FEE_KIND, source=SPEC.key, source_id=loan.id,
                                          payer=loan.borrower_name,
                                          lines=[charges.line(f"钥匙补配费 {key.tag}", 1, "key", fee)])
            document = charges.settle(ctx, raised, method, finance_receipt_no=finance_receipt_no)
    return LostResult(loan, document)


def void(ctx: Ctx, loan: KeyLoan, reason: str) -> KeyLoan:
    """Void a loan entered by mistake (supervisor): a deposit still held must be refunded first."""
    require(ctx, SUPERVISOR, authorisable=True)
    reason = entry.require_reason(reason)
    charge = deposit_charge(loan)
    if charge is not None and charge.status in (charges.PAID, charges.FINANCE):
        raise StateError(tr("押金仍在保管中:请先作废收据或办理归还。",
                            "The deposit is still held: void its receipt or record the return first."))
    with db.atomic():
        if loan.status == OUT:
            key = Key.get_by_id(loan.key_id)
            if key.state == KEY_OUT:
                _set_key(ctx, key, "void_loan", {"state": IN}, reason)
        return entry.void(ctx, SPEC, loan, reason)


def correct(ctx: Ctx, loan: KeyLoan, reason: str, /, **values) -> KeyLoan:
    """Correct the borrower's details or the purpose (the key, the deposit and the times are set by steps)."""
    require(ctx, RECEPTIONIST)
    clean = {k: ((v.strip() if isinstance(v, str) else v) or None) for k, v in values.items() if k in CORRECTABLE}
    if "phone" in clean:
        clean["phone"], error = normalise_phone(clean["phone"] or "")
        if error:
            raise ValidationError({"phone": error})
        clean["phone"] = clean["phone"] or None
    if "borrower_name" in clean and not clean["borrower_name"]:
        raise ValidationError({"borrower_name": tr("请填写借用人姓名。", "Enter the borrower's name.")})
    return entry.correct(ctx, SPEC, loan, {k: v for k, v in clean.items() if v != getattr(loan, k)}, reason)


charges.register_kind(charges.Kind(DEPOSIT_KIND, tr("钥匙押金", "Key deposits"), "money.pay_at.key_deposit"))
charges.register_kind(charges.Kind(FEE_KIND, tr("钥匙补配费", "Key replacement fees"), "money.pay_at.key_deposit",
                                   internal_allowed=True))


def _overdue(now: datetime):
    return KeyLoan.select().where((KeyLoan.status == OUT) & (KeyLoan.due_at < now))


def overdue_loans(now: datetime | None = None) -> list[KeyLoan]:
    return list(_overdue(now or clock.now()).order_by(KeyLoan.due_at))


def loan_search_fields(loan: KeyLoan):
    key = loan.key
    return ([loan.borrower_name], [loan.department, loan.purpose, loan.note, key.label],
            [loan.key_tag, loan.phone, scan_code(SPEC, loan.id), key.building, key.unit])


def loan_slip_data(loan: KeyLoan, reprint: int) -> dict:
    """钥匙借用单: what was lent to whom until when, with the borrower's signature line (A32: the borrower
    signs; an outsider shows ID and pays a deposit). Personal numbers masked."""
    key = loan.key
    where = " ".join(p for p in (key.building, key.floor, key.unit) if p)
    return {
        "code": scan_code(SPEC, loan.id), "title_zh": "钥匙借用单", "title_en": "KEY LOAN",
        "rows": [
            ["钥匙 Key", f"{loan.key_tag} {key.label or ''}".strip()],
            ["位置 Location", where],
            ["把数 Keys", str(loan.ring_count_out)],
            ["借用人 Borrower", f"{loan.borrower_name} {loan.department or ''}".strip()],
            ["证件 ID", mask_id(loan.id_number)],
            ["电话 Phone", mask_phone(loan.phone)],
            ["用途 Purpose", loan.purpose or ""],
            ["借出 Lent", clock.local_text(loan.created_at)],
            ["应还 Due back", loan.due_back],
            ["押金 Deposit", yuan(loan.deposit_fen) if loan.deposit_fen else ""],
        ],
        "footer": "借用钥匙请妥善保管,按时归还 Keep the key safe and return it on time",
        "sign_here": "借用人签字 Borrower's signature",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def loan_summary(loan: KeyLoan) -> str:
    return f"{scan_code(SPEC, loan.id)} {loan.key_tag} → {_borrower_text(loan)}"


def _out_at(at: datetime):
    return KeyLoan.select().where((KeyLoan.status != entry.VOIDED) & (KeyLoan.created_at <= at)
                                  & (KeyLoan.returned_at.is_null() | (KeyLoan.returned_at > at)))


def monthly(start: datetime, end: datetime) -> list[ReportTable]:
    """The month's key loans: how long keys stayed out, and overdue returns (back after the due time, or still
    out past it at the month's end)."""
    back: list[float] = []
    out_at_end = overdue = lost = 0
    query = KeyLoan.select(KeyLoan.created_at, KeyLoan.due_at, KeyLoan.returned_at, KeyLoan.status).where(
        (KeyLoan.created_at >= start) & (KeyLoan.created_at < end) & (KeyLoan.status != entry.VOIDED))
    for loan in query.iterator():
        closed = loan.returned_at if loan.returned_at is not None and loan.returned_at < end else None
        if closed is None:
            out_at_end += 1
        elif loan.status == LOST:  # a lost key's loan closes when the loss is recorded
            lost += 1
        else:
            back.append((closed - loan.created_at).total_seconds())
        overdue += loan.due_at < (closed or end)
    return [
        figures_table(tr("钥匙借还", "Key loans"), [
            (tr("借出", "Lent"), len(back) + out_at_end + lost), (tr("已归还", "Returned"), len(back)),
            (tr("遗失", "Lost"), lost), (tr("月末仍借出", "Still out at month end"), out_at_end),
            (tr("逾期归还或逾期未还", "Returned late or overdue"), overdue)]),
        durations_table(tr("归还用时", "Time to return"), [(tr("借出→归还", "Lent → returned"), back)]),
    ]


SPEC = register(LogbookSpec(
    key="key_loans",
    order=10,
    title=tr("钥匙借用登记", "Key loans"),
    group="keys",
    model=KeyLoan,
    form="key_loan_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("created_at", tr("借出时间", "Lent"), 120, "time"),
        Column("key_tag", tr("钥匙编号", "Key"), 90),
        Column("borrower_kind", tr("类别", "Borrower"), 70, "choice", BORROWER_KINDS),
        Column("borrower_name", tr("借用人", "Name"), 80),
        Column("department", tr("部门", "Department"), 80),
        Column("id_number", tr("证件号码", "ID number"), 130, "masked_id"),
        Column("phone", tr("电话", "Phone"), 100, "masked_phone"),
        Column("purpose", tr("用途", "Purpose"), 110),
        Column("due_at", tr("应还时间", "Due back"), 120, "time"),
        Column("deposit_fen", tr("押金", "Deposit"), 60, "money"),
        Column("returned_at", tr("归还时间", "Returned"), 120, "time"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=lend,
    correct=lambda ctx, loan, reason, /, **values: correct(ctx, loan, reason, **values),
    correctable=CORRECTABLE,
    actions=(
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (OUT, RETURNED, LOST), needs_reason=True,
               authorisable=True),
    ),
    attention=(AttentionRule("overdue", tr("钥匙逾期未还", "Keys overdue"), "overdue", _overdue),),
    documents=(Document("loan_slip", tr("钥匙借用单", "Key loan slip"), loan_slip_data, "held_slip"),),
    field_titles={"returned_at": tr("归还时间", "Returned"), "ring_count_back": tr("还回把数", "Keys back"),
                  "loss_note": tr("遗失说明", "Loss note"), "due_at": tr("应还时间", "Due back")},
    hidden_in_history=("signature_png",),
    code_prefix="K",
    open_items=(OpenItems("out", tr("借出未还的钥匙", "Keys out"), _out_at, custody=True),),
    search_fields=loan_search_fields,
    summary=loan_summary,
    monthly=monthly,
))


# -- move-in key hand-over (A33) ------------------------------------------------------------------------
HANDED = "handed"


class MoveInKeys(Entry):
    owner_name = CharField()
    unit = CharField()
    key_count = IntegerField()
    keys_text = CharField(null=True)
    tags = CharField(null=True)
    phone = CharField(null=True)
    handed_on = CharField()
    note = TextField(null=True)

    class Meta:
        table_name = "move_in_keys"


MOVE_IN_FIELDS = (
    FormField("owner_name", tr("业主姓名", "Owner"), required=True),
    FormField("unit", tr("房号", "Unit"), required=True),
    FormField("key_count", tr("钥匙把数", "Number of keys"), required=True),
    FormField("keys_text", tr("钥匙说明", "Which keys")),
    FormField("tags", tr("登记册钥匙编号(逗号分隔)", "Register tags (comma separated)")),
    FormField("phone", tr("电话", "Phone")),
    FormField("handed_on", tr("交接日期(空=今天)", "Date (empty = today)")),
    FormField("note", tr("备注", "Note")),
)


def hand_over_move_in(ctx: Ctx, **values) -> MoveInKeys:
    """Keys handed to a new owner at move-in (业主接房领取钥匙记录); register keys named by tag leave the
    cabinet for good (retired, the reason says to whom)."""
    require(ctx, RECEPTIONIST)
    v = {f.name: values.get(f.name) for f in MOVE_IN_FIELDS}
    v = {k: (val.strip() if isinstance(val, str) else val) for k, val in v.items()}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    if not v["owner_name"]:
        errors["owner_name"] = tr("请填写业主姓名。", "Enter the owner's name.")
    if not v["unit"]:
        errors["unit"] = tr("请填写房号。", "Enter the unit.")
    try:
        v["key_count"] = int(str(v["key_count"]))
        if not 1 <= v["key_count"] <= 99:
            raise ValueError
    except ValueError:
        errors["key_count"] = tr("钥匙把数应为 1 到 99。", "Number of keys: 1 to 99.")
    v["phone"], phone_error = normalise_phone(v["phone"] or "")
    if phone_error:
        errors["phone"] = phone_error
    keys = []
    for tag in [normalise_tag(t) for t in (v["tags"] or "").replace("，", ",").split(",") if t.strip()]:
        key = key_by_tag(tag)
        if key is None:
            errors["tags"] = Text(f"登记册中没有钥匙 {tag}。", f"There is no key {tag} in the register.")
        elif key.state != IN:
            errors["tags"] = _not_in_sentence(key)
        else:
            keys.append(key)
    today = clock.local(clock.now()).strftime("%Y-%m-%d")
    if v["handed_on"]:
        try:
            v["handed_on"] = datetime.strptime(v["handed_on"].replace("/", "-"), "%Y-%m-%d").strftime("%Y-%m-%d")
        except ValueError:
            errors["handed_on"] = tr("日期写作 2026-11-23。", "Write the date as 2026-11-23.")
    else:
        v["handed_on"] = today
    if errors:
        raise ValidationError(errors)
    v["tags"] = ",".join(k.tag for k in keys) or None
    record = MoveInKeys(**v)
    with db.atomic():
        entry.create(ctx, MOVE_IN_SPEC, record, status=HANDED)
        for key in keys:
            _set_key(ctx, key, "move_in", {"state": RETIRED}, f"交业主 {record.owner_name} {record.unit}")
    return record


def void_move_in(ctx: Ctx, record: MoveInKeys, reason: str) -> MoveInKeys:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, MOVE_IN_SPEC, record, reason)


MOVE_IN_SPEC = register(LogbookSpec(
    key="move_in_keys",
    order=20,
    title=tr("接房领取钥匙记录", "Move-in keys"),
    group="keys",
    model=MoveInKeys,
    form="move_in_form",
    form_fields=MOVE_IN_FIELDS,
    statuses={HANDED: tr("已交接", "Handed over"), entry.VOIDED: tr("已作废", "Void")},
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("handed_on", tr("日期", "Date"), 90),
        Column("owner_name", tr("业主", "Owner"), 90),
        Column("unit", tr("房号", "Unit"), 80),
        Column("key_count", tr("把数", "Keys"), 50, "int"),
        Column("keys_text", tr("钥匙说明", "Which keys"), 160),
        Column("tags", tr("登记册编号", "Register tags"), 120),
        Column("phone", tr("电话", "Phone"), 100, "masked_phone"),
        Column("status", tr("状态", "Status"), 65, "choice", ((HANDED, tr("已交接", "Handed over")),)),
    ),
    create=hand_over_move_in,
    actions=(Action("void", tr("作废", "Void"), void_move_in, SUPERVISOR, (HANDED,), needs_reason=True,
                    authorisable=True),),
    code_prefix="MK",
    search_fields=lambda r: ([r.owner_name], [r.keys_text, r.note], [r.unit, r.phone, r.tags]),
    summary=lambda r: f"{r.handed_on} {r.owner_name} {r.unit} ×{r.key_count}",
))


# -- monthly reconciliation (C3) ------------------------------------------------------------------------
class KeyCount(BaseModel):
    id = AutoField()
    month = CharField(index=True)
    key = ForeignKeyField(Key, backref="+")
    expected = CharField()
    found = CharField()
    discrepancy = IntegerField(default=0)
    counted_at = UtcDateTimeField()
    operator = ForeignKeyField(Operator, backref="+", index=False)
    note = TextField(null=True)

    class Meta:
        table_name = "key_count"
        indexes = ((("month", "key"), True),)


@dataclass(frozen=True)
class ReconciliationRow:
    key: Key
    expected: str
    holder: str
    since: str


def reconciliation_rows() -> list[ReconciliationRow]:
    """Every key in use with where the register says it is (in; out with whom since when; lost)."""
    rows = []
    for key in register_rows(include_retired=False):
        holder = since = ""
        if key.state == KEY_OUT:
            loan = open_loan(key)
            if loan is not None:
                holder, since = _borrower_text(loan), clock.local_text(loan.created_at)
        rows.append(ReconciliationRow(key, key.state, holder, since))
    return rows


def _month(month: str) -> str:
    try:
        return datetime.strptime(month.strip(), "%Y-%m").strftime("%Y-%m")
    except (ValueError, AttributeError):
        raise ValidationError({"month": tr("月份写作 2026-11。", "Write the month as 2026-11.")}) from None


def record_count(ctx: Ctx, month: str, results: dict[str, str], note: str | None = None) -> list[KeyCount]:
    """Store what the count found per key tag ("in" / "out" / "lost" / "missing"); a recount replaces it."""
    require(ctx, RECEPTIONIST)
    month = _month(month)
    errors: dict[str, Text] = {}
    found_states = set(KEY_STATES) | {"missing"}
    keys = {}
    for tag, found in results.items():
        key = key_by_tag(tag)
        if key is None:
            errors[f"tag:{tag}"] = Text(f"登记册中没有钥匙 {tag}。", f"There is no key {tag} in the register.")
        elif found not in found_states:
            errors[f"tag:{tag}"] = Text(f"钥匙 {tag} 的清点结果不对。", f"The count result for {tag} is not valid.")
        else:
            keys[key.tag] = (key, found)
    if errors:
        raise ValidationError(errors)
    now, saved = clock.now(), []
    with db.atomic():
        for key, found in keys.values():
            values = {"expected": key.state, "found": found, "discrepancy": int(found != key.state),
                      "counted_at": now, "operator": ctx.operator, "note": note}
            existing = KeyCount.get_or_none((KeyCount.month == month) & (KeyCount.key == key))
            if existing is None:
                saved.append(KeyCount.create(month=month, key=key, **values))
            else:
                KeyCount.update(**values).where(KeyCount.id == existing.id).execute()
                saved.append(KeyCount.get_by_id(existing.id))
        audit.record(ctx, "count", "key", None, after={"month": month, "counted": len(keys),
                                                      "discrepancies": sum(c.discrepancy for c in saved)})
    return saved


def discrepancies(month: str) -> list[KeyCount]:
    return list(KeyCount.select().join(Key).where((KeyCount.month == _month(month)) & (KeyCount.discrepancy == 1))
                .order_by(Key.tag))


def checklist_data(month: str, operator_name: str = "") -> dict:
    """The printable monthly checklist (钥匙盘点表): one row per key with the expected state and a box."""
    month = _month(month)
    states = {k: str(v) for k, v in KEY_STATES.items()}
    categories = {k: str(v) for k, v in CATEGORIES}
    rows = [{"tag": r.key.tag, "category": categories.get(r.key.category, r.key.category),
             "location": r.key.location, "label": r.key.label or "", "cabinet": r.key.cabinet_position or "",
             "ring": str(r.key.ring_count), "expected": states.get(r.expected, r.expected),
             "holder": " ".join(p for p in (r.holder, r.since) if p)} for r in reconciliation_rows()]
    return {"counter_name": settings.get("counter.name"), "month": month,
            "printed_at": clock.local_text(clock.now()), "operator": operator_name, "rows": rows}


def deposit_text(loan: KeyLoan) -> str:
    return f"¥{yuan(loan.deposit_fen)}" if loan.deposit_fen else ""


MODELS = [Key, KeyLoan, MoveInKeys, KeyCount]
