"""Teaching the neuron from points: clicking points in, one epoch, play and pause, the messages
at the end of a run, and a whole run being one undo step."""

import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget,
)

from focus import is_named, takes_focus_itself
from neuron_gui.core import load_dataset, predict
from neuron_gui.gui.plot_base import BLUE, VERMILLION
from neuron_gui.core.datasets import MAX_POINTS
from neuron_gui.gui.learning_panel import SPEEDS


@pytest.fixture
def dock(window):
    window.learning_action.trigger()  # what Ctrl+L and the toolbar button do
    return window.learning_dock


@pytest.fixture
def panel(dock):
    return dock.learning_panel


def choose_activation(window, key):
    combo = window.activation_panel.combo
    combo.setCurrentIndex(combo.findData(key))


def choose_dataset(panel, name):
    combo = panel.dataset_combo
    combo.setCurrentIndex(combo.findData(name))
    combo.activated.emit(combo.currentIndex())  # as a choice made with the mouse or keys


def fastest(panel):
    panel.speed_slider.setValue(len(SPEEDS) - 1)


def step_sigmoid(window, panel, dataset, epochs):
    """Train a sigmoid neuron on ``dataset`` one epoch at a time; the neuron it started from."""
    choose_activation(window, "sigmoid")
    choose_dataset(panel, dataset)
    start = window.model.neuron
    for _ in range(epochs):
        panel.step()
    return start


def play_to_the_end(panel, qtbot, epochs):
    """Play at the fastest speed until the run stops, at most ``epochs`` epochs."""
    panel.max_spin.setValue(epochs)
    fastest(panel)
    panel.play()
    qtbot.waitUntil(lambda: not panel.play_button.isChecked(), timeout=5000)


def click(space, x, y, button=Qt.MouseButton.LeftButton,
          modifier=Qt.KeyboardModifier.NoModifier):
    QTest.mouseClick(space.plot_widget.viewport(), button, modifier, space.scene_position(x, y))


def drawn(space, label):
    """The points of one class as drawn: a click snaps to a round step (0.05 at this zoom)."""
    return sorted(space.drawn_points(label))


def test_the_status_says_how_the_loss_is_computed_so_it_can_be_checked_by_hand(window, panel):
    choose_activation(window, "step")  # outputs 0 or 1: each wrong point is off by exactly 1
    choose_dataset(panel, "xor")
    for _ in range(3):
        panel.step()
    found = re.search(r"loss ([\d.]+) \(mean of ½·\(output − target\)²\) · (\d) of 4 points",
                      panel.status.text())
    assert found, panel.status.text()
    loss, wrong = float(found.group(1)), int(found.group(2))
    assert wrong > 0 and loss == pytest.approx(0.5 * wrong / 4, abs=5e-4)


def test_the_loss_plot_names_its_axes_and_itself_as_soon_as_it_is_seen(panel):
    plot = panel.loss_plot
    assert plot.plot_item.getAxis("bottom").labelText == "epoch"
    assert plot.plot_item.getAxis("left").labelText == "loss"
    assert plot.plot_widget.accessibleName() == "Loss curve"
    assert "falls as the neuron learns" in plot.plot_widget.toolTip()


def test_a_point_under_the_input_shows_and_the_cross_still_drags_from_it(window, dock, panel):
    space = dock.input_space
    rows = window.inputs_form.rows
    rows[1].x_field.spin_box.setValue(1.0)  # the input at (1, 1), AND's one class-1 corner
    choose_dataset(panel, "and")
    QApplication.processEvents()
    screen = space.plot_widget.grab().toImage()
    centre = space.scene_position(1.0, 1.0)
    assert screen.pixelColor(centre * screen.devicePixelRatio()) == QColor(VERMILLION["light"])
    viewport = space.plot_widget.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    for step in range(1, 11):  # a hand dragging the cross down and left, from the point
        QTest.mouseMove(viewport, centre + QPoint(-4 * step, 4 * step))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre + QPoint(-40, 40))
    x1, x2 = rows[0].x_field.value(), rows[1].x_field.value()
    assert x1 < 1.0 and x2 < 1.0  # the input moved; the point stayed
    assert space.drawn_points(1) == [(1.0, 1.0)]


