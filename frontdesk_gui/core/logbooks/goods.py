"""物品放行条 — goods control at the lobby (CATALOGUE A31, B4).

Goods going out in quantity, or valuables, leave only with a release pass issued by the management office:
the lobby checks the pass against the goods and releases them, or refuses (they do not match: back to the
management office for a new pass). A refused or expired pass is never released; a released pass is not
released twice. Goods coming in are logged; moving materials need the management office's voucher.
Gas cylinders, fireworks, thinner and other flammable or explosive goods are refused (B4).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date, datetime

from peewee import CharField, IntegerField, TextField

from frontdesk_gui.core import clock, entry
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.entry import Entry
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import UtcDateTimeField
from frontdesk_gui.core.report_tables import count_table
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

OUT, IN = "out", "in"
PENDING, RELEASED, REFUSED, ADMITTED = "pending", "released", "refused", "admitted"
DIRECTIONS = (
    (OUT, tr("带出(放行条)", "Going out (release pass)")),
    (IN, tr("带入", "Coming in")),
)
STATUSES = {
    PENDING: tr("待查验", "To check"),
    RELEASED: tr("已放行", "Released"),
    REFUSED: tr("已拒绝", "Refused"),
    ADMITTED: tr("已进入", "Let in"),
    entry.VOIDED: tr("已作废", "Void"),
}

# B4 / A31: what never passes the lobby. Each word found maps to the name the warning uses.
PROHIBITED = {
    "煤气罐": "煤气罐", "煤气瓶": "煤气罐", "液化气罐": "液化气罐", "液化气瓶": "液化气罐", "液化气": "液化气罐",
    "液化石油气": "液化气罐", "气罐": "煤气罐", "烟花": "烟花爆竹", "爆竹": "烟花爆竹", "鞭炮": "烟花爆竹",
    "礼花": "烟花爆竹", "天拿水": "天拿水", "稀释剂": "稀释剂", "香蕉水": "天拿水", "汽油": "汽油", "柴油": "柴油",
    "炸药": "炸药", "雷管": "雷管", "易燃": "易燃易爆物品", "易爆": "易燃易爆物品",
    "gas cylinder": "gas cylinder", "gas bottle": "gas cylinder", "lpg": "LPG", "firework": "fireworks",
    "firecracker": "fireworks", "thinner": "thinner", "petrol": "petrol", "gasoline": "petrol",
    "explosive": "explosives", "flammable": "flammable goods",
}
MAX_LINES = 40
MAX_QTY = 9999
# "电脑 × 2", "电脑x2", "电脑*2台", "电脑 2", "电脑 2台"
_LINE = re.compile(r"^(?P<item>.*?)\s*(?:[×xX*]\s*(?P<qty>\d+)|\s(?P<bare>\d+))\s*(?P<unit>[^\d\s]{0,2})$")


class GoodsPass(Entry):
    direction = CharField(default=OUT)
    person_name = CharField()
    unit = CharField(null=True)
    items = TextField()  # normalised: one "item × qty" a line
    plate = CharField(null=True)
    valid_date = CharField(null=True, index=True)  # YYYY-MM-DD, out passes
    issued_by = CharField(null=True)
    moving_materials = IntegerField(default=0)
    voucher_no = CharField(null=True)
    note = TextField(null=True)
    checked_at = UtcDateTimeField(null=True)
    checked_by = CharField(null=True)
    refuse_reason = TextField(null=True)

    class Meta:
        table_name = "goods_pass"


FORM_FIELDS = (
    FormField("direction", tr("方向", "Direction"), required=True, choices=DIRECTIONS),
    FormField("person_name", tr("携带人", "Person"), required=True),
    FormField("unit", tr("单元/公司", "Unit / company")),
    FormField("items", tr("物品及数量(每行:物品 × 数量)", "Items and quantities (one a line: item × qty)"),
              required=True),
    FormField("plate", tr("车牌", "Vehicle plate")),
    FormField("valid_date", tr("有效日期", "Valid on")),
    FormField("issued_by", tr("管理处开具人", "Issued by (management office)")),
    FormField("moving_materials", tr("搬运材料(需管理处凭据)", "Moving materials (needs the office's voucher)")),
    FormField("voucher_no", tr("凭据编号", "Voucher number")),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = ("person_name", "unit", "items", "plate", "valid_date", "issued_by", "moving_materials", "voucher_no",
               "note")


def prohibited_in(text: str | None) -> list[str]:
    """The prohibited goods named in `text` (gas cylinders, fireworks, thinner...), each once, in order found."""
    work = unicodedata.normalize("NFKC", text or "").lower()
    found: list[tuple[int, str]] = []
    for word in sorted(PROHIBITED, key=len, reverse=True):
        start = work.find(word)
        while start >= 0:
            found.append((start, PROHIBITED[word]))
            work = work[:start] + " " * len(word) + work[start + len(word):]
            start = work.find(word)
    names: list[str] = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


def prohibited_sentence(names: list[str]) -> Text:
    listed = "、".join(names)
    return tr("禁止携带:{names}。煤气罐、烟花爆竹、大量天拿水等易燃易爆物品不得通过大堂。",
              "Not allowed: {names}. Gas cylinders, fireworks, large amounts of thinner and other flammable or"
              " explosive goods may not pass the lobby.").format(names=listed if language() != "en"
                                                                  else ", ".join(names))


def parse_items(text: str | None) -> tuple[list[tuple[str, int, str]], Text | None]:
    """The lines "item × qty" -> [(item, qty, unit)], or the sentence saying what is wrong."""
    lines = [line.strip() for line in unicodedata.normalize("NFKC", text or "").splitlines() if line.strip()]
    if not lines:
        return [], tr("请逐行填写物品及数量,如:电脑 × 2。", "List the items, one a line, e.g. 电脑 × 2.")
    if len(lines) > MAX_LINES:
        return [], tr("物品行数太多(最多 {n} 行)。", "Too many lines (at most {n}).").format(n=MAX_LINES)
    parsed = []
    for number, line in enumerate(lines, 1):
        match = _LINE.match(line)
        item = match.group("item").strip(" :：,，、-") if match else ""
        if not match or not item:
            return [], tr("第 {n} 行「{line}」缺少数量,请写成:物品 × 数量。",
                          "Line {n} \"{line}\" has no quantity: write item × qty.").format(n=number, line=line)
        qty = int(match.group("qty") or match.group("bare"))
        if not 1 <= qty <= MAX_QTY:
            return [], tr("第 {n} 行的数量应为 1 到 {max}。", "Line {n}: the quantity must be 1 to {max}.").format(
                n=number, max=MAX_QTY)
        parsed.append((item, qty, match.group("unit") or ""))
    return parsed, None


def items_text(parsed: list[tuple[str, int, str]]) -> str:
    return "\n".join(f"{item} × {qty}{unit}" for item, qty, unit in parsed)


def today() -> date:
    return clock.local(clock.now()).date()


def parse_date(text: str | None) -> date | None:
    """2026-11-23, 2026/11/23, 2026.11.23, 20261123, or 11-23 (this year); None when it is not a date."""
    text = unicodedata.normalize("NFKC", (text or "").strip())
    try:
        if re.fullmatch(r"\d{8}", text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        parts = [int(p) for p in re.split(r"[-/.年月日]+", text) if p]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(today().year, *parts)
    except ValueError:
        return None
    return None


def _clean(values: dict) -> tuple[dict, dict[str, Text]]:
    v = {}
    for f in FORM_FIELDS:
        value = values.get(f.name)
        v[f.name] = value.strip() if isinstance(value, str) else value
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    v["direction"] = v["direction"] or OUT
    if v["direction"] not in dict(DIRECTIONS):
        errors["direction"] = tr("请选择带出或带入。", "Choose going out or coming in.")
    if not v["person_name"]:
        errors["person_name"] = tr("请填写携带人姓名。", "Enter the name of who carries the goods.")
    elif len(v["person_name"]) > 40:
        errors["person_name"] = tr("姓名太长。", "The name is too long.")
    found = prohibited_in(v["items"])
    if found:
        errors["items"] = prohibited_sentence(found)
    else:
        parsed, problem = parse_items(v["items"])
        if problem is not None:
            errors["items"] = problem
        else:
            v["items"] = items_text(parsed)
    if v["plate"]:
        v["plate"] = v["plate"].upper().replace(" ", "").replace("·", "")
        if not 5 <= len(v["plate"]) <= 9:
            errors["plate"] = tr("车牌号长度不对。", "This plate number has the wrong length.")
    v["moving_materials"] = 1 if v["moving_materials"] else 0
    if v["direction"] == OUT:
        valid = parse_date(v["valid_date"]) if v["valid_date"] else today()
        if valid is None:
            errors["valid_date"] = tr("日期格式不对,如 2026-11-23。", "Not a date; write it as 2026-11-23.")
        else:
            v["valid_date"] = valid.isoformat()
        if not v["issued_by"]:
            errors["issued_by"] = tr("请填写管理处开具人。", "Enter who at the management office issued the pass.")
        v["moving_materials"], v["voucher_no"] = 0, None
    else:
        v["valid_date"], v["issued_by"] = None, None
        if v["moving_materials"] and not v["voucher_no"]:
            errors["voucher_no"] = tr("搬运材料须出示管理处开具的有效凭据,请填写凭据编号。",
                                      "Moving materials need the management office's voucher: enter its number.")
    return v, errors


def log(ctx: Ctx, **values) -> GoodsPass:
    """Log a release pass shown at the lobby (to check against the goods), or goods coming in."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values)
    if errors:
        raise ValidationError(errors)
    return entry.create(ctx, SPEC, GoodsPass(**clean), status=PENDING if clean["direction"] == OUT else ADMITTED)


