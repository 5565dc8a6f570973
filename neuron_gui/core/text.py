"""Marking core texts for translation without importing Qt.

The translators' tool (lupdate) collects every string passed to a function of exactly this name, so
the activations' names and explanations reach the translation files, while the core itself stays
free of Qt. The window translates them when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 — the name lupdate looks for
    return source
