"""Adding, changing and deactivating directory entries; the checks the form and the import share.

Changes to the directory are a supervisor's (a receptionist may get one approved at the counter):
mail is sorted and visitors admitted against it, so a wrong entry misleads every shift after.
"""

from __future__ import annotations

import re
import unicodedata

from peewee import fn

from frontdesk_gui.core import audit, clock
from frontdesk_gui.core.auth import SUPERVISOR, require
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import db
from frontdesk_gui.core.directory.models import FIELDS, MODELS, DirectoryEntry, kind_of
from frontdesk_gui.core.entry import require_reason
from frontdesk_gui.core.errors import StateError, ValidationError
from frontdesk_gui.core.identity import mask_phone, normalise_phone
from frontdesk_gui.core.search import CJK, name_tokens
from frontdesk_gui.core.text import Text, tr

MAX_LENGTH = {"name": 80, "floor": 10, "room": 30, "unit": 30, "department": 40, "work_id": 20}
# What people write in an owner/tenant column; matched lower-cased.
ROLE_WORDS = {"owner": "owner", "业主": "owner", "产权人": "owner", "房东": "owner",
              "tenant": "tenant", "租户": "tenant", "租客": "tenant", "承租人": "tenant"}
NAME_MISSING = {
    "company": tr("请填写公司名称。", "Please enter the company name."),
    "resident": tr("请填写住户姓名。", "Please enter the resident's name."),
    "staff": tr("请填写员工姓名。", "Please enter the staff member's name."),
}
# Company names are long: pinyin from every character on lets "hxkj" find 深圳市华信科技.
SUFFIX_PINYIN_CHARS = 16


def tidy(value) -> str:
    """Full-width letters, digits and spaces to ordinary ones; whitespace trimmed and collapsed."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return re.sub(r"\s+", " ", text).strip()


def tidy_name(value) -> str:
    """Chinese names are often padded for alignment (李　娜): spaces next to a Chinese character go."""
    text = tidy(value)
    return re.sub(rf"(?<={CJK.pattern})\s+|\s+(?={CJK.pattern})", "", text)


def tidy_code(value) -> str:
    """Units, rooms and work IDs: no spaces, upper case (3栋 1203 and 3栋1203 are one unit)."""
    return tidy(value).replace(" ", "").upper()


TIDY = {"name": tidy_name, "floor": tidy_code, "room": tidy_code, "unit": tidy_code, "work_id": tidy_code}


def check(kind: str, values: dict) -> tuple[dict, dict[str, Text]]:
    """Normalise and validate one entry's values; returns (clean values, a sentence per bad field)."""
    clean = {name: TIDY.get(name, tidy)(values.get(name)) for name in FIELDS[kind]}
    errors: dict[str, Text] = {}
    if not clean["name"]:
        errors["name"] = NAME_MISSING[kind]
    for name, value in clean.items():
        if name in MAX_LENGTH and len(value) > MAX_LENGTH[name] and name not in errors:
            errors[name] = Text(f"内容太长(最多 {MAX_LENGTH[name]} 个字)。",
                                f"Too long (at most {MAX_LENGTH[name]} characters).")
    clean["phone"], phone_error = normalise_phone(clean["phone"])
    if phone_error:
        errors["phone"] = phone_error
    if kind == "company" and not (clean["floor"] or clean["room"]):
        errors["room"] = tr("请填写楼层或房号。", "Please enter the floor or the room.")
    if kind == "resident":
        if not clean["unit"]:
            errors["unit"] = tr("请填写单元/房号。", "Please enter the unit.")
        role = clean["role"].lower()
        if role and role not in ROLE_WORDS:
            errors["role"] = tr("身份应为“业主”或“租户”。", "Owner or tenant: write one of the two.")
        clean["role"] = ROLE_WORDS.get(role, "")
    return {k: (v or None) for k, v in clean.items()}, errors


def duplicate_key(kind: str, clean: dict) -> tuple:
    """What makes two entries the same: a company's name, a resident's name in a unit, a work ID."""
    name = (clean["name"] or "").lower()
    if kind == "company":
        return (name,)
    if kind == "resident":
        return name, clean["unit"]
    if clean["work_id"]:
        return ("work_id", clean["work_id"])
    return name, clean["department"] or ""


def duplicate_of(kind: str, clean: dict, exclude_id: int | None = None) -> DirectoryEntry | None:
    """The active entry this one would duplicate, if any."""
    model = MODELS[kind]
    query = model.select().where(model.active == True)  # noqa: E712
    if exclude_id is not None:
        query = query.where(model.id != exclude_id)
    same_name = fn.lower(model.name) == (clean["name"] or "").lower()
    if kind == "resident":
        query = query.where(same_name & (model.unit == clean["unit"]))
    elif kind == "staff" and clean["work_id"]:
        query = query.where(model.work_id == clean["work_id"])
    elif kind == "staff":
        department = model.department.is_null() if not clean["department"] else (
            model.department == clean["department"])
        query = query.where(same_name & department)
    else:
        query = query.where(same_name)
    return query.first()


