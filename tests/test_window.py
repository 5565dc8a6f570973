"""The main window driven through its real controls, checked by what a student would see."""

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QLabel, QToolTip,
    QWidget,
)

from focus import is_named, takes_focus_itself
from neuron_gui.core import MAX_INPUTS
from neuron_gui.gui.activation_plot import DEFAULT_X_RANGE


def readout(window):
    return window.readout.text()


def test_it_opens_showing_the_example_worked_out(window):
    assert readout(window) == (
        "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40\noutput = ReLU(−1.40) = 0.00")
    assert window.activation_plot.marker_position() == pytest.approx((-1.4, 0.0))
    assert window.activation_panel.formula.text() == "f(z) = max(0, z)"


def test_the_window_has_its_icon_once_its_first_frame_is_drawn(window, qtbot):
    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=2000)
    small = window.windowIcon().pixmap(16, 16).toImage()
    assert not small.isNull() and small.width() == 16
    assert len({small.pixel(x, y) for x in range(16) for y in range(16)}) > 3  # a drawing


def visit_another_window(window, qtbot) -> None:
    """Bring another program's window to the front, then this one again."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=1000)
    window.activateWindow()


def test_what_a_student_types_first_replaces_the_number_in_the_field(window, qtbot):
    """The window opens with the keyboard in x₁, its number selected: "3" makes it 3, not 31."""
    from PySide6.QtWidgets import QApplication

    x1 = window.inputs_form.rows[0].x_field.spin_box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is x1, timeout=2000)
    QTest.keyClicks(QApplication.focusWidget(), "3")
    assert window.model.neuron.inputs[0] == 3.0
    assert readout(window).startswith("z = 0.50·3.00 + ")

    # Alt+B jumps to the bias, number selected too.
    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    bias = window.inputs_form.bias_field.spin_box
    assert QApplication.focusWidget() is bias
    QTest.keyClicks(bias, "0.5")
    assert window.model.neuron.bias == 0.5

    # Away to another window and back: the cursor stays where it was, nothing selected.
    visit_another_window(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bias, timeout=1000)
    assert bias.lineEdit().selectedText() == ""
    QTest.keyClicks(bias, "5")  # after the 0.50 shown: one decimal too many, refused
    assert window.model.neuron.bias == 0.5


def test_typing_a_weight_updates_readout_and_marker(window, qtbot):
    spin = window.inputs_form.rows[1].w_field.spin_box
    spin.selectAll()
    QTest.keyClicks(spin, "0.5")
    assert readout(window).startswith("z = 0.50·1.00 + 0.50·2.00 + 0.10 = 1.60\n")
    assert readout(window).endswith("output = ReLU(1.60) = 1.60")
    assert window.activation_plot.marker_position() == pytest.approx((1.6, 1.6))
    assert window.inputs_form.rows[1].w_field.slider.value() == 50


def test_dragging_a_slider_updates_everything_while_it_moves(window):
    slider = window.inputs_form.rows[0].x_field.slider
    seen = []
    for position in (150, 200, 300):  # hundredths: 1.5, 2.0, 3.0
        slider.setValue(position)
        seen.append(window.activation_plot.marker_position()[0])
    assert seen == pytest.approx([0.5 * 1.5 - 2 + 0.1, 0.5 * 2 - 2 + 0.1, 0.5 * 3 - 2 + 0.1])
    assert window.inputs_form.rows[0].x_field.spin_box.value() == 3.0
    assert "0.50·3.00" in readout(window)


def test_the_bias_field_moves_the_sum(window):
    window.inputs_form.bias_field.spin_box.setValue(-0.6)
    assert readout(window).startswith("z = 0.50·1.00 + (−1.00)·2.00 + (−0.60) = −2.10")


def test_picking_an_activation_changes_output_formula_explanation_and_curve(window):
    plot = window.activation_plot
    combo = window.activation_panel.combo
    combo.setCurrentIndex(combo.findData("sigmoid"))
    assert readout(window).endswith("output = Sigmoid(−1.40) ≈ 0.1978")
    assert "1 / (1 + e^(−z))" in window.activation_panel.formula.text()
    assert "S-shaped" in window.activation_panel.explanation.text()
    xs, ys = plot.curve.getData()
    assert ys.min() > 0.0 and ys.max() < 1.0 and xs[0] == DEFAULT_X_RANGE[0]
    assert plot.marker_position() == pytest.approx((-1.4, 0.197816), abs=1e-6)
    assert window.activation_actions["sigmoid"].isChecked()


def test_a_saturated_sigmoid_is_nearly_1_in_the_readout_and_beside_the_point(window):
    combo = window.activation_panel.combo
    combo.setCurrentIndex(combo.findData("sigmoid"))
    window.inputs_form.bias_field.spin_box.setValue(41.5)  # z = 40: the computer's result is 1
    assert readout(window).endswith("output = Sigmoid(40.00) ≈ 1.0000")
    assert window.activation_plot.marker_label_text() == "(40.00, 1.0000)"
    window.inputs_form.bias_field.spin_box.setValue(1.5)  # z = 0: exactly one half
    assert window.activation_plot.marker_label_text() == "(0.00, 0.50)"


def test_activation_shortcuts_from_the_menu(window, qtbot):
    QTest.keySequence(window, "Ctrl+3")  # sigmoid is third in the registry
    assert window.model.neuron.activation == "sigmoid"
    assert window.activation_panel.combo.currentData() == "sigmoid"


def test_an_edit_of_x_moves_the_marker_but_does_not_resample_the_curve(window):
    plot = window.activation_plot
    before = plot.curve.getData()[0]
    window.inputs_form.rows[0].x_field.spin_box.setValue(2.0)
    assert plot.curve.getData()[0] is before
    assert plot.marker_position()[0] == pytest.approx(0.5 * 2 - 2 + 0.1)
    window.activation_panel.combo.setCurrentIndex(window.activation_panel.combo.findData("tanh"))
    assert plot.curve.getData()[0] is not before


def test_the_view_follows_a_point_that_leaves_it(window):
    plot = window.activation_plot
    window.activation_panel.combo.setCurrentIndex(window.activation_panel.combo.findData("linear"))
    window.inputs_form.rows[0].w_field.spin_box.setValue(100.0)  # z = 100 − 2 + 0.1 = 98.1
    (x0, x1), (y0, y1) = plot.visible_range()
    assert x0 < 98.1 < x1 and y0 < 98.1 < y1
    assert x1 - x0 == pytest.approx(DEFAULT_X_RANGE[1] - DEFAULT_X_RANGE[0])  # zoom kept
    xs, _ = plot.curve.getData()
    assert xs[0] == pytest.approx(x0) and xs[-1] == pytest.approx(x1)  # curve drawn where we look
    window.inputs_form.rows[0].w_field.spin_box.setValue(0.5)
    window.reset_view_action.trigger()
    assert plot.visible_range()[0] == pytest.approx(DEFAULT_X_RANGE)


def test_guides_run_from_the_point_to_both_axes(window):
    window.activation_panel.combo.setCurrentIndex(window.activation_panel.combo.findData("sigmoid"))
    z, y = window.activation_plot.marker_position()
    corners = window.activation_plot.guide_points()
    assert corners == [pytest.approx(p, abs=1e-9) for p in ((z, 0.0), (z, y), (0.0, y))]


def test_adding_and_removing_inputs(window, qtbot):
    form = window.inputs_form
    form.add_button.click()
    assert len(form.rows) == 3 and window.model.neuron.size == 3
    assert readout(window).startswith("z = 0.50·1.00 + (−1.00)·2.00 + 0.00·0.00 + 0.10 = ")
    form.rows[2].w_field.spin_box.setValue(2.0)
    form.rows[2].x_field.spin_box.setValue(1.5)
    assert window.activation_plot.marker_position()[0] == pytest.approx(1.6)
    last_row = form.rows[2].widgets()
    QApplication.processEvents()  # a new row is shown once the event loop comes round
    assert all(widget.isVisible() for widget in last_row)
    form.rows[0].remove_button.click()
    assert len(form.rows) == 2
    assert readout(window).startswith("z = (−1.00)·2.00 + 2.00·1.50 + 0.10 = 1.10")
    assert form.rows[0].x_field.spin_box.value() == 2.0  # the rows moved up with their values
    # The row that went is gone from sight at once, not when Qt gets round to deleting it: a
    # picture taken before then showed it over the bias.
    assert not any(widget.isVisible() for widget in last_row)


def _tab_order_of_the_form(form):
    """The form's controls in the order Tab reaches them, and the order they are seen in."""
    expected = [widget for row in form.rows for widget in (
        row.x_field.spin_box, row.x_field.slider, row.w_field.spin_box, row.w_field.slider,
        row.remove_button)] + [form.bias_field.spin_box, form.bias_field.slider, form.add_button]
    order, widget = [], expected[0]
    for _ in range(500):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    after_add = expected[-1].nextInFocusChain()
    while not after_add.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after_add = after_add.nextInFocusChain()
    return order, expected, after_add


