"""The price list (价目表): items with a unit and a price that changes only from a stated date on.

A price is never edited in place: a supervisor sets a new price with the date it takes effect, which
may not lie in the past. An order therefore always prices at the moment it was taken.
"""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, IntegerField

from frontdesk_gui.core import audit, clock
from frontdesk_gui.core.auth import SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money.amounts import parse_yuan
from frontdesk_gui.core.text import Text, language, tr

UNITS = (
    ("page", tr("页", "page")),
    ("minute", tr("分钟", "minute")),
    ("copy", tr("张", "copy")),
    ("set", tr("套", "set")),
    ("hour", tr("小时", "hour")),
    ("piece", tr("件", "piece")),
)
UNIT_TITLES = dict(UNITS)
SERVICES = (
    ("fax_send", tr("发传真", "Fax sending")),
    ("fax_receive", tr("收传真", "Fax collection")),
    ("copy", tr("复印", "Copying")),
    ("typing", tr("打字排版", "Typing")),
    ("print", tr("打印", "Printing")),
    ("scan", tr("扫描", "Scanning")),
    ("binding", tr("装订", "Binding")),
    ("lamination", tr("过塑", "Lamination")),
    ("other", tr("其他服务", "Other services")),
)
SERVICE_TITLES = dict(SERVICES)


class PriceItem(BaseModel):
    id = AutoField()
    code = CharField(unique=True)
    service = CharField(index=True)
    name_zh = CharField()
    name_en = CharField()
    unit = CharField()
    # The fax destination's dialling code (86, 852, 1 …); empty for other services.
    dial_code = CharField(null=True)
    active = BooleanField(default=True)

    class Meta:
        table_name = "price_item"

    @property
    def name(self) -> str:
        return self.name_en if language() == "en" else self.name_zh

    def title(self) -> Text:
        return Text(self.name_zh, self.name_en)


class PriceRate(BaseModel):
    id = AutoField()
    item = ForeignKeyField(PriceItem, backref="rates")
    price_fen = IntegerField()
    effective_from = UtcDateTimeField()
    set_by = ForeignKeyField(Operator, backref="+", index=False)
    set_at = UtcDateTimeField()

    class Meta:
        table_name = "price_rate"
        indexes = ((("item", "effective_from"), False),)


def _item(code, service, zh, en, unit, yuan_text, dial=None):
    return {"code": code, "service": service, "name_zh": zh, "name_en": en, "unit": unit,
            "price": yuan_text, "dial_code": dial}


