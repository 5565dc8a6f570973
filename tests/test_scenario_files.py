"""Scenario files in the window: New, Open, Save, Save As, recent files, dropped files, the
unsaved-changes question, the Task panel and the command line, checked by what the student sees
and what is on the disk. The file dialogs are replaced; everything after them is real."""

import errno
import os
import subprocess
import sys
import tempfile
from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from neuron_gui.core import Neuron
from neuron_gui.core.scenario import Scenario, ScenarioError, load, save
from neuron_gui.gui.model import DEFAULT_NEURON
from neuron_gui.gui.scenario_files import MAX_RECENT

LESSON = Scenario(
    Neuron([1.0, 1.0], [0.5, 0.5], 0.0, "step"),
    title="An AND gate",
    task="Make the output 1 only when both inputs are 1.",
    question="Which biases work?",
    x_range=(-3.0, 3.0),
    dataset={"name": "and"},
)
EXAMPLE_READOUT = "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40\noutput = ReLU(−1.40) = 0.00"


@pytest.fixture
def files(window):
    return window.scenario_files


@pytest.fixture
def lesson_file(tmp_path):
    path = tmp_path / "and.neuron.json"
    save(LESSON, path)
    return path


def edit_a_weight(window, value=2.0):
    window.inputs_form.rows[0].w_field.spin_box.setValue(value)
    window.model.end_edit()


def title_shown(window):
    """The title as the window shows it: "[*]" becomes "*" when modified, else disappears."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


# Opening ---------------------------------------------------------------------------------------

def test_opening_a_file_shows_its_neuron_task_and_plot_range(window, files, lesson_file):
    files.open_path(lesson_file)
    assert window.readout.text() == (
        "z = 0.50·1.00 + 0.50·1.00 + 0.00 = 1.00\noutput = Step(1.00) = 1.00")
    assert window.task_panel.isVisible()
    assert window.task_panel.title() == "An AND gate"
    assert window.task_panel.task_label.text() == "Make the output 1 only when both inputs are 1."
    assert window.task_panel.question_label.text() == "Question: Which biases work?"
    assert window.activation_plot.visible_range()[0] == pytest.approx((-3.0, 3.0))
    assert title_shown(window) == "and.neuron.json — Neuron GUI"
    assert not window.model.is_modified() and not window.model.undo_stack.canUndo()
    assert window.statusBar().currentMessage() == "Opened and.neuron.json."


def test_reset_after_opening_returns_to_the_files_neuron(window, files, lesson_file):
    files.open_path(lesson_file)
    edit_a_weight(window)
    QTest.keySequence(window, "Ctrl+R")
    assert window.model.neuron == LESSON.neuron


@pytest.mark.parametrize("content", [
    "{ not json",
    '{"format": "neuron_gui.scenario", "version": 9, "neuron": {}}',
    '{"format": "neuron_gui.scenario", "version": 1, "neuron": {"inputs": [1, 2], '
    '"weights": [1, true], "activation": "relu"}}',
])
def test_a_bad_file_changes_nothing_and_says_why(window, files, tmp_path, content):
    path = tmp_path / "bad.neuron.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ScenarioError) as expected:
        load(path)
    title_before = window.windowTitle()
    files.open_path(path)
    assert window.readout.text() == EXAMPLE_READOUT
    assert not window.task_panel.isVisible()
    assert window.windowTitle() == title_before and files.path is None
    box = files.message_box
    assert box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Could not open bad.neuron.json."
    assert box.informativeText() == str(expected.value)
    assert files.recent_files() == []


def test_a_missing_file_says_so(files, tmp_path):
    files.open_path(tmp_path / "gone.neuron.json")
    assert files.message_box.informativeText() == "no such file"


@pytest.mark.parametrize("language, heading, details", [
    ("de", "bad.neuron.json konnte nicht geöffnet werden.",
     "neuron.weights[1] (w₂): erwartet wurde eine Zahl, gefunden wurde true (true und false sind "
     "keine Zahlen)"),
    ("es", "No se pudo abrir bad.neuron.json.",
     "neuron.weights[1] (w₂): se esperaba un número, pero se encontró true (true y false no "
     "son números)"),
])
def test_a_bad_file_is_explained_in_the_language_on_screen(
        window, files, tmp_path, language, heading, details):
    """The whole message, the file's details too, not a translated heading over English."""
    window.view_options.set_language(language, remember=False)
    path = tmp_path / "bad.neuron.json"
    path.write_text('{"format": "neuron_gui.scenario", "version": 1, "neuron": {"inputs": [1, 2], '
                    '"weights": [1, true], "activation": "relu"}}', encoding="utf-8")
    files.open_path(path)
    box = files.message_box
    assert (box.text(), box.informativeText()) == (heading, details)
    files.open_path(tmp_path / "gone.neuron.json")
    assert files.message_box.informativeText() == {"de": "die Datei gibt es nicht",
                                                   "es": "el archivo no existe"}[language]
    comma = tmp_path / "comma.neuron.json"
    comma.write_text('{"format": "neuron_gui.scenario",}', encoding="utf-8")  # one comma too many
    files.open_path(comma)
    assert files.message_box.informativeText() == {
        "de": "Zeile 1, Spalte 34: kein gültiges JSON (erwartet wurde ein Feldname in doppelten "
              "Anführungszeichen (ein Komma zu viel?))",
        "es": "línea 1, columna 34: JSON no válido (se esperaba un nombre de campo entre comillas "
              "dobles (¿sobra una coma?))"}[language]
    window.view_options.set_language("en", remember=False)
    with pytest.raises(ScenarioError, match=r"^neuron.weights\[1\] \(w₂\): expected a number, "
                       r"got true \(true and false are not numbers\)$"):
        load(path)  # the core itself still speaks English, for notebooks and logs


