"""Zoom, projector mode, themes, language, the keyboard help, and preferences that survive a
restart — or a profile that cannot be written."""

import os
import stat
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollBar, QStyle

from neuron_gui.gui.preferences import Preferences


def point_size(widget):
    return widget.font().pointSizeF()


def test_zoom_grows_text_and_plot_lines_together(window, qtbot):
    plot = window.activation_plot
    label_size = point_size(window.inputs_form.add_button)
    readout_size = point_size(window.readout.output_label)
    curve_width = plot.curve.opts["pen"].widthF()
    QTest.keySequence(window, "Ctrl+=")
    QTest.keySequence(window, "Ctrl+=")
    QApplication.processEvents()  # the new font reaches widgets as an event
    assert window.view_options.zoom == 1.3
    assert point_size(window.inputs_form.add_button) == pytest.approx(label_size * 1.3)
    assert point_size(window.readout.output_label) == pytest.approx(readout_size * 1.3)
    assert plot.curve.opts["pen"].widthF() == pytest.approx(curve_width * 1.3)
    QTest.keySequence(window, "Ctrl+0")
    QApplication.processEvents()
    assert point_size(window.inputs_form.add_button) == pytest.approx(label_size)


def test_projector_mode_makes_everything_at_least_175_percent_on_1080_lines(window, qtbot):
    window.view_options.draw_for_screen(1080)
    plot = window.activation_plot
    before = (point_size(window.readout.sum_label), plot.curve.opts["pen"].widthF(),
              plot.point.diameter(), plot.plot_item.getAxis("bottom").style["tickFont"])
    window.view_options.presentation_action.trigger()
    QApplication.processEvents()
    assert point_size(window.readout.sum_label) >= 1.75 * before[0] - 1e-9
    assert plot.curve.opts["pen"].widthF() >= 1.75 * before[1]
    assert plot.point.diameter() >= 1.75 * before[2]
    assert plot.plot_item.getAxis("bottom").style["tickFont"].pointSizeF() >= 1.75 * (
        before[3].pointSizeF() if before[3] else QApplication.font().pointSizeF() / 1.75) - 1e-9
    window.view_options.presentation_action.trigger()
    QApplication.processEvents()
    assert point_size(window.readout.sum_label) == pytest.approx(before[0])


def test_projector_mode_grows_text_to_the_same_share_of_any_screens_height():
    from neuron_gui.gui.view_options import presentation_scale

    assert presentation_scale(1080) == 1.75
    assert presentation_scale(800) == pytest.approx(1.75 * 800 / 1080)  # a 1280×800 projector
    assert presentation_scale(768) == 1.25  # never so little that it is not worth switching on
    assert presentation_scale(2160) == 2.5


def test_projector_mode_is_sized_for_the_screen_the_window_is_on(window):
    from neuron_gui.gui.view_options import presentation_scale

    options, label = window.view_options, window.inputs_form.add_button
    normal = point_size(label)
    options.presentation_action.trigger()
    QApplication.processEvents()
    on_screen = presentation_scale(window.screen().size().height())
    assert options.scale == on_screen and point_size(label) == pytest.approx(normal * on_screen)
    options.draw_for_screen(1080)  # as a screenshot of that height draws it
    QApplication.processEvents()
    assert point_size(label) == pytest.approx(normal * 1.75)
    options.presentation_action.trigger()
    QApplication.processEvents()
    assert point_size(label) == pytest.approx(normal)


def test_projector_mode_follows_its_screen_when_that_changes(window, monkeypatch):
    """Mirroring switched on sets the laptop's screen to the projector's resolution; a window
    dragged onto the projector's screen moves to another screen."""
    options, label = window.view_options, window.inputs_form.add_button
    normal = point_size(label)
    options.presentation_action.trigger()
    heights = iter([1080, 800])
    monkeypatch.setattr(options, "_screen_height", lambda: height)
    for height in heights:
        window.screen().geometryChanged.emit(QRect(0, 0, 1920, height))
        QApplication.processEvents()
        assert point_size(label) == pytest.approx(normal * 1.75 * min(height, 1080) / 1080)
    window.windowHandle().screenChanged.emit(window.screen())  # another screen, of 800 lines
    assert options.scale == pytest.approx(1.75 * 800 / 1080)
    options.presentation_action.trigger()