# The seeds give no figures (A01: "per the price list"); these are ordinary business-centre prices
# for a first start, for a supervisor to change.
DEFAULT_ITEMS = (
    _item("fax.cn", "fax_send", "传真 中国大陆", "Fax: mainland China", "minute", "2.00", "86"),
    _item("fax.hk", "fax_send", "传真 香港", "Fax: Hong Kong", "minute", "6.00", "852"),
    _item("fax.mo", "fax_send", "传真 澳门", "Fax: Macau", "minute", "6.00", "853"),
    _item("fax.tw", "fax_send", "传真 台湾", "Fax: Taiwan", "minute", "6.00", "886"),
    _item("fax.jp", "fax_send", "传真 日本", "Fax: Japan", "minute", "10.00", "81"),
    _item("fax.kr", "fax_send", "传真 韩国", "Fax: South Korea", "minute", "10.00", "82"),
    _item("fax.sg", "fax_send", "传真 新加坡", "Fax: Singapore", "minute", "10.00", "65"),
    _item("fax.us", "fax_send", "传真 美国/加拿大", "Fax: USA / Canada", "minute", "12.00", "1"),
    _item("fax.gb", "fax_send", "传真 英国", "Fax: United Kingdom", "minute", "12.00", "44"),
    _item("fax.de", "fax_send", "传真 德国", "Fax: Germany", "minute", "12.00", "49"),
    _item("fax.fr", "fax_send", "传真 法国", "Fax: France", "minute", "12.00", "33"),
    _item("fax.au", "fax_send", "传真 澳大利亚", "Fax: Australia", "minute", "12.00", "61"),
    _item("fax.other", "fax_send", "传真 其他国家和地区", "Fax: other countries", "minute", "15.00"),
    _item("fax_in.page", "fax_receive", "收传真", "Fax received", "page", "1.00"),
    _item("copy.a4.single.bw", "copy", "复印 A4 单面 黑白", "Copy A4 single-sided B/W", "copy", "0.50"),
    _item("copy.a4.double.bw", "copy", "复印 A4 双面 黑白", "Copy A4 double-sided B/W", "copy", "0.80"),
    _item("copy.a3.single.bw", "copy", "复印 A3 单面 黑白", "Copy A3 single-sided B/W", "copy", "1.00"),
    _item("copy.a3.double.bw", "copy", "复印 A3 双面 黑白", "Copy A3 double-sided B/W", "copy", "1.60"),
    _item("copy.a4.single.colour", "copy", "复印 A4 单面 彩色", "Copy A4 single-sided colour", "copy", "2.00"),
    _item("copy.a4.double.colour", "copy", "复印 A4 双面 彩色", "Copy A4 double-sided colour", "copy", "3.50"),
    _item("copy.a3.single.colour", "copy", "复印 A3 单面 彩色", "Copy A3 single-sided colour", "copy", "4.00"),
    _item("copy.a3.double.colour", "copy", "复印 A3 双面 彩色", "Copy A3 double-sided colour", "copy", "7.00"),
    _item("typing.zh", "typing", "中文打字排版", "Typing (Chinese)", "page", "10.00"),
    _item("typing.en", "typing", "英文打字排版", "Typing (English)", "page", "8.00"),
    _item("print.a4.bw", "print", "打印 A4 黑白", "Print A4 B/W", "page", "1.00"),
    _item("print.a3.bw", "print", "打印 A3 黑白", "Print A3 B/W", "page", "2.00"),
    _item("print.a4.colour", "print", "打印 A4 彩色", "Print A4 colour", "page", "3.00"),
    _item("print.a3.colour", "print", "打印 A3 彩色", "Print A3 colour", "page", "6.00"),
    _item("scan.page", "scan", "扫描", "Scan", "page", "1.00"),
    _item("binding.set", "binding", "装订", "Binding", "set", "5.00"),
    _item("laminate.a4", "lamination", "过塑 A4", "Lamination A4", "piece", "3.00"),
    _item("laminate.a3", "lamination", "过塑 A3", "Lamination A3", "piece", "5.00"),
    _item("other.translation", "other", "翻译(文件、合同)", "Translation (documents, contracts)", "page", "80.00"),
    _item("other.secretarial", "other", "秘书服务", "Secretarial service", "hour", "60.00"),
    _item("other.office_rental", "other", "临时办公室租用", "Temporary office rental", "hour", "50.00"),
    _item("other.equipment_rental", "other", "设备租用(电脑、投影仪等)", "Equipment rental (computer, projector …)",
          "hour", "30.00"),
    _item("other.phone_ld", "other", "长途电话", "Long-distance call", "minute", "1.00"),
    _item("other.business_cards", "other", "名片印制", "Business-card printing", "set", "40.00"),
    _item("other.bulk_mailing", "other", "批量商务邮寄", "Bulk commercial mailing", "piece", "2.00"),
    _item("other.clippings", "other", "剪报服务", "Press clippings", "piece", "5.00"),
    _item("other.info_search", "other", "商务咨询与信息检索", "Business information search", "hour", "40.00"),
)


# The first price list has no start: it prices whatever the counter records, however far back.
BEGINNING = datetime(2000, 1, 1, tzinfo=UTC)


def seed_defaults(operator: Operator, at: datetime) -> None:
    """Fill an empty price list with DEFAULT_ITEMS (set at `at`, in effect from BEGINNING)."""
    if PriceItem.select().exists():
        return
    for spec in DEFAULT_ITEMS:
        item = PriceItem.create(**{k: v for k, v in spec.items() if k != "price"})
        PriceRate.create(item=item, price_fen=parse_yuan(spec["price"]), effective_from=BEGINNING, set_by=operator,
                         set_at=at)


