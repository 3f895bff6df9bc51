"""One module per logbook; importing this package registers every logbook's spec, in tab order."""

from frontdesk_gui.core.logbooks import visitors  # noqa: F401

MODELS = [visitors.Visit]
