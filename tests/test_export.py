"""File > Export: every file is opened again and its content checked, not only its existence."""

import csv
import errno
import os
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from neuron_gui.core import activate
from neuron_gui.gui.activation_plot import CURVE_SAMPLES, compare_style
from neuron_gui.gui.export import CSV_HEADER, IMAGE_SCALE, spell_out_closing
from neuron_gui.gui.lessons import lesson_paths
from neuron_gui.gui.plot_base import BLUE, VERMILLION

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (Debian: poppler-utils) is not installed")


@pytest.fixture
def exports(window):
    return window.exports


def pdf_text(path) -> str:
    return subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


# PNG, SVG and CSV --------------------------------------------------------------------------------

def test_png_is_the_plot_at_twice_its_size_and_not_blank(exports, window, tmp_path):
    path = tmp_path / "plot.png"
    assert exports.save_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    plot_size = window.activation_plot.plot_item.sceneBoundingRect().size()
    assert image.width() == pytest.approx(plot_size.width() * IMAGE_SCALE, abs=2)
    assert image.height() == pytest.approx(plot_size.height() * IMAGE_SCALE, abs=2)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 10
    blue = QColor(BLUE["light"])
    assert any(QColor(c).red() == blue.red() and QColor(c).green() == blue.green()
               and QColor(c).blue() == blue.blue() for c in colours)  # the curve is in it
    assert window.statusBar().currentMessage() == "Exported plot.png."


def test_svg_parses_and_holds_the_curve_and_the_axis_titles(exports, tmp_path):
    path = tmp_path / "plot.svg"
    assert exports.save_svg(path)
    root = ElementTree.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    paths = root.findall(".//{http://www.w3.org/2000/svg}path")
    assert len(paths) >= 2 and all(p.get("d") for p in paths)
    texts = "".join(root.itertext())
    assert "weighted sum z" in texts and "output f(z)" in texts


def test_compared_points_are_circles_in_the_svg_not_pictures(window, exports):
    """An SVG may be enlarged: each compared point in it is a circle in its function's colour."""
    for key in ("tanh", "linear", "gelu"):
        window.compare_actions[key].setChecked(True)
    svg = exports.svg_bytes().decode()
    assert "<image" not in svg
    root = ElementTree.fromstring(svg)
    fills = {group.get("fill") for group in root.iter("{http://www.w3.org/2000/svg}g")
             if group.find("{http://www.w3.org/2000/svg}circle") is not None}
    for key in ("tanh", "linear", "gelu"):
        assert compare_style(key, "light")[0].name() in fills, key


def test_closing_a_path_is_spelled_out_for_pyqtgraph():
    assert spell_out_closing("M0,0 L2,0 L2,1 Z") == "M0,0 L2,0 L2,1 L0,0"
    assert spell_out_closing("M1,1 L2,2Z M5,5 L6,6 z") == "M1,1 L2,2 L1,1 M5,5 L6,6 L5,5"
    assert spell_out_closing("M0,0 L1,1") == "M0,0 L1,1"


@pytest.mark.parametrize("activation", ["relu", "tanh", "step", "elu"])
def test_csv_rows_are_the_curve_exactly(exports, window, tmp_path, activation):
    window.model.set_activation(activation)
    path = tmp_path / "curve.csv"
    assert exports.save_csv(path)
    with path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == CSV_HEADER == ("z", "f(z)")
    z = [float(r[0]) for r in rows[1:]]
    f = [float(r[1]) for r in rows[1:]]
    assert len(z) >= CURVE_SAMPLES and z == sorted(z)
    assert f == list(activate(activation, z, **window.model.neuron.params))
    (x0, x1), _ = window.activation_plot.visible_range()
    assert z[0] == pytest.approx(x0) and z[-1] == pytest.approx(x1)


# The worksheet -----------------------------------------------------------------------------------

