"""The program's entry: `frontdesk` opens the window, `frontdesk COMMAND` runs a headless command (cli.py).

Qt is imported only when the window is started, so the headless commands work on a server without
PySide6's display libraries, and a missing display is a sentence instead of a Qt abort.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

from frontdesk_gui import cli
from frontdesk_gui.core.text import Text, set_language

NO_DISPLAY = Text(
    "没有可用的图形显示(未设置 DISPLAY 或 WAYLAND_DISPLAY):请在桌面里运行,或在虚拟屏幕上运行"
    "(例如 `xvfb-run -a make run`),只想冒烟测试可设 QT_QPA_PLATFORM=offscreen。",
    "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it from a"
    " desktop, or on a virtual screen with `xvfb-run -a make run`, or set QT_QPA_PLATFORM=offscreen for a"
    " smoke test.",
)


def has_display() -> bool:
    """Windows and macOS always have one; elsewhere Qt needs X11, Wayland or an explicit platform plugin."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    """`frontdesk [--db PATH] [--lang zh_CN|en]` starts the window; `frontdesk COMMAND ...` runs a command."""
    multiprocessing.freeze_support()  # the demo loader's indexing process, in a frozen (PyInstaller) build
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args is None:
        return cli.USAGE_ERROR
    if args.command:
        return cli.run(args)
    set_language(args.lang or cli.environment_language())
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return cli.USAGE_ERROR
    if args.smoke_test:
        from frontdesk_gui.ui.smoke import smoke_test

        return smoke_test(args.lang or "zh_CN")  # the Chinese translation must be in the build too
    from frontdesk_gui.ui.gui_main import run_gui

    # Without --db the window picks the counter itself: the one used last, the default file, or first start.
    return run_gui(Path(args.db).expanduser() if args.db else None, args.lang)
