"""The input space: the output over the plane of two inputs, the line where the answer changes,
and the input point that can be dragged."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from neuron_gui.core import ACTIVATIONS, Neuron
from neuron_gui.gui.input_space import COLOUR_MAP, boundary_level


@pytest.fixture
def space(window):
    window.learning_action.trigger()  # what Ctrl+L and the toolbar button do
    return window.learning_dock.input_space


def choose(window, key):
    combo = window.activation_panel.combo
    combo.setCurrentIndex(combo.findData(key))


def test_the_dock_is_hidden_until_ctrl_l_or_the_toolbar_button(window):
    dock = window.learning_dock
    assert not dock.isVisible() and not window.learning_action.isChecked()
    assert window.learning_action in window.toolbar.actions()
    assert window.learning_action in window.view_menu.actions()
    QTest.keySequence(window, "Ctrl+L")
    assert dock.isVisible() and window.learning_action.isChecked()
    assert dock.windowTitle() == "Input space and learning"
    window.learning_action.trigger()
    assert not dock.isVisible()


def test_dragging_the_point_edits_x1_and_x2_and_typing_them_moves_it(window, space):
    rows = window.inputs_form.rows
    assert space.target_position() == (1.0, 2.0)
    before = window.model.undo_stack.count()
    for x, y in ((0.8, 1.5), (0.5, 0.25), (0.254, -0.5)):  # the positions a drag passes through
        space.target.setPos(x, y)
    space.target.sigPositionChangeFinished.emit(space.target)  # the mouse is let go
    assert (rows[0].x_field.value(), rows[1].x_field.value()) == (0.25, -0.5)
    assert window.readout.text().startswith("z = 0.50·0.25 + (−1.00)·(−0.50) + 0.10 = 0.725")
    assert space.target_position() == (0.25, -0.5)  # snapped to the two decimals of the form
    assert window.model.undo_stack.count() == before + 1  # the whole drag is one step
    window.undo_action.trigger()
    assert (rows[0].x_field.value(), rows[1].x_field.value()) == (1.0, 2.0)
    assert space.target_position() == (1.0, 2.0)
    window.inputs_form.rows[1].x_field.spin_box.setValue(-0.75)
    assert space.target_position() == (1.0, -0.75)
    window.inputs_form.rows[0].x_field.spin_box.setValue(40.0)
    (x0, x1), _ = space.visible_range()
    assert x0 < 40.0 < x1
    assert space.target_position() == (40.0, -0.75)
    assert space.target_halo.pos() == space.target.pos()  # the cross's halo moves with it
    space.target.setPos(0.5, 0.5)
    assert space.target_halo.pos() == space.target.pos()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_input_cross_has_a_halo_in_the_background_colour(window, space, theme):
    """On the dark theme the white cross vanished on the map's yellow end."""
    window.view_options.set_theme(theme, remember=False)
    halo, cross = space.target_halo.pen, space.target.pen
    assert halo.color() == space.boundary_halo.pen().color()  # the line's halo, as the map
    assert halo.color() != cross.color() and halo.widthF() > cross.widthF() + 2
    window.view_options.set_theme("light", remember=False)


