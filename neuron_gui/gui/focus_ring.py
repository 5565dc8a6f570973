"""A ring that shows which control has the keyboard, for controls that draw no focus of their
own: the plots, the scrolling texts and the readout's lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2  # pixels


class FocusRing(QWidget):
    """A ring in the highlight colour round ``target`` while it has the keyboard: just outside
    it where its parent has room (not over a label's first letters), else on its edge.

    Laid over the window rather than taking room of its own, so that nothing moves when the
    keyboard comes and goes; hidden the rest of the time, so that the repaints of an edit never
    reach it."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target.parentWidget())
        self._target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self._target:
            if self.parentWidget() is not self._target.parentWidget():  # laid out since
                self.setParent(self._target.parentWidget())
            self._place()
            self.raise_()
            self.show()
            # Its moves and resizes, while shown only: a readout line is repainted in every
            # edit, and a filter would be called for each of those paints too.
            self._target.installEventFilter(self)
        elif old is self._target:
            self._target.removeEventFilter(self)
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        around = self._target.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self.setGeometry(around.intersected(self.parentWidget().rect()))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