def test_tab_goes_down_the_rows_as_seen_even_after_adding_one_and_removing_keeps_focus(window):
    form = window.inputs_form
    order, expected, after_add = _tab_order_of_the_form(form)  # as the window opens
    assert order == expected and not form.isAncestorOf(after_add)  # then on past the form
    QTest.keySequence(window, "Ctrl+I")  # a new input, x₃, made last of all the widgets
    order, expected, after_add = _tab_order_of_the_form(form)
    assert order == expected and not form.isAncestorOf(after_add)
    for _ in range(2):  # from three inputs to one, with the keyboard on a remove button
        form.rows[-1].remove_button.setFocus()
        QTest.keyClick(form.rows[-1].remove_button, Qt.Key.Key_Space)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.isEnabled() and form.isAncestorOf(focused)
    assert len(form.rows) == 1


def test_adding_or_removing_inputs_keeps_the_students_own_split_of_the_window(window, qtbot):
    while window.model.neuron.size < 12:
        QTest.keySequence(window, "Ctrl+I")
    window.view_options.set_zoom(1.5)  # where x₁₀ and up make the rows wider
    qtbot.wait(50)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([650, total - 650])  # the student widened the form
    QApplication.processEvents()
    while window.model.neuron.size > 2:  # the rows' need for width shrinks...
        QTest.keySequence(window, "Ctrl+Shift+I")
    QApplication.processEvents()
    assert window.splitter.sizes()[0] == 650  # ...the student's split stays
    window.view_options.set_zoom(1.0)


