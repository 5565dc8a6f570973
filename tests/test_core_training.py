import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from neuron_gui.core import VALUE_LIMIT, Neuron
from neuron_gui.core.datasets import load
from neuron_gui.core.training import MAX_EPOCHS, Epoch, converged, fit, predict


def blank(activation="step", size=2):
    return Neuron(inputs=[0.0] * size, weights=[0.0] * size, bias=0.0, activation=activation)


def answers_by_hand(neuron, X):
    """What the neuron itself outputs at each point, read back as a class through Neuron.output."""
    midpoint = 0.0 if neuron.activation == "tanh" else 0.5
    answers = []
    for point in X:
        at_point = neuron
        for i, value in enumerate(point):
            at_point = at_point.with_input(i, float(value))
        answers.append(float(at_point.output() > midpoint))
    return answers


@pytest.mark.parametrize("name", ["and", "or", "nand"])
@pytest.mark.parametrize("init", ["zeros", "random"])
def test_perceptron_learns_each_separable_truth_table(name, init):
    X, y = load(name)
    start = Neuron(inputs=[0.3, 0.7], weights=[0.0, 0.0], bias=0.0, activation="step")
    trained, history = fit(start, X, y, epochs=100, learning_rate=0.1, seed=7, init=init)
    assert converged(history) and history[-1].errors == 0
    assert answers_by_hand(trained, X) == y.tolist()
    assert trained.inputs == (0.3, 0.7) and trained.activation == "step"
    assert (trained.weights, trained.bias) == (history[-1].weights, history[-1].bias)


def test_history_counts_epochs_from_one_and_stops_at_the_first_without_errors():
    X, y = load("nand")
    _, history = fit(blank(), X, y, epochs=100, seed=3)
    assert [e.epoch for e in history] == list(range(1, len(history) + 1))
    assert all(e.errors > 0 for e in history[:-1]) and history[-1].errors == 0
    assert all(isinstance(e, Epoch) and len(e.weights) == 2 for e in history)


def test_each_epoch_records_the_weights_that_give_its_error_count_and_loss():
    X, y = load("or")
    _, history = fit(blank("sigmoid"), X, y, rule="gradient", epochs=50, learning_rate=0.5,
                     seed=2, init="random")
    for record in history:
        neuron = Neuron([0, 0], record.weights, record.bias, "sigmoid")
        guesses = answers_by_hand(neuron, X)
        assert record.errors == sum(g != t for g, t in zip(guesses, y))
        outputs = 1 / (1 + np.exp(-(X @ record.weights + record.bias)))
        assert record.loss == pytest.approx(np.mean(0.5 * (outputs - y) ** 2), rel=1e-12)


@pytest.mark.parametrize(
    "rule, activation, loss",
    [("perceptron", "step", None), ("gradient", "sigmoid", "cross_entropy"),
     ("gradient", "sigmoid", "squared"), ("gradient", "tanh", "squared")],
)
def test_xor_is_never_learned_by_one_neuron(rule, activation, loss):
    X, y = load("xor")
    _, history = fit(blank(activation), X, y, rule=rule, loss=loss, epochs=1000,
                     learning_rate=0.5, seed=0, init="random")
    assert len(history) == 1000 and not converged(history)
    # A straight line can get at most three of the four corners right.
    assert min(e.errors for e in history) >= 1


@pytest.mark.parametrize(
    "activation, loss, learning_rate",
    [("sigmoid", "cross_entropy", 1.0), ("sigmoid", "squared", 2.0), ("tanh", "squared", 0.2),
     ("linear", "squared", 0.1)],
)
def test_gradient_descent_lowers_the_loss_on_a_separable_set(activation, loss, learning_rate):
    X, y = load("and")
    trained, history = fit(blank(activation), X, y, rule="gradient", loss=loss, epochs=2000,
                           learning_rate=learning_rate, init="zeros")
    losses = np.array([e.loss for e in history])
    assert len(history) > 2 and losses[-1] < 0.8 * losses[0]
    # Full-batch steps this small go downhill every time.
    assert np.all(np.diff(losses) <= 1e-12)
    assert converged(history) and answers_by_hand(trained, X) == y.tolist()


