"""Errors that reach a person carry a sentence in both languages, never a stack trace."""

from __future__ import annotations

from frontdesk_gui.core.text import Text


class FrontdeskError(Exception):
    def __init__(self, message: Text):
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class ValidationError(FrontdeskError):
    """Bad input; `errors` maps a field name to the sentence shown next to that field."""

    def __init__(self, errors: dict[str, Text]):
        first = next(iter(errors.values()))
        super().__init__(first)
        self.errors = errors


class PermissionDenied(FrontdeskError):
    """The operator's role does not allow the action (checked in services, not only in the UI)."""


class NeedsAuthorisation(PermissionDenied):
    """A supervisor at the counter may approve this one action with their password."""


class AuthError(FrontdeskError):
    """Login failed, account locked or inactive."""


class StateError(FrontdeskError):
    """The entry's status does not allow the action (e.g. checking out twice)."""
