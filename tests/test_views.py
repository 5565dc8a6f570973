"""The views that show why the activation matters: its parameter, slope and tangent, other
functions to compare with, and the contribution of each term to z."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from focus import takes_focus_itself
from neuron_gui.core import ACTIVATIONS, activate, derivative
from neuron_gui.gui.activation_plot import compare_style
from neuron_gui.gui.plot_base import BLUE, VERMILLION


def choose(window, key):
    combo = window.activation_panel.combo
    combo.setCurrentIndex(combo.findData(key))


def test_the_parameter_field_appears_only_for_activations_that_have_one(window):
    panel = window.activation_panel
    assert panel.param_field.isHidden()
    choose(window, "leaky_relu")
    assert not panel.param_field.isHidden()
    assert panel.param_label.text() == "α"  # no Alt shortcut: Alt+α cannot be typed
    assert panel.param_field.value() == 0.01
    assert window.readout.text().endswith("output = Leaky ReLU(−1.40) = −0.014")
    choose(window, "tanh")
    assert panel.param_field.isHidden()


def test_a_refused_keystroke_in_alpha_shows_a_number_alpha_takes(window):
    choose(window, "leaky_relu")
    spin = window.activation_panel.param_field.spin_box
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "x")
    assert window.statusBar().currentMessage() == (
        "α (slope for negative z) takes a number such as 0.50, between 0.00 and 1.00. "
        "The field keeps 0.01.")


def test_editing_alpha_changes_output_and_curve(window):
    choose(window, "leaky_relu")
    curve_before = window.activation_plot.curve.getData()[1].copy()
    window.activation_panel.param_field.spin_box.setValue(0.5)
    assert window.model.neuron.params == {"alpha": 0.5}
    assert window.undo_action.text() == "&Undo change parameter α"  # as the panel names it
    assert window.readout.text().endswith("= −0.70")
    xs, ys = window.activation_plot.curve.getData()
    assert ys == pytest.approx(activate("leaky_relu", xs, alpha=0.5))
    assert not (ys == curve_before).all()
    assert window.activation_plot.marker_position() == pytest.approx((-1.4, -0.7))


def test_alpha_range_follows_the_activation(window):
    choose(window, "elu")
    spin = window.activation_panel.param_field.spin_box
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0.0, 5.0, 1.0)
    spin.setValue(3.0)
    choose(window, "leaky_relu")  # its α only goes to 1, and starts at its own default
    assert (spin.maximum(), spin.value()) == (1.0, 0.01)
    assert window.model.neuron.params == {"alpha": 0.01}


def test_slope_view_shows_the_derivative_and_a_tangent_with_that_slope(window, qtbot):
    choose(window, "sigmoid")
    plot = window.activation_plot
    assert not plot.slope_curve.isVisible() and plot.tangent_points() is None
    QTest.keySequence(window, "Ctrl+D")
    assert window.slope_action.isChecked()
    xs, ys = plot.slope_curve.getData()
    assert ys == pytest.approx(derivative("sigmoid", xs))
    z, y = plot.marker_position()
    (tx0, tx1), (ty0, ty1) = plot.tangent_points()
    assert (ty1 - ty0) / (tx1 - tx0) == pytest.approx(derivative("sigmoid", z))
    assert ty0 + (z - tx0) * (ty1 - ty0) / (tx1 - tx0) == pytest.approx(y)  # it touches the point
    assert window.readout.text().endswith("slope = f′(−1.40) ≈ 0.1587")
    QTest.keySequence(window, "Ctrl+D")
    assert not plot.slope_curve.isVisible() and "slope" not in window.readout.text()


def test_where_there_is_no_slope_the_window_says_so(window):
    window.slope_action.setChecked(True)
    window.inputs_form.bias_field.spin_box.setValue(1.5)  # z = 0.5 − 2 + 1.5 = 0: ReLU's corner
    assert window.readout.text().splitlines()[-1] == (
        "f′(0.00): no slope here: the curve jumps or has a corner")
    assert window.activation_plot.tangent_points() is None
    choose(window, "step")
    assert "no slope here" in window.readout.text()
    window.inputs_form.bias_field.spin_box.setValue(1.0)  # z = −0.5: flat, slope 0
    assert window.readout.text().endswith("slope = f′(−0.50) = 0.00")
    assert window.activation_plot.tangent_points() is not None


def test_compare_overlays_each_function_with_its_own_point(window):
    plot = window.activation_plot
    for key in ("sigmoid", "tanh", "gelu"):
        window.compare_actions[key].setChecked(True)
    assert plot.compared == ("sigmoid", "tanh", "gelu")
    z = window.model.neuron.weighted_sum()
    for key in plot.compared:
        assert plot.compared_marker_position(key) == pytest.approx((z, activate(key, z)))
        xs, ys = plot.compared_curve(key).getData()
        assert ys == pytest.approx(activate(key, xs))
    legend = [label.text for _, label in plot.legend.items]
    assert legend == ["ReLU", "Sigmoid", "tanh", "GELU"]
    window.inputs_form.rows[0].x_field.spin_box.setValue(3.0)  # every point moves to the new z
    z = window.model.neuron.weighted_sum()
    assert plot.compared_marker_position("tanh") == pytest.approx((z, activate("tanh", z)))
    window.compare_actions["tanh"].setChecked(False)
    assert plot.compared == ("sigmoid", "gelu")
    assert not plot.compared_curve("tanh").isVisible()


def test_each_compared_point_is_drawn_at_its_place_in_its_colour(window, qtbot):
    """The points are read back from the screen: what the compared points add to the plot lies
    on a dot around each function's (z, f(z)), filled with that function's colour."""
    plot = window.activation_plot
    window.model.set_bias(-1.5)  # z = −3: ReLU's own point at 0, tanh's at −1, linear's at −3
    keys = ("tanh", "linear")
    for key in keys:
        window.compare_actions[key].setChecked(True)
    view = plot.plot_widget

    def drawn():
        QApplication.processEvents()
        return view.viewport().grab().toImage()

    with_points = drawn()
    compared_points = [item for item in plot.marks_at_z()[1:] if item.isVisible()]  # not its own
    for item in compared_points:
        item.setVisible(False)
    without = drawn()
    for item in compared_points:
        item.setVisible(True)
    centres = {}
    for key in keys:
        x, y = plot.compared_marker_position(key)
        centres[key] = view.mapFromScene(plot.view_box.mapViewToScene(QPointF(x, y)))
    radius = plot.scaled(10) / 2 + 2  # the dot, its edge and the smoothing around it
    changed = [(px, py) for px in range(with_points.width()) for py in range(with_points.height())
               if with_points.pixel(px, py) != without.pixel(px, py)]
    assert changed
    for px, py in changed:
        assert any(abs(px - c.x()) <= radius and abs(py - c.y()) <= radius
                   for c in centres.values()), (px, py)
    for key, centre in centres.items():
        colour = compare_style(key, "light")[0].name()
        assert with_points.pixelColor(centre).name() == colour, key


def test_compare_with_all_and_none(window, qtbot):
    QTest.keySequence(window, "Ctrl+Shift+A")
    assert window.activation_plot.compared == tuple(ACTIVATIONS)
    names = [label.text for _, label in window.activation_plot.legend.items]
    assert len(names) == len(ACTIVATIONS) == len(set(names))  # the chosen one is listed once
    QTest.keySequence(window, "Ctrl+Shift+N")
    assert window.activation_plot.compared == ()
    assert not window.activation_plot.legend.isVisible()


def test_compared_curves_keep_their_colour_whatever_else_is_shown(window):
    window.compare_actions["gelu"].setChecked(True)
    colour = window.activation_plot.compared_curve("gelu").opts["pen"].color().name()
    window.compare_actions["step"].setChecked(True)
    window.compare_actions["gelu"].setChecked(False)
    window.compare_actions["gelu"].setChecked(True)
    assert window.activation_plot.compared_curve("gelu").opts["pen"].color().name() == colour
    step_colour = window.activation_plot.compared_curve("step").opts["pen"].color().name()
    assert step_colour != colour


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_compared_functions_can_be_told_apart_and_from_the_point(scheme):
    """Each compared function has a colour and line of its own; look-alikes differ in colour;
    no compared colour is near the chosen curve's blue or the point's vermillion."""
    styles = {key: compare_style(key, scheme) for key in ACTIVATIONS}
    assert len({(colour.name(), line) for colour, line in styles.values()}) == len(ACTIVATIONS)
    for a, b in [("relu", "leaky_relu"), ("gelu", "silu"), ("sigmoid", "hard_sigmoid"),
                 ("relu", "softplus"), ("step", "sigmoid"), ("sigmoid", "tanh")]:
        assert styles[a][0] != styles[b][0], (a, b)

    def distance(one, other):  # in RGB, 0 to about 1.7
        return sum((x - y) ** 2 for x, y in zip(one.getRgbF()[:3], other.getRgbF()[:3])) ** 0.5

    reserved = [QColor(BLUE[scheme]), QColor(VERMILLION[scheme])]
    assert min(distance(colour, other) for colour, _ in styles.values() for other in reserved) > 0.3
    # An activation added to the registry later gets a pair none of these has, not a KeyError
    spare = compare_style("swish_beta", scheme)
    assert spare == compare_style("swish_beta", scheme)
    assert (spare[0].name(), spare[1]) not in {(c.name(), line) for c, line in styles.values()}


def test_with_many_inputs_the_bars_are_numbered_rather_than_run_together(window, qtbot):
    QTest.keySequence(window, "Ctrl+B")
    bars = window.contribution_bars
    assert bars.shown_labels() == ["w₁·x₁", "w₂·x₂", "b", "z"]
    while window.model.neuron.size < 16:
        window.model.add_input()
    QApplication.processEvents()
    shown = bars.shown_labels()
    assert shown == [str(i) for i in range(1, 17)] + ["b", "z"]
    assert bars.labels()[15] == "w₁₆·x₁₆"  # the full names stay in what a screen reader reads
    assert "w₁₆·x₁₆ = 0.00" in bars.plot_widget.accessibleDescription()
    room = bars.plot_item.getViewBox().width() / len(shown)
    axis = bars.plot_item.getAxis("bottom")
    metrics = QFontMetrics(axis.style["tickFont"] or bars.font())
    assert max(metrics.horizontalAdvance(label) for label in shown) < room  # apart
    # the full names would touch: less than 8 pixels between them
    assert max(metrics.horizontalAdvance(label) for label in bars.labels()) + 8 > room
    QTest.keySequence(window, "Ctrl+B")


def test_contribution_bars_show_each_term_the_bias_and_z(window, qtbot):
    bars = window.contribution_bars
    assert not bars.isVisible()
    QTest.keySequence(window, "Ctrl+B")
    assert bars.isVisible()
    assert window.activation_plot.height() > 1.3 * bars.height()  # the curve keeps its room
    assert bars.labels() == ["w₁·x₁", "w₂·x₂", "b", "z"]
    assert bars.heights() == pytest.approx([0.5, -2.0, 0.1, -1.4])
    window.inputs_form.rows[1].w_field.slider.setValue(150)  # w2 = 1.5
    assert bars.heights() == pytest.approx([0.5, 3.0, 0.1, 3.6])
    window.inputs_form.add_button.click()
    window.inputs_form.rows[2].x_field.spin_box.setValue(2.0)
    window.inputs_form.rows[2].w_field.spin_box.setValue(-0.5)
    assert bars.labels() == ["w₁·x₁", "w₂·x₂", "w₃·x₃", "b", "z"]
    assert bars.heights() == pytest.approx([0.5, 3.0, -1.0, 0.1, 2.6])
    up, down = bars._brush_up.color().name(), bars._brush_down.color().name()
    assert bars.bar_colours() == [up, up, down, up]
    QTest.keySequence(window, "Ctrl+B")
    assert not bars.isVisible()


def test_each_bar_has_its_value_written_beyond_its_end_inside_the_plot(window, qtbot):
    """The products w·x the readout leaves to the student, at their bars: above a bar that
    rises, below one that falls, never cut off by the plot's edge, even after a big change."""
    window.bars_action.setChecked(True)
    bars = window.contribution_bars
    qtbot.wait(50)  # the plot's size, and with it the range, settle in posted events
    assert bars.values_shown() == ["0.50", "−2.00", "0.10", "−1.40"]

    def check_places():  # in the plot's pixels
        widget = bars.plot_widget
        to_pixels = widget.viewportTransform()
        view = widget.mapFromScene(bars.plot_item.getViewBox().sceneBoundingRect()).boundingRect()
        heights = bars.heights()
        falls = (heights < 0).any()  # then a bar of 0 has its value below the zero line
        for bar, height in zip(bars._shown_bars(), heights):
            text = bars._values[bar]
            written = text.deviceTransform(to_pixels).mapRect(text.boundingRect())
            end = widget.mapFromScene(bar.sceneBoundingRect()).boundingRect()
            if height > 0 or (height == 0 and not falls):  # written above its top
                assert written.bottom() <= end.top(), text.text()
            else:
                assert written.top() >= end.bottom(), text.text()
            assert view.contains(written.toRect()), text.text()

    check_places()
    window.inputs_form.rows[1].w_field.spin_box.setValue(40.0)  # w2·x2 = 80, far beyond
    qtbot.wait(20)
    assert bars.values_shown() == ["0.50", "80.00", "0.10", "80.60"]
    check_places()
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()  # larger text needs more room...
    model = window.model  # ...above a bar of 0.9, whose range rounds up to just 1.0
    model.set_neuron(model.neuron.with_weight(0, 0.9).with_weight(1, 0.0).with_bias(0.0))
    qtbot.wait(50)
    assert bars.values_shown() == ["0.90", "0.00", "0.00", "0.90"]
    check_places()
    value = bars._values[bars.total_bar]
    assert value.font().pointSizeF() == QApplication.font().pointSizeF()  # as large as the rest
    model.set_neuron(model.neuron.with_weight(0, -500.0))  # every other bar falls; zeros too
    qtbot.wait(50)
    check_places()
    window.view_options.presentation_action.trigger()
    from neuron_gui.gui.theme import apply_theme

    apply_theme(QApplication.instance(), "dark")
    QApplication.processEvents()
    assert value.brush().color().lightnessF() > 0.8  # light text on the dark plot
    apply_theme(QApplication.instance(), "light")