@pytest.mark.parametrize("size, scale", [((1920, 1080), 1.75), ((1280, 800), 1.75 * 800 / 1080)])
def test_a_screenshot_in_projector_mode_is_drawn_as_a_screen_of_its_size_shows_it(
        window, tmp_path, size, scale):
    from neuron_gui.app import save_screenshot

    window.view_options.set_presentation(True, remember=False)
    path = tmp_path / "shot.png"
    assert save_screenshot(QApplication.instance(), window, path, size) == 0
    assert window.view_options.scale == pytest.approx(scale)
    assert QImage(str(path)).size().toTuple() == size


@pytest.mark.parametrize("theme_first", [True, False])
def test_projector_mode_and_zoom_grow_the_text_in_high_contrast_too(window, theme_first):
    """High contrast is meant for projectors in bright rooms, and the theme must not stop the
    larger fonts from reaching the widgets, whichever of the two is chosen first (at a start the
    saved theme comes first). Its style sheet once did."""
    widgets = (window.readout.sum_label, window.inputs_form.add_button,
               window.activation_panel.combo, window.inputs_form.rows[0].x_field.spin_box)
    window.view_options.draw_for_screen(1080)
    before = [point_size(w) for w in widgets]
    steps = [lambda: window.view_options.set_theme("high_contrast", remember=False),
             window.view_options.presentation_action.trigger]
    for step in steps if theme_first else reversed(steps):
        step()
        QApplication.processEvents()
    assert [point_size(w) for w in widgets] == pytest.approx([1.75 * b for b in before])
    QTest.keySequence(window, "Ctrl+=")
    QApplication.processEvents()
    assert [point_size(w) for w in widgets] == pytest.approx([1.75 * 1.15 * b for b in before])


def test_plots_first_shown_after_the_projector_mode_is_on_are_drawn_as_large(window):
    window.view_options.draw_for_screen(1080)
    window.view_options.presentation_action.trigger()  # before the bars and the dock are made
    QApplication.processEvents()
    scale = window.activation_plot.scale
    assert scale >= 1.75
    window.bars_action.setChecked(True)
    window.learning_action.setChecked(True)
    later = (window.contribution_bars, window.learning_dock.input_space,
             window.learning_dock.learning_panel.loss_plot)
    assert [plot.scale for plot in later] == [scale] * 3
    pen = window.contribution_bars.zero_line.pen()
    assert pen.widthF() == pytest.approx(scale)


def test_zoom_stops_at_its_ends(window):
    options = window.view_options
    for _ in range(20):
        options.zoom_in_action.trigger()
    assert options.zoom == 3.0 and not options.zoom_in_action.isEnabled()
    for _ in range(20):
        options.zoom_out_action.trigger()
    assert options.zoom == 0.75 and not options.zoom_out_action.isEnabled()


@pytest.mark.parametrize("theme, dark", [("dark", True), ("high_contrast", True), ("light", False)])
def test_themes_recolour_window_and_plots(window, theme, dark):
    window.view_options.theme_actions[theme].trigger()
    QApplication.processEvents()
    window_colour = window.palette().window().color()
    plot_colour = window.activation_plot.plot_widget.backgroundBrush().color()
    assert (window_colour.lightnessF() < 0.5) == dark
    assert (plot_colour.lightnessF() < 0.5) == dark
    if theme == "high_contrast":
        assert window.palette().text().color().name() == "#ffffff"
        assert window_colour.name() == "#000000"


def test_choices_are_remembered_for_the_next_start(window, qtbot, example_neuron):
    from neuron_gui.gui.main_window import MainWindow
    from neuron_gui.gui.model import NeuronModel

    window.view_options.theme_actions["dark"].trigger()
    window.view_options.zoom_in_action.trigger()
    window.view_options.presentation_action.trigger()
    window.close()
    again = MainWindow(NeuronModel(example_neuron))
    qtbot.addWidget(again)
    assert again.view_options.theme_actions["dark"].isChecked()
    assert again.view_options.zoom == 1.15
    assert again.view_options.presentation_action.isChecked()


