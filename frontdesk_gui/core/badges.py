"""The pool of numbered visitor badges handed out in exchange for a document (换牌, CATALOGUE A18).

A badge already out is refused with who has it; a badge not returned is recorded as lost.
"""

from __future__ import annotations

from peewee import AutoField, CharField, IntegerField

from frontdesk_gui.core import audit, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.fields import BaseModel
from frontdesk_gui.core.text import Text, tr

AVAILABLE, OUT, LOST = "available", "out", "lost"


class Badge(BaseModel):
    id = AutoField()
    number = CharField(unique=True)
    state = CharField(default=AVAILABLE)
    # The visit holding the badge while it is out.
    visit_id = IntegerField(null=True)


def ensure_pool() -> None:
    """Badges 1..N exist (N from settings); extra badges are never removed."""
    count = settings.get("visitors.badge_count")
    existing = {b.number for b in Badge.select(Badge.number)}
    missing = [{"number": str(n)} for n in range(1, count + 1) if str(n) not in existing]
    if missing:
        with db.atomic():
            Badge.insert_many(missing).execute()


def normalise(number: str) -> str:
    return (number or "").strip().lstrip("0") or (number or "").strip()


def issue(ctx: Ctx, number: str, visit_id: int, holder_name: str) -> Badge:
    """Hand out a badge; inside the check-in transaction."""
    badge = Badge.get_or_none(Badge.number == normalise(number))
    if badge is None:
        raise ValidationError({"badge_no": tr("没有这个号码的访客牌。", "There is no badge with this number.")})
    if badge.state == LOST:
        raise ValidationError({"badge_no": tr("该访客牌已登记遗失。", "This badge was recorded as lost.")})
    if badge.state == OUT:
        from frontdesk_gui.core.logbooks.visitors import Visit

        holder = Visit.get_or_none(Visit.id == badge.visit_id)
        since = holder.time_in.astimezone().strftime("%H:%M") if holder else "?"
        who = holder.visitor_name if holder else "?"
        raise ValidationError({"badge_no": Text(f"{badge.number} 号牌已在 {who} 手上(自 {since})。",
                                                f"Badge {badge.number} is out with {who} since {since}.")})
    badge.state, badge.visit_id = OUT, visit_id
    badge.save()
    audit.record(ctx, "issue", "badge", badge.id, after={"number": badge.number, "visit": visit_id,
                                                         "holder": holder_name})
    return badge


def give_back(ctx: Ctx, number: str, *, lost: bool = False) -> None:
    """The badge comes back at check-out, or is recorded lost; inside the check-out transaction."""
    badge = Badge.get_or_none(Badge.number == normalise(number))
    if badge is None:
        return
    before = {"state": badge.state, "visit": badge.visit_id}
    badge.state, badge.visit_id = (LOST if lost else AVAILABLE), None
    badge.save()
    audit.record(ctx, "lost" if lost else "return", "badge", badge.id, before=before,
                 after={"state": badge.state})


def lost() -> list[str]:
    """Numbers of the badges recorded as lost, in number order."""
    return sorted((b.number for b in Badge.select(Badge.number).where(Badge.state == LOST)),
                  key=lambda n: (len(n), n))


def found(ctx: Ctx, number: str) -> None:
    """A lost badge turned up again: it goes back into the pool."""
    from frontdesk_gui.core.auth import RECEPTIONIST, require

    require(ctx, RECEPTIONIST)
    badge = Badge.get_or_none(Badge.number == normalise(number))
    if badge and badge.state == LOST:
        with db.atomic():
            badge.state = AVAILABLE
            badge.save()
            audit.record(ctx, "found", "badge", badge.id)


def out_count() -> int:
    return Badge.select().where(Badge.state == OUT).count()
