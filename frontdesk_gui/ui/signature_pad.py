"""A box to sign in with the mouse or a pen (a tablet's pen arrives as mouse events when the tablet event
is not taken): strokes drawn as they come, Clear to start again, the signature as a PNG for core to keep
with the hand-over (held.HandOver.signature_png)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

INK = QColor("#10204a")
PEN_WIDTH = 2.4
# The PNG is drawn at twice the box's size: a signature printed or zoomed later stays smooth.
PNG_SCALE = 2


class SignaturePad(QWidget):
    changed = Signal()  # a stroke drawn, or the pad cleared

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(280, 110)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter and Esc stay the dialog's
        self.strokes: list[list[QPointF]] = []
        self._drawing = False
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("signature_clear")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.clicked.connect(self.clear)
        self.setToolTip(self.tr("Sign here with the mouse or the pen"))

    def sizeHint(self) -> QSize:
        return QSize(380, 130)

    def is_empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        self.strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    # -- drawing ----------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self._drawing = True
            self.strokes.append([event.position()])
            self.update()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self.strokes[-1].append(event.position())
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self._drawing = False
            self.strokes[-1].append(event.position())
            self.update()
            self.changed.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        hint = self.clear_button.sizeHint()
        self.clear_button.setGeometry(self.width() - hint.width() - 4, 4, hint.width(), hint.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff") if self.isEnabled() else QColor("#f0f0f0"))
        painter.setPen(QPen(QColor("#b0b0b0"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 24
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        if self.is_empty():
            painter.setPen(QColor("#9a9a9a"))
            painter.drawText(14, baseline - 6, self.tr("Sign here"))
        self._draw_strokes(painter)
        painter.end()

    def _draw_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in self.strokes:
            if len(stroke) == 1 or all(p == stroke[0] for p in stroke):
                painter.drawPoint(stroke[0])  # a dot: a tap, or the dot on an i
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    # -- the result -------------------------------------------------------------------------------
    def png(self) -> bytes | None:
        """The strokes, dark ink on white, as PNG bytes; None when nothing was drawn."""
        if self.is_empty():
            return None
        image = QImage(self.size() * PNG_SCALE, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.scale(PNG_SCALE, PNG_SCALE)
        self._draw_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
