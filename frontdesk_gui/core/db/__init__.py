"""The one database entry point. What only SQLite has (pragmas, backup, integrity) stays in this package."""

from frontdesk_gui.core.db.connection import close, connect, database_path, db, default_db_path

__all__ = ["close", "connect", "database_path", "db", "default_db_path"]
