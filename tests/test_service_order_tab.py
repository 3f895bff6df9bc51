"""The business-centre service orders driven through the real tab (issue 3): the form shows the chosen
service's fields and prices as it is typed, Enter saves, Done, then Settle… takes the money and the
receipt (or the voucher signed to a company's account) goes to the print path; the receipts tab has no
form and its void asks a supervisor; a receipt prints in either layout, the counter's preferred one
offered first. Modal prompts are stubbed; the settle dialog itself is real and driven by keys."""

import subprocess

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk_gui.core import auth, printing, settings
from frontdesk_gui.core.directory import service as directory
from frontdesk_gui.core.logbooks import drawer, receipts, service_orders
from frontdesk_gui.core.logbooks.service_orders import DONE, ORDERED, SETTLED, ServiceOrder
from frontdesk_gui.core.money.models import DrawerEntry, Receipt
from frontdesk_gui.reports import registry
from frontdesk_gui.ui import session_actions
from frontdesk_gui.ui.dialogs.settle_dialog import allowed_methods
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.service_order_extras import ServiceOrderExtras

COMPANY = "上海蓝天贸易有限公司"


class Prompts:
    """Stands in for the modal prompts: answers queued by the test, calls recorded."""

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


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def tab(qtbot, receptionist_ctx, prompts):
    widget = LogbookTab(service_orders.SPEC, receptionist_ctx, authorise=prompts.authorise,
                        ask_reason=prompts.ask_reason, confirm=lambda parent, text: True,
                        extras=ServiceOrderExtras)
    widget.printed = []
    widget.print_requested.connect(lambda key, entry_id: widget.printed.append((key, entry_id)))
    return show(qtbot, widget)


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


def button(tab, key):
    return next(b for a, b in tab.action_buttons if a.key == key)


def shown(tab, name):
    return tab.form_panel.form.is_shown(name)