def duplicate_error(kind: str, existing: DirectoryEntry) -> dict[str, Text]:
    field = "work_id" if kind == "staff" and existing.work_id else "name"
    return {field: Text(f"名册中已有该条目(编号 {existing.id})。",
                        f"This is already in the directory (no. {existing.id}).")}


def lookup_text(kind: str, clean: dict) -> str:
    """What suggest() matches, space-separated and lower-cased, with a space at each end."""
    name = clean["name"] or ""
    tokens = [name.lower(), name_tokens(name)]
    if kind == "company":
        run = "".join(CJK.findall(name))[:SUFFIX_PINYIN_CHARS]
        tokens += [name_tokens(run[i:]) for i in range(1, len(run))]
    for field in ("floor", "room", "unit", "department", "work_id"):
        tokens.append((clean.get(field) or "").lower())
    phone = clean["phone"] or ""
    tokens += [phone, phone.replace("-", "")]
    words = dict.fromkeys(w for t in tokens for w in t.split())
    return " " + " ".join(words) + " "


def new_entry(ctx: Ctx, kind: str, clean: dict) -> DirectoryEntry:
    """An unsaved entry from checked values (the import saves many at once)."""
    return MODELS[kind](**clean, active=True, created_at=clock.now(), created_by=ctx.operator,
                        lookup=lookup_text(kind, clean))


def audit_values(entry: DirectoryEntry, names=None) -> dict:
    """The audited values; the phone masked like everywhere it is shown."""
    names = names or (*FIELDS[kind_of(entry)], "active")
    return {n: mask_phone(entry.phone) if n == "phone" else getattr(entry, n) for n in names}


def add(ctx: Ctx, kind: str, **values) -> DirectoryEntry:
    require(ctx, SUPERVISOR, authorisable=True)
    clean, errors = check(kind, values)
    existing = None if errors else duplicate_of(kind, clean)
    if existing:
        errors = duplicate_error(kind, existing)
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        entry = new_entry(ctx, kind, clean)
        entry.save(force_insert=True)
        audit.record(ctx, "create", kind, entry.id, after=audit_values(entry))
    return entry


def update(ctx: Ctx, entry: DirectoryEntry, **values) -> DirectoryEntry:
    """Change an active entry's details; the same checks as adding, old values kept in the audit."""
    require(ctx, SUPERVISOR, authorisable=True)
    kind = kind_of(entry)
    if not entry.active:
        raise StateError(tr("该条目已停用,不能修改。", "This entry is deactivated and cannot be changed."))
    unknown = set(values) - set(FIELDS[kind])
    if unknown:
        raise ValueError(f"not a {kind} field: {', '.join(sorted(unknown))}")
    clean, errors = check(kind, {**{n: getattr(entry, n) for n in FIELDS[kind]}, **values})
    existing = None if errors else duplicate_of(kind, clean, exclude_id=entry.id)
    if existing:
        errors = duplicate_error(kind, existing)
    if errors:
        raise ValidationError(errors)
    changed = [n for n in FIELDS[kind] if getattr(entry, n) != clean[n]]
    if not changed:
        nothing = tr("没有需要修改的内容。", "Nothing was changed.")
        raise ValidationError({next(iter(values), "name"): nothing})
    with db.atomic():
        before = audit_values(entry, changed)
        for name in changed:
            setattr(entry, name, clean[name])
        entry.lookup = lookup_text(kind, clean)
        entry.save()
        audit.record(ctx, "update", kind, entry.id, before=before, after=audit_values(entry, changed))
    return entry


def deactivate(ctx: Ctx, entry: DirectoryEntry, reason: str) -> DirectoryEntry:
    """Moved out, sold, left the company: no longer suggested, kept for the record."""
    require(ctx, SUPERVISOR, authorisable=True)
    reason = require_reason(reason)
    if not entry.active:
        raise StateError(tr("该条目已经停用。", "This entry is already deactivated."))
    with db.atomic():
        entry.active = False
        entry.save()
        audit.record(ctx, "deactivate", kind_of(entry), entry.id, before={"active": True},
                     after={"active": False}, reason=reason)
    return entry


def get(kind: str, entry_id: int) -> DirectoryEntry | None:
    model = MODELS[kind]
    return model.get_or_none(model.id == entry_id)


def listing(kind: str, *, include_inactive: bool = False) -> list[DirectoryEntry]:
    """One kind's entries by name, for the directory window."""
    model = MODELS[kind]
    query = model.select()
    if not include_inactive:
        query = query.where(model.active == True)  # noqa: E712
    return list(query.order_by(model.name, model.id))
