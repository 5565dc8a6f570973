"""Scenario files (``*.neuron.json``): a neuron, plus what a lesson tells the student about it.

A scenario is what a teacher hands out: the starting neuron, a title, a task, a question, and
optionally the part of the curve to show, a point set, whether the student may train the neuron
on it (``"training": false`` where the weights are to be found by hand), and the teacher's own
answer (kept in the file for checking, never shown in the window). The format is versioned JSON:

    {
      "format": "neuron_gui.scenario",
      "version": 1,
      "neuron": {"inputs": [1, 1], "weights": [0.5, 0.5], "bias": 0,
                 "activation": "step", "params": {}},
      "title": "An AND gate", "task": "...", "question": "...",
      "plot": {"x_range": [-3, 3]},
      "dataset": {"name": "and"}, "training": false,
      "answer": {"weights": [1, 1], "bias": -1.5}
    }

Only ``format``, ``version`` and ``neuron`` (with ``inputs``, ``weights`` and ``activation``) are
required. Reading is strict: every problem raises ScenarioError, whose message starts with where
the problem is, as a JSON path such as ``neuron.weights[2]``, and says what is wrong.

    >>> s = loads(dumps(Scenario(Neuron([1.0], [2.0], activation="relu"), title="Doubling")))
    >>> s.title, s.neuron.output()
    ('Doubling', 2.0)
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from .activations import ACTIVATIONS
from .datasets import MAX_POINTS, NAMES as DATASET_NAMES, load as load_dataset
from .formula import subscript
from .neuron import MAX_INPUTS, MIN_INPUTS, VALUE_LIMIT, Neuron, check_value
from .text import QT_TRANSLATE_NOOP, Phrase

FORMAT = "neuron_gui.scenario"
VERSION = 1
SUFFIX = ".neuron.json"
MAX_FILE_BYTES = 1024 * 1024  # a lesson is a few kilobytes; anything this big is not one
MAX_TITLE_CHARS = 200
MAX_TEXT_CHARS = 4000  # the task and the question: a few paragraphs at most
DATASET_COLUMNS = 2  # the point sets are drawn on a plane: two inputs
MIN_X_SPAN = 0.1  # the narrowest part of the curve a scenario may ask the plot to show


class ScenarioError(ValueError):
    """A scenario that cannot be read or written; the message says where and what, as a Phrase
    that a window writes in its own language."""


def _problem(template: str, **values: str) -> ScenarioError:
    return ScenarioError(Phrase(template, **values))


@dataclass(frozen=True)
class Scenario:
    """A neuron and the lesson around it. Checked on creation, like the neuron itself."""

    neuron: Neuron
    title: str = ""
    task: str = ""
    question: str = ""
    x_range: tuple[float, float] | None = None
    # {"name": "and"} for a truth table, or {"points": [[x1, x2], ...], "labels": [0, 1, ...]}
    # with one number per input in each point (a NOT lesson's: [[0], [1]])
    dataset: Mapping[str, Any] | None = None
    # False for a lesson whose student must find the weights by hand: a run would solve its task
    training: bool = True
    # {"weights": [...], "bias": b}: the teacher's solution, for checking; the window never shows it
    answer: Mapping[str, Any] | None = field(default=None)
    # The texts in other languages: {"es": {"title": ..., "task": ..., "question": ...}, ...}.
    # The fields above are the English ones, shown where a language has no text of its own.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.neuron, Neuron):
            raise _problem(QT_TRANSLATE_NOOP("errors", "neuron: expected a Neuron, got {kind}"),
                           kind=type(self.neuron).__name__)
        _text("title", self.title, MAX_TITLE_CHARS)
        _text("task", self.task, MAX_TEXT_CHARS)
        _text("question", self.question, MAX_TEXT_CHARS)
        if self.x_range is not None:
            object.__setattr__(self, "x_range", _x_range("plot.x_range", self.x_range))
        if self.dataset is not None:
            object.__setattr__(self, "dataset", _dataset(self.dataset, self.neuron.size))
        if not isinstance(self.training, bool):
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "training: expected true or false, got {value}"),
                value=_show(self.training))
        if self.answer is not None:
            object.__setattr__(self, "answer", _answer(self.answer, self.neuron.size))
        object.__setattr__(self, "translations", _translations(self.translations))

    def is_lesson(self) -> bool:
        """Whether the scenario sets a task or asks a question, in any language: its data set
        is then the cases the task is about, which a student's copy keeps as they are."""
        return bool(self.task) or self.asks_a_question() or any(
            texts.get("task") for texts in self.translations.values())

    def asks_a_question(self) -> bool:
        """Whether the lesson asks a question, in English or in any other language."""
        return bool(self.question) or any(
            texts.get("question") for texts in self.translations.values())

    def texts(self, language: str = "en") -> tuple[str, str, str]:
        """Title, task and question in ``language``, each falling back to the English one."""
        own = self.translations.get(language, {})
        return (own.get("title") or self.title, own.get("task") or self.task,
                own.get("question") or self.question)

    def cases(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The data set as ``(X, y)``: one row of input values per case, and the 0/1 answer the
        lesson wants for each; None without a data set."""
        if self.dataset is None:
            return None
        if "name" in self.dataset:
            return load_dataset(self.dataset["name"])
        return (np.array(self.dataset["points"], dtype=float),
                np.array(self.dataset["labels"], dtype=float))

    def answer_neuron(self) -> Neuron | None:
        """The scenario's neuron with the teacher's weights and bias, or None without an answer."""
        if self.answer is None:
            return None
        return Neuron(self.neuron.inputs, self.answer["weights"], self.answer["bias"],
                      self.neuron.activation, self.neuron.params)


# Reading -----------------------------------------------------------------------------------------

def load(path: str | os.PathLike) -> Scenario:
    """The scenario in the file at ``path``; any problem, the file's own or the disk's, raises
    ScenarioError (whose message does not repeat the path: the caller names the file)."""
    path = Path(path)
    if _special(path):  # a pipe would wait for a writer for ever; a device, read on
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "this is a device or a pipe, not a scenario file"))
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # never read more than the limit allows
    except FileNotFoundError:
        raise _problem(QT_TRANSLATE_NOOP("errors", "no such file")) from None
    except IsADirectoryError:
        raise _problem(QT_TRANSLATE_NOOP("errors", "this is a folder, not a scenario file")) \
            from None
    except OSError as error:
        raise _problem(QT_TRANSLATE_NOOP("errors", "the file cannot be read: {why}"),
                       why=_os_reason(error)) from None
    return loads(data)


def loads(text: str | bytes) -> Scenario:
    """The scenario written in ``text`` (a string, or the bytes of a file)."""
    if isinstance(text, str):
        data = text.encode("utf-8", errors="surrogatepass")
    elif isinstance(text, (bytes, bytearray)):
        data = bytes(text)
    else:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "expected the text of a scenario file, got {kind}"), kind=type(text).__name__)
    if len(data) > MAX_FILE_BYTES:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "the file is larger than {size} KB; a scenario is a few KB at most"),
            size=str(MAX_FILE_BYTES // 1024))
    return _scenario(_parse(_decode(data)))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")  # a byte-order mark, as some Windows editors write, is fine
    except UnicodeDecodeError as error:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "the file is not UTF-8 text (byte {byte} at offset {offset}); save it as "
            "UTF-8"),
            byte=f"0x{data[error.start]:02x}", offset=str(error.start)) from None


# The JSON parser's own words for the usual slips, marked so that a window can say them in its
# language; others stay as the parser wrote them.
_JSON_REASONS = frozenset({
    QT_TRANSLATE_NOOP("errors", "Expecting value"),
    QT_TRANSLATE_NOOP("errors", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("errors", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("errors", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("errors", "Extra data"),
    QT_TRANSLATE_NOOP("errors", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("errors", "Invalid control character at"),
})


class _Object(dict):
    """A JSON object that remembers the names it held more than once (JSON allows it; we do not)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return result


def _parse(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "line {line}, column {column}: not valid JSON ({why})"),
            line=str(error.lineno), column=str(error.colno),
            why=Phrase(error.msg) if error.msg in _JSON_REASONS else error.msg) from None
    except RecursionError:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "not valid JSON for a scenario: lists or objects nested too deep")) from None
    except ValueError:  # the only other one: an integer with thousands of digits
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "not valid JSON for a scenario: a number has far too many digits")) from None


