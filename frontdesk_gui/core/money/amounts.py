"""Amounts as the counter writes them: integer fen inside, yuan text on screen and paper."""

from __future__ import annotations

import re

from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.text import Text, tr

# No single counter transaction comes near ten million yuan; a bigger figure is a typing slip.
MAX_FEN = 10_000_000 * 100

_AMOUNT = re.compile(r"(\d{1,9})?(?:\.(\d{1,2}))?")

METHODS = (
    ("cash", tr("现金", "Cash")),
    ("wechat", tr("微信支付", "WeChat Pay")),
    ("alipay", tr("支付宝", "Alipay")),
    ("card", tr("银行卡", "Bank card")),
    ("account", tr("签单(公司挂账)", "Signed to company account")),
    ("internal", tr("内部使用(签结算单)", "Internal use (settlement sheet)")),
    ("finance", tr("财务室收款", "Paid at the finance office")),
)
# Money that passes the counter and so belongs to the shift's drawer totals.
COUNTER_METHODS = ("cash", "wechat", "alipay", "card")
METHOD_TITLES = dict(METHODS)


def parse_yuan(text: str | int | None, field: str = "amount", *, allow_zero: bool = False) -> int:
    """'12.5' / '¥1,200' / '12' -> fen. Refuses a third decimal, negatives and anything not a plain figure."""
    raw = str(text if text is not None else "").strip().replace(",", "").replace("，", "")
    raw = raw.lstrip("¥￥").removesuffix("元").strip()
    match = _AMOUNT.fullmatch(raw) if raw.strip(".") else None
    if match is None:
        if re.fullmatch(r"\d*\.\d{3,}", raw):
            raise ValidationError({field: tr("金额最多两位小数(分)。", "An amount has at most two decimals (fen).")})
        if raw.startswith("-"):
            raise ValidationError({field: tr("金额应大于零。", "The amount must be more than zero.")})
        raise ValidationError({field: tr("请输入金额,例如 12.50。", "Enter an amount such as 12.50.")})
    whole, cents = match.group(1) or "0", (match.group(2) or "").ljust(2, "0")
    fen = int(whole) * 100 + int(cents)
    if fen == 0 and not allow_zero:
        raise ValidationError({field: tr("金额应大于零。", "The amount must be more than zero.")})
    if fen > MAX_FEN:
        raise ValidationError({field: tr("金额过大,请核对。", "That amount is too large; please check it.")})
    return fen


def yuan(fen: int) -> str:
    """12345 -> '123.45' (negative for refunds: '-6.00')."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole}.{cents:02d}"


def yuan_grouped(fen: int) -> str:
    """12345678 -> '123,456.78', for totals in reports."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def capitals(fen: int) -> str:
    """The amount in Chinese capitals as receipts print it (壹佰贰拾叁元肆角伍分), by cn2an's RMB mode."""
    import cn2an  # imported on first use: it costs ~0.25 s, and start-up does not need it

    fen = abs(int(fen))
    return cn2an.an2cn(f"{fen // 100}.{fen % 100:02d}", "rmb")


def deposit_for(total_fen: int, threshold_fen: int, percent: int) -> int:
    """A6: jobs over the threshold pay `percent` up front, rounded up to the whole yuan; others pay none."""
    if total_fen <= threshold_fen:
        return 0
    whole_yuan = -(-total_fen * percent // (100 * 100))
    return whole_yuan * 100


def started_units(seconds: int, unit_seconds: int) -> int:
    """Time is charged per started unit: 2 min 10 s is three minutes (never less than one)."""
    return max(1, -(-int(seconds) // int(unit_seconds)))


def method_title(method: str) -> Text:
    return METHOD_TITLES.get(method, Text(method, method))
