"""Printing as the audit sees it: every print of a document is recorded, and a reprint says so.

A printer that is missing or out of paper never loses an entry: the entry is saved before anything
is printed, and the print can be repeated from the entry at any time.
"""

from __future__ import annotations

from frontdesk_gui.core import audit, clock, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.models import AuditRecord


def print_count(entity: str, entity_id: int, document: str | None) -> int:
    """Earlier prints of one document of an entry (or of any of its documents when `document` is None)."""
    query = AuditRecord.select().where((AuditRecord.entity == entity) & (AuditRecord.entity_id == entity_id)
                                       & (AuditRecord.action == "print"))
    if document is not None:
        query = query.where(AuditRecord.reason == document)
    return query.count()


def document_data(ctx: Ctx, spec, entry, document_key: str) -> dict:
    """The renderer's data for one document of an entry; the copy number counts earlier prints."""
    document = next(d for d in spec.documents if d.key == document_key)
    counted = None if document.copies_across_documents else document_key
    data = document.data(entry, print_count(spec.key, entry.id, counted))
    data.setdefault("counter_name", settings.get("counter.name"))
    data.setdefault("operator", ctx.operator.display_name)
    data.setdefault("printed_at", clock.local_text(clock.now()))
    return data


def record_print(ctx: Ctx, spec, entry, document_key: str, *, destination: str) -> None:
    """Called after the document went to a printer or a file."""
    audit.record(ctx, "print", spec.key, entry.id, after={"to": destination}, reason=document_key)
