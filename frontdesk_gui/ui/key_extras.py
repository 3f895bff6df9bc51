"""Key loans (CATALOGUE A32) beyond the generic tab: Return… (count the keys on the ring, the deposit
refunded), Lost… (the deposit kept, the replacement fee taken) and Key register… (the keys, add, import,
retire, and the monthly count: print the checklist, enter what was found)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from frontdesk_gui.core import auth, clock
from frontdesk_gui.core.errors import FrontdeskError, ValidationError
from frontdesk_gui.core.logbooks import keys
from frontdesk_gui.core.money.amounts import METHOD_TITLES
from frontdesk_gui.ui.entry_form_panel import run_authorised

OUTSIDER_FIELDS = ("id_type", "id_number", "phone", "deposit_method")


def _error_text(error: FrontdeskError) -> str:
    if isinstance(error, ValidationError):
        return " ".join(str(t) for t in error.errors.values())
    return str(error)


class KeyExtras(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.form = tab.form_panel.form
        self.form.widgets["borrower_kind"].currentIndexChanged.connect(self.apply_kind)
        tab.form_panel.cleared.connect(self.apply_kind)
        self.return_button = self._button("key_return", self.tr("Return…"),
                                          self.tr("The key comes back: count the keys on the ring"), self.return_key)
        self.lost_button = self._button("key_lost", self.tr("Lost…"),
                                        self.tr("The borrower lost the key: the deposit is kept, a fee charged"),
                                        self.report_lost)
        self.register_button = QPushButton(self.tr("Key register…"), tab)
        self.register_button.setObjectName("key_register")
        self.register_button.clicked.connect(self.open_register)
        tab.filters.add_widget(self.register_button)
        tab.actions_updated.connect(self.update_buttons)
        self.update_buttons()
        self.apply_kind()

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self.tab)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.tab.add_action_button(button)
        return button

    def apply_kind(self) -> None:
        outsider = self.form.value("borrower_kind") == keys.OUTSIDER
        self.form.set_needed(OUTSIDER_FIELDS if outsider else ("department",))

    def selected_out(self):
        loan = self.tab.selected_entry()
        return loan if loan is not None and loan.status == keys.OUT else None

    def update_buttons(self) -> None:
        live = auth.has_role(self.tab.ctx.operator, auth.RECEPTIONIST) and self.selected_out() is not None
        self.return_button.setEnabled(live)
        self.lost_button.setEnabled(live)

    def _run(self, text: str, work):
        return run_authorised(self.tab.ctx, self.tab.authorise, text, work)

    def _done(self, text: str, ok: bool = True) -> None:
        self.tab.refresh()
        self.tab.set_message(text, ok=ok)

    # -- return and loss ------------------------------------------------------------------------------
    def return_key(self) -> None:
        loan = self.selected_out()
        if loan is None:
            return
        key = keys.Key.get_by_id(loan.key_id)
        count, chosen = QInputDialog.getInt(
            self.tab, self.tr("Key returned"),
            self.tr("Count the keys on the ring (the register says %1):").replace("%1", str(key.ring_count)),
            key.ring_count, 0, 99)
        if not chosen:
            return
        partial = None
        if count < key.ring_count:
            partial, chosen = QInputDialog.getText(
                self.tab, self.tr("Partial loss"),
                self.tr("Only %1 of %2 keys came back. What is missing? (the deposit is kept)")
                .replace("%1", str(count)).replace("%2", str(key.ring_count)))
            if not chosen:
                return
        try:
            done = self._run(self.tr("Key returned: %1").replace("%1", keys.loan_summary(loan)),
                             lambda ctx: keys.return_key(ctx, loan, count, partial_loss=partial or ""))
        except FrontdeskError as error:
            self._done(_error_text(error), ok=False)
            return
        text = self.tr("Key %1 is back in the cabinet.").replace("%1", loan.key_tag)
        if done.refund is not None:
            text += " " + self.tr("Deposit refunded: voucher %1.").replace("%1", done.refund.number)
        self._done(text)

    def report_lost(self) -> None:
        loan = self.selected_out()
        if loan is None:
            return
        reason, chosen = QInputDialog.getText(self.tab, self.tr("Key lost"), self.tr("What happened?"))
        if not chosen:
            return
        methods = [m for m, _ in keys.DEPOSIT_METHODS] + ["internal"]
        titles = [str(METHOD_TITLES[m]) for m in methods]
        title, chosen = QInputDialog.getItem(self.tab, self.tr("Replacement fee"),
                                             self.tr("How is the replacement fee paid?"), titles, 0, False)
        if not chosen:
            return
        method = methods[titles.index(title)]
        finance_no = None
        if method == "finance":
            finance_no, chosen = QInputDialog.getText(self.tab, self.tr("Replacement fee"),
                                                      self.tr("Finance office receipt number:"))
            if not chosen:
                return
        try:
            result = self._run(self.tr("Key lost: %1").replace("%1", keys.loan_summary(loan)),
                               lambda ctx: keys.report_lost(ctx, loan, reason, method=method,
                                                            finance_receipt_no=finance_no))
        except FrontdeskError as error:
            self._done(_error_text(error), ok=False)
            return
        text = self.tr("Key %1 recorded as lost.").replace("%1", loan.key_tag)
        if result.fee_document is not None:
            text += " " + self.tr("Fee receipt %1.").replace("%1", result.fee_document.number)
        self._done(text)

    # -- the register -------------------------------------------------------------------------------------
    def open_register(self) -> None:
        dialog = KeyRegisterDialog(self.tab, self.tab.ctx, self._run)
        dialog.exec()
        dialog.deleteLater()


class KeyRegisterDialog(QDialog):
    COLUMNS = ("tag", "category", "location", "label", "cabinet_position", "ring_count", "state")

    def __init__(self, parent, ctx, run):
        super().__init__(parent)
        self.ctx, self.run = ctx, run
        self.setWindowTitle(self.tr("Key register"))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("key_table")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Category"), self.tr("Location"),
                                              self.tr("Label"), self.tr("Cabinet"), self.tr("Keys"),
                                              self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for name, text, slot in (("add", self.tr("Add…"), self.add), ("import", self.tr("Import…"), self.import_file),
                                 ("retire", self.tr("Retire…"), self.retire),
                                 ("reconcile", self.tr("Reconciliation…"), self.reconcile)):
            button = QPushButton(text, self)
            button.setObjectName(f"key_{name}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        self.keys = keys.register_rows()
        categories = {k: str(v) for k, v in keys.CATEGORIES}
        states = {k: str(v) for k, v in keys.KEY_STATES.items()}
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            values = (key.tag, categories.get(key.category, key.category), key.location, key.label or "",
                      key.cabinet_position or "", str(key.ring_count), states.get(key.state, key.state))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected_key(self):
        row = self.table.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #1e7b34;" if ok else "color: #c0392b;")

    def _try(self, text: str, work) -> object | None:
        try:
            return self.run(text, work)
        except FrontdeskError as error:
            self.say(_error_text(error), ok=False)
            return None

    def add(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add a key"))
        form = QFormLayout(dialog)
        edits = {}
        for name, title in (("tag", self.tr("Tag")), ("building", self.tr("Building")), ("floor", self.tr("Floor")),
                            ("unit", self.tr("Unit")), ("label", self.tr("Label")),
                            ("cabinet_position", self.tr("Cabinet position"))):
            edits[name] = QLineEdit(dialog)
            edits[name].setObjectName(name)
            form.addRow(title, edits[name])
        category = QComboBox(dialog)
        for code, title in keys.CATEGORIES:
            category.addItem(str(title), code)
        form.addRow(self.tr("Category"), category)
        ring = QSpinBox(dialog)
        ring.setRange(1, 99)
        form.addRow(self.tr("Keys on the ring"), ring)
        save = QPushButton(self.tr("Save"), dialog)
        save.clicked.connect(dialog.accept)
        form.addRow(save)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        values = {name: edit.text() for name, edit in edits.items()}
        values.update(category=category.currentData(), ring_count=ring.value())
        dialog.deleteLater()
        key = self._try(self.tr("Add key"), lambda ctx: keys.add_key(ctx, **values))
        if key is not None:
            self.reload()
            self.say(self.tr("Key %1 added.").replace("%1", key.tag))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import keys"), "",
                                              self.tr("CSV or Excel (*.csv *.txt *.xlsx)"))
        if not path:
            return
        report = self._try(self.tr("Import keys"), lambda ctx: keys.import_key_file(ctx, path))
        if report is None:
            return
        self.reload()
        rejected = [r for r in report if not r.accepted]
        text = self.tr("%1 keys imported, %2 rows rejected.").replace(
            "%1", str(len(report) - len(rejected))).replace("%2", str(len(rejected)))
        details = "\n".join(f"{self.tr('Row')} {r.row}: {r.reason}" for r in rejected[:30])
        self.say(text + ("\n" + details if details else ""), ok=not rejected)

    def retire(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        reason, chosen = QInputDialog.getText(self, self.tr("Retire key"), self.tr("Why is %1 retired?")
                                              .replace("%1", key.tag))
        if chosen and self._try(self.tr("Retire key"), lambda ctx: keys.retire_key(ctx, key, reason)) is not None:
            self.reload()
            self.say(self.tr("Key %1 retired.").replace("%1", key.tag))

    def reconcile(self) -> None:
        month, chosen = QInputDialog.getText(self, self.tr("Monthly key count"), self.tr("Month (YYYY-MM):"),
                                             text=clock.local(clock.now()).strftime("%Y-%m"))
        if not chosen:
            return
        try:
            data = keys.checklist_data(month, self.ctx.operator.display_name)
        except FrontdeskError as error:
            self.say(_error_text(error), ok=False)
            return
        from frontdesk_gui.reports import registry
        from frontdesk_gui.ui.print_preview import PrintPreview

        preview = PrintPreview(registry.render("key_checklist", data), self.tr("Key count checklist"),
                               "key_checklist", self)
        preview.exec()
        preview.deleteLater()
        counts = KeyCountDialog(self, data["month"])
        if counts.exec() == QDialog.DialogCode.Accepted:
            results = counts.results()
            saved = self._try(self.tr("Key count %1").replace("%1", data["month"]),
                              lambda ctx: keys.record_count(ctx, data["month"], results))
            if saved is not None:
                wrong = keys.discrepancies(data["month"])
                text = self.tr("Count saved: %1 keys, %2 discrepancies.").replace("%1", str(len(saved))).replace(
                    "%2", str(len(wrong)))
                if wrong:
                    text += " " + ", ".join(f"{c.key.tag} ({c.expected} → {c.found})" for c in wrong)
                self.say(text, ok=not wrong)
        counts.deleteLater()


class KeyCountDialog(QDialog):
    """What the count found per key: the register's expected state preselected, changed where it differs."""

    FOUND = ("in", "out", "lost", "missing")

    def __init__(self, parent, month: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key count %1").replace("%1", month))
        self.rows = keys.reconciliation_rows()
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setObjectName("count_table")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Expected"), self.tr("Holder"),
                                              self.tr("Found")])
        titles = {"in": self.tr("In the cabinet"), "out": self.tr("Lent out"), "lost": self.tr("Lost"),
                  "missing": self.tr("Missing")}
        self.combos = []
        for row, item in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(item.key.tag))
            self.table.setItem(row, 1, QTableWidgetItem(titles.get(item.expected, item.expected)))
            self.table.setItem(row, 2, QTableWidgetItem(" ".join(p for p in (item.holder, item.since) if p)))
            combo = QComboBox(self.table)
            for code in self.FOUND:
                combo.addItem(titles[code], code)
            combo.setCurrentIndex(max(0, combo.findData(item.expected)))
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        save = QPushButton(self.tr("Save count"), self)
        save.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 520)

    def results(self) -> dict[str, str]:
        return {item.key.tag: combo.currentData() for item, combo in zip(self.rows, self.combos, strict=True)}

