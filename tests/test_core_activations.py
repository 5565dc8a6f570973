import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuron_gui.core import ACTIVATIONS, activate, derivative, slope_at

finite = st.floats(min_value=-1e308, max_value=1e308, allow_nan=False, allow_infinity=False)
moderate = st.floats(min_value=-50, max_value=50, allow_nan=False)


COURSE = ["step", "relu", "sigmoid", "tanh", "linear"]
MORE = ["leaky_relu", "elu", "softplus", "gelu", "silu", "hard_sigmoid"]
NOT_MONOTONE = {"gelu", "silu"}  # both dip below zero just left of the origin


def test_registry_holds_the_course_functions_with_their_texts():
    assert list(ACTIVATIONS) == COURSE + MORE
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
        ("leaky_relu", -2.0, -0.02),
        ("leaky_relu", 3.0, 3.0),
        ("elu", -1.0, math.exp(-1.0) - 1.0),
        ("elu", 2.0, 2.0),
        ("softplus", 0.0, math.log(2.0)),
        ("softplus", 1.0, math.log1p(math.e)),
        ("softplus", -800.0, 0.0),
        ("gelu", 1.0, 0.8413447460685429),
        ("gelu", -1.0, -0.15865525393145707),
        ("gelu", 0.0, 0.0),
        ("silu", 1.0, 1 / (1 + math.exp(-1.0))),
        ("silu", -1.0, -1 / (1 + math.exp(1.0))),
        ("hard_sigmoid", -3.0, 0.0),
        ("hard_sigmoid", 0.0, 0.5),
        ("hard_sigmoid", 1.5, 0.75),
        ("hard_sigmoid", 3.0, 1.0),
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


def test_gelu_keeps_its_digits_far_left():
    # z·Φ(z) at z = −10 is about −7.6e−23; computed as ½·z·(1 + erf) it would come out as 0
    assert activate("gelu", -10.0) == pytest.approx(-7.619853024160527e-23, rel=1e-12)


def test_limits_at_the_ends_of_the_float_range():
    assert activate("sigmoid", 1e308) == 1.0 and activate("sigmoid", -1e308) == 0.0
    assert activate("tanh", 1e308) == 1.0 and activate("tanh", -1e308) == -1.0
    assert activate("relu", 1e308) == 1e308 and activate("relu", -1e308) == 0.0
    assert activate("step", 1e308) == 1.0 and activate("step", -1e308) == 0.0
    assert derivative("sigmoid", 1e308) == 0.0 and derivative("tanh", -1e308) == 0.0
    for name in ("softplus", "gelu", "silu", "elu", "leaky_relu"):
        assert activate(name, 1e308) == 1e308
    assert activate("elu", -1e308) == -1.0 and activate("softplus", -1e308) == 0.0
    assert activate("gelu", -1e308) == 0.0 and activate("silu", -1e308) == 0.0
    assert activate("leaky_relu", -1e308) == pytest.approx(-1e306)


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
@given(z=finite)
def test_a_plain_number_gives_what_the_same_number_in_an_array_gives(name, z):
    """A number alone takes a shorter path than an array; the two must agree to the last bit."""
    middle = {p.name: (p.minimum + p.maximum) / 2 for p in ACTIVATIONS[name].parameters}
    for function in (activate, derivative):
        for params in ({}, middle):
            assert function(name, z, **params) == function(name, np.array([z]), **params)[0]


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_plain_number_that_is_not_finite_is_refused_by_name(bad):
    with pytest.raises(ValueError, match="z: every value must be a finite number"):
        activate("sigmoid", bad)


@pytest.mark.parametrize(
    "name, params",
    [(name, {}) for name in ACTIVATIONS]
    + [("leaky_relu", {"alpha": 0.3}), ("elu", {"alpha": 0.5}), ("elu", {"alpha": 2.5})],
)
def test_derivatives_match_central_differences_away_from_kinks(name, params):
    z = np.linspace(-6, 6, 241)
    for kink in ACTIVATIONS[name].kinks:
        z = z[np.abs(z - kink) > 1e-3]
    h = 1e-5
    numeric = (activate(name, z + h, **params) - activate(name, z - h, **params)) / (2 * h)
    np.testing.assert_allclose(derivative(name, z, **params), numeric, rtol=1e-6, atol=1e-8)