def test_the_worksheet_is_an_a4_pdf(exports, tmp_path):
    path = tmp_path / "sheet.pdf"
    assert exports.save_worksheet(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert pdf_pages(data) >= 1
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert (round(float(box[1])), round(float(box[2]))) == (595, 842)  # A4 in points


@needs_pdftotext
def test_the_worksheet_holds_the_lesson_numbers_and_blanks(window, exports, tmp_path):
    window.scenario_files.open_lesson(lesson_paths()[0])
    lesson = window.scenario_files.scenario
    path = tmp_path / "sheet.pdf"
    assert exports.save_worksheet(path)
    text = pdf_text(path)
    flat = " ".join(text.split())
    assert lesson.title in flat
    assert " ".join(lesson.task.split()[:12]) in flat
    assert " ".join(lesson.question.split()[:8]) in flat
    assert re.search(r"input 1\s+1\.00\s+0\.50", text)
    assert re.search(r"input 2\s+1\.00\s+0\.50", text)
    assert re.search(r"bias b\s+0\.00", text)
    assert "z = _____·_____ + _____·_____ + _____ = __________" in flat
    assert "output = f(__________) = __________" in flat
    assert "Activation: Step, f(z) = 1 if z > 0, otherwise 0" in flat


@needs_pdftotext
def test_a_worksheet_without_a_lesson_and_with_many_inputs(window, exports, tmp_path):
    while window.model.neuron.size < 16:
        window.model.add_input()
    window.inputs_form.rows[15].w_field.spin_box.setValue(-2.5)
    path = tmp_path / "sheet.pdf"
    assert exports.save_worksheet(path)
    data = path.read_bytes()
    text = pdf_text(path)
    assert "One neuron, worked out by hand" in text
    assert re.search(r"input 16\s+0\.00\s+−2\.50", text)
    assert " ".join(text.split()).count("_____·_____") == 16
    assert "Activation: ReLU, f(z) = max(0, z)" in " ".join(text.split())
    assert pdf_pages(data) >= 1 and len(text.split("\f")) - 1 == pdf_pages(data)


@needs_pdftotext
def test_the_worksheet_writes_a_trained_weight_as_the_field_does(window, exports, tmp_path):
    window.model.set_neuron(window.model.neuron.with_weight(0, 0.046213))
    assert window.inputs_form.rows[0].w_field.spin_box.text() == "0.0462"
    path = tmp_path / "sheet.pdf"
    assert exports.save_worksheet(path)
    assert re.search(r"input 1\s+1\.00\s+0\.0462", pdf_text(path))
    window.model.set_neuron(window.model.neuron.with_weight(0, 0.046012))  # rounded: four places
    assert window.inputs_form.rows[0].w_field.spin_box.text() == "0.0460"
    assert exports.save_worksheet(path)
    assert re.search(r"input 1\s+1\.00\s+0\.0460", pdf_text(path))


PDFIMAGES = shutil.which("pdfimages")


@pytest.mark.skipif(PDFTOTEXT is None or PDFIMAGES is None,
                    reason="pdftotext and pdfimages (Debian: poppler-utils) are not installed")
@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_the_plots_heading_is_on_the_page_of_the_plot_for_every_lesson(
        window, exports, tmp_path, language):
    window.view_options.set_language(language, remember=False)
    heading = exports.tr("The activation function")
    for number, lesson in enumerate(lesson_paths()):
        window.scenario_files.open_lesson(lesson)
        path = tmp_path / f"sheet-{number}.pdf"
        assert exports.save_worksheet(path)
        pages = pdf_text(path).split("\f")
        heading_page = next(i for i, page in enumerate(pages, 1) if heading in page)
        listing = subprocess.run([PDFIMAGES, "-list", str(path)], capture_output=True, text=True,
                                 check=True, timeout=60).stdout.splitlines()[2:]
        image_pages = {int(line.split()[0]) for line in listing}
        assert image_pages == {heading_page}, (lesson.name, heading_page, image_pages)


def colours_in(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)}


