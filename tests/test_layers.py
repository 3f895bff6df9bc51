"""The layer rule: core imports neither PySide6 nor reportlab; reports import no PySide6; ui writes no SQL."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "frontdesk_gui"


def _imports(folder: Path):
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module:
                yield path, node.module


def _offending(folder: str, forbidden: tuple[str, ...]):
    return sorted(
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path, name in _imports(PACKAGE / folder)
        if name.split(".")[0] in forbidden or any(name.startswith(f) for f in forbidden)
    )


def test_core_imports_no_qt_and_no_reportlab():
    assert _offending("core", ("PySide6", "reportlab", "frontdesk_gui.ui", "frontdesk_gui.reports")) == []


def test_reports_import_no_qt():
    assert _offending("reports", ("PySide6", "frontdesk_gui.ui")) == []


def test_ui_writes_no_sql():
    sql_words = ("execute_sql", "peewee", "sqlite3", "SELECT ", "INSERT ", "UPDATE ", "DELETE ")
    hits = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        hits += [f"{path.name}: {w.strip()}" for w in sql_words if w in source]
    assert hits == []
