"""Text that scrolls rather than take the room of the controls around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from .focus_ring import FocusRing

# Never fewer lines than these in sight, whatever the window's height, nor more than these.
MIN_VISIBLE_LINES = 3
MAX_VISIBLE_LINES = 16


class TextScroll(QScrollArea):
    """``content`` (word-wrapped labels), as tall as it needs up to ``share`` of the window's
    height, then scrolled: with projector fonts on a laptop screen, a lesson's task or an
    activation's explanation would otherwise push the inputs out of sight."""

    def __init__(self, content: QWidget, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share = share
        self._window: QWidget | None = None  # set before setWidget: Qt filters events from here
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # See-through, as the labels were before they scrolled: a scroll area fills itself and
        # its content with the window's colour, a shade off the inside of the box around it.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.focus_ring = FocusRing(self)  # a frameless scroll area shows no focus of its own
        self._limit_height()

    def sizeHint(self) -> QSize:
        """As tall as the text at the width it has, so that it scrolls only when it must."""
        width = self.viewport().width() if self.isVisible() else self.widget().sizeHint().width()
        height = self.widget().heightForWidth(width)
        if height < 0:
            height = self.widget().sizeHint().height()
        return QSize(super().sizeHint().width(), min(height, self.maximumHeight()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom and projector mode
            self._limit_height()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._window is not self.window():  # now inside its window: follow the window's size
            self._window = self.window()
            self._window.installEventFilter(self)
            self._limit_height()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width wraps the text onto more or fewer lines
        self._show_whole_lines()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._limit_height()
        elif watched is self.widget() and event.type() == QEvent.Type.Resize:
            self._show_whole_lines()  # a new text (QScrollArea filters its widget's events)
        return super().eventFilter(watched, event)

    def _show_whole_lines(self) -> None:
        """Where the text scrolls, leave the part of a line at the bottom empty: text cut
        through the middle looks broken, where a last whole line above the scroll bar says
        that more follows. The layout decides the height, so the text is fitted to it."""
        line = self.fontMetrics().lineSpacing()
        scrolls = self.widget().height() > self.height()
        spare = self.height() % line if scrolls else 0
        if self.viewportMargins().bottom() != spare:
            self.setViewportMargins(0, 0, 0, spare)
        self.verticalScrollBar().setSingleStep(line)  # and it scrolls a line at a time

    def _limit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        window = self.window()
        share = round(window.height() * self._share) if window is not self else 0
        lines = max(MIN_VISIBLE_LINES, min(MAX_VISIBLE_LINES, share // line))  # whole ones
        self.setMaximumHeight(lines * line)
        self.updateGeometry()
