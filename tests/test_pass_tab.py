"""Passes through the real tab (issue 5): a tenant card issued through the form takes its fee and deposit;
Renew…, Return… and Lost… follow the card's state."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core.logbooks import drawer, passes
from frontdesk_gui.core.logbooks.passes import Pass
from frontdesk_gui.core.money import charges
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.pass_extras import PassExtras

ID = "11010519491231002X"


@pytest.fixture
def tab(qtbot, receptionist_ctx):
    widget = LogbookTab(passes.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                        ask_reason=lambda parent, title: "持卡人说丢了", confirm=lambda parent, text: True,
                        extras=PassExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def type_chinese(widget, text):
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_tenant(qtbot, tab):
    choose(field(tab, "kind"), "tenant")
    qtbot.keyClicks(field(tab, "card_no"), "t-0012")
    type_chinese(field(tab, "holder_name"), "陈租客")
    choose(field(tab, "id_type"), "resident_id")
    qtbot.keyClicks(field(tab, "id_number"), ID)
    qtbot.keyClicks(field(tab, "phone"), "13812341234")
    qtbot.keyClicks(field(tab, "unit"), "1203")
    field(tab, "lease_seen").setChecked(True)
    field(tab, "photo_seen").setChecked(True)
    qtbot.keyClicks(field(tab, "lease_from"), "2026-11-01")
    qtbot.keyClicks(field(tab, "lease_until"), "2027-10-31")


def test_issue_a_tenant_card_through_the_form(qtbot, tab):
    before = drawer.cash_balance()
    fill_tenant(qtbot, tab)
    qtbot.mouseClick(tab.form_panel.ui.findChild(type(tab.new_button), "save_button"), Qt.MouseButton.LeftButton)
    assert Pass.select().count() == 0  # no payment method chosen yet
    assert tab.form_panel.form.error_text("pay_method")
    choose(field(tab, "pay_method"), "cash")
    qtbot.keyClick(field(tab, "unit"), Qt.Key.Key_Return)
    card = Pass.get()
    assert (card.kind, card.card_no, card.holder_name, card.valid_until) == ("tenant", "T-0012", "陈租客",
                                                                             date(2027, 10, 31))
    assert drawer.cash_balance() - before == 1500
    assert tab.selected_id() == card.id
    extras = tab.extras
    assert extras.renew_button.isEnabled() and extras.return_button.isEnabled() and extras.lost_button.isEnabled()

    extras.return_button.click()
    assert Pass.get_by_id(card.id).status == passes.RETURNED
    assert drawer.cash_balance() - before == 500
    voucher = charges.for_source("passes", card.id)[1].refund
    assert voucher.number in tab.form_panel.message.text()
    tab.select_entry(card.id)
    assert not extras.return_button.isEnabled() and not extras.renew_button.isEnabled()


def test_renew_and_lost_through_the_buttons(qtbot, tab, receptionist_ctx, frozen):
    card = passes.issue(receptionist_ctx, kind="tenant", card_no="T-1", holder_name="陈租客", id_number=ID,
                        unit="1203", lease_seen=True, photo_seen=True, lease_until="2028-06-30",
                        valid_until="2026-12-31", pay_method="cash")
    tab.refresh()
    tab.select_entry(card.id)
    frozen.advance(days=20)

    def steps(dialog):
        dialog.valid_until.setText("2027-12-13")
        choose(dialog.method, "wechat")
        dialog.accept()

    def run(dialog):
        dialog.show()
        steps(dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    tab.extras.exec_dialog = run
    tab.extras.renew_button.click()
    card = Pass.get_by_id(card.id)
    assert card.valid_until == date(2027, 12, 13) and card.renewals == 1
    fee = charges.for_source("passes", card.id)[-1]
    assert (fee.amount_fen, fee.method) == (200, "wechat")

    tab.select_entry(card.id)
    tab.extras.lost_button.click()
    card = Pass.get_by_id(card.id)
    assert card.status == passes.LOST and card.lost_reason == "持卡人说丢了"
