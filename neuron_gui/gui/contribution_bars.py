"""A bar for each term w_i·x_i, one for the bias and one for their total z: how each input pushes
the weighted sum up or down.

The bars are Qt's own rectangle items, made once (one per input as inputs are added) and reshaped
on every edit: pyqtgraph's bar item is Python that Qt calls back many times per repaint, which cost
more than everything else these bars do (the benchmark's every-view edit shows it). Their outlines
are hairlines: Qt widens the area it repaints around a rectangle by its pen's width in data units,
which for a thicker line would be far more than the line."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen, QTransform
from PySide6.QtWidgets import (
    QApplication, QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem, QWidget)

from ..core import shown_value
from ..core.formula import subscript
from .model import NeuronModel
from .plot_base import BLUE, VERMILLION, ThemedPlot, ZeroLine, nice_ceiling

_BAR_WIDTH = 0.7
_VALUE_GAP = 2  # pixels between a bar's end and its value
_MOST_ROOM_FOR_VALUES = 0.3  # share of the plot's height the values may take above or below


class BarValue(QGraphicsSimpleTextItem):
    """A bar's value, written just beyond its end: above a bar that rises, below one that falls.
    In pixels, whatever the scale; made once with its bar, and shown and hidden with it."""

    def __init__(self, bar: QGraphicsRectItem) -> None:
        super().__init__(bar)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._shown: tuple | None = None

    def show_value(self, text: str, x: float, value: float, above: bool) -> None:
        """Write ``text`` at the end of the bar at ``x`` reaching ``value``, on the given side;
        an edit of another term leaves this value as it is, untouched."""
        if self._shown == (text, x, value, above):
            return
        self._shown = (text, x, value, above)
        if text != self.text():
            self.setText(text)
        size = self.boundingRect()
        offset = -size.height() - _VALUE_GAP if above else _VALUE_GAP
        self.setTransform(QTransform.fromTranslate(-size.width() / 2, offset))
        self.setPos(x, value)

    def restyle(self, colour: QColor, font) -> None:
        self.setBrush(colour)
        self.setFont(font)
        self._shown = None  # a new size: placed anew


def contributions(neuron) -> np.ndarray:
    """w_1·x_1, …, w_n·x_n, b, z."""
    terms = [w * x for w, x in zip(neuron.weights, neuron.inputs)] + [neuron.bias]
    return np.array(terms + [neuron.weighted_sum()])


class ContributionBars(ThemedPlot):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.plot_item.getViewBox().disableAutoRange()  # _fit chooses the range
        self.repaint_in_one_piece()
        # No grid: its lines span the whole plot, and redrawing them on each new scale cost
        # more than the bars; the axis ticks and the zero line carry the values.
        self.zero_line = ZeroLine(self.plot_item.getViewBox(), horizontal=True)
        self.bars: list[QGraphicsRectItem] = []  # the terms' and the bias's, one more per input
        self._values: dict[QGraphicsRectItem, BarValue] = {}
        self._values_shown = True
        self._value_style: tuple[QColor, QFont] | None = None  # the theme's text, zoom's font
        self.total_bar = self._new_bar()
        self._size = -1
        self._shown_labels: list[str] = []
        self._apply_colours()
        self.retranslate()
        model.changed.connect(self._on_model_changed)
        # A new size changes the room for the values, in pixels, and so their range.
        self.plot_item.getViewBox().sigResized.connect(self._on_model_changed)

    def retranslate(self) -> None:
        self.plot_item.setLabel("left", self.tr("contribution to z"))
        self.plot_widget.setAccessibleName(self.tr("Contribution bars"))
        self.plot_widget.setToolTip(self.tr(
            "Each bar is one term of the weighted sum: blue pushes z up, orange pushes it down. "
            "The last bar is their total, z."))
        self._size = -1  # rewrite the axis labels
        self._on_model_changed()

    def _new_bar(self) -> QGraphicsRectItem:
        bar = QGraphicsRectItem()
        self.plot_item.getViewBox().addItem(bar, ignoreBounds=True)
        self._values[bar] = BarValue(bar)
        self._values[bar].setVisible(self._values_shown)
        if self._value_style is not None:  # a bar added later writes as the others do
            self._values[bar].restyle(*self._value_style)
        return bar

    def _shown_bars(self) -> list[QGraphicsRectItem]:
        return [bar for bar in self.bars if bar.isVisible()] + [self.total_bar]

    def heights(self) -> np.ndarray:
        """The heights drawn, up from 0 or down: one per term, the bias, then the total z."""
        rects = [bar.rect() for bar in self._shown_bars()]
        return np.array([r.top() if r.top() < 0 else r.bottom() for r in rects])

    def bar_colours(self) -> list[str]:
        """The colours of the terms' and the bias's bars, as "#rrggbb"."""
        return [bar.brush().color().name() for bar in self._shown_bars()[:-1]]

    def labels(self) -> list[str]:
        return list(self._labels)

    @Slot()
    def _on_model_changed(self) -> None:
        if not self.isVisible() and self._size >= 0:
            return  # hidden: catch up when shown (showEvent), not on every edit
        neuron = self.model.neuron
        values = contributions(neuron)
        if neuron.size != self._size:
            self._size = neuron.size
            self._set_axis_labels(neuron.size)
            self._show_bars(neuron.size + 1)
        mark = QLocale().decimalPoint()
        texts = [shown_value(value, mark) for value in values]  # z as the readout writes it
        above = _sides(values)
        for x, (bar, value, text) in enumerate(zip(self._shown_bars(), values, texts)):
            bar.setRect(QRectF(x - _BAR_WIDTH / 2, min(0.0, value), _BAR_WIDTH, abs(value)))
            if bar is not self.total_bar:
                bar.setBrush(self._brush_up if value >= 0 else self._brush_down)
            self._values[bar].show_value(text, x, value, above[x])
        self._show_values_if_they_fit()
        self._fit(values)
        self.plot_widget.setAccessibleDescription(", ".join(
            f"{label} = {text}" for label, text in zip(self._labels, texts)))

    def values_shown(self) -> list[str]:
        """The values written at the bars' ends, as written there; none where they do not fit."""
        return [self._values[bar].text() for bar in self._shown_bars()
                if self._values[bar].isVisible()]

    def _show_values_if_they_fit(self) -> None:
        """Each value fits over its own bar, or none is written: numbers running into each
        other (many inputs, a narrow plot) would be read wrong. A plot too low for them leaves
        them out too."""
        view_box = self.plot_item.getViewBox()
        shown = self._shown_bars()
        room = view_box.width() / len(shown)
        widest = max(self._values[bar].boundingRect().width() for bar in shown)
        # Shown again only with some room to spare: a value one digit longer or shorter each
        # edit must not make them all come and go.
        margin = (2 if self._values_shown else 4) * _VALUE_GAP
        fits = widest + margin <= room and self._value_room() <= _MOST_ROOM_FOR_VALUES
        if fits != self._values_shown:
            self._values_shown = fits
            for value in self._values.values():
                value.setVisible(fits)

    def _value_room(self) -> float:
        """The share of the plot's height a value takes beyond a bar's end."""
        height = self.plot_item.getViewBox().height()
        value_height = self._values[self.total_bar].boundingRect().height() + _VALUE_GAP
        return value_height / height if height > 0 else 1.0

    def _show_bars(self, count: int) -> None:
        while len(self.bars) < count:
            bar = self._new_bar()
            bar.setPen(QPen(Qt.PenStyle.NoPen))  # the bars stand apart; an edge adds nothing
            self.bars.append(bar)
        for index, bar in enumerate(self.bars):
            bar.setVisible(index < count)

    def _set_axis_labels(self, size: int) -> None:
        self._labels = [f"w{subscript(i)}·x{subscript(i)}" for i in range(1, size + 1)]
        self._labels += ["b", "z"]
        self._write_axis_labels()
        self.plot_item.setXRange(-0.6, len(self._labels) - 0.4, padding=0.0)

    def _write_axis_labels(self) -> None:
        """w₁·x₁ … under the bars where they fit side by side; where they would run together
        (many inputs, a narrow plot), only the terms' numbers: 1, 2, … b, z."""
        axis = self.plot_item.getAxis("bottom")
        room = self.plot_item.getViewBox().width() / max(1, len(self._labels))
        longest = max(QFontMetrics(axis.style["tickFont"] or self.font()).horizontalAdvance(label)
                      for label in self._labels)
        shown = self._labels if longest + 8 <= room else [
            str(i) for i in range(1, len(self._labels) - 1)] + ["b", "z"]
        if shown != self._shown_labels:
            self._shown_labels = shown
            axis.setTicks([list(enumerate(shown))])

    def shown_labels(self) -> list[str]:
        """The labels under the bars, as written there."""
        return list(self._shown_labels)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._size >= 0:
            self._write_axis_labels()

    def _fit(self, values: np.ndarray) -> None:
        """From −R to R: the zero line stays in the middle, so a term that changes sign keeps its
        length on the same scale. R depends on the bars and the room their values need, never on
        earlier edits: the same neuron in the same window always looks the same. It is the first
        of 1, 2 or 5 times a power of ten that holds the longest bar with its value beyond it,
        so a small edit seldom crosses one (a new range redraws the axis, which costs more than
        the bars)."""
        room = self._value_room() if self._values_shown else 0.0  # a share of the height 2R
        reach = _nice(float(np.abs(values).max()) / (1 - 2 * room))
        if self.plot_item.viewRange()[1] != [-reach, reach]:
            self.plot_item.setYRange(-reach, reach, padding=0.0)

    def showEvent(self, event) -> None:
        self._on_model_changed()
        super().showEvent(event)

    def _apply_colours(self) -> None:
        background, text, scheme = self._paint_frame()
        self.zero_line.setPen(self.pen(text, 1))
        self._brush_up = QBrush(QColor(BLUE[scheme]))  # pushes z up
        self._brush_down = QBrush(QColor(VERMILLION[scheme]))  # pushes z down
        total = QColor(text)
        total.setAlphaF(0.35)
        self.total_bar.setBrush(total)
        outline = QPen(text, 0)  # a hairline, one pixel wide at every scale (see above)
        outline.setCosmetic(True)
        self.total_bar.setPen(outline)
        self._value_style = (QColor(text), QFont(QApplication.font()))  # zoom makes it larger
        for value in self._values.values():
            value.restyle(*self._value_style)
        self._on_model_changed()  # the bars take the new brushes (when hidden: once shown)


def _sides(values: np.ndarray) -> list[bool]:
    """For each value, whether it is written above its bar's end: a bar that rises, and a bar
    of 0 unless others fall (then below the zero line, where the range has room)."""
    falls = bool((values < 0).any())
    return [bool(v > 0 or (v == 0 and not falls)) for v in values]


def _nice(value: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is at least 1.1 × ``value``; 0.1 when
    there is nothing to hold (every bar is 0)."""
    return nice_ceiling(1.1 * value) if value > 0.0 else 0.1