def test_the_worksheets_plot_shows_the_curve_but_not_the_point(exports):
    on_screen, printed = colours_in(exports.plot_image()), colours_in(
        exports._printable_plot_image())
    assert VERMILLION["light"].lower() in on_screen  # the point, its guides
    assert VERMILLION["light"].lower() not in printed  # the answer is left to the student
    assert BLUE["light"].lower() in printed


def test_the_worksheets_plot_hides_the_compared_functions_points_too(window, exports):
    """Step's point, compared at the neuron's z = −1.40, would show the student where z is."""
    from PySide6.QtCore import QPoint, QPointF

    window.model.set_activation("sigmoid")  # its own point well above step's
    window.compare_actions["step"].setChecked(True)
    plot = window.activation_plot
    x, y = plot.compared_marker_position("step")
    view = plot.plot_widget
    # Up and to the left of its centre: off the flat curve and off the guide down from the point
    inside_dot = view.mapFromScene(plot.view_box.mapViewToScene(QPointF(x, y))) - QPoint(3, 3)
    # Printed at the size it has on screen here, so that the dot's place is the same
    on_screen, printed = exports.plot_image(scale=1), exports._printable_plot_image(view.size())
    assert on_screen.size() == view.viewport().size() and printed.size() == 2 * view.size()
    dot = plot.compared_curve("step").opts["pen"].color().name()
    assert on_screen.pixelColor(inside_dot).name() == dot
    assert printed.pixelColor(2 * inside_dot).name() != dot
    assert plot.compared_marker_position("step") == (x, y)  # back on screen afterwards


def test_the_worksheets_plot_is_drawn_for_the_page_whatever_the_windows_size(window, exports):
    """A plot as large as a projector's printed its numbers 3 points high: it is drawn at
    4 pixels to the millimetre of the page, whatever the window's size, which stays as it was."""
    from neuron_gui.gui.export import PRINTED_PLOT

    window.resize(1920, 1080)
    QApplication.processEvents()
    view = window.activation_plot.plot_widget
    before = view.size()
    image = exports._printable_plot_image()
    assert image.size() == 2 * PRINTED_PLOT  # twice over, for a sharp print
    assert view.size() == before and before.width() > PRINTED_PLOT.width()
    # Projector mode and zoom do not print larger: the same picture, save the glyphs' hinting
    window.view_options.draw_for_screen(1080)
    window.view_options.presentation_action.trigger()
    window.view_options.set_zoom(2.0)
    QApplication.processEvents()
    enlarged = exports._printable_plot_image()
    window.view_options.set_zoom(1.0)
    window.view_options.presentation_action.trigger()
    assert enlarged.size() == image.size()

    def ink(picture, colour):  # how much of the picture is drawn in that colour, or near it
        return sum(_near(picture.pixelColor(x, y), colour) for x in range(0, picture.width(), 2)
                   for y in range(0, picture.height(), 2))

    for colour in (QColor(BLUE["light"]), QColor("black")):  # the curve; the numbers and titles
        assert 0.7 < ink(enlarged, colour) / ink(image, colour) < 1.4, colour.name()


def _near(one: QColor, other: QColor) -> bool:
    return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3])) < 60


def test_the_worksheet_names_the_activations_parameter(window, exports):
    window.model.set_activation("leaky_relu")
    window.model.set_param("alpha", 0.2)
    assert exports._activation_text(window.model.neuron) == (
        "Activation: Leaky ReLU, f(z) = z if z ≥ 0, otherwise α·z; α = 0.20")


def test_the_worksheet_leaves_the_window_as_it_was(window, exports, tmp_path):
    from neuron_gui.gui.theme import apply_theme

    plot = window.activation_plot
    apply_theme(QApplication.instance(), "dark")
    QApplication.processEvents()
    image = exports._printable_plot_image()
    assert image.pixelColor(3, 3).lightnessF() > 0.8  # printed on white, whatever the theme
    assert plot.plot_widget.backgroundBrush().color().lightnessF() < 0.2  # screen still dark
    assert plot.point.isVisible() and plot.point.label.isVisible()
    assert exports.save_worksheet(tmp_path / "dark.pdf")


