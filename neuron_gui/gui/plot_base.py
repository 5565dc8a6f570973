"""What every plot in the window shares: a pyqtgraph PlotWidget without pyqtgraph's own buttons
and menu, colours that follow the window's palette, and the Okabe–Ito colours it draws with."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLineF, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmapCache
from PySide6.QtWidgets import (
    QApplication, QGraphicsItem, QGraphicsLineItem, QGraphicsView, QVBoxLayout, QWidget)

from ..core.formula import MINUS
from .focus_ring import FocusRing

# Okabe–Ito colours, told apart with every common colour-vision deficiency; each has a variant
# that reads well on a light and on a dark background.
BLUE = {"light": "#0072B2", "dark": "#56B4E9"}
VERMILLION = {"light": "#D55E00", "dark": "#E69F00"}
# As wide as the tick labels of the values the sliders reach and of the usual sums get. Outputs of
# eight digits (every input and weight near 1000, linear or ReLU) do not fit: pyqtgraph then
# leaves the f(z) axis without labels, rather than narrowing the plot for everyone.
TICK_SAMPLE = "−1000.0"


# Room for the images ``cache`` keeps: each cached grid or curve spans the whole plot, about 4.6 MB
# at 1920×1080. Qt's default of 10 MB held them at 1280×800 but not there, and an edit then drew
# the grid and the curves again: 10 ms instead of 1.5 (the benchmarks show it). 128 MB holds every
# view at 1920×1080; on a larger screen the least used are redrawn when needed.
CACHE_LIMIT_KB = 128 * 1024


def cache(item: QGraphicsItem) -> None:
    """Keep ``item``'s drawing as an image until it changes: a moving point then costs only
    the pixels around it, not a redraw of everything beneath it (the benchmark measures this)."""
    if QPixmapCache.cacheLimit() < CACHE_LIMIT_KB:
        QPixmapCache.setCacheLimit(CACHE_LIMIT_KB)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def shift_to_contain(low: float, high: float, value: float) -> tuple[float, float]:
    """A view's range from ``low`` to ``high``, moved as little as it takes to hold ``value``
    a twentieth of its width away from either edge: a point dragged out of sight is followed."""
    margin = 0.05 * (high - low)
    if value < low + margin:
        return value - margin, value - margin + (high - low)
    if value > high - margin:
        return value + margin - (high - low), value + margin
    return low, high


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5, 10, 20, 50, … times a power of ten that is at least ``value``
    (above 0): a scale's reach, or a step, a reader takes in at a glance."""
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value)


def adopt_scale(plots: list[ThemedPlot], window: QWidget | None) -> None:
    """Plots made after the window was zoomed or put in projector mode take its scale: zoom
    reached only the plots that existed then."""
    others = [] if window is None else [
        plot for plot in window.findChildren(ThemedPlot) if plot not in plots]
    if others and others[0].scale != 1.0:
        for plot in plots:
            plot.set_scale(others[0].scale)


class ZeroLine(QGraphicsLineItem):
    """A line through 0 across the whole view: the x axis (``horizontal``) or the y axis, drawn
    by Qt itself. pyqtgraph's InfiniteLine is Python that Qt calls back in every repaint that
    touches it, and the point's guides touch the axes in every edit (a fifth of an edit's time)."""

    def __init__(self, view_box: pg.ViewBox, horizontal: bool) -> None:
        super().__init__()
        self._view_box = view_box
        self._horizontal = horizontal
        view_box.addItem(self, ignoreBounds=True)
        view_box.sigRangeChanged.connect(self._span)
        self._span()

    def _span(self) -> None:
        (x0, x1), (y0, y1) = self._view_box.viewRange()
        # A little past the view, so no end shows; no further, as coordinates far outside the
        # screen would lose precision when Qt draws them.
        dx, dy = x1 - x0, y1 - y0
        if self._horizontal:
            self.setLine(x0 - dx, 0.0, x1 + dx, 0.0)
        else:
            self.setLine(0.0, y0 - dy, 0.0, y1 + dy)


