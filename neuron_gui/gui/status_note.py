"""A message a part of the window puts in the status bar and takes back once it no longer holds."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance


class StatusNote:
    """Says a text through a part's ``message`` signal and remembers it, so that the part can
    take it back through ``message_outdated`` (the window clears it only if it is still up):
    "✓ Solved" after the check turns, "Stopped after 200 epochs" after Reset."""

    def __init__(self, said: SignalInstance, outdated: SignalInstance) -> None:
        self._said, self._outdated = said, outdated
        self._text = ""

    def say(self, text: str) -> None:
        self._text = text
        self._said.emit(text)

    def take_back(self) -> None:
        if self._text:
            self._outdated.emit(self._text)
            self._text = ""
