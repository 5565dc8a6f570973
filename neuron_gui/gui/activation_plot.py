"""The chosen activation's curve with the neuron's current point (z, f(z)) on it, and on demand
its derivative with the tangent at the point, and other activations to compare with.

Every item is made once and then moved. An edit of x, w or b only moves the points, the label, the
guide lines and the tangent (Qt's own items, see point_items.py); curves are sampled again only
when the activation, its parameter or the visible range changes.
"""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QWidget

from ..core import (
    ACTIVATIONS, activate, derivative, get_activation, jumps, shown_value, slope_at,
)
from ..core.formula import value_separator
from .activation_panel import activation_name
from .model import NeuronModel
from .plot_base import BLUE, VERMILLION, ThemedPlot, ZeroLine, cache, shift_to_contain
from .point_items import Dot, PointWithGuides

DEFAULT_X_RANGE = (-6.0, 6.0)
LEGEND_OPACITY = 0.7
CURVE_SAMPLES = 801

# The chosen curve is always blue and its point, guides and tangent vermillion (orange on dark).
# Compared curves take the Okabe–Ito colours that stand clearly apart from those two: four in each
# theme (yellow is too faint on white, and orange beside vermillion reads as the point's colour).
# Each function has its colour and its kind of line; functions of a like shape (ReLU and leaky
# ReLU, GELU and SiLU, sigmoid and hard sigmoid) differ in colour, not only in line.
_COMPARE_COLOURS = {
    "light": ("#009E73", "#CC79A7", "#56B4E9", "#000000"),
    "dark": ("#009E73", "#CC79A7", "#F0E442", "#FFFFFF"),
}
_SOLID, _DASH, _DASH_DOT = Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DashDotLine
_COMPARE_STYLES = {  # key: (colour number, line)
    "step": (0, _SOLID), "relu": (1, _SOLID), "sigmoid": (2, _SOLID), "tanh": (3, _SOLID),
    "linear": (3, _DASH), "leaky_relu": (0, _DASH), "elu": (2, _DASH), "softplus": (3, _DASH_DOT),
    "gelu": (1, _DASH), "silu": (0, _DASH_DOT), "hard_sigmoid": (1, _DASH_DOT),
}
_SPARE_STYLE = (2, _DASH_DOT)  # the pair none of those has, for an activation added later
_TANGENT_REACH = 1 / 6  # the tangent is drawn this fraction of the view's width to each side
_LEGEND_ROWS = 6
# The legend's distance from the plot's edges, and the least room it leaves round the point's
# centre (the point's radius and a little more), in pixels at normal size.
_LEGEND_OFFSET = 10
_LEGEND_MARGIN = 9
# A legend's line sample, in pixels at normal size: two whole patterns of the longest kind of line
# (dash-dot: 9 pen widths of 2 pixels).
_SAMPLE_LENGTH = 36


