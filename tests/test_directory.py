"""The directory: adding, checks, duplicates, changes, deactivation, and suggest() for autocomplete."""

import pytest

from frontdesk_gui.core import audit, auth, directory, shift
from frontdesk_gui.core.db import migrations
from frontdesk_gui.core.errors import NeedsAuthorisation, PermissionDenied, StateError, ValidationError
from frontdesk_gui.core.models import AuditRecord


@pytest.fixture
def lead(supervisor):
    return shift.login("lead", "lead-pass")


@pytest.fixture
def filled(lead):
    return {
        "李娜": directory.add(lead, "resident", name="李娜", unit="3栋1203", role="业主",
                            phone="13812345678"),
        "林小明": directory.add(lead, "resident", name="林小明", unit="5栋808", role="tenant",
                             phone="13900001111"),
        "华信": directory.add(lead, "company", name="深圳市华信科技有限公司", floor="12", room="1201",
                            phone="0755-86001234"),
        "张伟": directory.add(lead, "staff", name="张伟", department="工程部", work_id="e1023"),
    }


def names(query, **kw):
    return [s.name for s in directory.suggest(query, **kw)]


def test_migration_creates_the_three_tables(database):
    assert migrations.current_version(database) == migrations.LATEST
    for table in ("directory_company", "directory_resident", "directory_staff"):
        assert database.table_exists(table)


@pytest.mark.parametrize("query, expected", [
    ("李", ["李娜"]), ("娜", ["李娜"]), ("ln", ["李娜"]), ("lina", ["李娜"]), ("LN", ["李娜"]),
    ("lxm", ["林小明"]), ("1203", ["李娜"]), ("808", ["林小明"]), ("5678", ["李娜"]), ("0000", ["林小明"]),
    ("华信", ["深圳市华信科技有限公司"]), ("hxkj", ["深圳市华信科技有限公司"]),
    ("1201", ["深圳市华信科技有限公司"]),
    ("zw", ["张伟"]), ("e10", ["张伟"]), ("3栋", ["李娜"]), ("5栋8", ["林小明"]),
    ("li 1203", ["李娜"]), ("li 808", ["林小明"]), ("zhang 808", []),
    ("１２０３", ["李娜"]), ("", []), ("，。", []),
])
def test_suggest_fragments(filled, query, expected):
    assert names(query) == expected


def test_suggestion_label_and_masked_phone(filled):
    [hit] = directory.suggest("李娜")
    assert (hit.kind, hit.id, hit.label) == ("resident", filled["李娜"].id, "李娜 · 3栋1203 · 业主")
    assert hit.unit == "3栋1203" and hit.phone_masked == "138****5678" and hit.company == ""
    [company] = directory.suggest("华信")
    assert company.label == "深圳市华信科技有限公司 · 12层 1201" and company.company == company.name
    assert directory.suggest("张伟")[0].label == "张伟 · 工程部 · 工号 E1023"


def test_suggest_limits_kinds_and_ranks_the_name_first(lead, filled):
    directory.add(lead, "company", name="李记贸易", floor="3", room="301")
    assert names("李", kinds=("resident",)) == ["李娜"]
    assert set(names("李")) == {"李娜", "李记贸易"}
    directory.add(lead, "resident", name="王李", unit="1-101")
    assert names("李", kinds=("resident",))[0] == "李娜"  # starts with 李 before merely containing it
    assert len(directory.suggest("1", limit=2)) == 2


def test_deactivated_entries_are_not_suggested_but_kept(lead, filled):
    directory.deactivate(lead, filled["李娜"], "已搬走")
    assert names("李") == []
    assert directory.get("resident", filled["李娜"].id).active is False
    assert [e.name for e in directory.listing("resident", include_inactive=True)] == ["李娜", "林小明"]
    assert [e.name for e in directory.listing("resident")] == ["林小明"]
    assert audit.history("resident", filled["李娜"].id)[-1].reason == "已搬走"
    with pytest.raises(StateError):
        directory.deactivate(lead, filled["李娜"], "再次")
    # Someone new in the unit may now be added under the same name.
    directory.add(lead, "resident", name="李娜", unit="3栋1203")


def test_deactivate_needs_a_reason(lead, filled):
    with pytest.raises(ValidationError):
        directory.deactivate(lead, filled["张伟"], " ")


def test_checks_give_a_sentence_per_field(lead):
    with pytest.raises(ValidationError) as caught:
        directory.add(lead, "resident", name=" ", unit="", role="房客", phone="138123456789")
    assert set(caught.value.errors) == {"name", "unit", "role", "phone"}
    assert str(caught.value.errors["name"]) == "请填写住户姓名。"
    with pytest.raises(ValidationError) as caught:
        directory.add(lead, "company", name="空楼层公司")
    assert "room" in caught.value.errors


def test_input_is_tidied(lead):
    entry = directory.add(lead, "resident", name=" 李　娜 ", unit="3栋 １２０３", phone="138 1234 5678")
    assert (entry.name, entry.unit, entry.phone) == ("李娜", "3栋1203", "13812345678")


def test_duplicates_are_refused(lead, filled):
    with pytest.raises(ValidationError, match="名册中已有"):
        directory.add(lead, "resident", name="李娜", unit="3栋1203")
    with pytest.raises(ValidationError) as caught:
        directory.add(lead, "staff", name="张小伟", work_id="E1023")
    assert "work_id" in caught.value.errors
    directory.add(lead, "resident", name="李娜", unit="6栋101")  # a namesake elsewhere is not a duplicate


def test_update_is_audited_and_changes_what_is_suggested(lead, filled):
    entry = directory.update(lead, filled["李娜"], unit="3栋1205", phone="13812340000")
    assert names("1205") == ["李娜"] and names("1203") == []
    last = audit.history("resident", entry.id)[-1]
    assert last.action == "update" and "3栋1203" in last.before and "3栋1205" in last.after
    assert "13812340000" not in last.after and "138****0000" in last.after
    with pytest.raises(ValidationError):
        directory.update(lead, entry, unit="3栋1205")  # nothing changed
    with pytest.raises(ValidationError, match="名册中已有"):
        directory.update(lead, filled["林小明"], name="李娜", unit="3栋1205")
    assert audit.verify_chain() == []


def test_receptionist_needs_a_supervisor(receptionist_ctx, supervisor):
    with pytest.raises(NeedsAuthorisation):
        directory.add(receptionist_ctx, "company", name="新公司", room="901")
    approved = auth.authorise(receptionist_ctx, "lead", "lead-pass", "add company")
    entry = directory.add(approved, "company", name="新公司", room="901")
    record = AuditRecord.get((AuditRecord.entity == "company") & (AuditRecord.entity_id == entry.id))
    assert record.authorised_by_id == supervisor.id


def test_receptionist_cannot_deactivate(receptionist_ctx, lead, filled):
    with pytest.raises(PermissionDenied):
        directory.deactivate(receptionist_ctx, filled["张伟"], "离职")
