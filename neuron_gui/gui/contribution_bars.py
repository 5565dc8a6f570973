"""A bar for each term w_i·x_i, one for the bias and one for their total z: how each input pushes
the weighted sum up or down. The bars are one item, made once and reshaped on every edit."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ..core import format_result
from .inputs_form import subscript
from .model import NeuronModel
from .plot_base import BLUE, VERMILLION, ThemedPlot

_BAR_WIDTH = 0.7
FILL = 0.1  # the bars keep the y range while they span at least this share of it


def contributions(neuron) -> np.ndarray:
    """w_1·x_1, …, w_n·x_n, b, z."""
    terms = [w * x for w, x in zip(neuron.weights, neuron.inputs)] + [neuron.bias]
    return np.array(terms + [neuron.weighted_sum()])


class ContributionBars(ThemedPlot):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.plot_item.setMouseEnabled(x=False, y=False)
        # No grid: its lines span the whole plot, and redrawing them on each new scale cost
        # more than the bars; the axis ticks and the zero line carry the values.
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.bars = pg.BarGraphItem(x=[0], height=[0], width=_BAR_WIDTH)
        self.total_outline = pg.BarGraphItem(x=[0], height=[0], width=_BAR_WIDTH)
        self.plot_item.addItem(self.zero_line)
        self.plot_item.addItem(self.bars)
        self.plot_item.addItem(self.total_outline)
        self._size = -1
        self._apply_colours()
        self.retranslate()
        model.changed.connect(self._on_model_changed)

    def retranslate(self) -> None:
        self.plot_item.setLabel("left", self.tr("contribution to z"))
        self.plot_widget.setAccessibleName(self.tr("Contribution bars"))
        self.plot_widget.setToolTip(self.tr(
            "Each bar is one term of the weighted sum: blue pushes z up, orange pushes it down. "
            "The last bar is their total, z."))
        self._size = -1  # rewrite the axis labels
        self._on_model_changed()

    def heights(self) -> np.ndarray:
        """The heights drawn: one per term, the bias, then the total z."""
        terms = np.asarray(self.bars.opts["height"], dtype=float)
        return np.append(terms, self.total_outline.opts["height"])

    def labels(self) -> list[str]:
        return list(self._labels)

    @Slot()
    def _on_model_changed(self) -> None:
        if not self.isVisible() and self._size >= 0:
            return  # hidden: catch up when shown (showEvent), not on every edit
        neuron = self.model.neuron
        values = contributions(neuron)
        x = np.arange(len(values), dtype=float)
        brushes = [self._brush_up if v >= 0 else self._brush_down for v in values[:-1]]
        self.bars.setOpts(x=x[:-1], height=values[:-1], brushes=brushes)
        self.total_outline.setOpts(x=x[-1:], height=values[-1:])
        if neuron.size != self._size:
            self._size = neuron.size
            self._set_axis_labels(neuron.size)
        self._fit(values)
        mark = QLocale().decimalPoint()
        self.plot_widget.setAccessibleDescription(", ".join(
            f"{label} = {format_result(v, mark)}" for label, v in zip(self._labels, values)))

    def _set_axis_labels(self, size: int) -> None:
        self._labels = [f"w{subscript(i)}·x{subscript(i)}" for i in range(1, size + 1)]
        self._labels += ["b", "z"]
        self.plot_item.getAxis("bottom").setTicks([list(enumerate(self._labels))])
        self.plot_item.setXRange(-0.6, len(self._labels) - 0.4, padding=0.0)

    def _fit(self, values: np.ndarray) -> None:
        """Show every bar and the zero line. The range is kept while the bars fit well in it:
        a new range redraws both axes and the grid, which costs more than the bars themselves."""
        low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
        (_, _), (shown_low, shown_high) = self.plot_item.viewRange()
        fits = shown_low <= low and high <= shown_high
        if fits and (high - low) >= FILL * (shown_high - shown_low):
            return
        # Round outwards to 1, 2 or 5 times a power of ten, so that a bar growing a little
        # more next time still fits.
        self.plot_item.setYRange(-_nice(-low), _nice(high), padding=0.0)

    def showEvent(self, event) -> None:
        self._on_model_changed()
        super().showEvent(event)

    def _apply_colours(self) -> None:
        background, text, scheme = self._paint_frame()
        self.zero_line.setPen(self.pen(text, 1))
        self._brush_up = pg.mkBrush(BLUE[scheme])  # pushes z up
        self._brush_down = pg.mkBrush(VERMILLION[scheme])  # pushes z down
        self.bars.setOpts(pen=pg.mkPen(background))
        total = QColor(text)
        total.setAlphaF(0.35)
        self.total_outline.setOpts(brush=pg.mkBrush(total), pen=self.pen(text, 2))
        self._on_model_changed()  # the bars take the new brushes (when hidden: once shown)


def _nice(value: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is at least 1.1 × ``value``, or a small
    margin below zero for a side with no bars."""
    if value <= 0.0:
        return 0.1
    target = 1.1 * value
    power = 10.0 ** np.floor(np.log10(target))
    return float(next(m * power for m in (1.0, 2.0, 5.0, 10.0) if m * power >= target))
