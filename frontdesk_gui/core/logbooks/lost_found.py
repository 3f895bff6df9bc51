"""失物招领登记表 — lost and found at the counter (CATALOGUE A53, F3).

Something found in the building is logged (what, where, when, by whom, where it is kept, a photo) and
waits for its owner. An owner who comes asking files a loss report; the program ranks the found items
that could be theirs (shared words of what they describe, the place, found soon after the loss) and the
receptionist links the right one: the owner becomes the item's recipient and can be told. The owner
claims it against an ID, always, and signs. After `held.found_days` days an unclaimed item is listed for
the police or disposal; the operator records what was done with it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from peewee import AutoField, CharField, ForeignKeyField, TextField

from frontdesk_gui.core import audit, clock, entry, held, held_monthly, settings
from frontdesk_gui.core.auth import RECEPTIONIST, SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.held import HeldItem
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.models import Operator, Shift
from frontdesk_gui.core.spec import (
    Action,
    AttentionRule,
    Column,
    Document,
    FormField,
    LogbookSpec,
    register,
    scan_code,
)
from frontdesk_gui.core.text import Text, language, tr

STATUSES = {
    held.WAITING: tr("待认领", "Unclaimed"), held.NOTIFIED: tr("已通知失主", "Owner told"),
    held.COLLECTED: tr("已认领", "Claimed"), held.RETURNED: tr("已移交/处理", "Handed on / disposed"),
    entry.VOIDED: tr("已作废", "Void"),
}
RETURN_HOWS = (
    ("police", tr("移交派出所", "Handed to the police")),
    ("disposed", tr("按规定处理", "Disposed of")),
    ("donated", tr("捐赠", "Donated")),
)
PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp")
# A loss is matched against items found from a day before the time given (people misremember) to this
# many days after it.
MATCH_DAYS_BEFORE = 1
MATCH_DAYS_AFTER = 30

REPORT_OPEN, REPORT_MATCHED, REPORT_CLOSED = "open", "matched", "closed"
REPORT_STATUSES = {
    REPORT_OPEN: tr("寻找中", "Open"), REPORT_MATCHED: tr("已找到", "Matched"), REPORT_CLOSED: tr("已关闭", "Closed"),
}


# -- times typed at the counter ---------------------------------------------------------------------------
parse_when = clock.parse_typed

WHEN_ERROR = tr("时间格式如 2026-11-23 14:30,或只写 14:30 表示今天。",
                "Write the time as 2026-11-23 14:30, or just 14:30 for today.")


# -- the models ------------------------------------------------------------------------------------------
class FoundItem(HeldItem):
    """One thing found; received_at is when it was found, recipient_* its owner once known."""

    what = CharField()
    description = TextField(null=True)
    found_where = CharField()
    found_by = CharField()
    photo_path = CharField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "found_item"

    @property
    def found_at(self) -> str:
        """When it was found, as the form shows and takes it (local time)."""
        return clock.local_text(self.received_at)


class LossReport(BaseModel):
    """Someone lost something and asked at the counter; linked to the found item once it turns up."""

    id = AutoField()
    created_at = UtcDateTimeField()
    created_by = ForeignKeyField(Operator, backref="+", index=False)
    shift = ForeignKeyField(Shift, null=True, backref="+", index=False)
    loser_name = CharField()
    loser_phone = CharField(null=True)
    loser_unit = CharField(null=True)
    what = CharField()
    description = TextField(null=True)
    lost_where = CharField(null=True)
    lost_at = UtcDateTimeField()
    status = CharField(default=REPORT_OPEN, index=True)
    matched_item = ForeignKeyField(FoundItem, null=True, backref="+", index=False)
    matched_at = UtcDateTimeField(null=True)
    closed_note = TextField(null=True)

    class Meta:
        table_name = "loss_report"


FORM_FIELDS = (
    FormField("what", tr("物品名称", "Item"), required=True),
    FormField("description", tr("特征描述", "Description")),
    FormField("found_where", tr("拾获地点", "Where found"), required=True),
    FormField("found_at", tr("拾获时间(空=现在)", "When found (empty = now)")),
    FormField("found_by", tr("拾获人", "Found by"), required=True),
    FormField("storage", tr("存放位置", "Kept where")),
    FormField("photo_path", tr("照片", "Photo")),
    FormField("recipient_name", tr("失主(如已知)", "Owner (if known)")),
    FormField("recipient_phone", tr("失主电话", "Owner's phone")),
    FormField("note", tr("备注", "Note")),
)
CORRECTABLE = held.CORRECTABLE + ("what", "description", "found_where", "found_at", "received_at", "found_by",
                                  "photo_path", "note")


def _clean(values: dict, now: datetime) -> tuple[dict, dict[str, Text]]:
    names = {f.name for f in FORM_FIELDS}
    v = {k: (values.get(k).strip() if isinstance(values.get(k), str) else values.get(k)) for k in names}
    v = {k: (None if val == "" else val) for k, val in v.items()}
    errors: dict[str, Text] = {}
    if not v["what"]:
        errors["what"] = tr("请填写拾获的物品。", "Enter what was found.")
    if not v["found_where"]:
        errors["found_where"] = tr("请填写拾获地点。", "Enter where it was found.")
    if not v["found_by"]:
        errors["found_by"] = tr("请填写拾获人(交来的人)。", "Enter who found it (who brought it in).")
    try:
        found = parse_when(v.pop("found_at"), now) or now
    except ValueError:
        errors["found_at"] = WHEN_ERROR
        found = now
    if found > now + timedelta(minutes=5):
        errors["found_at"] = tr("拾获时间不能晚于现在。", "It cannot have been found in the future.")
    v["received_at"] = found
    v["recipient_phone"], phone_error = normalise_phone(v["recipient_phone"] or "")
    v["recipient_phone"] = v["recipient_phone"] or None
    if phone_error:
        errors["recipient_phone"] = phone_error
    photo_error = _photo_error(v["photo_path"])
    if photo_error:
        errors["photo_path"] = photo_error
    return v, errors


def _photo_error(path: str | None) -> Text | None:
    if not path:
        return None
    if Path(path).suffix.lower() not in PHOTO_TYPES:
        return tr("请选择图片文件(jpg、png 等)。", "Choose a picture file (jpg, png …).")
    if not Path(path).is_file():
        return tr("找不到这张照片。", "That photo file cannot be found.")
    return None


def log_found(ctx: Ctx, **values) -> FoundItem:
    """Log something found: it waits for its owner."""
    require(ctx, RECEPTIONIST)
    clean, errors = _clean(values, clock.now())
    if errors:
        raise ValidationError(errors)
    return held.receive(ctx, SPEC, FoundItem(**clean))


def correct(ctx: Ctx, item: FoundItem, reason: str, /, **values) -> FoundItem:
    """Correct the details (the time found included); who claimed it is corrected, never erased."""
    require(ctx, RECEPTIONIST)
    merged = {f.name: getattr(item, f.name) for f in FORM_FIELDS}
    merged.update({k: v for k, v in values.items() if k in merged})
    new_photo = "photo_path" in values and ((values["photo_path"] or "").strip() or None) != item.photo_path
    if not new_photo:
        merged["photo_path"] = None  # an old photo that has since moved does not block a correction
    clean, errors = _clean(merged, clock.now())
    if "collector_name" in values:
        if item.status != held.COLLECTED:
            errors["collector_name"] = tr("尚未认领。", "It has not been claimed.")
        elif not (values["collector_name"] or "").strip():
            errors["collector_name"] = tr("请填写认领人姓名。", "Enter the name of who claimed it.")
        clean["collector_name"] = (values["collector_name"] or "").strip()
    if errors:
        raise ValidationError(errors)
    changes = {k: clean[k] for k in values if k in CORRECTABLE and k not in ("found_at", "photo_path")}
    if "found_at" in values and (values["found_at"] or "").strip() != item.found_at:
        changes["received_at"] = clean["received_at"]
    if new_photo:
        changes["photo_path"] = clean["photo_path"]
    return entry.correct(ctx, SPEC, item, changes, reason)


def attach_photo(ctx: Ctx, item: FoundItem, path: str | None) -> FoundItem:
    """Add or replace the photo of a logged item (the file stays where the operator keeps it)."""
    require(ctx, RECEPTIONIST)
    path = (path or "").strip() or None
    error = _photo_error(path)
    if error:
        raise ValidationError({"photo_path": error})
    return entry.change(ctx, SPEC, item, "photo", {"photo_path": path})


def notify(ctx: Ctx, item: FoundItem, channel: str, outcome: str = "reached", note: str | None = None) -> FoundItem:
    if not (item.recipient_name or item.recipient_phone):
        raise StateError(tr("失主未知,无人可通知;失主来问时请登记丢失。",
                            "The owner is unknown: nobody to tell. Record a loss report when they ask."))
    return held.notify(ctx, SPEC, item, channel, outcome, note)


def claim(ctx: Ctx, items: list[FoundItem], **collector) -> held.HandOver:
    """The owner claims it: an ID is always checked, and they sign (F3)."""
    collector.pop("require_id", None)
    return held.hand_over(ctx, SPEC, items, require_id=True, **collector)


def together(item: FoundItem) -> list[FoundItem]:
    """Each found item is claimed on its own (the owner describes each one)."""
    return [item]


def hand_on(ctx: Ctx, item: FoundItem, how: str = "police", note: str | None = None) -> FoundItem:
    """Unclaimed after the keeping period: to the police, disposed of or donated, on the operator's step."""
    return held.return_item(ctx, SPEC, item, how, note, RETURN_HOWS)


