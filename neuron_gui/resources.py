"""The one way to find the program's files: icons, translations and lessons.

In the source tree they live in the top-level ``resources/`` folder. The wheel and the frozen
bundle both carry that folder inside the package as ``neuron_gui/resources_data/`` (pyproject.toml
and packaging/neuron-gui.spec put it there), so an installed or frozen program looks next to this
file first and a source checkout falls back to ``resources/`` beside the package.

    resource_path("icons/neuron-gui.svg")   # a Path that exists, or ResourceNotFoundError
    icon("neuron-gui")                      # a QIcon from the SVG and the PNG sizes beside it
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

PACKAGED_FOLDER = "resources_data"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)

_PACKAGE = Path(__file__).resolve().parent


class ResourceNotFoundError(LookupError):
    """A resource the program asked for is not where the program was installed."""


@cache
def resources_root() -> Path:
    """The folder that holds the resources in this installation: packaged, or the checkout's."""
    for folder in (_PACKAGE / PACKAGED_FOLDER, _PACKAGE.parent / "resources"):
        if folder.is_dir():
            return folder
    raise ResourceNotFoundError(
        f"no resources folder: looked in {_PACKAGE / PACKAGED_FOLDER} and "
        f"{_PACKAGE.parent / 'resources'}; the installation is incomplete")


def resource_path(name: str) -> Path:
    """The file called ``name`` (a relative, "/"-separated path such as "icons/neuron-gui.svg")."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts or "\\" in name:
        raise ResourceNotFoundError(
            f"resource {name!r}: expected a relative path such as 'icons/neuron-gui.svg'")
    path = resources_root().joinpath(*parts)
    if not path.is_file():
        raise ResourceNotFoundError(f"unknown resource {name!r}: there is no {path}")
    return path


def icon_names() -> list[str]:
    """The names :func:`icon` accepts."""
    return sorted(p.stem for p in (resources_root() / "icons").glob("*.svg"))


def icon(name: str):
    """The QIcon called ``name``: its SVG drawing, plus the PNG sizes rendered from it.

    The PNGs let a platform pick a crisp small size, and keep the icon whole where the SVG plug-in
    is missing. Qt is imported here, not at the top, so the path functions serve scripts and tests
    that have no Qt application.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    if name not in icon_names():
        raise ResourceNotFoundError(
            f"unknown icon {name!r}; the icons are: {', '.join(icon_names()) or 'none'}")
    result = QIcon(str(resource_path(f"icons/{name}.svg")))
    for size in ICON_SIZES:
        png = resources_root() / "icons" / f"{name}-{size}.png"
        if png.is_file():
            result.addFile(str(png), QSize(size, size))
    return result
