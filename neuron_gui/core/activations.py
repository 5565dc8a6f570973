"""The activation functions, defined once.

Every activation the application knows lives in ``ACTIVATIONS``; the window lists its choices from
it and the plot draws from it, so adding an entry here is all it takes to offer a new one. Its
name and explanation then want translations, and the compare overlay a colour and line of its own
(``activation_plot._COMPARE_STYLES``; until then it takes a spare one).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping

import numpy as np

from .special import erfc
from .text import QT_TRANSLATE_NOOP

# f(z, **parameters) -> array shaped like z
ArrayFunction = Callable[..., np.ndarray]


@dataclass(frozen=True)
class Parameter:
    """A number that shapes an activation, such as the slope α of leaky ReLU for negative z."""

    name: str
    symbol: str
    default: float
    minimum: float
    maximum: float
    description: str


@dataclass(frozen=True)
class Activation:
    key: str
    name: str
    formula: str
    explanation: str
    function: ArrayFunction
    derivative: ArrayFunction
    # z values where the function may have a corner or a jump: the curve is sampled there exactly,
    # and whether the slope exists there is checked (see slope_at), not assumed.
    kinks: tuple[float, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    # Whether f(z) and f′(z) may be written with "=" at z, when their digits end within four
    # decimals: along a straight piece, as for sums and products of the typed numbers; on a
    # curve only where it passes a round value exactly (sigmoid(0) = 0.5, softplus′(0) = 0.5).
    # Elsewhere on a curve the digits never end, and a result of exactly 1 or 0 is the computer
    # rounding (sigmoid(40) is 1 − 4·10⁻¹⁸), so it is written with "≈".
    exact_at: Callable[[float], bool] = lambda z: True  # straight everywhere
    # The name as the readout writes the function, where the list's is longer: "SiLU(3.00)".
    short_name: str = ""

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.parameters}


def _only_at_zero(z: float) -> bool:
    return z == 0.0


def _straight_above_zero(z: float) -> bool:
    return z >= 0.0  # ELU is z itself there; at 0 it gives 0 and its slope is 1 or α


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
    # Near z = 0 rounding can land a hair above the true maximum of 1/4; the minimum keeps it there.
    return np.minimum(e / (1.0 + e) ** 2, 0.25)


def _tanh_slope(z: np.ndarray) -> np.ndarray:
    return 1.0 - np.tanh(z) ** 2


def _identity(z: np.ndarray) -> np.ndarray:
    return z.copy()


def _one(z: np.ndarray) -> np.ndarray:
    return np.ones_like(z)


def _leaky_relu(z: np.ndarray, alpha: float) -> np.ndarray:
    return np.where(z >= 0.0, z, alpha * z)


def _leaky_relu_slope(z: np.ndarray, alpha: float) -> np.ndarray:
    return np.where(z > 0.0, 1.0, alpha)


def _elu(z: np.ndarray, alpha: float) -> np.ndarray:
    # expm1 keeps e^z − 1 exact for small z; the minimum stops exp overflowing on the branch
    # that np.where then throws away.
    return np.where(z > 0.0, z, alpha * np.expm1(np.minimum(z, 0.0)))


def _elu_slope(z: np.ndarray, alpha: float) -> np.ndarray:
    return np.where(z > 0.0, 1.0, alpha * np.exp(np.minimum(z, 0.0)))


def _softplus(z: np.ndarray) -> np.ndarray:
    return np.logaddexp(0.0, z)  # log(e^0 + e^z), computed without overflow


def _normal_cdf(z: np.ndarray) -> np.ndarray:
    # Φ(z) = ½·erfc(−z/√2): erfc keeps the tiny values for very negative z that 1 + erf would lose.
    return 0.5 * erfc(-z / math.sqrt(2.0))


def _gelu(z: np.ndarray) -> np.ndarray:
    return z * _normal_cdf(z)


def _gelu_slope(z: np.ndarray) -> np.ndarray:
    # Φ(z) + z·φ(z); beyond |z| = 40 the bell φ is below 1e-300, so it is clipped there to keep
    # z² from overflowing.
    bounded = np.clip(z, -40.0, 40.0)
    density = np.exp(-0.5 * bounded * bounded) / math.sqrt(2.0 * math.pi)
    return _normal_cdf(z) + bounded * density


def _silu(z: np.ndarray) -> np.ndarray:
    return z * _sigmoid(z)


def _silu_slope(z: np.ndarray) -> np.ndarray:
    # σ(z)·(1 + z·(1 − σ(z))), with 1 − σ(z) written as σ(−z) so it keeps its digits for large z
    return _sigmoid(z) * (1.0 + z * _sigmoid(-z))


def _hard_sigmoid(z: np.ndarray) -> np.ndarray:
    return np.clip(z / 6.0 + 0.5, 0.0, 1.0)


def _hard_sigmoid_slope(z: np.ndarray) -> np.ndarray:
    return np.where((z > -3.0) & (z < 3.0), 1.0 / 6.0, 0.0)


_ENTRIES = (
    Activation(
        key="step",
        name=QT_TRANSLATE_NOOP("activations", "Step"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = 1 if z > 0, otherwise 0"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "The function of the oldest neuron, the perceptron. It answers only yes (1) or no "
            "(0): any z above zero switches it on, and zero itself still counts as off. The jump "
            "gives no hint of how close z was to flipping, which is why networks that learn by "
            "gradients avoid it."
        ),
        function=_step,
        derivative=_step_slope,
        kinks=(0.0,),
    ),
    Activation(
        key="relu",
        name=QT_TRANSLATE_NOOP("activations", "ReLU"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = max(0, z)"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
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
        name=QT_TRANSLATE_NOOP("activations", "Sigmoid"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = 1 / (1 + e^(−z))"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Also called the logistic function. It bends every z into the range from 0 to 1 along "
            "an S-shaped curve: very negative sums give almost 0, very positive sums almost 1, and "
            "z = 0 gives exactly one half. Its output can be read as a probability: how sure the "
            "neuron is that the answer is yes."
        ),
        function=_sigmoid,
        derivative=_sigmoid_slope,
        exact_at=_only_at_zero,
    ),
    Activation(
        key="tanh",
        name=QT_TRANSLATE_NOOP("activations", "tanh"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Hyperbolic tangent. The same S shape as the sigmoid, but stretched to run from −1 to 1 "
            "and centred on zero: very negative sums give almost −1, z = 0 gives 0."
        ),
        function=np.tanh,
        derivative=_tanh_slope,
        exact_at=_only_at_zero,
    ),
    Activation(
        key="linear",
        name=QT_TRANSLATE_NOOP("activations", "Linear"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = z"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "No activation at all: the output is the weighted sum itself. Stacking neurons like "
            "this only ever gives another straight-line rule, however many layers there are; the "
            "bends of the other functions are what let a network learn curved patterns."
        ),
        function=_identity,
        derivative=_one,
    ),
    Activation(
        key="leaky_relu",
        name=QT_TRANSLATE_NOOP("activations", "Leaky ReLU"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = z if z ≥ 0, otherwise α·z"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Like ReLU, but negative sums are not silenced completely: they are multiplied by a "
            "small slope α. A neuron whose sum stays negative still passes on a trickle, so "
            "learning can still move it; plain ReLU would be stuck at zero there."
        ),
        function=_leaky_relu,
        derivative=_leaky_relu_slope,
        kinks=(0.0,),
        parameters=(Parameter("alpha", "α", 0.01, 0.0, 1.0,
                              QT_TRANSLATE_NOOP("activations", "slope for negative z")),),
    ),
    Activation(
        key="elu",
        name=QT_TRANSLATE_NOOP("activations", "ELU"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = z if z > 0, otherwise α·(e^z − 1)"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Exponential linear unit. Positive sums pass unchanged; negative sums curve smoothly "
            "down towards −α instead of being cut off, so the output can be a little negative and "
            "the curve has no sharp corner when α = 1."
        ),
        function=_elu,
        derivative=_elu_slope,
        kinks=(0.0,),
        parameters=(Parameter(
            "alpha", "α", 1.0, 0.0, 5.0,
            QT_TRANSLATE_NOOP("activations", "how far below zero the output can go")),),
        exact_at=_straight_above_zero,
    ),
    Activation(
        key="softplus",
        name=QT_TRANSLATE_NOOP("activations", "Softplus"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = ln(1 + e^z)"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "A rounded ReLU: almost zero for very negative sums, almost z itself for large ones, "
            "with a smooth bend between. It is never exactly zero, and its slope at every z is the "
            "sigmoid of z."
        ),
        function=_softplus,
        derivative=_sigmoid,
        exact_at=_only_at_zero,
    ),
    Activation(
        key="gelu",
        name=QT_TRANSLATE_NOOP("activations", "GELU"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = z·Φ(z), Φ(z) = ½·(1 + erf(z/√2))"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Gaussian error linear unit, used in many language models. Each sum is multiplied by "
            "a factor between 0 and 1 that grows smoothly with it: the share of a bell curve "
            "that lies left of the sum. Large sums pass almost whole, negative ones are mostly "
            "held back, and just below zero the output dips slightly negative."
        ),
        function=_gelu,
        derivative=_gelu_slope,
        exact_at=_only_at_zero,
    ),
    Activation(
        key="silu",
        name=QT_TRANSLATE_NOOP("activations", "SiLU (swish)"),
        short_name="SiLU",
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = z·σ(z) = z / (1 + e^(−z))"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "Sigmoid linear unit, also called swish: z multiplied by its own sigmoid. It looks "
            "much like GELU: smooth everywhere, close to z for large sums, and with a small "
            "negative dip before it flattens out to zero."
        ),
        function=_silu,
        derivative=_silu_slope,
        exact_at=_only_at_zero,
    ),
    Activation(
        key="hard_sigmoid",
        name=QT_TRANSLATE_NOOP("activations", "Hard sigmoid"),
        formula=QT_TRANSLATE_NOOP("activations", "f(z) = 0 if z ≤ −3, 1 if z ≥ 3, otherwise z/6 + 1/2"),
        explanation=QT_TRANSLATE_NOOP(
            "activations",
            "A sigmoid made of three straight pieces: flat at 0, a ramp from z = −3 to z = 3, "
            "flat at 1. It is cheaper than the real sigmoid, which matters on small devices, and "
            "crosses one half at z = 0 just as the sigmoid does."
        ),
        function=_hard_sigmoid,
        derivative=_hard_sigmoid_slope,
        kinks=(-3.0, 3.0),
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


def check_parameters(name: str, **params) -> dict[str, float]:
    """All of ``name``'s parameters, the given ones checked and the others at their defaults."""
    entry = get_activation(name)
    known = {p.name: p for p in entry.parameters}
    for key in params:
        if key not in known:
            allowed = ", ".join(known) or "no parameters"
            raise ValueError(f"{key}: {name} has no parameter {key!r} (it takes {allowed})")
    checked = entry.defaults()
    for key, value in params.items():
        p = known[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"{key}: expected a finite number, got {value!r}")
        if not p.minimum <= value <= p.maximum:
            raise ValueError(f"{key}: {value:.15g} is outside {p.minimum:g} to {p.maximum:g}")
        checked[key] = float(value)
    return checked