def to_police(ctx: Ctx, item: FoundItem) -> FoundItem:
    return hand_on(ctx, item, "police")


def void(ctx: Ctx, item: FoundItem, reason: str) -> FoundItem:
    require(ctx, SUPERVISOR, authorisable=True)
    return entry.void(ctx, SPEC, item, reason)


held.register_book("lost_found", held.HeldBook(
    notify=notify, hand_over=claim, together=together, return_item=hand_on, return_hows=RETURN_HOWS))


def keeping_period() -> timedelta:
    return timedelta(days=settings.get("held.found_days"))


def _kept_too_long(now: datetime):
    return held.open_items(FoundItem).where(FoundItem.received_at <= now - keeping_period())


def _owner_to_tell(now: datetime):
    return FoundItem.select().where((FoundItem.status == held.WAITING)
                                    & (FoundItem.recipient_name.is_null(False)
                                       | FoundItem.recipient_phone.is_null(False)))


# -- loss reports and matching -----------------------------------------------------------------------------
REPORT_FIELDS = ("loser_name", "loser_phone", "loser_unit", "what", "description", "lost_where", "lost_at")


def report_loss(ctx: Ctx, **values) -> LossReport:
    """Record that someone lost something (who, what, where, when); audited."""
    require(ctx, RECEPTIONIST)
    v = {k: (str(values.get(k) or "").strip() if not isinstance(values.get(k), datetime) else values[k])
         for k in REPORT_FIELDS}
    errors: dict[str, Text] = {}
    if not v["loser_name"]:
        errors["loser_name"] = tr("请填写失主姓名。", "Enter the name of who lost it.")
    if not v["what"]:
        errors["what"] = tr("请填写丢失的物品。", "Enter what was lost.")
    v["loser_phone"], phone_error = normalise_phone(v["loser_phone"])
    if phone_error:
        errors["loser_phone"] = phone_error
    elif not v["loser_phone"]:
        errors["loser_phone"] = tr("请留下联系电话,找到时通知。", "Enter a phone number to call when it is found.")
    now = clock.now()
    try:
        v["lost_at"] = parse_when(v["lost_at"], now) or now
    except ValueError:
        errors["lost_at"] = WHEN_ERROR
    else:
        if v["lost_at"] > now + timedelta(minutes=5):
            errors["lost_at"] = tr("丢失时间不能晚于现在。", "It cannot have been lost in the future.")
    if errors:
        raise ValidationError(errors)
    v = {k: (val or None) for k, val in v.items()}
    with db.atomic():
        report = LossReport.create(created_at=now, created_by=ctx.operator, shift=ctx.shift, status=REPORT_OPEN, **v)
        audit.record(ctx, "create", "loss_report", report.id,
                     after={k: val for k, val in report.__data__.items() if k != "id"})
    return report


