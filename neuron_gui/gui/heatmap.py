"""The input space's colours: one value per grid point, drawn as a pixel of a colour map and
stretched over the rectangle of the plane the grid covers.

pyqtgraph's ImageItem does this too, in Python at every repaint and into a byte order Qt must
convert while it stretches the picture. Here numpy looks the colours up straight into Qt's own
32-bit format, and Qt draws the result by itself: the benchmark's edits with the input space open
are faster by the difference.

The middle colour of the map always means "on the line": the shades below the line's output are
spread over the outputs below it, and the shades above over the outputs above. A ReLU's outputs
run from 0 to 2 and past, while its line is where it gives 0.5.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

SHADES = 512  # more than a screen shows side by side; the colour bar draws 256


@lru_cache(maxsize=64)  # a few round ranges come back again and again
def shades(colour_map: str, levels: tuple[float, float], middle: float,
           count: int = SHADES) -> np.ndarray:
    """The colours, as ``count`` rows of red, green, blue and alpha bytes, of ``count`` equal
    steps from ``levels[0]`` to ``levels[1]``: the map's first colour at the bottom, its last at
    the top, and its middle colour at ``middle``, which lies between them."""
    low, high = levels
    values = low + (np.arange(count) + 0.5) * ((high - low) / count)
    place = np.where(values < middle, 0.5 * (values - low) / (middle - low),
                     0.5 + 0.5 * (values - middle) / (high - middle))
    colours = pg.colormap.get(colour_map).map(place, mode="byte")
    colours.flags.writeable = False  # shared by every caller
    return colours


class Heatmap(QGraphicsPixmapItem):
    """``values[row, column]`` coloured by where they fall between the two levels, row 0 at the
    bottom of ``rect``."""

    def __init__(self) -> None:
        super().__init__()
        self._colours = np.zeros(SHADES, dtype=np.uint32)
        self.values = np.zeros((0, 0))
        self._shape = (0, 0)
        self._rect = QRectF()

    def set_colours(self, colours: np.ndarray) -> None:
        """The SHADES colours of ``shades``, for the pictures to come."""
        rgb = colours.astype(np.uint32)
        self._colours = 0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]  # Qt's RGB32

    def show_values(self, values: np.ndarray, levels: tuple[float, float], rect: QRectF) -> None:
        """Colour ``values``: ``levels[0]`` and below in the first colour, ``levels[1]`` and above
        in the last, the range between in SHADES equal steps."""
        low, high = levels
        self.values = values
        shade = values - low
        shade *= SHADES / (high - low)
        np.clip(shade, 0, SHADES - 1, out=shade)
        pixels = self._colours[shade.astype(np.intp)]  # floor: shade k covers [k, k + 1)
        rows, columns = values.shape
        image = QImage(pixels.data, columns, rows, 4 * columns, QImage.Format.Format_RGB32)
        self.setPixmap(QPixmap.fromImage(image))  # a copy: ``pixels`` can go
        if (rows, columns) != self._shape or rect != self._rect:
            self._shape, self._rect = (rows, columns), QRectF(rect)
            self.setTransform(QTransform(rect.width() / columns, 0, 0, rect.height() / rows,
                                         rect.x(), rect.y()))

    def pixel_centre(self, column: int, row: int) -> QPointF:
        """The plane point at the centre of one pixel."""
        return self.mapToParent(QPointF(column + 0.5, row + 0.5))
