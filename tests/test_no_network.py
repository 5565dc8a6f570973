"""A classroom copy must work with no network and must not try to use one.

The app's main paths (start, build the window, make edits, save a screenshot) run in a fresh
interpreter in which opening a socket raises, and afterwards no module that talks to the network
may have been imported. One exception is known and allowed: importing pyqtgraph imports
multiprocessing.connection (for its remote-process plotting, which the app never uses), and that
imports the socket module itself; the run shows that no socket is ever made.

Below the Python level, strace (where installed) watches the process for any Internet socket,
which also covers Qt's own C++ code. The frozen app gets the same checks in tests/test_bundle.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Modules that open network connections, or exist only to serve or fetch over one.
NETWORK_MODULES = {
    "ssl", "_ssl", "http.client", "http.server", "urllib.request", "ftplib", "smtplib", "poplib",
    "imaplib", "nntplib", "telnetlib", "xmlrpc.client", "xmlrpc.server", "socketserver", "asyncio",
    "webbrowser", "PySide6.QtNetwork", "PySide6.QtWebSockets",
}
# Imported, never used to make a socket: see the module docstring.
KNOWN_SOCKET_IMPORTERS = {"socket", "_socket", "selectors", "multiprocessing.connection"}

# Run in a fresh interpreter: forbid sockets first, then walk the app's main paths.
MAIN_PATHS = textwrap.dedent("""
    import json, os, sys
    attempts = []

    def forbid_network(event, args):
        if event.startswith(("socket.", "http.client.", "urllib.Request", "ftplib.", "smtplib.")):
            attempts.append(event)
            raise PermissionError(f"network use is forbidden in this test: {event}")

    sys.addaudithook(forbid_network)
    import socket

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append("socket.socket")
            raise PermissionError("socket creation is forbidden in this test")

    socket.socket = NoSocket

    from neuron_gui.app import create_application, create_window, save_screenshot
    from neuron_gui.core import ACTIVATIONS
    from neuron_gui.gui.model import DEFAULT_NEURON

    app = create_application()
    window = create_window(DEFAULT_NEURON)
    model = window.model
    model.set_weight(0, 0.75)
    model.set_bias(-0.3)
    model.add_input()
    model.set_input(0, 2.5)
    for name in ACTIVATIONS:
        model.set_activation(name)
    model.remove_input(model.neuron.size - 1)
    app.processEvents()
    status = save_screenshot(app, window, sys.argv[1], (1024, 700))
    print(json.dumps({"status": status, "attempts": attempts, "modules": sorted(sys.modules)}))
""")


def isolated_env(home: Path) -> dict[str, str]:
    """The environment for a child run: offscreen, with settings and logs in a folder of its own."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "run"))
    (home / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def internet_sockets(command: list[str], env: dict[str, str], log: Path) -> list[str]:
    """Run command under strace; the socket()/connect() calls that use an Internet family.

    Unix-domain sockets (a desktop's D-Bus or X server) are local and allowed.
    """
    result = subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
                             *command], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    calls = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [call for call in calls if re.search(r"\b(AF|PF)_INET6?\b", call)]


needs_strace = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strace") is None,
    reason="strace is not installed (Debian: apt-get install strace)")


def test_main_paths_make_no_socket_and_import_no_network_module(tmp_path):
    screenshot = tmp_path / "window.png"
    result = subprocess.run([sys.executable, "-c", MAIN_PATHS, str(screenshot)],
                            env=isolated_env(tmp_path), capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["status"] == 0 and screenshot.stat().st_size > 10_000
    assert report["attempts"] == []
    loaded = set(report["modules"])
    assert loaded & NETWORK_MODULES == set()
    # Anything else that imports socket would show up here: the known importers are the only ones.
    socket_users = {m for m in loaded if m in ("socket", "_socket")}
    assert socket_users <= KNOWN_SOCKET_IMPORTERS


def test_the_guard_catches_a_socket(tmp_path):
    """The check above would see a connection attempt: the same guard stops a real one."""
    probe = MAIN_PATHS.split("from neuron_gui.app")[0] + textwrap.dedent("""
        try:
            socket.create_connection(("127.0.0.1", 9))
        except PermissionError:
            pass
        print(json.dumps(attempts))
    """)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) != []


@needs_strace
def test_source_app_opens_no_internet_socket(tmp_path):
    calls = internet_sockets(
        [sys.executable, "-m", "neuron_gui", "--screenshot", str(tmp_path / "w.png")],
        isolated_env(tmp_path), tmp_path / "strace.log")
    assert calls == []