def test_every_bars_value_is_written_in_the_themes_text_colour_even_one_added_later(window):
    """On a dark plot each value is light: the terms' bars, made after the colours were chosen,
    wrote theirs in black, and so did the bar of an input added later."""
    window.view_options.set_theme("dark", remember=False)
    window.bars_action.setChecked(True)
    QApplication.processEvents()  # the new palette reaches the plots
    window.inputs_form.add_input()
    bars = window.contribution_bars
    written = [bars._values[bar] for bar in bars._shown_bars()]
    assert len(written) == 5
    assert [value.brush().color().lightnessF() > 0.8 for value in written] == [True] * 5
    assert {value.font().pointSizeF() for value in written} == {QApplication.font().pointSizeF()}
    window.view_options.set_theme("light", remember=False)


def test_bar_values_that_would_run_together_are_left_out(window, qtbot):
    window.bars_action.setChecked(True)
    bars = window.contribution_bars
    qtbot.waitUntil(lambda: bars.values_shown() != [], timeout=1000)
    window.resize(900, 800)
    for _ in range(6):  # eight inputs
        window.inputs_form.add_input()
    for row in window.inputs_form.rows:
        row.w_field.spin_box.setValue(-9.99)
        row.x_field.spin_box.setValue(9.99)
    qtbot.waitUntil(lambda: bars.values_shown() == [], timeout=1000)  # ten of "−99.80": no room
    window.inputs_form.add_input()  # a bar made now has its value left out like the others'
    QApplication.processEvents()
    assert bars.values_shown() == []
    while window.model.neuron.size > 2:
        window.inputs_form.remove_input(window.model.neuron.size - 1)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: len(bars.values_shown()) == 4, timeout=1000)