def test_the_points_and_rings_are_drawn_where_they_are_after_a_zoom_and_a_pan(window, dock,
                                                                             panel):
    space = dock.input_space
    choose_activation(window, "step")
    choose_dataset(panel, "xor")
    space.view_box.scaleBy((0.6, 0.6))  # zoom in: every mark is placed again in pixels
    QApplication.processEvents()
    space.view_box.translateBy((0.2, -0.1))  # and a pan, which moves them all together
    QApplication.processEvents()
    screen = space.plot_widget.grab().toImage()
    ratio = screen.devicePixelRatio()
    X, y = load_dataset("xor")
    for (a, b), label in zip(X, y):
        centre = space.scene_position(a, b)
        assert screen.pixelColor(centre * ratio) == QColor((BLUE, VERMILLION)[int(label)]["light"])
    text, background = window.palette().text().color(), window.palette().base().color()
    for a, b in space.wrong_points():  # a ring 24 pixels across, in the text colour...
        centre = space.scene_position(a, b)
        ring = [screen.pixelColor((centre + QPoint(dx, 0)) * ratio) for dx in range(9, 14)]
        assert text in ring
        outside = [screen.pixelColor((centre + QPoint(dx, 0)) * ratio) for dx in range(13, 17)]
        assert any(max(abs(a - b) for a, b in zip(colour.getRgb(), background.getRgb())) < 16
                   for colour in outside)  # ...edged in the background colour, seen on any colour
    assert len(space.wrong_points()) > 0


def test_ctrl_z_takes_back_a_click_a_clear_and_a_chosen_table_but_keeps_the_training(
        window, dock, panel):
    space = dock.input_space
    choose_activation(window, "step")
    choose_dataset(panel, "and")
    for _ in range(3):
        panel.step()
    trained = window.model.neuron
    click(space, -0.25, 1.25)  # a stray click after training: AND's points become one's own
    assert len(panel.points()[0]) == 5
    QTest.keySequence(window, "Ctrl+Z")
    assert panel.dataset == "and" and len(panel.points()[0]) == 4
    assert window.model.neuron == trained  # the click was undone, not the training
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert len(panel.points()[0]) == 0 and len(space.drawn_points(0)) == 0
    assert window.model.undo_stack.undoText() == "clear the points"
    QTest.keySequence(window, "Ctrl+Z")
    assert panel.dataset == "and" and len(space.drawn_points(0)) == 3
    choose_dataset(panel, "xor")
    QTest.keySequence(window, "Ctrl+Z")
    assert panel.dataset == "and" and panel.dataset_combo.currentData() == "and"
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert panel.dataset == "xor"


def test_undoing_a_point_while_the_dock_is_hidden_shows_it(window, dock, panel):
    click(dock.input_space, 0.5, 0.5)
    window.learning_action.trigger()  # hidden
    assert not dock.isVisible()
    QTest.keySequence(window, "Ctrl+Z")
    assert dock.isVisible() and len(panel.points()[0]) == 0


def test_past_the_most_points_a_click_says_so_where_it_is_seen(window, dock, panel):
    space = dock.input_space
    scattered = np.random.default_rng(3).uniform(0.0, 1.0, (MAX_POINTS - 1, 2))
    for x, y in scattered:
        panel.add_point(round(x, 2), round(y, 2))
    click(space, 0.5, 1.2)  # the last one that fits
    assert len(panel.points()[0]) == MAX_POINTS
    click(space, -0.2, 1.2)
    assert len(panel.points()[0]) == MAX_POINTS
    assert window.statusBar().currentMessage() == "At most 200 points can be learned at once."


def test_a_click_beyond_what_the_inputs_take_says_so(window, dock, panel):
    space = dock.input_space
    space.view_box.setRange(xRange=(990.0, 1010.0), yRange=(-5.0, 5.0), padding=0.0)
    click(space, 1005.0, 0.0)
    assert len(panel.points()[0]) == 0
    assert window.statusBar().currentMessage() == (
        "No point out here: points stay between −1000.00 and 1000.00, as the inputs do.")
    click(space, 995.0, 0.0)  # inside: a point, as ever
    assert len(panel.points()[0]) == 1


