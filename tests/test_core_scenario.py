"""Scenario files: what round-trips, what is refused and how it is said, and saving that never
leaves half a file behind. No Qt here: the core reads and writes scenarios on its own."""

import copy
import errno
import json
import os
import stat
import sys
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neuron_gui.core import MAX_INPUTS, Neuron
from neuron_gui.core import scenario as scenario_module
from neuron_gui.core.scenario import (
    FORMAT, MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, VERSION, Scenario, ScenarioError,
    dumps, load, loads, save,
)

FULL = Scenario(
    Neuron(inputs=(1.0, 0.0), weights=(0.5, -0.25), bias=0.125, activation="leaky_relu",
           params={"alpha": 0.2}),
    title="A leaky neuron",
    task="Make the output negative.\nThen positive.",
    question="What does α do? — «ünïcödé» 😀",
    x_range=(-4.0, 8.5),
    dataset={"points": [[0, 0], [1, 0.5], [-1, 2]], "labels": [0, 1, 1]},
    answer={"weights": [1, -1], "bias": -0.5},
)


def document(**changes):
    """A valid file's JSON object, with ``changes`` made; a value of ... removes the field."""
    doc = json.loads(dumps(FULL))
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = doc
        for name in parents:
            target = target[name]
        if value is ...:
            del target[last]
        else:
            target[last] = value
    return json.dumps(doc)


def error_of(text) -> str:
    with pytest.raises(ScenarioError) as caught:
        loads(text)
    return str(caught.value)


# What round-trips -------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario", [
    FULL,
    Scenario(Neuron([1.0], [2.0], activation="relu")),
    Scenario(Neuron([0.1] * MAX_INPUTS, [-1000.0] * MAX_INPUTS, 1000.0, "step"), title="x" * 200),
    Scenario(Neuron([1.0, 1.0], [1.0, 1.0], -1.5, "step"), dataset={"name": "and"}),
    Scenario(Neuron([1.0, 1.0], [1.0, 1.0], -1.5, "step"), dataset={"name": "or"},
             training=False),
    Scenario(Neuron([0.0], [-1.0], 0.5, "step"),  # NOT: cases with one input, off the plane
             dataset={"points": [[0.0], [1.0]], "labels": [1, 0]}),
])
def test_dumps_then_loads_gives_the_same_scenario(scenario, tmp_path):
    assert loads(dumps(scenario)) == scenario
    path = tmp_path / "lesson.neuron.json"
    save(scenario, path)
    assert load(path) == scenario
    assert path.read_text(encoding="utf-8") == dumps(scenario)


def test_the_file_is_versioned_readable_json():
    doc = json.loads(dumps(FULL))
    assert doc["format"] == FORMAT and doc["version"] == VERSION == 1
    assert doc["neuron"] == {"inputs": [1.0, 0.0], "weights": [0.5, -0.25], "bias": 0.125,
                             "activation": "leaky_relu", "params": {"alpha": 0.2}}
    assert doc["plot"] == {"x_range": [-4.0, 8.5]}
    assert '"inputs": [1.0, 0.0],' in dumps(FULL)  # a list of numbers stays on one line
    assert "😀" in dumps(FULL)  # written as itself, not as \\ud83d\\ude00


def test_only_format_version_and_the_neuron_are_required():
    text = json.dumps({"format": FORMAT, "version": 1,
                       "neuron": {"inputs": [2], "weights": [3], "activation": "linear"}})
    scenario = loads(text)
    assert scenario.neuron.output() == 6.0 and scenario.neuron.bias == 0.0
    assert (scenario.title, scenario.task, scenario.question) == ("", "", "")
    assert scenario.x_range is None and scenario.dataset is None and scenario.answer is None


def test_a_byte_order_mark_and_windows_line_ends_are_fine():
    data = b"\xef\xbb\xbf" + dumps(FULL).replace("\n", "\r\n").encode("utf-8")
    assert loads(data) == FULL


def test_the_answer_is_the_neuron_with_the_teachers_weights():
    answer = FULL.answer_neuron()
    assert answer.weights == (1.0, -1.0) and answer.bias == -0.5
    assert answer.inputs == FULL.neuron.inputs and answer.params == {"alpha": 0.2}
    assert Scenario(Neuron([1.0], [1.0])).answer_neuron() is None


# What is refused, and how it is said ------------------------------------------------------------

