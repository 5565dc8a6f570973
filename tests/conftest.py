import gc
import os

# Every test runs headless, whatever the machine: set before Qt is first imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402

from neuron_gui.core import Neuron  # noqa: E402


@pytest.fixture(autouse=True)
def _garbage_collected_after_each_test():
    """Python's leftovers of each test are collected as the test ends, after pytest-qt has
    deleted its windows. Left to a later, arbitrary moment, collecting them once ended the run
    in a segmentation fault (after a field's refusal had shown its tooltip, and other windows
    had come and gone): a wrapper whose Qt object had gone with its window was collected then.
    A full collection: a window's objects outlive the young generations within its test."""
    yield
    gc.collect()
    gc.freeze()  # what is left is the test run's own (modules, caches): later collections skip it


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Each test gets empty settings in a folder of its own, and an English locale; programs it
    starts keep their settings and logs in that folder too, never in the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield


@pytest.fixture
def example_neuron():
    """The neuron of the readout example: z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40."""
    return Neuron(inputs=(1.0, 2.0), weights=(0.5, -1.0), bias=0.1, activation="relu")


@pytest.fixture
def window(qtbot, example_neuron):
    from neuron_gui.app import create_application
    from neuron_gui.gui.main_window import MainWindow
    from neuron_gui.gui.model import NeuronModel

    from neuron_gui.gui.i18n import install_language
    from neuron_gui.gui.theme import apply_theme

    app = create_application("light")
    font = QFont(app.font())
    main_window = MainWindow(NeuronModel(example_neuron))
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    main_window.activateWindow()  # keyboard tests need the focus; a window system may not give it
    qtbot.waitExposed(main_window)
    yield main_window
    # What a test changed for the whole application must not reach the next test.
    install_language(app, "en")
    apply_theme(app, "light")
    app.setFont(font)