def test_clicks_add_points_of_the_chosen_class_and_a_click_on_a_point_removes_it(dock, panel):
    space = dock.input_space
    assert panel.dataset_combo.currentText() == "Your own points"
    click(space, 0.5, 0.25)
    assert drawn(space, 1) == [(0.5, 0.25)] and drawn(space, 0) == []
    panel.class_buttons[0].click()
    click(space, -0.25, 1.0)
    click(space, 1.25, 1.25, modifier=Qt.KeyboardModifier.ShiftModifier)  # the other class
    click(space, 0.0, 0.0, button=Qt.MouseButton.RightButton)  # the other class too
    assert drawn(space, 0) == [(-0.25, 1.0)]
    assert drawn(space, 1) == [(0.0, 0.0), (0.5, 0.25), (1.25, 1.25)]
    assert "4 points so far" in panel.dataset_note.text()
    click(space, 0.5, 0.25)  # on the first point again
    assert drawn(space, 1) == [(0.0, 0.0), (1.25, 1.25)]
    corner = space.scene_position(1.0, 1.0)
    QTest.mouseClick(space.plot_widget.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, corner + QPoint(1, -1))  # a pixel off
    assert (1.0, 1.0) in space.drawn_points(0)  # exactly: snapped to a round step
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert drawn(space, 0) == drawn(space, 1) == []
    assert not panel.step_button.isEnabled()  # nothing to learn


def test_points_from_the_keyboard_and_a_truth_table_made_your_own(window, dock, panel):
    window.inputs_form.rows[0].x_field.spin_box.setValue(0.5)
    panel.add_point_button.setFocus()
    QTest.keyClick(panel.add_point_button, Qt.Key.Key_Space)
    assert drawn(dock.input_space, 1) == [(0.5, 2.0)]
    # said, too: from the keyboard a point seen appearing was the only sign
    assert window.statusBar().currentMessage() == "Added a point of class 1 at (0.50, 2.00)."
    QTest.keyClick(panel.add_point_button, Qt.Key.Key_Space)  # again: the point goes
    assert drawn(dock.input_space, 1) == []
    assert window.statusBar().currentMessage() == "Removed the point at (0.50, 2.00)."
    choose_dataset(panel, "and")
    assert drawn(dock.input_space, 1) == [(1.0, 1.0)]
    assert panel.dataset_note.text().startswith("AND is 1 only where both inputs are 1.")
    click(dock.input_space, 1.0, 1.0)  # remove the one 1-corner
    assert panel.dataset_combo.currentText() == "Your own points"
    assert len(drawn(dock.input_space, 0)) == 3 and drawn(dock.input_space, 1) == []


def test_only_the_rules_that_fit_the_activation_are_offered(window, panel):
    def offered():
        return [panel.rule_combo.itemText(i) for i in range(panel.rule_combo.count())]

    choose_activation(window, "step")
    assert offered() == ["Perceptron rule"]
    assert "slope is 0" in panel.rule_combo.toolTip()
    choose_activation(window, "sigmoid")
    assert offered() == ["Gradient descent, squared error", "Gradient descent, cross-entropy"]
    assert "probability" in panel.rule_combo.toolTip()
    choose_activation(window, "relu")
    assert offered() == ["Gradient descent, squared error"]
    assert "needs the yes-or-no step" in panel.rule_combo.toolTip()


def test_one_epoch_is_exactly_one_epoch(window, panel):
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "or")
    assert panel.status.text() == "Epoch 0: no run under way"
    QTest.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert panel.shown_epoch() == 1 and panel.status.text().startswith("Epoch 1 · loss ")
    first = window.model.neuron.weights
    QTest.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert panel.shown_epoch() == 2 and panel.status.text().startswith("Epoch 2 · ")
    assert window.model.neuron.weights != first  # the form and the line moved
    assert len(panel.loss_plot.losses()) == 2
    window.inputs_form.rows[0].w_field.spin_box.setValue(3.0)  # the student takes over
    assert panel.shown_epoch() == 0 and panel.status.text() == "Epoch 0: no run under way"
    assert window.model.neuron.weights[0] == 3.0


def test_play_advances_epochs_and_pause_stops_them(window, panel, qtbot):
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "xor")  # never finishes early
    panel.speed_slider.setValue(SPEEDS.index(50))
    QTest.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert panel.play_button.text() == "&Pause"
    qtbot.waitUntil(lambda: panel.shown_epoch() >= 3, timeout=3000)
    QTest.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert panel.play_button.text() == "&Play"
    stopped = panel.shown_epoch()
    qtbot.wait(200)  # ten ticks' worth of time
    assert panel.shown_epoch() == stopped
    assert window.inputs_form.rows[0].w_field.value() == pytest.approx(
        window.model.neuron.weights[0], abs=0.005)