def test_the_same_seed_repeats_a_run_exactly_and_other_seeds_need_not():
    X, y = load("and")

    def run(seed, **options):
        return fit(blank(), X, y, epochs=200, seed=seed, init="random", **options)[1]

    assert run(11) == run(11)
    sigmoid = blank("sigmoid")
    assert fit(sigmoid, X, y, rule="gradient", seed=5, init="random") == fit(
        sigmoid, X, y, rule="gradient", seed=5, init="random")
    assert len({tuple(run(seed)) for seed in range(6)}) > 1


def test_the_order_of_the_points_is_shuffled_from_the_seed_each_epoch():
    X, y = load("and")
    runs = {tuple(fit(blank(), X, y, seed=seed, init="zeros")[1]) for seed in range(10)}
    assert len(runs) > 1


@pytest.mark.parametrize("loss, step", [("cross_entropy", 0.25), ("squared", 0.0625)])
def test_one_gradient_step_by_hand(loss, step):
    # From zero weights every sigmoid output is 0.5. OR wants 1 at three corners, so the mean of
    # (output − target)·x is −0.25 for each weight and for the bias; the squared loss multiplies
    # that by the sigmoid's slope there, 0.25.
    X, y = load("or")
    _, history = fit(blank("sigmoid"), X, y, rule="gradient", loss=loss, epochs=1,
                     learning_rate=1.0)
    assert history[0].weights == pytest.approx((step, step))
    assert history[0].bias == pytest.approx(step)


def test_keep_starts_from_the_neurons_own_weights():
    X, y = load("and")
    solved = Neuron(inputs=[0, 0], weights=[1.0, 1.0], bias=-1.5, activation="step")
    trained, history = fit(solved, X, y, init="keep")
    assert len(history) == 1 and trained == solved
    trained, history = fit(solved, X, y, init="zeros", seed=0)
    assert history[0].weights != (1.0, 1.0)


def test_predict_gives_the_class_on_each_side_of_the_midpoint():
    X, y = load("and")
    assert predict(Neuron([0, 0], [1, 1], -1.5, "step"), X).tolist() == y.tolist()
    assert predict(Neuron([0, 0], [1, 1], -1.5, "tanh"), X).tolist() == y.tolist()
    assert predict(Neuron([0, 0], [1, 1], -1.5, "sigmoid"), X).tolist() == y.tolist()
    # An output of 0.3 is above tanh's midpoint (0) but below that of outputs aiming at 0 and 1.
    assert predict(Neuron([0], [0], 0.3, "tanh"), [[0.0]]).tolist() == [1.0]
    assert predict(Neuron([0], [0], 0.3, "linear"), [[0.0]]).tolist() == [0.0]


def test_weights_stay_finite_and_within_the_neurons_limits_when_training_diverges():
    X, y = load("or")
    X = X * 900.0
    trained, history = fit(blank("linear"), X, y, rule="gradient", epochs=50, learning_rate=1e6)
    for record in history:
        assert max(abs(w) for w in record.weights + (record.bias,)) <= VALUE_LIMIT
        assert math.isfinite(record.loss)
    assert Neuron(trained.inputs, trained.weights, trained.bias, "linear") == trained


def test_cross_entropy_stays_finite_when_the_sigmoid_rounds_to_exactly_zero_or_one():
    X, y = load("and")
    sure_and_wrong = Neuron([0, 0], [1000.0, 1000.0], 1000.0, "sigmoid")
    _, history = fit(sure_and_wrong, X, y, rule="gradient", loss="cross_entropy", epochs=1)
    assert math.isfinite(history[0].loss) and history[0].loss > 10


def test_the_number_of_weights_must_match_the_columns_of_x():
    X, y = load("and")
    with pytest.raises(ValueError, match=r"X: expected 3 columns, one per weight .*, got 2"):
        fit(blank(size=3), X, y)
    trained, _ = fit(blank(size=1), [[0.0], [1.0]], [0, 1], seed=0)
    assert predict(trained, [[0.0], [1.0]]).tolist() == [0.0, 1.0]


def test_converged_needs_a_last_epoch_without_errors():
    assert not converged([])
    assert converged([Epoch(1, 0, 0.0, (0.0,), 0.0)])
    assert not converged([Epoch(1, 2, 0.0, (0.0,), 0.0)])


