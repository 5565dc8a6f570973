"""The lessons that ship with the program: each one loads, asks something, and says something true
about its neuron; and the Lessons dialog opens them the way Open does."""

import itertools
import math
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from neuron_gui.core import Neuron, derivative, load_dataset
from neuron_gui.core.scenario import MAX_TEXT_CHARS, load
from neuron_gui.gui.learning_panel import OWN_POINTS
from neuron_gui.gui.lessons import LessonPicker, lesson_paths
from neuron_gui.resources import resource_path

PATHS = lesson_paths()
LESSONS = {path.name.split("-", 1)[1].removesuffix(".neuron.json"): load(path) for path in PATHS}


def outputs(neuron: Neuron, rows) -> list[float]:
    """The neuron's output for each row of inputs."""
    return [Neuron(row, neuron.weights, neuron.bias, neuron.activation, neuron.params).output()
            for row in rows]


def test_at_least_seven_lessons_ship_in_teaching_order():
    assert len(PATHS) >= 7
    assert [p.name for p in PATHS] == sorted(p.name for p in PATHS)
    assert all(p.name[:2].isdigit() for p in PATHS)
    assert PATHS[0] == resource_path(f"lessons/{PATHS[0].name}")  # found through the accessor


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_every_lesson_loads_and_asks_something(path):
    lesson = load(path)
    assert lesson.title and lesson.task and lesson.question
    assert len(lesson.task) < MAX_TEXT_CHARS / 2  # a task, not an essay
    assert math.isfinite(lesson.neuron.output())
    if lesson.x_range is not None:
        low, high = lesson.x_range
        assert low < lesson.neuron.weighted_sum() < high  # the point starts in view


def test_titles_are_unique():
    titles = [lesson.title for lesson in LESSONS.values()]
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("name, table", [("and-gate", "and"), ("or-gate", "or")])
def test_the_gate_lessons_answers_compute_their_truth_table(name, table):
    lesson = LESSONS[name]
    X, y = load_dataset(table)
    assert lesson.dataset == {"name": table} and not lesson.training  # found by hand, no run
    assert outputs(lesson.answer_neuron(), X) == list(y)
    assert outputs(lesson.neuron, X) != list(y)  # the starting neuron still has work to do
    # the task keeps the weights as they are: only the bias changes
    assert lesson.answer["weights"] == list(lesson.neuron.weights)


def test_the_not_lesson():
    lesson = LESSONS["not-gate"]
    assert lesson.neuron.size == 1
    assert outputs(lesson.answer_neuron(), [[0.0], [1.0]]) == [1.0, 0.0]
    assert outputs(lesson.neuron, [[0.0], [1.0]]) != [1.0, 0.0]
    # the question's claim: with a positive weight no bias gives NOT
    for weight, bias in itertools.product(np.linspace(0.1, 5, 12), np.linspace(-5, 5, 41)):
        neuron = Neuron([0.0], [weight], bias, "step")
        assert outputs(neuron, [[0.0], [1.0]]) != [1.0, 0.0]


def test_the_bias_lesson_weights_cannot_move_z_but_the_bias_can():
    lesson = LESSONS["bias-matters"]
    assert set(lesson.neuron.inputs) == {0.0}
    rng = np.random.default_rng(1)
    for _ in range(50):
        weights = rng.uniform(-1000, 1000, lesson.neuron.size)
        neuron = Neuron(lesson.neuron.inputs, weights, 0.0, lesson.neuron.activation)
        assert neuron.weighted_sum() == 0.0 and neuron.output() == 0.0
    assert lesson.neuron.output() == 0.0 and lesson.answer_neuron().output() == 1.0


