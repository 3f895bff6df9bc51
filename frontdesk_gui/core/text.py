"""Bilingual text for what core says to people (titles, validation sentences).

Core has no Qt, so it cannot use Qt Linguist; each sentence is written once in both languages
and `str()` picks the language chosen at start (`set_language`).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("zh_CN", "en")
_language = "zh_CN"


def set_language(code: str) -> None:
    global _language
    _language = "en" if code.startswith("en") else "zh_CN"


def language() -> str:
    return _language


@dataclass(frozen=True)
class Text:
    zh: str
    en: str

    def __str__(self) -> str:
        return self.en if _language == "en" else self.zh

    def format(self, **values) -> Text:
        return Text(self.zh.format(**values), self.en.format(**values))


def tr(zh: str, en: str) -> Text:
    return Text(zh, en)
