"""Parcels and registered mail driven through the real tab (issue 4): thirty items go in with a scanner and
the keyboard alone (scan, Enter, a few letters of the recipient, Enter picks, Enter saves, next), the
recipient collects several items in one step with the ID checked and a signature drawn on screen, a
second hand-over is refused with a sentence, the steward signs out the round, each notification attempt
is logged, and a scanned slip opens its entry with Hand over ready."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import held, settings
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import parcels
from frontdesk_gui.core.logbooks.parcels import Parcel
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.parcel_extras import ParcelExtras

COMPANY = "上海蓝天贸易有限公司"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def roster(admin_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, floor="12", room="1203")
    directory.add(admin_ctx, "resident", name="李娜", unit="3栋1203", role="owner")
    directory.add(admin_ctx, "resident", name="王小明", unit="5栋0801", role="owner")


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def tab(qtbot, roster, receptionist_ctx):
    widget = LogbookTab(parcels.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                        ask_reason=lambda parent, title: None, confirm=lambda parent, text: True,
                        extras=ParcelExtras)
    return show(qtbot, widget)


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def type_chinese(widget, text):
    """Chinese through the input method, as a person types it (keyClicks cannot: PLATFORM_NOTES)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def focused(widget):
    """The widget with the keyboard focus in `widget`'s window (a closing completer popup hands the
    window its activation back a moment later; the focus inside the window is already settled)."""
    return widget.window().focusWidget()


def receive(ctx, **extra):
    values = dict(tracking_no="SF1234567890", item_type="express", carrier="顺丰", recipient_company=COMPANY,
                  recipient_unit="1203", storage="A3")
    values.update(extra)
    return parcels.receive(ctx, **values)


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


def sign(qtbot, pad):
    """A short stroke with the mouse, as a pen on the pad sends it."""
    qtbot.mousePress(pad, LEFT, pos=QPoint(30, 70))
    for x, y in ((60, 40), (90, 80), (130, 35), (170, 75)):
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, LEFT, pos=QPoint(200, 60))


# -- batch intake ----------------------------------------------------------------------------------
def scan_one(qtbot, tab, number, letters):
    tracking, recipient = field(tab, "tracking_no"), field(tab, "recipient_name")
    assert focused(tab) is tracking
    qtbot.keyClicks(tracking, number)
    qtbot.keyClick(tracking, Qt.Key.Key_Return)  # the scanner's Enter moves on, it does not save
    assert focused(tab) is recipient
    qtbot.keyClicks(recipient, letters)
    popup = tab.extras.people.popup
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the first suggestion is the current one
    assert not popup.isVisible()
    qtbot.keyClick(recipient, Qt.Key.Key_Return)  # the list closed: Enter saves


def test_batch_intake_with_a_scanner_and_the_keyboard_alone(qtbot, tab):
    choose(field(tab, "item_type"), "express")
    type_chinese(field(tab, "carrier"), "顺丰")
    field(tab, "storage").setText("B2")
    field(tab, "tracking_no").setFocus()
    scan_one(qtbot, tab, "SF1000000001", "lina")
    scan_one(qtbot, tab, "SF1000000002", "shlt")
    scan_one(qtbot, tab, "sf1000000003", "wxm")

    rows = [(p.tracking_no, p.item_type, p.carrier, p.storage, p.recipient_name, p.recipient_company,
             p.recipient_unit, p.status, p.no_such_person) for p in Parcel.select().order_by(Parcel.id)]
    assert rows == [
        ("SF1000000001", "express", "顺丰", "B2", "李娜", None, "3栋1203", held.WAITING, 0),
        ("SF1000000002", "express", "顺丰", "B2", None, COMPANY, "1203", held.WAITING, 0),
        ("SF1000000003", "express", "顺丰", "B2", "王小明", None, "5栋0801", held.WAITING, 0),
    ]
    form = tab.form_panel.form
    # Ready for the next item: the sticky fields kept, the rest empty, the cursor in the tracking number.
    assert [form.value(n) for n in parcels.STICKY] == ["express", "顺丰", "B2"]
    assert [form.value(n) for n in ("tracking_no", "recipient_name", "recipient_company", "recipient_unit")] == \
        ["", "", "", ""]
    assert focused(tab) is field(tab, "tracking_no")
    assert tab.model.rowCount() == 3
    assert "P000003" in tab.form_panel.message.text()