def sample_points(activation: str, x_min: float, x_max: float, params=None,
                  slope: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The curve (or its slope) over [x_min, x_max], sampled evenly and exactly at its kinks."""
    z = np.linspace(x_min, x_max, CURVE_SAMPLES)
    kinks = [k for k in get_activation(activation).kinks if x_min < k < x_max]
    if kinks:
        z = np.unique(np.concatenate([z, kinks]))  # sorted, and a kink on the grid only once
    function = derivative if slope else activate
    return z, function(activation, z, **(params or {}))


def connected(activation: str, z: np.ndarray, params=None) -> np.ndarray:
    """Which samples the curve joins to the next: all but those where the function jumps, so that
    step is drawn as two pieces, not with an upright line that suggests values it never takes."""
    joined = np.ones(len(z), dtype=bool)
    for jump in jumps(activation, **(params or {})):
        joined[z == jump.z] = False
    return joined


class ActivationPlot(ThemedPlot):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view_box = self.plot_item.getViewBox()
        self.show_grid(0.15)
        self.view_box.disableAutoRange()
        self.plot_widget.setAntialiasing(True)  # round dots; pyqtgraph's items set their own
        self.repaint_in_one_piece()

        self.x_axis_line = ZeroLine(self.view_box, horizontal=True)
        self.y_axis_line = ZeroLine(self.view_box, horizontal=False)
        self.curve = pg.PlotDataItem(antialias=True)
        self.slope_curve = pg.PlotDataItem(antialias=True)
        for item in (self.curve, self.slope_curve):
            self.plot_item.addItem(item)
        self.point = PointWithGuides()
        self.view_box.addItem(self.point, ignoreBounds=True)
        self.jump_dots = JumpDots(self.view_box, self.y_axis_line.zValue() + 1)  # over the axis
        self.point.setZValue(self.jump_dots.depth + 1)  # at z = 0 the point stays on top
        for still in (self.curve.curve, self.slope_curve.curve):  # redrawn only when resampled
            cache(still)
        self.legend = pg.LegendItem()
        self._legend_corner = (0, 0)  # top left (placed with the colours); (1, 1): bottom right
        self.legend.setParentItem(self.plot_item.vb)
        cache(self.legend)  # its box is Python that Qt calls back when the point moves near it
        self.legend.setVisible(False)
        # Compared curves and their points are made on first use, then shown and hidden.
        self._compared: dict[str, pg.PlotDataItem] = {}
        self._compared_dots: dict[str, Dot] = {}
        self._compared_jumps: dict[str, JumpDots] = {}
        self._compared_keys: tuple[str, ...] = ()
        self._slope_visible = False
        self.slope_curve.setVisible(False)

        self._curve_key: tuple | None = None
        self._apply_colours()
        self.retranslate()
        self.view_box.sigXRangeChanged.connect(self._on_x_range_changed)
        self.view_box.sigTransformChanged.connect(self._on_scale_changed)
        # pyqtgraph waits for the next paint to scale to a new size; the point's lines must not.
        self.view_box.sigResized.connect(self.view_box.updateMatrix)
        model.changed.connect(self._on_model_changed)
        self.reset_view()

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", self.tr("weighted sum z"))
        self.plot_item.setLabel("left", self.tr("output f(z)"))
        self.plot_widget.setAccessibleName(self.tr("Plot of the activation function"))
        self.plot_widget.setToolTip(self.tr(
            "The curve is the activation function; the dot is this neuron's z and output. "
            "Drag to pan, scroll to zoom."))
        self._update_legend()
        self._on_model_changed()  # the point's label takes the language's decimal mark

    # What is shown --------------------------------------------------------------------------------

    def set_slope_visible(self, visible: bool) -> None:
        """Show or hide the derivative curve f′(z) and the tangent at the point."""
        self._slope_visible = visible
        self.slope_curve.setVisible(visible)
        self.point.set_tangent(None)  # shown again by the next move, where a slope exists
        self._curve_key = None  # the slope curve was not kept up to date while hidden
        self._refresh_curves()
        self._on_model_changed()
        self._update_legend()

    @property
    def compared(self) -> tuple[str, ...]:
        return self._compared_keys

    def set_compared(self, keys) -> None:
        """Overlay these activations (registry keys), each with its own point at the same z."""
        keys = tuple(k for k in ACTIVATIONS if k in set(keys))
        for key in keys:
            if key not in self._compared:
                curve = pg.PlotDataItem(antialias=True)
                curve.setZValue(-1)
                cache(curve.curve)
                self.plot_item.addItem(curve)
                self._compared[key] = curve
                dot = Dot()
                self.view_box.addItem(dot, ignoreBounds=True)
                dot.setZValue(curve.zValue())  # under the chosen curve and its point
                self._compared_dots[key] = dot
                self._compared_jumps[key] = JumpDots(self.view_box, curve.zValue())
        self._compared_keys = keys
        self._show_compared_curves()
        self._apply_colours()
        self._curve_key = None
        self._refresh_curves()
        self._fit_y()
        self._on_model_changed()
        self._update_legend()

    def _shown_compared(self) -> tuple[str, ...]:
        """The compared functions drawn: all chosen ones but the neuron's own, which the main
        curve already shows."""
        return tuple(k for k in self._compared_keys if k != self.model.neuron.activation)

    def compared_curve(self, key: str) -> pg.PlotDataItem:
        return self._compared[key]

    def compared_jump_dots(self, key: str) -> JumpDots:
        return self._compared_jumps[key]

    def _show_compared_curves(self) -> None:
        shown = self._shown_compared()
        for key, curve in self._compared.items():
            curve.setVisible(key in shown)
            self._compared_dots[key].setVisible(key in shown)
            self._compared_jumps[key].set_shown(key in shown)

    def compared_marker_position(self, key: str) -> tuple[float, float]:
        dot = self._compared_dots.get(key)
        if dot is None or not dot.isVisible():
            raise ValueError(f"{key}: not compared with the neuron's own function")
        return dot.position()

    # The point and what follows it ----------------------------------------------------------------

    def marks_at_z(self) -> list[QGraphicsItem]:
        """Everything drawn where the neuron's z is: its point (with its label, guides and
        tangent) and each compared function's point. Each gives z away."""
        return [self.point, *self._compared_dots.values()]

    def marker_position(self) -> tuple[float, float]:
        return self.point.position()

    def marker_label_text(self) -> str:
        return self.point.label.text()

    def guide_points(self) -> list[tuple[float, float]]:
        """Where the guide lines are drawn, in data coordinates: from the x axis up to the
        point, then across to the y axis."""
        down, across = self.point.guides
        return (self._to_data(down, [down.line().p2(), down.line().p1()])
                + self._to_data(across, [across.line().p2()]))

    def tangent_points(self) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """The tangent's ends where it is drawn, as (x0, x1), (y0, y1) in data coordinates."""
        tangent = self.point.tangent
        if not (self._slope_visible and tangent.isVisible()):
            return None
        (x0, y0), (x1, y1) = self._to_data(tangent, [tangent.line().p1(), tangent.line().p2()])
        return (x0, x1), (y0, y1)

    def _to_data(self, item: QGraphicsItem, points: list[QPointF]) -> list[tuple[float, float]]:
        """Where points of ``item`` are drawn, read back from the screen in data coordinates."""
        view = self.plot_widget
        to_screen = item.deviceTransform(view.viewportTransform())
        to_scene, _ = view.viewportTransform().inverted()
        data = [self.view_box.mapSceneToView(to_scene.map(to_screen.map(p))) for p in points]
        return [(p.x(), p.y()) for p in data]

    @contextmanager
    def drawn_at(self, scale: float):
        """For an image ``scale`` times the plot's size on screen. The point with its lines and
        label, the other dots and the legend are drawn in pixels rather than in the plot's
        coordinates, and the axes, the point's guides and its tangent with pens a fixed number
        of pixels wide, which no scale widens: enlarged here with the image, and back after
        it."""
        sized = [self.point, *self.jump_dots, *self._compared_dots.values(),
                 *(dot for dots in self._compared_jumps.values() for dot in dots), self.legend]
        pens = [(line, line.pen()) for line in (self.x_axis_line, self.y_axis_line,
                                                *self.point.guides, self.point.tangent)]
        try:
            for item in sized:
                item.setScale(scale)
            for line, pen in pens:
                wider = QPen(pen)
                wider.setWidthF(pen.widthF() * scale)
                line.setPen(wider)
            yield
        finally:
            for item in sized:
                item.setScale(1.0)
            for line, pen in pens:
                line.setPen(pen)

    @Slot()
    def reset_view(self) -> None:
        self.show_x_range(*DEFAULT_X_RANGE)

    def show_x_range(self, low: float, high: float) -> None:
        """Show z from ``low`` to ``high``, with the curve's whole height over that range."""
        self.view_box.setXRange(low, high, padding=0.0)
        self._refresh_curves()
        self._fit_y()
        self._on_model_changed()

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        z, y = neuron.weighted_sum(), neuron.output()
        if self._curve_key is None or self._curve_key[:2] != self._function_key():
            self._refresh_curves()
            self._show_compared_curves()
            self._fit_y(y)
            self._update_legend()
        self._follow(z, y)
        self.view_box.updateMatrix()  # a new range is drawn from now, not at the next paint
        self.point.move_to(z, y)
        self._move_label(z, y)
        if self._slope_visible:
            self._move_tangent(z, y)
        for key in self._shown_compared():
            self._compared_dots[key].setPos(z, activate(key, z, **self._params_for(key)))
        if self.legend.isVisible():
            self._keep_legend_off_point(z, y)

    def _keep_legend_off_point(self, z: float, y: float) -> None:
        """Move the legend to another corner of the plot when the point is under it: with many
        functions compared it covers a good part of a small plot. It stays where it is until
        then, and it moves up or down first, then across: the point mostly moves sideways, so a
        legend moved across would soon be in its way again. Where every corner would cover the
        point, it goes where it covers it least."""
        point = self.view_box.mapViewToScene(QPointF(z, y))
        view, offset = self.view_box.sceneBoundingRect(), self.scaled(_LEGEND_OFFSET)
        # Where its corner puts it in the view as it is now: in a resize, pyqtgraph moves the
        # legend to its corner only after this, and its own rectangle is still the old one.
        legend = _corner_rect(view, self.legend.sceneBoundingRect().size(), self._legend_corner,
                              offset)
        margin = self.scaled(_LEGEND_MARGIN)
        if _clearance(legend, point) >= margin:
            return
        across, down = self._legend_corner
        # A legend wider (or taller) than the plot keeps to its left (or top): cut off there,
        # it would lose the samples and the start of every name, not the end of the longest.
        corners = [(x, y) for x, y in ((across, 1 - down), (1 - across, down),
                                       (1 - across, 1 - down))
                   if (x == 0 or legend.width() + 2 * offset <= view.width())
                   and (y == 0 or legend.height() + 2 * offset <= view.height())]
        room = {corner: _clearance(_corner_rect(view, legend.size(), corner, offset), point)
                for corner in corners}
        clear = [corner for corner in corners if room[corner] >= margin]
        best = clear[0] if clear else max(room, key=room.get, default=None)
        if best is not None and room[best] > _clearance(legend, point):
            self._place_legend(best)

    def _place_legend(self, corner: tuple[int, int]) -> None:
        self._legend_corner = corner
        offset = self.scaled(_LEGEND_OFFSET)
        self.legend.anchor(itemPos=corner, parentPos=corner,
                           offset=(offset if corner[0] == 0 else -offset,
                                   offset if corner[1] == 0 else -offset))

    def _move_label(self, z: float, y: float) -> None:
        mark = QLocale().decimalPoint()
        separator = value_separator(mark)
        (x0, x1), _ = self.visible_range()
        output = shown_value(y, mark, get_activation(self.model.neuron.activation).exact_at(z))
        self.point.set_label(f"({shown_value(z, mark)}{separator}{output})",
                             room_right=x1 - z, room_left=z - x0)

    def _move_tangent(self, z: float, y: float) -> None:
        neuron = self.model.neuron
        (x0, x1), _ = self.visible_range()
        self.point.set_tangent(slope_at(neuron.activation, z, **neuron.params),
                               reach=_TANGENT_REACH * (x1 - x0))

    @Slot()
    def _on_scale_changed(self) -> None:
        """Zoom, a new range or a resize: the lines around the point are drawn again to scale."""
        self.point.set_view_scale(*self.pixels_per_unit())
        self._move_label(*self.marker_position())  # the side with room for it may have changed
        if self.legend.isVisible():  # a narrower plot or a pan may have put it over the point
            self._keep_legend_off_point(*self.marker_position())

    def _follow(self, z: float, y: float) -> None:
        """Shift the view, keeping its zoom, so that the point stays inside it."""
        (x0, x1), (y0, y1) = self.visible_range()
        shifted_x = shift_to_contain(x0, x1, z)
        if shifted_x != (x0, x1):
            self.view_box.setXRange(*shifted_x, padding=0.0)  # resamples the curves
        shifted_y = shift_to_contain(y0, y1, y)
        if shifted_y != (y0, y1):
            self.view_box.setYRange(*shifted_y, padding=0.0)

    def _fit_y(self, y: float | None = None) -> None:
        """Show every visible curve over the visible z range, the x axis, and the point."""
        curves = [self.curve] + [self._compared[k] for k in self._compared_keys]
        values = [v for c in curves for v in (np.min(c.getData()[1]), np.max(c.getData()[1]))]
        values += [0.0] if y is None else [0.0, y]
        low, high = float(min(values)), float(max(values))
        span = max(high - low, 1.0)
        self.view_box.setYRange(low - 0.12 * span, high + 0.12 * span, padding=0.0)

    # Curves ---------------------------------------------------------------------------------------

    def _function_key(self) -> tuple:
        neuron = self.model.neuron
        return neuron.activation, tuple(sorted(neuron.params.items()))

    def _params_for(self, key: str) -> dict:
        """A compared function drawn with the neuron's parameters if it is the chosen one."""
        neuron = self.model.neuron
        return neuron.params if key == neuron.activation else {}

    @Slot()
    def _on_x_range_changed(self) -> None:
        self._refresh_curves()

    def _refresh_curves(self) -> None:
        (x0, x1), _ = self.visible_range()
        key = (*self._function_key(), x0, x1, self._compared_keys)
        if key == self._curve_key:
            return
        self._curve_key = key
        neuron = self.model.neuron
        z, y = sample_points(neuron.activation, x0, x1, neuron.params)
        self.curve.setData(z, y, connect=connected(neuron.activation, z, neuron.params))
        self.jump_dots.place(neuron.activation, neuron.params, x0, x1)
        if self._slope_visible:
            self.slope_curve.setData(
                *sample_points(neuron.activation, x0, x1, neuron.params, slope=True))
        for name in self._compared_keys:
            params = self._params_for(name)
            z, y = sample_points(name, x0, x1, params)
            self._compared[name].setData(z, y, connect=connected(name, z, params))
            self._compared_jumps[name].place(name, params, x0, x1)

    def jump_dot_positions(self, key: str | None = None):
        """Where the filled and the open dot of a jump are drawn, or None when there is none: on
        the neuron's own curve, or on the compared curve of ``key``."""
        dots = self.jump_dots if key is None else self._compared_jumps.get(key)
        return dots.positions() if dots is not None else None

    def _update_legend(self) -> None:
        self.legend.clear()
        self.legend.setVisible(bool(self._compared_keys) or self._slope_visible)
        if not self.legend.isVisible():
            return
        neuron = self.model.neuron
        entries = [(self.curve, activation_name(neuron.activation))]
        if self._slope_visible:
            entries.append((self.slope_curve, self.tr("slope f′(z)")))
        entries += [(self._compared[key], activation_name(key)) for key in self._shown_compared()]
        # Past six names, two columns: one tall column would hide the curves' left halves.
        self.legend.setColumnCount(2 if len(entries) > _LEGEND_ROWS else 1)
        for curve, name in entries:
            self.legend.addItem(LineSample(curve, self.scaled(_SAMPLE_LENGTH)), name)
        self._keep_legend_off_point(*self.marker_position())  # grown over the point, maybe

    # Colours follow the palette, so the plot matches a light or a dark window ---------------------

    def _apply_colours(self) -> None:
        background, text, scheme = self._paint_frame()
        # The axes in a shade between text and background, mixed here rather than drawn see-
        # through: Qt draws a translucent wide line far more slowly, and the axes are in the
        # repaint of every edit (the benchmark shows it).
        faint = QColor.fromRgbF(*(0.55 * t + 0.45 * b for t, b in zip(
            text.getRgbF()[:3], background.getRgbF()[:3])))
        self.x_axis_line.setPen(self.pen(faint, 1.5))
        self.y_axis_line.setPen(self.pen(faint, 1.5))
        self.curve.setPen(self.pen(BLUE[scheme], 3))
        self.slope_curve.setPen(self.pen(BLUE[scheme], 2, Qt.PenStyle.DotLine))
        marker = QColor(VERMILLION[scheme])
        self.point.set_guide_pen(self.pen(marker, 1.5, Qt.PenStyle.DashLine))
        self.point.tangent.setPen(self.pen(marker, 2))
        self.point.set_style(self.scaled(13), marker, self.pen(background, 2))
        self.point.set_label_style(text, QApplication.font())
        self.jump_dots.set_style(self.scaled(9), QColor(BLUE[scheme]), background, self.pen)
        self._place_legend(self._legend_corner)  # at a distance from the edges that scales
        self.legend.setLabelTextColor(text)
        self.legend.setLabelTextSize(f"{QApplication.font().pointSizeF():.1f}pt")
        # See-through enough that the curves it lies over still show (with every function
        # compared in projector mode it covers a good part of the plot), opaque enough to read.
        legend_fill = QColor(background)
        legend_fill.setAlphaF(LEGEND_OPACITY)
        self.legend.setBrush(pg.mkBrush(legend_fill))
        for key, curve in self._compared.items():
            colour, dash = compare_style(key, scheme)
            curve.setPen(self.pen(colour, 2, dash))
            self._compared_dots[key].set_style(self.scaled(10), colour, self.pen(background, 1.5))
            self._compared_jumps[key].set_style(self.scaled(8), colour, background, self.pen)
        self._move_label(*self.marker_position())  # a new font may need the other side
        self._update_legend()


