"""One artificial neuron: inputs, weights, a bias and an activation."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from functools import cached_property
from typing import Iterable, Mapping

from .activations import activate, check_parameters, get_activation
from .text import QT_TRANSLATE_NOOP, Phrase

MIN_INPUTS = 1
MAX_INPUTS = 16
# One bound for every number a student can enter: wide enough for any lesson, narrow enough that a
# weighted sum of MAX_INPUTS products can never overflow or lose the digits the readout shows.
VALUE_LIMIT = 1000.0


def weighted_sum(weights: Iterable[float], inputs: Iterable[float], bias: float) -> float:
    """w_1·x_1 + … + w_n·x_n + b worked out exactly from the numbers as they are written (each
    float's shortest decimal), then rounded once to a float.

    Binary floating point makes 0.1 + 0.2 − 0.3 into 5.6·10⁻¹⁷: the step function fired at a z
    the readout writes as 0.00, and a wrong AND gate passed as right."""
    with localcontext() as exact:
        # Products of two floats in range lie between 10⁻⁶⁴⁸ and 10⁶: with 800 digits no sum of
        # them is rounded (80 lost a bias of 10⁻³⁰⁰ beside terms of 10⁶). Python's decimals
        # spend only the digits a number has, so this costs nothing in the common case.
        exact.prec = 800
        total = Decimal(repr(bias))
        for w, x in zip(weights, inputs):
            total += Decimal(repr(w)) * Decimal(repr(x))
    return float(total) + 0.0  # + 0.0: a z of −0.0 is written as 0.00, not −0.00


def check_value(field: str, value) -> float:
    """``value`` as a float, or a ValueError naming ``field`` and saying what is wrong with it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ValueError(Phrase(QT_TRANSLATE_NOOP(
                "errors", "{path}: expected a number, got {value}"),
                path=field, value=repr(value))) from None
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(Phrase(QT_TRANSLATE_NOOP(
            "errors", "{path}: expected a finite number, got {value}"),
            path=field, value=str(value)))
    if abs(value) > VALUE_LIMIT:
        raise ValueError(Phrase(QT_TRANSLATE_NOOP(
            "errors", "{path}: {value} is outside the allowed range {low} to {high}"),
            # Every digit: 1000.0001 written "1000" would seem inside the range it is refused by.
            path=field, value=f"{value:.15g}", low=f"{-VALUE_LIMIT:g}", high=f"{VALUE_LIMIT:g}"))
    return value


def _check_values(field: str, values: Iterable) -> tuple[float, ...]:
    if isinstance(values, (str, bytes)):
        raise ValueError(f"{field}: expected a list of numbers, got {values!r}")
    try:
        items = list(values)
    except TypeError:
        raise ValueError(f"{field}: expected a list of numbers, got {values!r}") from None
    return tuple(check_value(f"{field}[{i}]", v) for i, v in enumerate(items))


@dataclass(frozen=True)
class Neuron:
    """An immutable neuron. The ``with_*`` methods return a changed copy, validated like the first."""

    inputs: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float = 0.0
    activation: str = "sigmoid"
    # The activation's parameters by name (e.g. {"alpha": 0.01}); missing ones take their defaults.
    params: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        inputs = _check_values("inputs", self.inputs)
        weights = _check_values("weights", self.weights)
        if len(inputs) != len(weights):
            raise ValueError(
                f"weights: expected one weight per input ({len(inputs)}), got {len(weights)}"
            )
        if not MIN_INPUTS <= len(inputs) <= MAX_INPUTS:
            raise ValueError(
                f"inputs: a neuron takes {MIN_INPUTS} to {MAX_INPUTS} inputs, got {len(inputs)}"
            )
        get_activation(self.activation)
        if not isinstance(self.params, Mapping):
            raise ValueError(f"params: expected names and numbers, got {self.params!r}")
        object.__setattr__(self, "params", check_parameters(self.activation, **self.params))
        object.__setattr__(self, "inputs", inputs)
        object.__setattr__(self, "weights", weights)
        object.__setattr__(self, "bias", check_value("bias", self.bias))

    @property
    def size(self) -> int:
        return len(self.inputs)

    def weighted_sum(self) -> float:
        """z = w_1·x_1 + … + w_n·x_n + b, exactly as the numbers are written (see weighted_sum)."""
        return self._weighted_sum

    def output(self) -> float:
        return self._output

    # Worked out once per neuron: it never changes, and every view of an edit asks for both.
    @cached_property
    def _weighted_sum(self) -> float:
        return weighted_sum(self.weights, self.inputs, self.bias)

    @cached_property
    def _output(self) -> float:
        return activate(self.activation, self._weighted_sum, **self.params)

    def with_input(self, index: int, value: float) -> Neuron:
        return replace(self, inputs=_replaced(self.inputs, index, value, "inputs"))

    def with_weight(self, index: int, value: float) -> Neuron:
        return replace(self, weights=_replaced(self.weights, index, value, "weights"))

    def with_bias(self, value: float) -> Neuron:
        return replace(self, bias=value)

    def with_activation(self, name: str) -> Neuron:
        """Another activation, with its own parameters at their defaults."""
        if name == self.activation:
            return self
        return replace(self, activation=name, params={})

    def with_param(self, name: str, value: float) -> Neuron:
        return replace(self, params={**self.params, name: value})

    def with_input_added(self, value: float = 0.0, weight: float = 0.0) -> Neuron:
        return replace(self, inputs=self.inputs + (value,), weights=self.weights + (weight,))

    def with_input_removed(self, index: int) -> Neuron:
        _check_index(index, self.size, "inputs")
        keep = [i for i in range(self.size) if i != index]
        return replace(
            self,
            inputs=tuple(self.inputs[i] for i in keep),
            weights=tuple(self.weights[i] for i in keep),
        )


def _check_index(index: int, size: int, field: str) -> None:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < size:
        raise ValueError(f"{field}: index {index!r} is not between 0 and {size - 1}")


def _replaced(values: tuple[float, ...], index: int, value, field: str) -> tuple[float, ...]:
    _check_index(index, len(values), field)
    return values[:index] + (value,) + values[index + 1 :]
