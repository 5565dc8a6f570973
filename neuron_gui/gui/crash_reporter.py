"""An unexpected error is written to a log file and shown in a dialog; the window stays open.

Python exceptions raised inside Qt slots would otherwise print to a console a student never sees,
or end the program. The log rotates, so a classroom laptop never fills up with it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOG_NAME = "neuron-gui.log"
LOG_BYTES = 256 * 1024
LOG_BACKUPS = 3


def log_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "logs"


def _open_log(folder: Path) -> tuple[logging.Logger, Path | None]:
    logger = logging.getLogger("neuron_gui.crashes")
    logger.propagate = False
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8", delay=False)
    except OSError:
        return logger, None  # a read-only profile: errors are still shown, just not kept
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR)
    return logger, path


class CrashReporter(QObject):
    """Installed as sys.excepthook. ``reported`` carries the dialog shown, for tests."""

    reported = Signal(QMessageBox)

    def __init__(self, parent_window: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent_window)
        self.window = parent_window
        self.logger, self.log_path = _open_log(folder or log_folder())
        self._dialog: QMessageBox | None = None
        self._previous_hook = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def handle(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        self.logger.error("unexpected error\n%s", details)
        sys.stderr.write(details)
        self._show(details)

    def _show(self, details: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            # One dialog at a time: a fault that repeats on every edit must not bury the window.
            self._dialog.setDetailedText(self._dialog.detailedText() + "\n" + details)
            return
        where = (self.tr("The details were saved in:\n{path}").format(path=self.log_path)
                 if self.log_path else self.tr("The details could not be saved to a file."))
        dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                             self.tr("Neuron GUI met an error it did not expect. Your work is "
                                     "still here and you can carry on.") + "\n\n" + where,
                             QMessageBox.StandardButton.Close, self.window)
        dialog.setDetailedText(details)
        dialog.setAccessibleName(self.tr("Error report"))
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        dialog.open()  # not exec(): the event loop and the window go on
        self.reported.emit(dialog)

    @Slot()
    def _forget_dialog(self) -> None:
        self._dialog = None
