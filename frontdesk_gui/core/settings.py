"""Every configurable value, declared once with its type, default and where the default comes from.

Values live in the database (table setting_value); changing one is audited and needs a supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk_gui.core import audit
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.models import SettingValue
from frontdesk_gui.core.text import Text, tr


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type  # int, str or bool
    default: object
    title: Text
    source: str
    choices: tuple[tuple[str, Text], ...] = ()
    minimum: int | None = None
    maximum: int | None = None


COUNTER_KINDS = (("office", tr("写字楼", "Office building")), ("residential", tr("住宅小区", "Residential")))

PAY_AT = (("counter", tr("前台", "The counter")), ("finance", tr("财务室", "The finance office")))

SETTINGS: tuple[Setting, ...] = (
    Setting("counter.name", str, "总服务台", tr("前台名称", "Counter name"), "printed on every slip"),
    Setting("counter.kind", str, "office", tr("前台类型", "Counter kind"),
            "CATALOGUE A09: office buildings phone at once, residential counters tell the steward",
            choices=COUNTER_KINDS),
    Setting("ui.language", str, "", tr("界面语言", "Language"), "empty: the system locale",
            choices=(("", tr("跟随系统", "System")), ("zh_CN", tr("简体中文", "Chinese")),
                     ("en", tr("英文", "English")))),
    Setting("lock.idle_minutes", int, 5, tr("无操作锁屏(分钟)", "Lock after idle (minutes)"),
            "the counter faces the public (issue 2)", minimum=1, maximum=120),
    Setting("auth.max_failures", int, 5, tr("密码错误次数上限", "Failed logins before lockout"),
            "issue 2", minimum=3, maximum=20),
    Setting("auth.lockout_minutes", int, 15, tr("锁定时长(分钟)", "Lockout (minutes)"), "issue 2",
            minimum=1, maximum=1440),
    Setting("visitors.overstay_hours", int, 4, tr("访客超时提醒(小时)", "Visitor still in after (hours)"),
            "issue 2: attention when a visitor is still in past a configurable time", minimum=1, maximum=48),
    Setting("visitors.badge_count", int, 50, tr("访客牌数量", "Number of visitor badges"),
            "CATALOGUE A18: badge exchange (换牌)", minimum=0, maximum=999),
    Setting("money.time_unit_seconds", int, 60, tr("计时单位(秒)", "Time charged per started (seconds)"),
            "issue 3: time is charged per started unit (a 2 min 10 s fax is 3 minutes)", minimum=1, maximum=3600),
    Setting("money.deposit_over_fen", int, 10000, tr("需收押金的金额(分)以上", "Deposit for jobs over (fen)"),
            "CATALOGUE A06 / issue 3: a deposit for jobs over 100 yuan", minimum=0, maximum=100_000_000),
    Setting("money.deposit_percent", int, 50, tr("押金比例(%)", "Deposit (percent, rounded up to the yuan)"),
            "CATALOGUE A06: 50% deposit with the charge notice", minimum=1, maximum=100),
    Setting("money.pay_at.service", str, "counter", tr("商务中心费用缴纳处", "Business-centre fees are paid at"),
            "CATALOGUE G2: the seeds have both the counter and the finance office", choices=PAY_AT),
    Setting("money.pay_at.key_deposit", str, "counter", tr("钥匙押金缴纳处", "Key deposits and fees are paid at"),
            "CATALOGUE A32 / F2 / G2: an outsider's key deposit at the counter or the finance office",
            choices=PAY_AT),
    Setting("keys.deposit_fen", int, 5000, tr("钥匙押金(分)", "Key deposit (fen)"),
            "CATALOGUE A32 / F2: outsiders pay a deposit (amount not stated; 50 yuan)", minimum=0,
            maximum=10_000_000),
    Setting("keys.replacement_fen", int, 10000, tr("钥匙补配费(分)", "Key replacement fee (fen)"),
            "issue 5: a lost key is charged a replacement fee (100 yuan)", minimum=0, maximum=10_000_000),
    Setting("keys.loan_hours", int, 4, tr("钥匙借用默认时长(小时)", "Key loans: due back after (hours)"),
            "CATALOGUE A32: keys are recovered promptly", minimum=1, maximum=720),
    Setting("money.pay_at.fax_in", str, "counter", tr("收传真费用缴纳处", "Fax collection fees are paid at"),
            "CATALOGUE A03 / G2: the incoming-fax fee at the counter or the finance office", choices=PAY_AT),
    Setting("money.pay_at.pass", str, "counter", tr("证件费用缴纳处", "Pass fees and deposits are paid at"),
            "CATALOGUE A25 / A26 / G2: pass fees paid at finance against its receipt, or at the counter",
            choices=PAY_AT),
    Setting("passes.tenant_deposit_fen", int, 1000, tr("租户证押金(分)", "Tenant card deposit (fen)"),
            "CATALOGUE A25: deposit 10 yuan", minimum=0, maximum=1_000_000),
    Setting("passes.tenant_fee_fen", int, 500, tr("租户证工本费(分)", "Tenant card fee (fen)"),
            "CATALOGUE A25: card fee 5 yuan", minimum=0, maximum=1_000_000),
    Setting("passes.tenant_renewal_fen", int, 200, tr("租户证续办费(分)", "Tenant card renewal fee (fen)"),
            "CATALOGUE A25: renewal within the lease 2 yuan", minimum=0, maximum=1_000_000),
    Setting("passes.tenant_months", int, 12, tr("租户证最长有效期(月)", "Tenant card valid at most (months)"),
            "CATALOGUE A25: at most 1 year per card", minimum=1, maximum=60),
    Setting("passes.renovation_deposit_fen", int, 1000, tr("装修临时出入证押金(分)", "Renovation pass deposit (fen)"),
            "CATALOGUE A26: deposit 10 yuan", minimum=0, maximum=1_000_000),
    Setting("passes.renovation_fee_fen", int, 500, tr("装修临时出入证工本费(分)", "Renovation pass fee (fen)"),
            "CATALOGUE A26: card fee 5 yuan", minimum=0, maximum=1_000_000),
    Setting("passes.renovation_renewal_fen", int, 500, tr("装修临时出入证续办费(分)",
                                                           "Renovation pass renewal fee (fen)"),
            "CATALOGUE A26: renewal card fee 5 yuan per pass", minimum=0, maximum=1_000_000),
    Setting("passes.renovation_months", int, 3, tr("装修临时出入证最长有效期(月)",
                                                    "Renovation pass valid at most (months)"),
            "CATALOGUE A26: at most 3 months", minimum=1, maximum=24),
    Setting("passes.access_deposit_fen", int, 5000, tr("门禁卡押金(分)", "Access card deposit (fen)"),
            "CATALOGUE A30: borrowed against a deposit (amount not in the seeds)", minimum=0, maximum=1_000_000),
    Setting("passes.access_days", int, 365, tr("门禁卡最长借用期(天)", "Access card lent at most (days)"),
            "CATALOGUE A30: due back like a key (period not in the seeds)", minimum=1, maximum=3650),
    Setting("passes.expiry_warn_days", int, 7, tr("证件到期提前提醒(天)", "Passes: warn before expiry (days)"),
            "issue 5: attention a week before a pass expires", minimum=0, maximum=90),
    Setting("money.receipt_layout", str, "a5", tr("收据格式", "Receipt layout"),
            "CATALOGUE A06: triplicate (一式三份); or one 80 mm customer copy",
            choices=(("a5", tr("A5 一式三联", "A5 three-part")), ("80mm", tr("80 mm 热敏", "80 mm thermal")))),
    Setting("held.parcels_hours", int, 72, tr("邮件包裹保管期限(小时)", "Parcels: overdue after (hours)"),
            "CATALOGUE A08: returned to the post office after 3 days (72 h from receipt)", minimum=1, maximum=720),
    Setting("held.faxes_hours", int, 72, tr("传真保管期限(小时)", "Faxes: archive after (hours)"),
            "CATALOGUE A03: an untraceable or unclaimed fax is archived after 3 days (72 h from receipt)",
            minimum=1, maximum=720),
    Setting("held.messages_hours", int, 2, tr("电话留言送达期限(小时)", "Messages: overdue after (hours)"),
            "CATALOGUE A21 / issue 4: urgent and call-back messages still undelivered 2 h after the call",
            minimum=1, maximum=72),
    Setting("held.found_days", int, 90, tr("失物保管期限(天)", "Lost and found: hand on after (days)"),
            "CATALOGUE A53 / issue 4: unclaimed found items go to the police or are disposed of after a period",
            minimum=1, maximum=3650),
    Setting("held.deposit_days", int, 7, tr("寄存物品默认期限(天)", "Deposits: overdue after (days, no pickup given)"),
            "CATALOGUE A55 / issue 4: a deposit with no expected pickup is listed after this many days",
            minimum=1, maximum=365),
    Setting("backup.daily_keep", int, 7, tr("保留每日备份", "Daily backups kept"), "issue 2",
            minimum=1, maximum=60),
    Setting("backup.weekly_keep", int, 4, tr("保留每周备份", "Weekly backups kept"), "issue 2",
            minimum=0, maximum=52),
)

BY_KEY = {s.key: s for s in SETTINGS}


def _parse(setting: Setting, raw: str):
    if setting.kind is bool:
        return raw in ("1", "true", "True")
    if setting.kind is int:
        return int(raw)
    return raw


def get(key: str):
    setting = BY_KEY[key]
    row = SettingValue.get_or_none(SettingValue.key == key)
    return setting.default if row is None else _parse(setting, row.value)


def validate(key: str, value) -> object:
    setting = BY_KEY[key]
    if setting.kind is int:
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise ValidationError({key: tr("请输入整数。", "Please enter a whole number.")}) from None
        if setting.minimum is not None and value < setting.minimum or (
            setting.maximum is not None and value > setting.maximum
        ):
            raise ValidationError({key: tr("请输入 {lo} 到 {hi} 之间的数。", "Please enter {lo} to {hi}.")
                                   .format(lo=setting.minimum, hi=setting.maximum)})
    elif setting.choices and value not in {c for c, _ in setting.choices}:
        raise ValidationError({key: tr("请从列表中选择。", "Please choose from the list.")})
    elif setting.kind is str:
        value = str(value).strip()
    return value


def put(ctx: Ctx, key: str, value) -> None:
    """Change one setting (supervisor or admin); audited with its old and new value."""
    from frontdesk_gui.core.auth import SUPERVISOR, require

    require(ctx, SUPERVISOR)
    value = validate(key, value)
    old = get(key)
    if old == value:
        return
    with db.atomic():
        SettingValue.replace(key=key, value=str(int(value) if isinstance(value, bool) else value)).execute()
        audit.record(ctx, "setting", "setting", None, before={key: old}, after={key: value})
