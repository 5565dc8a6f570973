"""Small labelled point sets for teaching one neuron to separate two classes.

Four classic truth tables on the corners of the unit square, and the student's own clicked points.
Labels are always 0 or 1 here; ``targets_for`` turns them into the values an activation aims at.

    >>> X, y = load("and")
    >>> y
    array([0., 0., 0., 1.])
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

import numpy as np

from .activations import get_activation
from .neuron import VALUE_LIMIT
from .text import QT_TRANSLATE_NOOP

NAMES = ("and", "or", "nand", "xor")

# Both inputs 0 first, then the second input switched on, then the first, then both, as a truth
# table is usually read.
_CORNERS = ((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0))
_LABELS = {
    "and": (0.0, 0.0, 0.0, 1.0),
    "or": (0.0, 1.0, 1.0, 1.0),
    "nand": (1.0, 1.0, 1.0, 0.0),
    "xor": (0.0, 1.0, 1.0, 0.0),
}

TITLES: Mapping[str, str] = MappingProxyType({
    "and": QT_TRANSLATE_NOOP("datasets", "AND"),
    "or": QT_TRANSLATE_NOOP("datasets", "OR"),
    "nand": QT_TRANSLATE_NOOP("datasets", "NAND"),
    "xor": QT_TRANSLATE_NOOP("datasets", "XOR"),
})

DESCRIPTIONS: Mapping[str, str] = MappingProxyType({
    "and": QT_TRANSLATE_NOOP(
        "datasets",
        "AND is 1 only where both inputs are 1. A single straight cut puts that one corner apart "
        "from the other three, so one neuron can learn it."
    ),
    "or": QT_TRANSLATE_NOOP(
        "datasets",
        "OR is 1 where at least one input is 1. Only the corner at the origin says 0, and a "
        "straight cut can fence it off, so one neuron can learn it."
    ),
    "nand": QT_TRANSLATE_NOOP(
        "datasets",
        "NAND is the opposite of AND: 0 only where both inputs are 1. Flip the signs of an AND "
        "neuron's weights and bias and you are close to an answer."
    ),
    "xor": QT_TRANSLATE_NOOP(
        "datasets",
        "XOR is 1 where the two inputs differ: the two 1-corners sit diagonally opposite each "
        "other. Can one straight line keep them apart from the two 0-corners? Train, and see "
        "what happens."
    ),
})

MAX_POINTS = 200

# Activations whose output runs from −1 to 1 aim at −1 for "no": their own midpoint, 0, then
# separates the classes, just as 0.5 does for outputs from 0 to 1.
_MINUS_ONE_FOR_NO = frozenset({"tanh"})


def load(name: str) -> tuple[np.ndarray, np.ndarray]:
    """``(X, y)`` for a truth table: X the four corners (shape 4×2), y their 0/1 labels."""
    if name not in _LABELS:
        raise ValueError(f"dataset: unknown name {name!r}; choose one of {', '.join(NAMES)}")
    # Fresh arrays each time, so a caller who edits them cannot change the next lesson.
    return np.array(_CORNERS), np.array(_LABELS[name])


def target_values(activation: str) -> tuple[float, float]:
    """The outputs ``activation`` is trained towards for label 0 and for label 1."""
    get_activation(activation)
    return (-1.0, 1.0) if activation in _MINUS_ONE_FOR_NO else (0.0, 1.0)


def midpoint(activation: str) -> float:
    """The output halfway between the two targets: above it the neuron answers 1, else 0. It is
    where the line between the classes lies, and the middle colour of the input space."""
    low, high = target_values(activation)
    return (low + high) / 2


def targets_for(activation: str, y) -> np.ndarray:
    """0/1 labels turned into the outputs ``activation`` should give: −1/1 for tanh, else 0/1."""
    labels = check_labels("y", y)
    low, high = target_values(activation)
    return np.where(labels == 1.0, high, low)


def from_points(points, labels) -> tuple[np.ndarray, np.ndarray]:
    """``(X, y)`` from points a student placed on the plane and the class of each."""
    X = check_points("points", points, columns=2)
    if len(X) > MAX_POINTS:
        raise ValueError(f"points: at most {MAX_POINTS} points, got {len(X)}")
    y = check_labels("labels", labels, count=len(X))
    return X, y


def check_points(field: str, points, columns: int | None = None) -> np.ndarray:
    """``points`` as a float array of shape (n, columns), n ≥ 1, every value finite and in range."""
    try:
        X = np.array(points, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{field}: expected rows of numbers, got {points!r}") from None
    if X.ndim != 2 or len(X) == 0 or (columns is not None and X.shape[1] != columns):
        wanted = "(n, columns)" if columns is None else f"(n, {columns})"
        raise ValueError(f"{field}: expected at least one row, shape {wanted}, got shape {X.shape}")
    if not np.all(np.isfinite(X)):
        bad = X[~np.isfinite(X)].flat[0]
        raise ValueError(f"{field}: every value must be a finite number, got {bad}")
    # The same bound as every number a student types, so sums stay far from overflow.
    if np.any(np.abs(X) > VALUE_LIMIT):
        bad = X[np.abs(X) > VALUE_LIMIT].flat[0]
        raise ValueError(
            f"{field}: {bad:.15g} is outside the allowed range {-VALUE_LIMIT:g} to {VALUE_LIMIT:g}"
        )
    return X


def check_labels(field: str, labels, count: int | None = None) -> np.ndarray:
    """``labels`` as a float array of 0s and 1s, of length ``count`` when given."""
    try:
        y = np.array(labels, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{field}: expected a list of 0s and 1s, got {labels!r}") from None
    if y.ndim != 1 or (count is not None and len(y) != count):
        wanted = "a list" if count is None else f"one label per point ({count})"
        raise ValueError(f"{field}: expected {wanted}, got shape {y.shape}")
    outside = ~np.isin(y, (0.0, 1.0))
    if np.any(outside):
        raise ValueError(f"{field}: every label must be 0 or 1, got {y[outside][0]:g}")
    return y


# Whether a line can separate two classes -------------------------------------------------------

def separable(points, labels) -> bool:
    """True when one straight line can put every class-1 point strictly on one side and every
    class-0 point on the other: exactly when the convex hulls of the two classes do not meet.
    It answers whether more epochs could ever help."""
    points, labels = np.asarray(points, dtype=float), np.asarray(labels)
    hulls = [_hull(points[labels == c]) for c in (0, 1)]
    if not hulls[0] or not hulls[1]:
        return True
    for p, q in _edges(hulls[0]):
        for r, s in _edges(hulls[1]):
            if _segments_meet(p, q, r, s):
                return False
    return not (_inside(hulls[0][0], hulls[1]) or _inside(hulls[1][0], hulls[0]))


def _cross(o, a, b) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _hull(points) -> list[tuple[float, float]]:
    """Corners of the convex hull, anticlockwise (Andrew's monotone chain); 1 or 2 when flat."""
    pts = sorted({(float(x), float(y)) for x, y in points})
    if len(pts) <= 2:
        return pts
    lower: list = []
    upper: list = []
    for chain, sequence in ((lower, pts), (upper, reversed(pts))):
        for p in sequence:
            while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) <= 0:
                chain.pop()
            chain.append(p)
    return lower[:-1] + upper[:-1]


def _edges(hull):
    if len(hull) == 1:
        return [(hull[0], hull[0])]
    if len(hull) == 2:
        return [(hull[0], hull[1])]
    return [(hull[i], hull[(i + 1) % len(hull)]) for i in range(len(hull))]


def _segments_meet(p, q, r, s) -> bool:
    d1, d2 = _cross(r, s, p), _cross(r, s, q)
    d3, d4 = _cross(p, q, r), _cross(p, q, s)
    if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
        return True
    return ((d1 == 0 and _within(r, s, p)) or (d2 == 0 and _within(r, s, q))
            or (d3 == 0 and _within(p, q, r)) or (d4 == 0 and _within(p, q, s)))


def _within(a, b, p) -> bool:
    """For p on the line through a and b: whether it lies between them."""
    return (min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def _inside(p, hull) -> bool:
    if len(hull) < 3:
        return False
    return all(_cross(hull[i], hull[(i + 1) % len(hull)], p) >= 0 for i in range(len(hull)))
