"""The items that move on every edit — the neuron's point, its guide lines, its label and the
tangent — and the input space's points to learn with the rings that mark the wrong ones, as Qt's
own graphics items.

pyqtgraph's items are Python objects: Qt calls back into Python to place, measure and paint them.
For the few items that change with every keystroke and slider step, those calls were most of an
edit's time (``benchmarks/latency.py --profile`` shows it). Qt's ellipse, line and text items do
the same work in C++. A set of marks paints itself in Python, but only when its marks change:
in between, a cache copies it.

Each is placed at a point in data coordinates and drawn in pixels around it (it ignores the
view's scaling), so a dot stays round and a 2-pixel line stays 2 pixels at every zoom. What
reaches from the point into the plot — the guides to the axes, the tangent — and a set of marks
drawn around the data origin are therefore recomputed in pixels whenever the view's scale
changes (``set_view_scale``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem,
                               QGraphicsSimpleTextItem)

LABEL_GAP = 6  # pixels between the dot and its label

_Flag = QGraphicsItem.GraphicsItemFlag


class Dot(QGraphicsEllipseItem):
    """A round point, a fixed number of pixels across, at a position in data coordinates."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(_Flag.ItemIgnoresTransformations)

    def set_style(self, diameter: float, fill: QColor, edge: QPen) -> None:
        self.setRect(-diameter / 2, -diameter / 2, diameter, diameter)
        self.setBrush(QBrush(fill))
        self.setPen(edge)

    def diameter(self) -> float:
        return self.rect().width()

    def position(self) -> tuple[float, float]:
        """Where the dot is, in data coordinates."""
        return self.pos().x(), self.pos().y()