def test_school_defaults_apply_and_can_lock_the_language(window, tmp_path):
    school = tmp_path / "neuron-gui.ini"
    school.write_text("[defaults]\ntheme=high_contrast\nlanguage=de\nzoom=1.5\n"
                      "presentation=yes\nlock_language=true\n", encoding="utf-8")
    preferences = Preferences(school)
    assert preferences.get("theme") == "high_contrast"
    assert preferences.get("zoom") == 1.5 and preferences.get("presentation") is True
    assert preferences.language_locked() and preferences.get("language") == "de"
    preferences.set("theme", "light")  # a user may still choose their own colours...
    assert preferences.get("theme") == "light"
    preferences.set("language", "es")  # ...but not another language
    assert preferences.get("language") == "de"


def test_nonsense_in_settings_falls_back_to_defaults(tmp_path):
    QSettings().setValue("view/zoom", "enormous")
    QSettings().setValue("view/theme", "pink")
    school = tmp_path / "neuron-gui.ini"
    school.write_text("[defaults]\nzoom=99\nlanguage=xx\nlock_language=maybe\n", encoding="utf-8")
    preferences = Preferences(school)
    assert preferences.get("zoom") == 1.0 and preferences.get("theme") == "system"
    assert preferences.get("language") == "" and not preferences.language_locked()
    with pytest.raises(ValueError, match="zoom: 42 is not a value it can take"):
        preferences.set("zoom", 42)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions, and root may write anywhere")
def test_a_read_only_profile_does_not_stop_the_window(qtbot, tmp_path, example_neuron):
    from neuron_gui.gui.main_window import MainWindow
    from neuron_gui.gui.model import NeuronModel

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IREAD | stat.S_IEXEC)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(locked))
    window = MainWindow(NeuronModel(example_neuron))
    qtbot.addWidget(window)
    window.view_options.zoom_in_action.trigger()
    assert not window.preferences.can_save()
    window.close()


def test_a_settings_file_that_cannot_be_written_is_reported_not_fatal(qtbot, tmp_path, example_neuron):
    from neuron_gui.gui.main_window import MainWindow
    from neuron_gui.gui.model import NeuronModel

    # A file where the settings folder should be: writing fails even for root.
    blocker = tmp_path / "settings-is-a-file"
    blocker.write_text("")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(blocker))
    window = MainWindow(NeuronModel(example_neuron))
    qtbot.addWidget(window)
    window.view_options.theme_actions["dark"].trigger()
    assert not window.preferences.can_save()
    window.close()  # writes the geometry: must not raise


def test_keyboard_help_lists_every_shortcut_of_the_menus(window, qtbot):
    QTest.keySequence(window, "F1")
    dialog = window.keyboard_help
    assert dialog.isVisible()
    rows = dict((text, keys) for keys, text in dialog.rows())
    assert rows["Edit › Undo"] == "Ctrl+Z"
    assert rows["View › Projector mode"] == "F5"
    assert rows["Activation › Sigmoid"] == "Ctrl+3"
    assert rows["Neuron › Reset all"] == "Ctrl+R"
    menus_with_keys = [a for a in window.findChildren(type(window.reset_action)) if a.shortcuts()]
    listed = set(rows)
    assert len(listed) >= len({a.text() for a in menus_with_keys if a.isVisible()}) - 2
    assert len(listed) == len(dialog.rows())  # each once
    assert not [text for text in listed if text.startswith(" ›")]  # no menu without a name
    dialog.close()


def test_tab_leaves_the_keyboard_help_table_for_its_close_button(window, qtbot):
    """The table's first row says Tab moves to the next control: in the table too."""
    window.show_keyboard_help()
    dialog = window.keyboard_help
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    dialog.table.setFocus()
    assert QApplication.focusWidget() is dialog.table
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().text().replace("&", "") == "Close"
    dialog.close()


@pytest.mark.parametrize("language, zoom", [("en", 1.0), ("de", 1.5), ("es", 1.5)])
def test_keyboard_help_grows_with_projector_mode_and_shows_every_text_whole_on_the_screen(
        window, qtbot, language, zoom):
    window.view_options.set_language(language, remember=False)
    def open_help():
        window.show_keyboard_help()  # what F1 does
        QApplication.processEvents()
        return window.keyboard_help

    dialog = open_help()
    normal = dialog.size()
    dialog.close()
    window.view_options.set_zoom(zoom)
    window.view_options.presentation_action.trigger()
    dialog = open_help()
    assert dialog.width() > normal.width() and dialog.height() > normal.height()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.frameGeometry().height() <= screen.height()
    table, metrics = dialog.table, dialog.table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(2):
            item = table.item(row, column)
            room = table.visualItemRect(item)
            needed = metrics.boundingRect(0, 0, room.width() - 6, 10_000,
                                          Qt.TextFlag.TextWordWrap, item.text())
            assert needed.width() <= room.width() and needed.height() <= room.height()
    dialog.close()
    window.view_options.presentation_action.trigger()
    window.view_options.set_zoom(1.0)


