"""Command-line options. Parsed before Qt starts, so --help, --version and a bad value answer at
once, with one line and exit status 2, even where no display is available."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from . import __version__
from .core import ACTIVATIONS, Neuron
from .core.formula import MINUS
from .core.scenario import ScenarioError, load as load_scenario
from .gui.model import DEFAULT_NEURON
from .gui.i18n import LANGUAGE_NAMES
from .gui.theme import THEMES

# Options whose value may begin with a minus, which argparse would take for another option; and
# --size, whose "-1280x800" then gets its own message rather than "expected one argument".
_NUMBER_OPTIONS = ("--inputs", "--weights", "--bias", "--size")
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*$")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")

    def file_error(self, message: str) -> None:
        """A problem inside a file: the options' help says nothing about what a file holds."""
        self.exit(2, f"{self.prog}: error: {message}\n")


def _float(text: str) -> float:
    """A number as the window shows it too: a real minus sign is a minus. Python's "1_000"
    is no number a student writes."""
    if "_" in text:
        raise ValueError(text)
    return float(text.strip().replace(MINUS, "-"))


def _number_list(text: str) -> list[float]:
    try:
        return [_float(p) for p in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a comma-separated list of numbers such as 1,-0.5,2") from None


def _number(text: str) -> float:
    try:
        return _float(text)
    except ValueError:
        hint = ": write decimals with a point, as 0.5" if "," in text else ""
        raise argparse.ArgumentTypeError(f"{text!r} is not a number such as -0.5{hint}") from None


def _size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1280x800")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 to 7680x4320")
    return width, height


def _png_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(f"{text!r} does not end in .png")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder of {text!r} does not exist")
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="neuron-gui",
        description="See how one artificial neuron turns inputs, weights and a bias into an output.",
        epilog="Example: neuron-gui --inputs 1,2 --weights 0.5,-1 --bias 0.1 --activation relu",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--inputs", type=_number_list, metavar="X1,X2,...",
                        help="the input values x_i, separated by commas")
    parser.add_argument("--weights", type=_number_list, metavar="W1,W2,...",
                        help="one weight w_i per input, separated by commas")
    parser.add_argument("--bias", type=_number, metavar="B", help="the bias b")
    parser.add_argument("--activation", type=str.lower, choices=list(ACTIVATIONS),
                        help="the activation function (ReLU and relu alike)")
    parser.add_argument("--language", type=str.lower, choices=sorted(LANGUAGE_NAMES),
                        help="the language for this run (default: as last chosen, or the system's)")
    parser.add_argument("--projector", action="store_true",
                        help="start in projector mode: everything larger, 1.75 times on a "
                        "screen 1080 pixels tall and in proportion on others")
    parser.add_argument("--theme", type=str.lower, choices=THEMES,
                        help="colours for this run (default: as last chosen in the View menu)")
    parser.add_argument("--screenshot", type=_png_path, metavar="FILE.png",
                        help="draw the window without showing it, save it as a PNG and quit")
    parser.add_argument("--size", type=_size, metavar="WxH",
                        help="the window's size (for --screenshot, the picture's; default "
                        "1280x800 there)")
    parser.add_argument("file", nargs="?", metavar="FILE.neuron.json",
                        help="a scenario or lesson to open; the options above change its neuron")
    return parser


def _join_negative_values(argv: list[str]) -> list[str]:
    """Let ``--weights -1,2`` mean ``--weights=-1,2``; argparse would take -1,2 for an option,
    and say of ``--bias -inf`` only that the bias is missing."""
    joined: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _NUMBER_OPTIONS and i + 1 < len(argv) and re.match(r"^-[^-]", argv[i + 1]):
            joined.append(f"{arg}={argv[i + 1]}")
            i += 2
            continue
        joined.append(arg)
        i += 1
    return joined


def neuron_from_args(args: argparse.Namespace, base: Neuron = DEFAULT_NEURON) -> Neuron:
    """The starting neuron: ``base`` (the defaults, or a file's), changed by the options given.
    Only what is named changes: ``--inputs`` alone keeps the weights, and the reverse. Where the
    new list is longer, the other gets zeros, as for an input added in the window."""
    inputs = base.inputs if args.inputs is None else tuple(args.inputs)
    weights = base.weights if args.weights is None else tuple(args.weights)
    size = len(inputs if args.inputs is not None else weights)
    return Neuron(
        inputs=_sized(inputs, size),
        weights=_sized(weights, size),
        bias=base.bias if args.bias is None else args.bias,
        activation=args.activation or base.activation,
        params=base.params if args.activation in (None, base.activation) else {},
    )


def _sized(values: tuple[float, ...], size: int) -> tuple[float, ...]:
    return values[:size] + (0.0,) * (size - len(values))


def parse(argv: list[str] | None = None) -> tuple[argparse.Namespace, Neuron]:
    """The options and the neuron they describe; on a bad value, one line on stderr and exit 2.

    A file that cannot be read ends a --screenshot the same way. Otherwise the window opens
    without it and says why, in its own language (``args.file_unread``): started from a shortcut,
    nobody would see a line on stderr, only a window that never came."""
    parser = build_parser()
    args = parser.parse_args(_join_negative_values(list(sys.argv[1:] if argv is None else argv)))
    args.scenario = None  # the file's scenario, read before Qt starts so a bad file fails fast
    args.file_unread = False
    if args.file is not None:
        try:
            args.scenario = load_scenario(args.file)
        except ScenarioError as error:
            if args.screenshot is not None:
                parser.file_error(f"{args.file}: {error}")
            sys.stderr.write(f"{parser.prog}: could not open {args.file}: {error}\n")
            args.file_unread = True
    if args.inputs is not None and args.weights is not None and (
            len(args.inputs) != len(args.weights)):
        # "--inputs 0,5" is two inputs, 0 and 5, to the parser; a student may have meant 0.5
        parser.error(f"--inputs and --weights differ in length ({len(args.inputs)} and "
                     f"{len(args.weights)} values): give one weight per input, and write "
                     "decimals with a point, as 0.5 (a comma separates values)")
    try:
        neuron = neuron_from_args(args, DEFAULT_NEURON if args.scenario is None
                                  else args.scenario.neuron)
    except ValueError as error:
        parser.error(str(error))
    return args, neuron