def test_parameters_change_the_curve_and_default_to_the_frameworks_values():
    assert ACTIVATIONS["leaky_relu"].defaults() == {"alpha": 0.01}
    assert ACTIVATIONS["elu"].defaults() == {"alpha": 1.0}
    assert activate("leaky_relu", -2.0, alpha=0.25) == -0.5
    assert activate("elu", -1.0, alpha=2.0) == pytest.approx(2 * (math.exp(-1) - 1))
    assert derivative("elu", -1.0, alpha=2.0) == pytest.approx(2 * math.exp(-1))


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: activate("leaky_relu", 1.0, beta=2.0), r"beta: leaky_relu has no parameter 'beta' \(it takes alpha\)"),
        (lambda: activate("relu", 1.0, alpha=2.0), r"alpha: relu has no parameter 'alpha' \(it takes no parameters\)"),
        (lambda: activate("elu", 1.0, alpha=-1.0), r"alpha: -1 is outside 0 to 5"),
        (lambda: derivative("elu", 1.0, alpha=math.nan), r"alpha: expected a finite number, got nan"),
        (lambda: activate("elu", 1.0, alpha="big"), r"alpha: expected a finite number, got 'big'"),
    ],
)
def test_bad_parameters_are_value_errors_naming_them(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(
    "name, z, params, slope",
    [
        ("step", 0.0, {}, None),  # a jump
        ("relu", 0.0, {}, None),  # a corner
        ("leaky_relu", 0.0, {}, None),
        ("hard_sigmoid", 3.0, {}, None),
        ("hard_sigmoid", -3.0, {}, None),
        ("elu", 0.0, {"alpha": 1.0}, 1.0),  # with α = 1 both sides meet with slope 1
        ("elu", 0.0, {"alpha": 2.0}, None),
        ("relu", 0.5, {}, 1.0),
        ("step", -2.0, {}, 0.0),
        ("sigmoid", 0.0, {}, 0.25),
        ("hard_sigmoid", 0.0, {}, 1 / 6),
    ],
)
def test_slope_at_says_where_there_is_no_slope(name, z, params, slope):
    result = slope_at(name, z, **params)
    assert result == (None if slope is None else pytest.approx(slope))


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


@pytest.mark.parametrize("name", sorted(set(ACTIVATIONS) - NOT_MONOTONE))
@given(a=finite, b=finite)
def test_activations_that_only_rise_never_fall(name, a, b):
    low, high = sorted((a, b))
    assert activate(name, low) <= activate(name, high)


@given(z=finite)
def test_ranges(z):
    assert 0.0 <= activate("sigmoid", z) <= 1.0
    assert -1.0 <= activate("tanh", z) <= 1.0
    assert activate("step", z) in (0.0, 1.0)
    assert activate("relu", z) >= 0.0
    assert 0.0 <= derivative("sigmoid", z) <= 0.25
    assert 0.0 <= activate("hard_sigmoid", z) <= 1.0
    assert activate("softplus", z) >= 0.0 and activate("softplus", z) >= z
    assert activate("elu", z) >= -1.0
    assert activate("gelu", z) >= -0.17 and activate("silu", z) >= -0.28  # the dips are shallow

@given(z=moderate)
def test_sigmoid_and_tanh_are_symmetric(z):
    assert activate("sigmoid", z) + activate("sigmoid", -z) == pytest.approx(1.0, abs=1e-15)
    assert activate("tanh", -z) == -activate("tanh", z)


def test_the_array_erfc_agrees_with_the_standard_librarys_point_by_point():
    """GELU's Φ uses an erfc for whole arrays (numpy has none); math.erfc is the reference."""
    from neuron_gui.core.special import erfc

    x = np.concatenate([np.linspace(-30.0, 30.0, 120_001), np.linspace(-1.0, 9.0, 20_001),
                        [0.0, 1e-300, -1e-300, 8.0, np.nextafter(8.0, 0.0), 1e10, -1e10,
                         1e308, -1e308]])
    reference = np.array([math.erfc(value) for value in x])
    got = erfc(x)
    normal = reference > 1e-300  # below, doubles lose digits and both give (almost) 0
    assert got[normal] == pytest.approx(reference[normal], rel=1e-14, abs=0.0)
    assert np.all(np.abs(got[~normal]) < 1e-300)
    assert erfc(np.zeros((3, 4))).shape == (3, 4)
    few = x[::20_000]  # a handful of values take the standard library's own path
    assert list(erfc(few)) == [math.erfc(value) for value in few]
    assert np.isnan(erfc(np.full(100, np.nan))).all()  # NaN in, NaN out, and no warning


def test_only_step_jumps_and_it_says_which_value_it_takes_there():
    from neuron_gui.core import Jump, jumps

    assert jumps("step") == (Jump(z=0.0, value=0.0, other=1.0),)  # step(0) = 0; 1 just after
    assert all(jumps(key) == () for key in ACTIVATIONS if key != "step")  # corners are no jumps
