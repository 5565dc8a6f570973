"""A label with a name of its own whose text a screen reader still reads."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class SpokenLabel(QLabel):
    """A label named for what it holds ("Weighted sum", "Check", "Training progress"). Qt gives
    a screen reader that name in place of the text, so the formula, the check or the epoch was
    never heard; the text goes into the label's description, read after its name."""

    def setText(self, text: str) -> None:
        super().setText(text)
        # With plain spaces: the unbreakable ones that keep a formula together are for the eye.
        self.setAccessibleDescription(text.replace("\u00a0", " "))
