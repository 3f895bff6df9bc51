"""The price list (价目表): every item by service with its unit and today's price, and the selected item's
price history. Everyone at the counter may look; a supervisor sets a new price from a date and time on
(never in the past: orders already taken keep their prices), adds an item, or withdraws one from new
orders and restores it. A receptionist's change is approved by a supervisor through `authorise`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk_gui.core import clock, search
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.errors import FrontdeskError
from frontdesk_gui.core.money import prices
from frontdesk_gui.core.money.amounts import parse_yuan, yuan
from frontdesk_gui.ui.dialogs import list_view, say, show_field_errors
from frontdesk_gui.ui.money_menu import Authorise, MoneyRowsModel, grow_to_fit, stretch_column, supervised

SERVICE_ORDER = {key: number for number, (key, _) in enumerate(prices.SERVICES)}


def price_text(fen: int | None) -> str:
    return "—" if fen is None else f"¥{yuan(fen)}"


def qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as the local date and time a person reads (and types) in the editor."""
    local = clock.local(value).replace(tzinfo=None, second=0, microsecond=0)
    return QDateTime(local)


def _matches(item: prices.PriceItem, text: str) -> bool:
    """Typed text found in the code, either name, or the pinyin (initials) of the Chinese name."""
    if text in item.code.lower() or text in item.name_zh or text in item.name_en.lower():
        return True
    return any(token.startswith(text) for token in search.name_tokens(item.name_zh).split())