def test_and_is_learned_with_a_message_and_the_whole_run_is_one_undo_step(window, dock, panel,
                                                                          qtbot):
    choose_activation(window, "step")
    choose_dataset(panel, "and")
    start = window.model.neuron
    steps = window.model.undo_stack.count()
    panel.step()
    panel.step()  # two single epochs, then play to the end: all one run
    fastest(panel)
    panel.play()
    qtbot.waitUntil(lambda: not panel.play_button.isChecked(), timeout=5000)
    assert panel.result.text().startswith("Learned: after ")
    assert "every point is on its own side of the line" in panel.result.text()
    # ...in the status bar too: below the dock's buttons the result may be out of sight
    assert window.statusBar().currentMessage() == panel.result.text()
    X, y = panel.points()
    assert np.array_equal(predict(window.model.neuron, X), y)
    assert len(dock.input_space.wrong_points()) == 0
    assert panel.status.text().endswith("0 of 4 points on the wrong side")
    assert window.model.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo train the neuron"
    window.undo_action.trigger()
    assert window.model.neuron == start
    assert panel.shown_epoch() == 0  # the run no longer describes this neuron


def test_out_of_epochs_the_app_says_whether_a_straight_line_could_do_it(window, dock, panel,
                                                                         qtbot):
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "xor")
    play_to_the_end(panel, qtbot, 30)
    assert panel.shown_epoch() == 30
    text = panel.result.text()
    assert text.startswith("Stopped after 30 epochs")
    assert "no straight line can split these points" in text
    assert "w₁·x₁ + w₂·x₂ + b" in text
    assert len(dock.input_space.wrong_points()) > 0
    panel.max_spin.setValue(40)  # a higher maximum lets the same run go on
    assert panel.result.text() == ""
    panel.step()
    assert panel.shown_epoch() == 31

    choose_dataset(panel, "and")  # a line exists, but learning slowly it runs out of time
    panel.rate_spin.setValue(0.01)
    play_to_the_end(panel, qtbot, 3)
    assert "A straight line that splits these points does exist" in panel.result.text()


