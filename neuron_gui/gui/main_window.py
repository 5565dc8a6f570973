"""The main window: the inputs form on the left; readout, activation and plot on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget,
)

from .. import APP_NAME, __version__
from ..core import ACTIVATIONS
from .activation_panel import ActivationPanel, activation_name
from .activation_plot import ActivationPlot
from .inputs_form import InputsForm
from .model import NeuronModel
from .readout import Readout

STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._create_widgets()
        self._create_actions()
        self._create_menus()
        self.retranslate()
        self._read_settings()

    def _create_widgets(self) -> None:
        self.inputs_form = InputsForm(self.model)
        self.readout = Readout(self.model)
        self.activation_panel = ActivationPanel(self.model)
        self.activation_plot = ActivationPlot(self.model)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.inputs_form, 1)
        left_layout.addWidget(self.activation_panel)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.readout)
        right_layout.addWidget(self.activation_plot, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.inputs_form.message.connect(self.show_message)
        self.resize(1280, 800)

    def _create_actions(self) -> None:
        self.reset_action = QAction(self, shortcut=QKeySequence("Ctrl+R"))
        self.reset_action.triggered.connect(self.model.reset)
        self.add_input_action = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.add_input_action.triggered.connect(self.inputs_form.add_input)
        self.remove_input_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+I"))
        self.remove_input_action.triggered.connect(
            lambda: self.inputs_form.remove_input(self.model.neuron.size - 1))
        self.reset_view_action = QAction(self, shortcut=QKeySequence("Ctrl+Home"))
        self.reset_view_action.triggered.connect(self.activation_plot.reset_view)
        self.quit_action = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)

        self.activation_group = QActionGroup(self)
        self.activation_actions: dict[str, QAction] = {}
        for number, key in enumerate(ACTIVATIONS, start=1):
            action = QAction(self, checkable=True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked, k=key: self.model.set_activation(k))
            self.activation_group.addAction(action)
            self.activation_actions[key] = action
        self.model.changed.connect(self._check_activation_action)
        self._check_activation_action()

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.neuron_menu = bar.addMenu("")
        for action in (self.add_input_action, self.remove_input_action, self.reset_action):
            self.neuron_menu.addAction(action)
        self.activation_menu = bar.addMenu("")
        self.activation_menu.addActions(self.activation_group.actions())
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.reset_view_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Neuron GUI — how one neuron computes"))
        self.file_menu.setTitle(self.tr("&File"))
        self.neuron_menu.setTitle(self.tr("&Neuron"))
        self.activation_menu.setTitle(self.tr("&Activation"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.add_input_action.setText(self.tr("&Add input"))
        self.remove_input_action.setText(self.tr("&Remove last input"))
        self.reset_action.setText(self.tr("Reset &all"))
        self.reset_action.setToolTip(self.tr("Put back the starting inputs, weights, bias and activation"))
        self.reset_view_action.setText(self.tr("Reset plot &view"))
        self.about_action.setText(self.tr("&About Neuron GUI"))
        for key, action in self.activation_actions.items():
            action.setText(activation_name(key))

    @Slot()
    def _check_activation_action(self) -> None:
        self.activation_actions[self.model.neuron.activation].setChecked(True)

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Neuron GUI"), self.tr(
            "<p><b>Neuron GUI {version}</b></p>"
            "<p>Change the inputs, the weights and the bias of one artificial neuron, pick its "
            "activation function, and watch the weighted sum and the output follow.</p>"
        ).format(version=__version__))

    # Settings. A school profile may be read-only or wiped at logoff: a missing or unwritable
    # settings file must never stop the window from opening or closing.

    def _read_settings(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
