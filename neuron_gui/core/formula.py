"""The neuron's arithmetic written out as text, with the student's own numbers.

Kept free of Qt so the same lines can be printed in a notebook or a worksheet; the caller passes the
decimal mark of the language on screen.
"""

from __future__ import annotations

import math

from .activations import get_activation, slope_at
from .neuron import Neuron

MINUS = "\u2212"  # a real minus sign: wider than a hyphen, and read aloud as "minus"
TIMES = "\u00b7"
# Values a student types have two decimals; products of two of them need four. Showing z and f(z)
# with up to four decimals keeps the arithmetic exact, so step(0.0001) never appears as step(0.00).
INPUT_DECIMALS = 2
RESULT_DECIMALS = 4
_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(number: int) -> str:
    """``number`` in subscript digits, as in x₁₂."""
    return str(number).translate(_SUBSCRIPTS)


def format_number(value: float, decimal_mark: str = ".", decimals: int = INPUT_DECIMALS,
                  max_decimals: int | None = None) -> str:
    """``value`` with ``decimals`` places, or up to ``max_decimals`` when more are needed."""
    places = decimals if max_decimals is None else max_decimals
    text = f"{abs(value):.{places}f}"
    if max_decimals is not None and max_decimals > decimals:
        whole, _, fraction = text.partition(".")
        fraction = fraction.rstrip("0").ljust(decimals, "0")
        text = f"{whole}.{fraction}" if fraction else whole
    if set(text) <= set("0."):
        return text.replace(".", decimal_mark)  # no "−0.00"
    sign = MINUS if value < 0 else ""
    return sign + text.replace(".", decimal_mark)


def value_separator(decimal_mark: str = ".") -> str:
    """What stands between two numbers in a list: "(1.5, 0.8)", but "(1,5; 0,8)" where the
    comma is the decimal mark."""
    return "; " if decimal_mark == "," else ", "


def format_result(value: float, decimal_mark: str = ".") -> str:
    return format_number(value, decimal_mark, INPUT_DECIMALS, RESULT_DECIMALS)


LOSS_DIGITS = 3  # significant digits of a loss, so that a falling loss keeps showing change
LOSS_MAX_DECIMALS = 6


def format_loss(value: float, decimal_mark: str = ".") -> str:
    """A loss with three significant digits (0.394, 0.0999, 0.000123) and at least two decimals:
    a loss falls by orders of magnitude, and a fixed number of decimals would show 0.00 early."""
    if value <= 0.0:
        return format_number(0.0, decimal_mark, 2)
    decimals = LOSS_DIGITS - 1 - math.floor(math.log10(value))
    return format_number(value, decimal_mark, min(max(decimals, 2), LOSS_MAX_DECIMALS))


ALMOST = "\u2248"  # ≈


def is_exact(value: float, decimals: int = RESULT_DECIMALS) -> bool:
    """Whether ``value`` has no digits beyond ``decimals`` places (up to float rounding)."""
    return abs(value - round(value, decimals)) <= 1e-9 * max(1.0, abs(value))


def shown_value(value: float, decimal_mark: str = ".", exact: bool = True) -> str:
    """``value`` as the readout writes it: with two to four decimals when those are all its
    digits, else rounded to four. ``exact=False`` says the value has more digits than the
    computer keeps (an activation's curve), even when it came out round."""
    if exact and is_exact(value):
        return format_result(value, decimal_mark)
    return format_number(value, decimal_mark, RESULT_DECIMALS)


def equals(value: float, decimal_mark: str = ".", exact: bool = True) -> str:
    """"= 1.40" when the shown digits are the whole value, "≈ 0.9999" when they are rounded.

    A sigmoid at z = 11 is 0.99998…: written "= 1.00" it would contradict the curve, which never
    reaches 1, so a rounded result says so and keeps all four of its decimals. At z = 40 the
    computer's own result is exactly 1; ``exact=False`` keeps the "≈" there too."""
    sign = "=" if exact and is_exact(value) else ALMOST
    return f"{sign} {shown_value(value, decimal_mark, exact)}"


def _factor(value: float, decimal_mark: str) -> str:
    # Two decimals as typed, up to four for values that have them (a file's), so that such terms
    # add up to the z shown. A trained weight has more: rounded, it keeps all four of its places
    # (0.0460, not 0.046, which would look exact), and the z its terms give may differ from the
    # z shown in the last place, which "≈" then says.
    text = shown_value(value, decimal_mark)
    return f"({text})" if text.startswith(MINUS) else text


def weighted_sum_text(neuron: Neuron, decimal_mark: str = ".") -> str:
    """For example ``z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40``."""
    terms = [
        f"{_factor(w, decimal_mark)}{TIMES}{_factor(x, decimal_mark)}"
        for w, x in zip(neuron.weights, neuron.inputs)
    ]
    terms.append(_factor(neuron.bias, decimal_mark))
    return f"z = {' + '.join(terms)} {equals(neuron.weighted_sum(), decimal_mark)}"


def output_text(neuron: Neuron, decimal_mark: str = ".", word: str = "output",
                name: str | None = None) -> str:
    """For example ``output = ReLU(−1.40) = 0.00`` or ``output = Sigmoid(−1.40) ≈ 0.1978``; a GUI
    passes ``word`` and ``name`` translated."""
    entry = get_activation(neuron.activation)
    exact = entry.exact_at(neuron.weighted_sum())
    z = shown_value(neuron.weighted_sum(), decimal_mark)  # as the sum above ends: 1.5590
    name = entry.short_name or name or entry.name
    return f"{word} = {name}({z}) {equals(neuron.output(), decimal_mark, exact)}"


def slope_text(neuron: Neuron, decimal_mark: str = ".", word: str = "slope",
               no_slope: str = "no slope here: the curve jumps or has a corner") -> str:
    """For example ``slope = f′(0.25) ≈ 0.2461``, or why there is none at a jump or a corner."""
    z = neuron.weighted_sum()
    slope = slope_at(neuron.activation, z, **neuron.params)
    at = f"f′({shown_value(z, decimal_mark)})"
    if slope is None:
        return f"{at}: {no_slope}"
    exact = get_activation(neuron.activation).exact_at(z)
    return f"{word} = {at} {equals(slope, decimal_mark, exact)}"