def items(service: str | None = None, *, active_only: bool = True) -> list[PriceItem]:
    query = PriceItem.select().order_by(PriceItem.id)
    if service is not None:
        query = query.where(PriceItem.service == service)
    if active_only:
        query = query.where(PriceItem.active)
    return list(query)


def item(code: str) -> PriceItem | None:
    return PriceItem.get_or_none(PriceItem.code == code)


def price_at(item: PriceItem, when: datetime) -> int | None:
    """The item's price in fen at `when`: the rate with the latest effective date not after it."""
    rate = (PriceRate.select().where((PriceRate.item == item) & (PriceRate.effective_from <= when))
            .order_by(PriceRate.effective_from.desc(), PriceRate.id.desc()).first())
    return rate.price_fen if rate else None


def rates(item: PriceItem) -> list[PriceRate]:
    return list(item.rates.order_by(PriceRate.effective_from.desc(), PriceRate.id.desc()))


def set_price(ctx: Ctx, item: PriceItem, price: str | int, effective_from: datetime | None = None) -> PriceRate:
    """A new price from `effective_from` (now when not given); earlier orders keep their prices."""
    require(ctx, SUPERVISOR, authorisable=True)
    fen = parse_yuan(price, "price") if isinstance(price, str) else int(price)
    if fen <= 0:
        raise ValidationError({"price": tr("价格应大于零。", "The price must be more than zero.")})
    now = clock.now()
    effective_from = effective_from or now
    if effective_from < now.replace(second=0, microsecond=0):
        raise ValidationError({"effective_from": tr("生效时间不能早于现在:已收费的单据要保持原价。",
                                                    "A price cannot take effect in the past: orders already "
                                                    "taken keep their prices.")})
    old = price_at(item, effective_from)
    with db.atomic():
        rate = PriceRate.create(item=item, price_fen=fen, effective_from=effective_from, set_by=ctx.operator,
                                set_at=now)
        audit.record(ctx, "set_price", "price_item", item.id, before={"price_fen": old},
                     after={"price_fen": fen, "effective_from": effective_from})
    return rate


def add_item(ctx: Ctx, *, code: str, service: str, name_zh: str, name_en: str, unit: str, price: str,
             dial_code: str | None = None) -> PriceItem:
    """A new price-list item (a supervisor), priced from now."""
    require(ctx, SUPERVISOR, authorisable=True)
    errors: dict[str, Text] = {}
    code = (code or "").strip().lower()
    if not code or PriceItem.select().where(PriceItem.code == code).exists():
        errors["code"] = tr("请填写一个未用过的编码。", "Enter a code that is not used yet.")
    if service not in SERVICE_TITLES:
        errors["service"] = tr("请选择服务类别。", "Please choose the service.")
    if not (name_zh or "").strip():
        errors["name_zh"] = tr("请填写中文名称。", "Please enter the Chinese name.")
    if unit not in UNIT_TITLES:
        errors["unit"] = tr("请选择计价单位。", "Please choose the unit.")
    try:
        fen = parse_yuan(price, "price")
    except ValidationError as error:
        errors.update(error.errors)
        fen = 0
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    with db.atomic():
        new = PriceItem.create(code=code, service=service, name_zh=name_zh.strip(),
                               name_en=(name_en or name_zh).strip(), unit=unit, dial_code=dial_code or None)
        PriceRate.create(item=new, price_fen=fen, effective_from=now, set_by=ctx.operator, set_at=now)
        audit.record(ctx, "add_item", "price_item", new.id, after={"code": code, "price_fen": fen})
    return new


def set_active(ctx: Ctx, item: PriceItem, active: bool) -> None:
    """Withdraw an item from new orders (or bring it back); old orders keep it."""
    require(ctx, SUPERVISOR, authorisable=True)
    with db.atomic():
        PriceItem.update(active=active).where(PriceItem.id == item.id).execute()
        audit.record(ctx, "set_active", "price_item", item.id, before={"active": item.active}, after={"active": active})
    item.active = active
