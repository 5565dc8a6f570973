"""Choosing the activation, with its formula, what it does in plain words, and its parameter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ..core import ACTIVATIONS, get_activation
from .model import NeuronModel
from .number_field import NumberField
from .text_scroll import TextScroll

EXPLANATION_SHARE = 0.2  # of the window's height, beyond which the explanation scrolls


def activation_name(key: str) -> str:
    """The activation's display name in the language on screen."""
    return QCoreApplication.translate("activations", get_activation(key).name)


class ActivationPanel(QGroupBox):
    message = Signal(str)  # why the parameter field refused a keystroke, for the status bar
    message_outdated = Signal(str)  # that note, now untrue (see number_field.Refusals)

    def __init__(self, model: NeuronModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.combo = QComboBox()
        for key in ACTIVATIONS:
            self.combo.addItem("", key)
        self.formula = QLabel()
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._combo_label = QLabel()
        self._combo_label.setBuddy(self.combo)
        # One field serves every parameter: today each activation has at most one (α).
        self.param_label = QLabel()
        self.param_field = NumberField("", step=0.01)
        self.param_label.setBuddy(self.param_field.spin_box)
        self.param_field.edited.connect(self._on_param_edited)
        self.param_field.finished.connect(model.end_edit)
        self.param_field.spin_box.refusals.said.connect(self.message)
        self.param_field.spin_box.refusals.outdated.connect(self.message_outdated)
        self._layout = QFormLayout(self)
        self._layout.addRow(self._combo_label, self.combo)
        self._layout.addRow(self.param_label, self.param_field)
        self._layout.addRow(self.formula)
        # Scrolled past a fifth of the window: the inputs above keep their room.
        self.explanation_area = TextScroll(self.explanation, EXPLANATION_SHARE)
        self._layout.addRow(self.explanation_area)
        self.combo.currentIndexChanged.connect(self._on_combo)
        model.changed.connect(self._on_model_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Activation function"))
        self._combo_label.setText(self.tr("A&ctivation"))
        self.combo.setAccessibleName(self.tr("Activation function"))
        self.combo.setToolTip(self.tr("The function f that turns the weighted sum z into the output"))
        self.explanation_area.setAccessibleName(self.tr("What the activation function does"))
        self.explanation_area.setToolTip(self.tr(
            "What the chosen function does, in plain words; scroll for more"))
        for i in range(self.combo.count()):
            self.combo.setItemText(i, activation_name(self.combo.itemData(i)))
        self._shown = None
        self._on_model_changed()

    @property
    def parameter(self):
        """The shown activation's parameter, or None."""
        parameters = get_activation(self.model.neuron.activation).parameters
        return parameters[0] if parameters else None

    @Slot(int)
    def _on_combo(self, index: int) -> None:
        self.model.set_activation(self.combo.itemData(index))

    @Slot(float)
    def _on_param_edited(self, value: float) -> None:
        self.model.set_param(self.parameter.name, value)

    @Slot()
    def _on_model_changed(self) -> None:
        neuron = self.model.neuron
        parameter = self.parameter
        if parameter is not None:
            self.param_field.set_value(neuron.params[parameter.name])
        if neuron.activation == self._shown:
            return  # most edits change numbers, not the activation: nothing more to redo here
        self._shown = neuron.activation
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(neuron.activation))
        entry = get_activation(neuron.activation)
        self.formula.setText(QCoreApplication.translate("activations", entry.formula))
        self.explanation.setText(QCoreApplication.translate("activations", entry.explanation))
        self._show_parameter(parameter)

    def _show_parameter(self, parameter) -> None:
        self._layout.setRowVisible(self.param_field, parameter is not None)
        if parameter is None:
            return
        description = QCoreApplication.translate("activations", parameter.description)
        # No Alt shortcut: no keyboard types Alt+α. Tab reaches the field after the activation.
        self.param_label.setText(parameter.symbol)
        field = self.param_field
        # Named so that a message can start with it: "α (slope for negative z) must be …".
        field.set_label(self.tr("{symbol} ({description})").format(
            symbol=parameter.symbol, description=description))
        field.set_range(parameter.minimum, parameter.maximum)
        field.set_value(self.model.neuron.params[parameter.name])