class GridLines(QGraphicsItem):
    """Faint lines across the view at every tick of both axes, behind the curves, drawn once
    into one cached layer.

    pyqtgraph draws its grid with the two axes, which then each become a layer as large as the
    plot: an edit that moved the point repainted both, and asked each axis three times for its
    extent, worked out in Python (a tenth of an edit's time in the benchmark). With the grid here,
    the axes keep to their strips beside the view, out of an edit's way.
    """

    def __init__(self, plot_item: pg.PlotItem, opacity: float) -> None:
        super().__init__()
        self._opacity = opacity  # of the major lines, as pyqtgraph's grid alpha; minor ones fainter
        self._axes = {side: plot_item.getAxis(side) for side in ("bottom", "left")}
        for axis in self._axes.values():
            # No tick marks of their own (the grid's lines are the ticks); length 0 keeps the
            # axis out of the view, where an inward tick would reach.
            axis.setStyle(tickLength=0, tickAlpha=0)
        self._view_box = plot_item.getViewBox()
        self._colour = QColor(Qt.GlobalColor.gray)
        self._rect = QRectF()
        self._lines: list[tuple[QPen, list[QLineF]]] = []
        self._view_box.addItem(self, ignoreBounds=True)
        self.setZValue(-10)  # behind every curve
        cache(self)
        self._view_box.sigRangeChanged.connect(self._place)
        self._view_box.sigResized.connect(self._place)
        self._place()

    def set_colour(self, colour: QColor) -> None:
        self._colour = QColor(colour)
        self._place()

    def _place(self) -> None:
        (x0, x1), (y0, y1) = self._view_box.viewRange()
        pixels = self._view_box.boundingRect()
        self.prepareGeometryChange()
        self._rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self._lines = []
        for side, (low, high), length in (("bottom", (x0, x1), pixels.width()),
                                          ("left", (y0, y1), pixels.height())):
            if length <= 0:
                continue
            for level, (_spacing, ticks) in enumerate(
                    self._axes[side].tickValues(low, high, length)):
                ticks = [t for t in ticks if low <= t <= high]
                if side == "bottom":
                    lines = [QLineF(t, y0, t, y1) for t in ticks]
                else:
                    lines = [QLineF(x0, t, x1, t) for t in ticks]
                self._lines.append((self._pen(level, len(ticks), length), lines))
        self.update()

    def _pen(self, level: int, count: int, length: float) -> QPen:
        """pyqtgraph's grid opacity: fainter for minor ticks, and for ticks crowded together."""
        alpha = self._opacity * 255 / (level + 1) * min(1.0, max(0.0, 0.05 * length / (count + 1)))
        colour = QColor(self._colour)
        colour.setAlpha(int(alpha))
        return QPen(colour, 0)  # a cosmetic line, one pixel at every zoom

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp, as the axes
        for pen, lines in self._lines:
            painter.setPen(pen)
            painter.drawLines(lines)


class LocaleAxis(pg.AxisItem):
    """Tick labels in the decimal mark of the language on screen, with a real minus sign, as in
    the readout: "−0,5" beside a German curve, not "-0.5".

    Every label of an axis has as many decimals as the finest step written needs ("0.0", "0.5",
    where pyqtgraph wrote "0" beside "0.5"), and all its whole digits: pyqtgraph wrote every
    tick near z = 2000950 as "2.00095e+06".
    """

    def generateDrawSpecs(self, p):
        # pyqtgraph asks for each level's labels with that level's step ("1", then "0.5"), and
        # only then decides which levels fit: the labels drawn are matched here.
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        mark = QLocale().decimalPoint()
        places = max((len(text.partition(mark)[2]) for _, _, text in texts), default=0)
        return axis, ticks, [(rect, flags, _with_places(text, places, mark))
                             for rect, flags, text in texts]

    def tickStrings(self, values, scale, spacing):
        mark = QLocale().decimalPoint()
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step)))
        while places < 8 and abs(round(step, places) - step) > 1e-9 * step:  # a step of 0.25
            places += 1
        texts = [_no_minus_zero(f"{v * scale:.{places}f}") for v in values]
        return [text.replace("-", MINUS).replace(".", mark) for text in texts]


def _with_places(text: str, places: int, mark: str) -> str:
    """A number's label with at least ``places`` decimals: "1" becomes "1.0" beside "0.5"."""
    whole, _, fraction = text.partition(mark)
    if len(fraction) >= places or not whole.lstrip(MINUS).isdigit():
        return text  # enough already, or a label that is no number (a bar's name)
    return f"{whole}{mark}{fraction.ljust(places, '0')}"


def _no_minus_zero(text: str) -> str:
    """ "-0.0" for a tick that rounding put a hair below zero is "0.0"."""
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