_TOP_FIELDS = ("format", "version", "neuron", "title", "task", "question", "plot", "dataset",
               "training", "answer", "translations")
_TEXT_LIMITS = {"title": MAX_TITLE_CHARS, "task": MAX_TEXT_CHARS, "question": MAX_TEXT_CHARS}


def _scenario(document: Any) -> Scenario:
    if not isinstance(document, dict):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "(top level): expected a JSON object {{...}}, got {kind}"),
            kind=_kind(document))
    if document.get("format") != FORMAT:
        if "format" not in document:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "format: missing; a Neuron GUI scenario starts with "
                "\"format\": \"{format}\""),
                format=FORMAT)
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "format: expected \"{format}\", got {value}; this is not a Neuron GUI "
            "scenario"),
            format=FORMAT, value=_show(document["format"]))
    _version(document)  # before the fields: a newer version may well have fields we do not know
    _fields("", document, required=("format", "version", "neuron"), allowed=_TOP_FIELDS)
    plot = document.get("plot")
    x_range = None
    if plot is not None:
        _fields("plot", plot, required=(), allowed=("x_range",))
        if plot.get("x_range") is not None:
            x_range = plot["x_range"]
    try:
        return Scenario(
            neuron=_neuron(document["neuron"]),
            title=document.get("title", ""),
            task=document.get("task", ""),
            question=document.get("question", ""),
            x_range=x_range,
            dataset=document.get("dataset"),
            training=document.get("training", True),
            answer=document.get("answer"),
            translations=document.get("translations", {}),
        )
    except ScenarioError:
        raise
    except ValueError as error:  # core's own checks, phrased with their field names
        raise ScenarioError(*error.args) from None


