"""What a lesson asks of the student: its title (as the panel's heading), its task and its
question, above the inputs; and, where the lesson has cases (a truth table, or points with the
answer wanted at each), whether the neuron on screen gets them all right yet.

Hidden when the open scenario has none of them, so a plain neuron keeps the whole column. The
texts come from files anyone can write, so they are shown as plain text, never as HTML.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ..core import midpoint
from ..core.datasets import separable
from ..core.formula import RESULT_DECIMALS, format_number, subscript, value_separator
from ..core.training import case_outputs, classes
from .focus_ring import FocusRing
from .model import NeuronModel
from .spoken_label import SpokenLabel
from .status_note import StatusNote
from .text_scroll import TextScroll

WINDOW_SHARE = 0.4  # the task and the question scroll beyond this share of the window's height
CASES_NAMED = 4  # wrong cases named one by one up to this many (a truth table's); beyond, counted
CASE_DECIMALS = 15  # a case from a file is named with its own digits: 0.00001 is not "0"


class TaskPanel(QGroupBox):
    # The check once it turns to solved, for the status bar: said where everyone looks, and
    # heard by a screen reader, while the student's keyboard is in the fields below; taken
    # back once it no longer holds.
    message = Signal(str)
    message_outdated = Signal(str)

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._cases: tuple[np.ndarray, np.ndarray] | None = None
        self._solved: bool | None = None  # unknown until the first check of these cases
        self._solved_note = StatusNote(self.message, self.message_outdated)
        # Below the scrolling texts, so that it stays in sight while the student works.
        self.check_label = SpokenLabel()
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check_label.setWordWrap(True)
        self.check_label.setVisible(False)
        # Reached by Tab after the task, so that a screen reader reads it out on request; a
        # ring shows where the keyboard is, which a label does not.
        self.check_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.check_label_ring = FocusRing(self.check_label)
        self.task_label = SpokenLabel()
        self.question_label = SpokenLabel()
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        # The question is a blank line below the task (_space_question), as the task's own
        # paragraphs are: lines of one height throughout, so the text scrolls by whole lines.
        texts_layout.setSpacing(0)
        for label in (self.task_label, self.question_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts_layout.addWidget(self.task_label)
        texts_layout.addWidget(self.question_label)
        texts_layout.addStretch(1)
        self.scroll_area = TextScroll(texts, WINDOW_SHARE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self.check_label)
        italic = QFont()  # only the style is set: the size still follows the window's zoom
        italic.setItalic(True)
        self.question_label.setFont(italic)
        self._texts = ("", "", "")
        self.retranslate()

    def hasHeightForWidth(self) -> bool:
        # The check below the task wraps, which would make the whole panel's height follow its
        # width, and Qt then takes that height, the whole task unscrolled, as the least the
        # panel can have: in projector fonts the inputs below were squeezed under their own.
        # The task scrolls instead, as the panel's own layout arranges.
        return False

    def minimumSizeHint(self) -> QSize:
        # A group box is at least as wide as its title, and a lesson's title may run to 200
        # characters: it widened the window past the screen. The title is cut short instead
        # (_show_title), so only what is inside counts.
        hint = super().minimumSizeHint()
        hint.setWidth(QWidget.minimumSizeHint(self).width())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_title()

    def _show_title(self) -> None:
        """The title as far as it fits, with "…" where it was cut; whole in the tooltip."""
        title = self._texts[0] or self.tr("Task")
        room = self.contentsRect().width() - self.fontMetrics().horizontalAdvance("  ")
        shown = self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, max(0, room))
        if shown != self.title():
            self.setTitle(shown)
        self.setToolTip(self.tr("What the open lesson asks you to do") if shown == title
                        else title)

    def retranslate(self) -> None:
        self.task_label.setAccessibleName(self.tr("Task"))
        self.question_label.setAccessibleName(self.tr("Question"))
        self.scroll_area.setAccessibleName(self.tr("Task and question"))
        self.scroll_area.setToolTip(self.tr("What the open lesson asks you to do; scroll for more"))
        self.check_label.setAccessibleName(self.tr("Check"))
        self.check_label.setToolTip(self.tr(
            "Whether the neuron now gives each case of the task the answer it asks for"))
        self.set_texts(*self._texts)
        self._check()

    def set_texts(self, title: str, task: str, question: str) -> None:
        """Show these texts; the panel disappears when all three are empty."""
        self._texts = (title, task, question)
        self._show_title()
        self.task_label.setText(task)
        self.question_label.setText(self.tr("Question: {text}").format(text=question)
                                    if question else "")
        self.task_label.setVisible(bool(task))
        self.question_label.setVisible(bool(question))
        self._space_question()
        self.setVisible(any(self._texts))

    def _space_question(self) -> None:
        gap = self.task_label.fontMetrics().lineSpacing() if self._texts[1] else 0
        self.question_label.setContentsMargins(0, gap, 0, 0)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # zoom and projector mode: a taller line
            self._space_question()
        super().changeEvent(event)

    def texts(self) -> tuple[str, str, str]:
        return self._texts

    def set_cases(self, cases: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Check the neuron against these cases, as ``(X, y)`` (see Scenario.cases), from now on
        after every edit; None: nothing to check, and no work in an edit."""
        if (cases is None) != (self._cases is None):
            if cases is None:
                self.model.changed.disconnect(self._check)
            else:
                self.model.changed.connect(self._check)
        self._solved_note.take_back()
        self._cases, self._solved = cases, None  # solved from the start: nothing to say
        self._check()

    @Slot()
    def _check(self) -> None:
        text, solved = self._check_text()
        self.check_label.setVisible(bool(text))
        if text != self.check_label.text():
            self.check_label.setText(text)
        if solved and self._solved is False:
            self._solved_note.say(text)
        elif not solved:
            self._solved_note.take_back()
        self._solved = solved

    def _check_text(self) -> tuple[str, bool]:
        """What the check says, and whether every case gets its answer."""
        if self._cases is None:
            return "", False
        X, y = self._cases
        neuron = self.model.neuron
        if X.shape[1] != neuron.size:
            return self.tr("Nothing to check while the number of inputs differs from the "
                           "task's ({n}).").format(n=X.shape[1]), False
        outputs = case_outputs(neuron, X)
        wrong = np.flatnonzero(classes(neuron, outputs) != y)
        if len(wrong) == 0:
            text = self.tr("✓ Solved: every case of the task gets the answer it asks for.")
        elif len(y) and X.shape[1] == 2 and not separable(X, y):
            # No line can do it (XOR): "not yet" would promise what the lesson asks about.
            text = self.tr("Right for {right} of {n} cases.").format(
                right=len(y) - len(wrong), n=len(y))
        elif len(wrong) > CASES_NAMED:
            text = self.tr("Not yet: {wrong} of {n} cases get the other answer.").format(
                wrong=len(wrong), n=len(y))
        else:
            text = self.tr("Not yet right for {cases}.").format(cases=_cases_text(X[wrong]))
        if neuron.activation != "step":  # the others' outputs are read against their middle
            mark = QLocale().decimalPoint()
            text += " " + self.tr("An output above {middle} counts as 1.").format(
                middle=format_number(midpoint(neuron.activation), mark, 0, RESULT_DECIMALS))
        return text, len(wrong) == 0


def _cases_text(cases: np.ndarray) -> str:
    """The cases' inputs, each kept on one line ("x₁ = 0, x₂ = 1" split after "=" misreads):
    "x₁ = 0, x₂ = 1; x₁ = 1, x₂ = 0". Where the comma is the decimal mark, each case is in
    brackets with its inputs apart by ";", as the plot writes a point: "(x₁ = 0,5; x₂ = 1)"."""
    mark = QLocale().decimalPoint()
    between = value_separator(mark).replace(" ", "\u00a0")
    texts = [between.join(
        f"x{subscript(i + 1)}\u00a0=\u00a0{format_number(value, mark, 0, CASE_DECIMALS)}"
        for i, value in enumerate(inputs)) for inputs in cases]
    return ", ".join(f"({text})" for text in texts) if mark == "," else "; ".join(texts)