class ThemedPlot(QWidget):
    """A QWidget holding one PlotWidget; subclasses draw in ``_apply_colours`` with ``pen`` and
    ``scaled``, so that zoom and the projector mode thicken every line and point alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        self.grid: GridLines | None = None  # see show_grid
        self.plot_widget = pg.PlotWidget(
            axisItems={side: LocaleAxis(side) for side in ("left", "bottom")})
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.hideButtons()
        self.plot_item.setMenuEnabled(False)
        # Room on the right and at the top for the last tick labels, which pyqtgraph would clip.
        self.plot_item.setContentsMargins(2, 8, 16, 2)
        for axis in ("left", "bottom"):
            axis_item = self.plot_item.getAxis(axis)
            cache(axis_item)  # its tick labels are text, which is slow to draw again
            # No "(x0.001)" beside the titles. Switched off here, before any title is shown:
            # switched off later, pyqtgraph keeps whatever scale the range had at that moment.
            axis_item.enableAutoSIPrefix(False)
            # Major lines and one level between them. pyqtgraph's finest level draws a hundred
            # more faint lines, which made each full redraw of a plot (its first paint, every
            # zoom or pan) about four times slower and added little a student could read.
            axis_item.setStyle(maxTickLevel=1)
        self._fix_tick_width(QApplication.font())
        self.plot_item.getViewBox().sigTransformChanged.connect(self._redraw_cached)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        # Tab stops at each plot (a screen reader reads its name and values there).
        self.focus_ring = FocusRing(self.plot_widget)

    def _redraw_cached(self) -> None:
        """The view moved or zoomed: every cached image of the data is dropped and drawn anew.
        Qt takes a pan for a scroll of the old image, even of a curve resampled for the new
        range that asked to be drawn again: ReLU kept a piece of an old line and showed a bend
        far from 0 once the point had run off the view."""
        items = self.plot_item.getViewBox().childGroup.childItems()
        while items:
            item = items.pop()
            items += item.childItems()  # a curve is the child of its data item
            mode = item.cacheMode()
            if mode != QGraphicsItem.CacheMode.NoCache:
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # forgets the image
                item.setCacheMode(mode)

    def set_scale(self, scale: float) -> None:
        """Draw lines, points and axis text ``scale`` times their usual size."""
        self.scale = scale
        font = QFont(QApplication.font())  # already zoomed by the window; axes follow it
        for axis in ("left", "bottom"):
            axis_item = self.plot_item.getAxis(axis)
            axis_item.setStyle(tickFont=font)
            axis_item.label.setFont(font)
        self._fix_tick_width(font)
        self._apply_colours()

    def _fix_tick_width(self, font: QFont) -> None:
        # Room for the widest tick label the view can show, kept fixed: were it to follow the
        # labels, a view going from "0.5" to "−1" would lay out and redraw the whole plot.
        width = QFontMetrics(font).horizontalAdvance(TICK_SAMPLE)
        self.plot_item.getAxis("left").setStyle(autoExpandTextSpace=False, tickTextWidth=width)

    def repaint_in_one_piece(self) -> None:
        """For a plot where an edit moves several things at once (a point with its lines, label
        and dots; two bars with their values): Qt then repaints the rectangle around all they
        covered before and after, once. Repainting each small piece on its own is slower (the
        benchmark shows it): every cached layer and every text beneath is drawn again per piece."""
        self.plot_widget.setViewportUpdateMode(
            QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)

    def show_grid(self, opacity: float) -> None:
        """Faint lines at the ticks, behind what the plot draws (see GridLines); once."""
        if self.grid is None:
            self.grid = GridLines(self.plot_item, opacity)
            self._paint_frame()

    def visible_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        (x0, x1), (y0, y1) = self.plot_item.vb.viewRange()  # in every edit: no getter's call
        return (x0, x1), (y0, y1)

    def pixels_per_unit(self) -> tuple[float, float]:
        """How many pixels one unit of data spans across and up (negative: y grows upwards), for
        the items drawn in pixels around a point in data coordinates."""
        scale = self.plot_item.getViewBox().childGroup.transform()
        return scale.m11(), scale.m22()

    def pen(self, colour, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        return pg.mkPen(colour, width=width * self.scale, style=style)

    def scaled(self, size: float) -> float:
        return size * self.scale

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        elif event.type() == QEvent.Type.LocaleChange:
            for item in self.plot_widget.scene().items():  # the colour bar's scale too
                if isinstance(item, LocaleAxis):
                    item.setStyle()  # tick labels written again
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        raise NotImplementedError

    def _paint_frame(self) -> tuple[QColor, QColor, str]:
        """Background and axes in the palette's colours; returns background, text and scheme."""
        palette = self.palette()
        background = palette.base().color()
        text = palette.text().color()
        self.plot_widget.setBackground(background)
        for axis in ("left", "bottom"):
            axis_item = self.plot_item.getAxis(axis)
            axis_item.setPen(text)
            axis_item.setTextPen(text)
        if self.grid is not None:
            self.grid.set_colour(text)
        return background, text, "dark" if background.lightnessF() < 0.5 else "light"