_STOP = set("的了个只把在是和有一色")
_WORDS = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+")


def words(text: str | None) -> set[str]:
    """What two descriptions can share: Latin words and numbers, Chinese characters and pairs of them."""
    found: set[str] = set()
    for run in _WORDS.findall((text or "").lower()):
        if run.isascii():
            found.add(run)
            continue
        found.update(ch for ch in run if ch not in _STOP)
        found.update(run[i:i + 2] for i in range(len(run) - 1))
    return found


def _share(wanted: set[str], offered: set[str]) -> float:
    """How much of what the owner said the item's record also says (pairs of characters count double)."""
    if not wanted:
        return 0.0
    weight = sum(2 if len(w) == 2 and not w.isascii() else 1 for w in wanted)
    hit = sum(2 if len(w) == 2 and not w.isascii() else 1 for w in wanted & offered)
    return hit / weight


def match_score(report: LossReport, item: FoundItem) -> float:
    """0 (nothing in common) to 1: what it is counts most, then the description, the place and the time."""
    item_text = words(f"{item.what} {item.description or ''} {item.note or ''}")
    what = _share(words(report.what), item_text)
    told = _share(words(f"{report.what} {report.description or ''}"), item_text)
    where = _share(words(report.lost_where), words(item.found_where))
    if what == 0 and told == 0 and where == 0:
        return 0.0
    after = (item.received_at - report.lost_at).total_seconds() / 86400
    # Found soon after the loss is likeliest; found before the time given, only if they misremember.
    soon = 0.3 if after < 0 else max(0.0, 1 - after / MATCH_DAYS_AFTER)
    return round(0.45 * what + 0.25 * told + 0.2 * where + 0.1 * soon, 4)