def test_the_stop_box_wraps_its_text_when_narrow_and_toggles_from_its_text_and_keys(panel):
    box = panel.stop_box
    assert box.accessibleName() == box.text() == "Stop once every point is on its side"
    line = box.fontMetrics().lineSpacing()
    assert box.heightForWidth(box.sizeHint().width()) < 1.5 * line  # room: one line
    assert box.heightForWidth(box.minimumSizeHint().width()) > 2.5 * line  # narrow: it wraps
    assert box.minimumSizeHint().width() < box.sizeHint().width() / 2
    text_end = box.sizeHint().width()  # the box, then the text on one line
    assert box.width() > text_end + 40  # the row is wider than its text...
    beside = QPoint(text_end + 20, box.height() // 2)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=beside)
    assert box.isChecked()  # ...and a click beside the text toggles nothing, as on Qt's own
    on_its_text = QPoint(text_end - 20, box.height() // 2)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_its_text)
    assert not box.isChecked()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def test_unticked_stop_trains_on_to_the_maximum_as_the_loss_keeps_falling(window, panel, qtbot):
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "and")
    panel.rate_spin.setValue(2.0)
    play_to_the_end(panel, qtbot, 300)
    learned_at = panel.shown_epoch()
    assert learned_at < 300 and panel.result.text().startswith("Learned: after ")
    # Untick it, as a setting like any other: a click on the box itself.
    on_its_box = QPoint(8, panel.stop_box.height() // 2)
    QTest.mouseClick(panel.stop_box, Qt.MouseButton.LeftButton, pos=on_its_box)
    assert not panel.stop_box.isChecked()
    play_to_the_end(panel, qtbot, 300)  # a new run from the learned weights, to the maximum
    assert panel.shown_epoch() == 300
    losses = panel.loss_plot.losses()
    assert len(losses) == 300 and losses[-1] < losses[0] / 2
    # Said from the epoch every point has been on its side since, not the last one trained.
    learned = re.fullmatch(r"Learned: after (\d+) epochs? every point is on its own side of "
                           r"the line\.", panel.result.text())
    assert learned and int(learned.group(1)) < 300


def test_a_new_start_is_where_the_next_run_starts(window, panel):
    from neuron_gui.core import fit

    step_sigmoid(window, panel, "and", 3)
    panel.start_combo.setCurrentIndex(panel.start_combo.findData("zeros"))
    panel.start_combo.activated.emit(panel.start_combo.currentIndex())
    assert panel.status.text().endswith(
        "The start changed: the next epoch starts a new run from it.")
    points, labels = panel.points()
    expected, _ = fit(window.model.neuron, panel.input_space.full_inputs(points), labels,
                      rule="gradient", epochs=1, learning_rate=panel.rate_spin.value(),
                      init="zeros", seed=panel.seed_spin.value())
    panel.step()
    assert (window.model.neuron.weights, window.model.neuron.bias) == (
        expected.weights, expected.bias)
    assert "A new run" not in panel.status.text()


def test_reset_goes_back_to_the_runs_start_after_a_save_or_an_undo_and_redo(window, panel):
    start = step_sigmoid(window, panel, "or", 3)
    window.model.mark_saved()  # a save cuts the run's undo step in two
    for _ in range(3):
        panel.step()
    panel.reset()
    assert window.model.neuron == start
    for _ in range(2):
        panel.step()
    QTest.keySequence(window, "Ctrl+Z")
    QTest.keySequence(window, "Ctrl+Shift+Z")
    between = window.model.neuron
    for _ in range(2):
        panel.step()  # a new run, its own undo step
    panel.reset()
    assert window.model.neuron == between


def test_the_perceptron_has_nothing_to_train_on_for(window, panel):
    choose_activation(window, "step")
    assert not panel.stop_box.isEnabled()
    choose_activation(window, "sigmoid")
    assert panel.stop_box.isEnabled()


def test_typing_a_larger_maximum_keeps_the_run_that_ran_out(window, panel, qtbot):
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "xor")
    play_to_the_end(panel, qtbot, 30)
    assert window.statusBar().currentMessage().startswith("Stopped after 30 epochs with ")
    assert "More epochs" in panel.result.text()  # the why stays in the dock
    panel.max_spin.selectAll()
    QTest.keyClicks(panel.max_spin, "50")  # "5" first: below the 30 epochs run, for a moment
    assert panel.max_spin.value() == 50
    assert panel.shown_epoch() == 30 and panel.status.text().startswith("Epoch 30 · ")
    assert panel.reset_button.isEnabled()
    panel.step()
    assert panel.shown_epoch() == 31 and "A new run" not in panel.status.text()


def test_the_runs_settings_read_either_decimal_mark_and_say_why_they_refuse_a_key(
        window, panel):
    """A comma in the rate was refused without a word, and 0,25 became 25, kept as 2."""
    def typed(box, text):
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, text)
        return box.value()

    assert typed(panel.rate_spin, "0,25") == 0.25
    assert typed(panel.rate_spin, "0.0001") == 0.25  # "0.000" is no rate yet: 0.25 still holds
    assert window.statusBar().currentMessage() == (
        "Learning rate must be between 0.001 and 10.00. The field keeps 0.25.")
    QTest.keyClick(panel.rate_spin, Qt.Key.Key_Return)  # and comes back into the field
    assert panel.rate_spin.value() == 0.25 and panel.rate_spin.text() == "0.25"
    assert typed(panel.seed_spin, "1.5") == 15  # the point is refused, and the message says so
    assert window.statusBar().currentMessage() == ""  # ...until the 5 made it untrue
    assert typed(panel.seed_spin, "1.") == 1
    assert window.statusBar().currentMessage() == (
        "Random seed takes a whole number between 0 and 99999. The field keeps 1.")
    assert typed(panel.max_spin, "50000") == 5000
    assert window.statusBar().currentMessage() == (
        "Maximum number of epochs must be between 1 and 10000. The field keeps 5000.")
    # A comma is no thousands separator here: "1,5" was fifteen, without a word.
    assert typed(panel.seed_spin, "1,") == 1
    assert window.statusBar().currentMessage() == (
        "Random seed takes a whole number between 0 and 99999. The field keeps 1.")
    assert typed(panel.max_spin, "1,0") == 10  # the refused comma left out, as the point
    QTest.keyClick(panel.max_spin, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == (
        "Maximum number of epochs is now 10: a key it could not take was left out.")
    window.view_options.set_language("de", remember=False)  # there "." groups thousands
    assert typed(panel.seed_spin, "2.") == 2
    assert "99999" in window.statusBar().currentMessage()  # why, in German
    window.view_options.set_language("en", remember=False)


def test_a_new_setting_ends_the_run_but_keeps_it_and_its_reset(window, panel):
    before = step_sigmoid(window, panel, "nand", 5)
    trained = window.model.neuron
    panel.rate_spin.setValue(2.0)
    assert panel.status.text().startswith("Epoch 5 · ")  # the weights shown are still trained
    assert panel.status.text().endswith(
        "The settings changed: the next epoch starts a new run with them, from the weights and "
        "bias shown.")
    assert panel.reset_button.isEnabled()
    panel.step()  # a new run at the new rate, from where the last one ended
    assert panel.shown_epoch() == 1 and panel.status.text().endswith(
        "A new run, starting from the weights and bias the last one ended with.")
    panel.reset()
    assert window.model.neuron == trained
    QTest.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)  # nothing more to reset
    assert window.model.neuron == trained and before != trained


