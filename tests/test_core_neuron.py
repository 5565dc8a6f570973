import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuron_gui.core import MAX_INPUTS, VALUE_LIMIT, Neuron, activate

value = st.floats(min_value=-VALUE_LIMIT, max_value=VALUE_LIMIT, allow_nan=False)


def test_weighted_sum_and_output_of_the_course_example(example_neuron):
    assert example_neuron.weighted_sum() == pytest.approx(-1.4)
    assert example_neuron.output() == 0.0
    assert example_neuron.with_activation("sigmoid").output() == pytest.approx(
        1 / (1 + math.exp(1.4)))


@pytest.mark.parametrize("weights, bias", [((0.1, 0.2), -0.3), ((0.7, 0.1), -0.8),
                                           ((1.1, 2.2), -3.3)])
def test_a_z_of_typed_numbers_that_is_zero_is_zero_and_the_step_stays_off(weights, bias):
    """In binary floating point 0.1 + 0.2 − 0.3 is 5.6·10⁻¹⁷: the step fired on a z the readout
    writes as 0.00, and a wrong AND gate passed as right."""
    from neuron_gui.core import predict

    neuron = Neuron([1.0, 1.0], weights, bias, "step")
    assert neuron.weighted_sum() == 0.0 and math.copysign(1, neuron.weighted_sum()) == 1
    assert neuron.output() == 0.0
    assert predict(neuron, [[1.0, 1.0]]).tolist() == [0.0]


def test_the_exact_sum_keeps_a_tiny_bias_beside_large_terms():
    """With 80 digits, 1000·1000 − 1000·1000 + 10⁻³⁰⁰ came out 0, and a step said no."""
    neuron = Neuron([1000.0, 1000.0], [1000.0, -1000.0], 1e-300, "step")
    assert neuron.weighted_sum() == 1e-300 and neuron.output() == 1.0


def test_a_run_counts_its_errors_with_the_same_z_as_the_readout_and_the_rings():
    """A run stopped as learned at a z floating point put a hair above 0, while the rings and
    the check, working z out exactly, still found a point on the wrong side."""
    from neuron_gui.core import fit, load_dataset, predict

    X, y = load_dataset("and")
    for rate in (0.05, 0.1, 0.3):
        for seed in range(20):
            start = Neuron([0.0, 0.0], [0.1, 0.2], -0.3, "step")
            trained, history = fit(start, X, y, epochs=3, learning_rate=rate, seed=seed)
            assert history[-1].errors == int(np.sum(predict(trained, X) != y))


@given(pairs=st.lists(st.tuples(value, value), min_size=1, max_size=MAX_INPUTS), bias=value)
def test_weighted_sum_agrees_with_a_plain_loop(pairs, bias):
    inputs = [x for x, _ in pairs]
    weights = [w for _, w in pairs]
    neuron = Neuron(inputs, weights, bias, "linear")
    total = bias
    for x, w in zip(inputs, weights):
        total += w * x
    assert neuron.weighted_sum() == pytest.approx(total, rel=1e-9, abs=1e-6)
    assert neuron.output() == neuron.weighted_sum()


def test_edits_return_new_neurons_and_leave_the_old_one_alone(example_neuron):
    changed = example_neuron.with_weight(1, 3.0).with_input(0, -2.0).with_bias(0.5)
    assert changed.weights == (0.5, 3.0) and changed.inputs == (-2.0, 2.0) and changed.bias == 0.5
    assert example_neuron.weights == (0.5, -1.0)
    with pytest.raises(AttributeError):
        example_neuron.bias = 2.0


def test_adding_and_removing_inputs(example_neuron):
    grown = example_neuron.with_input_added()
    assert grown.size == 3 and grown.inputs[-1] == 0.0 and grown.weights[-1] == 0.0
    shrunk = grown.with_input_removed(0)
    assert shrunk.inputs == (2.0, 0.0) and shrunk.weights == (-1.0, 0.0)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(inputs=[1, 2], weights=[1]), r"weights: expected one weight per input \(2\), got 1"),
        (dict(inputs=[1, math.nan], weights=[1, 1]), r"inputs\[1\]: expected a finite number, got nan"),
        (dict(inputs=[1], weights=[math.inf]), r"weights\[0\]: expected a finite number, got inf"),
        (dict(inputs=[1], weights=[1], bias=-math.inf), r"bias: expected a finite number, got -inf"),
        (dict(inputs=[1], weights=[1], bias="abc"), r"bias: expected a number, got 'abc'"),
        (dict(inputs=[1], weights=[1], activation="sgn"), r"activation: unknown name 'sgn'"),
        (dict(inputs=[], weights=[]), r"inputs: a neuron takes 1 to 16 inputs, got 0"),
        (dict(inputs=[0] * 17, weights=[0] * 17), r"inputs: a neuron takes 1 to 16 inputs, got 17"),
        (dict(inputs=[1e6], weights=[1]), r"inputs\[0\]: 1000000 is outside the allowed range -1000 to 1000"),
        (dict(inputs="12", weights=[1, 2]), r"inputs: expected a list of numbers, got '12'"),
    ],
)
def test_bad_values_are_refused_with_a_message_naming_the_field(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Neuron(**{"bias": 0.0, "activation": "relu", **kwargs})


def test_bad_edits_are_refused_too(example_neuron):
    with pytest.raises(ValueError, match="weights: index 2 is not between 0 and 1"):
        example_neuron.with_weight(2, 1.0)
    with pytest.raises(ValueError, match=r"inputs\[0\]: expected a finite number"):
        example_neuron.with_input(0, math.nan)
    with pytest.raises(ValueError, match="inputs: a neuron takes 1 to 16"):
        example_neuron.with_input_removed(0).with_input_removed(0)


def test_output_is_activation_of_the_weighted_sum(example_neuron):
    for name in ("step", "relu", "sigmoid", "tanh", "linear"):
        neuron = example_neuron.with_activation(name)
        assert neuron.output() == activate(name, neuron.weighted_sum())


def test_parameters_travel_with_the_neuron(example_neuron):
    leaky = example_neuron.with_activation("leaky_relu")
    assert leaky.params == {"alpha": 0.01}
    assert leaky.output() == pytest.approx(-0.014)
    steeper = leaky.with_param("alpha", 0.5)
    assert steeper.output() == pytest.approx(-0.7)
    assert steeper.with_activation("elu").params == {"alpha": 1.0}  # a new function, its defaults
    assert steeper.with_activation("leaky_relu") is steeper
    with pytest.raises(ValueError, match="alpha: 7 is outside 0 to 1"):
        leaky.with_param("alpha", 7.0)
    with pytest.raises(ValueError, match="alpha: relu has no parameter 'alpha'"):
        example_neuron.with_param("alpha", 0.1)