class JumpDots:
    """Where a curve jumps: a filled dot at the value the function takes there and an open one
    at the value it leaps from or to but never takes. Hidden where the function has no jump in
    the view (the registry's functions jump at most once)."""

    def __init__(self, view_box: pg.ViewBox, depth: float) -> None:
        self.depth = depth
        self._dots = (Dot(), Dot())  # filled, open
        self._found = False
        self._shown = True
        for dot in self._dots:
            view_box.addItem(dot, ignoreBounds=True)
            dot.setZValue(depth)
            dot.setVisible(False)

    def __iter__(self):
        return iter(self._dots)

    def place(self, activation: str, params: dict, x0: float, x1: float) -> None:
        """Put the dots on the jump of ``activation`` between z = x0 and x1, if it has one."""
        found = [jump for jump in jumps(activation, **params) if x0 <= jump.z <= x1]
        self._found = bool(found)
        if found:
            filled, hollow = self._dots
            filled.setPos(found[0].z, found[0].value)
            hollow.setPos(found[0].z, found[0].other)
        self.set_shown(self._shown)

    def set_shown(self, shown: bool) -> None:
        """Show the dots with their curve (while there is a jump to mark)."""
        self._shown = shown
        for dot in self._dots:
            dot.setVisible(shown and self._found)

    def set_style(self, diameter: float, colour: QColor, background: QColor, pen) -> None:
        filled, hollow = self._dots
        filled.set_style(diameter, colour, pen(colour, 1))
        hollow.set_style(diameter, background, pen(colour, 2))

    def positions(self) -> tuple[tuple[float, float], tuple[float, float]] | None:
        filled, hollow = self._dots
        return (filled.position(), hollow.position()) if filled.isVisible() else None


