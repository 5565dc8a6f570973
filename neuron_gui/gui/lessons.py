"""The built-in lessons and the dialog that lists them.

Each lesson is an ordinary scenario file in ``resources/lessons``; its name starts with a number,
which gives the teaching order. Choosing one opens it as if it had been opened from the disk, but
with no file name of its own, so that Save asks where to put the student's copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from ..core.scenario import SUFFIX, Scenario, ScenarioError, load
from ..resources import ResourceNotFoundError, resource_path, resources_root
from .i18n import current_language, problem_text

LESSONS_FOLDER = "lessons"


def lesson_paths() -> list[Path]:
    """The lesson files that came with the program, in teaching order."""
    try:
        folder = resources_root() / LESSONS_FOLDER
    except ResourceNotFoundError:
        return []
    return [resource_path(f"{LESSONS_FOLDER}/{p.name}") for p in sorted(folder.glob(f"*{SUFFIX}"))]


_PATH_ROLE = Qt.ItemDataRole.UserRole


class LessonPicker(QDialog):
    """A numbered list of the lessons by title; the selected one's task is shown below it."""

    lesson_chosen = Signal(str)  # the lesson file's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.list)
        self.preview = QPlainTextEdit()  # plain text: a lesson file cannot bring in HTML
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self._scenarios: dict[str, Scenario] = {}
        for path in lesson_paths():
            item = QListWidgetItem()
            item.setData(_PATH_ROLE, str(path))
            try:
                self._scenarios[str(path)] = load(path)
            except ScenarioError as error:  # a damaged installation: say so, but list the rest
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(problem_text(error))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.accept())  # Enter or a double click
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        if self._scenarios:
            self.list.setCurrentRow(0)
        # every title in view without scrolling; the task below takes the rest
        rows = max(1, self.list.count())
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4)
        self.list.setFocus()
        line = self.fontMetrics().lineSpacing()
        self.resize(64 * self.fontMetrics().averageCharWidth(), rows * line + 16 * line)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lessons"))
        self.heading.setText(self.tr("&Choose a lesson; Enter opens it:"))
        self.list.setAccessibleName(self.tr("Lessons"))
        self.list.setToolTip(self.tr("Choose a lesson; Enter opens it"))
        self.preview.setAccessibleName(self.tr("What the lesson asks"))
        self.preview.setToolTip(self.tr("The task and the question of the selected lesson"))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setToolTip(
            self.tr("Open the selected lesson"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close this list and keep the neuron as it is"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            scenario = self._scenarios.get(item.data(_PATH_ROLE))
            name = Path(item.data(_PATH_ROLE)).name
            title = (scenario.texts(current_language())[0] or name if scenario else
                     self.tr("{name} (cannot be read)").format(name=name))
            # Numbered, as a teacher names them ("open lesson 3"); typing the number selects it.
            item.setText(f"{row + 1}. {title}")
        self._show_preview()

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected_path(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.data(_PATH_ROLE) not in self._scenarios:
            return None
        return item.data(_PATH_ROLE)

    @Slot()
    def _show_preview(self) -> None:
        scenario = self._scenarios.get(self.selected_path() or "")
        if scenario is None:
            self.preview.setPlainText("")
        else:
            _, task, question = scenario.texts(current_language())
            self.preview.setPlainText(self.tr("{task}\n\nQuestion: {question}").format(
                task=task, question=question) if question else task)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(scenario is not None)

    def accept(self) -> None:
        path = self.selected_path()
        # once only, however many ways (Enter, a double click, the Open button) ask at once
        if path is None or not self.isVisible():
            return
        super().accept()
        self.lesson_chosen.emit(path)
