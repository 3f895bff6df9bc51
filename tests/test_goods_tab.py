"""The goods-pass tab (CATALOGUE A31, B4) driven through the real widgets: a prohibited good typed in the
items shows the warning at once, saving it is refused with the sentence under the items, a valid pass
saves and is released with the button, and refusing asks for the reason."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from frontdesk_gui.core.logbooks import goods
from frontdesk_gui.core.logbooks.goods import GoodsPass
from frontdesk_gui.ui.goods_extras import GoodsExtras
from frontdesk_gui.ui.logbook_tab import LogbookTab


@pytest.fixture
def tab(qtbot, receptionist_ctx):
    widget = LogbookTab(goods.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                        ask_reason=lambda parent, title: "物品与放行条不符,回管理处重新开具",
                        confirm=lambda parent, text: True, extras=GoodsExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def field(tab, name):
    return tab.form_panel.form.widgets[name]


def type_chinese(widget, text):
    """Chinese through the input method, as a person types it (keyClicks cannot: PLATFORM_NOTES)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def warning(tab):
    return tab.extras.warning


def fill_valid(tab):
    type_chinese(field(tab, "person_name"), "王小明")
    type_chinese(field(tab, "unit"), "1203")
    type_chinese(field(tab, "items"), "电脑 × 2")
    type_chinese(field(tab, "issued_by"), "陈小姐")


def test_typing_a_gas_cylinder_shows_the_warning(tab):
    assert warning(tab).isHidden()
    type_chinese(field(tab, "items"), "电脑 × 1\n")
    assert warning(tab).isHidden()
    type_chinese(field(tab, "items"), "煤气罐")
    assert warning(tab).isVisible() and "煤气罐" in warning(tab).text()
    field(tab, "items").setPlainText("电脑 × 1")
    assert warning(tab).isHidden()


def test_saving_a_prohibited_good_is_refused_with_the_sentence_by_the_field(tab):
    fill_valid(tab)
    type_chinese(field(tab, "items"), "\n烟花 × 3箱")
    assert not tab.form_panel.save()
    assert "禁止携带" in tab.form_panel.form.error_text("items")
    assert "烟花爆竹" in tab.form_panel.form.error_text("items")
    assert GoodsPass.select().count() == 0
    assert "烟花" in field(tab, "items").toPlainText()  # nothing typed is lost


def test_a_valid_pass_saves_and_is_released(tab):
    fill_valid(tab)
    assert tab.form_panel.save()
    made = GoodsPass.get()
    assert made.status == goods.PENDING and made.items == "电脑 × 2" and made.valid_date == "2026-11-23"
    tab.select_entry(made.id)
    release = next(a for a in goods.SPEC.actions if a.key == "release")
    tab.run_action(release)
    assert GoodsPass.get_by_id(made.id).status == goods.RELEASED
    tab.run_action(release)  # no longer enabled for a released pass: nothing happens
    assert GoodsPass.get_by_id(made.id).status == goods.RELEASED


def test_refused_asks_the_reason(tab):
    fill_valid(tab)
    assert tab.form_panel.save()
    made = GoodsPass.get()
    tab.select_entry(made.id)
    tab.run_action(next(a for a in goods.SPEC.actions if a.key == "refuse"))
    again = GoodsPass.get_by_id(made.id)
    assert again.status == goods.REFUSED and "重新开具" in again.refuse_reason


def test_coming_in_shows_the_voucher_and_needs_it_for_moving_materials(tab):
    combo = field(tab, "direction")
    assert tab.form_panel.form.is_shown("issued_by") and not tab.form_panel.form.is_shown("voucher_no")
    combo.setCurrentIndex(combo.findData(goods.IN))
    assert not tab.form_panel.form.is_shown("issued_by") and tab.form_panel.form.is_shown("voucher_no")
    type_chinese(field(tab, "person_name"), "李师傅")
    type_chinese(field(tab, "items"), "瓷砖 × 30箱")
    field(tab, "moving_materials").setChecked(True)
    assert field(tab, "voucher_no").property("needed") is True
    assert not tab.form_panel.save()
    assert "凭据" in tab.form_panel.form.error_text("voucher_no")
    field(tab, "voucher_no").setText("GL-118")
    assert tab.form_panel.save()
    assert GoodsPass.get().status == goods.ADMITTED