def expired(goods: GoodsPass) -> bool:
    return goods.direction == OUT and bool(goods.valid_date) and goods.valid_date < today().isoformat()


def _checkable(goods: GoodsPass) -> None:
    if goods.direction != OUT:
        raise StateError(tr("带入物品不需要放行。", "Goods coming in are not released."))
    if goods.status == RELEASED:
        raise StateError(tr("这张放行条已放行过,不能再次放行。",
                            "This pass was already released; it cannot be used twice."))
    if goods.status == REFUSED:
        raise StateError(tr("这张放行条已被拒绝;请回管理处重新开具。",
                            "This pass was refused: back to the management office for a new pass."))
    if goods.status != PENDING:
        raise StateError(tr("该记录已作废,不能再操作。", "This entry is void and cannot be changed."))


def release(ctx: Ctx, goods: GoodsPass) -> GoodsPass:
    """The goods match the pass: released; who checked and when are recorded."""
    require(ctx, RECEPTIONIST)
    _checkable(goods)
    if expired(goods):
        raise StateError(tr("放行条已过期(有效日期 {day});请回管理处重新开具。",
                            "The pass has expired (valid on {day}): back to the management office for a new pass."
                            ).format(day=goods.valid_date))
    return entry.change(ctx, SPEC, goods, "release", {"status": RELEASED, "checked_at": clock.now(),
                                                      "checked_by": ctx.operator.display_name})


