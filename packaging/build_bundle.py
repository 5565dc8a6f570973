"""Build the classroom bundle: dist/neuron-gui/ and dist/neuron-gui-<version>-<os>-<arch>.tar.gz
(a .zip on Windows), then say how big they are and how long it took.

    python packaging/build_bundle.py                 # what `make bundle` runs
    python packaging/build_bundle.py --dist DIR --work DIR --no-archive

The PyInstaller spec beside this file says what goes in; this script drives it, and holds the names
and small helpers the spec and the tests share.
"""

from __future__ import annotations

import argparse
import ast
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "neuron-gui.spec"
APP_NAME = "Neuron GUI"
APP_ID = "io.github.neuron_gui.NeuronGui"  # the same in the .desktop file, metainfo and macOS
EXE_NAME = "neuron-gui"
MB = 1_000_000


def version() -> str:
    """neuron_gui.__version__, read from the source without importing the package."""
    source = (ROOT / "neuron_gui" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
                getattr(target, "id", None) == "__version__" for target in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit("build_bundle: neuron_gui/__init__.py has no __version__")


def platform_tag() -> str:
    """The <os>-<arch> part of the archive's name: linux-x86_64, windows-x86_64, macos-arm64, ..."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                           sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{arch}"


def archive_name() -> str:
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return f"{EXE_NAME}-{version()}-{platform_tag()}{suffix}"


def executable(onedir: Path) -> Path:
    return onedir / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))


def write_version_file(workpath: str) -> str:
    """The Windows version resource (what Explorer shows under Properties > Details), as the text
    file PyInstaller reads; returns its path."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    numbers += [0] * (4 - len(numbers))
    strings = {
        "CompanyName": "The neuron_gui developers",
        "FileDescription": APP_NAME,
        "FileVersion": version(),
        "InternalName": EXE_NAME,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version(),
    }
    string_structs = ",\n".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [{string_structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)"""
    path = Path(workpath) / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compile_translations() -> None:
    """Make each resources/translations/*.ts into the .qm Qt loads, where missing or older (the
    .qm files are build products, as `make` treats them; this serves builds without make)."""
    for source in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        lrelease = lrelease or shutil.which("pyside6-lrelease")
        if lrelease is None:
            raise SystemExit("build_bundle: pyside6-lrelease not found; install PySide6 first")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the onedir folder."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return dist / EXE_NAME


def make_archive(dist: Path) -> Path:
    """Pack the onedir (or, on macOS, the .app) into the archive a teacher downloads."""
    top = f"{APP_NAME}.app" if sys.platform == "darwin" else EXE_NAME
    base = dist / archive_name().removesuffix(".zip").removesuffix(".tar.gz")
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=dist, base_dir=top))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    compile_translations()
    onedir = build(args.dist.resolve(), args.work.resolve())
    built = time.perf_counter() - started
    print(f"build_bundle: {onedir.name}/ {folder_size(onedir) / MB:.1f} MB, built in {built:.0f} s")
    if not args.no_archive:
        archive = make_archive(args.dist.resolve())
        print(f"build_bundle: {archive.name} {archive.stat().st_size / MB:.1f} MB, "
              f"packed in {time.perf_counter() - started - built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
