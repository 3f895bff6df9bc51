"""Headless commands: demo data, verify, backup, search, exports and adding an operator, without a window.

They act as the named system actor (audited like anyone) and answer bad input or a failed check with one
sentence on stderr and a non-zero exit, never a traceback. Messages follow `--lang` (core.text).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

import peewee

from frontdesk_gui.core.db import connect, default_db_path
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.text import LANGUAGES, Text, set_language, tr

FAILED, USAGE_ERROR = 1, 2


class UsageError(Exception):
    """argparse's complaint, turned into one sentence instead of its usage dump and exit."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def environment_language() -> str:
    """The language of the user's locale when no --lang is given: English only if the locale says so."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.startswith("en") else "zh_CN"
    return "zh_CN"


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number: {text}")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="frontdesk", description="Frontdesk: the reception counter's logbooks.")
    parser.add_argument("--db", help="the counter file (default: the user's counter file)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages and of the window")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start on a throw-away counter, show the main window, report and quit (checks a build)")
    # On the commands too, without defaults that would overwrite the ones given before the command.
    common = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--db", help="the counter file (default: the user's counter file)")
    common.add_argument("--lang", choices=LANGUAGES, help="language of the messages")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = commands.add_parser("demo", parents=[common], help="fill the counter file with demo data")
    demo.add_argument("--visitors", type=_count, default=10_000, help="how many visits (default 10000)")
    demo.add_argument("--seed", type=_count, default=0, help="the same seed gives the same data")
    demo.add_argument("--kind", choices=("office", "residential"), help="office building or residential")
    commands.add_parser("verify", parents=[common], help="check the file, search index and audit chain")
    backup = commands.add_parser("backup", parents=[common], help="copy the counter file into a folder")
    backup.add_argument("--to", help="the folder (default: backups/ next to the file)")
    search = commands.add_parser("search", parents=[common], help="find entries by name, pinyin, phone, room")
    search.add_argument("text", help="what to look for: 张伟, zw, 5678, 1203")
    search.add_argument("--limit", type=_count, default=50, help="at most this many (default 50)")
    report = commands.add_parser("report", help="print a report to a PDF file")
    reports = report.add_subparsers(dest="report", required=True, parser_class=_Parser)
    monthly = reports.add_parser("monthly", parents=[common], help="the monthly report of a calendar month")
    monthly.add_argument("month", help="the month, written 2026-11")
    monthly.add_argument("-o", "--output", required=True, help="the PDF file to write")
    export = commands.add_parser("export", parents=[common],
                                 help="write a logbook's entries of a month to an Excel or CSV file")
    export.add_argument("logbook", help="the logbook's key: visitors, parcels, key_loans, ...")
    export.add_argument("month", help="the month the entries were made, written 2026-11")
    export.add_argument("-o", "--output", required=True, help="the file to write: .xlsx or .csv")
    operator = commands.add_parser("operator", help="manage operators")
    actions = operator.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = actions.add_parser("add", parents=[common], help="add an operator (password read from stdin)")
    add.add_argument("name", help="the login name")
    add.add_argument("--role", required=True, choices=("receptionist", "supervisor", "admin"))
    add.add_argument("--display-name", help="the name shown and printed (default: the login name)")
    add.add_argument("--password-stdin", action="store_true", required=True,
                     help="read the password from the first line of standard input")
    return parser


def parse(argv: list[str]) -> argparse.Namespace | None:
    """The parsed arguments, or None after printing the usage error as one sentence."""
    try:
        return build_parser().parse_args(argv)
    except UsageError as error:
        set_language(_language_in(argv) or environment_language())
        print(Text(f"命令用法不对:{error}(用 frontdesk --help 查看用法)",
                   f"Wrong usage: {error} (see frontdesk --help)"), file=sys.stderr)
        return None


def _language_in(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else None
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1] if arg.split("=", 1)[1] in LANGUAGES else None
    return None


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; exit status 0 when it did what was asked."""
    set_language(getattr(args, "lang", None) or environment_language())
    from frontdesk_gui import cli_commands

    command = {"demo": cli_commands.demo, "verify": cli_commands.verify, "backup": cli_commands.backup,
               "search": cli_commands.search, "operator": cli_commands.operator_add,
               "report": cli_commands.report_monthly, "export": cli_commands.export}[args.command]
    try:
        return command(args)
    except FrontdeskError as error:
        return fail(error.message)
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        return fail(Text(f"数据库出错:{error}", f"Database error: {error}"))
    except OSError as error:
        return fail(Text(f"文件操作失败:{error}", f"File error: {error}"))
    except RuntimeError as error:
        return fail(Text(f"操作失败:{error}", f"Failed: {error}"))
    except KeyboardInterrupt:
        return fail(tr("已中断。", "Interrupted."))


def fail(message: Text | str) -> int:
    print(message, file=sys.stderr)
    return FAILED


def counter_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_counter(args: argparse.Namespace, *, create: bool = False, migrate: bool = True) -> Path:
    """Open the counter file; only `demo` may create one (a typo must not make an empty counter)."""
    path = counter_path(args)
    if not create and not path.is_file():
        raise FrontdeskError(Text(f"找不到前台文件 {path}。", f"There is no counter file at {path}."))
    connect(path, migrate=migrate)
    return path


def validation_sentence(error: ValidationError) -> Text:
    messages = list(dict.fromkeys(error.errors.values()))
    return Text("".join(m.zh for m in messages), " ".join(m.en for m in messages))


class ProgressBar:
    """A plain-text bar on stderr, redrawn in place at most five times a second."""

    def __init__(self, stream=None, width: int = 30):
        self.stream, self.width = stream or sys.stderr, width
        self.started = self.drawn = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.drawn < 0.2 and done < total:
            return
        self.drawn = now
        share = done / total if total else 1.0
        filled = int(share * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {share:4.0%} {done}/{total} {now - self.started:5.1f} s")
        self.stream.flush()

    def finish(self) -> float:
        self.stream.write("\n")
        self.stream.flush()
        return time.monotonic() - self.started