def test_the_open_action_uses_the_dialogs_choice(window, files, lesson_file, monkeypatch):
    monkeypatch.setattr(files, "ask_open_path", lambda: str(lesson_file))
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Open))
    assert files.path == lesson_file and window.model.neuron == LESSON.neuron
    monkeypatch.setattr(files, "ask_open_path", lambda: "")  # cancelled: nothing happens
    files.open_action.trigger()
    assert files.path == lesson_file


# Saving -----------------------------------------------------------------------------------------

def test_points_clicked_after_a_second_input_was_added_are_saved_with_it(window, files,
                                                                          tmp_path):
    one_input = tmp_path / "not.neuron.json"
    save(Scenario(Neuron([1.0], [-1.0], 0.5, "step"), title="A NOT gate"), one_input)
    files.open_path(one_input)
    window.learning_action.trigger()
    panel = window.learning_dock.learning_panel
    QTest.mouseClick(window.learning_dock.input_space.add_input_button, Qt.MouseButton.LeftButton)
    panel.add_point(0.5, 0.25)  # as a click in the plane does
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Save))
    saved = load(one_input)
    assert saved.neuron.size == 2 and saved.title == "A NOT gate"
    assert saved.dataset == {"points": [[0.5, 0.25]], "labels": [1]}


def test_a_file_without_points_opens_without_the_last_files_points(window, files, lesson_file,
                                                                    tmp_path):
    files.open_path(lesson_file)  # AND's points, and the dock opened for them
    plain = tmp_path / "plain.neuron.json"
    save(Scenario(Neuron([1.0, 2.0], [0.5, -1.0], 0.1, "relu"), title="No points"), plain)
    files.open_path(plain)
    panel = window.learning_dock.learning_panel
    assert len(panel.points()[0]) == 0 and not window.isWindowModified()
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Save))
    assert load(plain).dataset is None


def test_save_writes_the_neuron_on_screen_with_its_lesson(window, files, lesson_file):
    files.open_path(lesson_file)
    edit_a_weight(window, 1.25)
    assert window.isWindowModified() and title_shown(window) == "and.neuron.json* — Neuron GUI"
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Save))
    saved = load(lesson_file)
    assert saved.neuron.weights == (1.25, 0.5)
    assert (saved.title, saved.task, saved.question) == (LESSON.title, LESSON.task, LESSON.question)
    assert saved.x_range == (-3.0, 3.0) and saved.dataset == {"name": "and"}
    assert not window.isWindowModified() and not window.model.is_modified()
    assert title_shown(window) == "and.neuron.json — Neuron GUI"
    assert window.statusBar().currentMessage() == "Saved and.neuron.json."


