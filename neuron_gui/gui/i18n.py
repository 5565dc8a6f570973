"""Switching the language while the program runs: our own translations and Qt's, and the decimal
mark that goes with the language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core.text import Phrase
from ..resources import ResourceNotFoundError, resource_path

# The languages shipped, by code, each named in its own language for the menu.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"

_installed: list[QTranslator] = []  # kept alive here: Qt does not own installed translators


def system_language() -> str:
    """The shipped language closest to the system's, English when none is."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language the program speaks now, as a two-letter code ("en", "es", "de")."""
    return QLocale().name().split("_")[0]


def translation_file(code: str) -> str:
    return f"translations/neuron_gui_{code}.qm"


def install_language(app: QApplication, code: str) -> str:
    """Show the program in ``code`` ("" for the system's); returns the language now shown.

    Installing a translator sends every widget a LanguageChange event; the windows answer it by
    setting their texts again.
    """
    code = code or system_language()
    if code not in LANGUAGE_NAMES:
        raise ValueError(f"language: unknown code {code!r}; choose one of {', '.join(LANGUAGE_NAMES)}")
    while _installed:
        app.removeTranslator(_installed.pop())
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        try:
            loaded = ours.load(str(resource_path(translation_file(code))))
        except ResourceNotFoundError:
            loaded = False
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)  # Qt's own words: dialog buttons, "Undo %1", context menus
        if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    return code


def translated(text: str) -> str:
    """A core Phrase in the language on screen, its values too; any other text as it is."""
    if not isinstance(text, Phrase):
        return str(text)
    values = {name: translated(value) for name, value in text.values.items()}
    try:
        return QCoreApplication.translate("errors", text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost its placeholders
        return str(text)  # the English, rather than no message at all


def problem_text(error: Exception) -> str:
    """What went wrong, as the core says it, in the language on screen: a file's problem is the
    student's or teacher's to mend, so it is not left in English."""
    return translated(error.args[0]) if error.args else str(error)
