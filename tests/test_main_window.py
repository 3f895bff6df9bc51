"""The main window: groups and tabs from the registry, menus that emit signals, the status bar,
Ctrl+F global search opening an entry in its tab, and layout remembered in QSettings (under tmp_path)."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import auth, shift, spec
from frontdesk_gui.core.logbooks import visitors
from frontdesk_gui.ui.main_window import MainWindow


@pytest.fixture
def settings_dir(tmp_path, qapp):
    QCoreApplication.setOrganizationName("Frontdesk")
    QCoreApplication.setApplicationName("Frontdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def make_window(qtbot, settings_dir, receptionist_ctx):
    # A counter that left the visitor log last (a fresh start opens on Today: test_today.py).
    QSettings().setValue("window/last_tab", "visitors")

    def make(ctx=receptionist_ctx):
        window = MainWindow(ctx, authorise=lambda c, text: None)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window
    return make


def menu_actions(window, title):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return {a.text(): a for a in menu.actions() if a.text()}


def test_window_has_a_group_and_a_tab_per_logbook(make_window):
    window = make_window()
    assert set(window.books) == {s.key for s in spec.all_specs()}
    assert set(window.tabs) == {"visitors"}  # the others are built when first shown
    groups = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
    assert "来访与出入" in groups
    assert window.nav.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == "today"  # above the groups
    assert window.nav.topLevelItem(1).child(0).text(0) == "来访登记"
    assert window.current_tab() is window.tabs["visitors"]
    assert window.tabs["visitors"].extras is not None


def test_status_bar_and_operator_switch(make_window, admin_ctx):
    window = make_window()
    texts = " ".join(label.text() for label in window.status_labels.values())
    assert "李前台" in texts and "总服务台" in texts and "counter.sqlite" in texts
    admin = menu_actions(window, "&Admin")
    assert not admin["Operators…"].isEnabled() and not admin["Settings…"].isEnabled()
    lead = shift.login("lead", "lead-pass")
    window.set_ctx(lead)
    assert admin["Settings…"].isEnabled() and not admin["Operators…"].isEnabled()
    assert "王领班" in window.status_labels["operator"].text()
    assert window.tabs["visitors"].ctx is lead
    window.set_ctx(admin_ctx)
    assert admin["Operators…"].isEnabled()


def test_menus_emit_signals(make_window, qtbot):
    window = make_window()
    with qtbot.waitSignal(window.backup_requested):
        menu_actions(window, "&File")["Back up now"].trigger()
    with qtbot.waitSignal(window.switch_counter_requested) as switched:
        menu_actions(window, "&File")["Open the demo counter"].trigger()
    assert switched.args == ["demo"]
    window.set_ctx(shift.login("admin", "admin-pass"))
    with qtbot.waitSignal(window.flagged_requested):
        menu_actions(window, "&Admin")["Flagged persons…"].trigger()
    with qtbot.waitSignal(window.onsite_list_requested):
        window.tabs["visitors"].extras.onsite_button.click()
    with qtbot.waitSignal(window.print_requested):
        tab = window.tabs["visitors"]
        tab.select_entry(visitors.check_in(window.ctx, visitor_name="张伟", category="company_leader").id)
        tab.print_button.click()


def test_ctrl_f_search_opens_the_entry_in_its_tab(make_window, qtbot, receptionist_ctx):
    wanted = visitors.check_in(receptionist_ctx, visitor_name="欧阳娜娜", category="outside_visitor",
                               host_name="李娜", host_unit="1203")
    for n in range(5):
        visitors.check_in(receptionist_ctx, visitor_name=f"访客{n}", category="company_leader")
    window = make_window()
    tab = window.tabs["visitors"]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "oyn")  # pinyin initials
    results = window.search.suggestions.model
    qtbot.waitUntil(lambda: results.rowCount() == 1)
    assert "来访登记" in results.item(0).text() and "欧阳娜娜" in results.item(0).text()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_tab() is tab and tab.selected_id() == wanted.id
    assert tab.table.hasFocus()


def test_geometry_last_tab_and_columns_are_remembered(make_window, settings_dir):
    window = make_window()
    window.resize(900, 640)
    window.move(20, 30)
    tab = window.tabs["visitors"]
    tab.table.horizontalHeader().resizeSection(2, 222)
    window.close()
    assert (settings_dir / "Frontdesk" / "Frontdesk.ini").exists()
    again = make_window()
    # A new window opens at 1400 x 850; the offscreen screen is only 800 px wide, so Qt fits the restored
    # width to it, while the height comes back exactly as saved.
    assert again.height() == 640 and again.width() < 1400
    assert again.current_tab().spec.key == QSettings().value("window/last_tab") == "visitors"
    assert again.tabs["visitors"].table.horizontalHeader().sectionSize(2) == 222


def test_receptionist_cannot_open_admin_dialogs(make_window):
    window = make_window()
    assert not auth.has_role(window.ctx.operator, auth.SUPERVISOR)
    assert not menu_actions(window, "&Admin")["Flagged persons…"].isEnabled()


def test_make_app_registers_the_bundled_font_and_sets_the_language(qapp):
    from frontdesk_gui.core import text
    from frontdesk_gui.ui.qt_app import make_app

    app = make_app("en")
    assert app is qapp and text.language() == "en"
    assert "WenQuanYi Micro Hei" in app.font().families()
    assert make_app("zh_CN").font().families() == app.font().families()  # registered once
    assert text.language() == "zh_CN"
    assert app.translate("MainWindow", "&File") == "文件(&F)"
    make_app("en")  # later tests read the English source texts
    assert app.translate("MainWindow", "&File") == "&File"


def test_scanning_a_pass_slip_code_opens_its_visit(make_window, qtbot, receptionist_ctx):
    wanted = visitors.check_in(receptionist_ctx, visitor_name="王芳", category="company_leader")
    for n in range(3):
        visitors.check_in(receptionist_ctx, visitor_name=f"访客{n}", category="company_leader")
    window = make_window()
    window.focus_search()
    qtbot.keyClicks(window.search, f"V{wanted.id:06d}")  # a scanner types the code, then Enter
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tab = window.tabs["visitors"]
    assert window.current_tab() is tab and tab.selected_id() == wanted.id


def test_the_money_logbooks_have_their_extras_and_menu(qtbot, receptionist_ctx):
    from frontdesk_gui.ui.drawer_extras import DrawerExtras
    from frontdesk_gui.ui.service_order_extras import ServiceOrderExtras

    window = MainWindow(receptionist_ctx)
    qtbot.addWidget(window)
    assert isinstance(window.tab("drawer").extras, DrawerExtras)
    assert isinstance(window.tab("service_orders").extras, ServiceOrderExtras)
    assert window.tab("receipts").form_panel is None
    assert "Money" in [a.text().replace("&", "") for a in window.menuBar().actions()]
