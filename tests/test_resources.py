"""The resource accessor finds the program's files from the source tree and from an installed
wheel (the frozen bundle: tests/test_bundle.py), and the icon files are what the SVG says."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

from neuron_gui import resources
from neuron_gui.resources import ResourceNotFoundError, icon, icon_names, resource_path
from packaging_scripts import load_packaging_script

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


make_icons = load_packaging_script("make_icons")


@pytest.fixture
def gui_app(qapp):
    # pytest-qt's own application: a QGuiApplication made here would stop the widget tests
    # that run after this file from getting the QApplication they need.
    return qapp


def test_source_tree_resources_are_found():
    assert resources.resources_root() == ROOT / "resources"
    assert resource_path("icons/neuron-gui.svg") == ICONS / "neuron-gui.svg"
    assert "neuron-gui" in icon_names()


@pytest.mark.parametrize("name", ["icons/no-such.svg", "icons", "", "../pyproject.toml",
                                  "/etc/passwd", "icons\\neuron-gui.svg"])
def test_an_unknown_or_outside_resource_is_a_clear_error(name):
    with pytest.raises(ResourceNotFoundError, match="resource") as raised:
        resource_path(name)
    assert repr(name) in str(raised.value)


def test_an_unknown_icon_names_itself_and_the_known_ones(gui_app):
    with pytest.raises(ResourceNotFoundError, match=r"unknown icon 'nueron'.*neuron-gui"):
        icon("nueron")


def test_the_app_icon_has_every_size(gui_app):
    app_icon = icon("neuron-gui")
    assert not app_icon.isNull()
    for size in (16, 32, 64, 256):
        image = app_icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        # the neuron's body (Okabe-Ito blue #0072B2) sits left of the centre
        body = image.pixelColor(int(size * 0.52), int(size * 0.4))
        assert body.blue() > 150 and body.red() < 60, body.name()


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_sizes(size):
    image = QImage(str(ICONS / f"neuron-gui-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # round corners


@pytest.mark.parametrize("suffix, sizes", [
    ("ico", list(make_icons.ICO_SIZES)),
    ("icns", [size for _kind, size in make_icons.ICNS_TYPES]),
])
def test_ico_and_icns_hold_every_size_and_qt_reads_them(gui_app, suffix, sizes):
    reader = QImageReader(str(ICONS / f"neuron-gui.{suffix}"))
    read = []
    for number in range(reader.imageCount()):
        reader.jumpToImage(number)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        read.append(image.width())
    assert read == sizes


def test_icns_header_counts_its_own_length():
    data = (ICONS / "neuron-gui.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)


def test_committed_icons_match_what_make_icons_draws(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"),
                             "--out", str(tmp_path)], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    for size in make_icons.PNG_SIZES:
        fresh = QImage(str(tmp_path / f"neuron-gui-{size}.png"))
        committed = QImage(str(ICONS / f"neuron-gui-{size}.png"))
        assert fresh.size() == committed.size()
        differing = sum(fresh.pixel(x, y) != committed.pixel(x, y)
                        for x in range(0, size, max(1, size // 64))
                        for y in range(0, size, max(1, size // 64)))
        assert differing <= 0.02 * (min(size, 64) ** 2), f"{size}px: run packaging/make_icons.py"


# The wheel: build it from a copy of the tree, install it with no dependencies into a new
# environment that borrows this one's numpy and PySide6, and ask the accessor there.

WHEEL_CHECK = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])
    import neuron_gui.resources as r
    print(r.__file__)
    print(r.resource_path("icons/neuron-gui.svg"))
    print(r.icon("neuron-gui").pixmap(48, 48).isNull())
""")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        (source / name).write_bytes((ROOT / name).read_bytes())
    for folder in ("neuron_gui", "resources"):
        shutil.copytree(ROOT / folder, source / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                             "-w", str(out), str(source)], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return next(out.glob("neuron_gui-*.whl"))


def test_wheel_carries_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "neuron_gui").rglob("*.py")}
    missing = modules - names
    assert not missing, f"add their packages to [tool.setuptools] packages: {sorted(missing)}"
    shipped = {f"neuron_gui/resources_data/{p.relative_to(ROOT / 'resources').as_posix()}"
               for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert shipped and shipped <= names


def test_installed_wheel_finds_its_resources(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(subprocess.run([str(python), "-c", ask], capture_output=True, text=True,
                               check=True).stdout.strip())
    # numpy, PySide6 and pyqtgraph come from this environment: a path line, not a download
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)
    result = subprocess.run([str(python), "-I", "-c", WHEEL_CHECK], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    module, svg, null = result.stdout.split()
    assert Path(module).parent == site / "neuron_gui"
    assert Path(svg) == site / "neuron_gui" / "resources_data" / "icons" / "neuron-gui.svg"
    assert null == "False"
