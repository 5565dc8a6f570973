"""What a lesson asks of the student: its title (as the panel's heading), its task and its
question, above the inputs.

Hidden when the open scenario has none of them, so a plain neuron keeps the whole column. The
texts come from files anyone can write, so they are shown as plain text, never as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from .text_scroll import TextScroll

WINDOW_SHARE = 0.4  # the task and the question scroll beyond this share of the window's height


class TaskPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task_label = QLabel()
        self.question_label = QLabel()
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
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
        italic = QFont()  # only the style is set: the size still follows the window's zoom
        italic.setItalic(True)
        self.question_label.setFont(italic)
        self._texts = ("", "", "")
        self.retranslate()

    def retranslate(self) -> None:
        self.task_label.setAccessibleName(self.tr("Task"))
        self.question_label.setAccessibleName(self.tr("Question"))
        self.setToolTip(self.tr("What the open lesson asks you to do"))
        self.scroll_area.setAccessibleName(self.tr("Task and question"))
        self.scroll_area.setToolTip(self.tr("What the open lesson asks you to do; scroll for more"))
        self.set_texts(*self._texts)

    def set_texts(self, title: str, task: str, question: str) -> None:
        """Show these texts; the panel disappears when all three are empty."""
        self._texts = (title, task, question)
        self.setTitle(title or self.tr("Task"))
        self.task_label.setText(task)
        self.question_label.setText(self.tr("Question: {text}").format(text=question)
                                    if question else "")
        self.task_label.setVisible(bool(task))
        self.question_label.setVisible(bool(question))
        self.setVisible(any(self._texts))

    def texts(self) -> tuple[str, str, str]:
        return self._texts
