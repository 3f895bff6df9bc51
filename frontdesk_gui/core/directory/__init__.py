"""The directory (公司名册 / 业主档案): companies, residents and staff, for hosts and mail recipients.

Import from here; the import of CSV / Excel files is core.directory_import.
"""

from frontdesk_gui.core.directory.models import (
    FIELDS,
    KINDS,
    MODELS,
    RESIDENT_ROLES,
    Company,
    DirectoryEntry,
    Resident,
    Staff,
    kind_of,
)
from frontdesk_gui.core.directory.service import add, check, deactivate, get, listing, update
from frontdesk_gui.core.directory.suggest import Suggestion, as_suggestion, suggest

__all__ = [
    "FIELDS", "KINDS", "MODELS", "RESIDENT_ROLES", "Company", "DirectoryEntry", "Resident", "Staff",
    "Suggestion", "add", "as_suggestion", "check", "deactivate", "get", "kind_of", "listing", "suggest",
    "update",
]
