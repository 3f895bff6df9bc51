"""Gapless document numbers per counter, series and year (收据号不得跳号).

The number is taken inside the transaction that writes the document: BEGIN IMMEDIATE (core.db)
makes concurrent writers wait, and a rolled-back write gives its number back.
"""

from __future__ import annotations

from frontdesk_gui.core import clock, settings
from frontdesk_gui.core.db import db
from frontdesk_gui.core.money.models import Sequence

SERIES = {"R": "receipt", "F": "refund voucher", "S": "charge voucher"}


def format_number(series: str, year: int, seq: int) -> str:
    return f"{series}{year}-{seq:06d}"


def take(series: str) -> tuple[str, int, int, str]:
    """(counter, year, seq, number) of the next document; call inside the writing transaction."""
    if not db.in_transaction():
        raise RuntimeError("a document number is taken only inside the transaction that writes the document")
    counter = settings.get("counter.name")
    year = clock.local(clock.now()).year
    Sequence.insert(counter=counter, series=series, year=year, last=0).on_conflict_ignore().execute()
    where = (Sequence.counter == counter) & (Sequence.series == series) & (Sequence.year == year)
    Sequence.update(last=Sequence.last + 1).where(where).execute()
    seq = Sequence.select(Sequence.last).where(where).scalar()
    return counter, year, seq, format_number(series, year, seq)
