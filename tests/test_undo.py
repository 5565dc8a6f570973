"""Undo and redo through the real controls: every edit can be taken back, a slider drag is one
step, and Ctrl+Z works even while a number field has the keyboard focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def first_line(window):
    return window.readout.text().splitlines()[0]


def test_a_slider_drag_is_one_undo_step(window, qtbot):
    slider = window.inputs_form.rows[0].w_field.slider
    start = first_line(window)
    slider.setSliderDown(True)  # the student holds the handle...
    for position in range(50, 300, 5):  # ...and drags it through fifty positions
        slider.setValue(position)
    slider.setSliderDown(False)  # ...and lets go (sliderReleased)
    assert window.model.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo change weight w₁"
    assert first_line(window).startswith("z = 2.95·1.00")
    window.undo_action.trigger()
    assert first_line(window) == start
    window.redo_action.trigger()
    assert first_line(window).startswith("z = 2.95·1.00")


def test_steps_there_and_back_leave_no_undo_step_that_does_nothing(window):
    spin = window.inputs_form.bias_field.spin_box
    spin.setFocus()
    before = window.model.undo_stack.count()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Up):
        QTest.keyClick(spin, key)
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert window.model.undo_stack.count() == before and not window.model.is_modified()
    QTest.keyClick(spin, Qt.Key.Key_Up)  # and the next step is a step again
    assert window.model.undo_stack.count() == before + 1
    window.undo_action.trigger()
    assert spin.value() == 0.1


def test_separate_edits_are_separate_steps(window):
    form = window.inputs_form
    form.rows[0].x_field.spin_box.setValue(3.0)
    form.rows[0].x_field.finished.emit()
    form.rows[0].x_field.spin_box.setValue(4.0)  # same field, but after it was left: a new step
    form.bias_field.spin_box.setValue(-1.0)
    window.activation_panel.combo.setCurrentIndex(window.activation_panel.combo.findData("tanh"))
    form.add_button.click()
    assert window.model.undo_stack.count() == 5
    for _ in range(5):
        window.undo_action.trigger()
    assert window.readout.text() == (
        "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40\noutput = ReLU(−1.40) = 0.00")
    assert not window.undo_action.isEnabled()
    assert len(form.rows) == 2 and form.rows[0].x_field.value() == 1.0


def test_ctrl_z_works_while_typing_in_a_field(window, qtbot):
    spin = window.inputs_form.rows[1].x_field.spin_box
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "5")
    assert first_line(window).startswith("z = 0.50·1.00 + (−1.00)·5.00")
    # Sent where the keyboard is, as a key pressed on it would be: to the focused spin box,
    # which hands shortcut questions straight to its text field.
    assert QApplication.focusWidget() is spin
    QTest.keySequence(spin, "Ctrl+Z")
    assert first_line(window).startswith("z = 0.50·1.00 + (−1.00)·2.00")
    assert spin.value() == 2.0
    QTest.keySequence(spin, "Ctrl+Shift+Z")
    assert spin.value() == 5.0
    QTest.keyClick(spin, Qt.Key.Key_Return)  # one finished edit...
    QTest.keyClick(spin, Qt.Key.Key_Up)
    QTest.keyClick(spin, Qt.Key.Key_Up)  # ...then arrow steps, another
    assert spin.value() == 5.2
    QTest.keySequence(spin, "Ctrl+Z")
    assert spin.value() == 5.0
    QTest.keySequence(spin, "Ctrl+Y")  # the other key for redo
    assert spin.value() == 5.2


def test_reset_all_can_itself_be_undone(window):
    window.inputs_form.rows[0].w_field.spin_box.setValue(9.0)
    QTest.keySequence(window, "Ctrl+R")
    assert window.inputs_form.rows[0].w_field.value() == 0.5
    window.undo_action.trigger()
    assert window.inputs_form.rows[0].w_field.value() == 9.0


def test_loading_starts_a_fresh_history_that_reset_returns_to(window):
    from neuron_gui.core import Neuron

    window.inputs_form.rows[0].w_field.spin_box.setValue(9.0)
    lesson = Neuron([1.0, 1.0], [1.0, 1.0], -1.5, "step")
    window.model.load(lesson)
    assert not window.undo_action.isEnabled() and not window.model.is_modified()
    window.inputs_form.bias_field.spin_box.setValue(0.0)
    assert window.model.is_modified()
    window.reset_action.trigger()
    assert window.model.neuron == lesson


def test_editing_after_saving_marks_the_neuron_modified_again(window):
    slider = window.inputs_form.bias_field.slider
    slider.setSliderDown(True)
    slider.setValue(100)
    window.model.mark_saved()
    assert not window.model.is_modified()
    slider.setValue(120)  # the same drag goes on after the save
    assert window.model.is_modified()


def test_the_history_keeps_the_last_500_steps_so_memory_stays_bounded(window):
    from neuron_gui.gui.model import UNDO_LIMIT

    combo = window.activation_panel.combo
    for i in range(UNDO_LIMIT + 100):  # each choice is a step of its own
        combo.setCurrentIndex(i % combo.count())
    assert window.model.undo_stack.count() == UNDO_LIMIT
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert window.model.undo_stack.index() == 0


def test_undo_and_redo_speak_the_language_on_screen(window):
    window.view_options.set_language("de", remember=False)
    window.inputs_form.rows[0].w_field.spin_box.setValue(3.0)
    assert window.undo_action.text() == "&Rückgängig: Änderung von Gewicht w₁"
    window.undo_action.trigger()
    assert window.undo_action.text() == "&Rückgängig" and not window.undo_action.isEnabled()
    assert window.redo_action.text() == "&Wiederholen: Änderung von Gewicht w₁"
    window.view_options.set_language("es", remember=False)
    assert window.undo_action.text() == "&Deshacer"
    assert window.redo_action.text().startswith("&Rehacer: ")


def test_slider_steps_with_the_keys_are_one_undo_step_until_the_slider_is_left(window):
    field = window.inputs_form.rows[0].w_field
    field.slider.setFocus()
    QTest.keyClick(field.slider, Qt.Key.Key_Right)
    QTest.keyClick(field.slider, Qt.Key.Key_Right)  # one step of two nudges
    window.activation_panel.combo.setFocus()  # away to another control...
    field.slider.setFocus()  # ...and back: another step
    QTest.keyClick(field.slider, Qt.Key.Key_Right)
    assert field.value() == pytest.approx(0.8)
    window.undo_action.trigger()
    assert field.value() == pytest.approx(0.7)
    window.undo_action.trigger()
    assert field.value() == pytest.approx(0.5)


def test_undo_steps_made_before_a_change_of_language_are_named_in_the_new_one(window):
    window.inputs_form.rows[0].w_field.spin_box.setValue(1.5)
    window.model.end_edit()
    window.model.set_activation("tanh")
    window.learning_action.trigger()
    window.learning_dock.learning_panel.add_point(1, 1)
    window.view_options.set_language("es", remember=False)
    stack = window.model.undo_stack
    names = [stack.command(i).text() for i in range(stack.count())]
    assert names == ["cambiar el peso w₁", "elegir la activación", "añadir un punto"]
    assert window.undo_action.text() == "&Deshacer: añadir un punto"
    stack.undo()
    assert window.redo_action.text() == "&Rehacer: añadir un punto"
    window.view_options.set_language("en", remember=False)
    assert window.undo_action.text() == "&Undo choose activation"


def test_a_macro_step_is_named_again_too(window):
    """Keeping two of three inputs is one step made of two: the inputs and the plane's axes."""
    window.model.add_input()
    window.learning_action.trigger()
    window.learning_dock.learning_panel.two_inputs_button.click()  # keep only x1 and x2
    window.view_options.set_language("de", remember=False)
    stack = window.model.undo_stack
    assert stack.command(stack.count() - 1).text() == "Beschränkung auf x₁ und x₂"
    window.view_options.set_language("en", remember=False)
    assert stack.command(stack.count() - 1).text().startswith("keep only x")
