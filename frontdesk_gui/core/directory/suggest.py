"""Autocomplete of hosts and mail recipients from the directory, as the receptionist types.

The directory is small (hundreds to a few thousand rows), so a LIKE over the stored `lookup` text is
instant and, unlike the FTS index, also matches one Chinese character (PLATFORM_NOTES).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from frontdesk_gui.core.directory.models import MODELS, RESIDENT_ROLES, DirectoryEntry, kind_of
from frontdesk_gui.core.identity import mask_phone
from frontdesk_gui.core.search import CJK, name_tokens
from frontdesk_gui.core.text import Text

# Each run of Chinese / letters / digits typed without a space must appear as typed; all runs must match.
RUN = re.compile(rf"(?:{CJK.pattern}|[0-9A-Za-z])+")
# Enough candidates per kind that ranking can put the best ones first.
CANDIDATES = 200


@dataclass(frozen=True)
class Suggestion:
    kind: str
    id: int
    label: str
    name: str
    unit: str
    company: str
    phone_masked: str


def _condition(model, piece: str):
    """A run of letters is pinyin or a word and must start a token ("an" must not find every zhang);
    anything else (Chinese, digits, 3栋1203, A座12) is a fragment found anywhere."""
    if piece.isascii() and piece.isalpha():
        return model.lookup.contains(" " + piece.lower())
    return model.lookup.contains(piece.lower())


def _floor_text(floor: str) -> str:
    if floor.isdigit():
        return str(Text(f"{floor}层", f"{floor}F"))
    return floor


def as_suggestion(entry: DirectoryEntry) -> Suggestion:
    """The row shown in a completer: "李娜 · 3栋1203 · 业主"; the phone masked."""
    kind = kind_of(entry)
    if kind == "company":
        where = " ".join(p for p in (_floor_text(entry.floor or ""), entry.room or "") if p)
        parts, unit, company = [entry.name, where], entry.room or "", entry.name
    elif kind == "resident":
        role = str(dict(RESIDENT_ROLES)[entry.role]) if entry.role else ""
        parts, unit, company = [entry.name, entry.unit, role], entry.unit, ""
    else:
        work_id = str(Text(f"工号 {entry.work_id}", f"ID {entry.work_id}")) if entry.work_id else ""
        parts, unit, company = [entry.name, entry.department or "", work_id], "", ""
    return Suggestion(kind=kind, id=entry.id, label=" · ".join(p for p in parts if p), name=entry.name,
                      unit=unit, company=company, phone_masked=mask_phone(entry.phone))


def _rank(entry: DirectoryEntry, text: str) -> int:
    """0 the name itself, 1 the name or its pinyin starts with what was typed, 2 anything else."""
    lowered = text.lower()
    if entry.name.lower() == lowered:
        return 0
    starts = [entry.name.lower(), *name_tokens(entry.name).split()]
    return 1 if any(s.startswith(lowered) for s in starts) else 2


def suggest(text: str, kinds=("company", "resident", "staff"), limit: int = 10) -> list[Suggestion]:
    """Active entries matching every fragment typed: Chinese characters, pinyin, unit or phone digits."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    pieces = RUN.findall(text)
    if not pieces or limit <= 0:
        return []
    unknown = set(kinds) - set(MODELS)
    if unknown:
        raise ValueError(f"not a directory kind: {', '.join(sorted(unknown))}")
    found: list[tuple[int, int, str, DirectoryEntry]] = []
    for order, kind in enumerate(kinds):
        model = MODELS[kind]
        query = model.select().where(model.active == True)  # noqa: E712
        for piece in pieces:
            query = query.where(_condition(model, piece))
        for entry in query.order_by(model.name).limit(CANDIDATES):
            found.append((_rank(entry, pieces[0]), order, entry.name, entry))
    found.sort(key=lambda item: item[:3])
    return [as_suggestion(entry) for *_, entry in found[:limit]]

