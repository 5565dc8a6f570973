"""How fast neuron_gui answers, against the floor of its own stack and against matplotlib.

Run by ``make bench``. Prints one JSON document; every figure comes from this one run:

- start: from just before a child Python is spawned to its first painted window, for the real
  app (its own ``main``) and for a bare pyqtgraph PlotWidget;
- edit.app: one model edit until the readout and the plot have really been painted again;
- edit.app_every_view: the same with the slope and tangent, every activation compared and the
  contribution bars all shown;
- edit.floor: a bare PlotWidget moving one marker, the least this stack can do per edit;
- edit.matplotlib: the same curve and marker redrawn by matplotlib's Agg canvas;
- ratios, targets, and peak memory.

All of it runs on Qt's offscreen platform: no display is needed, and what is timed is our
drawing, not a compositor's. Start-ups and edits are measured in alternating rounds so that the
machine's noise falls on the app and on its floors alike.

``python benchmarks/latency.py --profile`` prints where the app's edit time goes instead.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone

# Before Qt is first imported; the children inherit it.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

ROUNDS = 10
STARTS_PER_ROUND = 2  # of each kind: 20 app and 20 bare start-ups in all
EDITS_PER_ROUND = 200  # of each subject: 2,000 edits each in all
WARM_UP_STARTS = 1  # of each kind, before the first round: fills the file cache
WARM_UP_EDITS = 200  # of each subject: first paints, caches and imports are not an edit's cost
START_TIMEOUT_S = 60
PAINT_TIMEOUT_NS = 1_000_000_000  # an edit not painted within this counts as not painted

APP_SIZE = (1280, 800)
FLOOR_SIZE = (800, 600)
X_RANGE = (-6.0, 6.0)  # the app's default view
Y_RANGE = (-0.2, 1.2)
MARKER_SIZE = 13  # as the app's

TARGETS = {
    "start_app_over_bare_max": 1.3,
    "edit_app_over_floor_median_max": 2.0,
    "edit_matplotlib_over_app_median_min": 5.0,
    "edit_app_p99_ms_max": 8.0,
}


# Values -----------------------------------------------------------------------------------------

def edit_values(start: int, count: int) -> list[float]:
    """Values with two decimals, as a slider gives them, never the same twice in a row (the
    model ignores an unchanged value) and all inside the default view, so the view never scrolls."""
    return [((i * 37) % 601 - 300) / 100 for i in range(start, start + count)]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def summary(times_ns: list[int]) -> dict:
    ms = sorted(t / 1e6 for t in times_ns)
    p99 = ms[max(0, math.ceil(0.99 * len(ms)) - 1)]  # nearest rank: a time some edit really took
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 3), "p99_ms": round(p99, 3),
            "min_ms": round(ms[0], 3), "max_ms": round(ms[-1], 3)}


class Stopwatch:
    """Wall time, which the targets are about, and beside it this thread's CPU time: on a shared
    machine, wall time far above CPU time is time spent waiting for a core, not time our code
    took."""

    def __init__(self) -> None:
        self._wall = time.perf_counter_ns()
        self._cpu = time.thread_time_ns()

    def wall_ns(self) -> int:
        return time.perf_counter_ns() - self._wall

    def read(self) -> tuple[int, int]:
        return self.wall_ns(), time.thread_time_ns() - self._cpu


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (2**20 if sys.platform == "darwin" else 2**10), 1)  # bytes there, KiB here


def child_peak_rss_mb() -> float | None:
    """Like peak_rss_mb, but true in a child of a large process: on Linux, exec carries the
    high-water mark of the memory it replaced (the parent's, here) into ru_maxrss, while
    VmHWM counts only this program's own pages."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 2**10, 1)
    except OSError:
        pass
    return peak_rss_mb()


def isolate_settings(folder: str) -> None:
    """Empty settings of our own: a user's saved zoom, language or window size must not change
    what is measured, and nothing measured here is written into theirs."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


# (a) Start-up, in a child process ----------------------------------------------------------------

class FirstFrame(QObject):
    """Says "painted <peak RSS in MB>" on stdout once the window's first frame is drawn, then ends
    the process.

    The first Paint event in the window starts that frame; the report waits for the event loop to
    come back (a zero timer), so by then every widget of the frame, the plot included, is drawn.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._seen = False
        for widget in (window, *window.findChildren(QWidget)):
            widget.installEventFilter(self)  # a PlotWidget paints only its viewport, a child

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print("painted", child_peak_rss_mb(), flush=True)
        os._exit(0)  # tearing down is no part of start-up, and closing would save settings


def run_app_child() -> int:
    """The app's own ``main``, untouched, except that the window it makes is watched."""
    import neuron_gui.app as app_module

    make_window = app_module.create_window

    def create_watched_window(*args, **kwargs):
        window = make_window(*args, **kwargs)
        FirstFrame(window)
        return window

    app_module.create_window = create_watched_window
    return app_module.main([])


def run_bare_child() -> int:
    app = QApplication([sys.argv[0]])
    window = pg.PlotWidget()
    FirstFrame(window)
    window.show()
    return app.exec()


def time_start(kind: str, settings: str) -> tuple[int, float | None]:
    """Nanoseconds from just before the child is spawned to its report, and its peak RSS."""
    command = [sys.executable, os.path.abspath(__file__), "--child", kind, settings]
    start = time.perf_counter_ns()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(START_TIMEOUT_S, child.kill)  # a child that never paints
    watchdog.start()
    line = child.stdout.readline()
    elapsed = time.perf_counter_ns() - start
    _, errors = child.communicate()
    watchdog.cancel()
    word, _, rss = line.strip().partition(" ")
    if word != "painted":
        raise RuntimeError(f"the {kind} child painted nothing (exit {child.returncode}): "
                           f"{errors.strip()[-2000:]}")
    return elapsed, None if rss == "None" else float(rss)


# (b, c) Edits that must reach the screen ---------------------------------------------------------

class PaintCounter(QObject):
    """Counts the Paint events one widget receives: proof that an edit was really drawn."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class QtSubject:
    """A shown window, how a value is pushed into it, and the widgets whose repaint shows it."""

    def __init__(self, window: QWidget, push, watched: list[QWidget]) -> None:
        self.window = window  # kept alive as long as it is measured
        self.push = push
        self.counters = [PaintCounter(widget) for widget in watched]

    def _unpainted(self, before: list[int]) -> bool:
        return any(c.count == b for c, b in zip(self.counters, before))

    def edit(self, value: float) -> tuple[tuple[int, int], bool]:
        """Wall and CPU nanoseconds from the push until every watched widget has painted, and
        whether they all did."""
        app = QApplication.instance()
        before = [c.count for c in self.counters]
        clock = Stopwatch()
        self.push(value)
        # Scene changes and widget updates arrive as posted events; deliver them until the paint.
        while self._unpainted(before) and clock.wall_ns() < PAINT_TIMEOUT_NS:
            app.processEvents()
        return clock.read(), not self._unpainted(before)

    def settle(self) -> None:
        """Wait for the first paint after show(), so that no edit pays for it."""
        app = QApplication.instance()
        deadline = time.perf_counter_ns() + 10 * PAINT_TIMEOUT_NS
        while any(c.count == 0 for c in self.counters) and time.perf_counter_ns() < deadline:
            app.processEvents()


def app_subject(every_view: bool = False) -> QtSubject:
    """The real window, made as ``main`` makes it; edits go through the model's own setter.
    With ``every_view``, also the slope and tangent, every activation compared, and the
    contribution bars: the most an edit can have to redraw in the main window."""
    from neuron_gui.app import create_application, create_window
    from neuron_gui.cli import parse
    from neuron_gui.core import ACTIVATIONS

    _, neuron = parse([])
    create_application()
    window = create_window(neuron)
    window.resize(*APP_SIZE)
    window.show()
    plot = window.activation_plot.plot_widget
    watched = [window.readout.sum_label, window.readout.output_label, plot.viewport()]
    if every_view:
        window.slope_action.setChecked(True)
        window.bars_action.setChecked(True)
        window.activation_plot.set_compared(ACTIVATIONS)
        watched.append(window.contribution_bars.plot_widget.viewport())
    return QtSubject(window, lambda v: window.model.set_weight(0, v), watched)


def floor_subject() -> QtSubject:
    """A PlotWidget with the same curve in a fixed view, moving one marker: nothing else."""
    widget = pg.PlotWidget()
    z = np.linspace(*X_RANGE, 801)
    widget.plot(z, sigmoid(z))
    marker = pg.ScatterPlotItem(size=MARKER_SIZE)
    widget.addItem(marker)
    widget.getViewBox().disableAutoRange()  # else every setData would fit the view again
    widget.setXRange(*X_RANGE, padding=0.0)
    widget.setYRange(*Y_RANGE, padding=0.0)
    widget.resize(*FLOOR_SIZE)
    widget.show()
    return QtSubject(widget, lambda v: marker.setData([v], [sigmoid(v)]), [widget.viewport()])


# (d) The same picture in matplotlib --------------------------------------------------------------

class MatplotlibSubject:
    """The curve and one marker on an Agg canvas of the floor's size, redrawn in full per edit,
    as a notebook does; a draw_event per edit proves the canvas was really drawn."""

    def __init__(self) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(FLOOR_SIZE[0] / 100, FLOOR_SIZE[1] / 100), dpi=100)
        self.canvas = FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        z = np.linspace(*X_RANGE, 801)
        axes.plot(z, sigmoid(z))
        # matplotlib sizes markers in points: at 100 dpi, 13 px are 13 * 72 / 100 points
        (self.marker,) = axes.plot([0.0], [0.5], "o", markersize=MARKER_SIZE * 72 / 100)
        axes.set_xlim(*X_RANGE)
        axes.set_ylim(*Y_RANGE)
        self.draws = 0
        self.canvas.mpl_connect("draw_event", self._count)

    def _count(self, _event) -> None:
        self.draws += 1

    def edit(self, value: float) -> tuple[tuple[int, int], bool]:
        before = self.draws
        clock = Stopwatch()
        self.marker.set_data([value], [float(sigmoid(value))])
        self.canvas.draw()
        return clock.read(), self.draws > before

    def settle(self) -> None:
        self.canvas.draw()


# The run -----------------------------------------------------------------------------------------

class Series:
    """The times of one subject's recorded edits, and how many of them were really painted."""

    def __init__(self) -> None:
        self.wall: list[int] = []
        self.cpu: list[int] = []
        self.painted = 0

    def run(self, subject, values: list[float], record: bool = True) -> None:
        for value in values:
            (wall, cpu), painted = subject.edit(value)
            if record:
                self.wall.append(wall)
                self.cpu.append(cpu)
                self.painted += painted

    def summary(self) -> dict:
        cpu = summary(self.cpu)
        return {**summary(self.wall), "cpu_median_ms": cpu["median_ms"],
                "cpu_p99_ms": cpu["p99_ms"], "painted": self.painted}


def rotated(items: list, by: int) -> list:
    """The same items, starting one further along each round: no subject always goes first."""
    by %= len(items)
    return items[by:] + items[:by]


def compile_app() -> None:
    """Bytecode for the app's own modules before any start is timed, as every installed copy has
    it: pip compiles a package as it installs it, and the bundle holds bytecode only. A checkout
    installed in editable mode and run with PYTHONDONTWRITEBYTECODE set would otherwise compile
    every module from source at every start, which no user's start-up does (pyqtgraph, which the
    bare window imports too, is already compiled by pip)."""
    import compileall

    import neuron_gui

    compileall.compile_dir(os.path.dirname(neuron_gui.__file__), quiet=1)


def measure(settings: str) -> dict:
    load_before = load_average()
    starts = {"app": [], "bare": []}
    child_rss = {"app": [], "bare": []}
    compile_app()
    for kind in starts:
        for _ in range(WARM_UP_STARTS):
            time_start(kind, settings)

    subjects = {"app": app_subject(), "app_every_view": app_subject(every_view=True),
                "floor": floor_subject(), "matplotlib": MatplotlibSubject()}
    series = {name: Series() for name in subjects}
    for name, subject in subjects.items():
        subject.settle()
        series[name].run(subject, edit_values(0, WARM_UP_EDITS), record=False)

    for round_number in range(ROUNDS):
        for _ in range(STARTS_PER_ROUND):
            for kind in rotated(list(starts), round_number):
                elapsed, rss = time_start(kind, settings)
                starts[kind].append(elapsed)
                child_rss[kind].append(rss)
        first = WARM_UP_EDITS + round_number * EDITS_PER_ROUND
        for name in rotated(list(subjects), round_number):
            series[name].run(subjects[name], edit_values(first, EDITS_PER_ROUND))

    return {"load_before": load_before, "starts": starts, "child_rss": child_rss, "series": series}


def versions() -> dict:
    import matplotlib
    import PySide6
    from PySide6.QtCore import qVersion

    return {"python": platform.python_version(), "pyside6": PySide6.__version__, "qt": qVersion(),
            "pyqtgraph": pg.__version__, "numpy": np.__version__,
            "matplotlib": matplotlib.__version__}


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_average() -> float | None:
    """The machine's 1-minute load: other work on it shows here, and in the p99s."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # Windows
        return None


def machine(load_before: float | None) -> dict:
    return {"platform": platform.platform(), "cpu": cpu_name(), "cpu_count": os.cpu_count(),
            "load_average_1min": {"before": load_before, "after": load_average()},
            "qt_platform": os.environ["QT_QPA_PLATFORM"], **versions()}


def judged(start: dict, edit: dict) -> tuple[dict, dict]:
    """The ratios, and for each target whether it was met."""
    app, floor, mpl = (edit[name]["median_ms"] for name in ("app", "floor", "matplotlib"))
    ratios = {
        "start_app_over_bare": start["app"]["median_ms"] / start["bare"]["median_ms"],
        "edit_app_over_floor_median": app / floor,
        "edit_matplotlib_over_app_median": mpl / app,
        "edit_every_view_over_floor_median": edit["app_every_view"]["median_ms"] / floor,
    }
    met = {
        "start_app_over_bare": ratios["start_app_over_bare"] <= TARGETS["start_app_over_bare_max"],
        "edit_app_over_floor_median":
            ratios["edit_app_over_floor_median"] <= TARGETS["edit_app_over_floor_median_max"],
        "edit_matplotlib_over_app_median":
            ratios["edit_matplotlib_over_app_median"]
            >= TARGETS["edit_matplotlib_over_app_median_min"],
        "edit_app_p99": edit["app"]["p99_ms"] <= TARGETS["edit_app_p99_ms_max"],
        "edit_every_view_over_floor_median":
            ratios["edit_every_view_over_floor_median"]
            <= TARGETS["edit_app_over_floor_median_max"],
        "edit_every_view_p99": edit["app_every_view"]["p99_ms"] <= TARGETS["edit_app_p99_ms_max"],
    }
    return {key: round(value, 3) for key, value in ratios.items()}, met


def report(results: dict, seconds: float) -> dict:
    start = {kind: summary(times) for kind, times in results["starts"].items()}
    edit = {name: series.summary() for name, series in results["series"].items()}
    edit["app"]["window"] = edit["app_every_view"]["window"] = "x".join(map(str, APP_SIZE))
    edit["floor"]["window"] = edit["matplotlib"]["window"] = "x".join(map(str, FLOOR_SIZE))
    ratios, met = judged(start, edit)
    child_rss = {kind: [r for r in rss if r is not None]
                 for kind, rss in results["child_rss"].items()}
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(results["load_before"]),
        "start_to_first_paint": start,
        "edit_to_repaint": edit,
        "every_edit_painted": all(e["painted"] == e["n"] for e in edit.values()),
        "ratios": ratios,
        "targets": TARGETS,
        "targets_met": met,
        "peak_rss_mb": {
            "benchmark_process": peak_rss_mb(),
            **{f"{kind}_child_at_first_paint_median": statistics.median(rss) if rss else None
               for kind, rss in child_rss.items()},
        },
        "duration_s": round(seconds, 1),
    }


def profile(settings: str) -> None:
    """Where the app's edit time goes: 2,000 edits under cProfile, the top functions by own time."""
    import cProfile
    import pstats

    isolate_settings(settings)
    subject = app_subject()
    subject.settle()
    Series().run(subject, edit_values(0, WARM_UP_EDITS), record=False)
    profiler = cProfile.Profile()
    profiler.runcall(Series().run, subject, edit_values(WARM_UP_EDITS, ROUNDS * EDITS_PER_ROUND))
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(25)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        kind, settings = argv[1:3]
        isolate_settings(settings)
        return run_app_child() if kind == "app" else run_bare_child()
    with tempfile.TemporaryDirectory(prefix="neuron-gui-bench-") as settings:
        if argv[:1] == ["--profile"]:
            profile(settings)
            return 0
        isolate_settings(settings)
        began = time.perf_counter()
        results = measure(settings)
        document = report(results, time.perf_counter() - began)
    print(json.dumps(document, indent=2))
    return 0 if document["every_edit_painted"] else 1  # figures without the paints mean nothing


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
