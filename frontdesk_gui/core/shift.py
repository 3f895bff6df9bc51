"""The counter's shift: opened by the operator who takes over, closed by the handover.

Operators who cover (lunch) log in and act under their own name within the same shift. A shift
left open from an earlier day is closed by the first login of the new day, and the audit says so;
normally the handover (logbooks.handovers) closes a shift.
"""

from __future__ import annotations

from frontdesk_gui.core import audit, clock, settings
from frontdesk_gui.core.auth import verify_credentials
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import StateError
from frontdesk_gui.core.models import Operator, Shift
from frontdesk_gui.core.text import tr


def current() -> Shift | None:
    return Shift.select().where(Shift.closed_at.is_null()).order_by(Shift.id.desc()).first()


def _open(operator: Operator) -> Shift:
    shift = Shift.create(counter=settings.get("counter.name"), opened_at=clock.now(), opened_by=operator)
    audit.record(Ctx(operator, shift), "open", "shift", shift.id)
    return shift


def take_over(operator: Operator) -> Shift:
    """The shift this operator works in: the open one, or a new one on the first login of the day."""
    with db.atomic():
        shift = current()
        if shift is not None and clock.local(shift.opened_at).date() < clock.local(clock.now()).date():
            _close(Ctx(operator, shift), reason="not handed over; closed by the first login of the next day")
            shift = None
        return shift or _open(operator)


def _close(ctx: Ctx, reason: str | None = None) -> Shift:
    shift = ctx.shift
    shift.closed_at = clock.now()
    shift.closed_by = ctx.operator
    shift.save()
    audit.record(ctx, "close", "shift", shift.id, reason=reason)
    return shift


def close(ctx: Ctx) -> Shift:
    """Close the counter's current shift (the handover calls this)."""
    if ctx.shift is None or ctx.shift.closed_at is not None:
        raise StateError(tr("当前没有进行中的班次。", "There is no open shift."))
    with db.atomic():
        return _close(ctx)


def login(username: str, password: str) -> Ctx:
    """Check the password, join or open the shift, and return who is acting."""
    operator = verify_credentials(username, password)
    shift = take_over(operator)
    ctx = Ctx(operator, shift)
    audit.record(ctx, "login", "operator", operator.id)
    return ctx
