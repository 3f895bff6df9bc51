"""The Qt user interface: the main window, the generic logbook tab, table models and dialogs.

Nothing here builds SQL; it calls core functions (core.paging for table pages)."""
