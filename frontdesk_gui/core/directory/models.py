"""The directory's tables: the company roster (公司名册), residents (业主档案 / 住户联络资料) and staff.

A row is never deleted: a company that moves out or a resident who sells is deactivated, so that old
logbook entries and the audit still name who they were. `lookup` holds what suggest() matches
(name, its pinyin, unit, phone digits), rebuilt on every write.
"""

from __future__ import annotations

from peewee import AutoField, BooleanField, CharField, ForeignKeyField, TextField

from frontdesk_gui.core.fields import BaseModel, UtcDateTimeField
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.text import tr

KINDS = (
    ("company", tr("公司", "Company")),
    ("resident", tr("住户", "Resident")),
    ("staff", tr("员工", "Staff")),
)
RESIDENT_ROLES = (
    ("owner", tr("业主", "Owner")),
    ("tenant", tr("租户", "Tenant")),
)


class DirectoryEntry(BaseModel):
    id = AutoField()
    name = CharField(index=True)
    phone = CharField(null=True)
    active = BooleanField(default=True, index=True)
    created_at = UtcDateTimeField()
    created_by = ForeignKeyField(Operator, backref="+")
    lookup = TextField(default="")


class Company(DirectoryEntry):
    floor = CharField(null=True)
    room = CharField(null=True)

    class Meta:
        table_name = "directory_company"


class Resident(DirectoryEntry):
    unit = CharField()
    role = CharField(null=True)

    class Meta:
        table_name = "directory_resident"


class Staff(DirectoryEntry):
    department = CharField(null=True)
    work_id = CharField(null=True, index=True)

    class Meta:
        table_name = "directory_staff"


MODELS = {"company": Company, "resident": Resident, "staff": Staff}
# The fields a person fills in, per kind (the rest is bookkeeping).
FIELDS = {
    "company": ("name", "floor", "room", "phone"),
    "resident": ("name", "unit", "role", "phone"),
    "staff": ("name", "department", "work_id", "phone"),
}


def kind_of(entry: DirectoryEntry) -> str:
    return next(kind for kind, model in MODELS.items() if isinstance(entry, model))