def _version(document: Mapping) -> None:
    if "version" not in document:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "version: missing; this app writes \"version\": {version}"),
            version=str(VERSION))
    version = document["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "version: expected a whole number such as {version}, got {value}"),
            version=str(VERSION), value=_show(version))
    if version > VERSION:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "version: the file was made by a newer version of Neuron GUI (it is format "
            "version {version}; this one reads up to {newest}); update Neuron GUI to open it"),
            version=str(version), newest=str(VERSION))


def _neuron(value: Any) -> Neuron:
    _fields("neuron", value, required=("inputs", "weights", "activation"),
            allowed=("inputs", "weights", "bias", "activation", "params"))
    inputs = _numbers("neuron.inputs", value["inputs"], MIN_INPUTS, MAX_INPUTS, symbol="x")
    weights = _numbers("neuron.weights", value["weights"], MIN_INPUTS, MAX_INPUTS, symbol="w")
    if len(weights) != len(inputs):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "neuron.weights: expected one weight per input ({inputs}), got {weights}"),
            inputs=str(len(inputs)), weights=str(len(weights)))
    bias = _number("neuron.bias", value.get("bias", 0.0))
    activation = value["activation"]
    if not isinstance(activation, str):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "neuron.activation: expected a name such as \"relu\", got {kind}"),
            kind=_kind(activation))
    if activation not in ACTIVATIONS:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "neuron.activation: unknown activation {name}; choose one of {names}"),
            name=_show(activation), names=", ".join(ACTIVATIONS))
    params = _params(activation, value.get("params", {}))
    return Neuron(inputs, weights, bias, activation, params)


