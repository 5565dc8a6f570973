import pytest

from neuron_gui.core import (
    Neuron, format_loss, format_number, format_result, output_text, slope_text, weighted_sum_text,
)


def test_the_readout_example_is_written_out_exactly(example_neuron):
    assert weighted_sum_text(example_neuron) == "z = 0.50·1.00 + (−1.00)·2.00 + 0.10 = −1.40"
    assert output_text(example_neuron) == "output = ReLU(−1.40) = 0.00"


def test_decimal_comma(example_neuron):
    neuron = example_neuron.with_activation("sigmoid")
    assert weighted_sum_text(neuron, ",") == "z = 0,50·1,00 + (−1,00)·2,00 + 0,10 = −1,40"
    assert output_text(neuron, ",", "Ausgabe", "Sigmoide") == "Ausgabe = Sigmoide(−1,40) ≈ 0,1978"


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


@pytest.mark.parametrize(
    "activation, bias, shown",
    [
        ("sigmoid", 11.0, "output = Sigmoid(11.00) ≈ 1.0000"),  # 0.99998…, never 1
        ("sigmoid", -11.0, "output = Sigmoid(−11.00) ≈ 0.0000"),
        ("tanh", 8.0, "output = tanh(8.00) ≈ 1.0000"),
        ("relu", 2.5, "output = ReLU(2.50) = 2.50"),  # exact: "=" and no extra zeros
        ("sigmoid", 0.0, "output = Sigmoid(0.00) = 0.50"),
        # Past z ≈ 37 the computer's sigmoid is exactly 1, and tanh's past 19: still "≈".
        ("sigmoid", 40.0, "output = Sigmoid(40.00) ≈ 1.0000"),
        ("tanh", -20.0, "output = tanh(−20.00) ≈ −1.0000"),
        ("softplus", -800.0, "output = Softplus(−800.00) ≈ 0.0000"),
        ("gelu", 10.0, "output = GELU(10.00) ≈ 10.0000"),  # 10·Φ(10), a hair under 10
        ("gelu", 0.0, "output = GELU(0.00) = 0.00"),
        ("elu", -40.0, "output = ELU(−40.00) ≈ −1.0000"),  # its curve, below 0
        ("elu", 2.5, "output = ELU(2.50) = 2.50"),  # its straight piece
        ("hard_sigmoid", 5.0, "output = Hard sigmoid(5.00) = 1.00"),  # flat at 1: exact
        ("silu", 0.0, "output = SiLU(0.00) = 0.00"),  # not "SiLU (swish)(0.00)"
    ],
)
def test_rounded_results_say_approximately(activation, bias, shown):
    assert output_text(Neuron([0.0], [0.0], bias, activation)) == shown


@pytest.mark.parametrize("activation, bias, shown", [
    ("sigmoid", 40.0, "slope = f′(40.00) ≈ 0.0000"),  # tiny, not none
    ("sigmoid", 0.0, "slope = f′(0.00) = 0.25"),
    ("relu", 2.0, "slope = f′(2.00) = 1.00"),
])
def test_a_slope_that_came_out_round_on_a_curve_says_approximately(activation, bias, shown):
    assert slope_text(Neuron([0.0], [0.0], bias, activation)) == shown


def test_terms_with_more_digits_show_them_so_the_sum_adds_up():
    trained = Neuron([0.0, 1.0], [-0.4873, -0.0512], 0.1408, "step")  # as training leaves them
    assert weighted_sum_text(trained) == "z = (−0.4873)·0.00 + (−0.0512)·1.00 + 0.1408 = 0.0896"
    uneven = Neuron([0.55], [0.4873], 0.0, "linear")  # 0.268015: more than four decimals
    assert weighted_sum_text(uneven) == "z = 0.4873·0.55 + 0.00 ≈ 0.2680"


@pytest.mark.parametrize("value, text", [
    (0.3940, "0.394"), (0.09991, "0.0999"), (0.000123, "0.000123"), (1.2345, "1.23"),
    (12.345, "12.35"), (0.0, "0.00"), (3e-9, "0.000000"), (0.5, "0.500"),
])
def test_a_loss_keeps_three_significant_digits_as_it_falls(value, text):
    assert format_loss(value) == text
    assert format_loss(value, ",") == text.replace(".", ",")


def test_the_output_and_slope_write_z_as_the_sum_ends():
    """A trained weight made z 1.55901…: the sum ended "≈ 1.5590" and the output line read
    "tanh(1.559)", as if they were two numbers."""
    neuron = Neuron([1.0, 1.0], [0.77951, 0.7795], 0.0, "tanh")
    assert weighted_sum_text(neuron).endswith("≈ 1.5590")
    assert output_text(neuron).startswith("output = tanh(1.5590) ≈ ")
    assert slope_text(neuron).startswith("slope = f′(1.5590) ≈ ")
    assert output_text(neuron, ",").startswith("output = tanh(1,5590)")
