import math

import numpy as np
import pytest

from neuron_gui.core.datasets import (
    DESCRIPTIONS,
    MAX_POINTS,
    NAMES,
    from_points,
    load,
    midpoint,
    separable,
    target_values,
    targets_for,
)

CORNERS = [[0, 0], [0, 1], [1, 0], [1, 1]]


@pytest.mark.parametrize(
    "name, rule",
    [
        ("and", lambda a, b: a and b),
        ("or", lambda a, b: a or b),
        ("nand", lambda a, b: not (a and b)),
        ("xor", lambda a, b: a != b),
    ],
)
def test_each_truth_table_labels_the_four_corners_by_its_rule(name, rule):
    X, y = load(name)
    assert X.dtype == y.dtype == np.float64
    assert X.tolist() == CORNERS
    assert y.tolist() == [float(rule(bool(a), bool(b))) for a, b in CORNERS]


def test_every_dataset_has_a_hint_that_names_it():
    assert NAMES == ("and", "or", "nand", "xor")
    assert set(DESCRIPTIONS) == set(NAMES)
    for name, text in DESCRIPTIONS.items():
        assert name.upper() in text and len(text) > 60


def test_load_hands_out_fresh_arrays_so_edits_do_not_leak_into_the_next_lesson():
    X, y = load("and")
    X[0, 0], y[0] = 9.0, 9.0
    X2, y2 = load("and")
    assert X2[0, 0] == 0.0 and y2[0] == 0.0


def test_unknown_dataset_is_refused_with_the_known_names():
    with pytest.raises(ValueError,
                       match=r"dataset: unknown name 'nor'; choose one of and, or, nand, xor"):
        load("nor")


def test_targets_are_minus_one_and_one_for_tanh_and_the_labels_otherwise():
    y = [0, 1, 1, 0]
    assert targets_for("tanh", y).tolist() == [-1.0, 1.0, 1.0, -1.0]
    for name in ("step", "relu", "sigmoid", "linear"):
        assert targets_for(name, y).tolist() == [0.0, 1.0, 1.0, 0.0]
    assert target_values("tanh") == (-1.0, 1.0) and target_values("sigmoid") == (0.0, 1.0)
    assert midpoint("tanh") == 0.0 and midpoint("relu") == midpoint("sigmoid") == 0.5
    with pytest.raises(ValueError, match="unknown name 'swish'"):
        midpoint("swish")


def test_targets_refuse_an_unknown_activation_and_labels_that_are_not_zero_or_one():
    with pytest.raises(ValueError, match="activation: unknown name 'softmax'"):
        targets_for("softmax", [0, 1])
    with pytest.raises(ValueError, match="y: every label must be 0 or 1, got -1"):
        targets_for("tanh", [-1, 1])


def test_clicked_points_become_a_dataset():
    X, y = from_points([(0.5, -2), (3, 4.25)], [1, 0])
    assert X.tolist() == [[0.5, -2.0], [3.0, 4.25]] and X.dtype == np.float64
    assert y.tolist() == [1.0, 0.0] and y.dtype == np.float64
    assert from_points([[0, 0]] * MAX_POINTS, [0] * MAX_POINTS)[0].shape == (MAX_POINTS, 2)


@pytest.mark.parametrize(
    "points, labels, message",
    [
        ([], [], r"points: expected at least one row, shape \(n, 2\), got shape \(0,\)"),
        ([1, 2], [1], r"points: expected at least one row, shape \(n, 2\), got shape \(2,\)"),
        ([[1, 2, 3]], [1], r"points: .* got shape \(1, 3\)"),
        ([[1, "a"]], [1], r"points: expected rows of numbers, got \[\[1, 'a'\]\]"),
        ([[1, math.nan]], [1], "points: every value must be a finite number, got nan"),
        ([[1, math.inf]], [1], "points: every value must be a finite number, got inf"),
        ([[1, 2e3]], [1], "points: 2000 is outside the allowed range -1000 to 1000"),
        ([[0, 0]] * 201, [0] * 201, "points: at most 200 points, got 201"),
        ([[1, 2]], [2], "labels: every label must be 0 or 1, got 2"),
        ([[1, 2]], [math.nan], "labels: every label must be 0 or 1, got nan"),
        ([[1, 2]], [0, 1], r"labels: expected one label per point \(1\), got shape \(2,\)"),
        ([[1, 2]], [[1]], r"labels: expected one label per point \(1\), got shape \(1, 1\)"),
        ([[1, 2]], ["yes"], "labels: expected a list of 0s and 1s, got \\['yes'\\]"),
    ],
)
def test_bad_clicked_points_are_refused_naming_what_is_wrong(points, labels, message):
    with pytest.raises(ValueError, match=message):
        from_points(points, labels)


@pytest.mark.parametrize("points, labels, expected", [
    ([(0, 0), (0, 1), (1, 0), (1, 1)], [0, 0, 0, 1], True),  # AND
    ([(0, 0), (0, 1), (1, 0), (1, 1)], [0, 1, 1, 0], False),  # XOR
    ([(0, 0), (2, 0), (1, 0)], [0, 0, 1], False),  # a 1 between two 0s on a line
    ([(0, 0), (2, 0), (3, 0)], [0, 0, 1], True),
    ([(0, 0), (4, 0), (0, 4), (1, 1)], [0, 0, 0, 1], False),  # a 1 inside a triangle of 0s
    ([(0, 0), (4, 0), (0, 4), (3, 3)], [0, 0, 0, 1], True),
    ([(1, 1), (1, 1)], [0, 1], False),  # the same place, two classes
    ([(1, 1), (2, 2)], [1, 1], True),  # one class only
])
def test_separable_tells_when_a_straight_line_exists(points, labels, expected):
    assert separable(np.array(points, dtype=float), np.array(labels)) is expected