def test_bars_hidden_while_editing_catch_up_when_shown(window):
    window.inputs_form.bias_field.spin_box.setValue(2.0)
    window.bars_action.setChecked(True)
    assert window.contribution_bars.heights()[-2:] == pytest.approx([2.0, 0.5])


def test_bar_axis_shows_the_values_themselves_not_thousandths(window):
    window.bars_action.setChecked(True)
    axis = window.contribution_bars.plot_item.getAxis("left")
    window.inputs_form.rows[1].w_field.spin_box.setValue(0.25)  # every term below 1
    assert axis.autoSIPrefixScale == 1.0 and axis.labelUnitPrefix == ""
    assert "x0.001" not in axis.labelString()


def test_bars_keep_their_scale_for_small_changes_and_rescale_for_big_ones(window):
    window.bars_action.setChecked(True)
    bars = window.contribution_bars
    before = bars.plot_item.viewRange()[1]
    window.inputs_form.bias_field.spin_box.setValue(0.2)  # a small change: the same scale
    assert bars.plot_item.viewRange()[1] == before
    window.inputs_form.rows[1].w_field.spin_box.setValue(40.0)  # w2·x2 = 80: far outside
    low, high = bars.plot_item.viewRange()[1]
    assert low <= 0.0 and high >= 80.0
    window.inputs_form.rows[1].w_field.spin_box.setValue(0.0)  # now tiny against the range
    low, high = bars.plot_item.viewRange()[1]
    assert high < 10.0 and low <= -0.0