def _params(activation: str, value: Any) -> dict[str, float]:
    known = {p.name: p for p in ACTIVATIONS[activation].parameters}
    if not isinstance(value, dict):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "neuron.params: expected an object {{...}}, got {kind}"), kind=_kind(value))
    _no_duplicates("neuron.params", value)
    checked = {}
    for name, number in value.items():
        path = f"neuron.params.{_name(name)}"
        if name not in known:
            if not known:
                raise _problem(QT_TRANSLATE_NOOP(
                    "errors", "{path}: unknown field ({activation} takes no parameters)"),
                    path=path, activation=activation)
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "{path}: unknown field ({activation} takes {takes})"),
                path=path, activation=activation, takes=", ".join(known))
        number = _number(path, number)
        p = known[name]
        if not p.minimum <= number <= p.maximum:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "{path}: {value} is outside {low} to {high}"),
                path=path, value=f"{number:.15g}", low=f"{p.minimum:g}", high=f"{p.maximum:g}")
        checked[name] = number
    return checked


# The checks Scenario makes whoever builds it: a file, a program, or a notebook -------------------

def _translations(value: Any) -> dict[str, dict[str, str]]:
    if not isinstance(value, Mapping):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "translations: expected an object of languages, got {kind}"),
            kind=_kind(value))
    checked = {}
    for language, texts in value.items():
        path = f"translations.{language}"
        if not (isinstance(language, str) and len(language) == 2 and language.isalpha()
                and language.islower()):
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "translations: {value} is not a two-letter language code such as \"es\""),
                value=_show(language))
        _fields(path, texts, required=(), allowed=tuple(_TEXT_LIMITS))
        for key, text in texts.items():
            _text(f"{path}.{key}", text, _TEXT_LIMITS[key])
        checked[language] = dict(texts)
    return checked


def _text(path: str, value: Any, limit: int) -> None:
    if not isinstance(value, str):
        raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: expected a string, got {kind}"),
                       path=path, kind=_kind(value))
    if len(value) > limit:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "{path}: {length} characters is too long; at most {limit}"),
            path=path, length=str(len(value)), limit=str(limit))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate, such as "\ud800" written in JSON
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "{path}: character {number} is not a valid character"),
            path=path, number=str(error.start + 1)) from None


def _x_range(path: str, value: Any) -> tuple[float, float]:
    low, high = _numbers(path, value, 2, 2)
    if not high - low >= MIN_X_SPAN:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "{path}: expected [smallest z, largest z] at least {span} apart, got "
            "[{low}, {high}]"), path=path, span=f"{MIN_X_SPAN:g}", low=f"{low:g}", high=f"{high:g}")
    return low, high


def _dataset(value: Any, neuron_inputs: int) -> dict[str, Any]:
    _fields("dataset", value, required=(), allowed=("name", "points", "labels"))
    if "name" in value:
        if "points" in value or "labels" in value:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "dataset: give either a \"name\" or \"points\" with \"labels\", not "
                "both"))
        name = value["name"]
        if not isinstance(name, str) or name not in DATASET_NAMES:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "dataset.name: unknown data set {name}; choose one of {names}"),
                name=_show(name), names=", ".join(DATASET_NAMES))
        result: dict[str, Any] = {"name": name}
    else:
        for key in ("points", "labels"):
            if key not in value:
                raise _problem(QT_TRANSLATE_NOOP(
                    "errors", "dataset.{key}: missing; a data set is a \"name\", or \"points\" "
                    "with \"labels\""), key=key)
        points = _list("dataset.points", value["points"], 1, MAX_POINTS)
        # One number per input: points a plane can show have two; a one-input lesson's cases
        # (NOT) have one, and are checked in the task panel instead.
        rows = [list(_numbers(f"dataset.points[{i}]", p, MIN_INPUTS, MAX_INPUTS))
                for i, p in enumerate(points)]
        labels = _list("dataset.labels", value["labels"], len(rows), len(rows),
                       what=Phrase(QT_TRANSLATE_NOOP("errors", "one label per point ({n})"),
                                   n=str(len(rows))))
        for i, label in enumerate(labels):
            if isinstance(label, bool) or label not in (0, 1):
                raise _problem(QT_TRANSLATE_NOOP(
                    "errors", "dataset.labels[{i}]: expected 0 or 1, got {value}"),
                    i=str(i), value=_show(label))
        result = {"points": rows, "labels": [int(label) for label in labels]}
    columns = dataset_columns(result)
    for i, row in enumerate(result.get("points", ())):
        if len(row) != columns:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "dataset.points[{i}]: expected {n} numbers, as the first point has, "
                "got {count}"), i=str(i), n=str(columns), count=str(len(row)))
    if neuron_inputs != columns:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "dataset: its points have {n} coordinates, so the neuron needs {n} inputs; "
            "it has {inputs}"), n=str(columns), inputs=str(neuron_inputs))
    return result


