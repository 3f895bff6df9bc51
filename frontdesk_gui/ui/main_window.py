"""The main window: a tab per registered logbook, grouped by area down the side, the global search,
menus whose actions other parts of the program answer (signals), and the status bar.

It only places tabs and relays their requests (STYLE: thin main window, one tab type). Geometry,
the last tab and each table's column widths are remembered in QSettings.
"""

from __future__ import annotations

import importlib
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
)

from frontdesk_gui import __version__
from frontdesk_gui.core import auth, clock, settings, spec
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.db import database_path
from frontdesk_gui.ui.global_search import GlobalSearch
from frontdesk_gui.ui.logbook_tab import LogbookTab
from frontdesk_gui.ui.money_menu import add_money_menu
from frontdesk_gui.ui.reports_menu import add_reports_menu
from frontdesk_gui.ui.shift_menu import ShiftMenu

# A logbook's own widgets, where the generic tab cannot serve.
# What a logbook adds to its tab, imported when the tab is first built (start-up loads only what it shows).
TAB_EXTRAS = {
    "visitors": "visitor_extras.VisitorExtras", "parcels": "parcel_extras.ParcelExtras",
    "faxes": "fax_extras.FaxExtras", "messages": "message_extras.MessageExtras",
    "lost_found": "lost_found_extras.LostFoundExtras", "deposits": "deposit_extras.DepositExtras",
    "service_orders": "service_order_extras.ServiceOrderExtras", "drawer": "drawer_extras.DrawerExtras",
    "key_loans": "key_extras.KeyExtras",
    "goods": "goods_extras.GoodsExtras",
    "passes": "pass_extras.PassExtras",
    "handovers": "shift_menu.HandoverExtras",
}


def extras_for(key: str):
    """The class of the logbook's extras, or None."""
    if key not in TAB_EXTRAS:
        return None
    module, name = TAB_EXTRAS[key].rsplit(".", 1)
    return getattr(importlib.import_module(f"frontdesk_gui.ui.{module}"), name)


KEY_ROLE = Qt.ItemDataRole.UserRole
# The Today page's key in the side list and QSettings; not a logbook (window.books holds logbooks only).
TODAY = "today"


def ask_authorisation(parent, ctx: Ctx, action_text: str) -> Ctx | None:
    from frontdesk_gui.ui.dialogs.authorise_dialog import ask_authorisation as dialog

    return dialog(parent, ctx, action_text)


