"""The Shift menu (值班交接): a duty note, handing over the shift, and taking it over (the dialogs are
imported when first opened, so start-up does not load them).

Signing off closes the shift and locks the counter (`signed_off`; the session locks it), so that the
incoming operator logs in at once; after that login, or when the program starts after a night with
nobody taking over, `offer_acknowledgement` shows the waiting handover to the new operator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QPushButton

from frontdesk_gui.core.logbooks import duty_log, handovers


class ShiftMenu(QObject):
    signed_off = Signal(int)  # the handover's id
    acknowledged = Signal(int)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.menu = QMenu(self.tr("&Shift"), window.menuBar())
        self.menu.setObjectName("shift_menu")
        bar = window.menuBar()
        menus = bar.actions()
        if len(menus) >= 3:
            bar.insertMenu(menus[2], self.menu)  # after File and Money: used at every change of shift
        else:
            bar.addMenu(self.menu)
        self.note_action = self.menu.addAction(self.tr("Duty note"))
        self.note_action.setShortcut(QKeySequence("Ctrl+D"))
        self.note_action.triggered.connect(self.new_duty_note)
        self.menu.addSeparator()
        self.hand_over_action = self.menu.addAction(self.tr("Hand over the shift…"))
        self.hand_over_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.hand_over_action.triggered.connect(self.hand_over)
        self.take_over_action = self.menu.addAction(self.tr("Take over the shift…"))
        self.take_over_action.triggered.connect(self.offer_acknowledgement)
        self.history_action = self.menu.addAction(self.tr("Handover history"))
        self.history_action.triggered.connect(lambda: self.window.show_tab(handovers.SPEC.key))

    def new_duty_note(self) -> None:
        tab = self.window.show_tab(duty_log.SPEC.key)
        tab.new_entry()

    def hand_over(self):
        from frontdesk_gui.ui.dialogs.handover_dialogs import HandoverDialog

        ctx = self.window.ctx
        if ctx.shift is None or ctx.shift.closed_at is not None:
            self.window.statusBar().showMessage(self.tr("There is no open shift to hand over."), 8000)
            return None
        self.dialog = HandoverDialog(ctx, self.window)
        self.dialog.accepted.connect(self._signed_off)
        self.dialog.open()
        return self.dialog

    def _signed_off(self) -> None:
        sheet = self.dialog.sheet
        self._refresh(handovers.SPEC.key)
        self.window.statusBar().showMessage(self.tr("Shift handed over. The next operator logs in to take over."),
                                            15000)
        self.signed_off.emit(sheet.id)

    def offer_acknowledgement(self):
        """The waiting handover for the operator now at the counter, if there is one to take over."""
        from frontdesk_gui.ui.dialogs.handover_dialogs import AcknowledgeDialog

        sheet = handovers.awaiting()
        ctx = self.window.ctx
        if sheet is None or ctx.shift is None or ctx.shift.id == sheet.shift_id:
            if self.sender() is self.take_over_action:
                self.window.statusBar().showMessage(self.tr("No handover is waiting to be taken over."), 8000)
            return None
        self.dialog = AcknowledgeDialog(ctx, sheet, self.window)
        relay = getattr(self.window, "print_requested", None)
        if relay is not None:
            self.dialog.print_requested.connect(relay)
        self.dialog.accepted.connect(lambda: self._acknowledged(sheet.id))
        self.dialog.open()
        return self.dialog

    def _acknowledged(self, sheet_id: int) -> None:
        self._refresh(handovers.SPEC.key)
        self.window.statusBar().showMessage(self.tr("Handover acknowledged."), 8000)
        self.acknowledged.emit(sheet_id)

    def _refresh(self, key: str) -> None:
        tab = self.window.tabs.get(key)
        if tab is not None:
            tab.refresh()


class HandoverExtras(QObject):
    """The handover history tab's own buttons: hand over now, or take over the waiting one."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        window = tab.window()
        for name, text, slot in (("hand_over_button", self.tr("Hand over the shift…"), "hand_over"),
                                 ("take_over_button", self.tr("Take over the shift…"), "offer_acknowledgement")):
            button = QPushButton(text, tab)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, name=slot: getattr(window.shift_menu, name)())
            tab.add_action_button(button)
