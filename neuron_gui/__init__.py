"""neuron_gui: see how one artificial neuron turns its inputs into an output."""

__version__ = "0.1.0"
APP_NAME = "Neuron GUI"
ORGANISATION = "neuron_gui"
