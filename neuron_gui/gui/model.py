"""The one Qt object that owns the neuron. Widgets edit it through its setters and redraw on
``changed``; all validation happens in core, so a bad value raises before anything moves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core import Neuron

DEFAULT_NEURON = Neuron(inputs=(1.0, 2.0), weights=(0.5, -0.25), bias=0.25, activation="sigmoid")


class NeuronModel(QObject):
    changed = Signal()

    def __init__(self, neuron: Neuron = DEFAULT_NEURON, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._neuron = neuron
        self._initial = neuron

    @property
    def neuron(self) -> Neuron:
        return self._neuron

    def set_neuron(self, neuron: Neuron) -> None:
        if neuron == self._neuron:
            return  # no signal when nothing changed: views echoing a value back stay quiet
        self._neuron = neuron
        self.changed.emit()

    def set_input(self, index: int, value: float) -> None:
        self.set_neuron(self._neuron.with_input(index, value))

    def set_weight(self, index: int, value: float) -> None:
        self.set_neuron(self._neuron.with_weight(index, value))

    def set_bias(self, value: float) -> None:
        self.set_neuron(self._neuron.with_bias(value))

    def set_activation(self, name: str) -> None:
        self.set_neuron(self._neuron.with_activation(name))

    def set_param(self, name: str, value: float) -> None:
        self.set_neuron(self._neuron.with_param(name, value))

    def add_input(self) -> None:
        self.set_neuron(self._neuron.with_input_added())

    def remove_input(self, index: int) -> None:
        self.set_neuron(self._neuron.with_input_removed(index))

    def reset(self) -> None:
        """Back to the neuron the window started with, the same every time."""
        self.set_neuron(self._initial)