def test_the_relu_lesson_starts_on_the_flat_side_where_nudges_do_nothing():
    lesson = LESSONS["relu-dead-zone"]
    neuron = lesson.neuron
    assert neuron.activation == "relu" and neuron.weighted_sum() < 0 and neuron.output() == 0.0
    for i in range(neuron.size):
        for nudge in (-0.1, 0.1):
            assert neuron.with_weight(i, neuron.weights[i] + nudge).output() == 0.0
    assert derivative("relu", neuron.weighted_sum()) == 0.0
    answer = lesson.answer_neuron()
    assert answer.output() > 0.0
    # "the smallest bias that does it": anything above −(w·x), here 2
    threshold = -math.fsum(w * x for w, x in zip(neuron.weights, neuron.inputs))
    assert threshold == 2.0
    assert neuron.with_bias(threshold).output() == 0.0
    assert neuron.with_bias(threshold + 0.01).output() > 0.0


def test_the_saturation_lesson_is_flat_for_sigmoid_and_tanh_and_steep_near_zero():
    lesson = LESSONS["saturation"]
    neuron = lesson.neuron
    z = neuron.weighted_sum()
    assert neuron.activation == "sigmoid" and z == 8.0
    for activation in ("sigmoid", "tanh"):
        assert derivative(activation, z) < 1e-3  # saturated
    raised = neuron.with_weight(0, 3.0)  # "raise w₁ from 2 to 3"
    assert abs(raised.output() - neuron.output()) < 1e-3
    answer = lesson.answer_neuron()
    assert answer.weighted_sum() == 0.0 and derivative("sigmoid", 0.0) == 0.25
    assert abs(answer.with_weight(0, 1.1).output() - answer.output()) > 0.05  # a nudge tells


def test_the_chain_lesson_two_linear_neurons_are_one():
    lesson = LESSONS["linear-chain"]
    first = lesson.neuron
    v, c = 2.0, 0.5  # the second neuron, as the task describes it
    assert "v = 2" in lesson.task and "c = 0.5" in lesson.task
    assert first.activation == "linear"
    answer = lesson.answer_neuron()
    rng = np.random.default_rng(7)
    for inputs in rng.uniform(-10, 10, (100, first.size)):
        h = Neuron(inputs, first.weights, first.bias, "linear").output()
        one = Neuron(inputs, answer.weights, answer.bias, "linear").output()
        assert one == pytest.approx(v * h + c, abs=1e-9)


def test_the_xor_lesson_really_has_no_answer_on_a_fine_grid():
    lesson = LESSONS["xor-cannot"]
    assert lesson.dataset == {"name": "xor"} and lesson.answer is None
    X, y = load_dataset("xor")
    grid = np.linspace(-3, 3, 25)
    for w1, w2, b in itertools.product(grid, grid, grid):
        z = X @ np.array([w1, w2]) + b
        assert list(np.where(z > 0, 1.0, 0.0)) != list(y)


# The Lessons dialog ------------------------------------------------------------------------------

def test_the_lessons_dialog_lists_titles_and_shows_the_task(window, qtbot):
    QTest.keySequence(window, "Ctrl+Shift+L")
    picker = window.scenario_files.lesson_picker
    assert isinstance(picker, LessonPicker) and picker.isVisible()
    assert picker.titles() == [f"{number}. {lesson.title}"
                               for number, lesson in enumerate(LESSONS.values(), start=1)]
    assert picker.preview.toPlainText().startswith(LESSONS["and-gate"].task)
    picker.list.setCurrentRow(2)
    assert picker.preview.toPlainText().startswith(LESSONS["not-gate"].task)
    assert "Question: " + LESSONS["not-gate"].question in picker.preview.toPlainText()
    assert picker.preview.isReadOnly() and picker.preview.accessibleName()
    assert picker.list.accessibleName() and picker.list.toolTip()


def test_a_lessons_number_typed_in_the_list_selects_it(window):
    """The teacher says "lesson 3": typing 3 picks it, Enter opens it."""
    window.scenario_files.lessons_action.trigger()
    picker = window.scenario_files.lesson_picker
    QTest.keyClick(picker.list, Qt.Key.Key_3)
    assert picker.selected_path() == str(PATHS[2])
    picker.reject()


