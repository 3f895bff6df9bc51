"""The real visitor tab driven by qtbot: check-in typed into the form and saved with Enter, search,
check-out, errors next to the field with nothing lost, role-gated actions with supervisor
authorisation, corrections with a reason, returning visitors, keys. Modal prompts are stubbed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import auth, flagged
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.core.logbooks.visitors import LEFT, ON_SITE, Visit
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.visitor_extras import VisitorExtras

GOOD_ID = "11010519491231002X"


class Prompts:
    """Stands in for the modal dialogs: answers queued by the test, calls recorded."""

    def __init__(self):
        self.reasons, self.approvals, self.asked = [], [], []

    def ask_reason(self, parent, title):
        self.asked.append(("reason", title))
        return self.reasons.pop(0) if self.reasons else None

    def authorise(self, ctx, action_text):
        self.asked.append(("authorise", action_text))
        return self.approvals.pop(0) if self.approvals else None


@pytest.fixture
def prompts():
    return Prompts()


@pytest.fixture
def tab(qtbot, receptionist_ctx, prompts):
    widget = LogbookTab(visitors.SPEC, receptionist_ctx, authorise=prompts.authorise,
                        ask_reason=prompts.ask_reason, confirm=lambda parent, text: True,
                        extras=VisitorExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def type_chinese(widget, text):
    """Chinese through the input method, as a person types it (keyClicks cannot: PLATFORM_NOTES)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(tab, name, value):
    combo = field(tab, name)
    combo.setCurrentIndex(combo.findData(value))


def cell(tab, row, column):
    names = [c.field for c in visitors.SPEC.columns]
    return tab.model.data(tab.model.index(row, names.index(column)))


def button(tab, key):
    return next(b for a, b in tab.action_buttons if a.key == key)


def check_in(ctx, name="王芳", **values):
    return visitors.check_in(ctx, visitor_name=name, category="outside_visitor", host_name="李娜",
                             host_unit="1203", **values)


def test_check_in_typed_into_the_form_and_saved_with_enter(tab, qtbot):
    type_chinese(field(tab, "visitor_name"), "张伟")
    choose(tab, "category", "outside_visitor")
    assert field(tab, "host_unit").property("needed") is True  # the category's rule asks for host and unit
    assert tab.form_panel.form.value("admitted_how") == "intercom_consent"
    type_chinese(field(tab, "host_name"), "李娜")
    qtbot.keyClicks(field(tab, "host_unit"), "1203")
    qtbot.keyClicks(field(tab, "badge_no"), "7")
    qtbot.keyClicks(field(tab, "phone"), "13812341234")
    qtbot.keyClick(field(tab, "phone"), Qt.Key.Key_Return)
    visit = Visit.get()
    assert (visit.visitor_name, visit.host_unit, visit.badge_no) == ("张伟", "1203", "7")
    assert visit.status == ON_SITE
    assert tab.model.rowCount() == 1 and cell(tab, 0, "visitor_name") == "张伟"
    assert "1234" in cell(tab, 0, "phone") and "13812341234" not in cell(tab, 0, "phone")
    assert tab.selected_id() == visit.id
    assert field(tab, "visitor_name").text() == "" and field(tab, "visitor_name").hasFocus()
    assert tab.extras.onsite_label.text().endswith("1")
    assert "张伟" in tab.form_panel.message.text()


