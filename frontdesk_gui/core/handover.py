"""What a shift hands on (CATALOGUE A58, A64): gathered from every logbook through its spec.

Each logbook's OpenItems say what is still open at a moment; the drawer gives the shift's money by
payment method and the cash the drawer should hold; the money module the deposits the counter holds;
the duty log the shift's high-priority notes. The gathering is a plain, JSON-ready snapshot: the
handover keeps it as it was at sign-off, so a reprint shows what was handed over, not today's state.
"""

from __future__ import annotations

from datetime import datetime

from frontdesk_gui.core import clock, spec
from frontdesk_gui.core.models import Shift

# Entries listed per group of open items (the sheet stays a few pages); the count is always the full number.
LISTED = 50
CASH, DEPOSITS = "cash", "deposits"


def _text(value) -> dict:
    return {"zh": value.zh, "en": value.en}


def _since(entry) -> str:
    for name in ("received_at", "time_in"):
        value = getattr(entry, name, None)
        if value is not None:
            return clock.local_text(value)
    return clock.local_text(entry.created_at)


def open_groups(at: datetime) -> list[dict]:
    """Every logbook's open items at `at`, in tab order; groups with nothing open are left out."""
    groups = []
    for book in spec.all_specs():
        for rule in book.open_items:
            query = rule.query(at)
            count = query.count()
            if not count:
                continue
            entries = [{"id": e.id, "code": spec.scan_code(book, e.id) if book.code_prefix else str(e.id),
                        "summary": str(book.summary(e)), "since": _since(e)}
                       for e in query.order_by(book.model.id).limit(LISTED)]
            groups.append({"logbook": book.key, "logbook_title": _text(book.title), "key": rule.key,
                           "title": _text(rule.title), "custody": rule.custody, "count": count, "entries": entries})
    return groups


def deposits_held() -> dict:
    from frontdesk_gui.core.money import charges

    held = list(charges.held_deposits())
    return {"count": len(held), "total_fen": sum(c.amount_fen for c in held),
            "entries": [{"id": c.id, "payer": c.payer, "what": charges.lines_text(c.lines),
                         "fen": c.amount_fen, "receipt": c.receipt.number if c.receipt_id else c.finance_receipt_no,
                         "since": clock.local_text(c.settled_at or c.created_at)} for c in held[:LISTED]]}


def duty_notes(shift: Shift) -> list[dict]:
    from frontdesk_gui.core.logbooks import duty_log

    return [{"id": n.id, "time": clock.local_text(n.created_at), "summary": duty_log.summary(n),
             "status": _text(duty_log.STATUSES[n.status])} for n in duty_log.high_priority(shift)]


def cash(shift: Shift) -> dict:
    from frontdesk_gui.core.logbooks import drawer

    return drawer.shift_summary(shift)


def gather(shift: Shift, at: datetime | None = None) -> dict:
    """The whole snapshot of a shift's handover at `at` (now by default)."""
    at = at or clock.now()
    return {"at": clock.local_text(at), "groups": open_groups(at), "cash": cash(shift),
            "deposits": deposits_held(), "duty": duty_notes(shift)}


def custody_lines(content: dict) -> list[dict]:
    """What the incoming operator acknowledges one by one: the cash, the deposits and every group of
    things in the desk's keeping, each with the figure that is handed over."""
    lines = [{"key": CASH, "title": {"zh": "现金清点", "en": "Cash counted"},
              "figure": content["cash"].get("counted"), "money": True}]
    if content["deposits"]["count"]:
        lines.append({"key": DEPOSITS, "title": {"zh": "代收押金", "en": "Deposits held"},
                      "figure": content["deposits"]["count"]})
    lines += [{"key": f"{g['logbook']}:{g['key']}", "title": g["title"], "figure": g["count"]}
              for g in content["groups"] if g["custody"]]
    return lines