def test_save_without_a_file_asks_where_and_save_as_always_does(window, files, tmp_path,
                                                                monkeypatch):
    chosen = [tmp_path / "first.neuron.json", tmp_path / "second.neuron.json"]
    monkeypatch.setattr(files, "ask_save_path", lambda: str(chosen.pop(0)))
    edit_a_weight(window, 3.0)
    files.save_action.trigger()
    assert files.path == tmp_path / "first.neuron.json"
    assert load(files.path).neuron.weights == (3.0, -1.0)
    QTest.keySequence(window, "Ctrl+Shift+S")
    assert files.path == tmp_path / "second.neuron.json" and files.path.is_file()
    assert files.recent_files()[:2] == [str(tmp_path / "second.neuron.json"),
                                        str(tmp_path / "first.neuron.json")]


def test_a_cancelled_save_dialog_saves_nothing(window, files, monkeypatch):
    monkeypatch.setattr(files, "ask_save_path", lambda: "")
    edit_a_weight(window)
    assert files.save() is False
    assert window.model.is_modified() and files.path is None


def test_a_folder_that_cannot_be_written_gives_a_message_and_keeps_the_changes(
        window, files, tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    edit_a_weight(window)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert files.save_to(tmp_path / "x.neuron.json") is False
    assert files.message_box.text() == "Could not save x.neuron.json."
    assert "cannot be written to; choose another folder" in files.message_box.informativeText()
    assert window.model.is_modified() and files.path is None
    assert list(tmp_path.iterdir()) == []


def test_saving_over_a_read_only_handout_says_so_and_keeps_file_and_changes(
        window, files, lesson_file):
    original = lesson_file.read_bytes()
    lesson_file.chmod(0o444)
    try:
        files.open_path(lesson_file)
        edit_a_weight(window, 1.25)
        QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Save))
        assert files.message_box.text() == "Could not save and.neuron.json."
        assert files.message_box.informativeText().startswith(
            "cannot save and.neuron.json: the file is read-only; save under another name")
        assert lesson_file.read_bytes() == original
        assert window.model.neuron.weights == (1.25, 0.5) and window.isWindowModified()
    finally:
        lesson_file.chmod(0o644)


def test_cases_and_an_answer_that_no_longer_fit_are_left_out_with_a_word_and_come_back(
        window, files, tmp_path):
    """A third input tried in a teacher's two-input lesson: Save leaves the cases and the
    answer out (they would not fit), says so, and writes them again once two inputs are back;
    the answer was lost for good after the first save."""
    path = tmp_path / "and.neuron.json"
    save(replace(LESSON, answer={"weights": [1, 1], "bias": -1.5}), path)
    files.open_path(path)
    window.inputs_form.add_input()  # three inputs: the AND table has two
    files.save()
    saved = load(path)
    assert saved.neuron.size == 3 and saved.dataset is None and saved.answer is None
    assert saved.title == LESSON.title
    box = files.message_box
    assert box.isVisible()
    assert box.text() == "Saved and.neuron.json without the cases and the answer."
    assert box.informativeText().startswith("They are for 2 inputs, and the neuron now has 3.")
    box.close()
    files.message_box = None
    window.inputs_form.remove_input(2)
    files.save()
    saved = load(path)
    assert saved.dataset == {"name": "and"} and saved.answer == {"weights": [1, 1], "bias": -1.5}
    assert files.message_box is None  # nothing left out: nothing said


def test_points_tried_in_the_dock_that_no_longer_fit_are_left_out_with_a_word(window, files,
                                                                             tmp_path):
    """No file's points, only the dock's: Save with a third input crashed after writing."""
    window.learning_action.trigger()
    panel = window.learning_dock.learning_panel
    combo = panel.dataset_combo
    combo.setCurrentIndex(combo.findData("and"))
    combo.activated.emit(combo.currentIndex())
    window.inputs_form.add_input()
    path = tmp_path / "mine.neuron.json"
    assert files.save_to(path)
    assert load(path).dataset is None and load(path).neuron.size == 3
    assert files.message_box.text() == "Saved mine.neuron.json without the points."
    assert files.message_box.informativeText().startswith(
        "They are for 2 inputs, and the neuron now has 3.")


# The unsaved-changes question -------------------------------------------------------------------

def test_opening_over_unsaved_changes_asks_first(window, files, lesson_file, tmp_path):
    edit_a_weight(window, 2.0)
    files.open_path(lesson_file)
    prompt = files.prompt
    assert prompt.isVisible() and prompt.windowModality() == Qt.WindowModality.WindowModal
    assert prompt.text() == "Save the changes to this neuron first?"
    assert {prompt.standardButton(b) for b in prompt.buttons()} == {
        QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel}
    prompt.button(QMessageBox.StandardButton.Cancel).click()
    assert files.prompt is None
    assert window.model.neuron.weights == (2.0, -1.0) and window.model.is_modified()
    files.open_path(lesson_file)
    files.prompt.button(QMessageBox.StandardButton.Discard).click()
    assert window.model.neuron == LESSON.neuron and not window.model.is_modified()


