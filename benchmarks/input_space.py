"""What the input space costs each edit: edit → repaint with the "Input space and learning" dock
shown, against the same window with the dock hidden, measured in one run.

Prints one JSON document. An edit is timed as ``latency.py`` times it: a model edit, then events
delivered until every watched widget has received a Paint event. Both wall-clock time and this
process's CPU time are reported; on a shared machine the CPU time is the steadier of the two.

Real windows are made as ``main`` makes them and edited in alternating rounds, so the machine's
noise falls on all of them alike. For each window size (the app's 1280×800 and 1920×1080):

- hidden / visible: the app's starting neuron (sigmoid), dock hidden or shown;
- hidden_gelu / visible_gelu: GELU, the activation slowest to compute over the grid.

And the input space alone, in a window of its own (sigmoid and GELU): what the view itself costs,
apart from the rest of the window, whose own cost changes with how much room the dock leaves it.

With the dock shown, the AND points are loaded and the input space's plot is watched too, so each
edit there includes the GRID × GRID output image computed again, the line moved, the points on
the wrong side ringed, and the plot repainted. visible_200_points shows as many points as a student
can click in (scattered over the unit square, the classes alternating), so the line crosses some
of them with most edits and their rings are drawn again.

    python benchmarks/input_space.py [--sizes 1280x800,1920x1080]
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is first imported

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# The same edits and the same proof of painting as the main benchmark beside this file.
from latency import PaintCounter, edit_values  # noqa: E402

from neuron_gui.core.datasets import MAX_POINTS  # noqa: E402

ROUNDS = 10
EDITS_PER_ROUND = 200  # of each window: 2,000 edits each in all
WARM_UP_EDITS = 200  # first paints, caches and imports are not an edit's cost
PAINT_TIMEOUT_NS = 1_000_000_000
SIZES = ((1280, 800), (1920, 1080))
ALONE_SIZE = (600, 450)  # about the input space's size in the dock at 1920×1080
BUDGET_P99_MS = 8.0  # latency.py's target for one edit of the app: edit_app_p99_ms_max


class Subject:
    """One shown window, its edit, the widgets whose repaint shows it, and the times taken."""

    def __init__(self, activation: str, where: str, size: tuple[int, int],
                 points: int = 0) -> None:
        """``where``: "hidden" or "visible" (the dock in the app's window), or "alone";
        ``points``: that many scattered points instead of AND's four."""
        from neuron_gui.app import create_application, create_window
        from neuron_gui.cli import parse
        from neuron_gui.core import load_dataset
        from neuron_gui.gui.input_space import InputSpace
        from neuron_gui.gui.model import NeuronModel

        _, neuron = parse(["--activation", activation])
        create_application()
        if where == "alone":
            self.model = NeuronModel(neuron)
            self.window = InputSpace(self.model)
            self.window.set_points(*load_dataset("and"))
            watched = []
        else:
            self.window = create_window(neuron)
            self.model = self.window.model
            readout = self.window.readout
            watched = [readout.sum_label, readout.output_label,
                       self.window.activation_plot.plot_widget.viewport()]
        self.window.resize(*size)
        self.window.show()
        if where == "visible":
            self.window.learning_action.trigger()
            dock = self.window.learning_dock
            dock.learning_panel.set_dataset("and")  # ring the points on the wrong side too
            if points:  # as a file of one's own points brings them
                scattered = np.random.default_rng(1).uniform(-0.25, 1.25, (points, 2))
                dock.learning_panel.show_scenario_dataset(
                    {"points": scattered.tolist(), "labels": [i % 2 for i in range(points)]})
        if where != "hidden":
            space = self.window if where == "alone" else self.window.learning_dock.input_space
            watched.append(space.plot_widget.viewport())
        self.counters = [PaintCounter(widget) for widget in watched]
        self.wall: list[int] = []
        self.cpu: list[int] = []
        self.painted = 0

    def _unpainted(self, before: list[int]) -> bool:
        return any(c.count == b for c, b in zip(self.counters, before))

    def settle(self) -> None:
        app = QApplication.instance()
        deadline = time.perf_counter_ns() + 10 * PAINT_TIMEOUT_NS
        while any(c.count == 0 for c in self.counters) and time.perf_counter_ns() < deadline:
            app.processEvents()

    def run(self, values: list[float], record: bool = True) -> None:
        app = QApplication.instance()
        for value in values:
            before = [c.count for c in self.counters]
            start, start_cpu = time.perf_counter_ns(), time.process_time_ns()
            self.model.set_weight(0, value)
            while self._unpainted(before) and time.perf_counter_ns() - start < PAINT_TIMEOUT_NS:
                app.processEvents()
            if record:
                self.wall.append(time.perf_counter_ns() - start)
                self.cpu.append(time.process_time_ns() - start_cpu)
                self.painted += not self._unpainted(before)

    def summary(self) -> dict:
        wall, cpu = _summary(self.wall), _summary(self.cpu)
        return {**wall, "cpu_median_ms": cpu["median_ms"], "cpu_p99_ms": cpu["p99_ms"],
                "painted": self.painted}


def _summary(times_ns: list[int]) -> dict:
    ms = sorted(t / 1e6 for t in times_ns)
    p99 = ms[max(0, math.ceil(0.99 * len(ms)) - 1)]  # nearest rank: a time some edit really took
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 3), "p99_ms": round(p99, 3),
            "min_ms": round(ms[0], 3), "max_ms": round(ms[-1], 3)}


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # Windows
        return None


