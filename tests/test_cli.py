"""The command line, run as a student or a teacher would run it: a real process each time."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

import neuron_gui


def run(*args, env=None, timeout=60):
    environment = dict(os.environ if env is None else env)
    return subprocess.run([sys.executable, "-m", "neuron_gui", *args], capture_output=True,
                          text=True, timeout=timeout, env=environment)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"neuron-gui {neuron_gui.__version__}"


def test_help_lists_the_options():
    result = run("--help")
    assert result.returncode == 0
    for option in ("--inputs", "--weights", "--bias", "--activation", "--screenshot", "--theme"):
        assert option in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["--inputs", "1,two"], "'1,two' is not a comma-separated list of numbers"),
        (["--inputs", "1,2", "--weights", "1"], "--inputs and --weights differ in length (2 "
         "and 1 values): give one weight per input, and write decimals with a point, as 0.5 (a "
         "comma separates values)"),
        (["--inputs", "1", "--weights", "0,5"], "differ in length (1 and 2 values)"),
        (["--bias", "nan"], "bias: expected a finite number, got nan"),
        (["--weights", "1e9"], "weights[0]: 1000000000 is outside the allowed range -1000 to 1000"),
        (["--bias", "1000.0001"], "bias: 1000.0001 is outside the allowed range -1000 to 1000"),
        (["--activation", "softsign"], "argument --activation: invalid choice: 'softsign'"),
        (["--screenshot", "out.jpg"], "'out.jpg' does not end in .png"),
        (["--screenshot", "no/such/folder/x.png"], "the folder of 'no/such/folder/x.png' does not exist"),
        (["--size", "huge"], "'huge' is not a size such as 1280x800"),
        (["--theme", "pink"], "invalid choice: 'pink'"),
        (["--language", "fr"], "argument --language: invalid choice: 'fr'"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--bias", "-inf"], "bias: expected a finite number, got -inf"),  # not "expected one"
        (["--bias", "0,5"], "'0,5' is not a number such as -0.5: write decimals with a point"),
        (["--bias", "1_000"], "'1_000' is not a number"),
        (["--size", "-1280x800"], "'-1280x800' is not a size such as 1280x800"),
    ],
)
def test_bad_values_give_one_line_and_exit_2(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("neuron-gui: error: ")
    assert message in lines[0]


def test_a_bad_file_ends_a_screenshot_without_sending_the_reader_to_the_options_help(tmp_path):
    path = tmp_path / "lesson.neuron.json"
    path.write_text("{", encoding="utf-8")
    result = run("--screenshot", str(tmp_path / "shot.png"), str(path))
    assert result.returncode == 2
    assert result.stderr == f"neuron-gui: error: {path}: line 1, column 2: not valid JSON " \
        "(Expecting property name enclosed in double quotes)\n"
    assert not (tmp_path / "shot.png").exists()


def test_a_bad_file_opens_the_window_which_says_why_in_its_language(window, tmp_path, capsys):
    """Started from a shortcut, a line on stderr reaches nobody: the window must say it."""
    from neuron_gui.app import apply_view_options, show_window
    from neuron_gui.cli import parse

    path = tmp_path / "lesson.neuron.json"
    path.write_text("{", encoding="utf-8")
    args, neuron = parse(["--language", "de", str(path)])
    assert args.file_unread and args.scenario is None
    assert capsys.readouterr().err.startswith(f"neuron-gui: could not open {path}: line 1")
    apply_view_options(window, args)
    show_window(window, args)
    box = window.scenario_files.message_box
    assert box.isVisible() and box.text() == "lesson.neuron.json konnte nicht geöffnet werden."
    assert box.informativeText().startswith("Zeile 1, Spalte 2")
    window.view_options.set_language("en", remember=False)


def test_a_screenshot_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path):
    folder = tmp_path / "shots.png"
    folder.mkdir()  # a folder where the picture should go
    result = run("--screenshot", str(folder))
    assert result.returncode == 1
    assert result.stderr == "neuron-gui: error: cannot save shots.png: it is a folder\n"
    assert list(folder.iterdir()) == [] and sorted(tmp_path.iterdir()) == [folder]


def test_size_sets_the_windows_size_without_a_screenshot_too(window):
    from neuron_gui.app import apply_view_options
    from neuron_gui.cli import parse

    args, _ = parse(["--size", "1000x700"])
    apply_view_options(window, args)
    assert window.size().toTuple() == (1000, 700)
    assert parse([])[0].size is None  # no size given: the window keeps the one it had


def test_an_activation_is_named_in_any_case_as_its_menu_writes_it():
    from neuron_gui.cli import parse

    assert parse(["--activation", "ReLU"])[1].activation == "relu"
    assert parse(["--activation", "GELU"])[1].activation == "gelu"


def test_options_change_only_what_they_name_in_a_file_or_the_default_neuron():
    from neuron_gui.cli import parse
    from neuron_gui.core.scenario import load
    from neuron_gui.gui.lessons import lesson_paths
    from neuron_gui.gui.model import DEFAULT_NEURON

    path = str(lesson_paths()[0])
    lesson = load(path).neuron
    neuron = parse([path, "--inputs", "0,1"])[1]
    assert neuron.inputs == (0.0, 1.0) and neuron.weights == lesson.weights
    neuron = parse([path, "--weights", "2,3"])[1]
    assert neuron.inputs == lesson.inputs and neuron.weights == (2.0, 3.0)
    assert neuron.bias == lesson.bias and neuron.activation == lesson.activation
    neuron = parse(["--inputs", "1,2,3"])[1]  # one more input: its weight 0, as Add input gives
    assert neuron.weights == DEFAULT_NEURON.weights + (0.0,)
    neuron = parse(["--weights", "4"])[1]  # one input fewer: the first input kept
    assert neuron.inputs == DEFAULT_NEURON.inputs[:1] and neuron.weights == (4.0,)


def test_a_real_minus_and_any_case_are_read_as_the_window_writes_them():
    from neuron_gui.cli import parse

    args, neuron = parse(["--bias", "\u22121.5", "--inputs", "\u22121,2", "--language", "DE",
                          "--theme", "Dark"])
    assert neuron.bias == -1.5 and neuron.inputs[0] == -1.0
    assert (args.language, args.theme) == ("de", "dark")


def test_screenshot_writes_the_window_as_png(tmp_path):
    path = tmp_path / "neuron.png"
    result = run("--screenshot", str(path), "--inputs", "1,2", "--weights", "-0.5,1", "--bias",
                 "-0.1", "--activation", "tanh", "--size", "1024x700", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1024, 700)
    # a dark window: the top-left pixel (window background) is dark, and the picture is not blank
    assert image.pixelColor(5, 5).lightnessF() < 0.3
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 20


def test_negative_values_may_follow_the_option_after_a_space(tmp_path):
    path = tmp_path / "n.png"
    result = run("--screenshot", str(path), "--weights", "-1,2", "--inputs", "-0.5,1")
    assert result.returncode == 0, result.stderr
    assert path.stat().st_size > 10_000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 start-up is Linux-only")
def test_no_display_gives_a_message_not_a_crash():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("neuron-gui: error: could not open a window.")
    assert "No display was found" in result.stderr
    assert "Aborted" not in result.stderr and "core dumped" not in result.stderr


def test_language_and_projector_options_hold_for_one_run(tmp_path):
    plain, big = tmp_path / "plain.png", tmp_path / "big.png"
    assert run("--screenshot", str(plain)).returncode == 0
    result = run("--screenshot", str(big), "--language", "de", "--projector")
    assert result.returncode == 0, result.stderr
    # Projector mode changes the picture (larger text everywhere) at the same window size.
    a, b = QImage(str(plain)), QImage(str(big))
    assert (a.width(), a.height()) == (b.width(), b.height()) and a != b