@pytest.mark.parametrize("text, message", [
    (document(neuron__weights=[0.5, "0.25"]),  # counted from 0 in the file, 1 on screen
     "neuron.weights[1] (w₂): expected a number, got the string \"0.25\""),
    (document(neuron__weights=[0.5, "0,25"]),  # a decimal comma, as a German teacher writes
     "got the string \"0,25\" (write numbers without quotes and with a point: 0.25)"),
    (document(neuron__inputs="1,2"),  # a list written as one string: no number to suggest
     "neuron.inputs: expected a list [...], got the string \"1,2\""),
    (document(neuron__inputs=[1, True]), "neuron.inputs[1] (x₂): expected a number, got true"),
    (document(neuron__bias=False), "neuron.bias: expected a number, got false"),
    (document(neuron__bias=None), "neuron.bias: expected a number, got null"),
    (document(neuron__weights={"a": 1}), "neuron.weights: expected a list [...], got an object"),
    (document(neuron=[1, 2]), "neuron: expected an object {...}, got a list"),
    (document(neuron__weights=...), "neuron.weights: missing"),
    (document(neuron__activation=...), "neuron.activation: missing"),
    (document(version=...), "version: missing"),
    (document(format=...), "format: missing"),
    (document(format="something.else"), "format: expected \"neuron_gui.scenario\""),
    (document(neuron__wieghts=[1, 2]), "neuron.wieghts: unknown field (allowed here: inputs,"),
    (document(colour="red"), "colour: unknown field (allowed here: format, version, neuron"),
    (document(plot__zoom=2), "plot.zoom: unknown field"),
    (document(neuron__activation="softsign"),
     "neuron.activation: unknown activation \"softsign\"; choose one of step, relu"),
    (document(neuron__activation=3), "neuron.activation: expected a name such as \"relu\""),
    (document(neuron__params={"beta": 1}),
     "neuron.params.beta: unknown field (leaky_relu takes alpha)"),
    (document(neuron__params={"alpha": 7}), "neuron.params.alpha: 7 is outside 0 to 1"),
    (document(neuron__inputs=[1.0] * 17, neuron__weights=[1.0] * 17),
     "neuron.inputs: expected 1 to 16 values, got 17"),
    (document(neuron__inputs=[]), "neuron.inputs: expected 1 to 16 values, got 0"),
    (document(neuron__weights=[1, 2, 3]),
     "neuron.weights: expected one weight per input (2), got 3"),
    (document(neuron__weights=[1, 1001]),
     "neuron.weights[1] (w₂): 1001 is outside the allowed range -1000 to 1000"),
    (document(neuron__bias=10 ** 30), "neuron.bias: 1e+30 is outside the allowed range"),
    (document(neuron__bias=-2.5e300), "neuron.bias: -2.5e+300 is outside the allowed range"),
    (document(neuron__bias=10 ** 400), "neuron.bias: 1.0e+400 is outside the allowed range"),
    (document(title=-(10 ** 4000)), "title: expected a string, got the number -1.0e+4000"),
    (document(dataset__labels=[0, 1, 10 ** 400]), "dataset.labels[2]: expected 0 or 1, got 1000"),
    (document(neuron__bias=float("nan")), "neuron.bias: expected a finite number, got nan"),
    (document(neuron__bias=float("-inf")), "neuron.bias: expected a finite number, got -inf"),
    (document(neuron__bias=1).replace('"bias": 1', '"bias": 1e999'),
     "neuron.bias: expected a finite number, got inf"),
    (document(neuron__bias=1).replace('"bias": 1', '"bias": ' + "9" * 5000),
     "a number has far too many digits"),
    (document(version=2), "made by a newer version of Neuron GUI"),
    (document(version=99), "it is format version 99; this one reads up to 1"),
    (document(version="1"), "version: expected a whole number such as 1, got \"1\""),
    (document(version=1.0), "version: expected a whole number"),
    (document(version=0), "version: expected a whole number"),
    (document(title=7), "title: expected a string, got the number 7"),
    (document(title="t" * (MAX_TITLE_CHARS + 1)), "title: 201 characters is too long; at most 200"),
    (document(task="t" * (MAX_TEXT_CHARS + 1)), "task: 4001 characters is too long; at most 4000"),
    (document(question=["why?"]), "question: expected a string, got a list"),
    (document(plot__x_range=[5, 1]), "plot.x_range: expected [smallest z, largest z]"),
    (document(plot__x_range=[1]), "plot.x_range: expected 2 values, got 1"),
    (document(plot__x_range=[0, 5000]), "plot.x_range[1]: 5000 is outside the allowed range"),
    (document(plot=3), "plot: expected an object {...}, got the number 3"),
    (document(dataset={"name": "nor"}), "dataset.name: unknown data set \"nor\"; choose one of"),
    (document(dataset={"name": "and", "points": [[0, 0]]}), "dataset: give either a \"name\""),
    (document(dataset={"points": [[0, 0]]}), "dataset.labels: missing"),
    (document(training="no"), "training: expected true or false, got \"no\""),
    (document(training=0), "training: expected true or false, got 0"),
    (document(dataset={"name": "and", "training": False}),
     "dataset.training: unknown field (allowed here: name, points, labels)"),
    (document(dataset__labels=[0, 1]), "dataset.labels: expected one label per point (3), got 2"),
    (document(dataset__labels=[0, 1, 2]), "dataset.labels[2]: expected 0 or 1, got 2"),
    (document(dataset__labels=[0, 1, True]), "dataset.labels[2]: expected 0 or 1, got true"),
    (document(dataset__points=[[0, 0], [1, 0.5], [-1, 2, 3]]),
     "dataset.points[2]: expected 2 numbers, as the first point has, got 3"),
    (document(dataset__points=[[0, 0], [1, "x"], [-1, 2]]),
     "dataset.points[1][1]: expected a number"),
    (document(neuron__inputs=[1], neuron__weights=[1], answer=...),
     "dataset: its points have 2 coordinates, so the neuron needs 2 inputs; it has 1"),
    (document(answer__weights=[1]), "answer.weights: expected one weight per input of the neuron"),
    (document(answer__bias="-1"), "answer.bias: expected a number"),
    ("[1, 2]", "(top level): expected a JSON object {...}, got a list"),
    ('"hello"', "(top level): expected a JSON object {...}, got the string \"hello\""),
    ("", "line 1, column 1: not valid JSON (Expecting value)"),
    (dumps(FULL).replace('"bias": 0.125,', '"bias": 0.125'),
     "line 11, column 5: not valid JSON (Expecting ',' delimiter)"),
    ("[" * 50_000, "nested too deep"),
    (document().replace('"version": 1', '"version": 1, "version": 1'),
     "version: appears more than once"),
    (document(title="\ud800"), "title: character 1 is not a valid character"),
    (dumps(FULL).encode("utf-8").replace(b"leaky", b"l\xe9aky"),
     "the file is not UTF-8 text (byte 0xe9 at offset"),
    (b"\xff\xfe{\x00}\x00", "the file is not UTF-8 text (byte 0xff at offset 0)"),
    (" " * MAX_FILE_BYTES + document(), "the file is larger than 1024 KB"),
])
def test_each_problem_is_named_with_its_place_and_what_is_wrong(text, message):
    assert message in error_of(text)


