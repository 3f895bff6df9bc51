"""Lost and found and deposits driven through the real tab (issue 4): a found item is logged with its photo,
a loss report finds it first among the candidates and links it, the owner claims it against an ID; a
deposit is handed back with its condition recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core import held
from frontdesk_gui.core.logbooks import deposits, lost_found
from frontdesk_gui.core.logbooks.deposits import DepositedItem
from frontdesk_gui.core.logbooks.lost_found import FoundItem, LossReport
from frontdesk_gui.ui.deposit_extras import DepositExtras
from frontdesk_gui.ui.dialogs.loss_report_dialog import LossReportDialog
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.lost_found_extras import LostFoundExtras


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def make_tab(qtbot, spec, ctx, extras):
    return show(qtbot, LogbookTab(spec, ctx, authorise=lambda ctx, text: None,
                                  ask_reason=lambda parent, title: None, confirm=lambda parent, text: True,
                                  extras=extras))


@pytest.fixture
def tab(qtbot, receptionist_ctx):
    return make_tab(qtbot, lost_found.SPEC, receptionist_ctx, LostFoundExtras)


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "wallet.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#5a3b22"))
    assert image.save(str(path))
    return str(path)


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def drive(extras, steps):
    seen = {}

    def run(dialog):
        dialog.show()
        seen["dialog"] = dialog
        steps(dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    extras.exec_dialog = run
    return seen


def test_log_a_found_item_a_loss_report_finds_it_and_the_owner_claims_it(qtbot, tab, photo, receptionist_ctx):
    lost_found.log_found(receptionist_ctx, what="黑色雨伞", found_where="电梯厅", found_by="保安 刘")
    field(tab, "what").setText("棕色钱包")
    field(tab, "description").setPlainText("皮质,内有身份证")
    field(tab, "found_where").setText("地下停车场 B2")
    field(tab, "found_by").setText("保洁 张阿姨")
    field(tab, "storage").setText("失物柜 A1")
    tab.extras.pick_file = lambda: photo
    tab.extras.choose_button.click()
    assert field(tab, "photo_path").text() == photo
    assert tab.extras.form_preview.isVisible() and not tab.extras.form_preview.pixmap().isNull()
    tab.form_panel.save_button.click()
    wallet = FoundItem.select().order_by(FoundItem.id.desc()).get()
    assert (wallet.what, wallet.photo_path, wallet.status) == ("棕色钱包", photo, held.WAITING)
    assert tab.selected_id() == wallet.id
    qtbot.waitUntil(tab.extras.selected_photo.isVisible)

    def in_dialog(dialog: LossReportDialog):
        dialog.show()
        inputs = dialog.inputs
        inputs["loser_name"].setText("陈先生")
        inputs["loser_phone"].setText("139 1234 5678")
        inputs["what"].setText("钱包")
        inputs["description"].setText("棕色 皮的 有身份证")
        inputs["lost_where"].setText("停车场")
        qtbot.keyClick(inputs["lost_where"], Qt.Key.Key_Return)
        assert LossReport.select().count() == 1
        assert "139****5678" in dialog.reports.item(0).text()
        assert dialog.candidates.rowCount() == 1  # the umbrella has nothing in common
        assert dialog.candidates.item(0, 1).text() == "L000002"
        assert dialog.link_button.isEnabled()
        dialog.link_button.click()
        assert "陈先生" in dialog.message.text()
        dialog.accept()

    tab.extras.exec_reports = in_dialog
    tab.extras.reports_button.click()
    owner = FoundItem.get_by_id(wallet.id)
    assert (owner.recipient_name, owner.recipient_phone) == ("陈先生", "13912345678")
    assert tab.selected_id() == wallet.id

    def claim(dialog):
        assert dialog.collector.text() == "陈先生"
        qtbot.keyClick(dialog.collector, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error_text("id_checked")  # a claim always needs an ID
        choose(dialog.id_checked, "resident_id")
        dialog.confirm_button.click()

    seen = drive(tab.extras, claim)
    tab.extras.hand_over_button.click()
    assert seen["dialog"].result() == seen["dialog"].DialogCode.Accepted
    claimed = FoundItem.get_by_id(wallet.id)
    assert (claimed.status, claimed.collector_name) == (held.COLLECTED, "陈先生")
    assert not tab.extras.hand_over_button.isEnabled()


def test_a_bad_found_item_keeps_what_was_typed(tab):
    field(tab, "what").setText("钥匙")
    field(tab, "found_at").setText("昨天下午")
    tab.form_panel.save_button.click()
    form = tab.form_panel.form
    assert form.error_text("found_at") and form.error_text("found_where") and form.error_text("found_by")
    assert form.value("what") == "钥匙" and not FoundItem.select().exists()


def test_a_photo_is_added_to_a_logged_item(qtbot, tab, photo, receptionist_ctx):
    item = lost_found.log_found(receptionist_ctx, what="手机", found_where="大堂", found_by="前台")
    tab.refresh()
    tab.select_entry(item.id)
    assert not tab.extras.selected_photo.isVisible()
    tab.extras.pick_file = lambda: photo
    tab.extras.photo_button.click()
    assert FoundItem.get_by_id(item.id).photo_path == photo
    qtbot.waitUntil(tab.extras.selected_photo.isVisible)


def test_a_deposit_goes_back_with_its_condition(qtbot, receptionist_ctx):
    tab = make_tab(qtbot, deposits.SPEC, receptionist_ctx, DepositExtras)
    field(tab, "depositor_name").setText("周女士")
    field(tab, "items").setText("拉杆箱")
    choose(field(tab, "condition_in"), "good")
    field(tab, "expected_at").setText("2026-11-23 18:00")
    tab.form_panel.save_button.click()
    item = DepositedItem.get()
    assert item.tag_no == "1" and tab.selected_id() == item.id

    def collect(dialog):
        assert dialog.collector.text() == "周女士"
        choose(dialog.condition, "damaged")
        dialog.confirm_button.click()
        assert dialog.isVisible() and dialog.error_text("condition_out_note")
        dialog.condition_note.setText("轮子掉了一个")
        dialog.confirm_button.click()

    seen = drive(tab.extras, collect)
    tab.extras.hand_over_button.click()
    assert seen["dialog"].result() == seen["dialog"].DialogCode.Accepted
    item = DepositedItem.get_by_id(item.id)
    assert (item.status, item.condition_out, item.condition_out_note) == (held.COLLECTED, "damaged", "轮子掉了一个")
