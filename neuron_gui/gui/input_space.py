"""The input space: the neuron's output over the plane of two of its inputs, the line that splits
the plane into the two answers, and the current input as a point that can be dragged.

Which line is drawn
-------------------
The line is the set of inputs where the output sits exactly halfway between the two values
training aims at (``core.target_values``): 0.5 for most activations, 0 for tanh. Above it the
neuron answers "class 1", on it and below it "class 0", exactly as ``core.predict`` counts. The
output depends on the inputs only through z = w·x + b, so the line is where z equals one number c,
found once per activation (and parameter) by bisection on the registry's own function:

* step, sigmoid, tanh, hard sigmoid: c = 0, so the line is w·x + b = 0. Step jumps from 0 to 1
  there; the other three pass their midpoint (0.5, 0, 0.5) at z = 0.
* ReLU, leaky ReLU, ELU, linear: these have no top, so there is no middle of their range. They
  pass positive z through unchanged and reach the 0.5 that separates the training targets 0 and 1
  at z = 0.5, so the line is w·x + b = 0.5, parallel to w·x + b = 0.
* softplus at z = ln(e^0.5 − 1) ≈ −0.433, GELU at z ≈ 0.668 and SiLU at z ≈ 0.739: again a line
  parallel to w·x + b = 0, shifted. The caption under the plot says which z the line is at.

Every item is made once. An edit recomputes the output on a GRID × GRID raster of the visible
square and moves the line and the point; nothing is recomputed while the view is hidden.
The points to learn are drawn again only when they, or those on the wrong side, change.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication, QComboBox, QGraphicsLineItem, QGraphicsRectItem, QGraphicsTextItem, QHBoxLayout,
    QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from ..core import VALUE_LIMIT, activate, format_result, midpoint, predict, target_values
from ..core.formula import INPUT_DECIMALS, TIMES, subscript
from .activation_panel import activation_name
from .colour_bar import BAR_SHADES, ColourBar
from .focus_ring import tab_chain
from .heatmap import Heatmap, shades
from .model import NeuronModel
from .plot_base import BLUE, VERMILLION, ThemedPlot, cache, nice_ceiling, shift_to_contain
from .point_items import MarkSet

GRID = 200  # raster points along each side of the visible square
COLOUR_MAP = "cividis"  # made to read the same with every common colour-vision deficiency
_CLICK_RADIUS_PX = 10  # a click this close to a point removes it
_MARGIN = 0.5  # space around the points when the view is fitted to them
_DEFAULT_SPAN = (-0.5, 1.5)  # the unit square of the truth tables, with a margin
_KEEP_LEVELS_SHARE = 1 / 3  # the colour range is kept while the outputs fill this much of it
_NOTE_PADDING = 4  # pixels round the text of the note in the plot's corner
_HELD_LISTED = 3  # inputs off the plane named one by one in the caption; more are counted


@lru_cache(maxsize=64)
def _boundary_level(activation: str, params: tuple) -> float | None:
    middle = midpoint(activation)
    a, b = -64.0, 64.0

    def f(z: float) -> float:
        return activate(activation, z, **dict(params))

    if not f(a) <= middle < f(b):
        return None
    # Halving from ±64 tries 0, then 0.5 (after 32 … 1), exactly, so the common cases come out
    # exact; every activation here is increasing where it passes its midpoint.
    while b - a > 1e-13:
        m = (a + b) / 2
        if f(m) <= middle:
            a = m
        else:
            b = m
    return a


def boundary_level(neuron) -> float | None:
    """The weighted sum c where the neuron's answer changes: output above the midpoint of its
    training targets for z > c, at or below it for z ≤ c. None if it never changes."""
    return _boundary_level(neuron.activation, tuple(sorted(neuron.params.items())))


def axis_name(index: int) -> str:
    return f"x{subscript(index + 1)}"


class InputSpace(ThemedPlot):
    """The plane of inputs x_a (across) and x_b (up); the other inputs keep their values."""

    point_added = Signal(float, float, bool)  # a click on an empty spot; True: the other class
    point_removed = Signal(int)  # a click on the point with this index
    message = Signal(str)  # why a click added no point, for the status bar
    axes_changed = Signal()

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._axes = (0, 1)
        self._points = np.zeros((0, 2))
        self._labels = np.zeros(0)
        self._levels: tuple[float, float] | None = None
        self._middle: float | None = None  # the output the map's middle colour stands for
        self._levels_activation = ""
        self._image_key: tuple | None = None
        self._wrong: np.ndarray | None = None  # which points are ringed
        self._stale = True  # the picture lags behind the model while the view is hidden
        self._create_controls()
        self._create_items()
        self._apply_colours()
        self.retranslate()
        self.view_box.sigRangeChanged.connect(self._on_range_changed)
        self.plot_widget.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.target.sigPositionChanged.connect(self._on_target_moved)
        self.target.sigPositionChangeFinished.connect(self.model.end_edit)
        model.changed.connect(self._on_model_changed)
        self._on_model_changed()
        self.fit_view()

    # Construction -------------------------------------------------------------------------------

    def _create_controls(self) -> None:
        self.horizontal_combo = QComboBox()
        self.vertical_combo = QComboBox()
        self._horizontal_label = QLabel()
        self._vertical_label = QLabel()
        self._horizontal_label.setBuddy(self.horizontal_combo)
        self._vertical_label.setBuddy(self.vertical_combo)
        self.fit_button = QToolButton()
        self.fit_button.clicked.connect(self.fit_view)
        self.axes_row = QWidget()
        row = QHBoxLayout(self.axes_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self._horizontal_label, self.horizontal_combo, self._vertical_label,
                       self.vertical_combo):
            row.addWidget(widget)
        row.addStretch(1)
        self.horizontal_combo.activated.connect(lambda i: self._choose_axis(0, i))
        self.vertical_combo.activated.connect(lambda i: self._choose_axis(1, i))

        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # What a one-input neuron shows instead of a plot.
        self.notice = QWidget()
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.add_input_button = QPushButton()
        self.add_input_button.clicked.connect(self.model.add_input)
        notice_layout = QVBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_label)
        notice_layout.addWidget(self.add_input_button, 0, Qt.AlignmentFlag.AlignLeft)
        notice_layout.addStretch(1)

        layout = self.layout()
        layout.insertWidget(0, self.axes_row)
        below = QHBoxLayout()
        below.addWidget(self.caption, 1)
        below.addWidget(self.fit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.legend)
        layout.addLayout(below)
        layout.addWidget(self.notice, 1)
        # Tab as they are seen: the axes' choices, the plot (made before them), the button below.
        chain = [self.horizontal_combo, self.vertical_combo, self.plot_widget, self.fit_button]
        tab_chain(chain)

    def _create_items(self) -> None:
        self.plot_widget.setMinimumHeight(200)
        self.view_box = self.plot_item.getViewBox()
        self.view_box.disableAutoRange()
        self.view_box.setAspectLocked(True)  # a true angle between the line and the weights
        # Zoomed in, ten of the form's steps of 0.01 still fit across; zoomed out, every input
        # the form takes, with room.
        self.view_box.setLimits(minXRange=0.1, minYRange=0.1, maxXRange=4 * VALUE_LIMIT,
                                maxYRange=4 * VALUE_LIMIT)
        self.heatmap = Heatmap()
        self.heatmap.setZValue(-100)
        self.plot_item.addItem(self.heatmap, ignoreBounds=True)
        self.colour_bar = ColourBar(COLOUR_MAP, width=18)
        # Right of the plot, where pyqtgraph would put it for an image of its own.
        self.plot_item.layout.addItem(self.colour_bar, 2, 5)
        self.plot_item.layout.setColumnFixedWidth(4, 5)
        # Qt's own line items: the line moves with every edit, and pyqtgraph's curves are Python
        # that Qt calls back to measure and paint them. The view smooths their edges (and the
        # rest of the plot's: the axes and marks too, as the activation plot does).
        self.plot_widget.setAntialiasing(True)
        self.boundary_halo = QGraphicsLineItem()
        self.boundary = QGraphicsLineItem()
        for line in (self.boundary_halo, self.boundary):
            self.plot_item.addItem(line, ignoreBounds=True)
        # The points to learn, squares (class 0) and dots (class 1), over rings around those on
        # the wrong side.
        self.rings = MarkSet(round_=True)
        self.class_marks = (MarkSet(round_=False), MarkSet(round_=True))
        # Over the line and over the input's cross: a lesson often starts with the input on one
        # of its points, which the cross's ring would hide (the cross still shows around it,
        # and dragging it still works: the points take no drags).
        for marks, depth in ((self.rings, 11), *((marks, 12) for marks in self.class_marks)):
            marks.setZValue(depth)
            self.view_box.addItem(marks, ignoreBounds=True)
        self.view_box.sigTransformChanged.connect(self._on_scale_changed)
        # Where the line would be, when it is outside the view: in the plot's lower left corner
        # (the one a fitted view leaves empty), not in the caption, whose height would change and
        # redraw the whole plot as the line comes and goes. Under the cross and the points.
        self.off_view_note = QGraphicsRectItem(self.view_box)  # a card the text sits on
        self.off_view_note.setZValue(7)
        self.off_view_note.setVisible(False)
        self.view_box.sigResized.connect(self._fit_note)
        self._note_text = QGraphicsTextItem(self.off_view_note)  # wraps in a narrow view
        self._note_text.setPos(_NOTE_PADDING, _NOTE_PADDING)
        self._note_text.document().setDocumentMargin(0)
        # A ring with a cross, unlike any point to learn: the input, made to be dragged.
        self.target = pg.TargetItem(size=22, symbol="crosshair", movable=True)
        self.target.setZValue(10)
        self.plot_item.addItem(self.target)
        # Beneath it, the same cross wider in the background colour, as the line has: the
        # cross's arms in the text colour vanish on the map's like-coloured end (white on yellow).
        self.target_halo = pg.TargetItem(size=22, symbol="crosshair", movable=False)
        self.target_halo.setZValue(9.5)
        self.target_halo.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.target_halo.setAcceptHoverEvents(False)
        self.plot_item.addItem(self.target_halo)
        self.target.sigPositionChanged.connect(lambda target: self.target_halo.setPos(target.pos()))
        # The image beneath changes with every edit, so everything over it is drawn again; the
        # points, their rings and the cross seldom change, and are then copied from images.
        for still in (self.rings, *self.class_marks, self.target, self.target_halo):
            cache(still)
        # A little room above the plot, so the top labels of both axes are not cut off.
        self.plot_item.setContentsMargins(0, 10, 0, 0)
        # Every edit redraws the whole image. Axes touching it, or ticks reaching into it, would
        # be repainted with it, labels and all (Qt widens a repaint by 2 px for antialiasing):
        # a small gap and no ticks keep them out of it.
        self.plot_item.layout.setColumnSpacing(0, 4)  # after the left axis
        self.plot_item.layout.setRowSpacing(2, 4)  # above the bottom axis
        for side in ("left", "bottom"):
            self.plot_item.getAxis(side).setStyle(tickLength=0)

    def retranslate(self) -> None:
        self._horizontal_label.setText(self.tr("Hori&zontal"))
        self._vertical_label.setText(self.tr("Ver&tical"))
        self.horizontal_combo.setAccessibleName(self.tr("Input on the horizontal axis"))
        self.vertical_combo.setAccessibleName(self.tr("Input on the vertical axis"))
        tip = self.tr("Which input runs along this axis; the other inputs keep their values")
        self.horizontal_combo.setToolTip(tip)
        self.vertical_combo.setToolTip(tip)
        self._note_text.setPlainText(self.tr(
            "The line lies outside this view:\nzoom out or drag the plane to see it."))
        self._fit_note()
        self.fit_button.setText(self.tr("Fit view"))
        self.fit_button.setAccessibleName(self.tr("Fit the view to the points"))
        self.fit_button.setToolTip(self.tr(
            "Show the unit square, every point and the current input again"))
        self.plot_widget.setAccessibleName(self.tr("Input space"))
        self.plot_widget.setToolTip(self.tr(
            "The colour is the neuron's output for every pair of these two inputs; the line is "
            "where its answer changes, and the output grows towards the side the weights point "
            "to. Drag the ringed cross to move the input. Click to add a point, Shift+click or "
            "right-click for the other class, click a point to remove it. Drag the background to "
            "pan, scroll to zoom."))
        self.colour_bar.getAxis("left").setLabel(self.tr("output"))
        self.legend.setAccessibleName(self.tr("What the marks mean"))
        self.notice_label.setText(self.tr(
            "This view needs at least two inputs: it draws the output over a plane, with one "
            "input along each side. This neuron has one input, so its whole story is the curve "
            "of the activation function. Add a second input to see the plane."))
        self.add_input_button.setText(self.tr("Add input x₂"))
        self.add_input_button.setAccessibleName(self.tr("Add a second input"))
        self.add_input_button.setToolTip(self.tr("Give the neuron a second input x₂ with weight 0"))
        self._fill_axis_combos(force=True)
        self._update_legend()
        self._stale = True
        self._on_model_changed()

    # What is shown ------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.model.neuron.size >= 2

    def axes(self) -> tuple[int, int]:
        """The input on the horizontal axis and the one on the vertical axis (0-based)."""
        return self._axes

    def set_axes(self, horizontal: int, vertical: int) -> None:
        size = self.model.neuron.size
        if horizontal == vertical or not (0 <= horizontal < size and 0 <= vertical < size):
            raise ValueError(f"axes: expected two different inputs below {size}, "
                             f"got {horizontal} and {vertical}")
        if (horizontal, vertical) == self._axes:
            return
        self._axes = (horizontal, vertical)
        self._fill_axis_combos(force=True)
        self._stale = True
        self._on_model_changed()
        self.axes_changed.emit()

    def set_points(self, points, labels) -> None:
        """Show labelled points (rows of (horizontal, vertical), labels 0 or 1)."""
        self._points = np.asarray(points, dtype=float).reshape(-1, 2)
        self._labels = np.asarray(labels, dtype=float).reshape(-1)
        self._wrong = None
        for label, marks in enumerate(self.class_marks):
            marks.set_positions(self._points[self._labels == label])
        self._update_legend()
        self._show_wrong()

    def drawn_points(self, label: int) -> list[tuple[float, float]]:
        """Where the points of one class are drawn, as (horizontal, vertical)."""
        return self.class_marks[label].positions()

    def full_inputs(self, points) -> np.ndarray:
        """Plane points as whole input rows: the other inputs keep their current values."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        rows = np.tile(np.array(self.model.neuron.inputs), (len(points), 1))
        rows[:, self._axes[0]] = points[:, 0]
        rows[:, self._axes[1]] = points[:, 1]
        return rows

    def boundary_points(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The two ends of the line as drawn, or None when there is no line."""
        if not self.boundary.isVisible():
            return None
        line = self.boundary.line()
        return np.array([line.x1(), line.x2()]), np.array([line.y1(), line.y2()])

    def target_position(self) -> tuple[float, float]:
        pos = self.target.pos()
        return float(pos.x()), float(pos.y())

    def image_values(self) -> np.ndarray:
        """The outputs behind the colours: row j, column i is pixel (i, j) from the bottom left."""
        return self.heatmap.values

    def pixel_centre(self, column: int, row: int) -> tuple[float, float]:
        """Where the centre of one pixel of the colour image lies in the plane."""
        point = self.heatmap.pixel_centre(column, row)
        return point.x(), point.y()

    @Slot()
    def fit_view(self) -> None:
        """The unit square of the truth tables, the current input and every point, with room."""
        neuron = self.model.neuron
        corners = [(_DEFAULT_SPAN[0], _DEFAULT_SPAN[0]), (_DEFAULT_SPAN[1], _DEFAULT_SPAN[1])]
        if self.available:
            corners.append((neuron.inputs[self._axes[0]], neuron.inputs[self._axes[1]]))
        everything = np.vstack([np.array(corners), self._points])
        low, high = everything.min(axis=0) - _MARGIN, everything.max(axis=0) + _MARGIN
        low, high = np.minimum(low, _DEFAULT_SPAN[0]), np.maximum(high, _DEFAULT_SPAN[1])
        self.view_box.setRange(xRange=(low[0], high[0]), yRange=(low[1], high[1]), padding=0.0)

    # Following the model ------------------------------------------------------------------------

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        available = neuron.size >= 2
        self.notice.setVisible(not available)
        for widget in (self.plot_widget, self.axes_row, self.caption, self.fit_button):
            widget.setVisible(available)
        self.legend.setVisible(available and len(self._points) > 0)
        self._fill_axis_combos()
        if not available:
            return
        if not self.isVisible():
            self._stale = True  # hidden: catch up in showEvent, not on every edit
            return
        self._stale = False
        x, y = neuron.inputs[self._axes[0]], neuron.inputs[self._axes[1]]
        with QSignalBlocker(self.target):  # moving the point to the model is no drag
            self.target.setPos(x, y)
        self.target_halo.setPos(x, y)
        if self._follow(x, y):
            return  # the range change has redrawn everything
        self._redraw()

    def _redraw(self) -> None:
        self._draw_image()
        self._draw_boundary()
        self._show_wrong()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._on_model_changed()

    # Room for the texts under the plot ----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a text under the plot changed or showed
            self._keep_texts_whole()
        return handled

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the texts wrap anew
            self._keep_texts_whole()

    def _keep_texts_whole(self) -> None:
        """At least as tall as the plot's least height and every line of the texts under it, at
        this width. The dock's splitter gives the plane its minimum size, which Qt works out as
        if each wrapped text were one line: with large text the legend lay over the axis."""
        # -1 when no text wraps (none shown): then the layout's own minimum holds. At most three
        # quarters of the screen, so that the window, with its menus, always fits on it.
        least = max(0, self.layout().minimumHeightForWidth(self.width()))
        least = min(least, self.screen().availableGeometry().height() * 3 // 4)
        if least != self.minimumHeight():
            self.setMinimumHeight(least)

    @Slot()
    def _on_range_changed(self) -> None:
        if not self.isVisible():
            self._stale = True
        elif self.available:
            self._redraw()

    def _follow(self, x: float, y: float) -> bool:
        """Shift the view, keeping its zoom, so that the input point stays inside it."""
        (x0, x1), (y0, y1) = self.visible_range()
        shifted_x, shifted_y = shift_to_contain(x0, x1, x), shift_to_contain(y0, y1, y)
        if (shifted_x, shifted_y) == ((x0, x1), (y0, y1)):
            return False
        self.view_box.setRange(xRange=shifted_x, yRange=shifted_y, padding=0.0)
        return True

    def _grid(self) -> tuple[np.ndarray, np.ndarray, QRectF]:
        (x0, x1), (y0, y1) = self.visible_range()
        dx, dy = (x1 - x0) / GRID, (y1 - y0) / GRID
        xs = x0 + (np.arange(GRID) + 0.5) * dx  # the centres of the pixels
        ys = y0 + (np.arange(GRID) + 0.5) * dy
        return xs, ys, QRectF(x0, y0, x1 - x0, y1 - y0)

    def _held_sum(self, neuron) -> float:
        """b plus the terms of the inputs that are not on an axis: fixed across the plane."""
        a, b = self._axes
        return math.fsum([w * x for i, (w, x) in enumerate(zip(neuron.weights, neuron.inputs))
                          if i not in (a, b)] + [neuron.bias])

    def _draw_image(self) -> None:
        neuron = self.model.neuron
        xs, ys, rect = self._grid()
        a, b = self._axes
        # The picture depends on everything but the two inputs on the axes: dragging the point
        # moves the point only.
        key = (neuron.weights, neuron.bias, neuron.activation, tuple(neuron.params.items()),
               tuple(x for i, x in enumerate(neuron.inputs) if i not in (a, b)), self._axes,
               rect)
        if key == self._image_key:
            return
        self._image_key = key
        z = (neuron.weights[b] * ys)[:, None] + (neuron.weights[a] * xs)[None, :]
        z += self._held_sum(neuron)
        # Far outside the inputs a student can type, the sum could leave the registry's range.
        np.clip(z, -1e6, 1e6, out=z)
        values = activate(neuron.activation, z, **neuron.params)
        # Another function starts from its own range: sigmoid's colours span 0 to 1 again.
        same = neuron.activation == self._levels_activation
        levels = _levels(neuron.activation, values, self._levels if same else None)
        self._levels_activation = neuron.activation
        middle = midpoint(neuron.activation)  # the line's output
        if (levels, middle) != (self._levels, self._middle):
            self._levels, self._middle = levels, middle
            self.heatmap.set_colours(shades(COLOUR_MAP, levels, middle))
            self.colour_bar.show_range(levels, shades(COLOUR_MAP, levels, middle, BAR_SHADES))
        self.heatmap.show_values(values, levels, rect)

    def _draw_boundary(self) -> None:
        neuron = self.model.neuron
        a, b = self._axes
        wa, wb = neuron.weights[a], neuron.weights[b]
        level = boundary_level(neuron)
        has_line = level is not None and (wa != 0.0 or wb != 0.0)
        ends = self._line_in_view(wa, wb, level - self._held_sum(neuron)) if has_line else None
        self._update_caption(level, has_line)
        self.off_view_note.setVisible(has_line and ends is None)
        for line in (self.boundary_halo, self.boundary):
            line.setVisible(ends is not None)
            if ends is not None:
                (x0, x1), (y0, y1) = ends
                line.setLine(x0, y0, x1, y1)

    def _line_in_view(self, wa: float, wb: float, k: float):
        """Where the line wa·x + wb·y = k enters and leaves the view, or None if it misses it.

        Cut to the view, not drawn past it: a line reaching outside would have the axes
        repainted with every edit."""
        (x0, x1), (y0, y1) = self.visible_range()
        norm = math.hypot(wa, wb)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        shift = (k - (wa * cx + wb * cy)) / (norm * norm)
        px, py = cx + shift * wa, cy + shift * wb  # the line's point nearest the view's centre
        dx, dy = -wb / norm, wa / norm  # along the line
        low, high = -math.inf, math.inf
        for p, d, lo, hi in ((px, dx, x0, x1), (py, dy, y0, y1)):
            if d == 0.0:
                if not lo <= p <= hi:
                    return None
                continue
            t0, t1 = sorted(((lo - p) / d, (hi - p) / d))
            low, high = max(low, t0), min(high, t1)
        if low >= high:
            return None
        return (np.array([px + low * dx, px + high * dx]),
                np.array([py + low * dy, py + high * dy]))

    def _update_caption(self, level: float | None, has_line: bool) -> None:
        neuron = self.model.neuron
        mark = QLocale().decimalPoint()
        low, high = target_values(neuron.activation)
        middle = format_result(midpoint(neuron.activation), mark)
        name = activation_name(neuron.activation)
        xa, xb = axis_name(self._axes[0]), axis_name(self._axes[1])
        # The sum written out with this plane's inputs, as the readout writes it (not the
        # vector shorthand w·x); the inputs held off the plane add their part too.
        wa, wb = (f"w{subscript(i + 1)}" for i in self._axes)
        z = f"{wa}{TIMES}{xa} + {wb}{TIMES}{xb}{' + …' if neuron.size > 2 else ''} + b"
        if level is None:
            text = self.tr("{name} never passes {middle}, so it gives the same answer everywhere."
                           ).format(name=name, middle=middle)
        elif not has_line:
            text = self.tr(
                "The weights of {xa} and {xb} are both 0, so z, and with it the output, is the "
                "same everywhere in this plane: there is no line.").format(xa=xa, xb=xb)
        elif level == 0.0 and neuron.activation == "step":
            # Step never gives the halfway value: it jumps at z = 0, and z = 0 itself is still 0.
            text = self.tr(
                "Line: z = {z} = 0, where {name} jumps from {low} to {high}; on the line "
                "itself it still gives {low}.").format(
                z=z, name=name, low=format_result(low, mark),
                                                       high=format_result(high, mark))
        elif level == 0.0:
            text = self.tr(
                "Line: z = {z} = 0, where {name} gives {middle}, halfway between {low} and "
                "{high}.").format(z=z, name=name, middle=middle, low=format_result(low, mark),
                                  high=format_result(high, mark))
        else:
            text = self.tr(
                "Line: z = {z} = {level}, not 0: there {name} reaches {middle}, halfway "
                "between the {low} and {high} that training aims at.").format(
                z=z, level=format_result(level, mark), name=name, middle=middle,
                low=format_result(low, mark), high=format_result(high, mark))
        held = [f"{axis_name(i)} = {format_result(x, mark)}"
                for i, x in enumerate(neuron.inputs) if i not in self._axes]
        if 0 < len(held) <= _HELD_LISTED:
            text += " " + self.tr("Held at their current values: {held}.").format(
                held=", ".join(held))
        elif held:  # a long list would take the plane's room; the form shows them all
            text += " " + self.tr("The other {n} inputs are held at the values in the form."
                                  ).format(n=len(held))
        if text != self.caption.text():
            self.caption.setText(text)

    def _show_wrong(self) -> None:
        """Ring every point on the wrong side of the line for its class."""
        if len(self._points) == 0 or not self.available:
            wrong = np.zeros(len(self._points), dtype=bool)
        else:
            answers = predict(self.model.neuron, self.full_inputs(self._points))
            wrong = answers != self._labels
        if self._wrong is not None and np.array_equal(wrong, self._wrong):
            return  # most edits move the line without moving a point across it
        self._wrong = wrong
        self.rings.set_positions(self._points[wrong])

    def wrong_points(self) -> np.ndarray:
        """The points ringed as being on the wrong side, as rows of (horizontal, vertical)."""
        return np.array(self.rings.positions()).reshape(-1, 2)

    @Slot()
    def _on_scale_changed(self) -> None:
        """Zoom or a resize: the marks are placed again in pixels."""
        for marks in (self.rings, *self.class_marks):
            marks.set_view_scale(*self.pixels_per_unit())

    def _fill_axis_combos(self, force: bool = False) -> None:
        size = self.model.neuron.size
        if size >= 2 and max(self._axes) >= size:
            self._axes = (0, 1)
            force = True
            self.axes_changed.emit()
        if not force and self.horizontal_combo.count() == size:
            return
        for combo, chosen in ((self.horizontal_combo, self._axes[0]),
                              (self.vertical_combo, self._axes[1])):
            with QSignalBlocker(combo):
                combo.clear()
                for i in range(size):
                    combo.addItem(axis_name(i), i)
                combo.setCurrentIndex(chosen if chosen < size else -1)
        self.plot_item.setLabel("bottom", axis_name(self._axes[0]))
        self.plot_item.setLabel("left", axis_name(self._axes[1]))

    def _choose_axis(self, which: int, index: int) -> None:
        axes = list(self._axes)
        other = 1 - which
        if index == axes[other]:
            axes[other] = axes[which]  # choosing the other axis's input swaps the two
        axes[which] = index
        self.set_axes(*axes)

    # The student's hand -------------------------------------------------------------------------

    @Slot(object)
    def _on_target_moved(self, target) -> None:
        """A drag of the point: both inputs change together, the whole drag one undo step."""
        pos = target.pos()
        a, b = self._axes
        x = _typed(pos.x())
        y = _typed(pos.y())
        neuron = self.model.neuron
        moved = neuron.with_input(a, x).with_input(b, y)
        self.model.set_neuron(moved, lambda: self.tr("move input point ({xa}, {xb})").format(
            xa=axis_name(a), xb=axis_name(b)), ("input point", a, b))

    @Slot(object)
    def _on_scene_clicked(self, event) -> None:
        # Whether an item took the click does not matter: a click on a point removes it.
        if event.double() or not self.available:
            return
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        scene_pos = event.scenePos()
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return  # on an axis or the colour bar
        if self.target.mapToScene(self.target.shape()).contains(scene_pos):
            return  # on the input point, which is dragged, not clicked
        if self.off_view_note.isVisible() and self.off_view_note.sceneBoundingRect().contains(
                scene_pos):
            return  # on the card saying where the line is, which hides what is beneath
        index = self._point_near(scene_pos)
        if index is not None:
            self.point_removed.emit(index)
            return
        point = self.view_box.mapSceneToView(scene_pos)
        if max(abs(point.x()), abs(point.y())) > VALUE_LIMIT:
            # Beyond what the form takes: it would land on the edge, on top of another
            limit = format_result(VALUE_LIMIT, QLocale().decimalPoint())
            self.message.emit(self.tr(
                "No point out here: points stay between −{limit} and {limit}, as the inputs "
                "do.").format(limit=limit))
            return
        other = (event.button() == Qt.MouseButton.RightButton
                 or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        step = _click_step(max(abs(v) for v in self.view_box.viewPixelSize()))
        self.point_added.emit(_typed(point.x(), step), _typed(point.y(), step), other)

    def _point_near(self, scene_pos) -> int | None:
        if len(self._points) == 0:
            return None
        scene = [self.view_box.mapViewToScene(QPointF(*p)) for p in self._points]
        distances = [math.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y()) for p in scene]
        nearest = int(np.argmin(distances))
        return nearest if distances[nearest] <= _CLICK_RADIUS_PX else None

    def scene_position(self, x: float, y: float):
        """Where the plane point (x, y) is on the plot widget's viewport, for a click there."""
        return self.plot_widget.mapFromScene(self.view_box.mapViewToScene(QPointF(x, y)))

    # Colours follow the palette; sizes follow zoom and the projector mode ----------------------

    def set_scale(self, scale: float) -> None:
        super().set_scale(scale)
        font = QFont(QApplication.font())
        self.colour_bar.getAxis("right").setStyle(tickFont=font)
        self.colour_bar.getAxis("left").label.setFont(font)

    def off_view_text(self) -> str:
        return self._note_text.toPlainText()

    @Slot()
    def _fit_note(self) -> None:
        self._note_text.setTextWidth(-1)  # its natural width, or the view's if that is less
        room = self.view_box.width() - 4 * _NOTE_PADDING
        if room > 0 and self._note_text.boundingRect().width() > room:
            self._note_text.setTextWidth(room)
        size = self._note_text.boundingRect()
        height = size.height() + 2 * _NOTE_PADDING
        self.off_view_note.setRect(0, 0, size.width() + 2 * _NOTE_PADDING, height)
        self.off_view_note.setPos(_NOTE_PADDING, self.view_box.height() - height - _NOTE_PADDING)

    def _update_legend(self) -> None:
        """Under the plot, not on it, where it would hide points: what the marks mean."""
        self.legend.setVisible(len(self._points) > 0 and self.available)
        blue, vermillion = (c.name() for c in self._class_colours)
        # Each text on its own: the translators' tool does not look inside f-strings.
        zero, one = self.tr("class 0"), self.tr("class 1")
        wrong, point = self.tr("on the wrong side"), self.tr("the input: drag it")
        self.legend.setText(
            f"<span style='color:{blue}'>■</span> {zero} &nbsp; "
            f"<span style='color:{vermillion}'>●</span> {one} &nbsp; "
            f"◯ {wrong} &nbsp; ⊕ {point}")

    def _apply_colours(self) -> None:
        background, text, scheme = self._paint_frame()
        # The line in the text colour over a halo in the background colour stands out on every
        # colour of the map, in either theme. An opaque halo: Qt draws a smooth translucent wide
        # line several times slower, and this one is drawn again with every edit.
        self.boundary_halo.setPen(self.pen(background, 6))
        self.boundary.setPen(self.pen(text, 2.5))
        self._note_text.setDefaultTextColor(text)
        self._note_text.setFont(QApplication.font())
        self.off_view_note.setBrush(background)
        self.off_view_note.setPen(self.pen(text, 1))
        self._fit_note()
        see_through = QColor(background)  # the cross's ring lets the colour beneath show a little
        see_through.setAlphaF(0.85)
        self.target.setPen(self.pen(text, 2.5))
        self.target.setBrush(pg.mkBrush(see_through))
        self.target.setHoverPen(self.pen(text, 4))
        self.target.setHoverBrush(pg.mkBrush(background))
        self.target_halo.setPen(self.pen(background, 6))
        self.target_halo.setBrush(pg.mkBrush(None))
        for cross in (self.target, self.target_halo):
            cross.scale = self.scaled(22)  # TargetItem keeps its size in pixels there
            cross.viewTransformChanged()  # ...and makes its shape again from it
        for side in ("left", "right", "top", "bottom"):
            axis = self.colour_bar.getAxis(side)
            axis.setPen(text)
            axis.setTextPen(text)
        self._class_colours = tuple(QColor(c) for c in (BLUE[scheme], VERMILLION[scheme]))
        for marks, colour, size in zip(self.class_marks, self._class_colours, (13, 14)):
            marks.set_style(self.scaled(size), colour, self.pen(background, 2))
        # Rings in the text colour over a halo, as the line: visible on every colour of the map.
        self.rings.set_style(self.scaled(24), None, self.pen(text, 2.5),
                             halo=self.pen(background, 6))
        self._update_legend()


def _levels(activation: str, values: np.ndarray,
            shown: tuple[float, float] | None = None) -> tuple[float, float]:
    """The output range the colours span: at least the two training targets, so the midpoint
    colour means "undecided", and for an activation with no top or bottom a round number past
    the outputs shown, so the colour bar does not change with every small edit.

    The ``shown`` range is kept while the outputs fit in it and fill at least a third of it (so
    the picture never fades to a few shades): a new range redraws the colour bar too."""
    low, high = target_values(activation)
    top, bottom = float(values.max()), float(values.min())
    if top > high:
        high = nice_ceiling(top)
    if bottom < low:
        low = -nice_ceiling(-bottom)
    if shown is not None and shown[0] <= low and high <= shown[1] and (
            high - low) >= _KEEP_LEVELS_SHARE * (shown[1] - shown[0]):
        return shown
    return low, high


def _typed(value: float, step: float = 10.0 ** -INPUT_DECIMALS) -> float:
    """A dragged or clicked coordinate as a student could type it: a multiple of ``step`` (at
    least the form's two decimals), in range."""
    snapped = round(round(value / step) * step, INPUT_DECIMALS)
    return min(max(snapped, -VALUE_LIMIT), VALUE_LIMIT)


_CLICK_PIXELS = 3  # a click may miss the spot it aims at by this much


def _click_step(pixel: float) -> float:
    """The round step a clicked point snaps to: the finest that a hand a few pixels off still
    hits, so a click aimed at (1, 1) gives (1, 1), not (0.99, 1.01); finer when zoomed in, but
    never finer than the form's two decimals."""
    return max(nice_ceiling(_CLICK_PIXELS * pixel), 10.0 ** -INPUT_DECIMALS)