def candidates(report: LossReport, limit: int = 10) -> list[tuple[FoundItem, float]]:
    """Found items still held that could be the lost one, best first (found in the window after the loss)."""
    query = held.open_items(FoundItem).where(
        (FoundItem.received_at >= report.lost_at - timedelta(days=MATCH_DAYS_BEFORE))
        & (FoundItem.received_at <= report.lost_at + timedelta(days=MATCH_DAYS_AFTER)))
    scored = [(item, match_score(report, item)) for item in query]
    scored = [(item, score) for item, score in scored if score > 0]
    scored.sort(key=lambda pair: (-pair[1], pair[0].received_at))
    return scored[:limit]


def link(ctx: Ctx, report: LossReport, item: FoundItem) -> LossReport:
    """This found item is what the report lost: the owner becomes its recipient (to be told, to claim)."""
    require(ctx, RECEPTIONIST)
    report = LossReport.get_by_id(report.id)
    if report.status != REPORT_OPEN:
        raise StateError(tr("这份丢失登记已经处理。", "This loss report was already settled."))
    item = FoundItem.get_by_id(item.id)
    held._live(item)
    now = clock.now()
    with db.atomic():
        before = {"status": report.status, "matched_item": None}
        report.status, report.matched_item, report.matched_at = REPORT_MATCHED, item, now
        report.save()
        audit.record(ctx, "match", "loss_report", report.id, before=before,
                     after={"status": report.status, "matched_item": item.id}, reason=scan_code(SPEC, item.id))
        entry.change(ctx, SPEC, item, "match",
                     {"recipient_name": report.loser_name, "recipient_phone": report.loser_phone,
                      "recipient_unit": report.loser_unit}, reason=f"loss report {report.id}")
    return report


def close_report(ctx: Ctx, report: LossReport, note: str) -> LossReport:
    """The owner found it elsewhere or gave up: closed with a note; audited."""
    require(ctx, RECEPTIONIST)
    note = entry.require_reason(note, "note")
    report = LossReport.get_by_id(report.id)
    if report.status != REPORT_OPEN:
        raise StateError(tr("这份丢失登记已经处理。", "This loss report was already settled."))
    with db.atomic():
        report.status, report.closed_note = REPORT_CLOSED, note
        report.save()
        audit.record(ctx, "close", "loss_report", report.id, before={"status": REPORT_OPEN},
                     after={"status": REPORT_CLOSED}, reason=note)
    return report


def get_report(report_id: int) -> LossReport | None:
    return LossReport.get_or_none(LossReport.id == report_id)


def open_reports() -> list[LossReport]:
    return list(LossReport.select().where(LossReport.status == REPORT_OPEN).order_by(LossReport.id.desc()))