# The clipboard, failures, the menu ---------------------------------------------------------------

def test_copy_readout_puts_the_readout_on_the_clipboard(window):
    QTest.keySequence(window, "Ctrl+Shift+C")
    assert QGuiApplication.clipboard().text() == window.readout.text() == (
        "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40\noutput = ReLU(−1.40) = 0.00")
    window.inputs_form.bias_field.spin_box.setValue(2.0)
    window.exports.copy_readout_action.trigger()
    assert QGuiApplication.clipboard().text() == window.readout.text()
    assert "+ 2.00 = 0.50" in QGuiApplication.clipboard().text()


def test_an_export_that_cannot_be_written_says_why(window, exports, tmp_path, monkeypatch):
    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    assert exports.save_png(tmp_path / "plot.png") is False
    box = window.scenario_files.message_box
    assert box.isVisible() and box.text() == "Could not export plot.png."
    assert "No space left on device" in box.informativeText()
    assert list(tmp_path.iterdir()) == []


def test_the_export_menu_is_in_the_file_menu_with_texts_and_tooltips(window, exports):
    assert exports.menu.menuAction() in window.file_menu.actions()
    actions = [a for a in exports.menu.actions() if not a.isSeparator()]
    assert actions == [exports.png_action, exports.svg_action, exports.csv_action,
                       exports.worksheet_action, exports.copy_readout_action]
    assert all(a.text() and a.toolTip() for a in actions)


def test_the_dialog_path_gets_its_suffix(window, exports, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "curve"), ""))
    exports.csv_action.trigger()
    assert (tmp_path / "curve.csv").read_text(encoding="utf-8").startswith("z,f(z)\n")


def test_export_and_save_as_offer_the_same_name_from_the_title_on_screen(window, exports,
                                                                         tmp_path, monkeypatch):
    """In Spanish, Save As offered the Spanish title and Export the English one."""
    from PySide6.QtWidgets import QFileDialog

    from neuron_gui.gui.lessons import lesson_paths

    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, path, _filter: offered.append(path) or ("", ""))
    window.view_options.set_language("es", remember=False)
    window.scenario_files.open_lesson(lesson_paths()[0])
    exports.png_action.trigger()
    window.scenario_files.save_as()
    window.view_options.set_language("en", remember=False)
    stems = [name.rsplit("/", 1)[-1].split(".")[0] for name in offered]
    assert len(offered) == 2 and offered[0].endswith(".png") and stems[0] == stems[1]
    assert stems[0].startswith("una-puerta-and")


def test_a_png_at_twice_the_size_draws_the_point_and_its_guides_twice_as_large(window, exports):
    """The point and its guides are drawn in pixels; a 2× image must enlarge them with the rest,
    so the guides still reach the axes and the dot keeps its size against the curve."""
    window.inputs_form.bias_field.spin_box.setValue(3.0)  # z = 1.6: guides of some length
    window.slope_action.setChecked(True)  # the tangent too

    def vermillion_ink(image):
        """How much of the image the point's colour covers, smoothed edges counted in part: on
        the white and grey of the plot, and beside its blue curves, only vermillion is redder
        than it is blue."""
        colour = QColor(VERMILLION["light"])
        full = colour.red() - colour.blue()
        return sum(min(1.0, max(0.0, (image.pixelColor(x, y).red()
                                      - image.pixelColor(x, y).blue()) / full))
                   for x in range(image.width()) for y in range(image.height()))

    single, double = exports.plot_image(scale=1), exports.plot_image(scale=2)
    assert double.width() == 2 * single.width()
    ratio = vermillion_ink(double) / vermillion_ink(single)
    # Areas grow fourfold. Guides and a tangent of the screen's width only in pixels would only
    # grow twofold (they did, beside a dot that grew fourfold: 2.3 in all).
    assert 3.5 < ratio < 5.5
    assert window.activation_plot.point.scale() == 1.0  # the screen is as it was