def refuse(ctx: Ctx, goods: GoodsPass, reason: str) -> GoodsPass:
    """The goods do not match the pass (or it expired): refused, with the reason; a new pass is needed."""
    require(ctx, RECEPTIONIST)
    reason = entry.require_reason(reason)
    _checkable(goods)
    return entry.change(ctx, SPEC, goods, "refuse", {"status": REFUSED, "refuse_reason": reason,
                                                     "checked_at": clock.now(),
                                                     "checked_by": ctx.operator.display_name}, reason=reason)


def correct(ctx: Ctx, goods: GoodsPass, reason: str, /, **values) -> GoodsPass:
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(goods, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in merged and k != "direction"})
    clean, errors = _clean(merged)
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE}
    return entry.correct(ctx, SPEC, goods, changes, reason)


def void(ctx: Ctx, goods: GoodsPass, reason: str) -> GoodsPass:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, goods, reason)


def _open_passes():
    return GoodsPass.select().where((GoodsPass.direction == OUT) & (GoodsPass.status == PENDING))


def _valid_today(now: datetime):
    return _open_passes().where(GoodsPass.valid_date == clock.local(now).date().isoformat())


def _expired(now: datetime):
    return _open_passes().where(GoodsPass.valid_date < clock.local(now).date().isoformat())


