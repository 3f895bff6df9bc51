"""The headless commands through the program's entry: demo, verify (and what it catches), search, backup,
operator add; bad input is one sentence and a non-zero exit; no display is a sentence, not a Qt abort."""

import io
import sqlite3

import pytest

from frontdesk_gui import app
from frontdesk_gui.core import auth
from frontdesk_gui.core.db import close, connect
from frontdesk_gui.core.identity import mask_phone
from frontdesk_gui.core.models import AuditRecord


@pytest.fixture
def run(capsys):
    """Run `frontdesk ARGS`; returns (exit status, stdout, stderr). The command's database is closed after."""
    def run(*args):
        try:
            status = app.main([str(a) for a in args])
        finally:
            close()
        out, err = capsys.readouterr()
        return status, out, err
    return run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "counter.sqlite"
    try:
        assert app.main(["demo", "--db", str(path), "--visitors", "2000", "--seed", "5"]) == 0
    finally:
        close()
    return path


@pytest.fixture
def counter(demo_file, tmp_path):
    """A private copy of the demo file that a test may damage."""
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(demo_file) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def test_demo_draws_a_bar_and_names_the_logins(run, tmp_path):
    status, out, err = run("demo", "--db", tmp_path / "new.sqlite", "--visitors", "300")
    assert status == 0
    assert "[" in err and "100%" in err and "300/300" in err
    assert "300" in out and "admin/admin123" in out


def test_demo_then_verify_passes(run, counter):
    status, out, err = run("verify", "--db", counter)
    assert status == 0, err
    assert "数据库完整性: 正常" in out and "搜索索引: 正常" in out and "审计链: 正常" in out
    assert "全部检查通过" in out


def test_verify_in_english(run, counter):
    status, out, _ = run("--lang", "en", "verify", "--db", counter)
    assert status == 0 and "Audit chain: OK" in out and "All checks passed." in out


def test_an_altered_audit_record_fails_verify(run, counter):
    with sqlite3.connect(counter) as raw:
        raw.execute("UPDATE audit_record SET reason = 'nothing to see' WHERE id = 100")
    status, out, err = run("verify", "--db", counter)
    assert status == 1
    assert "audit record 100" in out
    assert err.strip().startswith("校验未通过(审计链)") and "Traceback" not in err


def test_a_damaged_search_index_fails_verify(run, counter):
    with sqlite3.connect(counter) as raw:
        raw.execute("UPDATE search_idx_content SET c0 = '篡改 tampered' WHERE id = 5")
    status, out, err = run("verify", "--db", counter)
    assert status == 1
    assert "搜索索引: 有问题" in out and "审计链: 正常" in out
    assert "校验未通过(搜索索引)" in err


def test_search_prints_chinese_matches_with_phones_masked(run, counter):
    with sqlite3.connect(counter) as raw:
        entry_id, name, phone = raw.execute(
            "SELECT id, visitor_name, phone FROM visit WHERE phone LIKE '1%' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    status, out, _ = run("search", "--db", counter, name)
    assert status == 0
    line = next(line for line in out.splitlines() if f"#{entry_id}" in line)
    assert line.startswith("来访登记") and name in line
    assert mask_phone(phone) in line and phone not in out


def test_search_with_no_match_says_so(run, counter):
    status, out, _ = run("search", "--db", counter, "囧囧")
    assert status == 0 and "没有找到" in out


def test_operator_add_reads_the_password_from_stdin(run, counter, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    status, out, err = run("operator", "add", "carol", "--role", "supervisor", "--password-stdin",
                           "--display-name", "赵卡罗", "--db", counter)
    assert status == 0, err
    assert "carol" in out
    connect(counter)
    try:
        op = auth.verify_credentials("carol", "s3cret-pass")
        assert (op.role, op.display_name) == (auth.SUPERVISOR, "赵卡罗")
        records = AuditRecord.select().where(AuditRecord.entity == "operator")
        record = records.order_by(AuditRecord.id.desc()).get()
        assert (record.action, record.entity_id, record.actor.username) == ("create", op.id, "system")
    finally:
        close()


def test_operator_add_with_a_short_password_is_one_sentence(run, counter, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("abc\n"))
    status, out, err = run("operator", "add", "dave", "--role", "receptionist", "--password-stdin",
                           "--db", counter)
    assert status == 1 and out == ""
    assert err.strip() == "密码至少 6 位。"


def test_backup_writes_a_checked_copy(run, counter, tmp_path):
    status, out, _ = run("backup", "--db", counter, "--to", tmp_path / "backups")
    assert status == 0
    copies = list((tmp_path / "backups").glob("frontdesk-*-manual.sqlite"))
    assert len(copies) == 1 and str(copies[0]) in out
    with sqlite3.connect(copies[0]) as raw:
        assert raw.execute("SELECT count(*) FROM visit").fetchone()[0] == 2000


@pytest.mark.parametrize("args, words", [
    (("verify", "--db", "missing.sqlite"), "找不到前台文件"),
    (("demo", "--visitors", "lots"), "命令用法不对"),
    (("operator", "add", "erin", "--role", "boss", "--password-stdin"), "命令用法不对"),
    (("search",), "命令用法不对"),
])
def test_bad_input_is_one_sentence_and_a_non_zero_exit(run, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    status, out, err = run(*args)
    assert status != 0 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_no_display_is_a_sentence_not_a_qt_abort(run, monkeypatch, tmp_path):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    status, out, err = run("--db", tmp_path / "counter.sqlite")
    assert status == 2
    assert "xvfb-run -a make run" in err and "QT_QPA_PLATFORM=offscreen" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "counter.sqlite").exists()
