"""The cross-cutting tables: schema version, operators, shifts, audit, settings.

Logbook tables live with their logbook in core/logbooks/.
"""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, IntegerField, TextField

from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField

ROLES = ("receptionist", "supervisor", "admin")
SYSTEM_ACTOR = "system"


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = UtcDateTimeField()


class Operator(BaseModel):
    id = AutoField()
    username = CharField(unique=True)
    display_name = CharField()
    role = CharField()
    password_hash = CharField()
    active = BooleanField(default=True)
    # True for the named actor of headless commands; it cannot log in.
    system = BooleanField(default=False)
    failed_logins = IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    created_at = UtcDateTimeField()

    def __str__(self) -> str:
        return self.display_name


class Shift(BaseModel):
    """The counter's duty period: opened by the operator who takes over, closed by the handover."""

    id = AutoField()
    counter = CharField()
    opened_at = UtcDateTimeField(index=True)
    opened_by = ForeignKeyField(Operator, backref="opened_shifts")
    closed_at = UtcDateTimeField(null=True)
    closed_by = ForeignKeyField(Operator, null=True, backref="closed_shifts")


class AuditRecord(BaseModel):
    """Append-only; each record's hash covers its content and the previous record's hash."""

    id = AutoField()
    at = UtcDateTimeField()
    actor = ForeignKeyField(Operator, backref="audit_records", index=False)
    # The supervisor who authorised this one action at the counter, if any.
    authorised_by = ForeignKeyField(Operator, null=True, backref="authorisations", index=False)
    shift = ForeignKeyField(Shift, null=True, backref="audit_records")
    action = CharField()
    entity = CharField()
    entity_id = IntegerField(null=True)
    before = TextField(null=True)
    after = TextField(null=True)
    reason = TextField(null=True)
    prev_hash = CharField()
    hash = CharField()

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class SettingValue(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()
