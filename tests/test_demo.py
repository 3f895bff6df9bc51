"""Demo data: valid IDs, every category's entry rule met, consistent badges and shifts, a whole audit chain,
a sound search index, and names findable by pinyin initials (both the in-place and the two-process load)."""

import json
import random
import shutil
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from pypinyin import Style, lazy_pinyin
from stdnum.cn import ric

from frontdesk_gui.core import audit, auth, badges, clock, demo, demo_loader, search
from frontdesk_gui.core.db import close, connect, database_path, db
from frontdesk_gui.core.db.integrity import check_sqlite
from frontdesk_gui.core.logbooks.visitors import RULES, Visit
from frontdesk_gui.core.models import AuditRecord, Shift


def assert_sound():
    assert check_sqlite(db.obj) == []
    assert search.check() == []
    assert audit.verify_chain() == []


_filled: dict[str, Path] = {}


@pytest.fixture
def residential(database, tmp_path_factory):
    """A residential demo counter: filled once per run, then each test works on its own copy of that file."""
    path = database_path()
    template = _filled.get("residential")
    if template is None:
        demo.fill(visitors=3000, seed=7, kind="residential")
        template = tmp_path_factory.mktemp("demo") / "residential.sqlite"
        db.execute_sql("VACUUM INTO ?", (str(template),))
        _filled["residential"] = template
    else:
        close()
        shutil.copyfile(template, path)
        connect(path)
    return database


def test_every_resident_id_has_a_valid_check_digit(residential):
    numbers = [v.id_number for v in Visit.select().where((Visit.id_type == "resident_id")
                                                          & Visit.id_number.is_null(False))]
    assert len(numbers) > 1000
    for number in set(numbers):
        assert ric.validate(number) == number


def test_resident_id_generator_over_many_draws():
    rng = random.Random(1)
    assert all(ric.is_valid(demo.resident_id(rng)) for _ in range(3000))


def test_each_category_has_what_its_rule_needs(residential):
    categories = {v.category for v in Visit.select(Visit.category).distinct()}
    assert categories == set(demo.CATEGORY_WEIGHTS["residential"])
    for category, rule in RULES.items():
        for need in rule["needs"]:
            field = getattr(Visit, need)
            missing = Visit.select().where((Visit.category == category) & (field.is_null() | (field == "")))
            assert missing.count() == 0, (category, need)


def test_history_on_site_unknown_residents_and_voids(residential):
    statuses = {s: Visit.select().where(Visit.status == s).count() for s in ("left", "on_site", "voided")}
    assert statuses["left"] > 2800 and statuses["on_site"] >= 10 and statuses["voided"] >= 1
    assert Visit.select().where(Visit.category == "unknown_resident").count() > 50
    assert Visit.select().where(Visit.host_unit.contains("单元")).count() > 1000
    assert Visit.select().where(Visit.plate.startswith("粤")).count() > 50
    left = Visit.select().where(Visit.status == "left")
    assert all(v.time_out >= v.time_in for v in left)
    assert Shift.select().where(Shift.closed_at.is_null()).count() == 1
    imports = AuditRecord.select().where(AuditRecord.action == "import")
    assert sum(json.loads(r.after)["count"] for r in imports) == 3000 - 12  # the history, as bulk imports
    assert all(r.actor.system for r in imports)
    oldest = Visit.select().order_by(Visit.id).first()
    assert [r.action for r in audit.history("visitors", oldest.id)] == ["import"]


def test_a_badge_is_with_one_visitor_at_a_time(residential):
    held = defaultdict(list)
    for v in Visit.select().where(Visit.badge_no.is_null(False)).order_by(Visit.time_in):
        held[v.badge_no].append(v)
    assert held
    for visits in held.values():
        for before, after in zip(visits, visits[1:], strict=False):
            assert before.time_out is not None and before.time_out <= after.time_in
    for v in Visit.select().where((Visit.status == "on_site") & Visit.badge_no.is_null(False)):
        badge = badges.Badge.get(badges.Badge.number == v.badge_no)
        assert (badge.state, badge.visit_id) == (badges.OUT, v.id)


