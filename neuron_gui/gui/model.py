"""The one Qt object that owns the neuron. Widgets edit it through its setters and redraw on
``changed``; all validation happens in core, so a bad value raises before anything moves.

Every change goes through a QUndoStack. Edits of one field follow each other into a single undo
step until the field says it is finished (a slider released, a spin box left), so dragging a
slider is one step, not hundreds.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import Neuron, get_activation
from ..core.formula import subscript

UNDO_LIMIT = 500
DEFAULT_NEURON = Neuron(inputs=(1.0, 2.0), weights=(0.5, -0.25), bias=0.25, activation="sigmoid")


# An undo step's name is asked for again after a change of language: a function that writes it,
# such as lambda: self.tr("change bias b"), rather than the words of the moment it was made.
StepName = Callable[[], str]


class NamedStep(QUndoCommand):
    """An undo step whose name follows the language on screen (see NeuronModel.retranslate)."""

    def __init__(self, name: StepName | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.retranslate()

    def retranslate(self) -> None:
        if self._name is not None:
            self.setText(self._name())


class _Edit(NamedStep):
    def __init__(self, model: NeuronModel, before: Neuron, after: Neuron, name: StepName,
                 key: tuple | None) -> None:
        super().__init__(name)
        self.model, self.before, self.after, self.key = model, before, after, key

    def redo(self) -> None:
        self.model._show(self.after)

    def undo(self) -> None:
        self.model._show(self.before)


class NeuronModel(QObject):
    changed = Signal()

    def __init__(self, neuron: Neuron = DEFAULT_NEURON, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._neuron = neuron
        self._initial = neuron
        self.undo_stack = QUndoStack(self)
        # Enough for any lesson; without a limit a long session would keep every edit forever.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._open_edit: _Edit | None = None  # the step that edits of the same field join

    @property
    def neuron(self) -> Neuron:
        return self._neuron

    def set_neuron(self, neuron: Neuron, name: StepName | None = None,
                   key: tuple | None = None) -> None:
        """Show ``neuron`` as one undoable step named ``name``, or as part of the open step of
        field ``key``."""
        if neuron == self._neuron:
            return  # no signal when nothing changed: views echoing a value back stay quiet
        step = self._open_edit
        if key is not None and step is not None and step.key == key and self._is_top(step):
            step.after = neuron
            self._show(neuron)
            if neuron == step.before:  # back where the step began (down twice, up twice)
                self._drop_top(step)
            return
        step = _Edit(self, self._neuron, neuron, name or (lambda: self.tr("change")), key)
        self.undo_stack.push(step)  # runs redo(), which shows the neuron
        self._open_edit = step if key is not None else None

    def retranslate(self) -> None:
        """Name every undo step again, in the language now on screen."""
        for index in range(self.undo_stack.count()):
            step = self.undo_stack.command(index)
            parts = [step.child(i) for i in range(step.childCount())]  # of a macro
            for part in (step, *parts):
                if isinstance(part, NamedStep):
                    part.retranslate()
            if not isinstance(step, NamedStep) and parts and isinstance(parts[0], NamedStep):
                step.setText(parts[0].text())  # a macro is named by its first part

    def _drop_top(self, step: _Edit) -> None:
        """Take away the newest step, which changes nothing: an undo that did nothing would look
        broken. An obsolete step is deleted by the undo that takes it back."""
        self._open_edit = None
        step.setObsolete(True)
        self.undo_stack.undo()

    def end_edit(self) -> None:
        """The field being edited is finished with: its next edit starts a new undo step."""
        self._open_edit = None

    def load(self, neuron: Neuron) -> None:
        """Start afresh from ``neuron`` (a file or a lesson): no undo history, and Reset all
        comes back here."""
        self._initial = neuron
        self._open_edit = None
        self.undo_stack.clear()
        self._show(neuron)
        self.undo_stack.setClean()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.end_edit()  # later edits must not slip into the step that is now saved
        self.undo_stack.setClean()

    def last_step_started_from(self, neuron: Neuron) -> bool:
        """Whether undoing the newest step goes back to ``neuron``: a save or another edit may
        have cut a long edit in two."""
        step = self._top()
        return isinstance(step, _Edit) and step.before == neuron

    def _top(self) -> QUndoCommand | None:
        """The step the next undo takes back."""
        index = self.undo_stack.index()
        return self.undo_stack.command(index - 1) if index > 0 else None

    def _is_top(self, step: _Edit) -> bool:
        return self._top() is step

    def _show(self, neuron: Neuron) -> None:
        if neuron != self._neuron:
            self._neuron = neuron
            self.changed.emit()

    # What the widgets call ----------------------------------------------------------------------

    def set_input(self, index: int, value: float) -> None:
        self.set_neuron(self._neuron.with_input(index, value),
                        lambda: self.tr("change input x{n}").format(n=subscript(index + 1)),
                        ("input", index))

    def set_weight(self, index: int, value: float) -> None:
        self.set_neuron(self._neuron.with_weight(index, value),
                        lambda: self.tr("change weight w{n}").format(n=subscript(index + 1)),
                        ("weight", index))

    def set_bias(self, value: float) -> None:
        self.set_neuron(self._neuron.with_bias(value), lambda: self.tr("change bias b"), ("bias",))

    def set_param(self, name: str, value: float) -> None:
        symbol = next((p.symbol for p in get_activation(self._neuron.activation).parameters
                       if p.name == name), name)  # "α", as the panel writes it, not "alpha"
        self.set_neuron(self._neuron.with_param(name, value),
                        lambda: self.tr("change parameter {name}").format(name=symbol),
                        ("param", name))

    def set_activation(self, name: str) -> None:
        self.set_neuron(self._neuron.with_activation(name), lambda: self.tr("choose activation"))

    def add_input(self) -> None:
        self.set_neuron(self._neuron.with_input_added(), lambda: self.tr("add input"))

    def remove_input(self, index: int) -> None:
        self.set_neuron(self._neuron.with_input_removed(index),
                        lambda: self.tr("remove input x{n}").format(n=subscript(index + 1)))

    def reset(self) -> None:
        """Back to the neuron the window started with, the same every time; undoable."""
        self.set_neuron(self._initial, lambda: self.tr("reset all"))