def test_inputs_are_limited_with_a_message_and_the_form_scrolls(window):
    form = window.inputs_form
    while form.add_button.isEnabled():
        form.add_button.click()
    assert len(form.rows) == MAX_INPUTS
    window.resize(1000, 600)  # a small laptop screen: the rows no longer fit
    QApplication.processEvents()  # let the layout settle before reading the scroll range
    form.add_input()  # e.g. from the menu shortcut
    assert window.statusBar().currentMessage() == f"A neuron here takes at most {MAX_INPUTS} inputs."
    assert form._scroll.verticalScrollBar().maximum() > 0
    while len(form.rows) > 1:
        form.rows[-1].remove_button.click()
    assert not form.rows[0].remove_button.isEnabled()
    form.remove_input(0)
    assert window.statusBar().currentMessage() == "A neuron needs at least one input."
    assert window.model.neuron.size == 1


def test_a_value_out_of_range_is_refused_with_a_message_and_the_old_value_kept(window):
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.selectAll()
    QTest.keyClicks(spin, "5000")
    assert spin.value() == 500.0  # the last keystroke was refused, the rest kept
    assert window.statusBar().currentMessage() == (
        "Input x₁ must be between −1000.00 and 1000.00. The field keeps 500.00.")
    assert QToolTip.isVisible() and QToolTip.text() == window.statusBar().currentMessage()
    spin.selectAll()
    QTest.keyClicks(spin, "abc")
    assert "Input x₁ takes a number such as" in window.statusBar().currentMessage()
    assert spin.value() == 500.0


@pytest.mark.parametrize("language, shown", [("en", "−0.25"), ("de", "−0,25")])
def test_a_field_writes_its_minus_as_the_readout_does(window, language, shown):
    """One sign for one number: "-0.25" in the field beside "(−0.25)" in the sum looked like
    two different things."""
    window.view_options.set_language(language, remember=False)
    spin = window.inputs_form.rows[0].w_field.spin_box
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "-0" + QLocale().decimalPoint() + "25")  # the keyboard's hyphen
    assert spin.text() == shown and spin.value() == -0.25
    assert f"({shown})" in window.readout.text()
    window.inputs_form.bias_field.spin_box.setValue(0.05)
    window.inputs_form.bias_field.spin_box.stepDown()  # the arrows cross zero: the same sign
    assert window.inputs_form.bias_field.spin_box.text() == shown.replace("25", "05")
    window.view_options.set_language("en", remember=False)


def test_the_real_minus_sign_is_read_as_typed_or_pasted(window):
    """The readout and the messages write −1.50 with a real minus; copied from there, it is
    still a minus, not a refused key that leaves 1.50."""
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.setFocus()
    spin.selectAll()
    # QTest types Latin-1 only; a keyboard layout with the sign sends it as the event's text
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(spin.lineEdit(), QKeyEvent(kind, Qt.Key.Key_unknown,
                                                          Qt.KeyboardModifier.NoModifier, "−"))
    QTest.keyClicks(spin, "2.5")
    assert spin.value() == -2.5 and window.statusBar().currentMessage() == ""
    window.model.set_input(0, 1.0)
    QApplication.clipboard().setText("−0.75")  # copied from the readout
    spin.selectAll()
    spin.lineEdit().paste()
    assert spin.value() == -0.75


def test_the_column_headings_set_their_index_as_a_lowered_i_not_a_speck(window):
    heading = window.inputs_form._x_heading
    assert heading.textFormat() == Qt.TextFormat.RichText
    assert heading.text() == "Input x<sub>i</sub>" and heading.accessibleName() == "Input xᵢ"
    window.view_options.set_language("de", remember=False)
    assert window.inputs_form._w_heading.text() == "Gewicht w<sub>i</sub>"
    window.view_options.set_language("en", remember=False)


