"""The weighted sum and the output, written out with the student's numbers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication, QGroupBox, QLabel, QSizePolicy, QStyle, QStyleOptionGroupBox, QVBoxLayout,
    QWidget)

from ..core import output_text, slope_text, weighted_sum_text
from .activation_panel import activation_name
from .focus_ring import WIDTH as RING_WIDTH, FocusRing, tab_chain
from .model import NeuronModel
from .spoken_label import SpokenLabel


class Readout(QGroupBox):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sum_label = ReadoutLine()
        self.output_label = ReadoutLine()
        self.slope_label = ReadoutLine()  # shown with the derivative view
        self.slope_label.setVisible(False)
        self.lines = StackedLines([self.sum_label, self.output_label, self.slope_label])
        self._shown_size = -1  # inputs written out in the sum, to know when it changes shape
        self._apply_fonts()
        self._match_inside()
        QVBoxLayout(self).addWidget(self.lines)
        model.changed.connect(self._on_model_changed)
        self.retranslate()

    def _apply_fonts(self) -> None:
        """Larger than the rest of the window, and growing with it when it is zoomed."""
        base = self.font()
        for label, scale, bold in ((self.sum_label, 1.25, False), (self.output_label, 1.6, True),
                                   (self.slope_label, 1.25, False)):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)

    def _match_inside(self) -> None:
        """Fill the lines with the colour the style paints inside this box. Fusion tints a box a
        shade off the window's colour, so lines filled with the window's would show as bands."""
        option = QStyleOptionGroupBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 64, 3 * self.fontMetrics().height() + 32)  # room below the title
        inside = QImage(option.rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
        inside.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(inside)
        self.style().drawComplexControl(QStyle.ComplexControl.CC_GroupBox, option, painter, self)
        painter.end()
        contents = self.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                               QStyle.SubControl.SC_GroupBoxContents, self)
        colour = inside.pixelColor(contents.center())  # below the title, away from the frame
        for label in (self.sum_label, self.output_label, self.slope_label):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, colour)
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom or projector mode changed the font
            self._apply_fonts()
            self.lines.arrange(shrink=True)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
                            QEvent.Type.FontChange):  # a theme, or a title of another height
            self._match_inside()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the neuron computes"))
        self.lines.setAccessibleName(self.title())  # held for a moment, when Tab reaches the lines
        self.sum_label.setAccessibleName(self.tr("Weighted sum"))
        self.output_label.setAccessibleName(self.tr("Output"))
        self.slope_label.setAccessibleName(self.tr("Slope"))
        self._on_model_changed()
        self.lines.arrange(shrink=True)  # another language may need fewer lines

    def text(self) -> str:
        """What the readout shows, line by line (the slope only when it is shown)."""
        labels = (self.sum_label, self.output_label, self.slope_label)
        return "\n".join(label.text() for label in labels if not label.isHidden())

    def set_slope_visible(self, visible: bool) -> None:
        self.slope_label.setVisible(visible)
        self._on_model_changed()
        self.lines.arrange(shrink=True)

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        mark = QLocale().decimalPoint()
        self.sum_label.setText(weighted_sum_text(neuron, mark))
        self.output_label.setText(output_text(
            neuron, mark, self.tr("output"), activation_name(neuron.activation)))
        if not self.slope_label.isHidden():
            self.slope_label.setText(slope_text(neuron, mark, self.tr("slope"), self.tr(
                "no slope here: the curve jumps or has a corner")))
        if neuron.size != self._shown_size:  # fewer terms may need fewer lines
            self._shown_size = neuron.size
            self.lines.arrange(shrink=True)


# A space after "=", "≈" or "+" that a line may not break at: a formula too long for its line
# goes on with the operator, as in print ("= 1.00" together, not "Step(1.00) =" above "1.00").
_NO_BREAK_SPACE = "\u00a0"
_KEPT_WITH_OPERAND = tuple((f" {op} ", f" {op}{_NO_BREAK_SPACE}") for op in ("=", "≈", "+"))


class ReadoutLine(SpokenLabel):
    """One line of the readout: it wraps before an operator, never after one, and it can be
    selected and copied while it has the keyboard (see StackedLines for how it gets it)."""

    wants_selecting = Signal()
    keyboard_left = Signal(Qt.FocusReason)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # An opaque label is repainted alone; a see-through one makes Qt paint the group box and
        # the window beneath it first, on every edit (a tenth of an edit's time). Its colour is
        # the box's own inside: see Readout._match_inside.
        self.setAutoFillBackground(True)
        self.focus_ring = FocusRing(self)  # a label shows no more than a thin text cursor
        # Room for the ring beside the text: the lines fill their box from edge to edge.
        self.setContentsMargins(RING_WIDTH, 0, RING_WIDTH, 0)
        self.set_selecting(False)

    def setText(self, text: str) -> None:
        for spaced, kept in _KEPT_WITH_OPERAND:  # on every edit: a regular expression took 20 µs
            text = text.replace(spaced, kept)
        super().setText(text)

    def text(self) -> str:
        """The formula as written, with ordinary spaces (the label shows it with unbreakable
        ones; Qt's Copy turns them back into ordinary ones too)."""
        return super().text().replace(_NO_BREAK_SPACE, " ")

    def set_selecting(self, selecting: bool) -> None:
        """Selectable, and reached by Tab and clicks; or neither, and cheap to show.

        Qt keeps a whole text document behind a label that can be selected or can take the focus,
        and lays it out again for every new text, twice per edit: a sixth of an edit's time in
        the benchmark. A line nobody is reading closely draws its text directly.
        """
        if selecting:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the flags give clicks only, not Tab
        else:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # and NoFocus

    def is_selecting(self) -> bool:
        return self.focusPolicy() != Qt.FocusPolicy.NoFocus

    # The lines of a readout are selectable together: StackedLines, which holds them, decides.

    def mousePressEvent(self, event) -> None:
        if not self.is_selecting():
            # Selecting starts before the label sees the press, so that the press begins it.
            self.wants_selecting.emit()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event) -> None:
        if not self.is_selecting():  # given back the keyboard past Tab (Esc from the menu bar)
            self.wants_selecting.emit()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.keyboard_left.emit(event.reason())


