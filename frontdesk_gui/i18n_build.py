"""Build the Qt translations: update the .ts sources from the code and .ui files, compile them to .qm.

`python -m frontdesk_gui.i18n_build` compiles (make run / make test / make dist do this);
`python -m frontdesk_gui.i18n_build --update` also rescans the sources with pyside6-lupdate first.
The .qm files are built, never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (make test / make run do this).")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "frontdesk_gui" / "ui").rglob("*.py")) + sorted((ROOT / "forms_ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path, lang: str) -> str:
    """Merge the sources' strings into `ts` (created if missing); return lupdate's summary.

    No source locations: line numbers would change the .ts on every unrelated edit. Strings that left the code
    are dropped (-no-obsolete); a string whose text changed comes back unfinished."""
    done = subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete",
                           "-locations", "none", "-source-language", "en", "-target-language", lang],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def update() -> None:
    for lang in LANGUAGES:
        print(lupdate(TRANSLATIONS / f"frontdesk_{lang}.ts", lang))


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def release() -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("frontdesk_*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        built.append(ts.with_suffix(".qm"))
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rescan the sources into the .ts files first")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.update:
        update()
    for qm in release():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