def test_fields_are_written_as_on_screen_and_spoken_in_plain_digits(window):
    """Messages and tooltips write x₁ as the form does; a screen reader gets "x1", since a
    subscript digit may be read out as a symbol name."""
    row = window.inputs_form.rows[1]
    assert row.w_label.text() == "w₂"
    assert row.w_field.spin_box.toolTip().startswith("Weight w₂: type a value")
    assert row.remove_button.toolTip() == "Remove input x₂ and its weight"
    assert row.w_field.spin_box.accessibleName() == "Weight w2"
    assert row.w_field.slider.accessibleName() == "Weight w2 slider"


def test_typing_on_after_a_refused_keystroke_takes_the_refusal_back(window, qtbot):
    """ "1e3": the e is refused while the field holds 1, then the 3 makes 13. The message said
    the field keeps 1.00; once the student types on it no longer holds, so it goes."""
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.selectAll()
    QTest.keyClicks(spin, "1e")
    assert window.statusBar().currentMessage().endswith("The field keeps 1.00.")
    assert QToolTip.isVisible()
    QTest.keyClicks(spin, "3")
    assert spin.value() == 13.0
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt hides it after a moment
    QTest.keyClick(spin, Qt.Key.Key_Return)  # entered: not what was typed, and it says so
    assert window.statusBar().currentMessage() == (
        "Input x₁ is now 13.00: a key it could not take was left out.")
    spin.selectAll()
    QTest.keyClicks(spin, "2")
    assert window.statusBar().currentMessage() == ""  # that message no longer holds either
    QTest.keyClick(spin, Qt.Key.Key_Return)  # nothing was left out this time: no new message
    assert spin.value() == 2.0 and window.statusBar().currentMessage() == ""
    spin.selectAll()
    QTest.keyClicks(spin, "13")
    QTest.keyClicks(spin, "x")  # refused again; then another message replaces the refusal
    window.show_message("The readout is on the clipboard.")
    QTest.keyClicks(spin, "4")
    assert spin.value() == 134.0
    assert window.statusBar().currentMessage() == "The readout is on the clipboard."


def test_a_number_too_large_or_left_unfinished_says_what_the_field_holds_after_enter(window):
    """Enter after "2000" took back the message that the field keeps 200.00, and an emptied
    field or a "−" went back to the number before without a word."""
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "2000")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 200.0
    assert window.statusBar().currentMessage() == (
        "Input x₁ must be between −1000.00 and 1000.00. The field keeps 200.00.")
    for unfinished in ("", "-"):
        spin.selectAll()
        QTest.keyClick(spin, Qt.Key.Key_Delete)
        QTest.keyClicks(spin, unfinished)
        QTest.keyClick(spin, Qt.Key.Key_Tab)  # leaving the field enters it, as Enter does
        assert spin.value() == 200.0 and spin.text() == "200.00"
        assert window.statusBar().currentMessage() == (
            "Input x₁ is back to 200.00: the field held no number.")
        spin.setFocus()


def test_a_message_goes_when_an_undo_changes_the_number_it_spoke_of(window):
    """"Back to 7.00" stayed in the status bar over an undo to 200.00: the field still
    remembered the 200.00 an earlier refusal had kept."""
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.setFocus()
    for typed in ("2000", "7", ""):  # 200 kept, then 7, then nothing: back to 7.00
        spin.selectAll()
        QTest.keyClick(spin, Qt.Key.Key_Delete)
        QTest.keyClicks(spin, typed)
        QTest.keyClick(spin, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == (
        "Input x₁ is back to 7.00: the field held no number.")
    window.undo_action.trigger()
    assert spin.value() == 200.0 and window.statusBar().currentMessage() == ""


def test_a_refusal_is_forgotten_once_entered_and_a_rate_of_zero_says_why_it_went_back(
        window):
    """A refused key, then the field left and typed in again: the next number entered is all
    that was typed, and a learning rate of 0 goes back to the rate before with the reason."""
    window.learning_action.trigger()
    rate = window.learning_dock.learning_panel.rate_spin
    rate.setFocus()
    rate.selectAll()
    QTest.keyClicks(rate, "a")  # refused
    QTest.keyClick(rate, Qt.Key.Key_Tab)
    rate.setFocus()
    rate.selectAll()
    QTest.keyClicks(rate, "0")
    QTest.keyClick(rate, Qt.Key.Key_Tab)
    assert rate.value() == 0.5
    assert window.statusBar().currentMessage() == (
        "Learning rate is back to 0.50: 0 is not between 0.001 and 10.00.")


def test_a_refusal_goes_when_the_number_changes_and_only_keys_typed_on_count_as_left_out(
        window):
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "1e")
    assert window.statusBar().currentMessage().endswith("The field keeps 1.00.")
    QTest.keyClick(spin, Qt.Key.Key_Up)  # the arrow changes the number: the message is untrue
    assert spin.value() == 1.1 and window.statusBar().currentMessage() == ""
    spin.selectAll()
    QTest.keyClicks(spin, "1e")
    spin.selectAll()
    QTest.keyClicks(spin, "7")  # typed over the refused key, not on after it
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 7.0 and window.statusBar().currentMessage() == ""
    QTest.keyClicks(spin, "e")
    QTest.keyClick(spin, Qt.Key.Key_Backspace)  # back from it, over the selected 7.00
    QTest.keyClick(spin, Qt.Key.Key_Return)  # nothing was left out; the field was emptied
    assert window.statusBar().currentMessage() == (
        "Input x₁ is back to 7.00: the field held no number.")
    spin.selectAll()
    QTest.keyClicks(spin, "1e")
    QTest.keyClick(spin, Qt.Key.Key_Backspace)  # over the kept 1, then a number of its own
    QTest.keyClicks(spin, "15")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 15.0 and window.statusBar().currentMessage() == ""