def test_enter_in_the_lessons_dialog_opens_the_lesson(window, qtbot):
    window.scenario_files.lessons_action.trigger()
    picker = window.scenario_files.lesson_picker
    chosen = []
    picker.lesson_chosen.connect(chosen.append)
    picker.list.setCurrentRow(5)
    QTest.keyClick(picker.list, Qt.Key.Key_Return)
    assert chosen == [str(PATHS[5])]
    qtbot.waitUntil(lambda: window.scenario_files.lesson_picker is None, timeout=2000)
    lesson = LESSONS["saturation"]
    assert window.model.neuron == lesson.neuron
    assert window.task_panel.title() == lesson.title and window.task_panel.isVisible()
    assert window.windowTitle() == f"{lesson.title}[*] — Neuron GUI"
    assert window.scenario_files.path is None  # Save asks where: the lesson itself stays intact
    assert window.activation_plot.visible_range()[0] == pytest.approx(lesson.x_range)


def test_a_lesson_is_opened_like_a_file_with_the_unsaved_changes_question(window, qtbot):
    window.inputs_form.rows[0].w_field.spin_box.setValue(3.0)
    window.scenario_files.open_lesson(PATHS[0])
    prompt = window.scenario_files.prompt
    assert prompt is not None and prompt.isVisible()
    prompt.button(QMessageBox.StandardButton.Discard).click()
    assert window.model.neuron == LESSONS["and-gate"].neuron


def test_a_lesson_opened_in_german_is_named_in_german_and_writes_decimal_commas(window):
    window.view_options.set_language("de", remember=False)
    window.scenario_files.open_lesson(PATHS[0])
    title = LESSONS["and-gate"].texts("de")[0]
    assert title != LESSONS["and-gate"].title  # the lesson has a German title
    assert window.windowTitle().startswith(title)
    assert window.statusBar().currentMessage() == f"Die Lektion „{title}“ wurde geöffnet."
    task = window.task_panel.texts()[1]
    assert "0,5" in task and "0.5" not in task  # as the fields write it: "0,50"
    window.view_options.set_language("en", remember=False)
    assert window.windowTitle().startswith(LESSONS["and-gate"].title)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_keys_a_lesson_names_are_written_as_the_menus_write_them(window, language):
    """The German menus say Strg+D and the Spanish ones Control+D where English ones say Ctrl+D."""
    window.view_options.set_language(language, remember=False)
    shown = {action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
             for action in window.findChildren(QAction) if not action.shortcut().isEmpty()}
    named = set()
    for path in PATHS:
        window.scenario_files.open_lesson(path)
        named |= set(re.findall(r"\b\w+\+\w+\b", " ".join(window.task_panel.texts())))
    assert named and named <= shown
    window.view_options.set_language("en", remember=False)


def _in_sight(widget, scroll_area) -> bool:
    viewport = scroll_area.viewport()
    return 0 <= widget.mapTo(viewport, widget.rect().bottomLeft()).y() <= viewport.height()


def test_with_a_lesson_and_projector_fonts_the_inputs_stay_in_sight_and_texts_scroll(
        window, qtbot):
    """At 1280×800 in German with projector fonts, the lesson's task and the activation's
    explanation scroll, and the two inputs and the bias stay in sight; with normal fonts the
    explanation shows whole."""
    form, panel = window.inputs_form, window.activation_panel
    explanation = panel.explanation_area
    assert not explanation.verticalScrollBar().isVisible()  # normal fonts: room for all of it
    window.view_options.set_language("de", remember=False)
    window.scenario_files.open_lesson(PATHS[0])
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)  # the new fonts, then the form's new size, arrive as events
    assert window.height() <= 800
    for field in (form.rows[0].w_field, form.rows[1].w_field, form.bias_field):
        assert _in_sight(field, form._scroll)
    assert window.task_panel.scroll_area.verticalScrollBar().isVisible()
    assert explanation.verticalScrollBar().isVisible()
    window.view_options.presentation_action.trigger()


