import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuron_gui.core import ACTIVATIONS, activate, derivative

finite = st.floats(min_value=-1e308, max_value=1e308, allow_nan=False, allow_infinity=False)
moderate = st.floats(min_value=-50, max_value=50, allow_nan=False)


def test_registry_holds_the_course_functions_with_their_texts():
    assert list(ACTIVATIONS) == ["step", "relu", "sigmoid", "tanh", "linear"]
    for key, entry in ACTIVATIONS.items():
        assert entry.key == key
        assert entry.name and "f(z)" in entry.formula and len(entry.explanation) > 60


@pytest.mark.parametrize(
    "name, z, expected",
    [
        ("step", 0.0, 0.0),  # the course: zero itself is still "off"
        ("step", 1e-12, 1.0),
        ("step", -3.0, 0.0),
        ("relu", -1.4, 0.0),
        ("relu", 2.5, 2.5),
        ("relu", 0.0, 0.0),
        ("sigmoid", 0.0, 0.5),
        ("sigmoid", 2.0, 1 / (1 + math.exp(-2.0))),
        ("sigmoid", -2.0, 1 / (1 + math.exp(2.0))),
        ("tanh", 0.5, math.tanh(0.5)),
        ("tanh", -1.0, math.tanh(-1.0)),
        ("linear", -7.25, -7.25),
    ],
)
def test_known_values(name, z, expected):
    assert activate(name, z) == pytest.approx(expected, rel=1e-15, abs=1e-300)


def test_sigmoid_of_zero_is_exactly_one_half():
    assert activate("sigmoid", 0.0) == 0.5


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_extreme_inputs_give_finite_values_without_warnings(name):
    # filterwarnings=error turns any overflow warning into a failure here
    z = np.array([-1e308, -745.2, -1.0, 0.0, 1.0, 709.8, 1e308])
    values = activate(name, z)
    slopes = derivative(name, z)
    assert np.all(np.isfinite(values)) and np.all(np.isfinite(slopes))


def test_limits_at_the_ends_of_the_float_range():
    assert activate("sigmoid", 1e308) == 1.0 and activate("sigmoid", -1e308) == 0.0
    assert activate("tanh", 1e308) == 1.0 and activate("tanh", -1e308) == -1.0
    assert activate("relu", 1e308) == 1e308 and activate("relu", -1e308) == 0.0
    assert activate("step", 1e308) == 1.0 and activate("step", -1e308) == 0.0
    assert derivative("sigmoid", 1e308) == 0.0 and derivative("tanh", -1e308) == 0.0


@pytest.mark.parametrize("name", list(ACTIVATIONS))
@pytest.mark.parametrize("shape", [(), (1,), (7,), (3, 4), (2, 3, 2)])
def test_results_keep_the_shape_of_z(name, shape):
    z = np.linspace(-3, 3, int(np.prod(shape))).reshape(shape)
    for function in (activate, derivative):
        result = function(name, z)
        assert np.shape(result) == shape


def test_a_plain_number_gives_a_plain_float():
    assert isinstance(activate("relu", 3), float)
    assert isinstance(derivative("tanh", 0.2), float)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_derivatives_match_central_differences_away_from_kinks(name):
    z = np.linspace(-6, 6, 241)
    z = z[np.abs(z) > 1e-3]  # step and ReLU have their kink at 0
    h = 1e-5
    numeric = (activate(name, z + h) - activate(name, z - h)) / (2 * h)
    np.testing.assert_allclose(derivative(name, z), numeric, rtol=1e-6, atol=1e-8)


def test_unknown_name_is_a_value_error_naming_it():
    with pytest.raises(ValueError, match=r"activation: unknown name 'softsign'.*sigmoid"):
        activate("softsign", 1.0)
    with pytest.raises(ValueError, match="unknown name"):
        derivative("", 1.0)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, [1.0, math.nan]])
def test_non_finite_z_is_refused(bad):
    with pytest.raises(ValueError, match="z: every value must be a finite number"):
        activate("sigmoid", bad)


def test_text_for_z_is_refused():
    with pytest.raises(ValueError, match="z: expected a number"):
        activate("relu", "one")


@pytest.mark.parametrize("name", list(ACTIVATIONS))
@given(a=finite, b=finite)
def test_every_activation_is_monotone(name, a, b):
    low, high = sorted((a, b))
    assert activate(name, low) <= activate(name, high)


@given(z=finite)
def test_ranges(z):
    assert 0.0 <= activate("sigmoid", z) <= 1.0
    assert -1.0 <= activate("tanh", z) <= 1.0
    assert activate("step", z) in (0.0, 1.0)
    assert activate("relu", z) >= 0.0
    assert 0.0 <= derivative("sigmoid", z) <= 0.25


@given(z=moderate)
def test_sigmoid_and_tanh_are_symmetric(z):
    assert activate("sigmoid", z) + activate("sigmoid", -z) == pytest.approx(1.0, abs=1e-15)
    assert activate("tanh", -z) == -activate("tanh", z)
