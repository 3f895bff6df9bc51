"""The common base of every logbook entry, and the writes every logbook shares.

Every write validates first, then in one transaction saves, appends the audit record and updates
the search index. Nothing is deleted: a mistake is corrected (the audit keeps the old value) or the
entry is voided with a reason by a supervisor.
"""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, TextField

from frontdesk_gui.core import audit, clock, search
from frontdesk_gui.core.auth import SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.models import Operator, Shift
from frontdesk_gui.core.text import tr

VOIDED = "voided"


class Entry(BaseModel):
    id = AutoField()
    status = CharField(index=True)
    created_at = UtcDateTimeField(index=True)
    # No index on who created or changed an entry: nothing looks entries up that way, and each index
    # costs every check-in and the demo load a write.
    created_by = ForeignKeyField(Operator, backref="+", index=False)
    shift = ForeignKeyField(Shift, null=True, backref="+")
    updated_at = UtcDateTimeField(null=True)
    updated_by = ForeignKeyField(Operator, null=True, backref="+", index=False)
    void_reason = TextField(null=True)

    @property
    def voided(self) -> bool:
        return self.status == VOIDED


def snapshot(entry: Entry, names) -> dict:
    return {name: getattr(entry, name) for name in names}


def reindex(spec, entry: Entry) -> None:
    if spec.search_fields is not None:
        names, texts, numbers = spec.search_fields(entry)
        search.index(spec.key, entry.id, names=names, texts=texts, numbers=numbers)


def _entity(spec) -> str:
    return spec.key


def create(ctx: Ctx, spec, entry: Entry, *, status: str) -> Entry:
    """Save a new entry with who / when / shift, its audit record and its index row."""
    entry.status = status
    entry.created_at = clock.now()
    entry.created_by = ctx.operator
    entry.shift = ctx.shift
    with db.atomic():
        entry.save(force_insert=True)
        audit.record(ctx, "create", _entity(spec), entry.id,
                     after={k: v for k, v in entry.__data__.items() if k != "id"})
        reindex(spec, entry)
    return entry


def change(ctx: Ctx, spec, entry: Entry, action: str, changes: dict, *, reason: str | None = None) -> Entry:
    """Apply an action's changes to an entry: audited with before -> after of the changed fields."""
    if entry.voided:
        raise StateError(tr("该记录已作废,不能再操作。", "This entry is void and cannot be changed."))
    with db.atomic():
        before = snapshot(entry, changes)
        for name, value in changes.items():
            setattr(entry, name, value)
        entry.updated_at = clock.now()
        entry.updated_by = ctx.operator
        entry.save()
        audit.record(ctx, action, _entity(spec), entry.id, before=before, after=snapshot(entry, changes),
                     reason=reason)
        reindex(spec, entry)
    return entry


def require_reason(reason: str | None, field: str = "reason") -> str:
    reason = (reason or "").strip()
    if len(reason) < 2:
        raise ValidationError({field: tr("请写明原因。", "Please give the reason.")})
    return reason


def correct(ctx: Ctx, spec, entry: Entry, changes: dict, reason: str) -> Entry:
    """Correct a mistake: only the spec's correctable fields; the reason and the old values are audited."""
    reason = require_reason(reason)
    unknown = set(changes) - set(spec.correctable)
    if unknown:
        raise ValidationError({name: tr("这一项不能更正。", "This field cannot be corrected.") for name in unknown})
    changes = {k: v for k, v in changes.items() if getattr(entry, k) != v}
    if not changes:
        raise ValidationError({"reason": tr("没有需要更正的内容。", "Nothing was changed.")})
    return change(ctx, spec, entry, "correct", changes, reason=reason)


def reveal(ctx: Ctx, spec, entry: Entry, field: str) -> str:
    """A personal number in full, for a supervisor (or with one's authorisation); the look is audited."""
    require(ctx, SUPERVISOR, authorisable=True)
    with db.atomic():
        audit.record(ctx, "reveal", _entity(spec), entry.id, reason=field)
    return getattr(entry, field) or ""


def void(ctx: Ctx, spec, entry: Entry, reason: str) -> Entry:
    """Void an entry (a supervisor, or a receptionist with a supervisor's authorisation); never deleted."""
    require(ctx, SUPERVISOR, authorisable=True)
    reason = require_reason(reason)
    return change(ctx, spec, entry, "void", {"status": VOIDED, "void_reason": reason}, reason=reason)
