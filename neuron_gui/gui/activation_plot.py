"""The chosen activation's curve with the neuron's current point (z, f(z)) on it.

Every item is made once here and then moved. An edit of x, w or b only moves the marker, its label
and the guide lines; the curve is sampled again only when the activation or the visible range
changes.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ..core import activate, format_result, get_activation
from .model import NeuronModel

DEFAULT_X_RANGE = (-6.0, 6.0)
CURVE_SAMPLES = 801
_EDGE = 0.05  # the marker is kept this fraction of the view away from its edges

# Okabe–Ito colours, distinguishable with every common colour-vision deficiency; the lighter
# variants are for dark backgrounds.
_CURVE = {"light": "#0072B2", "dark": "#56B4E9"}
_MARKER = {"light": "#D55E00", "dark": "#E69F00"}


def sample_points(activation: str, x_min: float, x_max: float) -> tuple[np.ndarray, np.ndarray]:
    """The curve over [x_min, x_max], sampled evenly and exactly at its kinks."""
    z = np.linspace(x_min, x_max, CURVE_SAMPLES)
    kinks = [k for k in get_activation(activation).kinks if x_min < k < x_max]
    if kinks:
        z = np.sort(np.concatenate([z, kinks]))
    return z, activate(activation, z)


class ActivationPlot(QWidget):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.plot_widget = pg.PlotWidget()
        self.plot_item = self.plot_widget.getPlotItem()
        self.view_box = self.plot_item.getViewBox()
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)
        self.view_box.disableAutoRange()

        self.x_axis_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.y_axis_line = pg.InfiniteLine(pos=0.0, angle=90, movable=False)
        self.curve = pg.PlotDataItem(antialias=True)
        self.guides = pg.PlotDataItem()
        self.marker = pg.ScatterPlotItem(size=13)
        self.marker_label = pg.TextItem(anchor=(0.0, 1.0))
        for item in (self.x_axis_line, self.y_axis_line, self.curve, self.guides, self.marker,
                     self.marker_label):
            self.plot_item.addItem(item)

        self.reset_view_button = QPushButton()
        self.reset_view_button.clicked.connect(self.reset_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.reset_view_button, 0, Qt.AlignmentFlag.AlignRight)

        self._curve_key: tuple | None = None
        self._label_anchor = (0.0, 1.0)
        self._apply_colours()
        self.retranslate()
        self.view_box.sigXRangeChanged.connect(self._on_x_range_changed)
        model.changed.connect(self._on_model_changed)
        self.reset_view()

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", self.tr("weighted sum z"))
        self.plot_item.setLabel("left", self.tr("output f(z)"))
        self.plot_widget.setAccessibleName(self.tr("Plot of the activation function"))
        self.plot_widget.setToolTip(self.tr(
            "The curve is the activation function; the dot is this neuron's z and output. "
            "Drag to pan, scroll to zoom."))
        self.reset_view_button.setText(self.tr("Reset &view"))
        self.reset_view_button.setAccessibleName(self.tr("Reset plot view"))
        self.reset_view_button.setToolTip(self.tr("Show the curve around zero again"))

    # The point and what follows it --------------------------------------------------------------

    def marker_position(self) -> tuple[float, float]:
        x, y = self.marker.getData()
        return float(x[0]), float(y[0])

    def visible_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        return (x0, x1), (y0, y1)

    @Slot()
    def reset_view(self) -> None:
        self.view_box.setXRange(*DEFAULT_X_RANGE, padding=0.0)
        self._refresh_curve()
        self._fit_y()
        self._on_model_changed()

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        z, y = neuron.weighted_sum(), neuron.output()
        if self._curve_key is None or self._curve_key[0] != neuron.activation:
            self._refresh_curve()
            self._fit_y(y)
        self._follow(z, y)
        self.marker.setData([z], [y])
        self.guides.setData([z, z, 0.0], [0.0, y, y])
        mark = QLocale().decimalPoint()
        separator = "; " if mark == "," else ", "  # "(1,5; 0,8)" where the comma is a decimal mark
        self.marker_label.setText(f"({format_result(z, mark)}{separator}{format_result(y, mark)})")
        self.marker_label.setPos(z, y)
        (x0, x1), _ = self.visible_range()
        anchor = (1.0, 1.0) if z > (x0 + x1) / 2 else (0.0, 1.0)  # keep the label inside the view
        if anchor != self._label_anchor:
            self._label_anchor = anchor
            self.marker_label.setAnchor(anchor)

    def _follow(self, z: float, y: float) -> None:
        """Shift the view, keeping its zoom, so that the point stays inside it."""
        (x0, x1), (y0, y1) = self.visible_range()
        shifted_x = _shift_to_contain(x0, x1, z)
        if shifted_x != (x0, x1):
            self.view_box.setXRange(*shifted_x, padding=0.0)  # resamples the curve
        shifted_y = _shift_to_contain(y0, y1, y)
        if shifted_y != (y0, y1):
            self.view_box.setYRange(*shifted_y, padding=0.0)

    def _fit_y(self, y: float | None = None) -> None:
        """Show the whole curve over the visible z range, the x axis, and the point."""
        _, values = self.curve.getData()
        extra = [0.0] if y is None else [0.0, y]
        low = min(float(np.min(values)), *extra)
        high = max(float(np.max(values)), *extra)
        span = max(high - low, 1.0)
        self.view_box.setYRange(low - 0.12 * span, high + 0.12 * span, padding=0.0)

    @Slot()
    def _on_x_range_changed(self) -> None:
        self._refresh_curve()

    def _refresh_curve(self) -> None:
        (x0, x1), _ = self.visible_range()
        key = (self.model.neuron.activation, x0, x1)
        if key == self._curve_key:
            return
        self._curve_key = key
        self.curve.setData(*sample_points(self.model.neuron.activation, x0, x1))

    # Colours follow the palette, so the plot matches a light or a dark window ----------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        palette = self.palette()
        background = palette.base().color()
        text = palette.text().color()
        scheme = "dark" if background.lightnessF() < 0.5 else "light"
        self.plot_widget.setBackground(background)
        for axis in ("left", "bottom"):
            self.plot_item.getAxis(axis).setPen(text)
            self.plot_item.getAxis(axis).setTextPen(text)
        faint = QColor(text)
        faint.setAlphaF(0.55)
        self.x_axis_line.setPen(pg.mkPen(faint, width=1.5))
        self.y_axis_line.setPen(pg.mkPen(faint, width=1.5))
        self.curve.setPen(pg.mkPen(_CURVE[scheme], width=3))
        marker = QColor(_MARKER[scheme])
        self.guides.setPen(pg.mkPen(marker, width=1.5, style=Qt.PenStyle.DashLine))
        self.marker.setBrush(pg.mkBrush(marker))
        self.marker.setPen(pg.mkPen(background, width=2))
        self.marker_label.setColor(text)


def _shift_to_contain(low: float, high: float, value: float) -> tuple[float, float]:
    margin = _EDGE * (high - low)
    if value < low + margin:
        return value - margin, value - margin + (high - low)
    if value > high - margin:
        return value + margin - (high - low), value + margin
    return low, high