def dataset_columns(dataset: Mapping[str, Any]) -> int:
    """How many inputs a scenario's data set gives a value for: two for a truth table."""
    return DATASET_COLUMNS if "name" in dataset else len(dataset["points"][0])


def _answer(value: Any, neuron_inputs: int) -> dict[str, Any]:
    _fields("answer", value, required=("weights", "bias"), allowed=("weights", "bias"))
    weights = _numbers("answer.weights", value["weights"], MIN_INPUTS, MAX_INPUTS, symbol="w")
    if len(weights) != neuron_inputs:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "answer.weights: expected one weight per input of the neuron ({inputs}), "
            "got {weights}"), inputs=str(neuron_inputs), weights=str(len(weights)))
    return {"weights": list(weights), "bias": _number("answer.bias", value["bias"])}


# Small checks that name where they looked -------------------------------------------------------

def _fields(path: str, value: Any, required: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    where = path or "(top level)"
    if not isinstance(value, Mapping):
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "{path}: expected an object {{...}}, got {kind}"),
            path=where, kind=_kind(value))
    _no_duplicates(path, value)
    prefix = f"{path}." if path else ""
    for name in value:
        if name not in allowed:
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "{path}: unknown field (allowed here: {names})"),
                path=f"{prefix}{_name(name)}", names=", ".join(allowed))
    for name in required:
        if name not in value:
            raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: missing"), path=f"{prefix}{name}")


def _no_duplicates(path: str, value: Mapping) -> None:
    duplicates = getattr(value, "duplicates", ())
    if duplicates:
        prefix = f"{path}." if path else ""
        raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: appears more than once"),
                       path=f"{prefix}{_name(duplicates[0])}")


def _list(path: str, value: Any, shortest: int, longest: int, what: str = "") -> list:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: expected a list [...], got {kind}"),
                       path=path, kind=_kind(value))
    if not shortest <= len(value) <= longest:
        if not what:
            what = Phrase(QT_TRANSLATE_NOOP("errors", "{n} values"), n=str(shortest)) \
                if shortest == longest else Phrase(QT_TRANSLATE_NOOP(
                    "errors", "{low} to {high} values"), low=str(shortest), high=str(longest))
        raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: expected {what}, got {count}"),
                       path=path, what=what, count=str(len(value)))
    return list(value)


def _numbers(path: str, value: Any, shortest: int, longest: int,
             symbol: str = "") -> tuple[float, ...]:
    """Numbers in a list. With a ``symbol``, a message names each by the path in the file, which
    counts from 0, and as the window shows it, which counts from 1: "neuron.weights[1] (w₂)"."""
    items = _list(path, value, shortest, longest)
    return tuple(_number(f"{path}[{i}]" + (f" ({symbol}{subscript(i + 1)})" if symbol else ""),
                         item) for i, item in enumerate(items))


_DECIMAL_COMMA = re.compile(r"\s*-?[0-9]+,[0-9]+\s*")  # "0,5": a number, with a decimal comma


