"""Key loans through the real tab: a key lent to an outsider through the form (deposit receipt), refused a
second time with a sentence, and returned with Return… (the ring counted, the deposit refunded)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.logbooks import keys
from frontdesk_gui.core.logbooks.keys import KeyLoan
from frontdesk_gui.core.models import Operator
from frontdesk_gui.core.money import charges
from frontdesk_gui.ui.key_extras import KeyExtras
from frontdesk_gui.ui.logbook_tab import LogbookTab


@pytest.fixture
def tab(qtbot, receptionist_ctx, supervisor):
    lead = Ctx(Operator.get_by_id(supervisor.id), receptionist_ctx.shift)
    keys.add_key(lead, tag="A-0301", category="vacant", building="3栋", unit="301", ring_count=2)
    widget = LogbookTab(keys.SPEC, receptionist_ctx, authorise=lambda ctx, text: None,
                        ask_reason=lambda parent, title: None, confirm=lambda parent, text: True,
                        extras=KeyExtras)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def fill(tab, **values):
    tab.form_panel.form.set_values(values)


def test_lend_through_the_form_refuse_twice_and_return(qtbot, tab, monkeypatch):
    fill(tab, key_tag="a-0301", borrower_kind="outsider", borrower_name="刘装修", id_type="resident_id",
         id_number="11010519491231002X", phone="13812345678", purpose="看房", deposit_method="cash")
    assert tab.form_panel.save()
    loan = KeyLoan.get()
    assert (loan.key_tag, loan.status, loan.deposit_fen) == ("A-0301", "out", 5000)
    assert keys.deposit_charge(loan).status == charges.PAID
    assert "K000001" in tab.form_panel.message.text()

    fill(tab, key_tag="A-0301", borrower_kind="staff", borrower_name="张师傅", department="工程部")
    assert not tab.form_panel.save()
    assert "刘装修" in tab.form_panel.form.error_text("key_tag")

    tab.form_panel.cancel()
    assert tab.select_entry(loan.id)
    extras = tab.extras
    assert extras.return_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2, True)))
    extras.return_key()
    assert KeyLoan.get_by_id(loan.id).status == "returned"
    assert keys.deposit_charge(loan).status == charges.REFUNDED
    assert keys.key_by_tag("A-0301").state == "in"


def test_the_monthly_count_through_the_register_dialog_keeps_a_discrepancy(qtbot, tab, monkeypatch, supervisor):
    from frontdesk_gui.ui import key_extras, print_preview

    lead = Ctx(Operator.get_by_id(supervisor.id), tab.ctx.shift)
    keys.add_key(lead, tag="E-01", category="equipment", building="1栋", label="配电房备用", ring_count=1)
    dialog = key_extras.KeyRegisterDialog(tab, tab.ctx, lambda text, work: work(lead))
    qtbot.addWidget(dialog)
    assert sorted(dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())) == ["A-0301", "E-01"]
    previews = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("2026-11", True))
    monkeypatch.setattr(print_preview.PrintPreview, "exec", lambda self: previews.append(self.pdf) or 0)

    def counted(count_dialog):
        row = [r.key.tag for r in count_dialog.rows].index("E-01")
        combo = count_dialog.combos[row]
        combo.setCurrentIndex(combo.findData("missing"))
        return key_extras.QDialog.DialogCode.Accepted

    monkeypatch.setattr(key_extras.KeyCountDialog, "exec", counted)
    dialog.reconcile()
    assert previews and previews[0].startswith(b"%PDF")
    wrong = keys.discrepancies("2026-11")
    assert [(c.key.tag, c.expected, c.found) for c in wrong] == [("E-01", "in", "missing")]
    assert "E-01" in dialog.message.text()