KINDS = {"hidden": ("sigmoid", "hidden", 0), "visible": ("sigmoid", "visible", 0),
         "hidden_gelu": ("gelu", "hidden", 0), "visible_gelu": ("gelu", "visible", 0),
         "visible_200_points": ("sigmoid", "visible", MAX_POINTS)}
ALONE = f"input_space_alone_{ALONE_SIZE[0]}x{ALONE_SIZE[1]}"


def _size_name(size: tuple[int, int]) -> str:
    return "x".join(map(str, size))


def measure(sizes) -> dict:
    import pyqtgraph as pg
    import PySide6

    from neuron_gui.gui.input_space import GRID

    load_before = _load()
    subjects = {(_size_name(size), kind): Subject(activation, where, size, points)
                for size in sizes for kind, (activation, where, points) in KINDS.items()}
    for activation in ("sigmoid", "gelu"):
        subjects[ALONE, activation] = Subject(activation, "alone", ALONE_SIZE)
    for subject in subjects.values():
        subject.settle()
        subject.run(edit_values(0, WARM_UP_EDITS), record=False)
    began = time.perf_counter()
    names = list(subjects)  # every window of every size, in one rotation
    for round_number in range(ROUNDS):
        first = WARM_UP_EDITS + round_number * EDITS_PER_ROUND
        by = round_number % len(names)  # no window always goes first
        for name in names[by:] + names[:by]:
            subjects[name].run(edit_values(first, EDITS_PER_ROUND))
    edit = {size: {kind: subjects[size, kind].summary() for kind in KINDS}
            for size in map(_size_name, sizes)}
    alone = {activation: subjects[ALONE, activation].summary()
             for activation in ("sigmoid", "gelu")}

    def added(size: str, figure: str, suffix: str) -> float:
        return round(edit[size]["visible" + suffix][figure] - edit[size]["hidden" + suffix][figure],
                     3)

    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                    "load_average_1min": {"before": load_before, "after": _load()},
                    "python": platform.python_version(), "pyside6": PySide6.__version__,
                    "pyqtgraph": pg.__version__, "qt_platform": os.environ["QT_QPA_PLATFORM"]},
        "grid": f"{GRID}x{GRID}",
        "edit_to_repaint": edit,
        "added_by_the_view_median_ms": {
            size: {activation: {"wall": added(size, "median_ms", suffix),
                                "cpu": added(size, "cpu_median_ms", suffix)}
                   for activation, suffix in (("sigmoid", ""), ("gelu", "_gelu"))}
            for size in edit},
        ALONE: alone,
        "budget_p99_ms": BUDGET_P99_MS,
        "p99_within_budget": {
            size: {kind: e["p99_ms"] <= BUDGET_P99_MS for kind, e in kinds.items()}
            for size, kinds in {**edit, ALONE: alone}.items()},
        "every_edit_painted": all(e["painted"] == e["n"] for kinds in (*edit.values(), alone)
                                  for e in kinds.values()),
        "duration_s": round(time.perf_counter() - began, 1),
    }


def main(argv: list[str]) -> int:
    sizes = SIZES
    if argv[:1] == ["--sizes"] and len(argv) == 2:
        sizes = [tuple(int(n) for n in size.split("x")) for size in argv[1].split(",")]
    elif argv:
        sys.stderr.write("usage: input_space.py [--sizes WxH,WxH]\n")
        return 2
    with tempfile.TemporaryDirectory(prefix="neuron-gui-bench-") as settings:
        # Empty settings of our own: a saved zoom or window size must not change what is timed.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        document = measure(sizes)
    print(json.dumps(document, indent=2))
    return 0 if document["every_edit_painted"] else 1  # figures without the paints mean nothing


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