def test_a_scenario_error_is_a_value_error():
    assert issubclass(ScenarioError, ValueError)


def test_a_scenario_made_in_code_is_checked_too():
    neuron = Neuron([1.0], [1.0])
    with pytest.raises(ScenarioError, match="title: expected a string"):
        Scenario(neuron, title=None)
    with pytest.raises(ScenarioError, match=r"plot.x_range\[0\]: expected a finite number"):
        Scenario(neuron, x_range=(float("nan"), 1.0))
    with pytest.raises(ScenarioError, match="dataset: its points have 2 coordinates"):
        Scenario(neuron, dataset={"name": "xor"})
    with pytest.raises(ScenarioError, match="neuron: expected a Neuron"):
        Scenario({"inputs": [1]})


def test_missing_files_and_folders_raise_scenario_errors(tmp_path):
    with pytest.raises(ScenarioError, match="no such file"):
        load(tmp_path / "nothing.neuron.json")
    with pytest.raises(ScenarioError, match="this is a folder, not a scenario file"):
        load(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes with a name are POSIX's")
def test_a_pipe_is_neither_read_nor_replaced(tmp_path):
    """Opening a pipe named like a scenario waited for ever for something to write into it, and
    Save put a file in its place (as it would over a device)."""
    pipe = tmp_path / "pipe.neuron.json"
    os.mkfifo(pipe)
    with pytest.raises(ScenarioError, match="this is a device or a pipe, not a scenario file"):
        load(pipe)  # at once: the test would hang otherwise
    with pytest.raises(ScenarioError, match="cannot save pipe.neuron.json: it is a device or a "
                                            "pipe, not a file"):
        save(Scenario(Neuron([1.0], [1.0])), pipe)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert os.listdir(tmp_path) == ["pipe.neuron.json"]  # no temporary file left behind


def test_a_name_no_file_can_have_is_a_scenario_error(tmp_path):
    """A dropped link can carry a NUL; Python's open refuses it with a ValueError, which ended
    up in the crash report."""
    name = str(tmp_path / "a\x00b.neuron.json")
    with pytest.raises(ScenarioError, match="this is not a name a file can have"):
        load(name)
    with pytest.raises(ScenarioError, match="this is not a name a file can have"):
        save(Scenario(Neuron([1.0], [1.0])), name)


def test_a_file_just_over_the_limit_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "big.neuron.json"
    path.write_bytes(b" " * (20 * MAX_FILE_BYTES) + dumps(FULL).encode())
    with pytest.raises(ScenarioError, match="larger than 1024 KB"):
        load(path)
    path.write_bytes(b" " * (MAX_FILE_BYTES - len(dumps(FULL).encode())) + dumps(FULL).encode())
    assert load(path) == FULL  # exactly at the limit is still a scenario


# Saving is all or nothing -----------------------------------------------------------------------

OTHER = Scenario(Neuron([3.0], [-2.0], 0.5, "tanh"), title="The new one")


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "lesson.neuron.json"
    save(FULL, path)
    return path, path.read_bytes()


def assert_untouched(path, old_bytes):
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left


def test_a_full_disk_part_way_through_the_write_leaves_the_old_file(saved, monkeypatch):
    path, old = saved

    def write_half_then_fail(file, data):
        file.write(data[: len(data) // 2])
        file.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(scenario_module, "_write_all", write_half_then_fail)
    with pytest.raises(ScenarioError, match="No space left on device; the old file, if any, is "
                                            "unchanged"):
        save(OTHER, path)
    assert_untouched(path, old)


def test_a_failure_while_flushing_to_disk_leaves_the_old_file(saved, monkeypatch):
    path, old = saved

    def fsync_fails(_descriptor):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(scenario_module.os, "fsync", fsync_fails)
    with pytest.raises(ScenarioError, match="cannot save lesson.neuron.json"):
        save(OTHER, path)
    assert_untouched(path, old)


def test_a_crash_before_the_rename_leaves_the_old_file(saved, monkeypatch):
    path, old = saved

    def crash(*_args):
        raise KeyboardInterrupt  # not an OSError: the temporary file must still be cleared away

    monkeypatch.setattr(scenario_module.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        save(OTHER, path)
    assert_untouched(path, old)


def test_serialisation_failing_midway_leaves_the_old_file(saved, monkeypatch):
    path, old = saved
    real_dumps, calls = json.dumps, []

    def dumps_that_fails_on_the_fifth_value(*args, **kwargs):
        calls.append(args)
        if len(calls) == 5:
            raise TypeError("simulated failure inside the serialiser")
        return real_dumps(*args, **kwargs)

    monkeypatch.setattr(scenario_module.json, "dumps", dumps_that_fails_on_the_fifth_value)
    with pytest.raises(TypeError, match="simulated"):
        save(OTHER, path)
    assert len(calls) == 5  # it really did fail part-way, after some of the text was made
    assert_untouched(path, old)


def test_a_successful_save_replaces_the_file_and_leaves_nothing_else(saved):
    path, _ = saved
    save(OTHER, path)
    assert load(path) == OTHER
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_saving_again_keeps_the_files_permissions(saved):
    path, _ = saved
    path.chmod(0o644)
    save(OTHER, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # still readable by the class


def test_a_read_only_file_is_not_replaced_even_in_a_folder_that_may_be_written(saved):
    """A teacher's handout marked read-only: renaming a new file over it would work, since the
    folder allows it, and would quietly undo the protection."""
    path, old = saved
    path.chmod(0o444)
    try:
        with pytest.raises(ScenarioError, match="cannot save lesson.neuron.json: the file is "
                           "read-only; save under another name, or in another folder"):
            save(OTHER, path)
        assert_untouched(path, old)
        assert stat.S_IMODE(path.stat().st_mode) == 0o444
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_saving_through_a_symbolic_link_writes_the_file_it_points_to(saved):
    path, _ = saved
    link = path.parent / "link.neuron.json"
    link.symlink_to(path)
    save(OTHER, link)
    assert link.is_symlink() and load(path) == OTHER


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions, and root may write anywhere")
def test_a_read_only_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "handouts"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ScenarioError, match="the folder .*handouts cannot be written to"):
            save(FULL, folder / "lesson.neuron.json")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_folder_that_refuses_new_files_gives_a_clear_error(tmp_path, monkeypatch):
    """The same as above, on every system and as root: the refusal itself is simulated."""
    def refuse(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ScenarioError) as caught:
        save(FULL, tmp_path / "lesson.neuron.json")
    assert str(caught.value) == (f"cannot save lesson.neuron.json: the folder "
                                 f"{os.path.realpath(tmp_path)} cannot be written to; "
                                 "choose another folder")
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(ScenarioError, match="does not exist"):
        save(FULL, tmp_path / "no" / "lesson.neuron.json")


# Fuzzing: whatever the file holds, the answer is a scenario or a ScenarioError ------------------

VALID_TEXT = dumps(FULL)
VALID_BYTES = VALID_TEXT.encode("utf-8")
VALID_DOC = json.loads(VALID_TEXT)
FIELD_NAMES = ["format", "version", "neuron", "inputs", "weights", "bias", "activation", "params",
               "alpha", "title", "task", "question", "plot", "x_range", "dataset", "name",
               "points", "labels", "answer"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10 ** 40, 10 ** 40)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
    | st.sampled_from(["relu", "step", "and", "xor", FORMAT, 0, 1, 2, -1001, 1e308, 10 ** 400,
                       -(10 ** 4000)]),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), children, max_size=4),
    max_leaves=8,
)


def _places(value, found):
    """Every (container, key) in the document, for an edit to pick from."""
    if isinstance(value, dict):
        for key in value:
            found.append((value, key))
            _places(value[key], found)
    elif isinstance(value, list):
        for index in range(len(value)):
            found.append((value, index))
            _places(value[index], found)
    return found


@st.composite
def edited_files(draw):
    doc = copy.deepcopy(VALID_DOC)
    for _ in range(draw(st.integers(1, 3))):
        places = _places(doc, [])
        container, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            container[key] = draw(json_values)
        elif action == "delete":
            del container[key]
        elif isinstance(container, dict):
            container[draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=6))] = draw(json_values)
        else:
            container.append(draw(json_values))
    return json.dumps(doc)


