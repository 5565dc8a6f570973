"""The loss after each epoch of a training run, under the learning controls."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from .plot_base import BLUE, VERMILLION, ThemedPlot


class LossPlot(ThemedPlot):
    """The loss after each epoch shown so far: one curve, made once, extended with setData."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_item.setMouseEnabled(x=False, y=False)
        self.show_grid(0.15)
        self.curve = pg.PlotDataItem(antialias=True)
        self.last = pg.ScatterPlotItem(size=9)
        self.plot_item.addItem(self.curve)
        self.plot_item.addItem(self.last)
        self.plot_item.setLimits(xMin=0)
        self._apply_colours()
        self.retranslate()
        self.show_losses([])

    def sizeHint(self) -> QSize:
        # pyqtgraph asks for 480 pixels, which pushed the controls above it out of sight: about
        # twelve lines of text is enough to read a falling loss.
        return QSize(super().sizeHint().width(), 12 * self.fontMetrics().lineSpacing())

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", self.tr("epoch"))
        self.plot_item.setLabel("left", self.tr("loss"))
        self.plot_widget.setAccessibleName(self.tr("Loss curve"))
        self.plot_widget.setToolTip(self.tr(
            "The loss after every epoch so far: how far the outputs are from the targets. "
            "It falls as the neuron learns."))

    def show_losses(self, losses) -> None:
        losses = np.asarray(losses, dtype=float)
        epochs = np.arange(1, len(losses) + 1, dtype=float)
        self.curve.setData(epochs, losses)
        self.last.setData(epochs[-1:], losses[-1:])
        high = float(losses.max()) if len(losses) else 1.0
        self.plot_item.setXRange(0, max(len(losses), 10), padding=0.02)
        self.plot_item.setYRange(0, high * 1.1 if high > 0 else 1.0, padding=0.0)

    def losses(self) -> np.ndarray:
        losses = self.curve.getData()[1]
        return np.zeros(0) if losses is None else losses

    def _apply_colours(self) -> None:
        background, _text, scheme = self._paint_frame()
        self.curve.setPen(self.pen(BLUE[scheme], 2.5))
        self.last.setBrush(pg.mkBrush(VERMILLION[scheme]))
        self.last.setPen(self.pen(background, 1.5))
        self.last.setSize(self.scaled(9))
