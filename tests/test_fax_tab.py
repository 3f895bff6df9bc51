"""Incoming faxes driven through the real tab (issue 4): the fee shows as the pages are typed; a customer's
awaited-fax note is taken in its dialog; logging a fax that matches it makes the form say who is waiting
and Notify now logs the call; collection takes the fee with the hand-over and the receipt goes to the print
path; a fax without a company name is marked 待查 and one for nobody prints the 无收件人 slip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import held, settings
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import drawer, faxes
from frontdesk_gui.core.logbooks.faxes import AwaitedFax, IncomingFax
from frontdesk_gui.core.money.models import Receipt
from frontdesk_gui.ui.fax_extras import FaxExtras
from frontdesk_gui.ui.logbook_tab import LogbookTab

COMPANY = "上海蓝天贸易有限公司"


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, floor="12", room="1203")


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def tab(qtbot, roster, receptionist_ctx):
    widget = LogbookTab(faxes.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                        ask_reason=lambda parent, title: None, confirm=lambda parent, text: True,
                        extras=FaxExtras)
    widget.printed = []
    widget.print_requested.connect(lambda key, entry_id: widget.printed.append((key, entry_id)))
    return show(qtbot, widget)


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def drive(tab, steps):
    """Run the extras' next dialog through `steps(dialog)` (shown, real widgets); record what it showed."""
    seen = {}

    def run(dialog):
        dialog.show()
        seen["dialog"] = dialog
        steps(dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    tab.extras.exec_dialog = run
    return seen


def log_fax(qtbot, tab, company, name, room, pages):
    field(tab, "recipient_company").setText(company)
    field(tab, "recipient_name").setText(name)
    field(tab, "recipient_unit").setText(room)
    field(tab, "pages").setFocus()
    qtbot.keyClicks(field(tab, "pages"), pages)
    qtbot.keyClick(field(tab, "pages"), Qt.Key.Key_Return)


def test_an_awaited_fax_is_noted_then_offered_when_it_arrives_and_notified(qtbot, tab):
    def note_it(dialog):
        dialog.inputs["company"].setText("蓝天贸易")
        dialog.inputs["room"].setText("1203")
        dialog.inputs["phone"].setText("13812345678")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "138****5678"
        dialog.accept()

    drive(tab, note_it)
    qtbot.mouseClick(tab.extras.awaited_button, Qt.MouseButton.LeftButton)
    assert [n.company for n in faxes.waiting_notes()] == ["蓝天贸易"]
    assert "(1)" in tab.extras.awaited_button.text()

    log_fax(qtbot, tab, COMPANY, "刘经理", "1203", "3")
    fax = IncomingFax.get()
    assert fax.fee_fen == 300
    box = tab.extras.waiting_box
    qtbot.waitUntil(box.isVisible)
    label = tab.extras.waiting_label
    assert "蓝天贸易" in label.text() and "138****5678" in label.text() and "13812345678" in label.toolTip()
    qtbot.mouseClick(tab.extras.notify_now_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert IncomingFax.get_by_id(fax.id).status == held.NOTIFIED
    assert AwaitedFax.get().status == faxes.MATCHED
    assert [n.channel for n in held.notifications(faxes.SPEC, fax)] == ["phone"]
    assert "(1)" not in tab.extras.awaited_button.text()


def test_the_fee_shows_as_the_pages_are_typed(qtbot, tab):
    field(tab, "pages").setFocus()
    qtbot.keyClicks(field(tab, "pages"), "12")
    assert tab.extras.fee_label.text() == "Fee ¥12.00 (12 × ¥1.00)"


def test_collect_with_the_fee_issues_a_receipt_and_prints_it(qtbot, tab, receptionist_ctx):
    first = faxes.receive(receptionist_ctx, recipient_company=COMPANY, recipient_name="刘经理", pages="3")
    second = faxes.receive(receptionist_ctx, recipient_company=COMPANY, recipient_name="王会计", pages="2")
    tab.refresh()
    tab.select_entry(first.id)
    before = drawer.cash_balance()

    def collect(dialog):
        assert dialog.amount.text() == "¥ 5.00" and dialog.items.count() == 2
        assert dialog.payer.text() == COMPANY
        dialog.collector.setText("刘经理")
        dialog.choose("wechat")
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Return)

    seen = drive(tab, collect)
    qtbot.mouseClick(tab.extras.hand_over_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].result() == seen["dialog"].DialogCode.Accepted
    receipt = Receipt.get()
    assert receipt.total_fen == 500 and receipt.method == "wechat" and receipt.series == "R"
    assert tab.printed == [("receipts", receipt.id)]
    assert {f.status for f in IncomingFax.select()} == {held.COLLECTED}
    assert drawer.cash_balance() == before  # paid by WeChat: no cash in the drawer
    assert receipt.number in tab.form_panel.message.text()
    # A second hand-over of the same fax is not offered, and core would refuse it.
    tab.select_entry(second.id)
    assert not tab.extras.hand_over_button.isEnabled()


def test_paid_at_the_finance_office_asks_for_its_number(qtbot, tab, admin_ctx, receptionist_ctx):
    settings.put(admin_ctx, "money.pay_at.fax_in", "finance")
    item = faxes.receive(receptionist_ctx, recipient_company=COMPANY, recipient_name="刘经理", pages="4")
    tab.refresh()
    tab.select_entry(item.id)

    def collect(dialog):
        assert list(dialog.method_buttons) == ["finance"] and dialog.finance_no.isVisible()
        dialog.collector.setText("刘经理")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert dialog.error_text("finance_receipt_no")  # said next to the field; nothing written
        assert IncomingFax.get_by_id(item.id).status == held.WAITING
        dialog.finance_no.setText("CW-2231")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    drive(tab, collect)
    qtbot.mouseClick(tab.extras.hand_over_button, Qt.MouseButton.LeftButton)
    assert IncomingFax.get_by_id(item.id).status == held.COLLECTED
    assert faxes.fee_charges(item)[0].finance_receipt_no == "CW-2231"
    assert tab.printed == [] and "CW-2231" in tab.form_panel.message.text()


def test_no_company_is_marked_and_nobody_found_prints_the_slip(qtbot, tab):
    log_fax(qtbot, tab, "", "陈先生", "", "2")
    fax = IncomingFax.get()
    assert fax.unidentified == 1 and "待查" in tab.form_panel.message.text()
    assert not tab.extras.waiting_box.isVisible()
    tab.select_entry(fax.id)
    button = next(b for a, b in tab.action_buttons if a.key == "no_recipient")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert IncomingFax.get_by_id(fax.id).no_recipient == 1
    tab.print_selected()
    assert tab.printed == [("faxes", fax.id)]
