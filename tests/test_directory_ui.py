"""The directory on screen: suggestions while typing, the directory window, importing a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from frontdesk_gui.core import audit, auth, directory
from frontdesk_gui.ui.dialogs.directory_dialog import DirectoryDialog
from frontdesk_gui.ui.dialogs.import_dialog import ImportDialog
from frontdesk_gui.ui.directory_completer import attach_directory_completer

LEFT = Qt.MouseButton.LeftButton
NEEDS_SUPERVISOR = "此操作需要主管/领班权限。"


@pytest.fixture
def filled(admin_ctx):
    return {
        "李娜": directory.add(admin_ctx, "resident", name="李娜", unit="3栋1203", role="业主",
                            phone="13812345678"),
        "李明": directory.add(admin_ctx, "staff", name="李明", department="保安部", work_id="S-7"),
        "华信": directory.add(admin_ctx, "company", name="深圳市华信科技有限公司", floor="12", room="1201",
                            phone="0755-86001234"),
    }


def type_chinese(widget, text):
    """Chinese through the input method, as a person types it (keyClicks cannot: PLATFORM_NOTES)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def field(qtbot):
    line_edit = QLineEdit()
    qtbot.addWidget(line_edit)
    line_edit.show()
    line_edit.setFocus()
    return line_edit


def _popup_rows(completer):
    model = completer.suggestions.model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_one_chinese_character_offers_entries_and_enter_picks_without_saving(qtbot, filled, field):
    picked, saved = [], []
    completer = attach_directory_completer(field, on_pick=picked.append)
    field.returnPressed.connect(lambda: saved.append(field.text()))
    type_chinese(field, "李")
    qtbot.waitUntil(completer.popup.isVisible)
    assert _popup_rows(completer) == ["李娜 · 3栋1203 · 业主", "李明 · 保安部 · 工号 S-7"]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(completer.popup, key)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert [(s.name, s.unit, s.phone_masked) for s in picked] == [("李娜", "3栋1203", "138****5678")]
    assert field.text() == "李娜" and not completer.popup.isVisible()
    assert saved == []  # Enter chose from the list; it did not also save the form
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert saved == ["李娜"]  # with the list closed, Enter is the form's again


def test_pinyin_initials_need_two_letters_and_respect_kinds(qtbot, filled, field):
    picked = []
    completer = attach_directory_completer(field, kinds=("company",), on_pick=picked.append)
    qtbot.keyClicks(field, "h")
    qtbot.wait(150)
    assert not completer.popup.isVisible() and _popup_rows(completer) == []
    qtbot.keyClicks(field, "x")
    qtbot.waitUntil(completer.popup.isVisible)
    assert _popup_rows(completer) == ["深圳市华信科技有限公司 · 12层 1201"]
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)  # the first row is the current one when the list opens
    assert field.text() == "深圳市华信科技有限公司" and picked[0].company == "深圳市华信科技有限公司"


def test_escape_closes_the_list_and_keeps_what_was_typed(qtbot, filled, field):
    completer = attach_directory_completer(field, kinds=("resident",))
    qtbot.keyClicks(field, "ln")
    qtbot.waitUntil(completer.popup.isVisible)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Escape)
    assert not completer.popup.isVisible() and field.text() == "ln"
    assert completer.parent() is field  # lives as long as the field


@pytest.fixture
def shown(qtbot):
    def show(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return show


def _fill(form, **values):
    for name, value in values.items():
        widget = form.fields[name]
        if name == "role":
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)


def _table(dialog, kind):
    model = dialog.models[kind]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_admin_adds_a_company_and_sees_it_listed(qtbot, admin_ctx, shown):
    dialog = shown(DirectoryDialog(admin_ctx))
    form = dialog.add()
    saves = []
    form.saved.connect(saves.append)
    _fill(form, name="深圳市华信科技有限公司")
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Return)
    assert form.isVisible() and form.errors["room"].text() == "请填写楼层或房号。"
    _fill(form, floor="12", room="1201", phone="0755 8600 1234")
    qtbot.keyClick(form.fields["phone"], Qt.Key.Key_Return)
    assert form.result() == QDialog.DialogCode.Accepted and len(saves) == 1
    [row] = _table(dialog, "company")
    assert row[1:] == ["深圳市华信科技有限公司", "12", "1201", "075*****1234"]
    assert dialog.tabs.tabText(0) == "Companies (1)"
    assert dialog.message.text() == "深圳市华信科技有限公司 was added to the directory."


def test_edit_keeps_the_masked_phone_and_deactivate_needs_a_reason(qtbot, admin_ctx, filled, shown):
    dialog = shown(DirectoryDialog(admin_ctx))
    dialog.show_kind("resident")
    dialog.views["resident"].selectRow(0)
    form = dialog.edit()
    assert form.fields["phone"].text() == "" and form.fields["phone"].placeholderText() == "138****5678"
    _fill(form, unit="3栋1205", role="tenant")
    form.save()
    assert _table(dialog, "resident") == [[str(filled["李娜"].id), "李娜", "3栋1205", "租户", "138****5678"]]
    dialog.views["resident"].selectRow(0)
    dialog.deactivate(reason="")
    assert dialog.message.text() == "请写明原因。" and len(_table(dialog, "resident")) == 1
    dialog.deactivate(reason="已搬走")
    assert _table(dialog, "resident") == [] and directory.get("resident", filled["李娜"].id).active is False