def _number(path: str, value: Any) -> float:
    # true and false are not numbers here, though Python would happily count them as 1 and 0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str) and _DECIMAL_COMMA.fullmatch(value):  # as many teachers write
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "{path}: expected a number, got {kind} (write numbers without quotes and "
                "with a point: {number})"),
                path=path, kind=_kind(value), number=value.strip().replace(",", "."))
        raise _problem(QT_TRANSLATE_NOOP("errors", "{path}: expected a number, got {kind}"),
                       path=path, kind=_kind(value))
    if isinstance(value, int) and abs(value) > VALUE_LIMIT:  # before float() can overflow
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "{path}: {value} is outside the allowed range {low} to {high}"),
            path=path, value=_g(value), low=f"{-VALUE_LIMIT:g}", high=f"{VALUE_LIMIT:g}")
    try:
        # check_value's message starts with the name it is given, here the JSON path
        return check_value(path, value)
    except ValueError as error:
        raise ScenarioError(*error.args) from None


def _g(value: int | float) -> str:
    """A number in a message, short: JSON integers may have hundreds of digits, too many for a
    float, so those are written with Decimal."""
    if isinstance(value, int) and abs(value) >= 10 ** 300:
        return f"{Decimal(value):.1e}"
    return f"{value:.6g}"


def _name(name: str, limit: int = 40) -> str:
    """A field name from the file, printable whatever it holds (a message must never fail)."""
    text = name.encode("unicode_escape").decode("ascii") if not name.isprintable() else name
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return Phrase(QT_TRANSLATE_NOOP("errors", "{value} (true and false are not numbers)"),
                      value=str(value).lower())
    if isinstance(value, str):
        return Phrase(QT_TRANSLATE_NOOP("errors", "the string {text}"), text=_show(value))
    if isinstance(value, (int, float)):
        return Phrase(QT_TRANSLATE_NOOP("errors", "the number {number}"), number=_g(value))
    if isinstance(value, (list, tuple)):
        return Phrase(QT_TRANSLATE_NOOP("errors", "a list"))
    if isinstance(value, dict):
        return Phrase(QT_TRANSLATE_NOOP("errors", "an object"))
    return type(value).__name__


def _show(value: Any, limit: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False) if _is_json(value) else repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


# Writing -----------------------------------------------------------------------------------------

def to_document(scenario: Scenario) -> dict[str, Any]:
    """The scenario as the JSON object the file holds."""
    neuron = scenario.neuron
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "title": scenario.title,
        "task": scenario.task,
        "question": scenario.question,
        "neuron": {
            "inputs": list(neuron.inputs),
            "weights": list(neuron.weights),
            "bias": neuron.bias,
            "activation": neuron.activation,
            "params": dict(neuron.params),
        },
    }
    if scenario.x_range is not None:
        document["plot"] = {"x_range": list(scenario.x_range)}
    if scenario.dataset is not None:
        document["dataset"] = dict(scenario.dataset)
    if not scenario.training:
        document["training"] = False
    if scenario.answer is not None:
        document["answer"] = dict(scenario.answer)
    if scenario.translations:
        document["translations"] = {code: dict(texts)
                                    for code, texts in scenario.translations.items()}
    return document


def dumps(scenario: Scenario) -> str:
    """The text of the scenario's file: indented JSON that is easy to read and edit by hand, with
    each list of numbers on one line."""
    if not isinstance(scenario, Scenario):
        raise _problem(QT_TRANSLATE_NOOP("errors", "expected a Scenario, got {kind}"),
                       kind=type(scenario).__name__)
    return _format(to_document(scenario), "") + "\n"


def _format(value: Any, indent: str) -> str:
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_format(v, inner)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        rows = [f"{inner}{_format(v, inner)}" for v in value]  # a point set: one point a line
        return "[\n" + ",\n".join(rows) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def save(scenario: Scenario, path: str | os.PathLike) -> None:
    """Write the scenario to ``path`` atomically: the old file stays whole until the new one is."""
    data = dumps(scenario).encode("utf-8")  # all of it, before the disk is touched
    write_atomically(path, data)