def test_audit_chain_index_and_file_are_sound(residential):
    assert_sound()


def test_a_demo_name_is_found_by_its_pinyin_initials(residential):
    newest = Visit.select().order_by(Visit.id.desc()).first()
    initials = "".join(lazy_pinyin(newest.visitor_name, style=Style.FIRST_LETTER))
    assert ("visitors", newest.id) in search.search(initials)
    assert ("visitors", newest.id) in search.search(newest.visitor_name)


def test_demo_operators_can_log_in(residential):
    for username, password, role, display_name in demo.DEMO_OPERATORS:
        op = auth.verify_credentials(username, password)
        assert (op.role, op.display_name) == (role, display_name)


def test_helper_process_load_gives_the_same_soundness(database, monkeypatch):
    monkeypatch.setattr(demo_loader, "PARALLEL_FROM", 0)
    demo.fill(visitors=1500, seed=2)
    assert Visit.select().count() == 1500
    assert_sound()
    newest = Visit.select().where(Visit.status == "left").order_by(Visit.id.desc()).first()
    assert ("visitors", newest.id) in search.search(newest.visitor_name, limit=500)
    with sqlite3.connect(database_path()) as raw:  # the scratch file is detached, the journal is WAL again
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert [r[1] for r in raw.execute("PRAGMA database_list")] == ["main"]


def test_a_second_fill_appends_and_keeps_the_chain(database):
    demo.fill(visitors=600, seed=1)
    demo.fill(visitors=600, seed=2)
    assert Visit.select().count() == 1200
    assert_sound()


def test_the_roster_holds_the_hosts_for_autocomplete(residential):
    from frontdesk_gui.core import directory
    from frontdesk_gui.core.logbooks.visitors import Visit

    residents = directory.listing("resident")
    assert len(residents) > 100
    hosts = {(v.host_name, v.host_unit) for v in Visit.select(Visit.host_name, Visit.host_unit)}
    assert sum((r.name, r.unit) in hosts for r in residents) > 50  # the people visitors come to see
    sample = residents[17]
    assert any(s.id == sample.id for s in directory.suggest(sample.unit, ("resident",), limit=50))


def test_a_history_visit_shows_the_bulk_import_that_made_it(residential, qtbot):
    from frontdesk_gui.core.logbooks import visitors
    from frontdesk_gui.ui.history_panel import HistoryPanel

    panel = HistoryPanel(visitors.SPEC)
    qtbot.addWidget(panel)
    oldest = Visit.select().order_by(Visit.id).first()
    panel.show_entry(oldest.id)
    assert panel.tree.topLevelItemCount() == 1
    text = panel.tree.topLevelItem(0).text(2)
    assert "Imported (1–" in text and "demo" in text
    assert panel.tree.topLevelItem(0).text(1) == "系统 System"


def test_the_duty_log_has_notes_followed_up_and_some_still_open(residential):
    from frontdesk_gui.core import handover
    from frontdesk_gui.core.logbooks import duty_log

    notes = list(duty_log.DutyNote.select())
    assert len(notes) >= 5
    assert {n.status for n in notes} >= {duty_log.NOTED, duty_log.DONE}
    for note in notes:
        assert note.shift_id is not None and note.created_by_id is not None
        if note.status == duty_log.DONE:
            assert note.done_at > note.created_at and note.done_note
    still_open = {n.id for n in notes if n.status == duty_log.FOLLOW_UP}
    groups = {(g["logbook"], g["key"]): g for g in handover.open_groups(clock.now())}
    listed = {e["id"] for e in groups.get(("duty_log", "follow_up"), {"entries": []})["entries"]}
    assert listed == still_open
