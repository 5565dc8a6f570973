"""A check box whose text wraps onto more lines when its row is narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class WrappingCheckBox(QCheckBox):
    """A QCheckBox, whose text is a word-wrapping label beside the box.

    Qt's check box keeps its text on one line, so a long sentence, or the same sentence in
    German and in projector fonts, sets how narrow the whole column around it may be. Here the
    text wraps instead. A click anywhere on the text toggles the box, as it does on Qt's own, and
    the text is the box's accessible name, so a screen reader reads it with the box.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # box's clicks
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # Qt's is Minimum: no wrapping
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.setAccessibleName(text)
        self._place_label()
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def _box_width(self) -> int:
        """The indicator and the gap after it: where the text starts."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self))

    def _place_label(self) -> None:
        left = self._box_width()
        width = max(0, self.width() - left)
        self._label.setGeometry(left, 0, width, self._label.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self._label.heightForWidth(max(0, width - self._box_width()))
        return max(text, super().sizeHint().height())

    def _text_width(self) -> int:
        """The text on one line: a wrapping label's own size hint guesses two."""
        return self._label.fontMetrics().horizontalAdvance(self._label.text())

    def sizeHint(self) -> QSize:
        width = self._box_width() + self._text_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._box_width() + self._label.minimumSizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, position: QPoint) -> bool:
        """The box and its text toggle it, as on Qt's own; the empty row beside them does not."""
        label = self._label.geometry()
        text = self._label.fontMetrics().boundingRect(
            label, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, self._label.text())
        box = self.rect().adjusted(0, 0, -(self.width() - label.left()), 0)
        return box.contains(position) or text.contains(position)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_label()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._place_label()  # a new font or style moves the text
