"""The Today list (issue 6): every logbook's attention rules together, most urgent first, opening entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import clock, today
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import parcels, visitors
from frontdesk_gui.ui.main_window import MainWindow


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name="上海蓝天贸易有限公司", room="1203")


def a_parcel(ctx):
    return parcels.receive(ctx, tracking_no="SF1234567890", item_type="express", carrier="顺丰",
                           recipient_company="上海蓝天贸易有限公司", recipient_unit="1203", storage="A3")


@pytest.fixture
def situation(roster, receptionist_ctx, admin_ctx, frozen):
    """A visitor in for five hours (overdue), one voided who would be, and a parcel waiting (now)."""
    stays = visitors.check_in(receptionist_ctx, visitor_name="张伟", category="company_leader")
    voided = visitors.check_in(receptionist_ctx, visitor_name="王芳", category="company_leader")
    visitors.void(admin_ctx, voided, "登记错了")
    frozen.advance(hours=5)
    parcel = a_parcel(receptionist_ctx)
    return stays, voided, parcel


def test_items_and_counts(situation):
    stays, voided, parcel = situation
    found = today.items(clock.now())
    keys = [(i.level, i.logbook, i.rule, i.entry_id) for i in found]
    assert ("overdue", "visitors", "overstay", stays.id) in keys
    assert ("now", "parcels", "to_notify", parcel.id) in keys
    assert all(i.entry_id != voided.id for i in found if i.logbook == "visitors")
    levels = [i.level for i in found]
    assert levels == sorted(levels, key=today.LEVELS.index)  # overdue, then now, then due soon
    overstay = next(i for i in found if i.rule == "overstay")
    assert "张伟" in overstay.summary and overstay.logbook_title == "来访登记"
    numbers = today.counts(clock.now())
    assert numbers["visitors"]["overdue"] == 1 and numbers["parcels"]["now"] == 1


def test_nothing_is_listed_before_it_is_due(roster, receptionist_ctx):
    visitors.check_in(receptionist_ctx, visitor_name="张伟", category="company_leader")
    assert not [i for i in today.items() if i.logbook == "visitors"]
    assert "visitors" not in today.counts()


def test_each_rule_is_capped(monkeypatch, situation):
    monkeypatch.setattr(today, "RULE_CAP", 0)
    listing = today.read()
    assert listing.items == [] and ("visitors", "overstay") in listing.capped


@pytest.fixture
def window(qtbot, receptionist_ctx):
    win = MainWindow(receptionist_ctx, authorise=lambda c, text: None)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def test_today_is_first_and_shown_at_a_fresh_start(situation, window):
    assert window.nav.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == "today"
    assert window.stack.currentWidget() is window.today and window.current_tab() is None
    assert "today" not in window.books and window.tabs == {}
    page = window.today
    listed = [(i.logbook, i.entry_id) for i in page.items()]
    assert ("visitors", situation[0].id) in listed and ("parcels", situation[2].id) in listed
    assert "来访登记" in page.header.text()


def test_enter_opens_the_entry_in_its_tab(situation, window, qtbot):
    stays = situation[0]
    page = window.today
    row = next(page.tree.topLevelItem(0).child(c) for c in range(page.tree.topLevelItem(0).childCount())
               if page.tree.topLevelItem(0).child(c).data(0, Qt.ItemDataRole.UserRole).entry_id == stays.id)
    page.tree.setCurrentItem(row)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    tab = window.current_tab()
    assert tab is window.tabs["visitors"] and tab.selected_id() == stays.id
    window.show_tab("today")
    assert window.stack.currentWidget() is page


def test_double_click_opens_a_parcel(situation, window, qtbot):
    parcel = situation[2]
    page = window.today
    now_group = next(page.tree.topLevelItem(g) for g in range(page.tree.topLevelItemCount())
                     if page.tree.topLevelItem(g).child(0).data(0, Qt.ItemDataRole.UserRole).level == "now")
    row = now_group.child(0)
    page.tree.scrollToItem(row)
    rect = page.tree.visualItemRect(row)
    # The view opens on a double-click only over the item it saw pressed: press first, as a hand would.
    qtbot.mousePress(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.current_tab()
    assert tab is window.tabs["parcels"] and tab.selected_id() == parcel.id


def test_new_urgent_items_are_signalled_once(situation, window, qtbot, receptionist_ctx):
    page = window.today
    with qtbot.assertNotEmitted(page.new_urgent):
        page.refresh()  # nothing new since the first read
    with qtbot.waitSignal(page.new_urgent) as raised:
        a_parcel_more = parcels.receive(receptionist_ctx, tracking_no="YT99887766", item_type="express",
                                        carrier="圆通", recipient_company="上海蓝天贸易有限公司",
                                        recipient_unit="1203", storage="A4")
        page.refresh()
    assert raised.args == [1]
    assert "1" in window.statusBar().currentMessage()
    with qtbot.assertNotEmitted(page.new_urgent):
        page.refresh()
    assert ("parcels", a_parcel_more.id) in [(i.logbook, i.entry_id) for i in page.items()]


def test_today_shows_a_logbook_write_and_does_not_reread_while_hidden(situation, window, receptionist_ctx,
                                                                     monkeypatch):
    stays = situation[0]
    tab = window.show_tab("visitors")
    reads = []
    monkeypatch.setattr(window.today, "refresh", lambda original=window.today.refresh: reads.append(1) or original())
    visitors.check_out(receptionist_ctx, visitors.Visit.get_by_id(stays.id))
    tab.refresh()  # emits reloaded: Today is hidden, so it is not read on every keystroke of a search
    assert reads == []
    window.show_tab("today")
    assert reads and ("visitors", stays.id) not in [(i.logbook, i.entry_id) for i in window.today.items()]
