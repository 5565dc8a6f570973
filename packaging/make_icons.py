"""Render the app icon's PNG, ICO and ICNS files from resources/icons/neuron-gui.svg.

    python packaging/make_icons.py            # rewrites resources/icons/
    python packaging/make_icons.py --out DIR  # writes somewhere else (the tests compare)

Qt draws the PNGs; the .ico and .icns are written here by hand, because both formats may simply
carry PNG images with a small table in front, and that needs no extra dependency.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

NAME = "neuron-gui"
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / f"{NAME}.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # an .ico entry stores its size in one byte; 0 means 256
# Apple's PNG-carrying icon types and the pixel size each holds.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, payload = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = size % 256  # 256 is written as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, svg: Path = SOURCE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # Qt draws only with one
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    del app
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size, data in pngs.items():
        written.append(out / f"{NAME}-{size}.png")
        written[-1].write_bytes(data)
    for suffix, data in ((".ico", ico(pngs)), (".icns", icns(pngs))):
        written.append(out / f"{NAME}{suffix}")
        written[-1].write_bytes(data)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SOURCE.parent, help="folder to write into")
    args = parser.parse_args()
    for path in make_icons(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
