"""Choosing the activation, with its formula and what it does in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ..core import ACTIVATIONS, get_activation
from .model import NeuronModel


def activation_name(key: str) -> str:
    """The activation's display name in the language on screen."""
    return QCoreApplication.translate("activations", get_activation(key).name)


class ActivationPanel(QGroupBox):
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
        layout = QFormLayout(self)
        layout.addRow(self._combo_label, self.combo)
        layout.addRow(self.formula)
        layout.addRow(self.explanation)
        self.combo.currentIndexChanged.connect(self._on_combo)
        model.changed.connect(self._on_model_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Activation function"))
        self._combo_label.setText(self.tr("A&ctivation"))
        self.combo.setAccessibleName(self.tr("Activation function"))
        self.combo.setToolTip(self.tr("The function f that turns the weighted sum z into the output"))
        for i in range(self.combo.count()):
            self.combo.setItemText(i, activation_name(self.combo.itemData(i)))
        self._shown = None
        self._on_model_changed()

    @Slot(int)
    def _on_combo(self, index: int) -> None:
        self.model.set_activation(self.combo.itemData(index))

    @Slot()
    def _on_model_changed(self) -> None:
        key = self.model.neuron.activation
        if key == self._shown:
            return  # most edits change numbers, not the activation: nothing to redo here
        self._shown = key
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(key))
        entry = get_activation(key)
        self.formula.setText(QCoreApplication.translate("activations", entry.formula))
        self.explanation.setText(QCoreApplication.translate("activations", entry.explanation))