def _apply(name: str, which: str, z, params: dict) -> float | np.ndarray:
    entry = get_activation(name)
    checked = check_parameters(name, **params)
    if type(z) is float and math.isfinite(z):
        # One plain number, as every edit asks for (the point, the slope, each compared
        # function's point): half the time of the general path, which checks an array.
        return float(getattr(entry, which)(np.array([z]), **checked)[0])
    array = _as_finite_array(z)
    result = getattr(entry, which)(np.atleast_1d(array), **checked).reshape(array.shape)
    if array.ndim == 0:
        return float(result)
    return result


def activate(name: str, z, **params):
    """f(z) for the activation ``name``; z is a number or an array, and the result has its shape."""
    return _apply(name, "function", z, params)


def derivative(name: str, z, **params):
    """f'(z) for the activation ``name``, shaped like z. At a kink it is the one-sided value that
    the major frameworks use; slope_at tells whether the slope really exists there."""
    return _apply(name, "derivative", z, params)


_SIDE = 1e-9  # how far to each side of a kink the one-sided values are compared


@dataclass(frozen=True)
class Jump:
    """A place where the curve leaps: at ``z`` the function gives ``value`` (a filled dot on the
    plot), and on the other side it starts from ``other`` (an open dot: a value never reached)."""

    z: float
    value: float
    other: float


def _one_sided(name: str, z: float, params: dict) -> tuple[float, float]:
    return activate(name, z - _SIDE, **params), activate(name, z + _SIDE, **params)


def jumps(name: str, **params) -> tuple[Jump, ...]:
    """Where the activation jumps, for example step at 0: it gives 0 there and 1 just after."""
    found = []
    for z in get_activation(name).kinks:
        left, right = _one_sided(name, z, params)
        if abs(right - left) > 1e-6:
            value = activate(name, z, **params)
            other = right if math.isclose(value, left, abs_tol=1e-6) else left
            found.append(Jump(z, value, other))
    return tuple(found)


def slope_at(name: str, z: float, **params) -> float | None:
    """f'(z) as a number, or None where the curve has a jump or a corner at z and so no slope."""
    entry = get_activation(name)
    z = float(_as_finite_array(z))
    if z in entry.kinks:
        if any(jump.z == z for jump in jumps(name, **params)):
            return None
        slopes = derivative(name, [z - _SIDE, z + _SIDE], **params)
        if not math.isclose(slopes[0], slopes[1], rel_tol=1e-6, abs_tol=1e-9):
            return None  # a corner
    return derivative(name, z, **params)
