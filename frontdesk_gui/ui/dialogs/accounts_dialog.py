"""Company accounts (签单): the companies that owe for signed charges, a company's statement of a month
(preview, print, save as PDF) and settling the month when the company pays — one receipt, which the
dialog hands on to be printed through `print_requested`.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.directory.models import Company
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.money import accounts
from frontdesk_gui.core.money.amounts import COUNTER_METHODS, method_title, yuan_grouped
from frontdesk_gui.reports import registry
from frontdesk_gui.ui.dialogs import list_view, say, show_field_errors
from frontdesk_gui.ui.money_menu import MoneyRowsModel, stretch_column
from frontdesk_gui.ui.print_preview import PrintPreview


def money(fen: int) -> str:
    return f"¥{yuan_grouped(fen)}"


class SettleDialog(QDialog):
    """How the company pays its month: cash, WeChat Pay, Alipay or a bank card. Enter settles."""

    def __init__(self, parent, company: Company, month: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settle the month"))
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for key in COUNTER_METHODS:
            self.method.addItem(str(method_title(key)), key)
        company_label = QLabel(company.name, self)
        company_label.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        form.addRow(self.tr("Company"), company_label)
        form.addRow(self.tr("Month"), QLabel(month, self))
        count, fen = accounts.owed(company, month)
        form.addRow(self.tr("Signed charges still open"), QLabel(str(count), self))
        form.addRow(self.tr("Owed"), QLabel(f"¥{money(fen)}", self))
        form.addRow(self.tr("Paid by *"), self.method)
        note = QLabel(self.tr("One receipt is issued for the month's signed charges that are still open."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666666;")
        ok = QPushButton(self.tr("Settle (Enter)"), self)
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.method.setFocus()


class AccountsDialog(QDialog):
    print_requested = Signal(str, int)  # ("receipts", receipt id) after a month is settled

    def __init__(self, ctx: Ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Company accounts"))
        today = clock.local(clock.now()).date()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self, calendarPopup=True, displayFormat="yyyy-MM")
        self.month.setObjectName("month")
        self.month.dateChanged.connect(lambda: self.show_month())
        self.companies_model = MoneyRowsModel([self.tr("Company"), self.tr("Room"), self.tr("Signed charges"),
                                               self.tr("Owed")], (2, 3), self)
        self.companies_view = list_view(QTableView(self), self.companies_model)
        stretch_column(self.companies_view, 0)
        self.companies_view.setObjectName("accounts")
        self.companies_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_month())
        self.total_line = QLabel(self)
        self.month_title = QLabel(self)
        self.month_title.setStyleSheet("font-weight: bold;")
        self.month_title.setWordWrap(True)
        self.rows_model = MoneyRowsModel([self.tr("Date"), self.tr("Voucher"), self.tr("Signed by"),
                                          self.tr("Amount"), self.tr("Description")], (3,), self)
        self.rows_view = list_view(QTableView(self), self.rows_model)
        self.rows_view.verticalHeader().setDefaultSectionSize(self.rows_view.fontMetrics().height() + 8)
        self.rows_view.setObjectName("statement_rows")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.companies_view, 1)
        left_layout.addWidget(self.total_line)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.month_title)
        right_layout.addWidget(self.rows_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.statement_button = QPushButton(self.tr("&Statement… (Ctrl+P)"), self)
        self.statement_button.clicked.connect(lambda: self.statement())
        self.settle_button = QPushButton(self.tr("Settle &month…"), self)
        self.settle_button.clicked.connect(lambda: self.settle())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for button in (self.statement_button, self.settle_button, close):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.statement())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.settle_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1040, 560)
        self.splitter.setSizes([420, 620])
        self.refresh()

    # -- what is shown ----------------------------------------------------------------------------
    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def set_month(self, month: str) -> None:
        year, number = (int(part) for part in month.split("-"))
        self.month.setDate(QDate(year, number, 1))

    def refresh(self, keep: int | None = None) -> None:
        """Companies owing for signed charges, biggest first; the selection stays on its company."""
        keep = keep if keep is not None else getattr(self.selected(), "id", None)
        owing = accounts.balances()
        self.companies_model.set_rows([((company.name, company.room or "", str(count), money(fen)), company)
                                       for company, count, fen in owing])
        for column in (1, 2, 3):
            self.companies_view.resizeColumnToContents(column)
        self.total_line.setText(self.tr("%1 companies owe %2 in all.").replace("%1", str(len(owing)))
                                .replace("%2", money(sum(fen for _, _, fen in owing))))
        row = next((n for n, (company, _, _) in enumerate(owing) if company.id == keep), 0 if owing else None)
        if row is not None:
            self.companies_view.selectRow(row)
        self.show_month()

    def selected(self) -> Company | None:
        index = self.companies_view.currentIndex()
        return self.companies_model.item(index.row()) if index.isValid() else None

    def select_company(self, name: str) -> bool:
        for row in range(self.companies_model.rowCount()):
            if self.companies_model.item(row).name == name:
                self.companies_view.selectRow(row)
                return True
        return False

    def companies(self) -> list[str]:
        return [self.companies_model.item(row).name for row in range(self.companies_model.rowCount())]

    def statement_data(self, company: Company) -> dict:
        return accounts.statement_data(company, self.month_text(), produced_by=self.ctx.operator.display_name)

    def show_month(self) -> None:
        company = self.selected()
        for button in (self.statement_button, self.settle_button):
            button.setEnabled(company is not None)
        if company is None:
            self.month_title.setText(self.tr("No company owes anything."))
            self.rows_model.set_rows([])
            return
        data = self.statement_data(company)
        title = (self.tr("%1 — %2: %3 signed, %4").replace("%1", company.name).replace("%2", data["month"])
                 .replace("%3", str(data["count"])).replace("%4", f"¥{data['total']}"))
        if data["settled_receipt"]:
            title += " · " + self.tr("settled by %1").replace("%1", data["settled_receipt"])
        self.month_title.setText(title)
        self.rows_model.set_rows([((row["date"], row["voucher"], row["signed_by"], f"¥{row['amount']}",
                                    row["description"]), row) for row in data["rows"]])
        self.rows_view.resizeColumnsToContents()

    # -- what the buttons do ----------------------------------------------------------------------
    def statement(self) -> PrintPreview | None:
        """The selected company's statement of the month, in a preview with Print and Save as PDF."""
        company = self.selected()
        say(self.message)
        if company is None:
            say(self.message, self.tr("Select a company first."))
            return None
        try:
            pdf = registry.render("company_statement", self.statement_data(company))
        except FrontdeskError as error:
            show_field_errors(error, {}, self.message)
            return None
        title = self.tr("Statement: %1 %2").replace("%1", company.name).replace("%2", self.month_text())
        preview = PrintPreview(pdf, title, "company_statement", self)
        preview.open()
        return preview

    def settle(self, method: str | None = None):
        """Settle the month for the selected company; asks how it pays unless `method` is given.
        Returns the receipt, which is then sent to be printed."""
        company = self.selected()
        say(self.message)
        if company is None:
            say(self.message, self.tr("Select a company first."))
            return None
        month = self.month_text()
        if method is None:
            ask = SettleDialog(self, company, month)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return None
            method = ask.method.currentData()
        try:
            receipt = accounts.settle_month(self.ctx, company, month, method)
        except FrontdeskError as error:
            show_field_errors(error, {}, self.message)
            return None
        self.refresh(company.id)
        say(self.message, self.tr("%1 paid %2 for %3: receipt %4.").replace("%1", company.name)
            .replace("%2", money(receipt.total_fen)).replace("%3", month).replace("%4", receipt.number), done=True)
        self.print_requested.emit("receipts", receipt.id)
        return receipt


def show_accounts(parent, ctx: Ctx, print_requested=None) -> None:
    dialog = AccountsDialog(ctx, parent)
    if print_requested is not None:
        dialog.print_requested.connect(print_requested)
    dialog.exec()
