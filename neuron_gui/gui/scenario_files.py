"""Scenario files in the window: New, Open…, Open recent, Lessons…, Save and Save As… in the File
menu, a file dropped on the window, and a file named on the command line.

Every way of opening ends in ``open_path`` (or ``open_lesson``) and every way of saving in
``save_to``; the file dialogs only choose the path. A file is read whole and checked before
anything on screen changes, so a bad file leaves the window as it was and says why in a dialog.
Unsaved changes are asked about (Save, Discard, Cancel) before New, Open and closing; the question
is a window-modal sheet that does not block, so whatever was asked for happens once it is answered.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QGraphicsView, QMainWindow, QMenu, QMessageBox

from ..core.scenario import (
    DATASET_COLUMNS, SUFFIX, Scenario, ScenarioError, dataset_columns, is_scenario_name, load,
    save,
)
from .activation_plot import ActivationPlot
from .i18n import current_language, problem_text
from .lessons import LessonPicker
from .model import DEFAULT_NEURON, NeuronModel
from .task_panel import TaskPanel

RECENT_KEY = "files/recent"
FOLDER_KEY = "files/folder"
MAX_RECENT = 8

_Button = QMessageBox.StandardButton


class ScenarioFiles(QObject):
    def __init__(self, window: QMainWindow, model: NeuronModel, task_panel: TaskPanel,
                 plot: ActivationPlot) -> None:
        super().__init__(window)
        self.window, self.model, self.task_panel, self.plot = window, model, task_panel, plot
        self.path: Path | None = None  # the file the neuron was opened from or saved to
        self.scenario = Scenario(model.neuron)  # the lesson around the neuron: texts, range, …
        # Its data set and answer as opened, kept through saves that must leave them out: see
        # _scenario_to_save
        self._opened_dataset = None
        self._opened_answer = None
        self.prompt: QMessageBox | None = None  # the unsaved-changes question, while it is open
        self.message_box: QMessageBox | None = None  # the last problem shown
        self.lesson_picker: LessonPicker | None = None
        self._close_confirmed = False
        # The learning dock was opened for the open file's points, not by the student: the next
        # file without points closes it again (a single-input lesson must not ask for a plane).
        self._dock_opened_for_points = False  # see dock_chosen_by_student too

        self.new_action = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new)
        self.open_action = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.open)
        self.lessons_action = QAction(window, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.lessons_action.triggered.connect(self.choose_lesson)
        self.save_action = QAction(window, shortcut=QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.triggered.connect(self.save)
        # Not StandardKey.SaveAs: it is empty on Windows.
        self.save_as_action = QAction(window, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)  # another window may add
        self.clear_recent_action = QAction(window)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        self._recent_actions: list[QAction] = []

        # Files dropped on the window, without a subclass of it. The plots take drops of their
        # own (QGraphicsView accepts them), so a file let go over a plot is caught there too.
        window.setAcceptDrops(True)
        self._drop_targets = [window] + [view.viewport()
                                         for view in window.findChildren(QGraphicsView)]
        for target in self._drop_targets:
            target.installEventFilter(self)
        model.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.new_action, self.open_action])
        menu.addMenu(self.recent_menu)
        menu.addAction(self.lessons_action)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        self._fill_recent_menu()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New"))
        self.new_action.setToolTip(self.tr("Start again from the default neuron, with no lesson"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setToolTip(self.tr("Open a scenario file (*.neuron.json)"))
        self.lessons_action.setText(self.tr("&Lessons…"))
        self.lessons_action.setToolTip(self.tr(
            "Choose one of the lessons that come with Neuron GUI"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setToolTip(self.tr("Save the neuron and its lesson to its file"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.save_as_action.setToolTip(self.tr("Save the neuron and its lesson to a new file"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.recent_menu.setToolTip(self.tr("Files opened or saved lately"))
        self.clear_recent_action.setText(self.tr("&Clear the list"))
        self._fill_recent_menu()
        self._update_title()
        self.task_panel.set_texts(*self.scenario.texts(current_language()))

    # What is open --------------------------------------------------------------------------------

    def current_scenario(self) -> Scenario:
        """What Save writes: the neuron on screen inside the lesson it came with."""
        return self._scenario_to_save()[0]

    def _scenario_to_save(self) -> tuple[Scenario, Any, Any]:
        """The scenario Save writes, and the data set and the answer it had to leave out (None
        for what it kept, or never had).

        A lesson keeps the cases its task is about, whatever points the student tries in the
        dock; a lesson without cases, or another file, takes the dock's points. A data set or
        an answer made for another number of inputs is left out: it no longer fits. Both are
        kept here, so they are written again once the inputs fit again."""
        neuron = self.model.neuron
        dataset, answer = self._opened_dataset, self._opened_answer
        dock = self.window.learning_dock
        lesson_cases = self.scenario.is_lesson() and dataset is not None
        if dock.built and not lesson_cases and _on_the_plane(dataset):
            dataset = dock.learning_panel.scenario_dataset()  # the points learned from now
        if dataset is not None and neuron.size != dataset_columns(dataset):
            dataset, left_out_dataset = None, dataset
        else:
            left_out_dataset = None
        if answer is not None and neuron.size != len(answer["weights"]):
            answer, left_out_answer = None, answer
        else:
            left_out_answer = None
        # All three at once: each is checked against the others, the neuron included.
        return (replace(self.scenario, neuron=neuron, dataset=dataset, answer=answer),
                left_out_dataset, left_out_answer)

    def dock_chosen_by_student(self) -> None:
        """The student opened or closed the learning dock: from now on it stays as they left it
        when the next file comes."""
        self._dock_opened_for_points = False

    def show_scenario(self, scenario: Scenario, path: str | Path | None = None) -> None:
        """Put ``scenario`` on screen as a fresh start: no undo history, Reset comes back here.
        With the ``path`` it was read from, that file is the open one and joins the recent list.
        """
        self.scenario = scenario
        self.path = None if path is None else Path(path)
        if self.path is not None:
            self._remember(self.path)
        self._close_confirmed = False
        self.model.load(scenario.neuron)
        self.task_panel.set_texts(*scenario.texts(current_language()))
        self._opened_dataset, self._opened_answer = scenario.dataset, scenario.answer
        self.task_panel.set_cases(scenario.cases())
        self._show_range(scenario.x_range)
        dock = self.window.learning_dock
        dock.set_lesson_rules(scenario.training, explaining=not scenario.asks_a_question())
        if scenario.dataset is not None and _on_the_plane(scenario.dataset):
            # "train this": the points, and the dock to train on
            dock.learning_panel.show_scenario_dataset(scenario.dataset)
            if not dock.isVisible():
                self._dock_opened_for_points = True
                dock.show()
        elif dock.built:  # no points of the last file stay behind, to be saved into this one
            dock.learning_panel.show_scenario_dataset(None)
            if self._dock_opened_for_points:
                self._dock_opened_for_points = False
                dock.hide()
        self._update_title()

    def _show_range(self, x_range: tuple[float, float] | None) -> None:
        if x_range is None:
            self.plot.reset_view()
        else:
            self.plot.show_x_range(*x_range)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        # from the signal's value: while the stack is being destroyed it can no longer be asked
        self.window.setWindowModified(not clean)

    def _title(self) -> str:
        """The open lesson's title in the language on screen (its own, when it has none)."""
        return self.scenario.texts(current_language())[0]

    def _update_title(self) -> None:
        if self.path is not None:
            name = self.path.name
        else:
            name = self._title()
        name = name.replace("[*]", "[*][*]")  # a literal [*], not the modified marker
        if name:
            title = self.tr("{name}[*] — Neuron GUI").format(name=name)
        else:
            title = self.tr("Neuron GUI — how one neuron computes[*]")
        self.window.setWindowTitle(title)
        self.window.setWindowModified(self.model.is_modified())

    # New and open --------------------------------------------------------------------------------

    @Slot()
    def new(self) -> None:
        self.after_unsaved_changes(lambda: self.show_scenario(Scenario(DEFAULT_NEURON)))

    @Slot()
    def open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Open the scenario file at ``path``, once unsaved changes are saved or discarded."""
        self.after_unsaved_changes(lambda: self._open_now(Path(path), lesson=False))

    def open_lesson(self, path: str | Path) -> None:
        """Open a built-in lesson: like a file, but Save asks for a place of the student's own."""
        self.after_unsaved_changes(lambda: self._open_now(Path(path), lesson=True))

    def _open_now(self, path: Path, lesson: bool) -> bool:
        try:
            scenario = load(path)
        except ScenarioError as error:
            self.show_problem(self.tr("Could not open {name}.").format(name=path.name),
                              problem_text(error))
            return False
        self.show_scenario(scenario, None if lesson else path)
        self.window.show_message(
            self.tr("Opened the lesson “{title}”.").format(title=self._title()) if lesson
            else self.tr("Opened {name}.").format(name=path.name))
        return True

    @Slot()
    def choose_lesson(self) -> None:
        if self.lesson_picker is not None:  # already open: bring it forward
            self.lesson_picker.raise_()
            self.lesson_picker.activateWindow()
            return
        picker = LessonPicker(self.window)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.lesson_chosen.connect(self.open_lesson)
        picker.finished.connect(self._forget_lesson_picker)
        self.lesson_picker = picker
        picker.open()

    @Slot()
    def _forget_lesson_picker(self) -> None:
        self.lesson_picker = None

    # Save ----------------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    @Slot()
    def save_as(self) -> bool:
        path = self.ask_save_path()
        return bool(path) and self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the scenario to ``path``; on success it becomes the open file."""
        path = Path(path)
        scenario, *left_out = self._scenario_to_save()
        try:
            save(scenario, path)
        except ScenarioError as error:
            self.show_problem(self.tr("Could not save {name}.").format(name=path.name),
                              problem_text(error))
            return False
        self.scenario, self.path = scenario, path
        self.model.mark_saved()
        self._remember(path)
        self._update_title()
        self.window.show_message(self.tr("Saved {name}.").format(name=path.name))
        if any(part is not None for part in left_out):
            self._say_left_out(path, *left_out)
        return True

    def _say_left_out(self, path: Path, dataset, answer) -> None:
        """A teacher's cases or answer, or the points tried in the dock, are not dropped
        without a word."""
        columns = dataset_columns(dataset) if dataset is not None else len(answer["weights"])
        lesson = self.scenario.is_lesson()
        if dataset is None:
            parts = self.tr("the answer")
        elif answer is None:
            parts = self.tr("the cases") if lesson else self.tr("the points")
        else:
            parts = (self.tr("the cases and the answer") if lesson
                     else self.tr("the points and the answer"))
        self.show_problem(
            self.tr("Saved {name} without {parts}.").format(name=path.name, parts=parts),
            self.tr("They are for {n} inputs, and the neuron now has {m}. With {n} inputs again, "
                    "Save writes them back; until this window closes they are kept.").format(
                n=columns, m=self.model.neuron.size))

    # Unsaved changes -----------------------------------------------------------------------------

    def after_unsaved_changes(self, proceed: Callable[[], object]) -> None:
        """Run ``proceed`` now, or after the unsaved changes are saved or discarded; not at all
        if the question is cancelled or the save fails."""
        if not self.model.is_modified():
            proceed()
            return
        if self.prompt is not None:  # one question at a time
            self.prompt.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to {name} first?").format(
                              name=self._display_name()),
                          _Button.Save | _Button.Discard | _Button.Cancel, self.window)
        box.setInformativeText(self.tr("Changes you do not save are lost."))
        box.setDefaultButton(_Button.Save)
        box.setEscapeButton(_Button.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box, proceed))
        self.prompt = box
        box.open()

    def _answered(self, box: QMessageBox, proceed: Callable[[], object]) -> None:
        answer = box.standardButton(box.clickedButton())
        self.prompt = None
        box.deleteLater()
        if answer == _Button.Discard or (answer == _Button.Save and self.save()):
            proceed()

    def close_allowed(self) -> bool:
        """For the window's closeEvent: True to close now. Otherwise the question is asked, and
        the window closes again by itself once the changes are saved or discarded."""
        if self._close_confirmed or not self.model.is_modified():
            return True
        self.after_unsaved_changes(self._close_after_answer)
        return False

    def _close_after_answer(self) -> None:
        self._close_confirmed = True
        self.window.close()

    def _display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self._title() or self.tr("this neuron")

    # Recent files ---------------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = QSettings().value(RECENT_KEY, [])
        if isinstance(value, str):  # one entry comes back as a plain string from an INI file
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    def _set_recent(self, paths: list[str]) -> None:
        QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])
        self._fill_recent_menu()

    def _remember(self, path: Path) -> None:
        entry = str(path.resolve())
        self._set_recent([entry] + [p for p in self.recent_files() if p != entry])
        QSettings().setValue(FOLDER_KEY, str(path.resolve().parent))

    def reopen_last(self) -> bool:
        """At start-up: open the file worked on last, if it is still there. A file that has gone
        is silently skipped; one that no longer loads says why, and the default neuron stays."""
        recent = self.recent_files()
        if not recent or not Path(recent[0]).is_file():
            return False
        return self._open_now(Path(recent[0]), lesson=False)

    @Slot()
    def clear_recent(self) -> None:
        self._set_recent([])

    def open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            self._set_recent([p for p in self.recent_files() if p != path])
            self.show_problem(self.tr("{name} is no longer there.").format(name=Path(path).name),
                              self.tr("It was moved, renamed or deleted: {path}\n"
                                      "It has been taken off the list of recent files.")
                              .format(path=path))
            return
        self.open_path(path)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()  # also deletes the old entries, which the menu owns
        self._recent_actions = []
        paths = self.recent_files()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {Path(path).name}", self.recent_menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
            self._recent_actions.append(action)
        self.recent_menu.addActions(self._recent_actions)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.recent_menu.setEnabled(bool(paths))

    # Dropped files --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) \
                and watched in self._drop_targets:
            path = dropped_path(event.mimeData())
            if path is None:
                return False  # not ours: the widget does what it always does with it
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                # after the drop has finished: the unsaved-changes question must not open inside
                # the platform's drag and drop
                QTimer.singleShot(0, lambda: self.open_path(path))
            return True
        return super().eventFilter(watched, event)

    # Dialogs; tests replace these -----------------------------------------------------------------

    def folder(self) -> str:
        """Where the file dialogs start: the last folder used, or the documents folder."""
        folder = QSettings().value(FOLDER_KEY, "")
        if isinstance(folder, str) and folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    def _filters(self) -> str:
        return ";;".join([self.tr("Neuron scenarios (*.neuron.json)"),
                          self.tr("All JSON files (*.json)")])

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a scenario"),
                                              self.folder(), self._filters())
        return path

    def suggested_path(self, suffix: str) -> Path:
        """Where a new file is first offered, for Save As and for every export: beside the open
        file, named after the lesson's title in the language on screen."""
        folder = self.path.parent if self.path is not None else Path(self.folder())
        return folder / (file_stem(self._title()) + suffix)

    def ask_save_path(self) -> str:
        suggestion = self.path or self.suggested_path(SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the scenario"),
                                              str(suggestion), self._filters())
        if path and not is_scenario_name(path):
            path += SUFFIX
        return path

    def show_problem(self, text: str, details: str) -> None:
        """A warning that does not wait for an answer; the window carries on behind it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Neuron GUI"), text,
                          _Button.Ok, self.window)
        box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.message_box = box
        box.open()


def _on_the_plane(dataset) -> bool:
    """Whether the input space can show these points (none at all, or two inputs each); a
    one-input lesson's cases are checked in the task panel only."""
    return dataset is None or dataset_columns(dataset) == DATASET_COLUMNS


def dropped_path(mime: QMimeData | None) -> str | None:
    """The one local .json file being dragged, or None for anything else."""
    if mime is None or not mime.hasUrls() or len(mime.urls()) != 1:
        return None
    url = mime.urls()[0]
    if not url.isLocalFile() or not is_scenario_name(url.fileName()):
        return None
    return url.toLocalFile()


def file_stem(title: str) -> str:
    """A file name from a lesson's title: "An AND gate!" gives "an-and-gate"."""
    stem = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-")
    return stem[:60] or "neuron"