def test_search_box_finds_the_visitor(tab, qtbot, receptionist_ctx):
    for name in ("张伟", "王芳", "李强"):
        check_in(receptionist_ctx, name)
    tab.refresh()
    assert tab.model.rowCount() == 3
    tab.filters.search.setText("王芳")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert cell(tab, 0, "visitor_name") == "王芳"
    tab.filters.search.setText("")
    qtbot.keyClicks(tab.filters.search, "zw")  # pinyin initials
    qtbot.keyClick(tab.filters.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1 and cell(tab, 0, "visitor_name") == "张伟"


def test_check_out_the_selected_visitor(tab, receptionist_ctx):
    visit = check_in(receptionist_ctx, badge_no="3")
    tab.refresh()
    assert not button(tab, "check_out").isEnabled()  # nothing selected
    assert tab.select_entry(visit.id)
    assert button(tab, "check_out").isEnabled()
    button(tab, "check_out").click()
    assert Visit.get_by_id(visit.id).status == LEFT
    assert cell(tab, 0, "status") == "已离开" and cell(tab, 0, "time_out")
    assert tab.selected_id() == visit.id
    assert not button(tab, "check_out").isEnabled() and button(tab, "void").isEnabled()
    assert tab.history.tree.topLevelItemCount() == 2


def test_bad_id_number_shows_the_sentence_and_keeps_what_was_typed(tab, qtbot):
    type_chinese(field(tab, "visitor_name"), "张伟")
    choose(tab, "category", "outside_visitor")
    type_chinese(field(tab, "host_name"), "李娜")
    qtbot.keyClicks(field(tab, "host_unit"), "1203")
    qtbot.keyClicks(field(tab, "id_number"), "110105194912310021")
    qtbot.keyClick(field(tab, "id_number"), Qt.Key.Key_Return)
    assert Visit.select().count() == 0
    error = tab.form_panel.form.errors["id_number"]
    assert error.isVisible() and "校验位" in error.text()
    assert field(tab, "id_number").hasFocus()
    assert field(tab, "visitor_name").text() == "张伟"
    assert field(tab, "id_number").text() == "110105194912310021" and field(tab, "host_unit").text() == "1203"
    assert tab.form_panel.form.value("category") == "outside_visitor"
    field(tab, "id_number").setText(GOOD_ID)
    qtbot.keyClick(field(tab, "id_number"), Qt.Key.Key_Return)
    assert Visit.get().id_number == GOOD_ID and not error.isVisible()


def test_void_needs_a_supervisor_and_a_voided_entry_has_no_actions(tab, prompts, receptionist_ctx):
    visit = check_in(receptionist_ctx)
    tab.refresh()
    tab.select_entry(visit.id)
    void = button(tab, "void")
    assert void.isEnabled() and void.toolTip()  # a receptionist may ask a supervisor to approve
    prompts.reasons = ["登记重复"]
    void.click()  # the supervisor does not come: nothing happens, the reason for it is shown
    assert Visit.get_by_id(visit.id).status == ON_SITE
    assert prompts.asked[-1][0] == "authorise" and "王芳" in prompts.asked[-1][1]
    assert "主管" in tab.form_panel.message.text()
    prompts.reasons = ["登记重复"]
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "void visit")]
    void.click()
    assert Visit.get_by_id(visit.id).status == "voided"
    assert tab.selected_id() == visit.id
    assert not any(b.isEnabled() for _, b in tab.action_buttons)
    assert not tab.correct_button.isEnabled() and not tab.print_button.isEnabled()
    assert "王领班" in tab.history.tree.topLevelItem(1).text(1)


def test_a_flagged_visitor_is_admitted_only_with_authorisation(tab, qtbot, prompts, receptionist_ctx,
                                                                supervisor):
    flagged.add(receptionist_ctx.__class__(supervisor), name="赵六", id_number=GOOD_ID, reason="曾滋扰住户")
    values = {"visitor_name": "赵六", "category": "company_leader", "id_number": GOOD_ID}
    tab.form_panel.form.set_values(values)
    qtbot.keyClick(field(tab, "visitor_name"), Qt.Key.Key_Return)
    assert Visit.select().count() == 0 and "曾滋扰住户" in tab.form_panel.message.text()
    assert field(tab, "visitor_name").text() == "赵六"
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "admit")]
    qtbot.keyClick(field(tab, "visitor_name"), Qt.Key.Key_Return)
    assert Visit.get().visitor_name == "赵六"


def test_correction_asks_a_reason_and_keeps_the_id_masked(tab, qtbot, prompts, receptionist_ctx):
    visit = check_in(receptionist_ctx, id_number=GOOD_ID)
    tab.refresh()
    tab.select_entry(visit.id)
    tab.correct_button.click()
    assert field(tab, "id_number").text() == "1101**********002X"
    assert field(tab, "host_unit").text() == "1203"
    field(tab, "host_unit").setText("1205")
    prompts.reasons = ["房号写错"]
    qtbot.keyClick(field(tab, "host_unit"), Qt.Key.Key_Return)
    visit = Visit.get_by_id(visit.id)
    assert visit.host_unit == "1205" and visit.id_number == GOOD_ID
    assert "房号写错" in tab.history.tree.topLevelItem(1).text(2)
    assert "1203 → 1205" in tab.history.tree.topLevelItem(1).text(2)
    assert tab.form_panel.mode == "new" and field(tab, "host_unit").text() == ""


def test_escape_clears_the_form_and_leaves_correction(tab, qtbot, receptionist_ctx):
    visit = check_in(receptionist_ctx)
    tab.refresh()
    tab.select_entry(visit.id)
    tab.correct_button.click()
    assert tab.form_panel.mode == "correct"
    qtbot.keyClick(field(tab, "visitor_name"), Qt.Key.Key_Escape)
    assert tab.form_panel.mode == "new" and field(tab, "host_name").text() == ""
    type_chinese(field(tab, "visitor_name"), "张伟")
    qtbot.keyClick(field(tab, "visitor_name"), Qt.Key.Key_Escape)
    assert field(tab, "visitor_name").text() == ""


