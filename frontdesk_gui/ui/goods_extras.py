"""The goods-pass logbook (CATALOGUE A31, B4) beyond the generic tab: a warning under the items as soon as
a prohibited good is typed (gas cylinder, fireworks, thinner...: core's prohibited_in), and the form showing
only what the direction asks for (a release pass: date and issuer; goods coming in: the moving-materials
box and the voucher, needed once the box is ticked)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from frontdesk_gui.core.logbooks import goods

OUT_ONLY = ("valid_date", "issued_by")
IN_ONLY = ("moving_materials", "voucher_no")


class GoodsExtras(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.panel = tab.form_panel
        self.form = self.panel.form
        self.warning = self.panel.ui.findChild(QLabel, "items_warning")
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.items = self.form.widgets["items"]
        self.items.textChanged.connect(self.update_warning)
        self.form.widgets["direction"].currentIndexChanged.connect(self.update_fields)
        self.form.widgets["moving_materials"].toggled.connect(self.update_fields)
        self.panel.cleared.connect(self.update_fields)
        self.update_fields()
        self.update_warning()

    def update_warning(self) -> None:
        found = goods.prohibited_in(self.items.toPlainText())
        self.warning.setText(str(goods.prohibited_sentence(found)) if found else "")
        self.warning.setVisible(bool(found))

    def update_fields(self) -> None:
        coming_in = self.form.value("direction") == goods.IN
        for name in OUT_ONLY:
            self.form.set_shown(name, not coming_in)
        for name in IN_ONLY:
            self.form.set_shown(name, coming_in)
        needed = ["issued_by"] if not coming_in else (["voucher_no"] if self.form.value("moving_materials") else [])
        self.form.set_needed(needed)
        self.update_warning()