class MarkSet(QGraphicsItem):
    """Any number of marks of one kind (squares, dots or rings), each a fixed number of pixels
    across, at positions in data coordinates: one item, which a cache copies as one image while
    the marks stay as they are, however many points a student has clicked. They are placed in
    pixels around the data origin, again when the view's scale changes.

    One mark is drawn once, smoothed, into a small image, and that image is copied to every
    position: a hundred rings copied take a fifth of the time of a hundred drawn, and Qt fills or
    strokes one path of a hundred overlapping rings slower still."""

    def __init__(self, round_: bool) -> None:
        super().__init__()
        self.setFlag(_Flag.ItemIgnoresTransformations)
        self._round = round_
        self._positions: list[tuple[float, float]] = []
        self._centres: list[QPointF] = []  # in pixels from the data origin
        self._bounds = QRectF()
        self._diameter = 0.0
        self._pen = QPen()
        self._halo: QPen | None = None
        self._brush = QBrush()
        self._sprite: QPixmap | None = None  # one mark, for the screen's pixel ratio
        self._scale = (1.0, -1.0)  # pixels per data unit; negative: y grows upwards

    def set_positions(self, positions) -> None:
        self._positions = [(float(x), float(y)) for x, y in positions]
        self._place()

    def positions(self) -> list[tuple[float, float]]:
        return list(self._positions)

    def set_style(self, diameter: float, fill: QColor | None, edge: QPen,
                  halo: QPen | None = None) -> None:
        """Filled with ``fill``, or with None only edged: a ring. A ``halo`` is drawn under the
        edge, wider, so that the edge stands out on any colour beneath."""
        self._diameter = diameter
        self._brush = QBrush(fill) if fill is not None else QBrush()
        self._pen = QPen(edge)
        self._halo = QPen(halo) if halo is not None else None
        self._sprite = None
        self._place()

    def _edge_width(self) -> float:
        return max(self._pen.widthF(), self._halo.widthF() if self._halo is not None else 0.0)

    def set_view_scale(self, x_pixels_per_unit: float, y_pixels_per_unit: float) -> None:
        if (x_pixels_per_unit, y_pixels_per_unit) == self._scale:
            return  # a pan moves the whole set with the data origin; nothing to draw again
        self._scale = (x_pixels_per_unit, y_pixels_per_unit)
        self._place()

    def _place(self) -> None:
        sx, sy = self._scale
        self.prepareGeometryChange()
        self._centres = [QPointF(x * sx, y * sy) for x, y in self._positions]
        if self._centres:
            xs, ys = [c.x() for c in self._centres], [c.y() for c in self._centres]
            reach = self._diameter / 2 + self._edge_width() / 2 + 1  # the edge's outer half too
            self._bounds = QRectF(min(xs) - reach, min(ys) - reach,
                                  max(xs) - min(xs) + 2 * reach, max(ys) - min(ys) + 2 * reach)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        ratio = painter.device().devicePixelRatioF()
        if self._sprite is None or self._sprite.devicePixelRatioF() != ratio:
            self._sprite = self._draw_sprite(ratio)
        half = self._sprite.deviceIndependentSize().width() / 2
        corner = QPointF(half, half)
        for centre in self._centres:
            painter.drawPixmap(centre - corner, self._sprite)

    def _draw_sprite(self, ratio: float) -> QPixmap:
        side = math.ceil(self._diameter + self._edge_width() + 2)  # the edge's outer half too
        sprite = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
        sprite.setDevicePixelRatio(ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self._diameter
        mark = QRectF((side - d) / 2, (side - d) / 2, d, d)
        layers = [(self._halo, QBrush())] if self._halo is not None else []
        for pen, brush in (*layers, (self._pen, self._brush)):
            painter.setPen(pen)
            painter.setBrush(brush)
            if self._round:
                painter.drawEllipse(mark)
            else:
                painter.drawRect(mark)
        painter.end()
        return sprite


class PointWithGuides(Dot):
    """The neuron's point (z, f(z)): a dot with dashed guides to both axes, its coordinates
    written beside it, and on demand the tangent through it."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        # Two lines, not one path: what must be repainted around a moved line is its bounding
        # rectangle, a thin strip for each line but a large block for an L-shaped path.
        self.guides = (QGraphicsLineItem(self), QGraphicsLineItem(self))  # down, across
        self.tangent = QGraphicsLineItem(self)
        for line in (*self.guides, self.tangent):
            line.setFlag(_Flag.ItemStacksBehindParent)  # the dot is drawn over its lines
        self.tangent.setVisible(False)
        self.label = QGraphicsSimpleTextItem(self)
        self._scale = (1.0, -1.0)  # pixels per unit of z and of f(z); negative: y grows upwards
        self._tangent_offset = (0.0, 0.0)  # data units from the point to the tangent's end
        self._label_room = (math.inf, math.inf)  # pixels from the point to the view's right, left

    def set_view_scale(self, x_pixels_per_unit: float, y_pixels_per_unit: float) -> None:
        """The view's scale changed (zoom, range, resize): draw the lines again in pixels."""
        self._scale = (x_pixels_per_unit, y_pixels_per_unit)
        self._draw_guides()
        self._draw_tangent()

    def move_to(self, z: float, y: float) -> None:
        self.setPos(z, y)
        self._draw_guides()

    def set_label(self, text: str, room_right: float, room_left: float) -> None:
        """Write ``text`` above the point: to its right, or else to its left, whichever fits
        before the edge of the view; in a view too narrow for either, straight above the point,
        moved just as far as it must to stay in view (rooms in units of z)."""
        self.label.setText(text)
        self._label_room = (room_right * abs(self._scale[0]), room_left * abs(self._scale[0]))
        self._place_label()

    def set_guide_pen(self, pen: QPen) -> None:
        for line in self.guides:
            line.setPen(pen)

    def set_label_style(self, colour: QColor, font: QFont) -> None:
        self.label.setBrush(QBrush(colour))
        self.label.setFont(font)
        self._place_label()

    def set_tangent(self, slope: float | None, reach: float = 0.0) -> None:
        """The tangent with ``slope``, reaching ``reach`` units of z to each side; None: none
        (a jump or a corner has no slope, so no line is drawn rather than a wrong one)."""
        self.tangent.setVisible(slope is not None)
        if slope is not None:
            self._tangent_offset = (reach, slope * reach)
            self._draw_tangent()

    def _pixels(self, dz: float, dy: float) -> QPointF:
        return QPointF(dz * self._scale[0], dy * self._scale[1])

    def _draw_guides(self) -> None:
        z, y = self.position()
        down, across = self.guides
        down.setLine(QLineF(QPointF(0.0, 0.0), self._pixels(0.0, -y)))  # to the z axis
        across.setLine(QLineF(QPointF(0.0, 0.0), self._pixels(-z, 0.0)))  # to the f(z) axis

    def _draw_tangent(self) -> None:
        if self.tangent.isVisible():
            end = self._pixels(*self._tangent_offset)
            self.tangent.setLine(QLineF(-end, end))

    def _place_label(self) -> None:
        size = self.label.boundingRect()
        radius = self.diameter() / 2
        right, left = self._label_room
        width = size.width()
        if right >= LABEL_GAP + width:
            x = LABEL_GAP
        elif left >= LABEL_GAP + width:
            x = -LABEL_GAP - width
        else:
            x = max(-left, min(-width / 2, right - width))
        self.label.setPos(x, -radius - size.height())
