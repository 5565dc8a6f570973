"""File > Export: the plot as a PNG image or an SVG drawing, the curve as a CSV table, a printable
worksheet (PDF, A4), and the readout copied to the clipboard.

Each export is made whole in memory and then written with the same all-or-nothing write as
scenarios (core.scenario.write_atomically), so a failed export never leaves half a file behind.
``save_png``, ``save_svg``, ``save_csv`` and ``save_worksheet`` take a path; the menu's file dialog
only chooses it.
"""

from __future__ import annotations

import csv
import importlib
import io
import math
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QObject, QRect, QSize,
    Qt, Slot,
)
from PySide6.QtGui import (
    QAction, QFont, QGuiApplication, QImage, QKeySequence, QPageLayout, QPageSize, QPainter,
    QPalette, QPdfWriter, QPen,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu

from .. import APP_NAME, __version__
from ..core import format_result, get_activation, shown_value
from ..core.scenario import ScenarioError, write_atomically
from .activation_panel import activation_name
from .activation_plot import ActivationPlot
from .i18n import current_language, problem_text
from .readout import Readout
from .scenario_files import ScenarioFiles

IMAGE_SCALE = 2  # PNG exports have twice the plot's size on screen: crisp on a slide or a page
WORKSHEET_DPI = 300
WORKSHEET_MARGIN_MM = 18
CSV_HEADER = ("z", "f(z)")
BLANK = "_____"
IMAGE_HEIGHT_MM = 100  # the plot on the worksheet: at most this high
PLOT_PIXELS_PER_MM = 4  # the worksheet's plot: its 13-pixel numbers print 3.25 mm high
# The plot on a page of its own: an A4 page's width between the margins (see _draw_worksheet)
PRINTED_PLOT = QSize((210 - 2 * WORKSHEET_MARGIN_MM) * PLOT_PIXELS_PER_MM,
                     IMAGE_HEIGHT_MM * PLOT_PIXELS_PER_MM)
IMAGE_SHRINK = 0.6  # a plot nearly fitting the rest of a page shrinks to this share to stay


class Exports(QObject):
    def __init__(self, window: QMainWindow, plot: ActivationPlot, readout: Readout,
                 files: ScenarioFiles) -> None:
        super().__init__(window)
        self.window, self.plot, self.readout, self.files = window, plot, readout, files
        self.png_action = QAction(window)
        self.png_action.triggered.connect(lambda: self._export_with_dialog("png"))
        self.svg_action = QAction(window)
        self.svg_action.triggered.connect(lambda: self._export_with_dialog("svg"))
        self.csv_action = QAction(window)
        self.csv_action.triggered.connect(lambda: self._export_with_dialog("csv"))
        self.worksheet_action = QAction(window)
        self.worksheet_action.triggered.connect(lambda: self._export_with_dialog("pdf"))
        self.copy_readout_action = QAction(window, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.copy_readout_action.triggered.connect(self.copy_readout)
        self.menu = QMenu(window)
        self.menu.addActions([self.png_action, self.svg_action, self.csv_action,
                              self.worksheet_action])
        self.menu.addSeparator()
        self.menu.addAction(self.copy_readout_action)

    def add_to(self, menu: QMenu) -> None:
        menu.addMenu(self.menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        self.png_action.setText(self.tr("Plot as &PNG image…"))
        self.png_action.setToolTip(self.tr("Save the plot as a picture, for slides and documents"))
        self.svg_action.setText(self.tr("Plot as &SVG drawing…"))
        self.svg_action.setToolTip(self.tr(
            "Save the plot as a drawing that stays sharp at any size"))
        self.csv_action.setText(self.tr("Curve as &CSV table…"))
        self.csv_action.setToolTip(self.tr(
            "Save the points of the curve (z and f(z)) as a table for a spreadsheet"))
        self.worksheet_action.setText(self.tr("&Worksheet (PDF)…"))
        self.worksheet_action.setToolTip(self.tr(
            "A printable page: the task, the neuron's numbers and the formula with blanks to "
            "fill in"))
        self.copy_readout_action.setText(self.tr("Copy &readout"))
        self.copy_readout_action.setToolTip(self.tr(
            "Copy the written-out sum and output, to paste them elsewhere (Ctrl+Shift+C)"))

    # What each export writes ----------------------------------------------------------------------

    def save_png(self, path: str | Path) -> bool:
        return self._write(path, self.png_bytes)

    def save_svg(self, path: str | Path) -> bool:
        return self._write(path, self.svg_bytes)

    def save_csv(self, path: str | Path) -> bool:
        return self._write(path, lambda: self.csv_text().encode("utf-8"))

    def save_worksheet(self, path: str | Path) -> bool:
        return self._write(path, self.worksheet_pdf)

    @Slot()
    def copy_readout(self) -> str:
        text = self.readout.text()
        QGuiApplication.clipboard().setText(text)
        self.window.show_message(self.tr("The readout is on the clipboard."))
        return text

    def plot_image(self, scale: float = IMAGE_SCALE) -> QImage:
        from pyqtgraph.exporters import ImageExporter  # loaded on first export, not at start-up

        exporter = ImageExporter(self.plot.plot_item)
        width = exporter.parameters()["width"]
        exporter.parameters()["width"] = max(1, round(width * scale))  # the height follows
        with self.plot.drawn_at(exporter.parameters()["width"] / width):
            return exporter.export(toBytes=True)

    def png_bytes(self) -> bytes:
        return image_bytes(self.plot_image())

    def svg_bytes(self) -> bytes:
        with _closing_paths_spelled_out():
            from pyqtgraph.exporters import SVGExporter

            return SVGExporter(self.plot.plot_item).export(toBytes=True)

    def csv_text(self) -> str:
        """The curve as drawn, one point a row; numbers in full, with a "." whatever the language,
        so that every program reads them back exactly."""
        z, f = self.plot.curve.getData()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows((repr(float(a)), repr(float(b))) for a, b in zip(z, f))
        return out.getvalue()

    def worksheet_pdf(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(WORKSHEET_DPI)
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(*[WORKSHEET_MARGIN_MM] * 4), QPageLayout.Unit.Millimeter))
        title = self.files.current_scenario().texts(current_language())[0] or self.tr(
            "One neuron, worked out by hand")
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        painter = QPainter(writer)
        try:
            self._draw_worksheet(_Page(writer, painter), title)
        finally:
            painter.end()
        buffer.close()
        return bytes(buffer.data())

    def _draw_worksheet(self, page: _Page, title: str) -> None:
        scenario = self.files.current_scenario()
        neuron = scenario.neuron
        _, task, question = scenario.texts(current_language())
        mark = QLocale().decimalPoint()
        with _font(page.painter, 8):
            page.set_footer(self.tr("Made with {app} {version}").format(app=APP_NAME,
                                                                        version=__version__))
        with _font(page.painter, 20, bold=True):
            page.text(title, after=3)
        with _font(page.painter, 10):
            page.text(self.tr("Name: ______________________________      Date: ______________"),
                      after=6)
        with _font(page.painter, 11):
            if task:
                page.heading(self.tr("Task"))
                page.text(task, after=4)
            else:
                page.text(self.tr("Use the numbers in the table to fill in the blanks below, "
                                  "then check your answer in Neuron GUI."), after=4)
            if question:
                page.heading(self.tr("Question"))
                page.text(question, after=2)
                page.text(self.tr("Answer:") + "\n\n\n", after=2)
        page.heading(self.tr("The neuron"))
        # As the fields and the readout write them: a trained 0.0462 is not rounded to 0.05.
        rows = [(self.tr("input {n}").format(n=i + 1), shown_value(x, mark), shown_value(w, mark))
                for i, (x, w) in enumerate(zip(neuron.inputs, neuron.weights))]
        rows.append((self.tr("bias b"), "", shown_value(neuron.bias, mark)))
        with _font(page.painter, 11):
            page.table((self.tr("number i"), self.tr("input xᵢ"), self.tr("weight wᵢ")), rows)
            page.text(self._activation_text(neuron), after=6)
        page.heading(self.tr("Work it out"))
        terms = " + ".join([f"{BLANK}·{BLANK}"] * neuron.size)
        with _font(page.painter, 14):
            page.text(f"z = {terms} + {BLANK} = {BLANK}{BLANK}", after=4)
            page.text(self.tr("output = f({blank}) = {blank}").format(blank=BLANK + BLANK),
                      after=2)
        with _font(page.painter, 9):
            page.text(self.tr("Each term is a weight times its input; then add the bias."),
                      after=6)
        # The plot takes the room left on the page, down to a share of its full height, and is
        # drawn for that room: its numbers print at one size, whatever room it had.
        full = round(IMAGE_HEIGHT_MM * page.mm)
        page.heading(self.tr("The activation function"), keep=math.ceil(IMAGE_SHRINK * full))
        height = min(full, page.height - page.y)
        page.image(self._printable_plot_image(QSize(
            round(page.width / page.mm * PLOT_PIXELS_PER_MM),
            round(height / page.mm * PLOT_PIXELS_PER_MM))), height)

    def _activation_text(self, neuron) -> str:
        """For example "Activation: Leaky ReLU, f(z) = z if z ≥ 0, otherwise α·z; α = 0.01"."""
        entry = get_activation(neuron.activation)
        text = self.tr("Activation: {name}, {formula}").format(
            name=activation_name(neuron.activation),
            formula=QCoreApplication.translate("activations", entry.formula))
        mark = QLocale().decimalPoint()
        values = [f"{p.symbol} = {format_result(neuron.params[p.name], mark)}"
                  for p in entry.parameters]
        return "; ".join([text, *values])

    def _printable_plot_image(self, size: QSize = PRINTED_PLOT) -> QImage:
        """The curve on a light background, without the points and their numbers: those are
        what the student works out (a compared function's point alone shows where z is). Drawn
        at ``size`` whatever the window's, so that its numbers print at about the size of the
        text around them (a plot as large as a projector's made them 3 points), then at twice
        that for a sharp print."""
        plot = self.plot
        hidden = plot.marks_at_z()
        shown = [item.isVisible() for item in hidden]
        own_palette = plot.testAttribute(Qt.WidgetAttribute.WA_SetPalette)
        old_palette = QPalette(plot.palette())
        view, scale = plot.plot_widget, plot.scale
        on_screen = view.size()
        try:
            for item in hidden:
                item.setVisible(False)
            plot.setPalette(QApplication.style().standardPalette())  # recolours the plot
            # In the proportions of a plot at normal size: zoom and projector mode thicken its
            # lines, which are drawn thin again, and enlarge its text, so it is laid out that
            # much larger and then drawn that much smaller.
            plot.set_scale(1.0)
            view.resize(size * scale)
            return self.plot_image(scale=IMAGE_SCALE / scale)
        finally:
            view.resize(on_screen)
            plot.setPalette(old_palette if own_palette else QPalette())
            plot.set_scale(scale)
            for item, visible in zip(hidden, shown):
                item.setVisible(visible)

    # Writing, and the menu's dialogs --------------------------------------------------------------

    def _write(self, path: str | Path, make: Callable[[], bytes]) -> bool:
        path = Path(path)
        try:
            write_atomically(path, make())
        except ScenarioError as error:
            self.files.show_problem(self.tr("Could not export {name}.").format(name=path.name),
                                    problem_text(error))
            return False
        self.window.show_message(self.tr("Exported {name}.").format(name=path.name))
        return True

    def _export_with_dialog(self, kind: str) -> None:
        filters = {
            "png": self.tr("PNG images (*.png)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        savers = {"png": self.save_png, "svg": self.save_svg, "csv": self.save_csv,
                  "pdf": self.save_worksheet}
        path = self.ask_path(kind, filters[kind])
        if path:
            savers[kind](path)

    def ask_path(self, suffix: str, file_filter: str) -> str:
        suggestion = self.files.suggested_path(f".{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(suggestion),
                                              file_filter)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path


def image_bytes(image: QImage, kind: str = "PNG") -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, kind):
        raise ScenarioError(QCoreApplication.translate(
            "Exports", "the image could not be encoded as {kind}").format(kind=kind))
    buffer.close()
    return bytes(data)


@contextmanager
def _closing_paths_spelled_out():
    """Let pyqtgraph's SVGExporter read the paths Qt writes. It reads each path back as "x,y"
    pairs, but Qt 6.10 and later close a path with a bare "Z" (pyqtgraph #3485), so during the
    export each "Z" is written out as the line back to the path's start, which draws the same."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            path.setAttribute("d", spell_out_closing(path.getAttribute("d")))
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def spell_out_closing(d: str) -> str:
    """``M0,0 L1,0 L1,1 Z`` becomes ``M0,0 L1,0 L1,1 L0,0``."""
    tokens, start = [], None
    for token in re.sub(r"\s*[Zz]\s*", " Z ", d).split():
        if token == "Z":
            if start is not None:
                tokens.append(f"L{start}")
            continue
        if token[0] in "Mm":
            start = token[1:]
        tokens.append(token)
    return " ".join(tokens)


@contextmanager
def _font(painter: QPainter, points: float, bold: bool = False):
    old = painter.font()
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    painter.setFont(font)
    try:
        yield
    finally:
        painter.setFont(old)


class _Page:
    """Lays blocks out from the top of the page down, and starts a new page when the next block
    does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = area.width(), area.height()
        self.y = 0
        self.mm = writer.resolution() / 25.4  # device pixels in a millimetre
        self.footer = ""

    def set_footer(self, text: str) -> None:
        """A line at the foot of every page, in the painter's current font."""
        self.footer = text
        self.footer_font = QFont(self.painter.font())
        line = self.painter.fontMetrics().lineSpacing()
        self.height -= line + round(2 * self.mm)  # the blocks stop above it
        self.footer_y = self.height + round(2 * self.mm)
        self._draw_footer()

    def _draw_footer(self) -> None:
        if self.footer:
            old = self.painter.font()
            self.painter.setFont(self.footer_font)
            line = self.painter.fontMetrics().lineSpacing()
            self.painter.drawText(QRect(0, self.footer_y, self.width, line),
                                  Qt.AlignmentFlag.AlignLeft, self.footer)
            self.painter.setFont(old)

    def fit(self, height: int) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.writer.newPage()
            self.y = 0
            self._draw_footer()

    def text(self, text: str, after: float = 0) -> None:
        flags = Qt.TextFlag.TextWordWrap
        bounds = self.painter.boundingRect(QRect(0, 0, self.width, self.height), flags, text)
        self.fit(bounds.height())
        self.painter.drawText(QRect(0, self.y, self.width, bounds.height()), flags, text)
        self.y += bounds.height() + round(after * self.mm)

    def heading(self, text: str, keep: int = 0) -> None:
        """A heading, on the same page as at least two lines after it, or as ``keep`` pixels of
        what follows: a heading never ends a page on its own."""
        with _font(self.painter, 13, bold=True):
            line = self.painter.fontMetrics().lineSpacing()
            self.fit(line + round(1.5 * self.mm) + max(2 * line, keep))
            self.text(text, after=1.5)

    def table(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        metrics = self.painter.fontMetrics()
        row_height = round(metrics.lineSpacing() * 1.6)
        column = min(self.width // len(header), round(45 * self.mm))
        pad = round(2 * self.mm)
        pen = QPen(Qt.GlobalColor.black)
        pen.setWidthF(0.25 * self.mm)
        for index, cells in enumerate([header, *rows]):
            self.fit(row_height)
            bold = QFont(self.painter.font())
            bold.setBold(index == 0)
            self.painter.setFont(bold)
            for c, cell in enumerate(cells):
                cell_rect = QRect(c * column, self.y, column, row_height)
                self.painter.setPen(pen)
                self.painter.drawRect(cell_rect)
                alignment = (Qt.AlignmentFlag.AlignVCenter
                             | (Qt.AlignmentFlag.AlignLeft if c == 0 or index == 0
                                else Qt.AlignmentFlag.AlignRight))
                self.painter.drawText(cell_rect.adjusted(pad, 0, -pad, 0), alignment, cell)
            self.y += row_height
        bold = QFont(self.painter.font())
        bold.setBold(False)
        self.painter.setFont(bold)
        self.y += round(3 * self.mm)

    def image(self, image: QImage, height: int) -> None:
        """``image`` across the page, ``height`` high: made for the room left (see
        _draw_worksheet), which is at least that."""
        self.painter.drawImage(QRect(0, self.y, self.width, height), image)
        self.y += height + round(4 * self.mm)
