"""Who is acting: every service takes a Ctx so that permissions and the audit see the same person."""

from __future__ import annotations

from dataclasses import dataclass, replace

from frontdesk_gui.core.models import Operator, Shift


@dataclass(frozen=True)
class Ctx:
    operator: Operator
    shift: Shift | None = None
    # A supervisor who typed their password to approve one action at the counter.
    authorised_by: Operator | None = None

    def with_authorisation(self, supervisor: Operator) -> Ctx:
        return replace(self, authorised_by=supervisor)