class MainWindow(QMainWindow):
    print_requested = Signal(str, int)
    onsite_list_requested = Signal()
    backup_requested = Signal()
    switch_counter_requested = Signal(str)  # "file": choose a counter file; "demo": the demo counter
    operators_requested = Signal()
    settings_requested = Signal()
    flagged_requested = Signal()
    directory_requested = Signal()

    def __init__(self, ctx: Ctx, *, authorise=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        authorise = authorise or (lambda c, text: ask_authorisation(self, c, text))
        self.setWindowTitle(self.tr("Frontdesk — %1").replace("%1", settings.get("counter.name")))
        self.nav = QTreeWidget(self)
        self.nav.setObjectName("logbook_nav")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.stack = QStackedWidget(self)
        # Tabs are built when first shown: a dozen logbooks' forms and tables would otherwise all load
        # before the first one appears. `tab(key)` builds; `tabs` holds those built so far.
        self.tabs: dict[str, LogbookTab] = {}
        self.today = None  # the Today page, built when first shown
        self.books = {book.key: book for book in spec.all_specs()}
        self._authorise = authorise
        today_item = QTreeWidgetItem(self.nav, [self.tr("Today")])
        today_item.setData(0, KEY_ROLE, TODAY)
        font = today_item.font(0)
        font.setBold(True)
        today_item.setFont(0, font)
        groups: dict[str, QTreeWidgetItem] = {}
        titles = dict(spec.GROUPS)
        for book in spec.all_specs():
            if book.group not in groups:
                group = QTreeWidgetItem(self.nav, [str(titles.get(book.group, book.group))])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[book.group] = group
            item = QTreeWidgetItem(groups[book.group], [str(book.title)])
            item.setData(0, KEY_ROLE, book.key)
        self.nav.expandAll()
        self.nav.currentItemChanged.connect(self._nav_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1200])
        self.setCentralWidget(self.splitter)

        self.search = GlobalSearch(self)
        self.search.open_requested.connect(self.open_entry)
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Find: "), self))
        toolbar.addWidget(self.search)
        self.search.setFixedWidth(440)
        self.addToolBar(toolbar)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.focus_search)
        self._make_menus()
        self.money_menu = add_money_menu(self, authorise)
        self.shift_menu = ShiftMenu(self)
        self.reports_menu = add_reports_menu(self)
        self._make_status_bar()
        self.set_ctx(ctx)
        self.restore_settings()

    # -- menus and status bar -------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("Back up now"), self.backup_requested)
        switch = self.switch_counter_requested
        self._action(file, self.tr("Switch counter…"), lambda: switch.emit("file"))
        self._action(file, self.tr("Open the demo counter"), lambda: switch.emit("demo"))
        file.addSeparator()
        self.quit_action = self._action(file, self.tr("Quit"), self.close, "Ctrl+Q")
        self.file_menu = file
        admin = bar.addMenu(self.tr("&Admin"))
        # (action, role needed): enabled by the operator's role, refreshed on an operator switch.
        self.admin_actions = [
            (self._action(admin, self.tr("Operators…"), self.operators_requested), auth.ADMIN),
            (self._action(admin, self.tr("Settings…"), self.settings_requested), auth.SUPERVISOR),
            (self._action(admin, self.tr("Flagged persons…"), self.flagged_requested), auth.SUPERVISOR),
            (self._action(admin, self.tr("Directory (companies, residents, staff)…"), self.directory_requested),
             auth.RECEPTIONIST),
        ]
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Frontdesk"), self.show_about)

    def add_lock_action(self, action: QAction) -> None:
        """The idle lock's own action (Ctrl+L) goes in the File menu, above Quit."""
        self.file_menu.insertAction(self.quit_action, action)

    def _make_status_bar(self) -> None:
        names = ("operator", "shift", "counter", "database", "backup")
        self.status_labels = {name: QLabel(self) for name in names}
        for label in self.status_labels.values():
            self.statusBar().addPermanentWidget(label)

    def _update_status(self) -> None:
        labels, ctx = self.status_labels, self.ctx
        role = auth.ROLE_TITLES.get(ctx.operator.role, ctx.operator.role)
        labels["operator"].setText(self.tr("Operator: %1 (%2)").replace("%1", ctx.operator.display_name)
                                   .replace("%2", str(role)))
        shift_start = clock.local_text(ctx.shift.opened_at, "%m-%d %H:%M") if ctx.shift else "—"
        labels["shift"].setText(self.tr("Shift since %1").replace("%1", shift_start))
        labels["counter"].setText(self.tr("Counter: %1").replace("%1", settings.get("counter.name")))
        path = database_path()
        labels["database"].setText(path.name if path else "")
        labels["database"].setToolTip(str(path or ""))
        if not labels["backup"].text():
            labels["backup"].setText(self.tr("Last backup: —"))

    def set_last_backup(self, at: datetime) -> None:
        self.status_labels["backup"].setText(self.tr("Last backup: %1").replace("%1", clock.local_text(at)))

    def show_about(self) -> None:
        text = self.tr("Frontdesk %1\nThe reception counter's logbooks, offline.").replace("%1", __version__)
        QMessageBox.about(self, self.tr("About Frontdesk"), text)

    # -- operator, tabs, search -----------------------------------------------------------------------
    def set_ctx(self, ctx: Ctx) -> None:
        """Another operator took over (after the idle lock): permissions and status bar follow."""
        self.ctx = ctx
        for tab in self.tabs.values():
            tab.set_ctx(ctx)
        for action, role in self.admin_actions:
            action.setEnabled(auth.has_role(ctx.operator, role))
        self._update_status()

    def tab(self, key: str) -> LogbookTab:
        """The logbook's tab, built (with its remembered column widths) the first time it is needed."""
        if key not in self.tabs:
            book = self.books[key]
            tab = LogbookTab(book, self.ctx, authorise=self._authorise, extras=extras_for(key), parent=self)
            tab.print_requested.connect(self.print_requested)
            tab.reloaded.connect(self._refresh_today)
            if hasattr(tab.extras, "onsite_list_requested"):
                tab.extras.onsite_list_requested.connect(self.onsite_list_requested)
            store = QSettings()
            tab.restore_view_state({part: store.value(f"tabs/{key}/{part}") for part in tab.view_state()})
            self.stack.addWidget(tab)
            self.tabs[key] = tab
        return self.tabs[key]

    def current_tab(self) -> LogbookTab | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, LogbookTab) else None

    def today_tab(self):
        """The Today page, built the first time it is needed."""
        if self.today is None:
            from frontdesk_gui.ui.today_tab import TodayTab

            self.today = TodayTab(self, parent=self)
            self.stack.addWidget(self.today)
        return self.today

    def _refresh_today(self) -> None:
        # Only while Today is on screen: a tab reloads on every keystroke of its search, and reading every
        # attention rule then would slow typing down. Hidden, Today reads again when shown and every minute.
        if self.today is not None and self.today.isVisible():
            self.today.refresh()

    def show_today(self):
        for index in range(self.nav.topLevelItemCount()):
            if self.nav.topLevelItem(index).data(0, KEY_ROLE) == TODAY:
                self.nav.setCurrentItem(self.nav.topLevelItem(index))
        return self.today_tab()

    def show_tab(self, key: str) -> LogbookTab:
        if key == TODAY:
            return self.show_today()
        for group in range(self.nav.topLevelItemCount()):
            parent = self.nav.topLevelItem(group)
            for child in range(parent.childCount()):
                if parent.child(child).data(0, KEY_ROLE) == key:
                    self.nav.setCurrentItem(parent.child(child))
        return self.tab(key)

    def _nav_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key == TODAY:
            page = self.today_tab()
            self.stack.setCurrentWidget(page)  # its showEvent reads it again
        elif key in self.books:
            fresh = key not in self.tabs
            tab = self.tab(key)
            self.stack.setCurrentWidget(tab)
            if not fresh:
                tab.refresh()  # another tab or counter may have written meanwhile

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_entry(self, logbook: str, entry_id: int) -> None:
        """Show a search result (or a Today item) where it lives, selected."""
        if logbook in self.books:
            tab = self.show_tab(logbook)
            tab.select_entry(entry_id)
            tab.table.setFocus()
            # A logbook's extras may put the cursor on the next step (a held item: Hand over).
            opened = getattr(tab.extras, "entry_opened", None)
            if opened is not None:
                opened(entry_id)

    # -- remembered layout ------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        store = QSettings()
        if store.value("window/geometry") is not None:
            self.restoreGeometry(store.value("window/geometry"))
        else:
            self.resize(1400, 850)
        if store.value("window/splitter") is not None:
            self.splitter.restoreState(store.value("window/splitter"))
        last = store.value("window/last_tab")
        self.show_tab(last if last in self.books else TODAY)

    def save_settings(self) -> None:
        store = QSettings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        tab = self.current_tab()
        if tab is not None:
            store.setValue("window/last_tab", tab.spec.key)
        elif self.today is not None and self.stack.currentWidget() is self.today:
            store.setValue("window/last_tab", TODAY)
        for key, each in self.tabs.items():
            for part, state in each.view_state().items():
                store.setValue(f"tabs/{key}/{part}", state)
        store.sync()

    def closeEvent(self, event) -> None:
        self.save_settings()
        super().closeEvent(event)