def test_answering_save_saves_first_then_opens(window, files, lesson_file, tmp_path,
                                               monkeypatch):
    mine = tmp_path / "mine.neuron.json"
    monkeypatch.setattr(files, "ask_save_path", lambda: str(mine))
    edit_a_weight(window, 2.0)
    files.open_path(lesson_file)
    files.prompt.button(QMessageBox.StandardButton.Save).click()
    assert load(mine).neuron.weights == (2.0, -1.0)
    assert files.path == lesson_file and window.model.neuron == LESSON.neuron


def test_a_failed_save_in_the_question_keeps_the_changes(window, files, lesson_file,
                                                         monkeypatch):
    monkeypatch.setattr(files, "ask_save_path", lambda: "")  # the save dialog is cancelled
    edit_a_weight(window, 2.0)
    files.open_path(lesson_file)
    files.prompt.button(QMessageBox.StandardButton.Save).click()
    assert window.model.neuron.weights == (2.0, -1.0) and files.path is None


def test_new_goes_back_to_the_default_neuron_after_asking(window, files, lesson_file):
    files.open_path(lesson_file)
    edit_a_weight(window)
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.New))
    files.prompt.button(QMessageBox.StandardButton.Discard).click()
    assert window.model.neuron == DEFAULT_NEURON
    assert files.path is None and not window.task_panel.isVisible()
    assert title_shown(window) == "Neuron GUI — how one neuron computes"
    assert window.activation_plot.visible_range()[0] == pytest.approx((-6.0, 6.0))


def test_closing_with_unsaved_changes_asks_and_closes_after_discard(window, files):
    assert window.isVisible()
    edit_a_weight(window)
    assert window.close() is False  # the question is open; the window stays
    assert window.isVisible() and files.prompt.isVisible()
    files.prompt.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()
    window.close()
    files.prompt.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()


def test_closing_with_nothing_to_save_does_not_ask(window, files):
    assert window.close() is True
    assert files.prompt is None and not window.isVisible()


def test_undoing_back_to_the_saved_state_is_not_a_change(window, files, lesson_file):
    files.open_path(lesson_file)
    edit_a_weight(window)
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()
    files.open_path(lesson_file)  # nothing to ask about
    assert files.prompt is None


# Recent files ------------------------------------------------------------------------------------

def test_recent_files_keep_the_last_eight_newest_first(files, tmp_path):
    paths = []
    for n in range(MAX_RECENT + 2):
        path = tmp_path / f"s{n}.neuron.json"
        save(LESSON, path)
        files.open_path(path)
        paths.append(str(path))
    assert files.recent_files() == paths[::-1][:MAX_RECENT]
    entries = [a for a in files.recent_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries[:3]] == ["&1 s9.neuron.json", "&2 s8.neuron.json",
                                              "&3 s7.neuron.json"]
    assert entries[-1] is files.clear_recent_action
    entries[1].trigger()
    assert files.path == tmp_path / "s8.neuron.json"
    assert files.recent_files()[0] == paths[8]


def test_a_recent_file_that_is_gone_is_removed_with_a_message(files, lesson_file, tmp_path):
    other = tmp_path / "other.neuron.json"
    save(LESSON, other)
    files.open_path(lesson_file)
    files.open_path(other)
    lesson_file.unlink()
    files.open_recent(str(lesson_file))
    assert files.recent_files() == [str(other)]
    assert files.message_box.text() == "and.neuron.json is no longer there."
    assert "taken off the list of recent files" in files.message_box.informativeText()
    assert files.path == other


def test_clearing_the_recent_list(files, lesson_file):
    files.open_path(lesson_file)
    files.clear_recent_action.trigger()
    assert files.recent_files() == [] and not files.recent_menu.isEnabled()


# Dropping a file on the window -------------------------------------------------------------------