class StackedLines(QWidget):
    """Labels one above the other, each as wide as this widget and as tall as its text needs.

    Not a QLayout, on purpose: a label whose text changes asks its parent to lay out again, and in
    a QLayout that reaches up through every layout of the window, on every edit (a fifth of an
    edit's time in the benchmark). Here a new text is measured first, and the window is asked to
    lay out again only when the lines need more height: a line that wraps once keeps its room
    while the numbers change, so the plot below does not jump (and redraw) as they do. The lines
    give the room back when the width, the font or the shown lines change.

    The lines are read closely only now and then, so they are made selectable only then (see
    ReadoutLine.set_selecting): when Tab reaches this widget, which hands the keyboard on to its
    first or last line, or when a line is clicked; until the keyboard goes elsewhere.
    """

    def __init__(self, labels: list[ReadoutLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._arranged_width = -1
        for label in labels:
            label.setParent(self)
            label.wants_selecting.connect(lambda: self.set_selecting(True))
            label.keyboard_left.connect(self._keyboard_left_line)
        tab_chain([self, *labels])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_selecting(False)

    # Selecting on demand ----------------------------------------------------------------------

    def set_selecting(self, selecting: bool) -> None:
        for label in self._labels:
            label.set_selecting(selecting)
        # While the lines take Tab themselves, this widget steps aside, or Shift+Tab from the
        # first line would come back here and be handed on to the first line again.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if selecting else Qt.FocusPolicy.TabFocus)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        shown = self._shown()
        if not shown:
            return
        reason = event.reason()
        line = shown[-1] if reason == Qt.FocusReason.BacktabFocusReason else shown[0]
        self.set_selecting(True)
        # Once this focus change is over, so that a screen reader hears of the line last.
        QTimer.singleShot(0, line, lambda: line.setFocus(reason))

    def _keyboard_left_line(self, reason: Qt.FocusReason) -> None:
        # A line's Copy menu leaves the keyboard where it was; another window brought to the
        # front takes it from every widget, and gives it back to the same line later.
        if reason != Qt.FocusReason.ActiveWindowFocusReason and (
                QApplication.focusWidget() not in (*self._labels, self)):
            self.set_selecting(False)

    def _shown(self) -> list[QLabel]:
        return [label for label in self._labels if not label.isHidden()]

    def _spacing(self) -> int:
        return self.style().pixelMetric(self.style().PixelMetric.PM_LayoutVerticalSpacing)

    def arrange(self, shrink: bool = False) -> None:
        """Place the shown lines for the current width and fix the height to what they need, or
        keep a larger height unless ``shrink`` or the width changed."""
        top, width, spacing = 0, self.width(), self._spacing()
        shrink = shrink or width != self._arranged_width
        self._arranged_width = width
        for label in self._shown():
            height = label.heightForWidth(width)
            label.setGeometry(0, top, width, height)
            top += height + spacing
        height = max(0, top - spacing)
        if not shrink:
            height = max(height, self.minimumHeight())
        if height != self.height() or height != self.minimumHeight():
            self.setFixedHeight(height)  # the one change the window's layout must hear of

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = max((label.sizeHint().width() for label in shown), default=0)
        return QSize(width, self.height())

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        width = max((label.minimumSizeHint().width() for label in shown), default=0)
        return QSize(width, self.height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a label's text or font changed
            self.arrange()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()