def test_a_refused_item_keeps_what_was_scanned(qtbot, tab):
    field(tab, "tracking_no").setFocus()
    qtbot.keyClicks(field(tab, "tracking_no"), "SF2000000001")
    qtbot.keyClick(field(tab, "tracking_no"), Qt.Key.Key_Return)
    qtbot.keyClick(field(tab, "recipient_name"), Qt.Key.Key_Return)  # no type, no recipient: refused
    form = tab.form_panel.form
    assert form.error_text("item_type") and form.error_text("recipient_name")
    assert form.value("tracking_no") == "SF2000000001"
    assert not Parcel.select().exists()


# -- hand-over -------------------------------------------------------------------------------------
def test_two_items_of_one_recipient_handed_over_in_one_step_with_a_screen_signature(qtbot, tab, receptionist_ctx):
    first = receive(receptionist_ctx, item_type="registered", tracking_no="XA123456789CN")
    second = receive(receptionist_ctx, tracking_no="YT99887766", carrier="圆通")
    other = receive(receptionist_ctx, tracking_no="JD000111", recipient_company=None, recipient_name="李娜",
                    recipient_unit="3栋1203")
    tab.refresh()
    tab.select_entry(first.id)
    assert tab.extras.hand_over_button.isEnabled()

    def steps(dialog):
        assert [dialog.items.item(r).text() for r in range(dialog.items.count())] == \
            [parcels.SPEC.summary(first), parcels.SPEC.summary(second)]
        assert dialog.confirm_button.text() == "Hand over 2 (Enter)"
        dialog.collector.setText("刘经理")
        sign(qtbot, dialog.pad)
        assert [len(stroke) for stroke in dialog.pad.strokes] == [6]
        assert dialog.signed_buttons["screen"].isChecked()  # drawing means signed on screen
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Return)
        # Registered mail is handed over against an ID: said by the field, nothing lost.
        assert dialog.isVisible() and dialog.error_text("id_checked") == "请选择查验的证件。"
        assert dialog.collector.text() == "刘经理" and not dialog.pad.is_empty()
        choose(dialog.id_checked, "work_id")
        qtbot.keyClick(dialog.id_checked, Qt.Key.Key_Return)

    seen = drive(tab, steps)
    tab.extras.hand_over_button.click()
    assert seen["dialog"].result() == seen["dialog"].DialogCode.Accepted
    handed = held.HandOver.get()
    assert (handed.collector_name, handed.id_checked, handed.signed_on) == ("刘经理", "work_id", "screen")
    assert handed.signature_png.startswith(b"\x89PNG") and len(handed.signature_png) > 500
    assert {p.id: (p.status, p.hand_over_id) for p in Parcel.select()} == {
        first.id: (held.COLLECTED, handed.id), second.id: (held.COLLECTED, handed.id),
        other.id: (held.WAITING, None)}
    assert "刘经理" in tab.form_panel.message.text()
    assert not tab.extras.hand_over_button.isEnabled()  # collected: nothing left to hand over


def test_a_second_hand_over_of_the_same_item_is_refused_with_a_sentence(qtbot, tab, receptionist_ctx):
    item = receive(receptionist_ctx)
    tab.refresh()
    tab.select_entry(item.id)

    def steps(dialog):
        # Meanwhile the other counter hands it over.
        parcels.hand_over(receptionist_ctx, [Parcel.get_by_id(item.id)], collector_name="王小明",
                          id_checked="resident_id")
        dialog.collector.setText("张三")
        choose(dialog.id_checked, "resident_id")
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error.text() == "已经领取,不能重复交付。"
        assert dialog.collector.text() == "张三"
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Escape)

    seen = drive(tab, steps)
    tab.extras.hand_over_button.click()
    assert seen["dialog"].result() == seen["dialog"].DialogCode.Rejected
    assert held.HandOver.select().count() == 1
    assert Parcel.get_by_id(item.id).collector_name == "王小明"


def test_an_office_counter_has_no_steward_round(tab):
    assert tab.extras.steward_button is None


