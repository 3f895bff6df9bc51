"""The one QApplication: names for QSettings, the bundled Chinese font, the UI language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import text
from frontdesk_gui.core.paths import asset
from frontdesk_gui.ui import refcount_guard

ORGANISATION = APPLICATION = "Frontdesk"
FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")

_translators: list[QTranslator] = []
_font_families: list[str] = []


def ui_language(lang: str | None) -> str:
    """'zh_CN' or 'en': the one asked for, else the system's (a Chinese locale -> Chinese)."""
    code = lang or QLocale.system().name()
    return "zh_CN" if code.lower().startswith("zh") else "en"


def register_font() -> list[str]:
    """Add the bundled WenQuanYi Micro Hei once: without it a bare machine draws Chinese as boxes."""
    if not _font_families:
        font_id = QFontDatabase.addApplicationFont(str(asset(*FONT_FILE)))
        if font_id >= 0:
            _font_families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _font_families


def _install_translations(app: QApplication, lang: str) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    candidates = [(asset("resources", "translations"), f"frontdesk_{lang}")]
    if lang != "en":
        # Qt's own strings (OK / Cancel in standard dialogs, the calendar popup).
        candidates.append((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)


def make_app(lang: str | None = None) -> QApplication:
    """Create (or reuse) the QApplication, with the bundled font as fallback and the language set."""
    refcount_guard.apply()
    app = QApplication.instance() or QApplication(sys.argv)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    code = ui_language(lang)
    text.set_language(code)
    QLocale.setDefault(QLocale("zh_CN" if code == "zh_CN" else "en_GB"))
    families = register_font()
    if families:
        font = QFont(app.font())
        # The system UI font first for Latin, then the bundled one for whatever it lacks (Chinese).
        font.setFamilies([font.family(), families[0]])
        app.setFont(font)
    _install_translations(app, code)
    return app