def test_a_relu_that_never_moves_is_not_told_to_train_longer(window, panel):
    choose_activation(window, "relu")
    panel.start_combo.setCurrentIndex(panel.start_combo.findData("zeros"))
    panel.start_combo.activated.emit(panel.start_combo.currentIndex())
    choose_dataset(panel, "and")
    panel.max_spin.setValue(3)
    for _ in range(3):
        panel.step()
    text = panel.result.text()
    assert text.startswith("Stopped after 3 epochs with 1 point still on the wrong side.")
    assert "have not moved at all" in text and "allow more epochs" not in text
    panel.speed_slider.setValue(0)
    assert panel.speed_value.text() == "1 epoch/s"


def test_reset_puts_back_the_weights_and_a_seed_repeats_a_run(window, panel):
    start = step_sigmoid(window, panel, "or", 5)
    assert window.model.neuron != start
    QTest.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert window.model.neuron == start
    assert panel.status.text() == "Epoch 0: no run under way"
    assert len(panel.loss_plot.losses()) == 0

    choose_activation(window, "step")
    panel.seed_spin.setValue(7)  # the same seed repeats a run exactly

    def run():
        for _ in range(3):
            panel.step()
        weights = window.model.neuron.weights, window.model.neuron.bias
        panel.reset()
        return weights

    assert run() == run()


def test_training_needs_exactly_two_inputs_and_offers_to_make_it_so(window, panel):
    window.inputs_form.add_input()
    assert panel.two_inputs_note.isVisible()
    assert "exactly two inputs" in panel.two_inputs_note.text()
    assert not panel.settings.isEnabled()
    choose_dataset(panel, "and")
    assert not panel.step_button.isEnabled()
    assert panel.two_inputs_button.text() == "Keep only x₁ and x₂"
    steps = window.model.undo_stack.count()
    QTest.mouseClick(panel.two_inputs_button, Qt.MouseButton.LeftButton)
    assert window.model.neuron.size == 2 and window.model.undo_stack.count() == steps + 1
    assert panel.step_button.isEnabled() and not panel.two_inputs_note.isVisible()


def test_keeping_two_inputs_is_undone_with_the_axes_that_were_shown(window, dock, panel):
    space = dock.input_space
    window.inputs_form.add_input()
    window.inputs_form.rows[2].x_field.spin_box.setValue(0.75)
    space.set_axes(2, 0)  # x₃ across, x₁ up
    QTest.mouseClick(panel.two_inputs_button, Qt.MouseButton.LeftButton)
    assert window.model.neuron.inputs == (1.0, 0.75) and space.axes() == (1, 0)  # x₂ is gone
    assert window.model.undo_stack.undoText() == "keep only x₁ and x₃"
    QTest.keySequence(window, "Ctrl+Z")
    assert window.model.neuron.size == 3 and space.axes() == (2, 0)
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert window.model.neuron.size == 2 and space.axes() == (1, 0)


