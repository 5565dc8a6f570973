import pytest

from neuron_gui.core import Neuron, format_number, format_result, output_text, weighted_sum_text


def test_the_readout_example_is_written_out_exactly(example_neuron):
    assert weighted_sum_text(example_neuron) == "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40"
    assert output_text(example_neuron) == "output = ReLU(−1.40) = 0.00"


def test_decimal_comma(example_neuron):
    neuron = example_neuron.with_activation("sigmoid")
    assert weighted_sum_text(neuron, ",") == "z = 0,50·1,00 + (−1,00)·2,00 + 0,10 = −1,40"
    assert output_text(neuron, ",", "Ausgabe", "Sigmoide") == "Ausgabe = Sigmoide(−1,40) = 0,1978"


@pytest.mark.parametrize(
    "value, text",
    [(0.0, "0.00"), (-0.0, "0.00"), (-0.001, "0.00"), (2.5, "2.50"), (-1000.0, "−1000.00")],
)
def test_inputs_are_shown_with_two_decimals_and_no_negative_zero(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(
    "value, text", [(0.0625, "0.0625"), (-1.4, "−1.40"), (0.5, "0.50"), (1 / 3, "0.3333"), (-0.00001, "0.00")]
)
def test_results_show_up_to_four_decimals(value, text):
    assert format_result(value) == text


def test_a_tiny_positive_sum_is_not_shown_as_zero():
    # step(0) = 0 but step(0.0001) = 1: the readout must not show the second as step(0.00) = 1.00
    neuron = Neuron(inputs=[0.01], weights=[0.01], bias=0.0, activation="step")
    assert output_text(neuron) == "output = Step(0.0001) = 1.00"