def test_earlier_visits_fill_the_form_but_not_the_badge(tab, qtbot, receptionist_ctx):
    earlier = check_in(receptionist_ctx, "欧阳娜娜", phone="13812341234", id_number=GOOD_ID,
                       organisation="顺丰", badge_no="9")
    visitors.check_out(receptionist_ctx, earlier)
    suggestions = tab.extras.suggestions[1]
    qtbot.keyClicks(field(tab, "phone"), "1381")
    qtbot.waitUntil(lambda: suggestions.model.rowCount() == 1)
    shown = suggestions.model.item(0).text()
    assert "欧阳娜娜" in shown and "13812341234" not in shown
    popup = suggestions.completer.popup()
    assert popup.isVisible()
    popup.setCurrentIndex(suggestions.model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the earlier visit; must not save the form as well
    assert Visit.select().count() == 1 and not popup.isVisible()
    assert field(tab, "visitor_name").text() == "欧阳娜娜" and field(tab, "organisation").text() == "顺丰"
    assert field(tab, "id_number").text() == "1101**********002X" and field(tab, "badge_no").text() == ""
    qtbot.keyClicks(field(tab, "badge_no"), "12")
    qtbot.keyClick(field(tab, "badge_no"), Qt.Key.Key_Return)
    again = Visit.select().order_by(Visit.id.desc()).get()
    assert (again.id_number, again.phone, again.badge_no) == (GOOD_ID, "13812341234", "12")


def test_keys_new_refresh_print_and_tab_order(tab, qtbot, receptionist_ctx):
    visit = check_in(receptionist_ctx)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F5)
    assert tab.model.rowCount() == 1
    tab.select_entry(visit.id)
    with qtbot.waitSignal(tab.print_requested) as printed:
        qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == ["visitors", visit.id]
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    assert field(tab, "visitor_name").hasFocus()
    order = [f.name for f in visitors.SPEC.form_fields]
    for here, there in zip(order, order[1:], strict=False):
        assert field(tab, here).hasFocus(), here
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert field(tab, there).hasFocus(), f"Tab from {here} should reach {there}"


def test_filters_status_and_attention(tab, qtbot, receptionist_ctx, frozen):
    staying = check_in(receptionist_ctx, "张伟")
    visitors.check_out(receptionist_ctx, check_in(receptionist_ctx, "王芳"))
    tab.refresh()
    tab.filters.status.setCurrentIndex(tab.filters.status.findData(ON_SITE))
    assert tab.model.rowCount() == 1
    frozen.advance(hours=5)
    tab.filters.status.setCurrentIndex(0)
    tab.filters.attention.setChecked(True)
    assert tab.model.rowCount() == 1 and tab.model.entry_id(0) == staying.id
    assert tab.select_entry(check_in(receptionist_ctx, "李强").id)  # hidden by the filter: filters reset
    assert not tab.filters.active() and tab.model.rowCount() == 3


def test_show_full_id_asks_a_supervisor_and_shows_the_number_once(tab, prompts, receptionist_ctx):
    visit = check_in(receptionist_ctx, "张伟", id_number=GOOD_ID)
    tab.refresh()
    tab.select_entry(visit.id)
    reveal = next(a for a, _ in tab.action_buttons if a.key == "reveal_id")
    prompts.approvals.append(auth.authorise(receptionist_ctx, "lead", "lead-pass", "reveal"))
    tab.run_action(reveal)
    assert ("authorise" in [kind for kind, _ in prompts.asked]) and GOOD_ID in tab.form_panel.message.text()
    row = tab.model.row_of(visit.id)
    assert GOOD_ID not in str(tab.model.index(row, 8).data())


def test_a_lost_badge_that_comes_back_is_put_back_in_the_pool(tab, receptionist_ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from frontdesk_gui.core import badges

    tab.extras.badge_found()
    assert "No badge" in tab.form_panel.message.text()
    visit = check_in(receptionist_ctx, "张伟", badge_no="8")
    visitors.check_out_badge_lost(receptionist_ctx, visit)
    assert badges.lost() == ["8"]
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda parent, title, label, items, *rest: offered.append(list(items)) or ("8", True)))
    tab.extras.badge_found()
    assert offered == [["8"]] and badges.lost() == []
    assert check_in(receptionist_ctx, "王芳", badge_no="8").badge_no == "8"
