"""The activation functions, defined once.

Every activation the application knows lives in ``ACTIVATIONS``; the window lists its choices from
it and the plot draws from it, so adding an entry here is all it takes to offer a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping

import numpy as np

ArrayFunction = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Activation:
    key: str
    name: str
    formula: str
    explanation: str
    function: ArrayFunction
    derivative: ArrayFunction
    # z values where the function has a corner or a jump: the curve is sampled there exactly, and
    # the derivative at such a point is a convention, not a limit.
    kinks: tuple[float, ...] = ()


def _step(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0.0, 1.0, 0.0)


def _step_slope(z: np.ndarray) -> np.ndarray:
    return np.zeros_like(z)


def _relu(z: np.ndarray) -> np.ndarray:
    return np.maximum(z, 0.0)


def _relu_slope(z: np.ndarray) -> np.ndarray:
    return np.where(z > 0.0, 1.0, 0.0)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # exp(-|z|) lies in (0, 1] for every finite z, so neither branch can overflow; each branch is
    # the form of 1 / (1 + e^-z) that keeps its precision on its own side of zero.
    e = np.exp(-np.abs(z))
    return np.where(z >= 0.0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid_slope(z: np.ndarray) -> np.ndarray:
    # sigmoid(z)·(1 − sigmoid(z)) written with exp(-|z|): it is even in z and never overflows.
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


def _tanh_slope(z: np.ndarray) -> np.ndarray:
    return 1.0 - np.tanh(z) ** 2


def _identity(z: np.ndarray) -> np.ndarray:
    return z.copy()


def _one(z: np.ndarray) -> np.ndarray:
    return np.ones_like(z)


_ENTRIES = (
    Activation(
        key="step",
        name="Step",
        formula="f(z) = 1 if z > 0, otherwise 0",
        explanation=(
            "The oldest neuron, the perceptron. It answers only yes (1) or no (0): any z above "
            "zero switches it on, and zero itself still counts as off. The jump gives no hint of how "
            "close z was to flipping, which is why networks that learn by gradients avoid it."
        ),
        function=_step,
        derivative=_step_slope,
        kinks=(0.0,),
    ),
    Activation(
        key="relu",
        name="ReLU",
        formula="f(z) = max(0, z)",
        explanation=(
            "Rectified linear unit. Negative sums are cut to zero and positive sums pass through "
            "unchanged. It is cheap to compute and trains well, so it is the usual first choice in "
            "deep networks; the bend at zero is what makes it more than a straight line."
        ),
        function=_relu,
        derivative=_relu_slope,
        kinks=(0.0,),
    ),
    Activation(
        key="sigmoid",
        name="Sigmoid",
        formula="f(z) = 1 / (1 + e^(−z))",
        explanation=(
            "Also called the logistic function. It bends every z into the range from 0 to 1 along "
            "an S-shaped curve: very negative sums give almost 0, very positive sums almost 1, and "
            "z = 0 gives exactly one half. Its output can be read as a probability, which suits "
            "yes-or-no questions whose answer is not a straight cut."
        ),
        function=_sigmoid,
        derivative=_sigmoid_slope,
    ),
    Activation(
        key="tanh",
        name="tanh",
        formula="f(z) = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))",
        explanation=(
            "Hyperbolic tangent. The same S shape as the sigmoid, but stretched to run from −1 to 1 "
            "and centred on zero: very negative sums give almost −1, z = 0 gives 0."
        ),
        function=np.tanh,
        derivative=_tanh_slope,
    ),
    Activation(
        key="linear",
        name="Linear",
        formula="f(z) = z",
        explanation=(
            "No activation at all: the output is the weighted sum itself. Stacking neurons like "
            "this only ever gives another straight-line rule, however many layers there are; the "
            "bends of the other functions are what let a network learn curved patterns."
        ),
        function=_identity,
        derivative=_one,
    ),
)

ACTIVATIONS: Mapping[str, Activation] = MappingProxyType({a.key: a for a in _ENTRIES})


def get_activation(name: str) -> Activation:
    """The registry entry for ``name``, or a ValueError that lists the known names."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        known = ", ".join(ACTIVATIONS)
        raise ValueError(f"activation: unknown name {name!r}; choose one of {known}") from None


def _as_finite_array(z, field: str = "z") -> np.ndarray:
    try:
        array = np.asarray(z, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{field}: expected a number or an array of numbers, got {z!r}") from None
    if not np.all(np.isfinite(array)):
        bad = array[~np.isfinite(array)].flat[0]
        raise ValueError(f"{field}: every value must be a finite number, got {bad}")
    return array


def _apply(function: ArrayFunction, z):
    array = _as_finite_array(z)
    result = function(np.atleast_1d(array)).reshape(array.shape)
    if array.ndim == 0:
        return float(result)
    return result


def activate(name: str, z):
    """f(z) for the activation ``name``; z is a number or an array, and the result has its shape."""
    return _apply(get_activation(name).function, z)


def derivative(name: str, z):
    """f'(z) for the activation ``name``, shaped like z. At a kink it is the usual convention (0)."""
    return _apply(get_activation(name).derivative, z)