X_AND, Y_AND = load("and")


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(rule="hebb"), "rule: unknown name 'hebb'; choose one of perceptron, gradient"),
        (dict(neuron=blank("relu")), "rule: 'perceptron' .* needs the step activation, not relu"),
        (dict(rule="gradient"), "rule: 'gradient' cannot train step, because its slope is 0"),
        (dict(epochs=0), "epochs: expected a whole number from 1 to 100000, got 0"),
        (dict(epochs=MAX_EPOCHS + 1), "epochs: .* got 100001"),
        (dict(epochs=2.5), "epochs: .* got 2.5"),
        (dict(epochs=True), "epochs: .* got True"),
        (dict(learning_rate=0), "learning_rate: expected a finite number above 0, got 0"),
        (dict(learning_rate=-0.1), "learning_rate: .* got -0.1"),
        (dict(learning_rate=math.nan), "learning_rate: .* got nan"),
        (dict(learning_rate=math.inf), "learning_rate: .* got inf"),
        (dict(learning_rate="0.1"), "learning_rate: .* got '0.1'"),
        (dict(seed=-1), "seed: expected None or a whole number of 0 or more, got -1"),
        (dict(seed=1.5), "seed: .* got 1.5"),
        (dict(loss="hinge"), "loss: unknown name 'hinge'; choose one of squared, cross_entropy"),
        (dict(neuron=blank("tanh"), rule="gradient", loss="cross_entropy"),
         "loss: 'cross_entropy' works only with sigmoid, .* not with tanh"),
        (dict(init="ones"), "init: unknown name 'ones'; choose one of keep, zeros, random"),
        (dict(stop_when_learned="no"), "stop_when_learned: expected True or False, got 'no'"),
        (dict(neuron="step"), "neuron: expected a Neuron, got 'step'"),
        (dict(X=[0, 1, 0, 1]), r"X: expected at least one row, .* got shape \(4,\)"),
        (dict(X=[[0, math.nan]] * 4), "X: every value must be a finite number, got nan"),
        (dict(X=[[0, 1e9]] * 4), "X: 1000000000 is outside the allowed range"),
        (dict(y=[0, 1, 1]), r"y: expected one label per point \(4\), got shape \(3,\)"),
        (dict(y=[0, 1, 1, -1]), "y: every label must be 0 or 1, got -1"),
        (dict(y=[0, 1, 1, math.nan]), "y: every label must be 0 or 1, got nan"),
    ],
)
def test_bad_arguments_are_refused_naming_the_argument_and_its_value(change, message):
    with pytest.raises(ValueError, match=message):
        fit(**{"neuron": blank(), "X": X_AND, "y": Y_AND, **change})


def test_told_not_to_stop_gradient_descent_goes_on_growing_more_sure():
    start = blank("sigmoid")
    X, y = load("and")
    _, stopped = fit(start, X, y, rule="gradient", epochs=400, learning_rate=2.0, seed=1)
    trained, history = fit(start, X, y, rule="gradient", epochs=400, learning_rate=2.0, seed=1,
                           stop_when_learned=False)
    assert converged(stopped) and len(stopped) < 400
    assert len(history) == 400 and history[:len(stopped)] == stopped
    assert all(epoch.errors == 0 for epoch in history[len(stopped):])
    assert history[-1].loss < stopped[-1].loss / 2  # the outputs moved on towards 0 and 1
    assert answers_by_hand(trained, X) == y.tolist()


MARGIN = 0.2


@settings(max_examples=40, deadline=None)
@given(angle=st.floats(0, 2 * math.pi), offset=st.floats(-0.5, 0.5),
       seed=st.integers(0, 2**32 - 1), learning_rate=st.floats(0.01, 1.0))
def test_perceptron_finds_a_dividing_line_within_the_textbook_bound(angle, offset, seed,
                                                                    learning_rate):
    points = np.random.default_rng(seed).uniform(-1, 1, size=(40, 2))
    distance = points @ [math.cos(angle), math.sin(angle)] - offset
    kept = np.abs(distance) >= MARGIN
    assume(kept.any())
    X, y = points[kept], (distance[kept] > 0).astype(float)
    # Novikoff: with the bias as a weight on a constant input 1, at most (R/γ)² corrections, where
    # R is the longest such point and γ their distance from the true line, scaled to unit length.
    radius_squared = np.max(np.sum(X**2, axis=1) + 1)
    gamma = np.min(np.abs(distance[kept])) / math.hypot(1, offset)
    # Every epoch but the last corrects at least once.
    bound = math.floor(radius_squared / gamma**2) + 1
    trained, history = fit(blank(), X, y, epochs=bound, learning_rate=learning_rate, seed=seed,
                           init="zeros")
    assert converged(history) and len(history) <= bound
    assert np.array_equal(predict(trained, X), y)
