"""The logbook spec: what a logbook declares once so that the generic tab, search, Today list and
reports can serve it without code of their own (ARCHITECTURE "The logbook is the unit")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from frontdesk_gui.core.text import Text


@dataclass(frozen=True)
class Column:
    """A table column: a model field (or a computed attribute) and how it is shown."""

    field: str
    title: Text
    width: int = 110
    # text | time | choice | masked_id | masked_phone | int | money (integer fen shown as yuan)
    kind: str = "text"
    choices: tuple[tuple[str, Text], ...] = ()


@dataclass(frozen=True)
class FormField:
    """One field of the entry form; the widget in forms_ui/<form>.ui has the same objectName."""

    name: str
    title: Text
    required: bool = False
    # For a combo box: (stored value, label) pairs.
    choices: tuple[tuple[str, Text], ...] = ()


@dataclass(frozen=True)
class Action:
    """A button on the tab: enabled when the selected entry's status is in `statuses`
    (an empty tuple: no entry needed) and the operator holds `role`."""

    key: str
    title: Text
    run: Callable
    role: str
    statuses: tuple[str, ...] = ()
    needs_reason: bool = False
    # Shown without asking a supervisor only to operators with the role; others are asked to authorise.
    authorisable: bool = False
    shortcut: str | None = None
    confirm: Text | None = None
    # Beyond the status: whether the action makes sense for this entry (a receipt that took a deposit).
    applies: Callable | None = None


@dataclass(frozen=True)
class AttentionRule:
    """What makes an entry need attention: `query(now)` returns the model select of such entries."""

    key: str
    title: Text
    level: str  # overdue | due_soon | now
    query: Callable


@dataclass(frozen=True)
class OpenItems:
    """Entries a logbook hands on: still open at a moment (visitors on site, parcels not collected).

    `query(at)` returns the model select of the entries open at `at`: created before it and not closed by
    then, judged by the entries' own times so that the handover asks with now and the monthly report
    with the month's end. `custody`: money or things in the desk's keeping (cash, deposits, keys out),
    which the incoming operator acknowledges one by one.
    """

    key: str
    title: Text
    query: Callable
    custody: bool = False


@dataclass(frozen=True)
class ReportTable:
    """A table of a logbook's monthly section; `chart` draws its first two columns ("bar" or "pie")."""

    title: Text
    headers: tuple
    rows: list
    chart: str | None = None


@dataclass(frozen=True)
class Document:
    """A printout: core gives plain data, reports/ renders it (core never imports ReportLab).

    `data(entry, reprint)` returns the renderer's fields; `renderer` names it in reports.registry.
    """

    key: str
    title: Text
    data: Callable
    renderer: str
    paper: str = "80mm"
    # Whether this document exists for the entry (a receipt prints as a receipt, a voucher as a voucher).
    applies: Callable | None = None
    # Whether this is the layout to offer first (a receipt: the counter's chosen receipt layout).
    preferred: Callable | None = None
    # Prints of any document of the entry count as earlier copies (a receipt is one receipt in any layout).
    copies_across_documents: bool = False


def documents_for(logbook: LogbookSpec, entry) -> list[Document]:
    """The documents an entry can print, the preferred one first."""
    found = [d for d in logbook.documents if d.applies is None or d.applies(entry)]
    return sorted(found, key=lambda d: 0 if d.preferred is None or d.preferred() else 1)


@dataclass
class LogbookSpec:
    key: str
    title: Text
    group: str
    model: type
    columns: tuple[Column, ...]
    statuses: dict[str, Text]
    form: str
    form_fields: tuple[FormField, ...] = ()
    create: Callable | None = None
    correct: Callable | None = None
    actions: tuple[Action, ...] = ()
    attention: tuple[AttentionRule, ...] = ()
    documents: tuple[Document, ...] = ()
    # entry -> (names, texts, numbers) for the search index
    search_fields: Callable | None = None
    # entry -> one line for search results and history titles
    summary: Callable = field(default=lambda entry: str(entry.id))
    # fields a correction may change (the rest are set by actions)
    correctable: tuple[str, ...] = ()
    # Titles of fields that actions set but neither the form nor the table shows (for the history).
    field_titles: dict[str, Text] = field(default_factory=dict)
    # Fields the history leaves out (a JSON copy of what other fields already say).
    hidden_in_history: tuple[str, ...] = ()
    # Place within its group in the side list (the paper logbooks' usual order at the counter).
    order: int = 100
    # Letters before the number in the code printed on this logbook's slips (V000123 opens visit 123).
    code_prefix: str | None = None
    # What the shift hands over and the month ends with still open.
    open_items: tuple[OpenItems, ...] = ()
    # (start, end) in UTC -> the logbook's own tables for the monthly report, beyond the generic counts.
    monthly: Callable | None = None


GROUPS = (
    ("visitors", Text("来访与出入", "Visitors & access")),
    ("held", Text("代收代管", "Held for others")),
    ("money", Text("服务与收费", "Services & money")),
    ("keys", Text("钥匙与证件", "Keys & passes")),
    ("requests", Text("报修与投诉", "Requests & feedback")),
    ("meetings", Text("会议与活动", "Meetings & events")),
    ("shift", Text("值班交接", "Shift")),
)

_registry: dict[str, LogbookSpec] = {}


def register(spec: LogbookSpec) -> LogbookSpec:
    _registry[spec.key] = spec
    return spec


def get(key: str) -> LogbookSpec:
    load_all()
    return _registry[key]


def all_specs() -> list[LogbookSpec]:
    """Logbooks in tab order: by group, then by their order within it."""
    load_all()
    order = {g: i for i, (g, _) in enumerate(GROUPS)}
    return sorted(_registry.values(), key=lambda s: (order.get(s.group, 99), s.order))


def scan_code(spec: LogbookSpec, entry_id: int) -> str:
    """What a slip prints and its barcode encodes; scanning it at the counter opens the entry."""
    return f"{spec.code_prefix}{entry_id:06d}"


def parse_scan_code(text: str) -> tuple[LogbookSpec, int] | None:
    """The logbook and entry a scanned code names, or None when the text is not such a code."""
    match = re.fullmatch(r"([A-Za-z]+)(\d{1,12})", text.strip())
    if not match:
        return None
    prefix, number = match.group(1).upper(), int(match.group(2))
    book = next((s for s in all_specs() if s.code_prefix == prefix), None)
    return (book, number) if book is not None else None


def load_all() -> None:
    """Import every logbook module so that each registers its spec."""
    from frontdesk_gui.core import logbooks  # noqa: F401  (registration happens on import)