def test_with_a_lesson_and_projector_fonts_the_planes_texts_lie_below_it_not_over_it(
        window, qtbot):
    """The legend and the caption under the input space wrap to several lines in German with
    projector fonts; each keeps its own place below the plot's axis."""
    window.view_options.set_language("de", remember=False)
    window.scenario_files.open_lesson(PATHS[0])  # AND: points, so the legend shows
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)
    space = window.learning_dock.input_space
    parts = [space.axes_row, space.plot_widget, space.legend, space.caption]
    assert all(part.isVisible() for part in parts) and window.height() <= 800
    assert space.legend.height() > 1.5 * space.legend.fontMetrics().lineSpacing()  # it wraps
    for upper, lower in zip(parts, parts[1:]):
        assert upper.geometry().bottom() < lower.geometry().top(), (upper, lower)
    # Sixteen inputs, fourteen held off the plane: counted, not listed, and the window still
    # fits the screen (a list of them made the plane, and with it the window, too tall).
    for _ in range(14):
        window.inputs_form.add_input()
    qtbot.wait(50)
    assert "Die anderen 14 Eingaben" in space.caption.text()
    assert window.height() <= window.screen().availableGeometry().height()
    window.view_options.presentation_action.trigger()


def test_a_narrow_plane_with_long_texts_never_makes_the_window_taller_than_the_screen(
        window, qtbot):
    """German, projector fonts, eight inputs and the dock as narrow as it goes: the plane's
    texts wrap to many lines, and the plane asks for at most half the screen for them."""
    from PySide6.QtCore import Qt

    window.view_options.set_language("de", remember=False)
    for _ in range(6):
        window.inputs_form.add_input()
    window.learning_action.trigger()
    window.view_options.draw_for_screen(1080)  # projector fonts 1.75 times as large
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)
    window.resizeDocks([window.learning_dock], [10], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    caption = window.learning_dock.input_space.caption
    assert caption.height() > 8 * caption.fontMetrics().lineSpacing()  # the case in question
    assert caption.height() >= caption.heightForWidth(caption.width())  # every line of it
    assert window.height() <= window.screen().availableGeometry().height()
    window.view_options.presentation_action.trigger()


def test_saving_an_opened_lesson_asks_for_a_new_file(window, tmp_path, monkeypatch):
    files = window.scenario_files
    files.open_lesson(PATHS[0])
    before = PATHS[0].read_bytes()
    target = tmp_path / "my-and.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(target))
    window.inputs_form.bias_field.spin_box.setValue(-0.75)
    files.save()
    assert PATHS[0].read_bytes() == before
    saved = load(target)
    assert saved.neuron.bias == -0.75 and saved.title == LESSONS["and-gate"].title
    assert saved.answer == LESSONS["and-gate"].answer  # the teacher's answer travels with it


def test_the_dialog_and_the_task_panel_name_every_control(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QWidget

    def takes_focus(widget):  # not the inner viewport of a list or a scroll area
        parent = widget.parentWidget()
        return (widget.isVisible() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
                and not (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget))

    window.scenario_files.open_lesson(PATHS[0])
    window.scenario_files.choose_lesson()
    picker = window.scenario_files.lesson_picker
    focusable = [w for parent in (picker, window.task_panel)
                 for w in parent.findChildren(QWidget) if takes_focus(w)]
    assert picker.list in focusable and picker.preview in focusable
    unnamed = [w for w in focusable if not w.accessibleName()
               and not (isinstance(w, QAbstractButton) and w.text())]
    assert unnamed == []
    assert all(w.toolTip() for w in focusable)


def test_a_lesson_that_asks_for_weights_by_hand_shows_its_points_but_cannot_train(
        window, tmp_path, monkeypatch):
    """Lesson 1 says: change only the bias. A run would change the weights too and solve the
    task for the student, so its file turns training off; the greyed-out buttons say why."""
    files = window.scenario_files
    files.open_lesson(PATHS[0])
    dock = window.learning_dock
    panel = dock.learning_panel
    assert dock.isVisible() and panel.dataset == "and"
    assert not panel.play_button.isEnabled() and not panel.step_button.isEnabled()
    assert panel.status.text().startswith("Learning is off in this lesson")
    # Its settings would change nothing: greyed out, and out of Tab's way.
    assert not panel.speed_slider.isEnabled() and not panel.rate_spin.isEnabled()
    panel.step()  # what the button would do, were it reached another way
    assert window.model.neuron == LESSONS["and-gate"].neuron and panel.shown_epoch() == 0
    panel.set_dataset("or")  # other points do not turn it on within the lesson
    assert not panel.play_button.isEnabled()
    target = tmp_path / "my-and.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(target))
    files.save()
    saved = load(target)
    # The lesson's rule stays, and so do its cases: OR tried in the dock would otherwise become
    # the task's, and the starting weights would pass it as solved.
    assert saved.dataset == {"name": "and"} and not saved.training
    files.new()
    panel.set_dataset("and")
    assert panel.play_button.isEnabled() and panel.rate_spin.isEnabled()
    assert panel.status.text() == "Epoch 0: no run under way"
    assert panel.result.text() == ""  # training is allowed again: no count of a task by hand


def check_text(window) -> str:
    """The task panel's check as read: its cases are held together by unbreakable spaces."""
    return window.task_panel.check_label.text().replace("\u00a0", " ")


def test_a_gate_lesson_says_which_cases_are_still_wrong_and_when_it_is_solved(window):
    """The rings only stop showing; the task panel also says which input pairs are still wrong,
    and when none is, that the task is solved."""
    window.scenario_files.open_lesson(PATHS[0])  # AND, weights 0.5, bias 0
    check = window.task_panel.check_label
    assert check.isVisible()
    assert check_text(window) == "Not yet right for x₁ = 0, x₂ = 1; x₁ = 1, x₂ = 0."
    assert "x₁\u00a0=\u00a00,\u00a0x₂" in check.text()  # one case is never split over lines
    bias = window.inputs_form.bias_field.spin_box
    bias.setFocus()
    bias.selectAll()
    QTest.keyClicks(bias, "-0.75")
    assert check.text() == "✓ Solved: every case of the task gets the answer it asks for."
    assert len(window.learning_dock.input_space.wrong_points()) == 0  # as the rings say
    window.view_options.set_language("de", remember=False)
    assert check.text().startswith("✓ Gelöst")
    bias.setValue(-0.25)  # where "," is the decimal mark, a case is in brackets, apart by ";"
    assert check_text(window) == (
        "Noch nicht richtig für (x₁ = 0; x₂ = 1), (x₁ = 1; x₂ = 0).")
    window.view_options.set_language("en", remember=False)
    window.scenario_files.open_lesson(PATHS[3])  # the bias lesson: no cases to check
    window.scenario_files.prompt.button(QMessageBox.StandardButton.Discard).click()
    assert window.task_panel.isVisible() and not check.isVisible()


def test_the_focus_ring_round_a_lessons_task_fits_it_when_the_window_opens_with_it(qtbot):
    """The task's text took the keyboard as the window first showed, and grew shorter as the
    ring appeared: the ring kept the old height and struck through the check below."""
    from neuron_gui.app import create_application, create_window
    from neuron_gui.gui.focus_ring import WIDTH

    create_application("light")
    window = create_window(LESSONS["and-gate"].neuron, LESSONS["and-gate"], PATHS[0])
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    scroll = window.task_panel.scroll_area
    qtbot.waitUntil(lambda: scroll.hasFocus(), timeout=2000)
    qtbot.wait(50)
    around = scroll.geometry().adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
    assert scroll.focus_ring.geometry() == around.intersected(scroll.parentWidget().rect())


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_input_count_keeps_to_one_line_beside_its_button_on_a_1280_by_800_projector(
        window, qtbot, language):
    """On two lines, beside the button, the count was taller than the window could give it, and
    ran over the bias slider above."""
    window.view_options.set_language(language, remember=False)
    window.scenario_files.open_lesson(PATHS[0])
    window.view_options.draw_for_screen(800)
    window.view_options.presentation_action.trigger()
    qtbot.wait(50)
    count, button = window.inputs_form._count_label, window.inputs_form.add_button
    assert count.heightForWidth(count.width()) <= button.height()
    # ...and the rows above keep their room: the task's check, which wraps, once made the whole
    # task the least the column had to give the panel, and the form was squeezed under its own
    rows = window.inputs_form._scroll
    assert rows.mapTo(window, rows.rect().bottomLeft()).y() < button.mapTo(
        window, button.rect().topLeft()).y()
    assert count.accessibleName().startswith("2 ")  # the whole sentence for a screen reader
    window.view_options.presentation_action.trigger()
    window.view_options.set_language("en", remember=False)


def test_tab_goes_from_the_task_to_its_check_which_a_screen_reader_can_name(window, qtbot):
    window.scenario_files.open_lesson(PATHS[0])
    task, check = window.task_panel.scroll_area, window.task_panel.check_label
    task.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(task, Qt.Key.Key_Tab)
    qtbot.waitUntil(check.hasFocus, timeout=1000)
    assert check.accessibleName() == "Check" and check.text().startswith("Not yet")
    assert window.task_panel.check_label_ring.geometry().contains(check.geometry())


def test_a_z_of_exactly_zero_is_no_yes_in_the_check_either(window):
    """0.1 + 0.2 − 0.3 in floating point is a hair above 0, and the step said yes to it."""
    window.scenario_files.open_lesson(PATHS[0])
    for index, weight in enumerate((0.1, 0.2)):
        window.model.set_weight(index, weight)
    window.model.set_bias(-0.3)
    assert window.readout.text().endswith("output = Step(0.00) = 0.00")
    assert check_text(window) == "Not yet right for x₁ = 1, x₂ = 1."


def test_with_a_curve_the_check_says_which_outputs_count_as_1(window):
    window.scenario_files.open_lesson(PATHS[0])
    window.model.set_bias(-0.75)
    window.model.set_activation("sigmoid")  # σ(0.25) ≈ 0.56 for (1, 1): above the middle
    assert check_text(window) == ("✓ Solved: every case of the task gets the answer it asks for. "
                                  "An output above 0.5 counts as 1.")
    window.model.set_activation("relu")
    for index in (0, 1):  # outputs of exactly 0, 0, 0 and 1: still not the step's yes and no
        window.model.set_weight(index, 1.0)
    window.model.set_bias(-1.0)
    assert check_text(window).endswith("An output above 0.5 counts as 1.")
    window.model.set_activation("tanh")  # tanh(−0.75) ≈ −0.64 for (0, 0): below its middle, 0
    assert check_text(window).endswith("An output above 0 counts as 1.")


def test_the_xor_check_never_promises_a_solution(window):
    """The lesson asks whether any line can do it: "not yet" would answer that it can."""
    window.scenario_files.open_lesson(PATHS[7])
    assert check_text(window) == "Right for 3 of 4 cases."
    window.model.set_bias(5.0)
    assert check_text(window) == "Right for 2 of 4 cases."


def test_the_not_lesson_with_one_input_is_checked_in_the_task_panel(window):
    """One input: no plane to show its two cases on, but they are checked all the same."""
    window.scenario_files.open_lesson(PATHS[2])
    check = window.task_panel.check_label
    assert not window.learning_dock.isVisible()
    assert check_text(window) == "Not yet right for x₁ = 0; x₁ = 1."  # weight 1, bias 0: reversed
    window.model.set_bias(0.5)
    assert check_text(window) == "Not yet right for x₁ = 1."
    window.model.set_weight(0, -1.0)
    assert check.text() == "✓ Solved: every case of the task gets the answer it asks for."
    window.inputs_form.add_input()
    assert check.text() == (
        "Nothing to check while the number of inputs differs from the task's (1).")
    window.undo_action.trigger()
    assert check.text().startswith("✓ Solved")


def test_a_task_that_scrolls_shows_whole_lines_never_one_cut_through(window, qtbot):
    """On a projector the XOR lesson's question was cut through the middle of its first line,
    which looked broken rather than like more text below."""
    window.view_options.draw_for_screen(800)
    window.view_options.presentation_action.trigger()
    window.scenario_files.open_lesson(PATHS[7])
    scroll = window.task_panel.scroll_area
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    QApplication.processEvents()
    for area in (scroll, window.activation_panel.explanation_area):
        line = area.fontMetrics().lineSpacing()
        assert area.verticalScrollBar().maximum() > 0  # both scroll here...
        assert area.viewport().height() % line == 0  # ...by whole lines
        bar = area.verticalScrollBar()
        bar.triggerAction(bar.SliderAction.SliderSingleStepAdd)
        assert bar.value() == line  # an arrow or a wheel's step: one line
    window.view_options.presentation_action.trigger()


def test_a_screen_reader_hears_the_task_the_check_and_the_readout_not_only_their_names(
        window):
    """Each of these labels has a name ("Task", "Check", "Weighted sum"), which Qt reads in
    place of its text: a screen reader heard the names alone."""
    from PySide6.QtGui import QAccessible

    window.scenario_files.open_lesson(PATHS[0])

    def heard(widget):
        spoken = QAccessible.queryAccessibleInterface(widget)
        return (spoken.text(QAccessible.Text.Name), spoken.text(QAccessible.Text.Description))

    panel, readout = window.task_panel, window.readout
    assert heard(panel.task_label) == ("Task", panel.task_label.text())
    assert heard(panel.check_label) == (
        "Check", "Not yet right for x₁ = 0, x₂ = 1; x₁ = 1, x₂ = 0.")
    window.model.set_bias(-0.75)
    assert heard(panel.check_label)[1].startswith("✓ Solved")
    # said in the status bar too, once, where it is heard while the keyboard is in a field
    assert window.statusBar().currentMessage() == panel.check_label.text()
    window.statusBar().clearMessage()
    window.model.set_weight(0, 0.6)  # still solved: nothing more said
    assert window.statusBar().currentMessage() == ""
    assert heard(readout.sum_label) == ("Weighted sum", readout.sum_label.text())
    assert readout.sum_label.text() == "z = 0.60·1.00 + 0.50·1.00 + (−0.75) = 0.35"
    window.model.set_bias(0.0)  # not solved, then solved again, then not: the "✓ Solved" goes
    window.model.set_bias(-0.75)
    assert window.statusBar().currentMessage().startswith("✓ Solved")
    window.model.set_bias(0.0)
    assert window.statusBar().currentMessage() == ""


def test_a_case_from_a_file_is_named_with_its_own_digits():
    from neuron_gui.gui.task_panel import _cases_text

    assert _cases_text(np.array([[0.00001, 1.0]])).replace("\u00a0", " ") == (
        "x₁ = 0.00001, x₂ = 1")  # not "x₁ = 0", which would name another case


def test_a_lesson_without_cases_saves_the_points_tried_in_the_dock(window, tmp_path,
                                                                   monkeypatch):
    files = window.scenario_files
    files.open_lesson(PATHS[3])  # why the bias matters: a task, no cases of its own
    window.learning_action.trigger()
    panel = window.learning_dock.learning_panel
    panel.set_dataset(OWN_POINTS)
    panel.add_point(0.5, 0.5)
    panel.add_point(-0.5, 1.0, other_class=True)
    target = tmp_path / "mine.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(target))
    files.save()
    assert load(target).dataset == {"points": [[0.5, 0.5], [-0.5, 1.0]], "labels": [1, 0]}


def test_a_student_copy_of_the_not_lesson_keeps_its_cases(window, tmp_path, monkeypatch):
    """Even through a save with two inputs, which has to leave them out."""
    files = window.scenario_files
    files.open_lesson(PATHS[0])  # the dock is made, with the AND points in it
    files.open_lesson(PATHS[2])
    window.model.set_weight(0, -1.0)
    target = tmp_path / "my-not.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(target))
    cases = {"points": [[0.0], [1.0]], "labels": [1, 0]}
    files.save()
    assert load(target).dataset == cases and load(target).neuron.weights == (-1.0,)
    window.inputs_form.add_input()
    files.save()
    assert load(target).dataset is None  # two inputs: the cases do not fit
    window.undo_action.trigger()
    files.save()
    assert load(target).dataset == cases
    assert check_text(window) == "Not yet right for x₁ = 0."


def test_the_dock_a_lesson_opened_for_its_points_closes_with_the_next_lesson_without_any(
        window):
    """Lesson 3 has one input: a dock left over from lesson 1 would ask for a second one. A dock
    the student opened by hand stays open."""
    files, dock = window.scenario_files, window.learning_dock
    files.open_lesson(PATHS[0])
    assert dock.isVisible()
    files.open_lesson(PATHS[2])
    assert window.model.neuron == LESSONS["not-gate"].neuron and not dock.isVisible()
    window.learning_action.trigger()  # the student's own choice
    files.open_lesson(PATHS[3])
    assert dock.isVisible()


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_the_bias_lesson_sends_the_student_to_the_sum_by_the_name_on_screen(window, language):
    window.view_options.set_language(language, remember=False)
    task = LESSONS["bias-matters"].texts(language)[1]
    assert window.readout.title() in task
    window.view_options.set_language("en", remember=False)


def test_in_the_xor_lesson_a_failed_run_says_what_happened_but_leaves_the_why_to_the_student(
        window, qtbot):
    """The lesson's question asks what a straight line can do and what a second layer adds; a
    run's result must not answer it. Outside a lesson, the same run explains (test_learning)."""
    window.scenario_files.open_lesson(PATHS[7])
    panel = window.learning_dock.learning_panel
    assert panel.play_button.isEnabled()  # trying is part of this lesson
    panel.max_spin.setValue(20)
    for _ in range(20):
        panel.step()
    text = panel.result.text()
    assert text.startswith("Stopped after 20 epochs with")
    assert "straight line" not in text and "layer" not in text
    window.scenario_files.new()
    window.scenario_files.prompt.button(QMessageBox.StandardButton.Discard).click()
    panel.set_dataset("xor")
    for _ in range(20):
        panel.step()
    assert "no straight line can split these points" in panel.result.text()


def test_a_lesson_with_a_question_and_no_points_still_keeps_the_why_to_itself(window):
    """Lesson 5 asks what happens on ReLU's flat side; a run on the student's own points there
    must not answer that in its result."""
    window.scenario_files.open_lesson(PATHS[4])
    window.learning_action.trigger()
    panel = window.learning_dock.learning_panel
    panel.add_point(3, 3)
    panel.add_point(2, 2, other_class=True)
    panel.start_combo.setCurrentIndex(panel.start_combo.findData("keep"))
    panel.start_combo.activated.emit(panel.start_combo.currentIndex())
    panel.max_spin.setValue(5)
    for _ in range(5):
        panel.step()
    assert window.model.neuron.weights == LESSONS["relu-dead-zone"].neuron.weights  # stuck
    assert panel.result.text().startswith("Stopped after 5 epochs")
    assert "slope" not in panel.result.text()


def test_a_dock_the_student_closed_and_opened_again_is_theirs(window):
    files, dock = window.scenario_files, window.learning_dock
    files.open_lesson(PATHS[0])  # opens the dock for its points
    window.learning_action.trigger()  # closed...
    window.learning_action.trigger()  # ...and opened again by the student
    files.open_lesson(PATHS[2])
    assert dock.isVisible()


def test_a_lesson_without_training_keeps_that_rule_and_its_cases_when_the_dock_has_none(
        window, tmp_path, monkeypatch):
    files = window.scenario_files
    files.open_lesson(PATHS[0])
    panel = window.learning_dock.learning_panel
    panel.set_dataset(OWN_POINTS)  # no points of their own yet in the dock
    target = tmp_path / "mine.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(target))
    files.save()
    assert load(target).dataset == {"name": "and"} and not load(target).training
    files.new()
    files.open_path(target)
    panel.add_point(0, 0)
    panel.add_point(1, 1, other_class=True)
    assert not panel.play_button.isEnabled()
