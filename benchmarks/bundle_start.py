"""Start-up of the frozen bundle against the source: time from launching the program to its first
painted window, offscreen, the median of N runs each, in one run of this script.

    python benchmarks/bundle_start.py                       # after `make bundle`
    python benchmarks/bundle_start.py --bundle DIR --runs 15

"First painted window" is what `--screenshot` does: build the window, show it, paint it into an
image and write the PNG. The clock stops when the PNG appears, so the time to exit is not counted.
Runs alternate frozen and source so that a busy moment of the machine falls on both alike.
The budget (README, "Building"): frozen at most 1.2 times the source.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_RATIO = 1.2


def time_to_first_paint(command: list[str], png: Path, timeout: float = 60) -> float:
    png.unlink(missing_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--screenshot", str(png)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while not (png.exists() and png.stat().st_size > 0):
        if process.poll() is not None and not png.exists():
            raise SystemExit(f"bundle_start: {command[0]} failed: {process.stderr.read().decode()}")
        if time.perf_counter() - started > timeout:
            process.kill()
            raise SystemExit(f"bundle_start: {command[0]} drew nothing in {timeout:.0f} s")
        time.sleep(0.002)
    elapsed = time.perf_counter() - started
    process.wait(timeout=timeout)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "neuron-gui",
                        help="the onedir folder (default: dist/neuron-gui)")
    parser.add_argument("--runs", type=int, default=15, help="runs of each (at least 10)")
    args = parser.parse_args()
    executable = args.bundle / ("neuron-gui.exe" if sys.platform == "win32" else "neuron-gui")
    if not executable.exists():
        raise SystemExit(f"bundle_start: no {executable}; run `make bundle` first")
    commands = {"frozen": [str(executable)], "source": [sys.executable, "-m", "neuron_gui"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "window.png"
        for command in commands.values():  # once each to warm the disk cache; not counted
            time_to_first_paint(command, png)
        for _ in range(max(args.runs, 10)):
            for name, command in commands.items():
                times[name].append(time_to_first_paint(command, png))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["frozen"] / medians["source"]
    print(f"{platform.node()} {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, {len(times['source'])} runs each")
    for name, values in times.items():
        print(f"  {name:6}  median {medians[name] * 1000:6.0f} ms   "
              f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    verdict = "within" if ratio <= BUDGET_RATIO else "OVER"
    print(f"  frozen / source = {ratio:.2f}  ({verdict} the budget of {BUDGET_RATIO})")
    return 0 if ratio <= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