def test_the_bars_scale_is_centred_on_zero_and_depends_on_the_bars_alone(window):
    """The zero line stays in the middle, so a term that changes sign keeps its length on the
    same scale; a small step keeps the scale; and the same neuron always gets the same scale,
    whatever was done before (students compare bar lengths across the room)."""
    window.bars_action.setChecked(True)
    bars = window.contribution_bars
    w1 = window.inputs_form.rows[0].w_field.spin_box
    start = bars.plot_item.viewRange()[1]
    assert start[0] == -start[1]
    w1.setValue(0.6)
    assert bars.plot_item.viewRange()[1] == start
    for value in (3.0, 2.0, 1.0, 0.0, -1.0, -2.0, -3.0):
        w1.setValue(value)
        low, high = bars.plot_item.viewRange()[1]
        assert low == -high and high >= abs(window.model.neuron.weighted_sum())
    w1.setValue(0.5)
    assert bars.plot_item.viewRange()[1] == start


def test_turning_the_slope_off_takes_the_tangent_away_too(window):
    choose(window, "sigmoid")
    window.slope_action.setChecked(True)
    assert window.activation_plot.tangent_points() is not None
    window.slope_action.setChecked(False)
    window.inputs_form.rows[0].w_field.spin_box.setValue(2.0)  # the point moves on
    assert window.activation_plot.tangent_points() is None