def test_the_other_decimal_mark_is_accepted(window):
    spin = window.inputs_form.rows[0].w_field.spin_box
    spin.selectAll()
    QTest.keyClicks(spin, "0,25")
    assert spin.value() == 0.25
    assert readout(window).startswith("z = 0.25·1.00")


def test_a_german_window_writes_decimal_commas_and_takes_a_point(window):
    window.view_options.set_language("de")
    assert window.readout.sum_label.text() == "z = 0,50·1,00 + (−1,00)·2,00 + 0,10 = −1,40"
    spin = window.inputs_form.rows[0].x_field.spin_box
    assert spin.text() == "1,00"
    spin.selectAll()
    QTest.keyClicks(spin, "1.5")  # typed with a point on an English keyboard: still a number
    assert spin.value() == 1.5 and spin.text().startswith("1,5")
    assert window.readout.sum_label.text().startswith("z = 0,50·1,50")
    assert window.activation_plot.marker_label_text() == "(−1,15; 0,00)"


def test_reset_gives_back_the_same_starting_neuron(window, qtbot):
    window.inputs_form.add_button.click()
    window.inputs_form.rows[0].x_field.spin_box.setValue(7.0)
    window.activation_panel.combo.setCurrentIndex(0)
    QTest.keySequence(window, "Ctrl+R")
    assert readout(window) == (
        "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40\noutput = ReLU(−1.40) = 0.00")
    assert len(window.inputs_form.rows) == 2
    assert window.activation_panel.combo.currentData() == "relu"


def test_every_focusable_control_has_a_name_and_tab_reaches_them_all(window):
    focusable = [w for w in window.findChildren(QWidget) if takes_focus_itself(w)]
    unnamed = [w for w in focusable if not is_named(w)]
    assert unnamed == []
    controls = [w for w in focusable if isinstance(
        w, (QAbstractSpinBox, QAbstractSlider, QComboBox, QAbstractButton))]
    assert all(w.toolTip() for w in controls)
    # walk the tab chain from the first spin box and see every control come by
    start = window.inputs_form.rows[0].x_field.spin_box
    start.setFocus()
    seen, widget = set(), start
    for _ in range(len(focusable) * 2):
        seen.add(widget)
        widget = widget.nextInFocusChain()
        while not takes_focus_itself(widget):
            widget = widget.nextInFocusChain()
    assert set(controls) <= seen


def test_keyboard_only_edit(window, qtbot):
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Up)  # one step of 0.1
    assert spin.value() == pytest.approx(1.1)
    assert readout(window).startswith("z = 0.50·1.10")
    slider = window.inputs_form.rows[0].x_field.slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_PageUp)
    assert spin.value() == pytest.approx(2.1)


def test_dark_theme_gives_a_dark_plot(qtbot, window):
    from neuron_gui.gui.theme import apply_theme

    apply_theme(QApplication.instance(), "dark")
    try:
        QApplication.processEvents()  # the palette change reaches widgets as an event
        colour = window.activation_plot.plot_widget.backgroundBrush().color()
        assert colour.lightnessF() < 0.2
    finally:
        apply_theme(QApplication.instance(), "light")
        QApplication.processEvents()
    assert window.activation_plot.plot_widget.backgroundBrush().color().lightnessF() > 0.8


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("large", [False, True])
def test_the_readout_lines_have_the_colour_of_the_box_around_them(window, theme, large):
    """The lines are opaque, so that an edit repaints them alone; they must not show as bands of
    another shade inside their box, with any theme and any size of text."""
    from neuron_gui.gui.theme import apply_theme

    if large:  # the box's title grows with the text
        window.view_options.set_zoom(3.0)
        window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
        window.view_options.presentation_action.trigger()
    apply_theme(QApplication.instance(), theme)
    QApplication.processEvents()
    readout = window.readout
    picture = readout.grab().toImage()
    line = readout.sum_label.geometry().translated(readout.lines.pos())
    inside_line = picture.pixelColor(line.right() - 2, line.center().y())  # past the text's end
    beside_line = picture.pixelColor(line.left() - 3, line.center().y())  # the box's margin
    assert readout.sum_label.autoFillBackground()
    assert inside_line == beside_line
    if large:
        window.view_options.presentation_action.trigger()
        window.view_options.set_zoom(1.0)


