"""The schema ladder: a version-1 counter file is brought up to the newest schema, keeping its data."""

import pytest

from frontdesk_gui.core import auth, search, shift
from frontdesk_gui.core.db import close, connect, migrations
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.logbooks import visitors


def test_empty_version_1_database_migrates_to_latest(tmp_path, frozen):
    path = tmp_path / "old.sqlite"
    database = connect(path, migrate=False)
    assert migrations.migrate(database, target=1) == 1
    assert not database.table_exists("visit") and database.table_exists("operator")
    auth.create_first_admin("admin", "管理员", "admin-pass")  # data written under version 1
    close()

    database = connect(path)
    assert migrations.current_version(database) == migrations.LATEST
    assert database.table_exists("visit") and database.table_exists("search_idx")
    ctx = shift.login("admin", "admin-pass")
    visit = visitors.check_in(ctx, visitor_name="张伟", category="company_leader")
    assert search.search("张伟") == [("visitors", visit.id)]
    close()


def test_each_step_runs_once(tmp_path, frozen):
    database = connect(tmp_path / "c.sqlite")
    assert migrations.migrate(database) == migrations.LATEST
    versions = [row[0] for row in database.execute_sql("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, migrations.LATEST + 1))
    close()


def test_a_newer_file_is_refused_with_a_sentence(tmp_path, frozen):
    database = connect(tmp_path / "n.sqlite")
    database.execute_sql("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                         (migrations.LATEST + 1, "2030-01-01 00:00:00.000000"))
    close()
    with pytest.raises(FrontdeskError, match="更新版本"):
        connect(tmp_path / "n.sqlite")
    close()