def test_every_cached_plot_image_fits_qts_cache_at_1920_by_1080(window):
    """Axes and curves are kept as images between edits; should they not all fit Qt's pixmap
    cache, every edit would draw them again (ten times slower at this size)."""
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication, QGraphicsItem

    window.resize(1920, 1080)
    window.slope_action.setChecked(True)
    window.bars_action.setChecked(True)
    window._set_compared(list(ACTIVATIONS))
    QApplication.processEvents()
    view = window.activation_plot.plot_widget
    cached = [item for item in view.scene().items()
              if item.isVisible() and item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    assert len(cached) >= 2 + len(ACTIVATIONS)  # both axes, the curve, slope and compared ones
    needed = sum(rect.width() * rect.height() * 4 for rect in (
        item.deviceTransform(view.viewportTransform()).mapRect(item.boundingRect())
        for item in cached))
    assert needed <= QPixmapCache.cacheLimit() * 1024


def test_step_is_drawn_as_two_pieces_with_a_filled_and_an_open_dot_at_the_jump(window):
    plot = window.activation_plot
    choose(window, "step")
    assert plot.jump_dot_positions() == ((0.0, 0.0), (0.0, 1.0))  # step(0) is 0, never 1
    z, y = plot.curve.getData()
    joined = plot.curve.opts["connect"]
    jump = int(np.flatnonzero(z == 0.0)[0])
    assert not joined[jump] and y[jump] == 0.0 and y[jump + 1] == 1.0  # no upright line
    assert joined[:jump].all() and joined[jump + 1:-1].all()
    choose(window, "relu")  # a corner is no jump
    assert plot.jump_dot_positions() is None and plot.curve.opts["connect"].all()


def test_a_compared_step_has_its_jump_dots_in_its_own_colour(window):
    plot = window.activation_plot  # the example neuron is ReLU
    window.compare_actions["step"].setChecked(True)
    assert plot.jump_dot_positions() is None  # ReLU's own curve has no jump
    assert plot.jump_dot_positions("step") == ((0.0, 0.0), (0.0, 1.0))
    filled, hollow = plot.compared_jump_dots("step")
    colour = compare_style("step", "light")[0]
    assert filled.brush().color() == colour and hollow.pen().color() == colour
    choose(window, "step")  # now the neuron's own curve shows step, with the curve's dots
    assert plot.jump_dot_positions("step") is None
    assert plot.jump_dot_positions() == ((0.0, 0.0), (0.0, 1.0))
    choose(window, "relu")
    window.compare_actions["step"].setChecked(False)
    assert plot.jump_dot_positions("step") is None


def test_a_long_legend_takes_two_columns_so_it_hides_less_of_the_curves(window):
    plot = window.activation_plot
    window._set_compared(["tanh"])
    assert plot.legend.columnCount == 1 and len(plot.legend.items) == 2
    window._set_compared(list(ACTIVATIONS))
    assert plot.legend.columnCount == 2 and len(plot.legend.items) == len(ACTIVATIONS)
    height = plot.legend.boundingRect().height()
    assert height < 0.7 * len(plot.legend.items) * plot.legend.items[0][1].boundingRect().height()


def test_the_legend_moves_off_the_point_and_stays_inside_the_plot(window, qtbot):
    """Every function compared, with the bars and beside the open learning dock: the legend
    covers much of the plot, and the point at z = 3 was under it, label and all."""
    plot = window.activation_plot
    window.learning_action.trigger()
    window.slope_action.setChecked(True)
    window.bars_action.setChecked(True)
    window._set_compared(list(ACTIVATIONS))
    qtbot.waitUntil(lambda: plot.view_box.sceneBoundingRect().height() < 400)  # the bars' room

    def room_round_the_point():
        point = plot.view_box.mapViewToScene(QPointF(*plot.marker_position()))
        legend, view = plot.legend.sceneBoundingRect(), plot.view_box.sceneBoundingRect()
        # inside the plot; one wider than it keeps to the left, where its lines and names start
        assert view.top() <= legend.top() and legend.bottom() <= view.bottom()
        assert view.left() <= legend.left()
        return max(legend.left() - point.x(), point.x() - legend.right(),
                   legend.top() - point.y(), point.y() - legend.bottom())

    QApplication.processEvents()
    for w1 in (4.9, 3.9, 5.4):
        window.model.set_weight(0, w1)  # ReLU(z) = 3, 2, 3.5: under the legend at first
        assert room_round_the_point() > 6  # the point's radius: all of it in sight
        legend, view = plot.legend.sceneBoundingRect(), plot.view_box.sceneBoundingRect()
        # down, not across: a point moving sideways would soon be under it again there
        assert legend.left() < view.center().x() and legend.top() > view.center().y()
    legend = plot.legend.sceneBoundingRect()
    window.model.set_weight(0, 5.45)  # a step that leaves it clear: the legend stays put
    assert plot.legend.sceneBoundingRect() == legend


def test_the_legend_moves_off_the_point_when_the_plot_narrows_not_only_after_an_edit(window,
                                                                                   qtbot):
    plot = window.activation_plot
    window.bars_action.setChecked(True)
    window._set_compared(list(ACTIVATIONS))
    window.model.set_weight(0, 3.9)  # ReLU(z) = 2: clear of the legend in the wide plot
    qtbot.wait(50)
    window.learning_action.trigger()  # the dock narrows the plot: the legend reaches over it
    qtbot.waitUntil(lambda: plot.view_box.sceneBoundingRect().width() < 400)
    QApplication.processEvents()
    point = plot.view_box.mapViewToScene(QPointF(*plot.marker_position()))
    assert not plot.legend.sceneBoundingRect().adjusted(-6, -6, 6, 6).contains(point)


def test_the_legend_keeps_a_distance_from_the_plots_edges_that_grows_with_projector_mode(
        window, qtbot):
    plot = window.activation_plot
    window._set_compared(["tanh"])

    def gap():
        legend, view = plot.legend.sceneBoundingRect(), plot.view_box.sceneBoundingRect()
        return legend.left() - view.left(), legend.top() - view.top()

    qtbot.waitUntil(lambda: gap() == (10, 10))
    window.view_options.draw_for_screen(1080)
    window.view_options.presentation_action.trigger()
    qtbot.waitUntil(lambda: gap() == (10 * plot.scale, 10 * plot.scale))
    window.view_options.presentation_action.trigger()


def test_a_legend_in_a_bottom_corner_is_checked_where_a_resize_puts_it(window, qtbot):
    """pyqtgraph moves a legend to its corner after the view's resize is told: checked in the
    resize, a legend at the bottom was judged where it had been, and left over the point."""
    plot = window.activation_plot
    window.bars_action.setChecked(True)
    window._set_compared(list(ACTIVATIONS))
    plot._place_legend((1, 1))  # at the bottom right, as an earlier move can leave it
    window.model.set_weight(0, 4.9)  # ReLU(z) = 3: above the legend, on its right side
    qtbot.wait(20)
    window.resize(1280, 600)  # a lower plot: the legend's top comes up past the point
    qtbot.waitUntil(lambda: plot.view_box.sceneBoundingRect().height() < 250)
    QApplication.processEvents()
    point = plot.view_box.mapViewToScene(QPointF(*plot.marker_position()))
    assert not plot.legend.sceneBoundingRect().adjusted(-6, -6, 6, 6).contains(point)
    window.resize(1280, 800)


@pytest.fixture
def all_compared_for_the_projector(window):
    """The activation plot with every function compared, in projector mode: the largest legend."""
    window._set_compared(list(ACTIVATIONS))
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()
    QApplication.processEvents()
    yield window.activation_plot
    window.view_options.presentation_action.trigger()


def test_the_legends_samples_show_each_kind_of_line_whole_even_in_projector_mode(
        all_compared_for_the_projector):
    """Two whole dash-dot patterns (9 pen widths each) fit in a sample, beside its name."""
    from PySide6.QtCore import Qt

    plot = all_compared_for_the_projector
    view = plot.plot_widget
    picture = view.viewport().grab().toImage()
    patterned = 0
    for sample, label in plot.legend.items:
        pen = sample.item.opts["pen"]
        if pen.style() == Qt.PenStyle.SolidLine:
            continue
        patterned += 1
        box = view.mapFromScene(sample.sceneBoundingRect()).boundingRect()
        assert box.width() >= 2 * 9 * pen.widthF()
        assert box.right() <= view.mapFromScene(label.sceneBoundingRect()).boundingRect().left()
        # Drawn all along: the line's colour shows in the sample's last third too.
        y = view.mapFromScene(sample.mapToScene(QPointF(0, 11))).y()  # where the line runs
        last_third = {picture.pixelColor(x, y).name()
                      for x in range(box.right() - box.width() // 3, box.right())}
        assert pen.color().name() in last_third, sample.item.name()
    assert patterned >= 6


def test_the_curves_under_the_legend_still_show(window, all_compared_for_the_projector):
    """With every function compared in projector mode the legend lies over some of them."""
    plot = all_compared_for_the_projector
    view = plot.plot_widget
    box = view.mapFromScene(plot.legend.sceneBoundingRect()).boundingRect()
    under = []  # points of compared curves under the legend, away from its edge
    for key in ACTIVATIONS:
        if key == window.model.neuron.activation:
            continue
        xs, ys = plot.compared_curve(key).getData()
        for x, y in zip(xs[::10], ys[::10]):
            point = view.mapFromScene(plot.view_box.mapViewToScene(QPointF(x, y)))
            if box.adjusted(6, 6, -6, -6).contains(point):
                under.append(point)
    assert under  # the case this is about

    def pixels():
        QApplication.processEvents()
        screen = view.grab().toImage()
        return [screen.pixelColor(point) for point in under]

    seen = pixels()
    fill = plot.legend.brush()
    opaque = fill.color()
    opaque.setAlphaF(1.0)
    plot.legend.setBrush(opaque)
    hidden = pixels()
    plot.legend.setBrush(fill)
    assert 0.5 < fill.color().alphaF() < 1.0  # the names stay easy to read...
    assert sum(a != b for a, b in zip(seen, hidden)) > len(under) / 3  # ...and the curves show


def test_the_points_label_goes_where_it_fits(window):
    plot = window.activation_plot
    label = plot.point.label

    def label_ends():
        view = plot.plot_widget
        box = label.deviceTransform(view.viewportTransform()).mapRect(label.boundingRect())
        return box.left(), box.right(), view.viewport().width()

    window.inputs_form.bias_field.spin_box.setValue(2.0)  # z = 0.5: plenty of room on the right
    left, right, width = label_ends()
    assert left > plot.point.deviceTransform(plot.plot_widget.viewportTransform()).dx()
    window.inputs_form.bias_field.spin_box.setValue(6.7)  # z = 5.2: near the right edge
    left, right, width = label_ends()
    assert right <= width and left < plot.point.deviceTransform(
        plot.plot_widget.viewportTransform()).dx()  # moved to the left of the point
    window.inputs_form.bias_field.spin_box.setValue(5.2)  # z = 3.7: fits on the right...
    assert label_ends()[0] > plot.point.deviceTransform(plot.plot_widget.viewportTransform()).dx()
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()  # ...until the text grows: it moves over
    QApplication.processEvents()
    left, right, width = label_ends()
    assert right <= width
    window.view_options.presentation_action.trigger()


def test_in_a_plot_too_narrow_for_either_side_the_label_stays_whole_above_the_point(window):
    plot = window.activation_plot
    label = plot.point.label
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()  # projector fonts, and the dock beside:
    window.learning_action.trigger()  # at 1280 pixels the plot is left about 300 wide
    QApplication.processEvents()
    view = plot.plot_widget
    box = label.deviceTransform(view.viewportTransform()).mapRect(label.boundingRect())
    area = view.mapFromScene(plot.view_box.sceneBoundingRect()).boundingRect()
    point_x = plot.point.deviceTransform(view.viewportTransform()).dx()
    assert box.width() + 6 > max(point_x - area.left(), area.right() - point_x)  # no side fits
    assert area.left() <= box.left() and box.right() <= area.right() + 1
    assert box.left() < point_x < box.right()  # over the point, not off to one side
    window.view_options.presentation_action.trigger()


def test_at_the_jump_the_neurons_own_point_is_drawn_over_the_jump_dots(window):
    plot = window.activation_plot
    choose(window, "step")
    window.inputs_form.bias_field.spin_box.setValue(1.5)  # z = 0.5 − 2 + 1.5 = 0
    assert plot.marker_position() == (0.0, 0.0) == plot.jump_dot_positions()[0]
    assert all(plot.point.zValue() > dot.zValue() for dot in plot.jump_dots)


def _plot_pixels(plot, x, y, across=0):
    """The colours the plot shows at data point (x, y), and ``across`` pixels each side of it."""
    QApplication.processEvents()
    view = plot.plot_widget
    point = view.mapFromScene(plot.view_box.mapViewToScene(QPointF(x, y)))
    image = view.viewport().grab().toImage()
    return [image.pixelColor(point + QPoint(dx, 0)) for dx in range(-across, across + 1)]


def _ticks(plot):
    """The bottom axis' tick values in view, major first: where its numbers are written."""
    low, high = plot.view_box.viewRange()[0]
    width = plot.view_box.boundingRect().width()
    levels = plot.plot_item.getAxis("bottom").tickValues(low, high, width)
    return [[t for t in ticks if low < t < high] for _spacing, ticks in levels]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_grid_has_a_faint_line_at_every_tick_and_follows_a_zoom(window, theme):
    from neuron_gui.gui.theme import apply_theme

    apply_theme(QApplication.instance(), theme)
    QApplication.processEvents()  # the plot hears of the new palette
    plot = window.activation_plot
    background = plot.plot_widget.backgroundBrush().color()
    assert (background.lightnessF() < 0.5) == (theme == "dark")

    def contrast(x):
        low, high = plot.view_box.viewRange()[1]
        y = low + 0.8 * (high - low)  # above ReLU's flat part at 0: only the grid is here
        # A one-pixel line lies within a pixel of where its value maps, as rounding goes.
        return max(abs(colour.lightnessF() - background.lightnessF())
                   for colour in _plot_pixels(plot, x, y, across=1))

    plot.show_x_range(-5.0, -1.0)
    major, minor = _ticks(plot)
    assert major and minor
    assert all(0.02 < contrast(t) for t in major + minor)
    assert min(contrast(t) for t in major) > max(contrast(t) for t in minor)  # finer, fainter
    ticks = sorted(major + minor)
    assert all(contrast((a + b) / 2) == 0 for a, b in zip(ticks, ticks[1:]))  # none between

    plot.show_x_range(-40.0, -8.0)  # a zoom out: wider steps, and lines at them only
    wide_major, wide_minor = _ticks(plot)
    assert wide_major[1] - wide_major[0] > major[1] - major[0]
    assert all(contrast(t) > 0.02 for t in wide_major + wide_minor)
    ticks = sorted(wide_major + wide_minor)
    assert all(contrast((a + b) / 2) == 0 for a, b in zip(ticks, ticks[1:]))


def test_the_curve_is_drawn_over_the_grid(window):
    """Where the step function's flat top crosses a grid line, it keeps its own colour."""
    plot = window.activation_plot
    choose(window, "step")
    ticks = [t for level in _ticks(plot) for t in level if t >= 0.5]  # past the jump at 0
    assert len(ticks) >= 4
    between = [t + 0.1 for t in ticks]  # the same flat line, beside the grid's
    on_grid = [_plot_pixels(plot, t, 1.0, across=1) for t in ticks]
    off_grid = [_plot_pixels(plot, t, 1.0, across=1) for t in between]
    assert on_grid == off_grid


def test_tab_goes_from_the_curve_to_the_bars_below_it(window):
    """The bars are made when first shown, after every other control: Tab still reaches them
    right after the curve, where they are on screen."""
    window.learning_action.trigger()  # a dock made before the bars, as in lesson 1
    window.bars_action.setChecked(True)
    widget = window.activation_plot.plot_widget.nextInFocusChain()
    while not takes_focus_itself(widget):
        widget = widget.nextInFocusChain()
    assert widget is window.contribution_bars.plot_widget


def curve_pixels_off_the_function(window) -> list[tuple[int, int]]:
    """Pixels of the curve's own colour, read back from the screen, that lie more than a few
    pixels from f(z) at their column: what the plot draws that the function is not."""
    plot = window.activation_plot
    view = plot.plot_widget
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    blue = QColor(BLUE["light"]).rgb()
    box = view.mapFromScene(plot.view_box.sceneBoundingRect()).boundingRect()
    off = []
    for px in range(box.left() + 2, box.right() - 2):
        z = plot.view_box.mapSceneToView(view.mapToScene(px, 0)).x()
        on_curve = QPointF(z, activate(window.model.neuron.activation, z))
        expected = view.mapFromScene(plot.view_box.mapViewToScene(on_curve)).y()
        off += [(px, py) for py in range(box.top(), box.bottom())
                if image.pixel(px, py) == blue and abs(py - expected) > 4]
    return off


def test_after_the_view_follows_the_point_the_curve_drawn_is_the_function(window):
    """z = 18.1 runs off the view, which moves along with it and samples the curve anew. Qt
    took that move for a scroll of the curve's cached image and kept a piece of the old one:
    ReLU showed a flat stretch at about 12.7, a bend that ReLU does not have."""
    assert curve_pixels_off_the_function(window) == []
    window.model.set_input(0, 40.0)
    assert window.activation_plot.visible_range()[0][0] > 0  # the view has moved
    assert curve_pixels_off_the_function(window) == []
    window.model.set_input(0, -40.0)  # and back past the bend
    assert curve_pixels_off_the_function(window) == []


def test_controls_that_draw_no_focus_show_a_ring_in_the_highlight_colour(window, qtbot):
    """Tab stops at the plot (a screen reader reads it there), at a scrolling text, at the
    readout's lines and at the sliders: none of them shows the keyboard clearly by itself (a
    slider at its end not at all), so each gets a ring."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    plot = window.activation_plot
    slider = window.inputs_form.rows[0].x_field.slider
    slider.setValue(slider.maximum())  # at its end Fusion shows no focus at all
    for target in (plot.plot_widget, window.activation_panel.explanation_area,
                   window.readout.sum_label, slider):
        area = target.parentWidget()
        highlight = area.palette().highlight().color().name()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        ring = {plot.plot_widget: plot.focus_ring,
                slider: window.inputs_form.rows[0].x_field.focus_ring}.get(target)
        ring = ring or target.focus_ring
        where = ring.geometry().center().x(), ring.geometry().top()  # its top edge
        assert ring.geometry().contains(target.geometry())

        def edge_colour():
            QApplication.processEvents()
            return area.grab().toImage().pixelColor(*where).name()

        assert edge_colour() == highlight, target
        window.inputs_form.rows[1].x_field.spin_box.setFocus(Qt.FocusReason.TabFocusReason)
        assert edge_colour() != highlight, target
    plot.plot_widget.setFocus(Qt.FocusReason.TabFocusReason)
    window.resize(1000, 700)  # the ring follows the plot's new size
    qtbot.waitUntil(lambda: plot.focus_ring.geometry() == plot.plot_widget.geometry(),
                    timeout=1000)  # on the plot's own edge: it fills its box
