"""The neuron's mathematics, free of any GUI: usable from a notebook with no display.

    >>> from neuron_gui.core import Neuron, activate
    >>> Neuron(inputs=[1, 2], weights=[0.5, -1], bias=0.1, activation="relu").output()
    0.0
"""

from .activations import (
    ACTIVATIONS, Activation, Jump, Parameter, activate, check_parameters, derivative,
    get_activation, jumps, slope_at,
)
from .datasets import DESCRIPTIONS as DATASET_DESCRIPTIONS, NAMES as DATASET_NAMES
from .datasets import from_points, load as load_dataset, midpoint, target_values, targets_for
from .formula import (
    format_loss, format_number, format_result, output_text, shown_value, slope_text,
    weighted_sum_text,
)
from .neuron import MAX_INPUTS, MIN_INPUTS, VALUE_LIMIT, Neuron, check_value
from .training import Epoch, converged, fit, predict

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "DATASET_DESCRIPTIONS",
    "DATASET_NAMES",
    "Epoch",
    "Jump",
    "MAX_INPUTS",
    "MIN_INPUTS",
    "Neuron",
    "Parameter",
    "VALUE_LIMIT",
    "activate",
    "check_parameters",
    "check_value",
    "converged",
    "derivative",
    "fit",
    "format_loss",
    "format_number",
    "format_result",
    "from_points",
    "get_activation",
    "jumps",
    "load_dataset",
    "midpoint",
    "output_text",
    "predict",
    "shown_value",
    "slope_at",
    "slope_text",
    "target_values",
    "targets_for",
    "weighted_sum_text",
]
