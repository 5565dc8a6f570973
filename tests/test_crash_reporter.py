"""An unexpected error inside the window: a dialog with the details and the log file's path, the
error in a rotating log, and the window still working afterwards."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from neuron_gui.gui.crash_reporter import LOG_NAME, CrashReporter


def _fail():
    raise RuntimeError("a fault nobody expected")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_survived(window, qtbot, tmp_path):
    reporter = CrashReporter(window, folder=tmp_path)
    reporter.install()
    try:
        with qtbot.waitSignal(reporter.reported, timeout=3000) as shown:
            QTimer.singleShot(0, _fail)
        dialog = shown.args[0]
        assert isinstance(dialog, QMessageBox) and dialog.isVisible()
        assert str(tmp_path / LOG_NAME) in dialog.text()
        assert "RuntimeError: a fault nobody expected" in dialog.detailedText()
        log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
        assert "RuntimeError: a fault nobody expected" in log and "_fail" in log
        # the window is still there and still answers
        window.inputs_form.bias_field.spin_box.setValue(1.1)
        assert window.readout.text().startswith("z = 0.50·1.00 + (−1.00)·2.00 + 1.10 = −0.40")
        # a second error while the dialog is open joins it instead of stacking another
        reporter.handle(ValueError, ValueError("again"), None)
        assert "ValueError: again" in dialog.detailedText()
        dialog.close()
    finally:
        reporter.uninstall()


def test_an_unwritable_log_folder_still_shows_the_error(window, tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    reporter = CrashReporter(window, folder=blocker)
    assert reporter.log_path is None
    dialogs = []
    reporter.reported.connect(dialogs.append)
    reporter.handle(RuntimeError, RuntimeError("no log"), None)
    assert "could not be saved to a file" in dialogs[0].text()
    assert "RuntimeError: no log" in capsys.readouterr().err
    dialogs[0].close()


def test_the_log_rotates(tmp_path, qtbot):
    reporter = CrashReporter(None, folder=tmp_path)
    reporter.reported.connect(lambda dialog: dialog.close())
    for i in range(800):  # about 1.4 KB each: more than all four files hold together
        reporter.handle(RuntimeError, RuntimeError("x" * 1400 + str(i)), None)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2", f"{LOG_NAME}.3"]
    assert all(p.stat().st_size <= 300 * 1024 for p in tmp_path.iterdir())
