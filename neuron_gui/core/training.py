"""Teaching one neuron from labelled points: the perceptron rule and gradient descent.

``fit`` returns the trained neuron and one ``Epoch`` per pass over the data, holding the weights
and bias after that pass, so a window can replay how the dividing line moved.

    >>> from neuron_gui.core import Neuron
    >>> from neuron_gui.core.datasets import load
    >>> X, y = load("and")
    >>> trained, history = fit(Neuron([0, 0], [0, 0], 0, "step"), X, y, seed=1)
    >>> converged(history), predict(trained, X)
    (True, array([0., 0., 0., 1.]))
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from .activations import activate, derivative
from .datasets import check_labels, check_points, midpoint, targets_for
from .neuron import VALUE_LIMIT, Neuron, weighted_sum

RULES = ("perceptron", "gradient")
LOSSES = ("squared", "cross_entropy")
INITS = ("keep", "zeros", "random")
MAX_EPOCHS = 100_000
# Sigmoid outputs can round to exactly 0 or 1, and log(0) is −∞. Clamping this close to the ends
# keeps the loss finite while a confident wrong answer still costs a lot (about 27.6).
_LOG_FLOOR = 1e-12


@dataclass(frozen=True)
class Epoch:
    """The state after one pass over the data."""

    epoch: int  # counted from 1
    errors: int  # points on the wrong side of the midpoint of the activation's targets
    loss: float
    weights: tuple[float, ...]
    bias: float


def fit(neuron: Neuron, X, y, rule: str = "perceptron", epochs: int = 100,
        learning_rate: float = 0.1, seed: int | None = None, loss: str | None = None,
        init: str = "keep", stop_when_learned: bool = True) -> tuple[Neuron, list[Epoch]]:
    """Train the weights and bias of ``neuron`` on points X (one column per weight), labels y (0/1).

    ``rule="perceptron"`` needs the step activation and visits the points one at a time, in an order
    shuffled every epoch from ``seed``; ``rule="gradient"`` needs a differentiable activation and
    moves once per epoch against the gradient of the mean ``loss`` ("squared" unless given;
    "cross_entropy" with sigmoid only). Training stops at the first epoch that classifies every
    point (with ``stop_when_learned=False`` it goes on, the loss still falling), or after
    ``epochs``. ``init`` chooses the starting weights: the neuron's own ("keep"),
    all zeros, or small random ones from ``seed``. A ReLU neuron whose sum is 0 or below at every
    point never moves, because its slope there is 0; start it with a positive bias. The neuron's
    inputs are left unchanged.
    """
    activation, loss = _check_arguments(neuron, rule, epochs, learning_rate, seed, loss, init)
    if not isinstance(stop_when_learned, bool):
        raise ValueError(f"stop_when_learned: expected True or False, got {stop_when_learned!r}")
    X, labels = _check_data(neuron, X, y)
    targets = targets_for(activation, labels)
    f, slope = _functions(neuron)
    rng = np.random.default_rng(seed)
    weights, bias = _initial_weights(neuron, init, rng)

    history: list[Epoch] = []
    for epoch in range(1, epochs + 1):
        if rule == "perceptron":
            weights, bias = _perceptron_epoch(f, X, targets, weights, bias, learning_rate, rng)
        else:
            weights, bias = _gradient_step(f, slope, loss, X, targets, weights, bias, learning_rate)
        outputs = _outputs(f, midpoint(activation), X, weights, bias)
        errors = np.count_nonzero(_above_midpoint(activation, outputs) != (labels == 1.0))
        history.append(Epoch(epoch, int(errors), _loss(loss, outputs, targets),
                             tuple(weights.tolist()), float(bias)))
        if errors == 0 and stop_when_learned:
            break
    return replace(neuron, weights=tuple(weights.tolist()), bias=float(bias)), history


def converged(history: list[Epoch]) -> bool:
    """True when the last epoch classified every point."""
    return bool(history) and history[-1].errors == 0


def predict(neuron: Neuron, X) -> np.ndarray:
    """The class ``neuron`` gives each row of X: 1 when its output is above the midpoint, else 0."""
    return classes(neuron, case_outputs(neuron, X))


def case_outputs(neuron: Neuron, X) -> np.ndarray:
    """The output ``neuron`` gives with each row of X as its inputs, each z as Neuron's own where
    it decides the answer (see _outputs): the rings, the task's check, a run's count and the
    readout agree at z = 0."""
    X = _check_columns(neuron, check_points("X", X))
    f, _ = _functions(neuron)
    return _outputs(f, midpoint(neuron.activation), X, np.array(neuron.weights), neuron.bias)


# Closer than this to 0 or to the activation's middle, a z from floating point may give the wrong
# answer (0.1 + 0.2 − 0.3 is 5.6·10⁻¹⁷): there, and only there, it is worked out exactly. Far
# more than the error of any sum of numbers in range, far less than any step a student types.
DOUBTFUL = 1e-9


def _outputs(f, middle: float, X: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """f at each row's z = x·w + b: in floating point, fast for a run's hundreds of epochs, and
    exactly (neuron.weighted_sum) for the few rows whose answer that could change."""
    z = X @ weights + bias
    outputs = np.asarray(f(z), dtype=float)
    doubtful = (np.abs(z) < DOUBTFUL) | (np.abs(outputs - middle) < DOUBTFUL)
    if doubtful.any():
        w, b = np.asarray(weights).tolist(), float(bias)
        z[doubtful] = [weighted_sum(w, row, b) for row in X[doubtful].tolist()]
        outputs = np.asarray(f(z), dtype=float)
    return outputs


def classes(neuron: Neuron, outputs) -> np.ndarray:
    """1 for each output above the midpoint of ``neuron``'s activation, else 0."""
    return _above_midpoint(neuron.activation, outputs).astype(float)


