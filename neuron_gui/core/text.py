"""Marking core texts for translation without importing Qt.

The translators' tool (lupdate) collects every string passed to a function of exactly this name, so
the activations' names and explanations, and the messages of the core's errors, reach the
translation files, while the core itself stays free of Qt. The window translates them when it
shows them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 — lupdate looks for it
    return source


class Phrase(str):
    """An English text made of a template marked for translation and the values put into it.

    It reads as the English text anywhere (a notebook, a log, a test). A window writes the same
    words in its own language: it translates the template, and each value that is a Phrase
    itself, and puts them together (gui.i18n.translated). Values are text already: a number is
    written as the message should show it before it goes in.
    """

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: str) -> Phrase:
        phrase = super().__new__(cls, template.format(**values))  # "{{...}}" reads "{...}"
        phrase.template = template
        phrase.values = values
        return phrase
