"""Every Designer form loads, and every widget the code binds exists: for each registered logbook,
its form has an input widget and an error line per FormField, and Save / Cancel buttons. Any other
.ui file (dialogs by other engineers) at least loads."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from frontdesk_gui.core import spec, text
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.paths import asset
from frontdesk_gui.core.text import tr
from frontdesk_gui.ui.forms import BoundForm, load_ui

UI_FILES = sorted(Path(asset("forms_ui")).glob("*.ui"))
# A logbook without a form (receipts: issued only by core) has nothing to bind.
SPECS = [s for s in spec.all_specs() if s.form]


@pytest.mark.parametrize("path", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_every_ui_file_loads(qtbot, path):
    widget = load_ui(path.stem)
    qtbot.addWidget(widget)
    assert widget.objectName()


@pytest.mark.parametrize("book", SPECS, ids=[s.key for s in SPECS])
def test_every_logbook_form_has_what_the_tab_binds(qtbot, book):
    root = load_ui(book.form)
    qtbot.addWidget(root)
    form = BoundForm(root, book.form_fields)  # raises when a field has no input widget
    assert set(form.widgets) == {f.name for f in book.form_fields}
    missing_errors = [f.name for f in book.form_fields if root.findChild(QLabel, f.name + "_error") is None]
    assert missing_errors == []
    for button in ("save_button", "cancel_button"):
        assert root.findChild(QPushButton, button) is not None, button


def test_missing_form_is_reported(qtbot):
    with pytest.raises(FileNotFoundError):
        load_ui("no_such_form")


@pytest.fixture
def form(qtbot):
    root = load_ui("visitor_form")
    qtbot.addWidget(root)
    return BoundForm(root, visitors.SPEC.form_fields)


def test_values_round_trip_for_each_widget_kind(form):
    assert isinstance(form.widgets["visitor_name"], QLineEdit)
    assert isinstance(form.widgets["category"], QComboBox)
    assert isinstance(form.widgets["people_count"], QSpinBox)
    values = {"visitor_name": "张伟", "category": "government", "people_count": 3, "note": "两行\n备注",
              "id_type": "passport", "pass_kind": ""}
    form.set_values(values)
    got = form.values()
    assert {k: got[k] for k in values} == values
    assert form.widgets["category"].currentText() == "政府部门人员"
    form.clear({"id_type": "resident_id", "people_count": 1})
    assert [form.value(n) for n in ("category", "id_type", "people_count")] == ["", "resident_id", 1]


def test_combos_start_blank_then_list_the_choices(form):
    combo = form.widgets["admitted_how"]
    assert combo.itemText(0) == "" and combo.count() == len(visitors.ADMISSIONS) + 1
    assert combo.itemData(1) == visitors.ADMISSIONS[0][0]


def test_labels_come_from_the_field_titles(form, qtbot):
    assert form.labels["visitor_name"].text() == "访客姓名 *"
    text.set_language("en")
    form.set_titles()
    assert form.labels["host_unit"].text() == "Unit / room"


def test_errors_show_under_fields_and_hide_again(form, qtbot):
    form.root.show()
    form.set_value("visitor_name", "张伟")
    left = form.show_errors({"id_number": tr("号码不对。", "Wrong."), "reason": tr("写明原因。", "Reason.")})
    assert form.error_text("id_number") == "号码不对。" and form.errors["id_number"].isVisible()
    assert not form.errors["phone"].isVisible()
    assert list(left) == ["reason"]
    assert form.value("visitor_name") == "张伟"
    form.clear_errors()
    assert form.error_text("id_number") == "" and not form.errors["id_number"].isVisible()


def test_a_masked_number_keeps_its_value_until_edited(form):
    form.set_masked("id_number", "11010519491231002X", "1101**********002X")
    assert form.widgets["id_number"].text() == "1101**********002X"
    assert form.value("id_number") == "11010519491231002X"
    form.widgets["id_number"].setText("E12345678")
    assert form.value("id_number") == "E12345678"


def test_needed_fields_are_marked(form):
    form.set_needed(["approved_by"])
    assert form.widgets["approved_by"].property("needed") is True
    assert form.widgets["visitor_name"].property("needed") is True  # required
    assert form.widgets["phone"].property("needed") is False