def recent_reports(limit: int = 200) -> list[LossReport]:
    return list(LossReport.select().order_by(LossReport.id.desc()).limit(limit))


def reports_for(item: FoundItem) -> list[LossReport]:
    return list(LossReport.select().where(LossReport.matched_item == item.id).order_by(LossReport.id))


def report_line(report: LossReport) -> str:
    """One line for a list: who (phone masked), what, where, when."""
    parts = [report.loser_name, mask_phone(report.loser_phone), report.what, report.lost_where or "",
             clock.local_text(report.lost_at)]
    return " · ".join(p for p in parts if p)


# -- printouts, search, the spec -----------------------------------------------------------------------------
def tag_data(item: FoundItem, reprint: int) -> dict:
    """The tag tied to the item (失物招领标签): its code opens the entry when scanned."""
    keep_until = clock.local_text(item.received_at + keeping_period(), "%Y-%m-%d")
    return {
        "code": scan_code(SPEC, item.id), "title_zh": "失物招领", "title_en": "LOST PROPERTY",
        "rows": [
            ["物品 Item", item.what],
            ["特征 Description", item.description or ""],
            ["拾获地点 Found at", item.found_where],
            ["拾获时间 Found", clock.local_text(item.received_at)],
            ["拾获人 Found by", item.found_by],
            ["存放 Kept", item.storage or ""],
            ["保管至 Keep until", keep_until],
        ],
        "footer": "失主须描述物品并出示有效证件认领 The owner describes it and shows a valid ID to claim it",
        "reprint": reprint, "language": "en" if language() == "en" else "zh",
    }


def search_fields(item: FoundItem):
    return ([item.found_by, item.recipient_name, item.collector_name],
            [item.what, item.description, item.found_where, item.note],
            [item.recipient_phone, item.storage])


def summary(item: FoundItem) -> str:
    return f"{scan_code(SPEC, item.id)} {item.what} @ {item.found_where}"


SPEC = register(LogbookSpec(
    key="lost_found",
    order=40,
    title=tr("失物招领", "Lost & found"),
    group="held",
    model=FoundItem,
    form="found_item_form",
    form_fields=FORM_FIELDS,
    statuses=STATUSES,
    columns=(
        Column("id", tr("编号", "No."), 55, "int"),
        Column("received_at", tr("拾获时间", "Found"), 120, "time"),
        Column("what", tr("物品", "Item"), 120),
        Column("description", tr("特征", "Description"), 140),
        Column("found_where", tr("拾获地点", "Where found"), 110),
        Column("found_by", tr("拾获人", "Found by"), 80),
        Column("storage", tr("存放", "Kept"), 80),
        Column("recipient_name", tr("失主", "Owner"), 80),
        Column("collector_name", tr("认领人", "Claimed by"), 80),
        Column("collected_at", tr("认领时间", "Claimed"), 120, "time"),
        Column("status", tr("状态", "Status"), 75, "choice", tuple(STATUSES.items())),
    ),
    create=log_found,
    correct=correct,
    correctable=CORRECTABLE,
    actions=(
        Action("void", tr("作废", "Void"), void, SUPERVISOR, held.OPEN + (held.COLLECTED, held.RETURNED),
               needs_reason=True, authorisable=True),
    ),
    attention=(
        AttentionRule("owner_to_tell", tr("失主已知,待通知", "Owner known: tell them"), "now", _owner_to_tell),
        AttentionRule("kept_too_long", tr("超过保管期限,应移交或处理", "Past the keeping period: hand on"),
                      "overdue", _kept_too_long),
    ),
    documents=(Document("tag", tr("失物标签", "Lost-property tag"), tag_data, "held_slip"),),
    field_titles={**held.FIELD_TITLES, "received_at": tr("拾获时间", "Found"),
                  "collector_name": tr("认领人", "Claimed by"), "collected_at": tr("认领时间", "Claimed"),
                  "recipient_unit": tr("失主单元", "Owner's unit")},
    code_prefix="L",
    open_items=held.handed_on(FoundItem, tr("保管中的拾获物品", "Found items in keeping"), custody=True),
    search_fields=search_fields,
    summary=summary,
    monthly=held_monthly.hook(FoundItem, held_monthly.days("held.found_days")),
))