def test_the_explanation_scrolls_in_the_colour_of_its_box(window):
    panel = window.activation_panel
    area = panel.explanation_area
    picture = panel.grab().toImage()
    inside = area.geometry().bottomRight() - QPoint(4, 3)  # past the last line's end
    beside = QPoint(area.geometry().left() - 3, inside.y())  # the box's own margin
    assert picture.pixelColor(inside) == picture.pixelColor(beside)


def drawn_tick_labels(axis) -> list[str]:
    """The labels the axis draws, of every level that fits."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


def test_plot_ticks_use_the_language_decimal_mark_a_real_minus_and_one_count_of_decimals(window):
    """Whole steps and half steps together: "−1.0" beside "−0.5", not "−1" beside "−0.5"."""
    plot = window.activation_plot
    plot.show_x_range(-2.0, 2.0)
    axis = plot.plot_item.getAxis("bottom")
    labels = drawn_tick_labels(axis)
    assert {"−1.0", "−0.5", "0.0", "0.5", "1.0"} <= set(labels)
    assert all(len(label.partition(".")[2]) == 1 for label in labels)
    window.view_options.set_language("de")
    assert {"−1,0", "−0,5", "0,0"} <= set(drawn_tick_labels(axis))


def test_plot_ticks_far_from_zero_keep_the_digits_that_tell_them_apart(window):
    """Near z = 2000950 (every input and weight near their largest) each tick has its own label:
    pyqtgraph wrote "2.00095e+06" five times. Zero stays zero, not "−0.0"."""
    axis = window.activation_plot.plot_item.getAxis("bottom")
    ticks = [2000946.0, 2000948.0, 2000950.0, 2000952.0]
    assert axis.tickStrings(ticks, 1.0, 2.0) == ["2000946", "2000948", "2000950", "2000952"]
    assert axis.tickStrings([-1e-17, 0.25], 1.0, 0.25) == ["0.00", "0.25"]


def test_a_third_decimal_is_refused_with_a_message_that_says_why(window):
    spin = window.inputs_form.rows[0].x_field.spin_box
    spin.selectAll()
    QTest.keyClicks(spin, "0.123")
    assert spin.value() == 0.12
    assert window.statusBar().currentMessage() == (
        "Input x₁ takes at most 2 decimals, such as −1.50. The field keeps 0.12.")


def test_a_weight_rounded_to_four_decimals_keeps_all_four_in_the_field_and_the_sum(window):
    """0.04596 is shown 0.0460, never 0.046, which would pass for the exact number; the terms
    shown then give 0.2229, and the sum says "≈ 0.2228"."""
    model = window.model
    model.set_neuron(model.neuron.with_weight(0, 0.04596).with_weight(1, 0.14396)
                     .with_bias(-0.1111))
    spin = window.inputs_form.rows[0].w_field.spin_box
    assert spin.text() == "0.0460" and window.inputs_form.rows[1].w_field.spin_box.text() == "0.1440"
    assert readout(window).startswith("z = 0.0460·1.00 + 0.1440·2.00 + (−0.1111) ≈ 0.2228\n")
    spin.setFocus()
    steps = model.undo_stack.count()
    QTest.keyClick(spin, Qt.Key.Key_Return)  # Enter on it changes nothing, and rounds nothing
    assert spin.text() == "0.0460" and model.neuron.weights[0] == 0.04596
    assert model.undo_stack.count() == steps
    QTest.keyClick(spin, Qt.Key.Key_Up)  # edited by the student: the field's own number now
    assert spin.text() == "0.146" and model.neuron.weights[0] == pytest.approx(0.146)
    # A number typed on purpose is taken, even where it rounds to the one given: 0.99998 shows
    # as 1.0000, and typing 1 makes it 1.
    model.set_neuron(model.neuron.with_weight(0, 0.99998))
    assert spin.text() == "1.0000"
    spin.selectAll()
    QTest.keyClicks(spin, "1")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert model.neuron.weights[0] == 1.0 and spin.text() == "1.00"


def test_a_trained_weight_shows_its_four_decimals_in_its_field_as_in_the_sum(window):
    """Training leaves weights such as 0.0462: the field shows that number, not 0.05, and a
    step up and back down returns to it."""
    model = window.model
    model.set_neuron(model.neuron.with_weight(0, 0.046213).with_bias(-0.1111))
    row = window.inputs_form.rows[0]
    spin = row.w_field.spin_box
    assert spin.text() == "0.0462" and window.inputs_form.bias_field.spin_box.text() == "−0.1111"
    assert readout(window).startswith("z = 0.0462·1.00 + (−1.00)·2.00 + (−0.1111) ≈ ")
    assert row.x_field.spin_box.text() == "1.00"  # two decimals where there are no more
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Up)
    QTest.keyClick(spin, Qt.Key.Key_Down)
    assert spin.text() == "0.0462" and model.neuron.weights[0] == pytest.approx(0.0462)
    spin.lineEdit().end(False)
    QTest.keyClick(spin, Qt.Key.Key_Backspace)  # its own digits can be deleted one by one
    assert spin.text() == "0.046" and model.neuron.weights[0] == 0.046
    QTest.keyClick(spin, Qt.Key.Key_5)  # but a student types two decimals, no more
    assert spin.text() == "0.046" and "takes at most 2 decimals" in QToolTip.text()
    bias = window.inputs_form.bias_field.spin_box
    bias.setFocus()
    bias.lineEdit().home(False)
    QTest.keyClick(bias, Qt.Key.Key_Delete)  # its sign can go, its four decimals stay
    assert bias.text() == "0.1111" and model.neuron.bias == 0.1111
    QTest.keyClick(bias, Qt.Key.Key_Delete)
    QTest.keyClick(bias, Qt.Key.Key_3)  # and so can its whole part change
    assert bias.text() == "3.1111" and model.neuron.bias == 3.1111


def test_the_readout_keeps_its_height_while_numbers_change_and_gives_it_back(window, qtbot):
    """A sum that wraps onto a second line keeps that room while its numbers change, so the plot
    below does not jump; fewer inputs give the room back."""
    from PySide6.QtWidgets import QApplication

    form, label = window.inputs_form, window.readout.sum_label

    def lines() -> float:
        for _ in range(5):  # a new height reaches the window's layout in a few posted events
            QApplication.processEvents()
        return label.height() / label.fontMetrics().lineSpacing()

    window.resize(900, 700)
    for _ in range(16):  # add inputs until the sum needs two lines, then take one away
        if lines() > 1.5:
            break
        form.add_button.click()
    assert lines() > 1.5
    form.rows[-1].remove_button.click()
    qtbot.waitUntil(lambda: lines() < 1.5, timeout=2000)
    short = window.readout.height()
    weights = [row.w_field.spin_box.value() for row in form.rows]
    for row in form.rows:  # "0.50" becomes "(−100.00)": the sum wraps
        row.w_field.spin_box.setValue(-100.0)
    qtbot.waitUntil(lambda: lines() > 1.5 and window.readout.height() > short, timeout=2000)
    tall = window.readout.height()
    for row, weight in zip(form.rows, weights):  # one line would do again, but the room stays
        row.w_field.spin_box.setValue(weight)
    assert lines() < 1.5 and window.readout.height() == tall
    form.rows[-1].remove_button.click()  # fewer terms: the room is given back
    qtbot.waitUntil(lambda: window.readout.height() < tall, timeout=2000)


def shown_lines(label) -> list[str]:
    """The label's text as its word wrap puts it on screen, line by line."""
    from PySide6.QtGui import QTextLayout, QTextOption

    text = QLabel.text(label)  # as the label holds it, not as the readout reports it
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_wrapped_formula_goes_on_with_its_operator_never_leaving_one_at_a_lines_end(
        window, qtbot, language):
    """"Step(1.00) =" above a lone "1.00" parted a result from its equation."""
    window.view_options.set_language(language, remember=False)
    window.resize(900, 700)
    for _ in range(3):
        window.inputs_form.add_button.click()
    for row in window.inputs_form.rows:
        row.w_field.spin_box.setValue(-12.5)
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()  # the output's line wraps too
    qtbot.waitUntil(lambda: all(len(shown_lines(label)) > 1 for label in
                                (window.readout.sum_label, window.readout.output_label)),
                    timeout=2000)
    for label in (window.readout.sum_label, window.readout.output_label):
        lines = shown_lines(label)
        assert not any(line.endswith(("=", "+", "≈")) for line in lines), lines
        assert all(line.startswith(("=", "+", "≈")) for line in lines[1:]), lines
        assert " ".join(lines).replace("\u00a0", " ") == label.text()  # ordinary spaces for Copy
    window.view_options.presentation_action.trigger()
    window.view_options.set_language("en", remember=False)