def test_the_steward_signs_out_the_round_in_one_step(qtbot, roster, receptionist_ctx, admin_ctx):
    settings.put(admin_ctx, "counter.kind", "residential")
    tab = show(qtbot, LogbookTab(parcels.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                                 ask_reason=lambda parent, title: None, confirm=lambda parent, text: True,
                                 extras=ParcelExtras))
    first = receive(receptionist_ctx, recipient_company=None, recipient_name="李娜", recipient_unit="3栋1203")
    second = receive(receptionist_ctx, item_type="registered", tracking_no="EMS000222")
    unknown = receive(receptionist_ctx, recipient_company=None, recipient_name="不认识", recipient_unit="9999",
                      tracking_no="XX0001")
    assert unknown.no_such_person
    tab.refresh()
    assert tab.extras.steward_button.isEnabled()

    def steps(dialog):
        rows = [dialog.items.item(r) for r in range(dialog.items.count())]
        assert len(rows) == 2 and all(r.checkState() == Qt.CheckState.Checked for r in rows)
        assert dialog.id_checked.currentData() == "none"
        dialog.collector.setText("片区管理员 张师傅")
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Return)

    drive(tab, steps)
    tab.extras.steward_button.click()
    handed = held.HandOver.get()
    assert (handed.collector_role, handed.collector_name, handed.signed_on) == ("steward", "片区管理员 张师傅", "paper")
    assert [Parcel.get_by_id(i).status for i in (first.id, second.id, unknown.id)] == \
        [held.COLLECTED, held.COLLECTED, held.WAITING]


def test_notify_logs_each_attempt(qtbot, tab, receptionist_ctx):
    item = receive(receptionist_ctx)
    tab.refresh()
    tab.select_entry(item.id)

    def no_answer(dialog):
        assert dialog.channel.currentData() == "phone"  # an office counter phones
        choose(dialog.outcome, "no_answer")
        dialog.note.setText("0755-86001234")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    drive(tab, no_answer)
    tab.extras.notify_button.click()
    assert Parcel.get_by_id(item.id).status == held.WAITING

    drive(tab, lambda dialog: qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return))  # told: the default outcome
    tab.extras.notify_button.click()
    logged = [(n.channel, n.outcome, n.note) for n in held.notifications(parcels.SPEC, item)]
    assert logged == [("phone", "no_answer", "0755-86001234"), ("phone", "reached", None)]
    assert Parcel.get_by_id(item.id).status == held.NOTIFIED
    assert tab.model.row(tab.table.currentIndex().row()).status == held.NOTIFIED


def test_a_no_such_person_item_cannot_be_notified_and_goes_back(qtbot, tab, receptionist_ctx):
    item = receive(receptionist_ctx, recipient_company=None, recipient_name="不认识", recipient_unit="9999")
    tab.refresh()
    tab.select_entry(item.id)

    def refused(dialog):
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
        assert "查无此人" in dialog.error.text()
        dialog.reject()

    drive(tab, refused)
    tab.extras.notify_button.click()
    assert not held.notifications(parcels.SPEC, item)

    def back(dialog):
        qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
        assert dialog.error_text("how") == "请选择处理方式。"
        choose(dialog.how, "post_office")
        qtbot.keyClick(dialog.how, Qt.Key.Key_Return)

    drive(tab, back)
    tab.extras.return_button.click()
    assert (Parcel.get_by_id(item.id).status, Parcel.get_by_id(item.id).returned_how) == \
        (held.RETURNED, "post_office")


# -- a scanned slip -------------------------------------------------------------------------------
def test_a_scanned_slip_opens_the_item_with_hand_over_focused(qtbot, roster, receptionist_ctx, monkeypatch):
    from frontdesk_gui.core import spec
    from frontdesk_gui.ui.main_window import MainWindow

    # The window with the parcels tab alone: what is tested is the scan, the open and the focus.
    monkeypatch.setattr(spec, "all_specs", lambda: [parcels.SPEC])
    item = receive(receptionist_ctx)
    window = show(qtbot, MainWindow(receptionist_ctx, authorise=lambda c, text: None))
    window.focus_search()
    qtbot.keyClicks(window.search, f"P{item.id:06d}")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tab = window.tabs["parcels"]
    assert window.current_tab() is tab and tab.selected_id() == item.id
    assert focused(window) is tab.extras.hand_over_button
    opened = drive(tab, lambda dialog: dialog.reject())
    qtbot.keyClick(tab.extras.hand_over_button, Qt.Key.Key_Return)
    assert opened["dialog"].objectName() == "hand_over_dialog"