def test_projector_mode_at_1280_keeps_every_row_whole(window, qtbot):
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)  # the new font, then the form's new width, arrive as events
    button = window.inputs_form.rows[1].remove_button
    right_edge = button.mapTo(window, button.rect().topRight()).x()
    assert button.isVisible() and right_edge < window.inputs_form.mapTo(
        window, window.inputs_form.rect().topRight()).x()


def _right_edge(widget, window) -> int:
    return widget.mapTo(window, widget.rect().topRight()).x()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_projector_mode_at_1280_with_the_dock_fits_the_screen_and_cuts_off_no_control(
        window, qtbot, language):
    """Projector fonts 1.75 times as large (a 1080-line screen with a window 1280 pixels wide):
    the form's sliders move under their numbers and the learning controls' long rows wrap, so
    that the window, the plane beside it, still fits 1280 pixels and every control shows whole,
    in the longer languages too."""
    window.view_options.draw_for_screen(1080)  # the largest fonts 1280 pixels may have to hold
    fields = [window.inputs_form.rows[0].x_field, window.inputs_form.bias_field]
    assert not any(field.is_stacked() for field in fields)  # room enough with normal fonts
    window.view_options.set_language(language, remember=False)
    window.learning_action.trigger()  # opened first, then the fonts grow under it
    window.view_options.presentation_action.trigger()
    qtbot.waitUntil(lambda: all(field.is_stacked() for field in fields), timeout=2000)
    qtbot.wait(50)  # the dock measures its controls once they have the new font
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() <= 1280
    slider, spin_box = fields[0].slider, fields[0].spin_box
    assert slider.mapTo(window, slider.rect().topLeft()).y() > spin_box.mapTo(
        window, spin_box.rect().bottomLeft()).y()  # under its number
    dock = window.learning_dock
    visible_right = _right_edge(dock.scroll_area.viewport(), window)
    panel = dock.learning_panel
    for control in (panel.clear_button, panel.rule_combo, panel.stop_box, panel.reset_button):
        assert _right_edge(control, window) <= visible_right, control.text() if hasattr(
            control, "text") else control
    assert window.activation_plot.width() >= 250
    window.view_options.presentation_action.trigger()
    window.learning_dock.hide()
    # Back to normal fonts, the form's column shrinks back to what its rows need: the plot
    # gets its width back, and the sliders are beside their numbers again.
    qtbot.waitUntil(lambda: not any(field.is_stacked() for field in fields), timeout=2000)
    left, right = window.splitter.sizes()
    assert left <= window.inputs_form.side_by_side_width() + 2 and right > left


_FIRST_SHOW_IN_PROJECTOR_MODE = """
import tempfile
from PySide6.QtCore import QSettings, Qt
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from neuron_gui.app import create_application, create_window
from neuron_gui.cli import parse
app = create_application()
window = create_window(parse([])[1])
window.view_options.set_presentation(True, remember=False)
window.resize(1920, 1080)
window.show()
for _ in range(5):
    app.processEvents()
    app.sendPostedEvents()
print(window.inputs_form.bias_field.is_stacked(), window.splitter.sizes()[0],
      window.inputs_form.side_by_side_width())
"""


def test_projector_mode_chosen_before_the_window_shows_keeps_the_sliders_beside_at_1920():
    """As with --projector or a saved preference: the fonts grow before the first show, and the
    form measures its rows in them only after the window has been sized. In a process of its
    own, as the program starts: a window already open in this one changes the order of events."""
    result = subprocess.run([sys.executable, "-c", _FIRST_SHOW_IN_PROJECTOR_MODE],
                            capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    stacked, column, wanted = result.stdout.split()
    assert stacked == "False" and int(column) >= int(wanted), result.stderr


def test_the_dock_opened_in_projector_mode_at_1280_leaves_the_curve_room(window, qtbot):
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)  # the new fonts reach every widget
    window.learning_action.trigger()
    QApplication.processEvents()
    curve_column = window.splitter.widget(1)
    assert curve_column.width() > curve_column.minimumSizeHint().width() + 50
    assert window.learning_dock.width() >= window.learning_dock.minimumSizeHint().width()
    window.view_options.presentation_action.trigger()