def _press_tab(qtbot, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) from where the keyboard is; the widget that has it after."""
    before = QApplication.focusWidget()
    QTest.keyClick(before, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (before, window_lines(before)),
                    timeout=1000)
    return QApplication.focusWidget()


def window_lines(widget):
    return widget.window().readout.lines if widget is not None else None


def test_tab_reads_the_readout_line_by_line_and_selects_in_it(window, qtbot):
    """Tab reaches each line of the readout, in both directions, so that a screen reader reads
    it; there the keyboard selects and copies part of a line."""
    from PySide6.QtGui import QGuiApplication

    readout = window.readout
    window.activation_panel.explanation_area.setFocus()
    assert _press_tab(qtbot) is readout.sum_label
    assert _press_tab(qtbot) is readout.output_label
    assert _press_tab(qtbot) is window.activation_plot.plot_widget
    assert _press_tab(qtbot, backwards=True) is readout.output_label
    assert _press_tab(qtbot, backwards=True) is readout.sum_label

    line = readout.sum_label
    QTest.keyClick(line, Qt.Key.Key_Home)
    for _ in range(len("z = 0.50")):
        QTest.keyClick(line, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert line.selectedText() == "z =\u00a00.50"  # the space a line may not break at
    QTest.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "z = 0.50"  # ...and Qt copies it as typed
    window.model.set_weight(0, 1.5)  # the line still follows the neuron while it is read
    assert line.text().startswith("z = 1.50·1.00")

    # Alt gives the keyboard to the menu bar, Esc gives it back: the line selects as before.
    QTest.keyClick(line, Qt.Key.Key_Alt)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not line, timeout=1000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line, timeout=1000)
    QTest.keyClick(line, Qt.Key.Key_Home)
    QTest.keyClick(line, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert line.selectedText() == "z"


def test_a_readout_line_is_selected_with_the_mouse_and_plain_again_once_left(window, qtbot):
    line, spin = window.readout.output_label, window.inputs_form.rows[0].x_field.spin_box
    assert not line.hasSelectedText()
    start = QPoint(2, line.height() // 2)
    end = QPoint(line.fontMetrics().horizontalAdvance(line.text()) - 1, start.y())
    QTest.mousePress(line, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(line, end)
    QTest.mouseRelease(line, Qt.MouseButton.LeftButton, pos=end)
    assert line.hasFocus() and line.selectedText().startswith("output =\u00a0ReLU")
    spin.setFocus(Qt.FocusReason.MouseFocusReason)  # the student goes back to the numbers
    # The lines draw their text plainly again, as cheap to repaint as a label can be: no
    # selection, and Tab reaches them again through the readout.
    assert not line.hasSelectedText()
    assert line.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert line.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.readout.lines.focusPolicy() == Qt.FocusPolicy.TabFocus


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # a menu, offscreen
def test_a_line_keeps_its_selection_while_its_copy_menu_is_open(window, qtbot):
    from PySide6.QtWidgets import QMenu

    line = window.readout.sum_label
    QTest.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(3, line.height() // 2))
    assert line.hasSelectedText()
    menu = QMenu(line)
    menu.addAction("Copy")
    menu.popup(line.mapToGlobal(QPoint(3, 3)))  # the keyboard goes to the menu
    qtbot.waitUntil(menu.isVisible, timeout=1000)
    assert line.textInteractionFlags() != Qt.TextInteractionFlag.NoTextInteraction
    assert line.hasSelectedText()
    menu.close()


def test_a_line_keeps_its_selection_while_another_window_is_in_front(window, qtbot):
    from PySide6.QtWidgets import QApplication

    line = window.readout.sum_label
    QTest.mouseDClick(line, Qt.MouseButton.LeftButton, pos=QPoint(3, line.height() // 2))
    selected = line.selectedText()
    visit_another_window(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line, timeout=1000)
    assert line.selectedText() == selected != ""


def test_a_number_with_an_exponent_is_refused_pasted_as_typed(window, qtbot):
    """Typed, "1e3" was refused at the "e"; pasted, it became 1000 without a word, and
    "2.5e-1" was said to have too many decimals."""
    spin = window.inputs_form.rows[0].x_field.spin_box
    for pasted in ("1e3", "2.5e-1", "1E2"):
        QApplication.clipboard().setText(pasted)
        spin.setFocus()
        spin.selectAll()
        QTest.keySequence(spin, QKeySequence.StandardKey.Paste)
        assert spin.value() == 1.0  # as it was
        assert window.statusBar().currentMessage() == (
            "Input x₁ takes a number such as −1.50, between −1000.00 and 1000.00. "
            "The field keeps 1.00.")
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