def test_every_control_in_the_dock_has_a_name_and_a_tooltip_and_tab_reaches_it(dock, panel):
    controls = [w for w in dock.findChildren(QWidget) if w.isVisible() and isinstance(
        w, (QAbstractSpinBox, QAbstractSlider, QComboBox, QAbstractButton))
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(controls) >= 14
    assert [w for w in controls if not (w.accessibleName() or w.text())] == []
    assert [w for w in controls if not w.toolTip()] == []
    start = dock.input_space.horizontal_combo
    seen, widget = set(), start
    for _ in range(400):
        seen.add(widget)
        widget = widget.nextInFocusChain()
    assert set(controls) <= seen


def test_the_xor_note_leaves_the_discovery_to_the_student(window, panel):
    """The XOR lesson asks students to try before they read why one neuron cannot do it; the
    note beside the points asks the question, and the run's result gives the answer."""
    choose_dataset(panel, "xor")
    note = panel.dataset_note.text()
    assert note.startswith("XOR is 1 where the two inputs differ") and "?" in note
    assert "layer" not in note and "never" not in note


def test_ctrl_l_takes_the_keyboard_into_the_dock_and_no_stop_there_is_nameless(window):
    QTest.mouseClick(window.readout.sum_label, Qt.MouseButton.LeftButton)  # the mouse last
    QTest.keySequence(window, "Ctrl+L")
    dock = window.learning_dock
    combo = dock.learning_panel.dataset_combo
    assert dock.isVisible() and QApplication.focusWidget() is combo
    # ...and drawn with its focus outline, as a stop Tab reached: it showed none
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    space = dock.input_space  # Tab goes down the plane as it is seen: its axes, then the plot
    order, widget = [], space.horizontal_combo
    for _ in range(200):
        if widget in (space.horizontal_combo, space.vertical_combo, space.plot_widget):
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is space.horizontal_combo:
            break
    assert order == [space.horizontal_combo, space.vertical_combo, space.plot_widget]
    focusable = [w for w in dock.findChildren(QWidget) if takes_focus_itself(w)]
    assert focusable and [w for w in focusable if not is_named(w)] == []
    QTest.keySequence(window, "Ctrl+L")  # closed again: the keyboard stays in the window
    assert not dock.isVisible() and window.isAncestorOf(QApplication.focusWidget())
    window.inputs_form.add_input()  # three inputs: first the neuron must get two
    QTest.keySequence(window, "Ctrl+L")
    assert QApplication.focusWidget() is dock.learning_panel.two_inputs_button


def test_one_epoch_says_what_it_came_to_in_the_status_bar_too(window, panel):
    """From the keyboard the epoch's line was out of reach: Tab skips it, and with projector
    fonts it is below the fold."""
    choose_activation(window, "sigmoid")
    choose_dataset(panel, "and")
    QTest.keyClick(panel.step_button, Qt.Key.Key_Space)
    assert window.statusBar().currentMessage().startswith("Epoch 1 · loss ")
    assert window.statusBar().currentMessage() == panel.status.text()
    panel.reset_button.click()  # the run is gone, and what it said with it
    assert window.statusBar().currentMessage() == ""
    choose_dataset(panel, "xor")
    panel.max_spin.setValue(3)
    for _ in range(3):
        panel.step()
    assert window.statusBar().currentMessage().startswith("Stopped after 3 epochs")
    panel.rate_spin.setValue(1.0)  # ends the run; the next epoch starts a new one
    panel.step()
    assert not window.statusBar().currentMessage().startswith("Stopped")


def test_the_greyed_out_run_buttons_say_why(window, panel):
    assert not panel.step_button.isEnabled() and not panel.play_button.isEnabled()
    assert panel.status.text().startswith("No points to learn from yet: click in the plane")
    choose_dataset(panel, "and")
    assert panel.step_button.isEnabled()
    assert panel.status.text() == "Epoch 0: no run under way"


def test_at_1280_by_800_the_run_buttons_are_in_sight_and_tab_goes_down_as_seen(dock, panel):
    viewport = dock.scroll_area.viewport()
    QApplication.processEvents()
    for button in (panel.step_button, panel.play_button, panel.reset_button):
        assert button.mapTo(viewport, button.rect().bottomLeft()).y() < viewport.height()
    controls = [panel.step_button, panel.play_button, panel.reset_button, panel.speed_slider,
                panel.rule_combo, panel.rate_spin, panel.start_combo, panel.seed_spin,
                panel.max_spin, panel.stop_box]
    order, widget = [], panel.step_button
    for _ in range(500):  # round the whole chain, and a missing control fails, not hangs
        if widget in controls and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert len(order) == len(controls)
    tops = [w.mapTo(panel, w.rect().topLeft()).y() for w in order]
    assert tops == sorted(tops)  # never back up the panel


def test_with_projector_fonts_a_run_started_brings_its_epoch_and_outcome_into_sight(
        window, dock, panel, qtbot):
    """At 1280×800 with projector fonts the dock shows little more than the run's buttons; an
    epoch or a run started by the student scrolls to what it says, the buttons still in sight."""
    window.view_options.draw_for_screen(800)
    window.view_options.presentation_action.setChecked(True)
    choose_dataset(panel, "and")
    scroll = dock.scroll_area.verticalScrollBar()
    status = panel.status

    def laid_out():
        return status.height() == status.heightForWidth(status.width())

    qtbot.waitUntil(laid_out)
    one_line = status.height()
    QTest.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: laid_out() and status.height() > one_line)  # a longer status
    QApplication.processEvents()
    assert panel.status.text().startswith("Epoch 1 ")
    for widget in (panel.step_button, panel.status, panel.result):
        assert _in_sight(widget, dock.scroll_area)
    scroll.setValue(0)  # scrolled back up by the student, then Play
    assert not _in_sight(panel.status, dock.scroll_area)
    QTest.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    panel.pause()
    for widget in (panel.step_button, panel.status, panel.result):
        assert _in_sight(widget, dock.scroll_area)


