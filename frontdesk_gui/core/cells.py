"""How a logbook value reads in a table cell, shared by the window's tables and the exports.

One function so that an exported file says exactly what the screen says: local time, the choice's label,
personal numbers masked, fen as yuan.
"""

from __future__ import annotations

from frontdesk_gui.core import clock
from frontdesk_gui.core.identity import mask_id, mask_phone
from frontdesk_gui.core.money.amounts import yuan
from frontdesk_gui.core.spec import Column


def cell_text(column: Column, value) -> str:
    """The text of one cell; ID and phone numbers masked by the column's kind (never shown whole)."""
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == "time":
        return clock.local_text(value)
    if kind == "choice":
        return str(dict(column.choices).get(value, value))
    if kind == "masked_id":
        return mask_id(value)
    if kind == "masked_phone":
        return mask_phone(value)
    if kind == "money":
        return yuan(int(value))
    return str(value)
