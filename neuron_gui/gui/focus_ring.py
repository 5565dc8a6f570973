"""Where the keyboard goes: a ring that shows which control has it, for controls that draw no
focus of their own (the plots, the scrolling texts and the readout's lines), and the order Tab
takes through a group of controls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2  # pixels


def tab_chain(widgets) -> None:
    """Tab goes through ``widgets`` in this order (Qt's own list form of setTabOrder is not in
    PySide6)."""
    widgets = list(widgets)
    for before, after in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(before, after)


class FocusRing(QObject):
    """A ring in the highlight colour round ``target`` while it has the keyboard: just outside
    it where its parent has room, else on its edge.

    The ring is a widget laid over the target's parent, made the first time the target takes
    the keyboard (before that the target may not be in its window yet). Nothing moves when the
    keyboard comes and goes, and the ring is hidden the rest of the time, so that the repaints
    of an edit never reach it. It lives as long as its target."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._target = target
        self._ring: _Ring | None = None
        QApplication.instance().focusChanged.connect(self._follow_focus)

    def geometry(self) -> QRect:
        """Where the ring is drawn, in its parent; empty before it was ever shown."""
        return self._ring.geometry() if self._ring is not None else QRect()

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self._target:
            parent = self._target.parentWidget()
            if self._ring is None or self._ring.parentWidget() is not parent:
                if self._ring is not None:
                    self._ring.deleteLater()
                self._ring = _Ring(parent)
            # Its moves and resizes, while shown only: a readout line is repainted in every
            # edit, and a filter would be called for each of those paints too. Watched before
            # the ring shows: showing it can lay the target's parent out again at once, and a
            # task's text, which the focus reached first as a lesson opened, grew shorter there.
            self._target.installEventFilter(self)
            self._place()
            self._ring.raise_()
            self._ring.show()
        elif old is self._target and self._ring is not None:
            self._target.removeEventFilter(self)
            self._ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def _place(self) -> None:
        around = self._target.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self._ring.setGeometry(around.intersected(self._ring.parentWidget().rect()))


class _Ring(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
