"""Starting the application: options, the Qt application object, the window, screenshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import APP_NAME, ORGANISATION, __version__
from .cli import parse
from .memory import keep_freed_memory


SETTLE_ROUNDS = 5
DEFAULT_PICTURE_SIZE = (1280, 800)  # a --screenshot's, as a common classroom projector

# Messages the offscreen platform prints for every window; they say nothing to a user.
_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def main(argv: list[str] | None = None) -> int:
    args, neuron = parse(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A screenshot shows the window as a new user first sees it, whatever this user chose.
        _use_empty_settings()
    app = create_application()
    window = create_window(neuron, args.scenario, args.file)
    if args.file is None and args.screenshot is None and not _neuron_options_given(args):
        window.scenario_files.reopen_last()  # carry on where the last session stopped
    apply_view_options(window, args)
    if args.screenshot is not None:
        return save_screenshot(app, window, args.screenshot, args.size or DEFAULT_PICTURE_SIZE)
    from .gui.crash_reporter import CrashReporter

    reporter = CrashReporter(window)
    reporter.install()  # from here on an unexpected error is shown and logged, not fatal
    show_window(window, args)
    return app.exec()


def show_window(window, args) -> None:
    """Show the window; a file given that could not be read is opened once more through it, so
    that the window says why, as File > Open would."""
    window.show()
    if args.file_unread:
        window.scenario_files.open_path(args.file)


def apply_view_options(window, args) -> None:
    """The command line's theme, language, projector mode and size. They hold for this run
    only: what a user chose in the menus stays as it was."""
    if args.theme is not None:
        window.view_options.set_theme(args.theme, remember=False)
    if args.language is not None:
        window.view_options.set_language(args.language, remember=False)
    if args.projector:
        window.view_options.set_presentation(True, remember=False)
    if args.size is not None:
        window.resize(*args.size)


def _neuron_options_given(args) -> bool:
    return any(value is not None for value in (args.inputs, args.weights, args.bias,
                                                args.activation))


def _use_empty_settings() -> None:
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="neuron-gui-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def create_application(theme: str | None = None):
    """The QApplication, or a short message and exit 1 when no window can be opened."""
    from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from .gui.theme import apply_theme, use_fusion

    app = QApplication.instance()
    if app is None:
        keep_freed_memory()  # each edit's arrays reuse the last edit's memory
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        said: list[str] = []

        def on_qt_message(kind, _context, message: str) -> None:
            if kind == QtMsgType.QtFatalMsg:
                sys.stderr.write(_no_window_hint(said))
                sys.stderr.flush()
                os._exit(1)  # Qt aborts after a fatal message; leave with a message instead
            if any(noise in message for noise in _QT_NOISE):
                return
            if app_started:
                sys.stderr.write(message + "\n")
            else:
                said.append(message)  # kept for the hint above, printed once Qt has started

        app_started = False
        qInstallMessageHandler(on_qt_message)
        app = QApplication([sys.argv[0] if sys.argv else "neuron-gui"])
        app_started = True
        for message in said:  # nothing went wrong: pass on what Qt said while starting
            sys.stderr.write(message + "\n")
    if theme is not None:
        apply_theme(app, theme)
    else:
        use_fusion(app)  # the same look on every system; the window sets the palette
    return app


def _no_window_hint(qt_messages: list[str]) -> str:
    lines = ["neuron-gui: error: could not open a window."]
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and platform in ("", "xcb"):
        if no_display:
            lines.append("  No display was found (DISPLAY is not set). Start it from a desktop "
                         "session, or use --screenshot FILE.png to draw it without a screen.")
        missing = _missing_xcb_libraries()
        if missing:
            lines.append("  These system libraries are missing: " + ", ".join(missing) + ".")
            lines.append("  On Debian or Ubuntu: sudo apt-get install libxcb-cursor0 "
                         "libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0")
    if not (sys.platform.startswith("linux") and no_display):
        # With a display there, what Qt said is the best clue; without one, its guesses about
        # missing libraries would only mislead.
        lines.extend(f"  Qt said: {m}" for m in qt_messages[-3:])
    return "\n".join(lines) + "\n"


def _missing_xcb_libraries() -> list[str]:
    """Libraries Qt's X11 plugin needs but cannot find, as ldd reports them."""
    try:
        import PySide6
    except ImportError:
        return []
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = shutil.which("ldd")
    if not plugin.exists() or ldd is None:
        return []
    try:
        report = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    names = [line.split("=>")[0].strip() for line in report.stdout.splitlines() if "not found" in line]
    return sorted(set(names))


def create_window(neuron, scenario=None, path=None):
    """The main window showing ``neuron``; with ``scenario`` (read from ``path``) its lesson too."""
    from .gui.main_window import MainWindow
    from .gui.model import NeuronModel

    window = MainWindow(NeuronModel(neuron))
    if scenario is not None:
        window.scenario_files.show_scenario(scenario, path)
        window.model.load(neuron)  # the file's neuron as the command-line options changed it
    return window


def save_screenshot(app, window, path: Path, size: tuple[int, int]) -> int:
    window.view_options.draw_for_screen(size[1])  # as on a screen of that size: projector mode
    window.resize(*size)
    window.show()
    # Layouts settle over a few rounds of events (the menu bar, then word-wrapped labels).
    for _ in range(SETTLE_ROUNDS):
        app.processEvents()
        app.sendPostedEvents()
    from .core.scenario import ScenarioError, write_atomically
    from .gui.export import image_bytes

    try:  # as every file the app writes: all or nothing, and a reason when it cannot
        write_atomically(path, image_bytes(window.grab().toImage()))
    except ScenarioError as error:
        sys.stderr.write(f"neuron-gui: error: {error}\n")
        return 1
    finally:
        window.close()
    return 0