def test_the_line_satisfies_w_x_plus_b_equal_0_after_each_edit(window, space):
    xs, ys = space.boundary_points()  # the example neuron: ReLU, w = (0.5, −1), b = 0.1
    for x, y in zip(xs, ys):  # ReLU has no top: its line is where the output passes 0.5
        assert abs(0.5 * x - 1.0 * y + 0.1 - 0.5) < 1e-9
    assert "z = w₁·x₁ + w₂·x₂ + b = 0.50, not 0" in space.caption.text()
    choose(window, "sigmoid")
    rows, bias = window.inputs_form.rows, window.inputs_form.bias_field.spin_box
    for w1, w2, b in ((0.5, -1.0, 0.1), (2.0, -1.0, 0.1), (2.0, 3.5, 0.1), (2.0, 3.5, -4.0),
                      (0.0, 1.5, -1.0), (-1.25, 0.0, 0.3)):
        rows[0].w_field.spin_box.setValue(w1)
        rows[1].w_field.spin_box.setValue(w2)
        bias.setValue(b)
        xs, ys = space.boundary_points()
        assert xs[0] != xs[1] or ys[0] != ys[1]
        for x, y in zip(xs, ys):
            assert abs(w1 * x + w2 * y + b) < 1e-9
    assert space.caption.text().startswith(
        "Line: z = w₁·x₁ + w₂·x₂ + b = 0, where Sigmoid gives 0.50")
    assert not space.off_view_note.isVisible()
    caption = space.caption.text()
    bias.setValue(-9.0)  # the line x = −7.2 lies left of the view: cut to the view, nothing is left
    assert space.boundary_points() is None
    assert space.off_view_note.isVisible()  # said in the plot's corner...
    assert space.off_view_text() == (
        "The line lies outside this view:\nzoom out or drag the plane to see it.")
    assert space.caption.text() == caption  # ...not in the caption, which keeps its height
    rows[0].w_field.spin_box.setValue(0.0)
    rows[1].w_field.spin_box.setValue(0.0)
    assert space.boundary_points() is None
    assert "there is no line" in space.caption.text()


@pytest.mark.parametrize("key", list(ACTIVATIONS))
def test_the_line_is_where_each_activation_changes_its_answer(key):
    neuron = Neuron((0.0,), (1.0,), 0.0, key)
    level = boundary_level(neuron)
    below, above = neuron.with_bias(level).output(), neuron.with_bias(level + 1e-9).output()
    middle = 0.0 if key == "tanh" else 0.5  # halfway between the targets: −1/1 or 0/1
    assert below <= middle < above
    if key in ("step", "sigmoid", "tanh", "hard_sigmoid"):
        assert level == 0.0


def test_the_colours_are_the_outputs_at_the_grid_points_redrawn_only_when_seen(window, space):
    choose(window, "tanh")
    window.inputs_form.bias_field.spin_box.setValue(-0.3)
    values = space.image_values()
    assert values.shape == (200, 200)
    for column, row in ((0, 0), (199, 199), (57, 123), (120, 3)):
        x, y = space.pixel_centre(column, row)
        expected = Neuron((x, y), (0.5, -1.0), -0.3, "tanh").output()
        assert values[row, column] == pytest.approx(expected, abs=1e-12)
    assert space.colour_bar.levels() == (-1.0, 1.0)


    window.learning_action.trigger()  # hidden, the view does no work...
    before = values.copy()
    window.inputs_form.bias_field.spin_box.setValue(3.0)
    assert np.array_equal(space.image_values(), before)
    window.learning_action.trigger()  # ...and catches up when shown again
    x, y = space.pixel_centre(10, 10)
    assert space.image_values()[10, 10] == pytest.approx(np.tanh(0.5 * x - y + 3.0), abs=1e-12)


def test_on_screen_each_grid_point_has_the_colour_map_colour_of_its_output(window, space):
    choose(window, "tanh")
    window.inputs_form.bias_field.spin_box.setValue(-0.3)  # the line: 0.5·x1 − x2 − 0.3 = 0
    QApplication.processEvents()
    screen = space.plot_widget.grab().toImage()
    low, high = space.colour_bar.levels()
    colours = pg.colormap.get(COLOUR_MAP)
    checked = 0
    for column in range(5, 200, 30):
        for row in range(5, 200, 30):
            x, y = space.pixel_centre(column, row)
            if abs(0.5 * x - y - 0.3) < 0.4 or np.hypot(x - 1.0, y - 2.0) < 0.6:
                continue  # under the line or the input's cross
            expected = colours.map((space.image_values()[row, column] - low) / (high - low),
                                   mode="qcolor")
            shown = screen.pixelColor(space.scene_position(x, y) * screen.devicePixelRatio())
            assert abs(shown.red() - expected.red()) <= 2, (column, row)
            assert abs(shown.green() - expected.green()) <= 2, (column, row)
            assert abs(shown.blue() - expected.blue()) <= 2, (column, row)
            checked += 1
    assert checked > 20


