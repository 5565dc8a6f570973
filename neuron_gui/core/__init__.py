"""The neuron's mathematics, free of any GUI: usable from a notebook with no display.

    >>> from neuron_gui.core import Neuron, activate
    >>> Neuron(inputs=[1, 2], weights=[0.5, -1], bias=0.1, activation="relu").output()
    0.0
"""

from .activations import (
    ACTIVATIONS, Activation, Parameter, activate, check_parameters, derivative, get_activation,
    slope_at,
)
from .formula import format_number, format_result, output_text, slope_text, weighted_sum_text
from .neuron import MAX_INPUTS, MIN_INPUTS, VALUE_LIMIT, Neuron, check_value

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "MAX_INPUTS",
    "MIN_INPUTS",
    "Neuron",
    "Parameter",
    "VALUE_LIMIT",
    "activate",
    "check_parameters",
    "check_value",
    "derivative",
    "format_number",
    "format_result",
    "get_activation",
    "output_text",
    "slope_at",
    "slope_text",
    "weighted_sum_text",
]
