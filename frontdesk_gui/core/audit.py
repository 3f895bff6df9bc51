"""The audit trail: every write appends who / when / what / before -> after, hash-chained.

Each record's hash covers its own content and the previous record's hash, so changing or removing
any record breaks the chain from that point on; `verify_chain` recomputes it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from peewee import Model

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.fields import utc_text
from frontdesk_gui.core.models import AuditRecord

GENESIS = "0" * 64


def _plain(value):
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Model):
        return value.get_id()
    return value


def to_json(values: dict | None) -> str | None:
    if values is None:
        return None
    return json.dumps({k: _plain(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def chain_hash(fields: dict, prev_hash: str) -> str:
    """The hash of one record; bulk loaders (demo data) use it to append records without the ORM."""
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True) + prev_hash
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hashed_fields(at: str, actor_id, authorised_by_id, shift_id, action, entity, entity_id,
                   before, after, reason) -> dict:
    return {
        "at": at, "actor": actor_id, "authorised_by": authorised_by_id, "shift": shift_id,
        "action": action, "entity": entity, "entity_id": entity_id,
        "before": before, "after": after, "reason": reason,
    }


def last_hash() -> str:
    row = AuditRecord.select(AuditRecord.hash).order_by(AuditRecord.id.desc()).limit(1).first()
    return row.hash if row else GENESIS


def record(ctx: Ctx, action: str, entity: str, entity_id: int | None = None, *,
           before: dict | None = None, after: dict | None = None, reason: str | None = None) -> AuditRecord:
    """Append one audit record. Runs inside the caller's write transaction when there is one."""
    at = clock.now()
    before_json, after_json = to_json(before), to_json(after)
    with db.atomic():
        prev = last_hash()
        fields = hashed_fields(
            utc_text(at), ctx.operator.id, ctx.authorised_by.id if ctx.authorised_by else None,
            ctx.shift.id if ctx.shift else None, action, entity, entity_id, before_json, after_json, reason,
        )
        return AuditRecord.create(
            at=at, actor=ctx.operator, authorised_by=ctx.authorised_by, shift=ctx.shift, action=action,
            entity=entity, entity_id=entity_id, before=before_json, after=after_json, reason=reason,
            prev_hash=prev, hash=chain_hash(fields, prev),
        )


@dataclass(frozen=True)
class ChainProblem:
    record_id: int
    problem: str


def verify_chain() -> list[ChainProblem]:
    """Recompute every hash in order; return the first break (empty list when the chain is whole)."""
    cursor = db.execute_sql(
        "SELECT id, at, actor_id, authorised_by_id, shift_id, action, entity, entity_id, before, after,"
        " reason, prev_hash, hash FROM audit_record ORDER BY id"
    )
    prev = GENESIS
    for row in cursor:
        rid, at, actor, auth, shift, action, entity, entity_id, before, after, reason, prev_hash, h = row
        if prev_hash != prev:
            return [ChainProblem(rid, f"audit record {rid}: previous hash does not match record before it")]
        fields = hashed_fields(at, actor, auth, shift, action, entity, entity_id, before, after, reason)
        if chain_hash(fields, prev) != h:
            return [ChainProblem(rid, f"audit record {rid}: content does not match its hash (altered)")]
        prev = h
    return []


def import_range(first_id: int, last_id: int) -> dict:
    """What a bulk import's one audit record says it created: entries first_id..last_id of its entity."""
    return {"first_id": first_id, "last_id": last_id, "count": last_id - first_id + 1}


def history(entity: str, entity_id: int) -> list[AuditRecord]:
    """An entry's history, oldest first, for the window's history panel: its own records, and the
    bulk import that created it (one record for many entries, with their id range in `after`)."""
    own = AuditRecord.select().where((AuditRecord.entity == entity) & (AuditRecord.entity_id == entity_id))
    imports = AuditRecord.select().where((AuditRecord.entity == entity) & AuditRecord.entity_id.is_null()
                                         & (AuditRecord.action == "import"))
    covering = [r for r in imports if _covers(r, entity_id)]
    return sorted([*own, *covering], key=lambda r: r.id)


def _covers(record: AuditRecord, entity_id: int) -> bool:
    span = json.loads(record.after or "{}")
    return span.get("first_id", 0) <= entity_id <= span.get("last_id", -1)