def test_filter_matches_like_the_completer_across_tabs(admin_ctx, filled, shown):
    dialog = shown(DirectoryDialog(admin_ctx))
    dialog.filter.setText("li")
    assert [r[1] for r in _table(dialog, "resident")] == ["李娜"]
    assert [r[1] for r in _table(dialog, "staff")] == ["李明"] and _table(dialog, "company") == []
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Companies (0)", "Residents (1)", "Staff (1)"]


def test_receptionist_is_refused_with_the_sentence(receptionist_ctx, shown):
    dialog = shown(DirectoryDialog(receptionist_ctx))
    assert dialog.add() is None
    assert dialog.message.isVisible() and dialog.message.text() == NEEDS_SUPERVISOR


def test_a_supervisor_approves_the_receptionists_add(receptionist_ctx, supervisor, shown):
    asked = []

    def authorise(ctx, action):
        asked.append(action)
        return auth.authorise(ctx, "lead", "lead-pass", action) if len(asked) > 1 else None

    dialog = shown(DirectoryDialog(receptionist_ctx, authorise=authorise))
    dialog.show_kind("staff")
    form = dialog.add()
    _fill(form, name="张伟", department="工程部", work_id="e1023")
    form.save()  # the supervisor walked away: nothing written, the sentence shown in the form
    assert form.isVisible() and form.message.text() == NEEDS_SUPERVISOR and directory.listing("staff") == []
    form.save()
    assert asked == ["Add to the directory: 张伟"] * 2
    [entry] = directory.listing("staff")
    assert (entry.name, entry.work_id, entry.created_by.username) == ("张伟", "E1023", "desk")
    assert _table(dialog, "staff") == [[str(entry.id), "张伟", "工程部", "E1023", ""]]
    [record] = audit.history("staff", entry.id)
    assert record.authorised_by.username == "lead"


CSV = ("业主名册(2026年)\n"
       "序号,姓名,房号,业主/租户,联系电话,备注\n"
       "1,李娜,3栋 1203,业主,13812345678,\n"
       "2,林小明,,租户,13900001111,\n"
       "3,王芳,5栋808,租客,1.39E+10,\n"
       "4,赵强,5栋809,房东,13700002222,新住户\n")


@pytest.fixture
def residents_csv(tmp_path):
    path = tmp_path / "业主名册.csv"
    path.write_text(CSV, encoding="gbk")
    return path


def test_import_shows_the_dry_run_then_writes_the_accepted_rows(qtbot, admin_ctx, residents_csv, shown):
    dialog = shown(ImportDialog(admin_ctx, kind="resident"))
    dialog.set_file(residents_csv)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Row", "Name", "Unit", "Owner or tenant", "Phone", "Result"]
    assert rows[0] == ["3", "李娜", "3栋1203", "业主", "138****5678", "Accepted"]
    assert rows[1][::5] == ["4", "请填写单元/房号。"] and rows[2][0] == "5" and "科学计数法" in rows[2][5]
    assert rows[3][::5] == ["6", "Accepted"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "可导入 2 条,拒绝 2 条(尚未写入)" in dialog.summary.text() and "备注" in dialog.summary.text()
    assert directory.listing("resident") == []  # a dry run writes nothing
    assert dialog.import_button.text() == "Import 2 row(s)"
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert [e.name for e in directory.listing("resident")] == ["李娜", "赵强"]
    assert dialog.message.text() == "业主名册.csv:导入 2 条,拒绝 2 条。"
    assert not dialog.import_button.isEnabled()
    first = directory.listing("resident")[0]
    assert model.index(0, 5).data() == f"Imported as no. {first.id}"


def test_import_problems_are_sentences(qtbot, admin_ctx, receptionist_ctx, residents_csv, tmp_path, shown,
                                      monkeypatch):
    broken = tmp_path / "名册.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog = shown(ImportDialog(admin_ctx, kind="resident"))
    dialog.set_file(broken)
    assert dialog.message.isVisible() and "无法读取这个 Excel 文件" in dialog.message.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *args, **kw: (str(tmp_path / "gone.csv"), ""))
    dialog.choose_file()
    assert dialog.message.text() == "找不到这个文件。"
    refused = shown(ImportDialog(receptionist_ctx, kind="resident"))
    refused.set_file(residents_csv)
    assert refused.message.text() == NEEDS_SUPERVISOR and refused.model.rowCount() == 0


def test_directory_window_opens_the_import_and_shows_what_came_in(qtbot, admin_ctx, residents_csv, shown):
    dialog = shown(DirectoryDialog(admin_ctx))
    dialog.show_kind("resident")
    importer = dialog.open_import()
    assert importer.kind.currentData() == "resident"
    importer.set_file(residents_csv)
    importer.write()
    assert [r[1] for r in _table(dialog, "resident")] == ["李娜", "赵强"]
