"""The Chinese UI is complete: every message of frontdesk_zh_CN.ts is translated with its placeholders and
accelerators kept, every tr() string in the sources is in it, and the compiled .qm translates at run time.

A failure here usually means: run `python -m frontdesk_gui.i18n_build --update`, then translate the new
messages in resources/translations/frontdesk_zh_CN.ts (Qt Linguist, or by hand) and remove type="unfinished".
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from frontdesk_gui import i18n_build

ZH_TS = i18n_build.TRANSLATIONS / "frontdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
# "&File" -> "文件(&F)": an accelerator is "&" before anything but a space or another "&" ("&&" is a literal &).
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation> element) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a %n message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_chinese_message_is_finished_and_keeps_placeholders():
    problems = []
    for context, source, translation in messages(ZH_TS):
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        for text in texts(translation):
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"{where}: the &-accelerator is missing in {text!r}")
    assert not problems, "\n".join(problems)


def test_every_source_string_is_in_the_chinese_file(tmp_path):
    """A fresh scan of the sources (the same list the build uses) into a scratch .ts finds nothing new."""
    scanned = tmp_path / "scan_zh_CN.ts"
    i18n_build.lupdate(scanned, "zh_CN")
    committed = {(context, source) for context, source, _ in messages(ZH_TS)}
    missing = sorted({(context, source) for context, source, _ in messages(scanned)} - committed)
    assert not missing, "Not in frontdesk_zh_CN.ts (run i18n_build --update and translate them):\n" + "\n".join(
        f"{context}: {source!r}" for context, source in missing)


def _wrapped_translations(path: Path) -> list[str]:
    """Lines where tr()/translate() is handed a function's own parameter: lupdate reads only literal strings,
    so the strings that callers pass to such a wrapper never reach the .ts and stay English."""
    found = []
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs)}
        for call in ast.walk(function):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "attr", getattr(call.func, "id", None))
            index = {"tr": 0, "translate": 1}.get(name)
            if index is not None and len(call.args) > index:
                text = call.args[index]
                if isinstance(text, ast.Name) and text.id in params:
                    found.append(f"{path.relative_to(i18n_build.ROOT)}:{call.lineno} {function.name}()")
    return found


def test_no_wrapper_hides_strings_from_lupdate():
    """Write QCoreApplication.translate("Context", "text") at the call, or mark the strings with
    QT_TRANSLATE_NOOP("Context", "text") where they are listed."""
    sources = [i18n_build.ROOT / s for s in i18n_build.sources() if s.endswith(".py")]
    wrappers = [line for path in sources for line in _wrapped_translations(path)]
    assert not wrappers, "lupdate cannot see the strings passed to:\n" + "\n".join(wrappers)


@pytest.fixture
def translator(qapp, tmp_path):
    """Compile a .ts into tmp_path and install it, removed afterwards: the other tests expect the source text."""
    installed = []

    def install(ts: Path) -> QTranslator:
        qm = tmp_path / ts.with_suffix(".qm").name
        i18n_build.lrelease(ts, qm)
        loaded = QTranslator()
        assert loaded.load(str(qm)), qm
        qapp.installTranslator(loaded)
        installed.append(loaded)
        return loaded

    yield install
    for loaded in installed:
        qapp.removeTranslator(loaded)


def test_compiled_chinese_translates_menus_and_plurals(translator):
    translator(ZH_TS)
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("visitor_form", "Visitor name") == "访客姓名"
    assert QCoreApplication.translate("ImportDialog", "Import %n row(s)", "", 3) == "导入 3 行"


def test_compiled_english_shows_the_source_text_with_english_plurals(translator):
    translator(i18n_build.TRANSLATIONS / "frontdesk_en.ts")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("ImportDialog", "Import %n row(s)", "", 1) == "Import 1 row"
    assert QCoreApplication.translate("ImportDialog", "Import %n row(s)", "", 3) == "Import 3 rows"