def test_the_middle_colour_marks_the_line_even_where_the_outputs_run_past_it_on_one_side(
        window, space):
    """ReLU's outputs here run from 0 to 2, its line is where it gives 0.5: the map's middle
    colour belongs there, on the plane and on the scale, and the scale agrees with the plane."""
    choose(window, "relu")
    QApplication.processEvents()
    low, high = space.colour_bar.levels()
    assert low == 0.0 and high >= 2.0
    widget = space.plot_widget
    screen = widget.grab().toImage()
    bar = widget.mapFromScene(space.colour_bar.bar.sceneBoundingRect()).boundingRect()

    def on_scale(value, give=0):
        """The scale's colours at ``value``, and up to ``give`` pixels to either side."""
        y = round(bar.bottom() - (value - low) / (high - low) * bar.height())
        return [screen.pixelColor(bar.center().x(), min(max(y + dy, bar.top() + 2),
                                                         bar.bottom() - 2))  # not its edge
                for dy in range(-give, give + 1)]

    def near(a, b, by=4):
        return all(abs(p - q) <= by for p, q in zip(a.getRgb()[:3], b.getRgb()[:3]))

    middle = pg.colormap.get(COLOUR_MAP).map(0.5, mode="qcolor")
    assert near(on_scale(0.5)[0], middle) and not near(on_scale(1.0)[0], middle, by=8)
    neuron = window.model.neuron
    checked = 0
    for column in range(5, 200, 30):
        for row in range(5, 200, 30):
            x, y = space.pixel_centre(column, row)
            output = space.image_values()[row, column]
            if abs(output - 0.5) < 0.1 or np.hypot(x - neuron.inputs[0], y - neuron.inputs[1]) < 0.6:
                continue  # under the line or the input's cross
            shown = screen.pixelColor(space.scene_position(x, y) * screen.devicePixelRatio())
            if output < 0.5:  # the map's lower, bluer half, squeezed into a few pixels of scale
                assert shown.red() < shown.blue(), (row, column)
            else:  # its upper, yellower half, the colour shown at the output on the scale
                assert shown.red() > shown.blue(), (row, column)
                assert any(near(shown, c) for c in on_scale(output, 2)), (row, column)
            checked += 1
    assert checked > 20


def test_the_colour_range_holds_for_small_edits_and_starts_again_for_another_function(
        window, space):
    choose(window, "relu")  # no top: the range is rounded up past the largest output shown
    low, high = space.colour_bar.levels()
    assert low == 0.0 and space.image_values().max() <= high <= 10.0
    choose(window, "sigmoid")  # a function with both ends starts again from its own 0 to 1
    assert space.colour_bar.levels() == (0.0, 1.0)
    choose(window, "relu")
    weight = window.inputs_form.rows[0].w_field.spin_box
    weight.setValue(40.0)  # far beyond the range: a new one
    low, high = space.colour_bar.levels()
    assert high >= space.image_values().max() > 10.0
    weight.setValue(26.0)  # the outputs shrink, but fill enough of the range to keep it
    assert high / 3 < space.image_values().max() < high / 2
    assert space.colour_bar.levels() == (low, high)
    weight.setValue(2.0)  # far less: the colours would fade to a few shades; a new range
    assert space.colour_bar.levels()[1] < high


def colour_scale(space):
    """The colour bar's scale as it is on screen."""
    QApplication.processEvents()
    widget = space.plot_widget
    rect = widget.mapFromScene(space.colour_bar.axis.sceneBoundingRect()).boundingRect()
    return widget.grab(rect).toImage()


def test_the_colour_scale_is_written_in_the_language_and_drawn_alike_from_memory(window, space):
    scale = space.colour_bar.axis
    choose(window, "tanh")  # colours from −1 to 1
    first = colour_scale(space)
    drawing = scale.picture
    choose(window, "sigmoid")  # 0 to 1
    english = colour_scale(space)
    assert english != first
    choose(window, "tanh")  # back to a range drawn before: the drawing is replayed...
    assert scale.picture is drawing
    assert colour_scale(space) == first  # ...and looks as it did
    window.view_options.set_language("de")
    assert scale.tickStrings([-0.5, 0.5], 1.0, 0.5) == ["−0,5", "0,5"]
    assert colour_scale(space) != first
    choose(window, "sigmoid")  # "0,5": the English drawing of 0 to 1 is forgotten
    assert colour_scale(space) != english


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # floating, offscreen
def test_a_floating_dock_writes_numbers_in_the_language_too(window, space):
    dock = window.learning_dock
    choose(window, "tanh")
    english = colour_scale(space)  # −1 to 1, remembered when the range changes next
    choose(window, "sigmoid")
    dock.setFloating(True)  # a window of its own, which Qt does not pass a locale into
    window.view_options.set_language("de")
    assert dock.learning_panel.rate_spin.text() == "0,50"
    choose(window, "tanh")
    assert colour_scale(space) != english