def drag_event(kind, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    if kind == "enter":
        event = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    else:
        event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    return event, mime


@pytest.mark.parametrize("where", ["window", "plot"])
def test_a_dropped_scenario_file_is_opened(window, files, lesson_file, qtbot, where):
    assert window.acceptDrops()
    target = window if where == "window" else window.activation_plot.plot_widget.viewport()
    event, _ = drag_event("enter", lesson_file)
    QApplication.sendEvent(target, event)
    assert event.isAccepted()
    event, _ = drag_event("drop", lesson_file)
    QApplication.sendEvent(target, event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: files.path == lesson_file, timeout=2000)
    assert window.model.neuron == LESSON.neuron


@pytest.mark.parametrize("name", ["notes.txt", "picture.png", "noextension"])
def test_only_json_files_may_be_dropped(window, files, tmp_path, name, qtbot):
    path = tmp_path / name
    path.write_text("x")
    event, _ = drag_event("enter", path)
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    event, _ = drag_event("drop", path)
    QApplication.sendEvent(window, event)
    qtbot.wait(50)
    assert files.message_box is None and window.readout.text() == EXAMPLE_READOUT


# The Task panel, actions and names ----------------------------------------------------------------

def test_the_task_panel_is_hidden_for_a_scenario_without_texts(window, files, tmp_path):
    plain = tmp_path / "plain.neuron.json"
    save(Scenario(Neuron([1.0], [1.0], 0.0, "linear")), plain)
    files.open_path(plain)
    assert not window.task_panel.isVisible()
    save(Scenario(Neuron([1.0], [1.0]), question="Only a question?"), plain)
    files.open_path(plain)
    assert window.task_panel.isVisible() and window.task_panel.title() == "Task"
    assert not window.task_panel.task_label.isVisible()


def test_a_long_title_is_cut_short_in_the_panel_and_never_widens_the_window(window, files,
                                                                           tmp_path, qtbot):
    """A title of 190 characters (the format allows 200) made the window 1392 pixels wide on a
    1280 screen, and twice as wide in projector mode, the plot squeezed to a strip."""
    title = ("A very long lesson title, " * 8)[:190]
    path = tmp_path / "long.neuron.json"
    save(replace(LESSON, title=title), path)
    files.open_path(path)
    window.view_options.draw_for_screen(1080)
    window.view_options.presentation_action.trigger()
    qtbot.waitUntil(lambda: window.task_panel.title().endswith("…"))
    assert window.width() == 1280 and window.minimumSizeHint().width() <= 1280
    shown = window.task_panel.title()
    assert title.startswith(shown[:-1]) and window.task_panel.toolTip() == title
    window.view_options.presentation_action.trigger()
    save(LESSON, path)
    files.open_path(path)  # a title that fits is shown whole, with the panel's own tooltip
    assert window.task_panel.title() == LESSON.title
    assert window.task_panel.toolTip() == "What the open lesson asks you to do"


def test_the_task_is_plain_text_never_html(window, files, tmp_path):
    path = tmp_path / "html.neuron.json"
    save(Scenario(Neuron([1.0], [1.0]), task="<b>bold</b> <img src='x.png'>"), path)
    files.open_path(path)
    assert window.task_panel.task_label.textFormat() == Qt.TextFormat.PlainText
    assert window.task_panel.task_label.text() == "<b>bold</b> <img src='x.png'>"


def test_file_menu_actions_have_shortcuts_texts_and_tooltips(window, files):
    expected = {
        files.new_action: QKeySequence(QKeySequence.StandardKey.New),
        files.open_action: QKeySequence(QKeySequence.StandardKey.Open),
        files.save_action: QKeySequence(QKeySequence.StandardKey.Save),
        files.save_as_action: QKeySequence("Ctrl+Shift+S"),
        files.lessons_action: QKeySequence("Ctrl+Shift+L"),
    }
    for action, keys in expected.items():
        assert action.shortcut() == keys and action.text() and action.toolTip()
    in_menu = window.file_menu.actions()
    assert all(action in in_menu for action in expected)
    assert files.recent_menu.menuAction() in in_menu
    assert in_menu[-1] is window.quit_action  # Quit stays last


# The command line --------------------------------------------------------------------------------

def test_create_window_with_a_scenario_shows_it(qtbot, lesson_file):
    from neuron_gui.app import create_application, create_window
    from neuron_gui.cli import parse

    create_application("light")
    args, neuron = parse([str(lesson_file), "--bias", "-0.75"])
    window = create_window(neuron, args.scenario, args.file)
    qtbot.addWidget(window)
    assert window.model.neuron == Neuron([1.0, 1.0], [0.5, 0.5], -0.75, "step")
    assert window.task_panel.title() == "An AND gate" and window.scenario_files.path == lesson_file
    assert not window.model.is_modified()


def run_cli(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "neuron_gui", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_the_command_line_opens_a_file(lesson_file, tmp_path):
    shot = tmp_path / "shot.png"
    result = run_cli(str(lesson_file), "--screenshot", str(shot), "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


@pytest.mark.parametrize("content, message", [
    (None, "gone.neuron.json: no such file"),
    ('{"format": "neuron_gui.scenario", "version": 1, "neuron": {"inputs": [1], '
     '"weights": ["x"], "activation": "relu"}}',
     "gone.neuron.json: neuron.weights[0] (w₁): expected a number, got the string \"x\""),
    ("[1,", "gone.neuron.json: line 1, column 4: not valid JSON"),
])
def test_a_bad_file_for_a_screenshot_gives_one_line_and_exit_2(tmp_path, content, message):
    """(Without --screenshot the window opens and says it: see test_cli.)"""
    path = tmp_path / "gone.neuron.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run_cli(str(path), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("neuron-gui: error: ")
    assert message in lines[0]


def test_the_next_start_carries_on_with_the_last_file(window, files, lesson_file, qtbot):
    from neuron_gui.gui.main_window import MainWindow
    from neuron_gui.gui.model import NeuronModel

    files.open_path(lesson_file)
    window.close()
    again = MainWindow(NeuronModel(DEFAULT_NEURON))
    qtbot.addWidget(again)
    assert again.scenario_files.reopen_last()
    assert again.model.neuron == LESSON.neuron
    assert again.task_panel.texts() == (LESSON.title, LESSON.task, LESSON.question)
    lesson_file.unlink()  # gone by the time after: the default neuron, and no complaint
    third = MainWindow(NeuronModel(DEFAULT_NEURON))
    qtbot.addWidget(third)
    assert not third.scenario_files.reopen_last()
    assert third.model.neuron == DEFAULT_NEURON and third.scenario_files.message_box is None


def test_neuron_options_on_the_command_line_take_the_place_of_the_last_file():
    from neuron_gui.app import _neuron_options_given
    from neuron_gui.cli import parse

    assert not _neuron_options_given(parse([])[0])
    assert _neuron_options_given(parse(["--bias", "1"])[0])
    assert _neuron_options_given(parse(["--activation", "tanh"])[0])


def test_a_file_with_points_opens_them_in_the_learning_dock(window, files, tmp_path):
    points = Scenario(Neuron([0.0, 0.0], [1.0, -1.0], 0.0, "step"), title="Train this",
                      dataset={"points": [[0.0, 0.0], [2.0, 1.0], [1.0, 3.0]], "labels": [0, 1, 0]})
    path = tmp_path / "train.neuron.json"
    save(points, path)
    files.open_path(path)
    dock = window.learning_dock
    assert dock.isVisible()
    shown, labels = dock.learning_panel.points()
    assert shown.tolist() == [[0.0, 0.0], [2.0, 1.0], [1.0, 3.0]] and labels.tolist() == [0, 1, 0]
    dock.learning_panel.add_point(3.0, 3.0)  # the student adds one of class 0 (the chosen class)
    assert files.save_to(path)
    again = load(path)
    assert again.dataset["points"][-1] == [3.0, 3.0] and len(again.dataset["labels"]) == 4


def test_a_file_with_a_truth_table_chooses_it(window, files, lesson_file):
    files.open_path(lesson_file)  # its dataset is {"name": "and"}
    assert window.learning_dock.learning_panel.dataset == "and"
    assert load(lesson_file).dataset == {"name": "and"}


def test_a_lesson_speaks_the_language_on_screen(window, files, tmp_path):
    path = tmp_path / "bilingual.neuron.json"
    save(Scenario(Neuron([1.0], [1.0]), title="Doubling", task="Make it twice as big.",
                  translations={"de": {"title": "Verdoppeln", "task": "Mach es doppelt so groß."}}),
         path)
    files.open_path(path)
    assert window.task_panel.texts()[:2] == ("Doubling", "Make it twice as big.")
    window.view_options.set_language("de")
    assert window.task_panel.texts()[:2] == ("Verdoppeln", "Mach es doppelt so groß.")
    assert window.task_panel.title() == "Verdoppeln"
    window.view_options.set_language("es")  # no Spanish text: the English one
    assert window.task_panel.texts()[0] == "Doubling"
