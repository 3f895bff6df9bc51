"""Flagged persons (do not admit / call the supervisor), kept by supervisors.

Matched by ID number when one is given, otherwise by name together with phone or organisation, so
that a common name alone never stops an innocent visitor.
"""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, TextField

from frontdesk_gui.core import audit, clock
from frontdesk_gui.core.auth import SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.errors import NeedsAuthorisation, ValidationError
from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.identity import mask_id, normalise_id, normalise_phone
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.text import Text, tr

ADVICE = (
    ("do_not_admit", tr("禁止入内", "Do not admit")),
    ("call_supervisor", tr("请主管处理", "Call the supervisor")),
)


class FlaggedPerson(BaseModel):
    id = AutoField()
    name = CharField(index=True)
    id_number = CharField(null=True, index=True)
    phone = CharField(null=True)
    organisation = CharField(null=True)
    advice = CharField(default="call_supervisor")
    reason = TextField()
    active = BooleanField(default=True)
    added_at = UtcDateTimeField()
    added_by = ForeignKeyField(Operator, backref="+")


class FlaggedVisitor(NeedsAuthorisation):
    """Raised by check-in: the warning names the reason; admitting anyway takes a supervisor."""

    def __init__(self, person: FlaggedPerson):
        advice = dict(ADVICE)[person.advice]
        super().__init__(Text(f"注意:{person.name} 在关注名单上({advice.zh}):{person.reason}",
                              f"Warning: {person.name} is flagged ({advice.en}): {person.reason}"))
        self.person = person


def add(ctx: Ctx, *, name: str, reason: str, id_type: str = "resident_id", id_number: str = "",
        phone: str = "", organisation: str = "", advice: str = "call_supervisor") -> FlaggedPerson:
    require(ctx, SUPERVISOR)
    errors: dict[str, Text] = {}
    if not name.strip():
        errors["name"] = tr("请输入姓名。", "Please enter the name.")
    if not reason.strip():
        errors["reason"] = tr("请写明原因。", "Please give the reason.")
    number, id_error = normalise_id(id_type, id_number)
    if id_error:
        errors["id_number"] = id_error
    phone_digits, phone_error = normalise_phone(phone)
    if phone_error:
        errors["phone"] = phone_error
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        person = FlaggedPerson.create(
            name=name.strip(), id_number=number or None, phone=phone_digits or None,
            organisation=organisation.strip() or None, advice=advice, reason=reason.strip(),
            added_at=clock.now(), added_by=ctx.operator,
        )
        audit.record(ctx, "create", "flagged_person", person.id,
                     after={"name": person.name, "id_number": mask_id(number), "reason": person.reason})
    return person


def active_flags() -> list[FlaggedPerson]:
    return list(FlaggedPerson.select().where(FlaggedPerson.active == True)  # noqa: E712
                .order_by(FlaggedPerson.added_at.desc(), FlaggedPerson.id.desc()))


def deactivate(ctx: Ctx, person: FlaggedPerson, reason: str) -> None:
    """A flag is never deleted: it is switched off with the reason, by a supervisor."""
    from frontdesk_gui.core.entry import require_reason

    require(ctx, SUPERVISOR)
    reason = require_reason(reason)
    with db.atomic():
        person.active = False
        person.save()
        audit.record(ctx, "deactivate", "flagged_person", person.id, reason=reason)


def match(*, name: str = "", id_number: str = "", phone: str = "", organisation: str = "") -> FlaggedPerson | None:
    """The active flag that matches this visitor, if any."""
    active = FlaggedPerson.select().where(FlaggedPerson.active == True)  # noqa: E712
    if id_number:
        hit = active.where(FlaggedPerson.id_number == id_number).first()
        if hit:
            return hit
    name = name.strip()
    if not name:
        return None
    for person in active.where(FlaggedPerson.name == name):
        if person.id_number and id_number:
            continue  # both have ID numbers and they differ: a namesake
        if phone and person.phone == phone:
            return person
        if organisation and person.organisation and person.organisation == organisation.strip():
            return person
    return None
