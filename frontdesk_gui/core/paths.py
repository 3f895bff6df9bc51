"""Where the program keeps its files and finds its assets, from the source tree or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Frontdesk"


def user_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def asset(*parts: str) -> Path:
    """A file under resources/ or forms_ui/, e.g. asset('resources', 'fonts', 'wqy-microhei.ttc')."""
    return project_root().joinpath(*parts)