def _title_ink_height(dock) -> int:
    """How tall the dock's title is drawn: the rows of its title bar with dark pixels."""
    QApplication.processEvents()
    bar = dock.widget().geometry().top()  # the title bar is what lies above the contents
    image = dock.grab().toImage()
    rows = [y for y in range(bar)
            if any(image.pixelColor(x, y).lightnessF() < 0.4 for x in range(4, image.width() // 3))]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_projector_mode_makes_the_docks_title_larger_too(window):
    window.view_options.draw_for_screen(1080)
    window.learning_action.trigger()
    dock = window.learning_dock
    normal = _title_ink_height(dock)
    window.view_options.presentation_action.trigger()
    assert _title_ink_height(dock) > 1.5 * normal > 0
    window.view_options.presentation_action.trigger()


def test_dark_gives_radio_buttons_an_edge_that_shows_on_their_dark_inside(window):
    window.learning_action.trigger()
    radio = window.learning_dock.learning_panel.class_buttons[0]  # not chosen: no dot inside

    def greys():
        QApplication.processEvents()
        image = radio.grab().toImage()
        width = radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 2
        return {image.pixelColor(x, y).name() for x in range(width) for y in range(image.height())
                if 0.45 < image.pixelColor(x, y).lightnessF() < 0.65}

    window.view_options.theme_actions["dark"].trigger()
    assert greys()  # a mid-grey ring round the dark circle
    window.learning_dock.hide()
    window.view_options.theme_actions["light"].trigger()


def test_high_contrast_draws_white_edges_round_fields_lists_and_buttons_and_yellow_handles(window):
    field = window.inputs_form.rows[0].w_field
    button = window.inputs_form.add_button

    def seen(widget):
        QApplication.processEvents()
        image = widget.grab().toImage()
        middle = image.height() // 2
        edge = image.pixelColor(0, middle).name()
        colours = {image.pixelColor(x, middle).name() for x in range(image.width())}
        return edge, colours

    window.view_options.theme_actions["dark"].trigger()
    assert seen(field.spin_box)[0] != "#ffffff"  # Fusion's own edge: a shade of the window
    window.view_options.theme_actions["high_contrast"].trigger()
    assert seen(field.spin_box)[0] == "#ffffff" and seen(button)[0] == "#ffffff"
    assert "#ffff00" in seen(field.slider)[1]  # the handle shows where the value sits
    assert "#ffffff" in seen(field.slider)[1]  # and the groove where the slider ends
    field.slider.setEnabled(False)  # greyed out (a lesson's run settings): no yellow invitation
    assert "#ffff00" not in seen(field.slider)[1]
    field.slider.setEnabled(True)
    assert seen(window.activation_panel.combo)[0] == "#ffffff"
    # The control with the keyboard: the focus yellow, which a white edge drawn over Fusion's
    # own focus outline had hidden
    for control in (button, window.activation_panel.combo, field.spin_box):
        control.setFocus(Qt.FocusReason.TabFocusReason)
        assert seen(control)[0] == "#ffff00", control
    # The list a combo box drops over the window, and a menu, had no edge on the black beneath.
    popup = window.activation_panel.combo.view().window()
    menu = window.menuBar().actions()[0].menu()
    for dropped in (popup, menu):
        dropped.resize(120, 80)
        image = dropped.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).name() == "#ffffff", dropped
    bar = QScrollBar(Qt.Orientation.Vertical)  # a long task's: its handle showed black on black
    bar.setRange(0, 100)
    bar.setPageStep(10)
    bar.resize(16, 200)
    image = bar.grab().toImage()
    assert any(image.pixelColor(x, y).name() == "#ffffff"
               for x in range(image.width()) for y in range(image.height()))
    window.view_options.theme_actions["light"].trigger()
    assert "#ffff00" not in seen(field.slider)[1]
    assert seen(field.spin_box)[0] != "#ffffff"  # light: Fusion's grey edge again
    assert QApplication.style().baseStyle().name().lower() == "fusion"
