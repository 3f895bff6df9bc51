"""The Money menu (收费): the price list, company accounts and the cash drawer tab; and what the money
screens share (a supervisor's approval, lists with figures aligned right, dialogs that grow to fit).

The main window adds it with one call, after its own menus:

    self.money_menu = add_money_menu(self)

It opens its dialogs for the operator at the counter when the action is chosen (`window.ctx`), asks a
supervisor's approval through the window's authorisation dialog, passes a settled account's receipt
on to `window.print_requested`, and gives the drawer tab its totals panel when the tab has none yet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QMenu, QTableView

from frontdesk_gui.core.context import Ctx
from frontdesk_gui.ui.dialogs import RowsModel
from frontdesk_gui.ui.entry_form_panel import run_authorised

Authorise = Callable[[Ctx, str], Ctx | None]


def supervised(ctx: Ctx, authorise: Authorise | None, action_text: str, work: Callable[[Ctx], object]):
    """`work(ctx)` for a supervisor's write (a price, the daily total); core says when a receptionist needs
    a supervisor's approval, who is then asked once through `authorise`."""
    if authorise is None:
        return work(ctx)
    return run_authorised(ctx, authorise, action_text, work)


class MoneyRowsModel(RowsModel):
    """A short read-only list whose money columns are aligned right, so the figures line up."""

    def __init__(self, headers, right: tuple[int, ...] = (), parent=None):
        super().__init__(headers, parent)
        self.right = set(right)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            horizontal = Qt.AlignmentFlag.AlignRight if index.column() in self.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            if section in self.right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)


def stretch_column(view: QTableView, column: int) -> None:
    """The column that takes the spare width (a name), instead of the last one (often a figure)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def grow_to_fit(dialog: QDialog) -> None:
    """After sentences appeared under fields: as tall as the wrapped text needs (Qt does not grow a
    shown dialog for a word-wrapped label by itself)."""
    layout = dialog.layout()
    layout.activate()
    need = layout.heightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    need = max(need, layout.minimumSize().height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def _ask_authorisation(parent) -> Authorise:
    from frontdesk_gui.ui.dialogs.authorise_dialog import ask_authorisation

    return lambda ctx, text: ask_authorisation(parent, ctx, text)


class MoneyMenu(QObject):
    """The menu and what its actions open; `window` needs `ctx`, and for the drawer `show_tab(key)`."""

    def __init__(self, window: QMainWindow, authorise: Authorise | None = None):
        super().__init__(window)
        self.window = window
        self.authorise = authorise or _ask_authorisation(window)
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&Money"), bar)
        menus = bar.actions()
        if len(menus) >= 2:
            bar.insertMenu(menus[1], self.menu)  # next to File: used every day, unlike Admin
        else:
            bar.addMenu(self.menu)
        self.menu.setObjectName("money_menu")
        self.price_list_action = self.menu.addAction(self.tr("Price list…"))
        self.price_list_action.triggered.connect(self.open_price_list)
        self.accounts_action = self.menu.addAction(self.tr("Company accounts…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        self.menu.addSeparator()
        self.drawer_action = self.menu.addAction(self.tr("Cash drawer"))
        self.drawer_action.triggered.connect(self.show_drawer)
        self.drawer_action.setVisible(hasattr(window, "show_tab"))

    def open_price_list(self):
        from frontdesk_gui.ui.dialogs.price_list_dialog import PriceListDialog

        dialog = PriceListDialog(self.window.ctx, self.window, authorise=self.authorise)
        dialog.open()
        return dialog

    def open_accounts(self):
        from frontdesk_gui.ui.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.window.ctx, self.window)
        relay = getattr(self.window, "print_requested", None)
        if relay is not None:
            dialog.print_requested.connect(relay)
        dialog.open()
        return dialog

    def show_drawer(self) -> None:
        tab = self.window.show_tab("drawer")
        if tab is not None:
            tab.table.setFocus()


def add_money_menu(window: QMainWindow, authorise: Authorise | None = None) -> MoneyMenu:
    return MoneyMenu(window, authorise)