class LineSample(pg.ItemSample):
    """A legend's sample of a curve: a stretch of its line long enough to show what kind of
    line it is. pyqtgraph's is 20 pixels, about one dash of a thick line in projector mode, so
    that dashed and dash-dotted curves looked alike there."""

    def __init__(self, curve: pg.PlotDataItem, length: float) -> None:
        super().__init__(curve)
        self._length = length
        self.setFixedWidth(length)  # the legend's layout gives the sample this much room
        cache(self)  # drawn once, not each time the point's repaint reaches it

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._length, 20)

    def paint(self, painter, *args) -> None:
        if not self.item.isVisible():
            super().paint(painter, *args)  # pyqtgraph's sign for a hidden curve
            return
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(self.item.opts["pen"]))
        painter.drawLine(QPointF(0, 11), QPointF(self._length, 11))


def compare_style(key: str, scheme: str) -> tuple[QColor, Qt.PenStyle]:
    """A compared activation's colour and line: its own, whatever else is shown. One added to
    the registry without a pair of its own here takes the spare pair (shared, should there be
    two such)."""
    colour, line = _COMPARE_STYLES.get(key, _SPARE_STYLE)
    return QColor(_COMPARE_COLOURS[scheme][colour]), line


def _clearance(rect: QRectF, point: QPointF) -> float:
    """How far ``point`` is outside ``rect``, in pixels; how deep inside it, as a negative."""
    dx = max(rect.left() - point.x(), point.x() - rect.right())
    dy = max(rect.top() - point.y(), point.y() - rect.bottom())
    return max(dx, dy)


def _corner_rect(view: QRectF, size, corner: tuple[int, int], offset: float) -> QRectF:
    """Where a legend of ``size`` would be in ``corner`` of ``view``, ``offset`` from its edges."""
    left = view.left() + offset if corner[0] == 0 else view.right() - offset - size.width()
    top = view.top() + offset if corner[1] == 0 else view.bottom() - offset - size.height()
    return QRectF(left, top, size.width(), size.height())