class _Form(QDialog):
    """A small form: a widget and an error line per field, a message line, Save (Enter) and Cancel (Esc)."""

    saved = Signal(object)

    def __init__(self, owner: PriceListDialog, title: str):
        super().__init__(owner)
        self.owner = owner
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.save_button = QPushButton(self.tr("Save (Enter)"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def add_field(self, name: str, title: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        error = QLabel(self)
        error.setWordWrap(True)
        say(error)
        self.fields[name], self.errors[name] = widget, error
        self.form.addRow(title, widget)
        self.form.addRow("", error)
        return widget

    def refused(self, error: FrontdeskError) -> None:
        field = show_field_errors(error, self.errors, self.message)
        grow_to_fit(self)
        self.fields.get(field, next(iter(self.fields.values()))).setFocus()

    def save(self) -> bool:
        raise NotImplementedError


class SetPriceDialog(_Form):
    """A new price for one item from a date and time on (now unless changed)."""

    def __init__(self, owner: PriceListDialog, item: prices.PriceItem):
        super().__init__(owner, self.tr("New price"))
        self.item = item
        now = clock.now()
        heading = QLabel(f"{item.name} ({prices.UNIT_TITLES.get(item.unit, item.unit)})", self)
        heading.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Item"), heading)
        self.form.addRow(self.tr("Price now"), QLabel(price_text(prices.price_at(item, now)), self))
        self.price = self.add_field("price", self.tr("New price (yuan) *"), QLineEdit(self))
        self.price.setPlaceholderText("0.00")
        self.price.setMaxLength(12)
        self.effective = self.add_field("effective_from", self.tr("Takes effect from *"), QDateTimeEdit(self))
        self.effective.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.effective.setCalendarPopup(True)
        self.effective.setDateTime(qdatetime(now))
        hint = QLabel(self.tr("Orders already taken keep their prices; the new price applies from this time on."),
                      self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        self.form.addRow("", hint)
        self.price.setFocus()

    def effective_from(self) -> datetime:
        """What was typed, as an instant; left at the current minute it means now, to the second."""
        typed = clock.to_utc(self.effective.dateTime().toPython())
        now = clock.now()
        return now if typed == now.replace(second=0, microsecond=0) else typed

    def save(self) -> bool:
        say(self.message)
        for label in self.errors.values():
            say(label)
        try:
            parse_yuan(self.price.text(), "price")  # a typing slip should not cost a supervisor's password
            text, when = self.price.text(), self.effective_from()
            rate = self.owner.approved(self.tr("New price for %1: %2").replace("%1", self.item.name)
                                       .replace("%2", self.price.text().strip()),
                                       lambda ctx: prices.set_price(ctx, self.item, text, when))
        except FrontdeskError as error:
            self.refused(error)
            return False
        self.saved.emit(rate)
        self.accept()
        return True


class AddItemDialog(_Form):
    def __init__(self, owner: PriceListDialog, service: str | None = None):
        super().__init__(owner, self.tr("New price-list item"))
        self.service = self.add_field("service", self.tr("Service *"), QComboBox(self))
        self.service.addItem("", "")
        for key, title in prices.SERVICES:
            self.service.addItem(str(title), key)
        self.service.setCurrentIndex(max(self.service.findData(service or ""), 0))
        self.code = self.add_field("code", self.tr("Code *"), QLineEdit(self))
        self.code.setPlaceholderText("other.courier")
        self.code.setMaxLength(40)
        self.name_zh = self.add_field("name_zh", self.tr("Chinese name *"), QLineEdit(self))
        self.name_en = self.add_field("name_en", self.tr("English name"), QLineEdit(self))
        for edit in (self.name_zh, self.name_en):
            edit.setMaxLength(60)
            edit.setMinimumWidth(300)
        self.unit = self.add_field("unit", self.tr("Unit *"), QComboBox(self))
        self.unit.addItem("", "")
        for key, title in prices.UNITS:
            self.unit.addItem(str(title), key)
        self.price = self.add_field("price", self.tr("Price (yuan) *"), QLineEdit(self))
        self.price.setPlaceholderText("0.00")
        self.price.setMaxLength(12)
        self.dial_code = self.add_field("dial_code", self.tr("Dialling code (fax)"), QLineEdit(self))
        self.dial_code.setMaxLength(6)
        self.service.currentIndexChanged.connect(self._fax_only)
        self._fax_only()
        self.service.setFocus()

    def _fax_only(self) -> None:
        fax = self.service.currentData() == "fax_send"
        self.dial_code.setEnabled(fax)
        if not fax:
            self.dial_code.clear()

    def values(self) -> dict:
        return {"code": self.code.text(), "service": self.service.currentData() or "",
                "name_zh": self.name_zh.text(), "name_en": self.name_en.text(),
                "unit": self.unit.currentData() or "", "price": self.price.text(),
                "dial_code": self.dial_code.text().strip() or None}

    def save(self) -> bool:
        say(self.message)
        for label in self.errors.values():
            say(label)
        values = self.values()
        try:
            parse_yuan(values["price"], "price")
            item = self.owner.approved(self.tr("Add to the price list: %1").replace("%1", values["name_zh"].strip()),
                                       lambda ctx: prices.add_item(ctx, **values))
        except FrontdeskError as error:
            self.refused(error)
            return False
        self.saved.emit(item)
        self.accept()
        return True


class PriceListDialog(QDialog):
    def __init__(self, ctx: Ctx, parent=None, authorise: Authorise | None = None):
        super().__init__(parent)
        self.ctx, self.authorise = ctx, authorise
        self.setWindowTitle(self.tr("Price list"))
        self.service = QComboBox(self)
        self.service.addItem(self.tr("All services"), None)
        for key, title in prices.SERVICES:
            self.service.addItem(str(title), key)
        self.service.currentIndexChanged.connect(lambda: self.refresh())
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter: name, pinyin initials or code"))
        self.filter.textChanged.connect(lambda: self.refresh())
        self.withdrawn = QCheckBox(self.tr("Show withdrawn items"), self)
        self.withdrawn.toggled.connect(lambda: self.refresh())
        self.items_model = MoneyRowsModel([self.tr("Service"), self.tr("Item"), self.tr("Unit"),
                                           self.tr("Price now"), self.tr("Code"), self.tr("Status")], (3,), self)
        self.items_view = list_view(QTableView(self), self.items_model)
        stretch_column(self.items_view, 1)
        self.items_view.setObjectName("price_items")
        self.items_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.items_view.doubleClicked.connect(lambda _index: self.set_price())
        self.history_title = QLabel(self)
        self.history_title.setStyleSheet("font-weight: bold;")
        self.history_title.setWordWrap(True)
        self.history_model = MoneyRowsModel([self.tr("From"), self.tr("Price"), self.tr("Set by"), self.tr("Set at"),
                                             ""], (1,), self)
        self.history_view = list_view(QTableView(self), self.history_model)
        self.history_view.verticalHeader().setDefaultSectionSize(self.history_view.fontMetrics().height() + 8)
        self.history_view.setObjectName("price_history")
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.items_view)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        say(self.message)
        self.set_price_button = QPushButton(self.tr("&New price…"), self)
        self.set_price_button.clicked.connect(lambda: self.set_price())
        self.add_button = QPushButton(self.tr("&Add item…"), self)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.active_button = QPushButton(self.tr("&Withdraw"), self)
        self.active_button.clicked.connect(lambda: self.toggle_active())
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.service)
        top.addWidget(self.filter, 1)
        top.addWidget(self.withdrawn)
        buttons = QHBoxLayout()
        for button in (self.set_price_button, self.add_button, self.active_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(1080, 620)
        self.splitter.setSizes([590, 490])
        self.refresh()

    # -- the lists --------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        """The items of the chosen service (all of them grouped by service), narrowed by the filter."""
        keep = keep if keep is not None else getattr(self.selected(), "id", None)
        found = prices.items(self.service.currentData(), active_only=not self.withdrawn.isChecked())
        text = self.filter.text().strip().lower()
        if text:
            found = [i for i in found if _matches(i, text)]
        found.sort(key=lambda i: (SERVICE_ORDER.get(i.service, 99), i.id))
        now = clock.now()
        rows = []
        for item in found:
            status = self.tr("In use") if item.active else self.tr("Withdrawn")
            rows.append(((prices.SERVICE_TITLES.get(item.service, item.service), item.name,
                          prices.UNIT_TITLES.get(item.unit, item.unit), price_text(prices.price_at(item, now)),
                          item.code, status), item))
        self.items_model.set_rows(rows)
        for column in (0, 2, 3, 4, 5):
            self.items_view.resizeColumnToContents(column)
        row = next((n for n, (_, item) in enumerate(rows) if item.id == keep), 0 if rows else None)
        if row is not None:
            self.items_view.selectRow(row)
        self.show_history()

    def selected(self) -> prices.PriceItem | None:
        index = self.items_view.currentIndex()
        return self.items_model.item(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> bool:
        for row in range(self.items_model.rowCount()):
            if self.items_model.item(row).code == code:
                self.items_view.selectRow(row)
                return True
        return False

    def show_history(self) -> None:
        item = self.selected()
        self.set_price_button.setEnabled(item is not None and item.active)
        self.active_button.setEnabled(item is not None)
        self.active_button.setText(self.tr("&Restore") if item is not None and not item.active
                                   else self.tr("&Withdraw"))
        if item is None:
            self.history_title.setText(self.tr("Price history"))
            self.history_model.set_rows([])
            return
        self.history_title.setText(self.tr("Price history: %1").replace("%1", item.name))
        now = clock.now()
        in_force_seen = False
        rows = []
        for rate in prices.rates(item):  # latest first: the first one already in effect is the one in force
            if rate.effective_from > now:
                state = self.tr("Upcoming")
            elif not in_force_seen:
                state, in_force_seen = self.tr("In force"), True
            else:
                state = ""
            rows.append(((clock.local_text(rate.effective_from), price_text(rate.price_fen),
                          rate.set_by.display_name, clock.local_text(rate.set_at), state), rate))
        self.history_model.set_rows(rows)
        self.history_view.resizeColumnsToContents()

    # -- changes ----------------------------------------------------------------------------------
    def approved(self, action: str, write: Callable[[Ctx], object]):
        return supervised(self.ctx, self.authorise, action, write)

    def _open(self, form: _Form, done: Callable[[object], None]) -> _Form:
        say(self.message)
        form.saved.connect(done)
        form.open()
        return form

    def set_price(self) -> SetPriceDialog | None:
        """The form for the selected item's new price (window-modal, so tests and the counter can fill it)."""
        item = self.selected()
        if item is None or not item.active:
            say(self.message, self.tr("Select an item in use first."))
            return None

        def done(rate) -> None:
            self.refresh(item.id)
            say(self.message, self.tr("%1: %2 from %3.").replace("%1", item.name)
                .replace("%2", price_text(rate.price_fen)).replace("%3", clock.local_text(rate.effective_from)),
                done=True)

        return self._open(SetPriceDialog(self, item), done)

    def add_item(self) -> AddItemDialog:
        def done(item) -> None:
            self.service.setCurrentIndex(max(self.service.findData(item.service), 0))
            self.filter.clear()
            self.refresh(item.id)
            say(self.message, self.tr("%1 was added to the price list.").replace("%1", item.name), done=True)

        return self._open(AddItemDialog(self, self.service.currentData()), done)

    def toggle_active(self) -> bool:
        """Withdraw the selected item from new orders, or restore a withdrawn one (orders keep theirs)."""
        item = self.selected()
        say(self.message)
        if item is None:
            say(self.message, self.tr("Select an item first."))
            return False
        restore = not item.active
        action = (self.tr("Restore to the price list: %1") if restore
                  else self.tr("Withdraw from the price list: %1")).replace("%1", item.name)
        try:
            self.approved(action, lambda ctx: prices.set_active(ctx, item, restore))
        except FrontdeskError as error:
            show_field_errors(error, {}, self.message)
            return False
        if restore or self.withdrawn.isChecked():
            self.refresh(item.id)
        else:
            self.refresh()
        say(self.message, (self.tr("%1 is offered again.") if restore
                           else self.tr("%1 is no longer offered for new orders.")).replace("%1", item.name),
            done=True)
        return True


def show_price_list(parent, ctx: Ctx) -> None:
    """As the counter opens it: a supervisor can approve a receptionist's change on the spot."""
    from frontdesk_gui.ui.dialogs.authorise_dialog import ask_authorisation

    dialog = PriceListDialog(ctx, parent)
    dialog.authorise = lambda asking, action: ask_authorisation(dialog, asking, action)
    dialog.exec()

