"""The user's preferences, kept with QSettings, over defaults a school may set for everyone.

IT staff can place ``neuron-gui.ini`` beside the program (the executable of the bundle, or the
Python that runs it) with a ``[defaults]`` section; its values are used where a user has not chosen
otherwise, and ``lock_language=true`` keeps the language fixed. A profile that is wiped at logoff
or cannot be written is no problem: every value falls back to a sane default, and a value that
cannot be read is ignored rather than trusted.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from .i18n import LANGUAGE_NAMES
from .theme import THEMES

DEFAULTS_FILE = "neuron-gui.ini"
LANGUAGES = ("", *LANGUAGE_NAMES)  # "" follows the system
ZOOM_STEPS = (0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0)

_BUILT_IN = {"theme": "system", "language": "", "zoom": 1.0, "presentation": False}


def defaults_file() -> Path:
    """Where a school's defaults are looked for: beside the running executable."""
    return Path(sys.executable).resolve().parent / DEFAULTS_FILE


def _as_bool(value) -> bool | None:
    text = str(value).strip().lower()
    return {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}.get(text)


def _valid(key: str, value):
    """``value`` converted for ``key``, or None when it is not a value the key can take."""
    if value is None:
        return None
    if key == "theme":
        return value if value in THEMES else None
    if key == "language":
        return value if value in LANGUAGES else None
    if key == "zoom":
        try:
            zoom = float(value)
        except (TypeError, ValueError):
            return None
        return zoom if ZOOM_STEPS[0] <= zoom <= ZOOM_STEPS[-1] else None
    if key in ("presentation", "lock_language"):
        return _as_bool(value)
    return None


class Preferences:
    def __init__(self, school_file: Path | None = None) -> None:
        self._user = QSettings()
        path = defaults_file() if school_file is None else school_file
        self._school = QSettings(str(path), QSettings.Format.IniFormat) if path.is_file() else None

    def _school_value(self, key: str):
        if self._school is None:
            return None
        return _valid(key, self._school.value(f"defaults/{key}"))

    def language_locked(self) -> bool:
        return bool(self._school_value("lock_language")) and self._school_value("language") is not None

    def get(self, key: str):
        user = None if (key == "language" and self.language_locked()) else _valid(
            key, self._user.value(f"view/{key}"))
        for value in (user, self._school_value(key)):
            if value is not None:
                return value
        return _BUILT_IN[key]

    def set(self, key: str, value) -> None:
        if _valid(key, value) is None:
            raise ValueError(f"{key}: {value!r} is not a value it can take")
        if key == "language" and self.language_locked():
            return
        self._user.setValue(f"view/{key}", value)

    def can_save(self) -> bool:
        """False when the settings file cannot be written (a read-only or full profile)."""
        self._user.sync()
        return self._user.status() == QSettings.Status.NoError