def loads_or_refuses(data):
    try:
        scenario = loads(data)
    except ScenarioError as error:
        assert str(error)  # always says something
        return
    assert loads(dumps(scenario)) == scenario  # whatever loads can be saved and read back


FUZZ = settings(max_examples=1500, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(edited_files())
def test_edited_files_load_or_raise_scenario_error(text):
    loads_or_refuses(text)


@FUZZ
@given(st.integers(0, len(VALID_BYTES)))
def test_truncated_files_load_or_raise_scenario_error(length):
    loads_or_refuses(VALID_BYTES[:length])


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID_BYTES) - 1), st.integers(0, 255)),
                min_size=1, max_size=4))
def test_files_with_flipped_bytes_load_or_raise_scenario_error(flips):
    data = bytearray(VALID_BYTES)
    for position, byte in flips:
        data[position] = byte
    loads_or_refuses(bytes(data))


def test_the_readmes_example_file_loads():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Lessons and files", 1)[1].split("```json", 1)[1].split("```")[0]
    scenario = loads(example)
    assert scenario.title == "An AND gate" and scenario.answer_neuron().bias == -0.75


def test_texts_in_other_languages_fall_back_to_english():
    scenario = Scenario(Neuron([1.0], [1.0]), title="AND", task="Do it.", question="Why?",
                        translations={"de": {"title": "UND", "task": "Mach es."}})
    assert scenario.texts("de") == ("UND", "Mach es.", "Why?")
    assert scenario.texts("es") == ("AND", "Do it.", "Why?")
    assert loads(dumps(scenario)).translations == {"de": {"title": "UND", "task": "Mach es."}}


@pytest.mark.parametrize(
    "translations, message",
    [
        ({"deutsch": {"title": "x"}}, r'translations: "deutsch" is not a two-letter language code'),
        ({"de": {"hint": "x"}}, r"translations\.de\.hint: unknown field"),
        ({"de": {"title": 3}}, r"translations\.de\.title: expected a string, got the number 3"),
        (["de"], r"translations: expected an object of languages"),
    ],
)
def test_bad_translations_are_refused_naming_the_place(translations, message):
    with pytest.raises(ScenarioError, match=message):
        Scenario(Neuron([1.0], [1.0]), translations=translations)


def test_training_is_on_unless_the_file_turns_it_off():
    on = loads(document(training=True))
    assert on.training and "training" not in dumps(on)  # the usual case, written without it
    off = loads(document(training=False))
    assert not off.training and '"training": false' in dumps(off)
    assert loads(document(training=False, dataset=...)).training is False  # points or none


def test_a_question_in_any_language_counts():
    assert FULL.asks_a_question()
    elsewhere = loads(document(question=..., translations={"de": {"question": "Warum?"}}))
    assert elsewhere.asks_a_question()
    assert not loads(document(question=...)).asks_a_question()
