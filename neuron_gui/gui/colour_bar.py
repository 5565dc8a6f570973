"""The input space's colour bar: pyqtgraph's, with tick labels written as the rest of the window
writes numbers, and a scale that remembers how it drew each range.

Why remember: the colours span one of a few round ranges (0 to 1, 0 to 2, −1 to 5, …), and a
student's edits move them back and forth between those. Laying out the scale's labels again was
most of what a change of range cost; replaying a drawing made before costs almost nothing (about
0.9 ms less per GELU edit that changes the range, switched off and on in alternating rounds).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QPixmap

from .plot_base import LocaleAxis

_REMEMBERED_RANGES = 32  # a few round ranges come back again and again; more are forgotten
BAR_SHADES = 256  # pyqtgraph's bar spans this many rows of colour


class _RememberingAxis(LocaleAxis):
    """A scale that keeps its drawing of every range it has shown, until anything else about it
    changes: pyqtgraph drops ``picture`` whenever the pens, font, size, ticks or style change,
    and then every kept drawing is out of date too."""

    def __init__(self, orientation: str) -> None:
        self._changing_range = False
        self._drawings: dict[tuple[float, float], object] = {}
        self._picture = None
        super().__init__(orientation)

    @property
    def picture(self):
        return self._picture

    @picture.setter
    def picture(self, picture) -> None:
        if picture is None and not self._changing_range:
            self._drawings.clear()
        self._picture = picture

    def setRange(self, mn: float, mx: float) -> None:
        if self._picture is not None:
            if len(self._drawings) >= _REMEMBERED_RANGES:
                self._drawings.clear()
            self._drawings[tuple(self.range)] = self._picture
        self._changing_range = True
        try:
            super().setRange(mn, mx)
        finally:
            self._changing_range = False
        self._picture = self._drawings.get((mn, mx))  # None: drawn afresh at the next paint


class ColourBar(pg.ColorBarItem):
    """A vertical, non-interactive colour bar for one colour map, its scale on the right."""

    def __init__(self, colour_map: str, width: float) -> None:
        super().__init__(colorMap=colour_map, interactive=False, colorMapMenu=False, width=width)
        # pyqtgraph's own scale writes "0.5" and "-1" even beside a German "0,5" and "−1".
        scale = _RememberingAxis("right")
        scale.enableAutoSIPrefix(False)  # no "(x0.001)": the values are the outputs themselves
        self.setAxisItems({"right": scale})
        # What ColorBarItem does to the scale it makes itself.
        scale.setWidth(45)
        # The width is fixed: pyqtgraph would otherwise measure the labels after every drawing
        # and, finding them a new width, throw the drawing and every kept one away.
        scale.setStyle(showValues=True, autoExpandTextSpace=False)
        scale.unlinkFromView()
        scale.setRange(*self.values)
        self.axis = scale

    def show_range(self, levels: tuple[float, float], colours: np.ndarray) -> None:
        """Span ``levels`` with ``colours``, BAR_SHADES rows of red, green, blue and alpha bytes
        from the bottom up: the plane's own shades (``heatmap.shades``), so that a colour in the
        plane stands at its output on the scale. Drawn straight into the bar: a pyqtgraph
        ColorMap of as many colours took 3 ms to make for every new range."""
        self.setLevels(levels)
        rows = np.ascontiguousarray(colours)
        image = QImage(rows.data, 1, len(rows), 4, QImage.Format.Format_RGBA8888)
        self.bar.setPixmap(QPixmap.fromImage(image))  # a copy: ``rows`` can go
