"""The counter faces the public: after the idle time every window of the program is covered until an
operator logs in again. Whoever unlocks becomes the acting operator (`on_unlock(ctx)`).

Covers are opaque child widgets over each visible window (main window with its menus and status bar,
an open dialog, a floating dock). The login form sits on the topmost one, because an open modal dialog
takes all input. While locked, the covered widgets are disabled (no focus, no typing under the cover)
and shortcuts of actions are swallowed, so nothing can be done blind under the cover.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from frontdesk_gui.core import clock
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.ui.dialogs.login_dialog import LoginPanel

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}
# The idle check re-reads the setting at least this often, so a changed idle time applies soon.
_MAX_WAIT_MS = 30_000


class _Cover(QWidget):
    """An opaque child over the whole of its host; the host's other children are disabled meanwhile."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setAutoFillBackground(True)
        children = host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self._disabled = [w for w in children if w is not self and not w.isWindow() and w.isEnabled()]
        for widget in self._disabled:
            widget.setEnabled(False)
        self.setGeometry(host.rect())
        self.raise_()

    def remove(self) -> None:
        # A dialog under the cover may have been closed and deleted meanwhile (its exec() ended).
        for widget in self._disabled:
            if isValid(widget):
                widget.setEnabled(True)
        if isValid(self):
            self.hide()
            self.deleteLater()


class IdleLock(QObject):
    """Locks `window` after `minutes_getter()` minutes without key or mouse input, or at `lock_now()`.

    `action` (Ctrl+L) is for the window's File menu.
    """

    def __init__(self, window: QWidget, minutes_getter: Callable[[], float],
                 on_unlock: Callable[[Ctx], None]):
        super().__init__(window)
        self.window, self._minutes, self._on_unlock = window, minutes_getter, on_unlock
        self._covers: dict[QWidget, _Cover] = {}
        self.panel: LoginPanel | None = None
        self.action = QAction(self.tr("&Lock"), self)
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.action.triggered.connect(self.lock_now)
        self._idle = QElapsedTimer()
        self._idle.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._timer.start(0)
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return bool(self._covers)

    def _check(self) -> None:
        if self.locked:
            return
        if not self.window.isVisible():  # not shown yet, or closed: the Show event starts the count again
            return
        limit = max(1, round(self._minutes() * 60_000))
        idle = self._idle.elapsed()
        if idle >= limit:
            self.lock_now()
        else:
            self._timer.start(min(limit - idle, _MAX_WAIT_MS))

    def lock_now(self) -> None:
        if self.locked:
            return
        while (popup := QApplication.activePopupWidget()) is not None:  # an open menu would show over it
            popup.close()
        windows = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)
        hosts = [self.window] + [w for w in QApplication.topLevelWidgets()
                                 if w is not self.window and w.isVisible() and w.windowType() in windows]
        self._covers = {host: _Cover(host) for host in hosts}
        modal = QApplication.activeModalWidget()
        form_host = modal if modal in self._covers else self.window
        self._add_form(self._covers[form_host])
        for cover in self._covers.values():
            cover.show()
        needed = self._covers[form_host].sizeHint()
        if form_host.width() < needed.width() or form_host.height() < needed.height():
            form_host.resize(form_host.size().expandedTo(needed))
        self.panel.username.setFocus()
        self._timer.stop()

    def _add_form(self, cover: _Cover) -> None:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(400)
        heading = QLabel(self.tr("The counter is locked"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        sentence = self.tr("Locked at %1. Any operator on duty can unlock with their own login.")
        note = QLabel(sentence.replace("%1", clock.local_text(clock.now(), "%H:%M")))
        note.setWordWrap(True)
        self.panel = LoginPanel()
        self.panel.logged_in.connect(self._unlock)
        inner = QVBoxLayout(box)
        for widget in (heading, note, self.panel):
            inner.addWidget(widget)
        # Centred by stretches, not by alignment: an aligned item's wrapped text is measured at full width.
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box)
        row.addStretch()
        outer = QVBoxLayout(cover)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def _unlock(self, ctx: Ctx) -> None:
        for cover in self._covers.values():
            cover.remove()
        self._covers, self.panel = {}, None
        self._idle.restart()
        self._timer.start(0)
        self._on_unlock(ctx)

    def _inside_cover(self, obj: QObject) -> bool:
        covers = self._covers.values()
        return isinstance(obj, QWidget) and any(c is obj or c.isAncestorOf(obj) for c in covers)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.locked:
            if kind in _INPUT:
                self._idle.restart()
            elif kind == QEvent.Type.Show and obj is self.window:
                self._idle.restart()
                self._timer.start(0)
            return False
        if kind == QEvent.Type.Resize and obj in self._covers:
            self._covers[obj].setGeometry(obj.rect())
        elif kind == QEvent.Type.Shortcut:
            # Actions and QShortcuts of the covered windows must not fire blind; a label's mnemonic in the
            # form, or a button in a message box that popped up meanwhile, may.
            covered = not isinstance(obj, QWidget) or obj.window() in self._covers
            return covered and not self._inside_cover(obj)
        return False