def _functions(neuron):
    """f and f' of the neuron's activation, with its parameters (such as leaky ReLU's α) bound."""
    params = dict(neuron.params)
    return (partial(activate, neuron.activation, **params),
            partial(derivative, neuron.activation, **params))


def _perceptron_epoch(f, X, targets, weights, bias, learning_rate, rng):
    # One point at a time, so each correction already sees the ones before it; a fresh order every
    # epoch keeps the line from cycling through the same sequence of mistakes.
    for i in rng.permutation(len(X)):
        z = float(X[i] @ weights + bias)
        if abs(z) < DOUBTFUL:  # the step's own threshold: as _outputs, exactly
            z = weighted_sum(weights.tolist(), X[i].tolist(), float(bias))
        output = f(z)
        change = learning_rate * (targets[i] - output)
        if change:
            weights = _clipped(weights + change * X[i])
            bias = _clipped(bias + change)
    return weights, bias


def _gradient_step(f, slope, loss, X, targets, weights, bias, learning_rate):
    z = X @ weights + bias
    if loss == "cross_entropy":
        # The loss's 1/(out·(1 − out)) cancels the sigmoid's slope out·(1 − out), leaving out − t:
        # the gradient stays large exactly when the neuron is confidently wrong.
        delta = f(z) - targets
    else:
        delta = (f(z) - targets) * slope(z)
    weights = _clipped(weights - learning_rate * (X.T @ delta) / len(X))
    bias = _clipped(bias - learning_rate * float(np.mean(delta)))
    return weights, bias


def _above_midpoint(activation, values) -> np.ndarray:
    return np.asarray(values) > midpoint(activation)


def _loss(loss, outputs, targets) -> float:
    if loss == "cross_entropy":
        p = np.clip(outputs, _LOG_FLOOR, 1.0 - _LOG_FLOOR)
        return float(-np.mean(targets * np.log(p) + (1.0 - targets) * np.log(1.0 - p)))
    return float(np.mean(0.5 * (outputs - targets) ** 2))


def _clipped(values):
    # The trained weights must still make a valid Neuron, whose numbers are bounded.
    return np.clip(values, -VALUE_LIMIT, VALUE_LIMIT)


def _initial_weights(neuron, init, rng):
    if init == "keep":
        return np.array(neuron.weights), neuron.bias
    if init == "zeros":
        return np.zeros(neuron.size), 0.0
    # Small values keep a sigmoid or tanh on the steep middle of its curve, where it learns fastest.
    values = rng.uniform(-0.5, 0.5, size=neuron.size + 1)
    return values[:-1], float(values[-1])


def _check_arguments(neuron, rule, epochs, learning_rate, seed, loss, init):
    """The activation and the loss to use, or a ValueError naming the first bad argument."""
    if not isinstance(neuron, Neuron):
        raise ValueError(f"neuron: expected a Neuron, got {neuron!r}")
    _check_choice("rule", rule, RULES)
    _check_choice("init", init, INITS)
    loss = "squared" if loss is None else loss
    _check_choice("loss", loss, LOSSES)
    if not _is_whole(epochs) or not 1 <= epochs <= MAX_EPOCHS:
        raise ValueError(f"epochs: expected a whole number from 1 to {MAX_EPOCHS}, got {epochs!r}")
    if (isinstance(learning_rate, bool) or not isinstance(learning_rate, numbers.Real)
            or not math.isfinite(learning_rate) or learning_rate <= 0):
        raise ValueError(f"learning_rate: expected a finite number above 0, got {learning_rate!r}")
    if seed is not None and (not _is_whole(seed) or seed < 0):
        raise ValueError(f"seed: expected None or a whole number of 0 or more, got {seed!r}")
    activation = neuron.activation
    _check_rule_fits(rule, activation)
    if loss == "cross_entropy" and activation != "sigmoid":
        raise ValueError(
            f"loss: 'cross_entropy' works only with sigmoid, whose output can be read as a "
            f"probability, not with {activation}; use loss='squared'"
        )
    return activation, loss


def _check_rule_fits(rule, activation):
    if rule == "perceptron" and activation != "step":
        raise ValueError(
            f"rule: 'perceptron' corrects a yes-or-no answer and needs the step activation, not "
            f"{activation}; use rule='gradient' for it"
        )
    if rule == "gradient" and activation == "step":
        raise ValueError(
            "rule: 'gradient' cannot train step, because its slope is 0 wherever it has one, so "
            "the gradient never moves the weights; use rule='perceptron'"
        )


def _check_data(neuron, X, y):
    X = _check_columns(neuron, check_points("X", X))
    return X, check_labels("y", y, count=len(X))


def _check_columns(neuron, X):
    if X.shape[1] != neuron.size:
        raise ValueError(
            f"X: expected {neuron.size} columns, one per weight of the neuron, got {X.shape[1]}"
        )
    return X


def _check_choice(field, value, choices):
    if not isinstance(value, str) or value not in choices:
        raise ValueError(f"{field}: unknown name {value!r}; choose one of {', '.join(choices)}")


def _is_whole(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)