def write_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, all or nothing.

    The data goes to a temporary file in the same folder (so the final rename cannot cross file
    systems), is flushed to the disk, and only then renamed over the old file, which os.replace
    does in one step. A crash or a full disk part-way leaves the old file as it was.

    This is the one way Neuron GUI writes a user's file, scenarios and exports alike. Qt's QSaveFile
    does the same in the window, but this works without Qt too, in a notebook or a script, and one
    implementation means one behaviour and one set of tests. Problems raise ScenarioError.
    """
    if _special(Path(path)):  # renaming over a device or a pipe would put a file in its place
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "cannot save {name}: it is a device or a pipe, not a file; save under "
            "another name"), name=Path(path).name)
    target = Path(os.path.realpath(path))  # write through a symbolic link, not over it
    folder = target.parent
    if _read_only(target):  # renaming over it would succeed in a folder the user may write to
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "cannot save {name}: the file is read-only; save under another name, or "
            "in another folder"), name=target.name)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                                 dir=folder)
    except FileNotFoundError:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "cannot save {name}: the folder {folder} does not exist"),
            name=target.name, folder=str(folder)) from None
    except PermissionError:
        raise _problem(QT_TRANSLATE_NOOP(
            "errors", "cannot save {name}: the folder {folder} cannot be written to; choose "
            "another folder"), name=target.name, folder=str(folder)) from None
    except OSError as error:
        raise _problem(QT_TRANSLATE_NOOP("errors", "cannot save {name}: {why}"),
                       name=target.name, why=_os_reason(error)) from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            _write_all(file, data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException as error:
        _remove_quietly(temporary)
        if isinstance(error, IsADirectoryError):
            raise _problem(QT_TRANSLATE_NOOP("errors", "cannot save {name}: it is a folder"),
                           name=target.name) from None
        if isinstance(error, OSError):
            raise _problem(QT_TRANSLATE_NOOP(
                "errors", "cannot save {name}: {why}; the old file, if any, is unchanged"),
                name=target.name, why=_os_reason(error)) from None
        raise
    _sync_folder(folder)


# What the system says of the usual reasons a file cannot be read or written, in its English
# words, marked so that a window can say them in its language (the system's own text follows the
# system's language, not the window's).
_OS_REASONS = {
    getattr(errno, name, None): reason for name, reason in (  # not every system has every name
        ("EACCES", QT_TRANSLATE_NOOP("errors", "Permission denied")),
        ("EPERM", QT_TRANSLATE_NOOP("errors", "Operation not permitted")),
        ("ENOSPC", QT_TRANSLATE_NOOP("errors", "No space left on device")),
        ("EROFS", QT_TRANSLATE_NOOP("errors", "Read-only file system")),
        ("EDQUOT", QT_TRANSLATE_NOOP("errors", "Disk quota exceeded")),
        ("EIO", QT_TRANSLATE_NOOP("errors", "Input/output error")),
    )
}


def _os_reason(error: OSError) -> str:
    known = _OS_REASONS.get(error.errno)
    return Phrase(known) if known else str(error.strerror or error)


def _write_all(file, data: bytes) -> None:
    file.write(data)


def _special(path: Path) -> bool:
    """Whether ``path`` is there but is neither a file nor a folder: a device or a pipe. A name
    no file can have (a NUL in it, which a dropped link can bring) is refused here."""
    try:
        mode = path.stat().st_mode
    except ValueError:
        raise _problem(QT_TRANSLATE_NOOP("errors", "this is not a name a file can have")) \
            from None
    except OSError:
        return False  # not there, or what opening it will report on
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _read_only(target: Path) -> bool:
    """Whether the file exists and must not be changed: this user may not write it, or nobody
    may (a teacher's handout marked read-only, which even an administrator keeps as it is)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False  # a new file, or one the write below will report on
    return target.is_file() and (not os.access(target, os.W_OK) or not mode & 0o222)


def _mode_for(target: Path) -> int:
    """The permissions the file had, or those a new file would get: a lesson a teacher shares
    must stay readable after it is saved again (mkstemp makes private files)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (POSIX); best effort."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def is_scenario_name(name: str | os.PathLike) -> bool:
    """Whether a file name looks like a scenario's: ``*.neuron.json``, or any ``*.json``."""
    return str(name).lower().endswith(".json")
