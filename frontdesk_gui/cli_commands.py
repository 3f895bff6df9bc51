"""What each headless command does (cli.py parses the command line and turns errors into sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

from frontdesk_gui.cli import ProgressBar, counter_path, fail, open_counter, validation_sentence
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.text import Text, language, tr


def demo(args) -> int:
    """Fill the counter file (created if new) with realistic demo data; a progress bar on stderr."""
    from frontdesk_gui.core import auth, demo, settings
    from frontdesk_gui.core.context import Ctx

    path = open_counter(args, create=True)
    if args.kind and args.kind != settings.get("counter.kind"):
        settings.put(Ctx(auth.system_actor()), "counter.kind", args.kind)
    bar = ProgressBar(sys.stderr)
    count = demo.fill(visitors=args.visitors, seed=args.seed, progress=bar)
    seconds = bar.finish()
    logins = ", ".join(f"{username}/{password}" for username, password, _, _ in demo.DEMO_OPERATORS)
    print(Text(f"已在 {path} 生成 {count} 条来访记录,用时 {seconds:.1f} 秒。演示账号(登录名/密码):{logins}",
               f"Wrote {count} visits to {path} in {seconds:.1f} s. Demo logins (name/password): {logins}"))
    return 0


def verify(args) -> int:
    """SQLite's integrity, the search index's own check and the audit chain; each printed as checked."""
    from frontdesk_gui.core import health

    path = open_counter(args, migrate=False)  # checking a file must not upgrade it
    print(Text(f"正在检查 {path}", f"Checking {path}"))
    findings = health.run()
    for finding in findings:
        print(f"  {finding.check}: {tr('正常', 'OK') if finding.ok else tr('有问题', 'PROBLEM')}")
        for problem in finding.problems:
            print(f"    - {problem}")
    if len(findings) == 1 and not findings[0].ok:
        print(tr("  搜索索引和审计链未检查:数据库文件本身已损坏。",
                 "  Search index and audit chain not checked: the file itself is damaged."))
    failed = [finding for finding in findings if not finding.ok]
    if failed:
        names = ("、" if language() == "zh_CN" else ", ").join(str(f.check) for f in failed)
        return fail(Text(f"校验未通过({names}):请从备份恢复,或联系管理员。",
                         f"Verification failed ({names}): restore a backup or call your administrator."))
    print(tr("全部检查通过。", "All checks passed."))
    return 0


def backup(args) -> int:
    """An online, integrity-checked copy of the counter file (the same as the window's manual backup)."""
    from frontdesk_gui.core.db import backup as backups

    path = counter_path(args)
    if not path.is_file():
        raise FrontdeskError(Text(f"找不到前台文件 {path}。", f"There is no counter file at {path}."))
    folder = Path(args.to).expanduser() if args.to else backups.default_backup_dir(path)
    target = backups.backup_now(path, folder, kind="manual")
    print(Text(f"已备份到 {target}", f"Backed up to {target}"))
    return 0


def search(args) -> int:
    """Matches of every logbook, newest first: logbook, number, summary, with phone and ID masked."""
    from frontdesk_gui.core import search, spec
    from frontdesk_gui.core.identity import mask_id, mask_phone

    open_counter(args)
    masks = {"masked_phone": mask_phone, "masked_id": mask_id}
    found = 0
    for logbook, entry_id in search.search(args.text, limit=args.limit):
        try:
            book = spec.get(logbook)
        except KeyError:
            continue  # a logbook this version does not know
        entry = book.model.get_or_none(book.model.id == entry_id)
        if entry is None:
            continue
        numbers = [f"{column.title} {masks[column.kind](getattr(entry, column.field))}"
                   for column in book.columns if column.kind in masks and getattr(entry, column.field, None)]
        print("  ".join([f"{book.title}", f"#{entry_id}", book.summary(entry), *numbers]))
        found += 1
    if not found:
        print(Text(f"没有找到“{args.text}”。", f"Nothing matches “{args.text}”."))
    return 0


def operator_add(args) -> int:
    """An admin action done by the system actor: the new operator's password comes from stdin."""
    from frontdesk_gui.core import auth
    from frontdesk_gui.core.context import Ctx

    open_counter(args)
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        op = auth.add_operator(Ctx(auth.system_actor()), args.name, args.display_name or args.name, args.role,
                               password)
    except ValidationError as error:
        return fail(validation_sentence(error))
    title = auth.ROLE_TITLES[op.role]
    print(Text(f"已添加操作员 {op.username}({title.zh})。", f"Added operator {op.username} ({title.en})."))
    return 0


def report_monthly(args) -> int:
    """The monthly report of a calendar month as a PDF file, produced by the system actor."""
    from frontdesk_gui.core import auth, monthly
    from frontdesk_gui.reports.monthly_report import render_monthly

    open_counter(args)
    try:
        report = monthly.gather(args.month, produced_by=auth.system_actor().display_name)
    except ValidationError as error:
        return fail(validation_sentence(error))
    target = Path(args.output).expanduser()
    target.write_bytes(render_monthly(report))
    print(Text(f"已将 {args.month} 月度报告写入 {target}", f"Wrote the monthly report of {args.month} to {target}"))
    return 0


def export(args) -> int:
    """A logbook's entries made in a month, void ones too, to .xlsx or .csv; numbers masked as on screen."""
    from frontdesk_gui.core import auth, export
    from frontdesk_gui.core.context import Ctx

    try:
        logbook = export.logbook_named(args.logbook)
        query = export.month_query(logbook, args.month)
    except ValidationError as error:
        return fail(validation_sentence(error))
    open_counter(args)
    target = Path(args.output).expanduser()
    bar = ProgressBar(sys.stderr)
    try:
        written = export.export(query, target, ctx=Ctx(auth.system_actor()), progress=bar)
    except ValidationError as error:
        return fail(validation_sentence(error))
    bar.finish()
    print(Text(f"已将{logbook.title.zh} {args.month} 的 {written} 条记录导出到 {target}",
               f"Wrote {written} entries of {logbook.title.en}, {args.month}, to {target}"))
    return 0