def _in_sight(widget, scroll_area) -> bool:
    """Whether all of ``widget`` is inside the scroll area's visible part."""
    viewport = scroll_area.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return 0 <= top and bottom <= viewport.height()


def test_with_one_input_the_points_are_greyed_out_and_say_why(window, panel):
    """The NOT lesson's one input: the dock said there is no plane, while its points still
    said "Click in the plane" beside a Clear button that worked on points out of sight."""
    window.inputs_form.remove_input(1)
    assert not panel.points_box.isEnabled() and not panel.clear_button.isEnabled()
    assert panel.dataset_note.text() == (
        "Points to learn from lie in the plane of two inputs; this neuron has one.")
    panel.two_inputs_button.click()
    assert panel.points_box.isEnabled() and panel.dataset_note.text().startswith(
        "Click in the plane")


def test_tab_to_the_loss_curve_scrolls_all_of_it_into_sight(window, dock, panel, qtbot):
    """The dock's controls scroll without taking the keyboard themselves: the loss curve,
    reached by Tab at 1280×800, showed only its top edge."""
    plot = panel.loss_plot.plot_widget
    dock.scroll_area.verticalScrollBar().setValue(0)
    panel.stop_box.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is plot
    qtbot.waitUntil(lambda: _in_sight(plot, dock.scroll_area))


def test_one_more_epoch_after_a_finished_run_goes_on_from_there_and_says_so(window, panel):
    from neuron_gui.core import fit

    choose_activation(window, "step")
    choose_dataset(panel, "xor")
    assert panel.start_combo.currentData() == "random"  # a new run would start afresh
    panel.max_spin.setValue(5)
    for _ in range(5):
        QTest.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)
    assert panel.shown_epoch() == 5 and "Stopped after 5 epochs" in panel.result.text()
    ended = window.model.neuron
    points, labels = panel.points()
    expected, _ = fit(ended, panel.input_space.full_inputs(points), labels, rule="perceptron",
                      epochs=1, learning_rate=panel.rate_spin.value(), init="keep",
                      seed=panel.seed_spin.value())
    QTest.mouseClick(panel.step_button, Qt.MouseButton.LeftButton)  # a new run, one epoch in
    assert panel.shown_epoch() == 1 and panel.status.text().startswith("Epoch 1 · ")
    assert panel.status.text().endswith(
        "A new run, starting from the weights and bias the last one ended with.")
    assert (window.model.neuron.weights, window.model.neuron.bias) == (
        expected.weights, expected.bias)  # one epoch on from where the last run ended
    window.inputs_form.bias_field.spin_box.setValue(0.7)  # the student takes over: no such note
    assert panel.status.text() == "Epoch 0: no run under way"


def test_the_docks_title_bar_buttons_are_named_in_the_language_on_screen(window, dock):
    """Qt names them once, in English, before the window's language is set."""
    window.view_options.set_language("es", remember=False)
    buttons = {b.objectName(): b for b in dock.findChildren(QAbstractButton)
               if b.objectName().startswith("qt_dockwidget_")}
    assert buttons["qt_dockwidget_closebutton"].accessibleName() == "Cerrar"
    keys = window.learning_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in buttons["qt_dockwidget_closebutton"].toolTip()  # as the menu writes it
    assert buttons["qt_dockwidget_floatbutton"].accessibleName() == "Separar"
    dock.setFloating(True)  # Qt names them again, in its own words
    assert buttons["qt_dockwidget_floatbutton"].accessibleName() == "Separar"
    dock.setFloating(False)
    assert buttons["qt_dockwidget_closebutton"].accessibleName() == "Cerrar"
    window.view_options.set_language("en", remember=False)
    assert buttons["qt_dockwidget_floatbutton"].accessibleName() == "Detach"


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_the_docks_title_bar_buttons_are_drawn_in_the_themes_text_colour(window, dock, theme):
    """Qt draws them in one grey for every theme: faint on dark grey and on black."""
    from neuron_gui.gui.theme import apply_theme

    apply_theme(QApplication.instance(), theme)
    QApplication.processEvents()
    text = dock.palette().windowText().color().name()
    for name in ("qt_dockwidget_closebutton", "qt_dockwidget_floatbutton"):
        image = dock.findChild(QAbstractButton, name).icon().pixmap(10, 10).toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(image.width())
                 for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200}
        assert drawn == {text}, (theme, name)
    apply_theme(QApplication.instance(), "light")
