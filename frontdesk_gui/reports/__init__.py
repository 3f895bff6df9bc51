"""ReportLab only: plain data in -> PDF bytes out. Imports no PySide6."""
