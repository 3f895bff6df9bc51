"""The money screens driven by qtbot with real widgets and a real database: the cash drawer tab with its
totals panel, the cash count and the daily total; the price list; company accounts with the statement
and the month's settlement; the Money menu. Modal prompts (approval) are stubbed."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow

from frontdesk_gui.core import auth, shift
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import drawer, service_orders
from frontdesk_gui.core.money import prices
from frontdesk_gui.core.money.models import DrawerEntry, Receipt
from frontdesk_gui.core.money.prices import PriceRate
from frontdesk_gui.ui.dialogs.accounts_dialog import AccountsDialog
from frontdesk_gui.ui.dialogs.price_list_dialog import PriceListDialog, qdatetime
from frontdesk_gui.ui.drawer_extras import DrawerExtras
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.money_menu import add_money_menu

COMPANY = "上海蓝天贸易有限公司"


class Prompts:
    def __init__(self):
        self.approvals, self.asked = [], []

    def authorise(self, ctx, action_text):
        self.asked.append(action_text)
        return self.approvals.pop(0) if self.approvals else None


@pytest.fixture
def prompts():
    return Prompts()


@pytest.fixture
def tab(qtbot, receptionist_ctx, prompts):
    widget = LogbookTab(drawer.SPEC, receptionist_ctx, authorise=prompts.authorise,
                        ask_reason=lambda parent, title: "测试", confirm=lambda parent, text: True,
                        extras=DrawerExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def lead_ctx(supervisor):
    return shift.login("lead", "lead-pass")


def copy_job(ctx, copies="12", **extra):
    values = dict(service="copy", payer_name="张三", company_name="", paper_size="a4", sides="single", colour="bw",
                  copies_per_set=copies, sets="1")
    values.update(extra)
    return service_orders.take_order(ctx, **values)


def paid_order(ctx, method, **extra):
    order = copy_job(ctx, **extra)
    service_orders.mark_done(ctx, order)
    return order, service_orders.settle(ctx, order, method)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def enter(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# -- the cash drawer -------------------------------------------------------------------------------
def test_a_float_and_a_payout_typed_into_the_form_show_in_the_totals(tab, qtbot, receptionist_ctx):
    form = tab.form_panel.form
    choose(form.widgets["kind"], "float")
    qtbot.keyClicks(form.widgets["amount"], "500")
    enter(qtbot, form.widgets["amount"])
    choose(form.widgets["kind"], "payout")
    qtbot.keyClicks(form.widgets["amount"], "20")
    form.widgets["reason"].setText("买打印机墨盒")
    enter(qtbot, form.widgets["reason"])
    assert [(e.kind, e.amount_fen) for e in DrawerEntry.select().order_by(DrawerEntry.id)] == [
        ("float", 50000), ("payout", -2000)]
    assert tab.model.rowCount() == 2
    extras = tab.extras
    assert "¥480.00" in extras.cash_held.text()
    assert "¥500.00" in extras.cash_moves.text() and "¥20.00" in extras.cash_moves.text()
    # Money taken through receipts arrives in the panel by method once the tab is read again.
    paid_order(receptionist_ctx, "cash")
    paid_order(receptionist_ctx, "wechat", copies="20")
    tab.refresh()
    assert extras.figures["cash"]["taken"].text() == "¥6.00"
    assert extras.figures["wechat"]["net"].text() == "¥10.00"
    assert extras.figures["total"]["taken"].text() == "¥16.00"
    assert "¥486.00" in extras.cash_held.text()


def test_a_payout_without_its_reason_is_refused_next_to_the_field(tab, qtbot):
    form = tab.form_panel.form
    choose(form.widgets["kind"], "float")
    qtbot.keyClicks(form.widgets["amount"], "100")
    enter(qtbot, form.widgets["amount"])
    choose(form.widgets["kind"], "payout")
    qtbot.keyClicks(form.widgets["amount"], "20")
    enter(qtbot, form.widgets["amount"])
    assert DrawerEntry.select().count() == 1
    assert "用途" in form.error_text("reason") and form.errors["reason"].isVisible()
    assert form.widgets["amount"].text() == "20"


def test_a_count_that_differs_needs_its_reason(tab, qtbot, receptionist_ctx):
    drawer.record(receptionist_ctx, kind="float", amount="500")
    tab.refresh()
    dialog = tab.extras.open_count()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.expected == 50000
    qtbot.keyClicks(dialog.counted, "490")
    assert dialog.difference.text() == "-¥10.00"
    enter(qtbot, dialog.counted)  # Enter saves
    assert DrawerEntry.select().where(DrawerEntry.kind == "count").count() == 0
    assert dialog.errors["reason"].isVisible() and "500.00" in dialog.errors["reason"].text()
    assert dialog.isVisible() and dialog.counted.text() == "490"
    dialog.reason.setText("找零时多付了十元")
    enter(qtbot, dialog.reason)
    counted = DrawerEntry.get(DrawerEntry.kind == "count")
    assert (counted.amount_fen, counted.expected_fen, counted.reason) == (49000, 50000, "找零时多付了十元")
    assert not dialog.isVisible()
    assert "¥490.00" in tab.extras.last_count.text() and "-¥10.00" in tab.extras.last_count.text()
    assert "¥490.00" in tab.extras.cash_held.text()


def test_a_count_that_matches_needs_no_reason_and_esc_cancels(tab, qtbot, receptionist_ctx):
    drawer.record(receptionist_ctx, kind="float", amount="300")
    dialog = tab.extras.open_count()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # Esc is the tab's own key otherwise
    qtbot.keyClick(dialog.counted, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and DrawerEntry.select().where(DrawerEntry.kind == "count").count() == 0
    dialog = tab.extras.open_count()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.counted, "300.00")
    assert dialog.difference.text() == "none"
    enter(qtbot, dialog.counted)
    assert DrawerEntry.get(DrawerEntry.kind == "count").reason is None


def test_a_bad_count_figure_is_shown_next_to_the_figure(tab, qtbot):
    dialog = tab.extras.open_count()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.counted, "12.345")
    enter(qtbot, dialog.counted)
    assert dialog.errors["counted"].isVisible() and "两位小数" in dialog.errors["counted"].text()


def test_the_daily_total_asks_a_receptionist_for_approval(tab, qtbot, prompts, receptionist_ctx):
    paid_order(receptionist_ctx, "cash")
    paid_order(receptionist_ctx, "alipay", copies="4")
    dialog = tab.extras.open_daily_total()
    qtbot.addWidget(dialog)
    assert prompts.asked == [] and dialog.model.rowCount() == 0  # nothing asked before the day is chosen
    assert not dialog.show_day()  # nobody approves
    assert prompts.asked and "主管" in dialog.message.text()
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "daily total")]
    enter(qtbot, dialog.day)
    rows = [[dialog.model.data(dialog.model.index(r, c)) for c in range(4)] for r in range(dialog.model.rowCount())]
    assert rows[0] == ["现金", "¥6.00", "¥0.00", "¥6.00"]
    assert rows[2] == ["支付宝", "¥2.00", "¥0.00", "¥2.00"]
    assert rows[-1][3] == "¥8.00"


def test_a_supervisor_sees_the_daily_total_at_once(qtbot, lead_ctx, receptionist_ctx):
    paid_order(receptionist_ctx, "card")
    widget = LogbookTab(drawer.SPEC, lead_ctx, authorise=lambda *a: None, extras=DrawerExtras)
    qtbot.addWidget(widget)
    dialog = widget.extras.open_daily_total()
    qtbot.addWidget(dialog)
    assert dialog.model.data(dialog.model.index(3, 1)) == "¥6.00"


# -- the price list ----------------------------------------------------------------------------------
def price_cell(dialog, code, column):
    assert dialog.select_code(code)
    row = dialog.items_view.currentIndex().row()
    return dialog.items_model.data(dialog.items_model.index(row, column))


def test_a_supervisor_sets_a_new_price_and_earlier_orders_keep_theirs(qtbot, frozen, lead_ctx, receptionist_ctx):
    before = copy_job(receptionist_ctx)
    assert before.total_fen == 600
    frozen.advance(minutes=5, seconds=17)
    dialog = PriceListDialog(lead_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert price_cell(dialog, "copy.a4.single.bw", 3) == "¥0.50"
    form = dialog.set_price()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.price, "0.60")
    enter(qtbot, form.price)  # effective from now, as the form suggests
    assert not form.isVisible()
    assert price_cell(dialog, "copy.a4.single.bw", 3) == "¥0.60"
    history = [[dialog.history_model.data(dialog.history_model.index(r, c)) for c in (1, 2, 4)]
               for r in range(dialog.history_model.rowCount())]
    assert history[0] == ["¥0.60", "王领班", "In force"]
    assert history[1][0] == "¥0.50"
    assert "¥0.60" in dialog.message.text()
    assert service_orders.ServiceOrder.get_by_id(before.id).total_fen == 600  # taken before: old price
    assert copy_job(receptionist_ctx).total_fen == 720


def test_a_price_from_the_past_is_refused_with_a_sentence(qtbot, frozen, lead_ctx):
    dialog = PriceListDialog(lead_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_code("scan.page")
    rates_before = PriceRate.select().count()
    form = dialog.set_price()
    qtbot.addWidget(form)
    form.price.setText("1.50")
    form.effective.setDateTime(qdatetime(frozen.now() - timedelta(days=1)))
    form.save_button.click()
    assert PriceRate.select().count() == rates_before
    assert form.isVisible() and form.errors["effective_from"].isVisible()
    assert "不能早于现在" in form.errors["effective_from"].text()
    assert form.price.text() == "1.50"
    form.effective.setDateTime(qdatetime(frozen.now() + timedelta(days=3)))
    form.save_button.click()
    assert not form.isVisible()
    assert price_cell(dialog, "scan.page", 3) == "¥1.00"  # not yet
    assert dialog.history_model.data(dialog.history_model.index(0, 4)) == "Upcoming"


def test_a_receptionist_may_look_and_a_supervisor_approves_a_change(qtbot, prompts, receptionist_ctx):
    dialog = PriceListDialog(receptionist_ctx, authorise=prompts.authorise)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.service, "lamination")
    assert dialog.items_model.rowCount() == 2
    dialog.select_code("laminate.a3")
    assert not dialog.toggle_active()  # nobody came to approve
    assert prices.item("laminate.a3").active and "主管" in dialog.message.text()
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "withdraw")]
    assert dialog.toggle_active()
    assert not prices.item("laminate.a3").active and dialog.items_model.rowCount() == 1
    assert "过塑 A3" in prompts.asked[-1]
    dialog.withdrawn.setChecked(True)
    assert price_cell(dialog, "laminate.a3", 5) == "Withdrawn"


def test_a_new_item_is_checked_before_a_supervisor_is_asked(qtbot, prompts, receptionist_ctx):
    dialog = PriceListDialog(receptionist_ctx, authorise=prompts.authorise)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.add_item()
    qtbot.addWidget(form)
    choose(form.service, "other")
    form.code.setText("other.courier")
    form.name_zh.setText("快递代寄")
    choose(form.unit, "piece")
    form.price.setText("abc")
    form.save_button.click()
    assert prompts.asked == [] and form.errors["price"].isVisible()
    form.price.setText("15")
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "add item")]
    form.save_button.click()
    assert not form.isVisible()
    item = prices.item("other.courier")
    assert item is not None and prices.price_at(item, item.rates.get().effective_from) == 1500
    assert price_cell(dialog, "other.courier", 3) == "¥15.00"
    dialog.filter.setText("kd")  # pinyin initials of 快递
    assert dialog.items_model.rowCount() == 1


# -- company accounts --------------------------------------------------------------------------------
@pytest.fixture
def signed(admin_ctx, receptionist_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, room="1203")
    vouchers = []
    for copies in ("12", "30"):
        _order, voucher = paid_order(receptionist_ctx, "account", copies=copies, company_name=COMPANY)
        vouchers.append(voucher)
    return vouchers


def test_a_company_with_signed_orders_is_listed_with_what_it_owes(qtbot, receptionist_ctx, signed):
    dialog = AccountsDialog(receptionist_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.companies() == [COMPANY]
    cells = [dialog.companies_model.data(dialog.companies_model.index(0, c)) for c in range(4)]
    assert cells == [COMPANY, "1203", "2", "¥21.00"]
    assert dialog.month_text() == "2026-11"
    assert dialog.rows_model.rowCount() == 2
    assert {dialog.rows_model.data(dialog.rows_model.index(r, 1)) for r in range(2)} == {v.number for v in signed}


def test_the_statement_renders_with_the_company_name(qtbot, receptionist_ctx, signed):
    dialog = AccountsDialog(receptionist_ctx)
    qtbot.addWidget(dialog)
    preview = dialog.statement()
    qtbot.addWidget(preview)
    assert preview.pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert COMPANY in text and signed[0].number in text and "21.00" in text


def test_settling_the_month_issues_a_receipt_sent_to_print(qtbot, receptionist_ctx, signed):
    dialog = AccountsDialog(receptionist_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.print_requested) as sent:
        receipt = dialog.settle(method="wechat")
    assert sent.args == ["receipts", receipt.id]
    stored = Receipt.get_by_id(receipt.id)
    assert stored.series == "R" and stored.total_fen == 2100 and stored.company_name == COMPANY
    assert dialog.companies() == []
    assert receipt.number in dialog.message.text()
    assert not dialog.settle_button.isEnabled()
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["wechat"]["taken"] == 2100


def test_settling_a_month_without_signed_charges_says_so(qtbot, receptionist_ctx, signed):
    dialog = AccountsDialog(receptionist_ctx)
    qtbot.addWidget(dialog)
    dialog.set_month("2026-10")
    assert dialog.rows_model.rowCount() == 0
    with qtbot.assertNotEmitted(dialog.print_requested):
        assert dialog.settle(method="cash") is None
    assert dialog.message.text() and dialog.companies() == [COMPANY]


# -- the menu ----------------------------------------------------------------------------------------
class Window(QMainWindow):
    """Stands in for the main window: what add_money_menu uses of it."""

    print_requested = Signal(str, int)

    def __init__(self, ctx, drawer_tab):
        super().__init__()
        self.ctx = ctx
        self.tabs = {"drawer": drawer_tab}
        self.shown = None
        self.menuBar().addMenu("&File")
        self.menuBar().addMenu("&Help")

    def show_tab(self, key):
        self.shown = key
        return self.tabs[key]


def test_the_money_menu_opens_the_dialogs_and_the_drawer(qtbot, receptionist_ctx, signed, prompts):
    drawer_tab = LogbookTab(drawer.SPEC, receptionist_ctx, authorise=prompts.authorise)
    window = Window(receptionist_ctx, drawer_tab)
    qtbot.addWidget(window)
    menu = add_money_menu(window, authorise=prompts.authorise)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Money", "&Help"]
    assert [a.text() for a in menu.menu.actions() if a.text()] == ["Price list…", "Company accounts…",
                                                                   "Cash drawer"]
    menu.drawer_action.trigger()
    assert window.shown == "drawer"
    prices_dialog = menu.open_price_list()
    qtbot.addWidget(prices_dialog)
    assert prices_dialog.isVisible() and prices_dialog.authorise == prompts.authorise
    accounts_dialog = menu.open_accounts()
    qtbot.addWidget(accounts_dialog)
    with qtbot.waitSignal(window.print_requested) as sent:
        receipt = accounts_dialog.settle(method="cash")
    assert sent.args == ["receipts", receipt.id]