def test_the_card_for_a_line_out_of_view_fits_a_narrow_plot_and_takes_no_clicks(window, space):
    window.inputs_form.bias_field.spin_box.setValue(-9.0)  # the line far left of the view
    window.view_options.set_presentation(True, remember=False)  # larger text, narrower plot
    QApplication.processEvents()
    card = space.off_view_note
    assert card.isVisible()
    assert card.mapRectToScene(card.rect()).right() < space.view_box.sceneBoundingRect().right()
    panel = window.learning_dock.learning_panel
    corner = card.mapRectToScene(card.rect()).center()
    QTest.mouseClick(space.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, space.plot_widget.mapFromScene(corner))
    assert len(panel.points()[0]) == 0  # the click fell on the card, not on the plane
    window.view_options.set_presentation(False, remember=False)


def test_a_click_past_the_largest_input_adds_no_point(window, space):
    panel = window.learning_dock.learning_panel
    space.view_box.setRange(xRange=(990, 1010), yRange=(-10, 10), padding=0)
    QTest.mouseClick(space.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, space.scene_position(1005, 0))
    assert len(panel.points()[0]) == 0
    QTest.mouseClick(space.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, space.scene_position(995, 0))
    assert panel.points()[0].tolist() == [[995.0, 0.0]]


def test_ctrl_home_fits_the_input_space_too_and_zooming_in_stops_at_a_tenth(window, space):
    space.fit_view()
    fitted = space.visible_range()
    space.view_box.scaleBy((0.001, 0.001))  # as far in as a mouse wheel could go
    (x0, x1), (y0, y1) = space.visible_range()
    assert min(x1 - x0, y1 - y0) == pytest.approx(0.1)
    QTest.keySequence(window, "Ctrl+Home")
    assert np.allclose(space.visible_range(), fitted)


def test_with_one_input_the_view_explains_itself(window, space, qtbot):
    window.inputs_form.remove_input(1)
    assert space.notice.isVisible() and not space.plot_widget.isVisible()
    assert "needs at least two inputs" in space.notice_label.text()
    assert not window.learning_dock.learning_panel.add_point_button.isEnabled()
    qtbot.mouseClick(space.add_input_button, Qt.MouseButton.LeftButton)
    assert window.model.neuron.size == 2
    assert space.plot_widget.isVisible() and not space.notice.isVisible()


def test_any_two_inputs_can_be_the_axes_and_the_others_are_held(window, space):
    window.inputs_form.add_input()
    window.inputs_form.rows[2].x_field.spin_box.setValue(1.5)
    window.inputs_form.rows[2].w_field.spin_box.setValue(2.0)
    space.horizontal_combo.setCurrentIndex(2)
    space.horizontal_combo.activated.emit(2)
    assert space.axes() == (2, 1)
    assert space.plot_item.getAxis("bottom").labelText == "x₃"
    assert "Held at their current values: x₁ = 1.00." in space.caption.text()
    assert "z = w₃·x₃ + w₂·x₂ + … + b = 0.50" in space.caption.text()  # the plane's inputs
    assert space.target_position() == (1.5, 2.0)
    # the line now runs where w₃·x₃ + w₂·x₂ + (w₁·x₁ + b) reaches ReLU's 0.5
    for x, y in zip(*space.boundary_points()):
        assert abs(2.0 * x - 1.0 * y + (0.5 * 1.0 + 0.1) - 0.5) < 1e-9
    space.vertical_combo.activated.emit(2)  # the other axis's input: the two swap
    assert space.axes() == (1, 2)