def settle_with(qtbot, tab, method, *, finance_no="", payer=None):
    """Drive the real settle / deposit dialog: pick the method by clicking, confirm with Enter."""
    seen = {}

    def drive(dialog):
        dialog.show()
        seen["dialog"], seen["due"], seen["methods"] = dialog, dialog.due.text(), list(dialog.method_buttons)
        dialog.method_buttons[method].click()
        if payer is not None:
            dialog.payer.setText(payer)
        if finance_no:
            dialog.finance_no.setText(finance_no)
        qtbot.keyClick(dialog.payer, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        return dialog.result() == dialog.DialogCode.Accepted

    tab.extras.exec_dialog = drive
    return seen


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def copy_order(ctx, **extra):
    values = dict(service="copy", payer_name="张三", paper_size="a4", sides="single", colour="bw",
                  copies_per_set="12", sets="1")
    values.update(extra)
    return service_orders.take_order(ctx, **values)


def test_a_copy_job_from_the_form_to_the_printed_receipt(tab, qtbot, receptionist_ctx):
    choose(tab, "service", "copy")
    assert shown(tab, "copies_per_set") and not shown(tab, "item_code")
    assert tab.form_panel.form.value("paper_size") == "a4" and field(tab, "sets").text() == "1"
    type_chinese(field(tab, "payer_name"), "张三")
    qtbot.keyClicks(field(tab, "phone"), "13812341234")
    qtbot.keyClicks(field(tab, "copies_per_set"), "12")
    field(tab, "sets").clear()
    qtbot.keyClicks(field(tab, "sets"), "3")
    quote = tab.extras.quote_label
    qtbot.waitUntil(lambda: "18.00" in quote.text())  # 36 copies at 0.50
    assert "Deposit" not in quote.text() and not any(e.isVisible() for e in tab.form_panel.form.errors.values())
    qtbot.keyClick(field(tab, "sets"), Qt.Key.Key_Return)
    order = ServiceOrder.get()
    assert (order.payer_name, order.total_fen, order.status) == ("张三", 1800, ORDERED)
    assert tab.selected_id() == order.id and field(tab, "payer_name").text() == ""
    row = [c.field for c in service_orders.SPEC.columns].index("total_fen")
    index = tab.model.index(0, row)
    assert index.data() == "18.00"
    assert int(index.data(Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)

    assert not tab.extras.settle_button.isEnabled() and not tab.extras.deposit_button.isEnabled()
    button(tab, "done").click()
    assert ServiceOrder.get_by_id(order.id).status == DONE
    assert tab.extras.settle_button.isEnabled()
    seen = settle_with(qtbot, tab, "cash")
    tab.extras.settle_button.click()
    assert seen["due"] == "¥ 18.00" and seen["error"] == ""
    assert seen["methods"] == ["cash", "wechat", "alipay", "card", "finance"]  # no company: no signing
    receipt = Receipt.get()
    assert (receipt.series, receipt.total_fen, receipt.method, receipt.payer) == ("R", 1800, "cash", "张三")
    assert ServiceOrder.get_by_id(order.id).status == SETTLED
    assert tab.printed == [("receipts", receipt.id)]
    assert receipt.number in tab.form_panel.message.text()
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["cash"]["taken"] == 1800
    assert not tab.extras.settle_button.isEnabled()


def test_the_receipt_renders_in_both_layouts(receptionist_ctx, tmp_path):
    order = copy_order(receptionist_ctx, sets="3")
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    assert {"receipt_a5", "receipt_80mm", "charge_voucher"} <= set(registry.RENDERERS)
    for document in ("receipt_a5", "receipt_80mm"):
        data = printing.document_data(receptionist_ctx, receipts.SPEC, receipt, document)
        text = pdf_text(registry.render(document, data), tmp_path)
        assert receipt.number in text and "18.00" in text and "张三" in text, document


def test_a_large_job_takes_its_deposit_first_and_settles_the_balance(tab, qtbot, receptionist_ctx):
    choose(tab, "service", "copy")
    type_chinese(field(tab, "payer_name"), "王芳")
    choose(tab, "paper_size", "a3")
    choose(tab, "sides", "double")
    choose(tab, "colour", "colour")
    qtbot.keyClicks(field(tab, "copies_per_set"), "10")
    field(tab, "sets").setText("3")
    qtbot.waitUntil(lambda: "210.00" in tab.extras.quote_label.text() and "105.00" in tab.extras.quote_label.text())
    qtbot.keyClick(field(tab, "sets"), Qt.Key.Key_Return)
    order = ServiceOrder.get()
    assert order.deposit_fen == 10500 and "105.00" in tab.form_panel.message.text()
    assert tab.print_button.isEnabled()  # the charge notice
    assert tab.extras.deposit_button.isEnabled()

    button(tab, "done").click()  # refused: the deposit comes first; the sentence shows
    assert ServiceOrder.get_by_id(order.id).status == ORDERED and tab.form_panel.message.text()

    seen = settle_with(qtbot, tab, "wechat")
    tab.extras.deposit_button.click()
    assert seen["due"] == "¥ 105.00" and "account" not in seen["methods"]
    deposit = Receipt.get()
    assert (deposit.total_fen, deposit.method) == (10500, "wechat")
    assert tab.printed == [("receipts", deposit.id)] and not tab.extras.deposit_button.isEnabled()

    button(tab, "done").click()
    seen = settle_with(qtbot, tab, "cash")
    tab.extras.settle_button.click()
    assert seen["due"] == "¥ 105.00"
    assert deposit.number in seen["dialog"].detail.text()
    final = Receipt.select().order_by(Receipt.id.desc()).get()
    assert final.total_fen == 21000 - 10500 and tab.printed[-1] == ("receipts", final.id)


def test_signed_to_a_company_account_prints_a_voucher_and_takes_no_cash(tab, qtbot, receptionist_ctx,
                                                                        admin_ctx):
    directory.add(admin_ctx, "company", name=COMPANY, room="1203")
    choose(tab, "service", "print")
    type_chinese(field(tab, "payer_name"), "陈静")
    completer = tab.extras.companies
    type_chinese(field(tab, "company_name"), "蓝天")
    qtbot.waitUntil(completer.popup.isVisible)
    qtbot.keyClick(completer.popup, Qt.Key.Key_Return)  # picks the company; does not save the form
    assert ServiceOrder.select().count() == 0
    assert field(tab, "company_name").text() == COMPANY and field(tab, "room").text() == "1203"
    qtbot.keyClicks(field(tab, "pages"), "20")
    qtbot.keyClick(field(tab, "pages"), Qt.Key.Key_Return)
    order = ServiceOrder.get()
    assert (order.company_name, order.room, order.total_fen) == (COMPANY, "1203", 2000)

    button(tab, "done").click()
    seen = settle_with(qtbot, tab, "account")
    tab.extras.settle_button.click()
    assert "account" in seen["methods"] and seen["error"] == ""
    voucher = Receipt.get()
    assert voucher.series == "S" and voucher.number.startswith("S") and voucher.company_name == COMPANY
    assert tab.printed == [("receipts", voucher.id)]
    assert DrawerEntry.select().count() == 0
    assert drawer.shift_summary(receptionist_ctx.shift)["methods"]["cash"]["taken"] == 0


def test_a_refusal_shows_in_the_dialog_and_keeps_what_was_chosen(tab, qtbot, receptionist_ctx):
    order = copy_order(receptionist_ctx, company_name="不在名册的公司")
    service_orders.mark_done(receptionist_ctx, order)
    tab.refresh()
    tab.select_entry(order.id)
    seen = settle_with(qtbot, tab, "account")
    tab.extras.settle_button.click()  # a company not in the directory cannot sign
    dialog = seen["dialog"]
    assert "名册" in seen["error"] and dialog.isVisible() and dialog.method() == "account"
    assert Receipt.select().count() == 0 and ServiceOrder.get_by_id(order.id).status == DONE
    dialog.choose("finance")
    qtbot.keyClick(dialog.finance_no, Qt.Key.Key_Return)  # the finance number is needed
    assert dialog.isVisible() and "财务室收据号" in dialog.finance_error.text()
    qtbot.keyClicks(dialog.finance_no, "CW-8812")
    qtbot.keyClick(dialog.finance_no, Qt.Key.Key_Return)
    assert not dialog.isVisible() and ServiceOrder.get_by_id(order.id).status == SETTLED
    assert Receipt.select().count() == 0 and tab.printed == []  # the finance office gave its own receipt


def test_escape_cancels_the_settle_dialog(tab, qtbot, receptionist_ctx):
    order = copy_order(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, order)
    tab.refresh()
    tab.select_entry(order.id)

    def escape(dialog):
        dialog.show()
        qtbot.keyClick(dialog.method_buttons["cash"], Qt.Key.Key_Escape)
        return dialog.result() == dialog.DialogCode.Accepted

    tab.extras.exec_dialog = escape
    tab.extras.settle_button.click()
    assert ServiceOrder.get_by_id(order.id).status == DONE and Receipt.select().count() == 0


def test_internal_use_signs_the_settlement_sheet(tab, qtbot, receptionist_ctx):
    order = copy_order(receptionist_ctx, customer_kind="internal", department="工程部", reason="维修记录",
                       approver="赵经理")
    service_orders.mark_done(receptionist_ctx, order)
    tab.refresh()
    tab.select_entry(order.id)
    seen = settle_with(qtbot, tab, "internal")
    tab.extras.settle_button.click()
    assert seen["methods"] == ["internal"]
    assert ServiceOrder.get_by_id(order.id).status == SETTLED and Receipt.select().count() == 0
    assert tab.printed == [("service_orders", order.id)]
    docs = [d.key for d in service_orders.SPEC.documents if d.applies(ServiceOrder.get_by_id(order.id))]
    assert docs == ["settlement_sheet"]


def test_payment_methods_follow_the_customer_and_where_fees_are_paid():
    assert allowed_methods("internal", COMPANY, "counter") == ["internal"]
    assert allowed_methods("customer", "", "counter") == ["cash", "wechat", "alipay", "card", "finance"]
    assert allowed_methods("customer", COMPANY, "counter")[-2:] == ["account", "finance"]
    assert "account" not in allowed_methods("customer", COMPANY, "counter", deposit=True)
    assert allowed_methods("customer", COMPANY, "finance") == ["finance"]


def test_fees_paid_at_finance_ask_only_for_the_finance_receipt_number(tab, qtbot, receptionist_ctx, admin_ctx):
    settings.put(admin_ctx, "money.pay_at.service", "finance")
    order = copy_order(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, order)
    tab.refresh()
    tab.select_entry(order.id)
    seen = settle_with(qtbot, tab, "finance", finance_no="CW-0001")
    tab.extras.settle_button.click()
    assert seen["methods"] == ["finance"]
    assert seen["dialog"].finance_no.isVisibleTo(seen["dialog"])
    assert ServiceOrder.get_by_id(order.id).status == SETTLED and "CW-0001" in tab.form_panel.message.text()


def test_the_item_list_and_the_fields_follow_the_service(tab, qtbot):
    items = field(tab, "item_code")
    assert not any(shown(tab, n) for n in ("item_code", "pages", "fax_number", "copies_per_set", "department"))
    choose(tab, "service", "fax_send")
    codes = [items.itemData(i) for i in range(1, items.count())]
    assert "fax.hk" in codes and all(c.startswith("fax.") for c in codes)
    assert all(shown(tab, n) for n in ("item_code", "fax_number", "pages", "duration", "error_pages"))
    assert not shown(tab, "copies_per_set") and not shown(tab, "paper_size")
    assert not tab.form_panel.form.labels["copies_per_set"].isVisible()
    assert tab.form_panel.form.labels["fax_number"].isVisible()
    assert field(tab, "duration").property("needed") is True and field(tab, "error_pages").property("needed") is False
    choose(tab, "item_code", "fax.hk")
    qtbot.keyClicks(field(tab, "pages"), "3")
    qtbot.keyClicks(field(tab, "duration"), "2:10")
    qtbot.waitUntil(lambda: "18.00" in tab.extras.quote_label.text())  # 3 started minutes at 6.00

    choose(tab, "service", "typing")
    assert [items.itemData(i) for i in range(1, items.count())] == ["typing.zh", "typing.en"]
    assert shown(tab, "keep_file") and not shown(tab, "fax_number") and not shown(tab, "duration")
    assert field(tab, "keep_until").property("needed") is False
    choose(tab, "keep_file", "yes")
    assert field(tab, "keep_until").property("needed") is True
    choose(tab, "service", "other")
    assert "other.translation" in [items.itemData(i) for i in range(items.count())]
    assert shown(tab, "quantity") and not shown(tab, "pages")

    choose(tab, "customer_kind", "internal")
    assert all(shown(tab, n) for n in service_orders.INTERNAL_FIELDS)
    assert field(tab, "approver").property("needed") is True
    choose(tab, "customer_kind", "customer")
    assert not shown(tab, "department")
    qtbot.keyClick(field(tab, "payer_name"), Qt.Key.Key_Escape)  # a fresh form asks for the service again
    assert not shown(tab, "quantity") and tab.extras.quote_label.text() == ""


def test_tab_order_follows_the_paper_form(tab, qtbot):
    choose(tab, "service", "fax_send")
    field(tab, "service").setFocus()
    order = ["service", "customer_kind", "payer_name", "company_name", "room", "phone", "item_code",
             "fax_number", "pages", "duration", "error_pages", "note"]
    for here, there in zip(order, order[1:], strict=False):
        assert field(tab, here).hasFocus(), here
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert field(tab, there).hasFocus(), f"Tab from {here} should reach {there}"


def test_the_receipts_tab_has_no_form_and_its_void_asks_a_supervisor(qtbot, receptionist_ctx, prompts):
    order = copy_order(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    tab = show(qtbot, LogbookTab(receipts.SPEC, receptionist_ctx, authorise=prompts.authorise,
                                 ask_reason=prompts.ask_reason, confirm=lambda parent, text: True))
    assert tab.form_panel is None and tab.new_button is None and tab.correct_button is None
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # nothing to type in: nothing happens
    assert tab.model.rowCount() == 1
    assert tab.select_entry(receipt.id)
    column = [c.field for c in receipts.SPEC.columns].index("total_fen")
    assert tab.model.index(0, column).data() == "6.00"
    void = button(tab, "void")
    assert void.isEnabled() and tab.print_button.isEnabled()
    prompts.reasons = ["金额开错"]
    void.click()  # no supervisor came: the receipt stays, the sentence says why
    assert prompts.asked[-1][0] == "authorise" and receipt.number in prompts.asked[-1][1]
    assert Receipt.get_by_id(receipt.id).status == "issued"
    assert tab.message.isVisible() and "主管" in tab.message.text()
    prompts.reasons = ["金额开错"]
    prompts.approvals = [auth.authorise(receptionist_ctx, "lead", "lead-pass", "void receipt")]
    void.click()
    assert Receipt.get_by_id(receipt.id).status == "voided"
    assert ServiceOrder.get_by_id(order.id).status == DONE  # to be settled again
    assert not void.isEnabled() and not tab.print_button.isEnabled()


def test_refund_is_offered_only_for_a_receipt_that_holds_a_deposit(qtbot, receptionist_ctx, prompts):
    plain = copy_order(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, plain)
    paid = service_orders.settle(receptionist_ctx, plain, "cash")
    big = copy_order(receptionist_ctx, paper_size="a3", sides="double", colour="colour", copies_per_set="10",
                     sets="3")
    deposit = service_orders.take_deposit(receptionist_ctx, big, "cash")
    tab = show(qtbot, LogbookTab(receipts.SPEC, receptionist_ctx, authorise=prompts.authorise,
                                 ask_reason=prompts.ask_reason, confirm=lambda parent, text: True))
    refund = button(tab, "refund")
    assert tab.select_entry(paid.id) and not refund.isEnabled()
    assert tab.select_entry(deposit.id) and refund.isEnabled()
    refund.click()
    voucher = Receipt.get(Receipt.refund_of == deposit)
    assert voucher.number.startswith("F") and voucher.number in tab.message.text()
    assert tab.select_entry(deposit.id) and not refund.isEnabled()  # refunded once only


class FakeWindow(QWidget):
    """What SessionActions listens to on the main window, without building every tab."""

    print_requested = Signal(str, int)
    onsite_list_requested = Signal()
    backup_requested = Signal()
    switch_counter_requested = Signal(str)
    operators_requested = Signal()
    settings_requested = Signal()
    flagged_requested = Signal()
    directory_requested = Signal()

    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx


class FakeSession:
    def __init__(self, window):
        self.window = window


@pytest.fixture
def print_path(qtbot, receptionist_ctx, monkeypatch):
    """SessionActions.print_entry with the chooser and the preview stubbed: what was offered and shown."""
    window = FakeWindow(receptionist_ctx)
    qtbot.addWidget(window)
    actions = session_actions.SessionActions(FakeSession(window))
    seen = {"offered": [], "previews": []}

    def choose(parent, documents):
        seen["offered"].append([d.key for d in documents])
        return documents[seen.get("pick", 0)]

    class Preview:
        def __init__(self, pdf, title, key, parent, on_done=None):
            seen["previews"].append((key, pdf))
            self.on_done = on_done

        def exec(self):
            self.on_done("PDF")

    actions.choose_document = choose
    monkeypatch.setattr(session_actions, "PrintPreview", Preview)
    return window, seen


def test_printing_a_receipt_offers_both_layouts_the_preferred_first(print_path, receptionist_ctx, admin_ctx):
    window, seen = print_path
    order = copy_order(receptionist_ctx)
    service_orders.mark_done(receptionist_ctx, order)
    receipt = service_orders.settle(receptionist_ctx, order, "cash")
    window.print_requested.emit("receipts", receipt.id)
    assert seen["offered"] == [["receipt_a5", "receipt_80mm"]]
    assert seen["previews"][0][0] == "receipt_a5" and seen["previews"][0][1].startswith(b"%PDF")
    assert printing.print_count("receipts", receipt.id, None) == 1

    settings.put(admin_ctx, "money.receipt_layout", "80mm")
    seen["pick"] = 0
    window.print_requested.emit("receipts", receipt.id)
    assert seen["offered"][-1] == ["receipt_80mm", "receipt_a5"]
    assert seen["previews"][-1][0] == "receipt_80mm"
    data = printing.document_data(receptionist_ctx, receipts.SPEC, receipt, "receipt_a5")
    assert data["reprint"] == 2  # a receipt is one receipt in any layout: both prints count


def test_a_single_document_prints_without_asking(print_path, receptionist_ctx):
    window, seen = print_path
    order = copy_order(receptionist_ctx, paper_size="a3", sides="double", colour="colour", copies_per_set="10",
                       sets="3")
    window.print_requested.emit("service_orders", order.id)
    assert seen["offered"] == [] and [key for key, _ in seen["previews"]] == ["charge_notice"]
    plain = copy_order(receptionist_ctx)
    window.print_requested.emit("service_orders", plain.id)  # nothing applies: nothing opens
    assert len(seen["previews"]) == 1


def test_a_correction_prices_the_order_again_and_keeps_the_phone_masked(tab, qtbot, prompts, receptionist_ctx):
    order = service_orders.take_order(receptionist_ctx, service="fax_send", payer_name="李四", item_code="fax.hk",
                                      pages="3", duration="2:10", phone="13812341234")
    tab.refresh()
    tab.select_entry(order.id)
    tab.correct_button.click()
    assert tab.form_panel.form.value("item_code") == "fax.hk" and field(tab, "duration").text() == "2:10"
    assert shown(tab, "duration") and not shown(tab, "copies_per_set")
    assert field(tab, "phone").text() == "138****1234" and not field(tab, "service").isEnabled()
    field(tab, "duration").setText("3:05")
    prompts.reasons = ["用时记错"]
    qtbot.keyClick(field(tab, "duration"), Qt.Key.Key_Return)
    order = ServiceOrder.get_by_id(order.id)
    assert (order.duration_seconds, order.total_fen, order.phone) == (185, 4 * 600, "13812341234")
    assert tab.form_panel.mode == "new"


def test_the_document_chooser_lists_the_titles_in_order(qapp, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    documents = receipts.SPEC.documents[:2]
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.append((list(items), current, editable))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    chosen = session_actions.choose_document(None, documents)
    assert offered == [([str(d.title) for d in documents], 0, False)] and chosen is documents[1]
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *args: ("", False)))
    assert session_actions.choose_document(None, documents) is None