def pass_slip_data(goods: GoodsPass, reprint: int) -> dict:
    """The release pass as the lobby keeps it: goods, holder, issuer, and the holder's signature line."""
    rows = [
        ["携带人 Person", goods.person_name],
        ["单元/公司 Unit", goods.unit or ""],
        *[["物品 Item" if n == 0 else "", line] for n, line in enumerate(goods.items.splitlines())],
        ["车牌 Plate", goods.plate or ""],
        ["有效日期 Valid on", goods.valid_date or ""],
        ["开具 Issued by", goods.issued_by or ""],
        ["状态 Status", str(STATUSES[goods.status])],
    ]
    if goods.checked_at is not None:
        rows.append(["查验 Checked", f"{clock.local_text(goods.checked_at)} {goods.checked_by or ''}"])
    if goods.refuse_reason:
        rows.append(["原因 Reason", goods.refuse_reason])
    return {
        "code": scan_code(SPEC, goods.id), "title_zh": "物品放行条", "title_en": "GOODS RELEASE PASS",
        "rows": rows,
        "footer": "物品须与放行条相符,不符者回管理处重新开具 Goods must match the pass; if not, a new pass"
                  " from the management office",
        "sign_here": "携带人签字 Holder signature",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def search_fields(goods: GoodsPass):
    return ([goods.person_name, goods.issued_by, goods.checked_by], [goods.unit, goods.items, goods.note,
                                                                     goods.refuse_reason],
            [goods.plate, goods.voucher_no])


def summary(goods: GoodsPass) -> str:
    first = (goods.items or "").splitlines()[0] if goods.items else ""
    more = "…" if goods.items and "\n" in goods.items else ""
    arrow = "→" if goods.direction == OUT else "←"
    return f"{scan_code(SPEC, goods.id)} {arrow} {goods.person_name} {goods.unit or ''} {first}{more}".replace(
        "  ", " ")


def _to_check_at(at: datetime):
    return GoodsPass.select().where(
        (GoodsPass.direction == OUT) & (GoodsPass.status != entry.VOIDED) & (GoodsPass.created_at <= at)
        & (GoodsPass.valid_date == clock.local(at).date().isoformat())
        & (GoodsPass.checked_at.is_null() | (GoodsPass.checked_at > at)))


def monthly(start: datetime, end: datetime) -> list[ReportTable]:
    """The month's passes by direction: let through (released, or let in as logged), refused or still to
    check; and why refused."""
    outcomes: dict[str, list[int]] = {direction: [0, 0, 0] for direction, _ in DIRECTIONS}
    reasons: Counter = Counter()
    query = GoodsPass.select(GoodsPass.direction, GoodsPass.status, GoodsPass.refuse_reason).where(
        (GoodsPass.created_at >= start) & (GoodsPass.created_at < end) & (GoodsPass.status != entry.VOIDED))
    for goods in query.iterator():
        column = {REFUSED: 1, PENDING: 2}.get(goods.status, 0)
        outcomes.setdefault(goods.direction, [0, 0, 0])[column] += 1
        if goods.status == REFUSED:
            reasons[" ".join((goods.refuse_reason or "").split())[:40] or "—"] += 1
    titles = dict(DIRECTIONS)
    rows = [(titles.get(direction, direction), *figures) for direction, figures in outcomes.items()]
    return [ReportTable(tr("放行与拒绝", "Let through or refused"),
                        (tr("方向", "Direction"), tr("放行/进入", "Let through"), tr("拒绝", "Refused"),
                         tr("待查验", "To check")), rows),
            count_table(tr("拒绝原因", "Reasons for refusal"), tr("原因", "Reason"), reasons, limit=10)]


SPEC = register(LogbookSpec(
    key="goods",
    order=20,
    title=tr("物品放行", "Goods passes"),
    group="visitors",
    model=GoodsPass,
    form="goods_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("created_at", tr("登记时间", "Logged"), 120, "time"),
        Column("direction", tr("方向", "Direction"), 90, "choice", DIRECTIONS),
        Column("person_name", tr("携带人", "Person"), 80),
        Column("unit", tr("单元/公司", "Unit / company"), 120),
        Column("items", tr("物品", "Items"), 180),
        Column("plate", tr("车牌", "Plate"), 80),
        Column("valid_date", tr("有效日期", "Valid on"), 85),
        Column("issued_by", tr("开具人", "Issued by"), 75),
        Column("voucher_no", tr("凭据", "Voucher"), 80),
        Column("checked_by", tr("查验人", "Checked by"), 75),
        Column("checked_at", tr("查验时间", "Checked"), 120, "time"),
        Column("status", tr("状态", "Status"), 65, "choice", tuple(STATUSES.items())),
    ),
    create=log,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("release", tr("放行", "Released"), release, RECEPTIONIST, (PENDING,),
               confirm=tr("物品与放行条相符,确认放行?", "The goods match the pass: release them?")),
        Action("refuse", tr("拒绝…", "Refused…"), refuse, RECEPTIONIST, (PENDING,), needs_reason=True),
        Action("void", tr("作废", "Void"), void, SUPERVISOR, (PENDING, RELEASED, REFUSED, ADMITTED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("valid_today", tr("今日有效的放行条待查验", "Release passes valid today, not checked"),
                      "due_soon", _valid_today),
        AttentionRule("expired", tr("放行条已过期未放行", "Release passes expired unreleased"), "overdue", _expired),
    ),
    documents=(
        Document("goods_pass", tr("物品放行条", "Goods release pass"), pass_slip_data, "held_slip",
                 applies=lambda g: g.direction == OUT),
    ),
    field_titles={"checked_at": tr("查验时间", "Checked"), "checked_by": tr("查验人", "Checked by"),
                  "refuse_reason": tr("拒绝原因", "Reason refused")},
    code_prefix="G",
    open_items=(OpenItems("to_check", tr("今日有效、尚未放行的放行条", "Release passes valid today, not released"),
                          _to_check_at),),
    search_fields=search_fields,
    summary=summary,
    monthly=monthly,
))
