"""Make the Linux bundle smaller without changing what the app does. Used by neuron-gui.spec.

Three steps, each checked by the frozen smoke test (tests/test_bundle.py):

* prune_unreachable_libraries: drop libraries that only left-out Qt plug-ins needed.
* strip_debug_info: remove debug sections and local symbols from libpython, the standard
  library's extension modules and Qt's ICU libraries. Only those: strip on libraries that a wheel
  vendors through patchelf (numpy.libs) breaks them ("ELF load command address/offset not
  page-aligned"), so the rest is left as the wheels ship it.
* shrink_icu_data: Qt links ICU, whose data library (32 MB) holds every locale, collation, code page
  and dictionary. The app needs English, Spanish and German; the rest is left out and the library
  is rebuilt around what is kept (needs gcc, as CPython's own builds do).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

# Qt 6 asks ICU for four things: collation (QCollator: the "coll" tree), locale-aware case mapping
# (QLocale::toUpper, whose tables are built into libicuuc), code pages (QStringDecoder: "*.cnv" and
# cnvalias.icu) and time-zone names (QTimeZone: the "zone" tree and the top-level zone tables).
# Only those trees are kept, and in them only the locales below; language, region, currency and
# unit names, number spell-out, transliteration and word-break data are Qt's own or unused.
ICU_TREES = {"", "coll", "zone"}
ICU_LANGUAGES = ("en", "es", "de")
ICU_ALWAYS = {"root", "res_index", "pool"}
ICU_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*$")
ICU_UNUSED = {"unames.icu", "confusables.cfu"}  # character names, spoofing checks
# Code pages Qt may ask ICU for beyond its built-in UTF and Latin-1: the Western ones.
ICU_CODE_PAGES = re.compile(r"^(ibm-(437|850|858|91[2-9]|92[0-3]|534[6-9]|535[0-4])_.*|iso-8859_.*|"
                            r"macos-0_2-.*)$")


def _loose(dest: str) -> bool:
    """A library PyInstaller gathered as a dependency (not an extension module or plug-in)."""
    dest = dest.replace("\\", "/")
    return ("/" not in dest or dest.startswith("PySide6/Qt/lib/")) and "libpython" not in dest


def prune_unreachable_libraries(binaries: list) -> list:
    """Keep a loose library only if ldd says a kept extension module, plug-in or libpython needs it.

    PyInstaller finds a plug-in's libraries before the spec leaves the plug-in out, so leaving out
    e.g. the GTK theme would still ship GLib's friends and Cairo. ldd lists the whole chain.
    """
    from PyInstaller.depend.bindepend import get_imports

    needed: set[str] = set()
    for dest, src, _kind in binaries:
        if not _loose(dest):
            needed.update(os.path.basename(name) for name, _path in get_imports(src))
    kept = [e for e in binaries if not _loose(e[0]) or os.path.basename(e[0]) in needed]
    dropped = sorted(os.path.basename(e[0]) for e in binaries if e not in kept)
    if dropped:
        print("trim: left out, needed by nothing kept:", ", ".join(dropped))
    return kept


def _strippable(path: str) -> bool:
    """CPython's own binaries, and Qt's ICU (built with its symbol table left in)."""
    return ("libpython" in path or path.startswith("python3") and "/lib-dynload/" in path
            or bool(re.search(r"PySide6/Qt/lib/libicu(uc|i18n)\.so", path)))


def strip_debug_info(binaries: list, workdir: Path) -> list:
    """CPython's and ICU's libraries without debug sections and local symbols (copies in workdir).

    The dynamic symbols that other libraries link against stay (--strip-unneeded).
    """
    strip = shutil.which("strip")
    if strip is None:
        print("trim: no strip command; libpython keeps its debug information")
        return binaries
    result = []
    for dest, src, kind in binaries:
        path = dest.replace("\\", "/")
        if _strippable(path):
            copy = workdir / "stripped" / path
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, copy)
            subprocess.run([strip, "--strip-unneeded", str(copy)], check=True)
            src = str(copy)
        result.append((dest, src, kind))
    return result


def shrink_icu_data(binaries: list, workdir: Path) -> list:
    """Replace Qt's libicudata with one that holds only the data kept by keep_icu_item()."""
    index = next((i for i, e in enumerate(binaries)
                  if re.search(r"(^|/)libicudata\.so\.\d+$", e[0].replace("\\", "/"))), None)
    if index is None:
        return binaries
    dest, src, kind = binaries[index]
    if shutil.which("gcc") is None or shutil.which("nm") is None:
        print("trim: gcc or nm missing; ICU data left whole")
        return binaries
    symbol, data = read_icu_common_data(Path(src))
    smaller = filter_icu_common_data(data, keep_icu_item)
    folder = workdir / "icu"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data.bin").write_bytes(smaller)
    (folder / "data.S").write_text(
        f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
        f"{symbol}:\n.incbin \"data.bin\"\n.size {symbol}, .-{symbol}\n"
        ".section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    library = folder / os.path.basename(dest)
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o",
                    library.name, "data.S"], check=True, cwd=folder)
    print(f"trim: ICU data {len(data) / 1e6:.1f} MB -> {len(smaller) / 1e6:.1f} MB "
          f"(kept {', '.join(ICU_LANGUAGES)})")
    return binaries[:index] + [(dest, str(library), kind)] + binaries[index + 1:]


def keep_icu_item(name: str) -> bool:
    """Whether an item of the ICU data package (e.g. "icudt73l/coll/de.res") is kept."""
    parts = name.split("/")[1:]
    tree, leaf = (parts[0] if len(parts) > 1 else ""), parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    if tree not in ICU_TREES or leaf in ICU_UNUSED:
        return False
    if suffix == "cnv":
        return bool(ICU_CODE_PAGES.match(stem))
    if suffix != "res" or stem in ICU_ALWAYS:
        return True
    locale = ICU_LOCALE.match(stem)
    return locale is None or locale.group(1) in ICU_LANGUAGES


def read_icu_common_data(library: Path) -> tuple[str, bytes]:
    """The name of the data symbol (e.g. icudt73_dat) and its bytes, as nm locates them."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                             capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt\d+_dat)$", listing, re.M)
    if match is None:
        raise RuntimeError(f"{library.name}: no ICU data symbol found")
    address, size = int(match[1], 16), int(match[2], 16)
    offset = _file_offset(library, address)
    with open(library, "rb") as handle:
        handle.seek(offset)
        return match[3], handle.read(size)


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the program headers of a 64-bit ELF file."""
    with open(library, "rb") as handle:
        header = handle.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            raise RuntimeError(f"{library.name}: not a 64-bit little-endian ELF file")
        phoff, = struct.unpack_from("<Q", header, 32)
        phentsize, phnum = struct.unpack_from("<HH", header, 54)
        handle.seek(phoff)
        table = handle.read(phentsize * phnum)
    for i in range(phnum):
        kind, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from(
            "<IIQQQQ", table, i * phentsize)
        if kind == 1 and p_vaddr <= address < p_vaddr + p_filesz:  # PT_LOAD
            return address - p_vaddr + p_offset
    raise RuntimeError(f"{library.name}: address {address:#x} is in no loaded segment")


def filter_icu_common_data(data: bytes, keep) -> bytes:
    """An ICU common data package ("CmnD", little-endian) holding only the items keep(name) wants.

    Layout: a data header, then the table of contents (item count; per item the offsets of its
    name and its data, both from the table's start), the names, and the items, each 16-aligned.
    """
    header_size, = struct.unpack_from("<H", data, 0)
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD" or data[8] != 0:
        raise RuntimeError("not a little-endian ICU common data package")
    toc = header_size
    count, = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    starts = sorted(toc + offset for _name, offset in entries) + [len(data)]
    ends = dict(zip(starts, starts[1:]))
    items = []
    for name_offset, data_offset in entries:
        name_start = toc + name_offset
        name = data[name_start:data.index(b"\0", name_start)].decode("ascii")
        if keep(name):
            start = toc + data_offset
            items.append((name.encode("ascii") + b"\0", data[start:ends[start]]))

    def pad(n: int) -> int:
        return -n % 16

    names_start = 4 + 8 * len(items)
    names = b"".join(name for name, _item in items)
    items_start = names_start + len(names) + pad(header_size + names_start + len(names))
    table, body = struct.pack("<I", len(items)), b""
    name_at = names_start
    for name, item in items:
        table += struct.pack("<II", name_at, items_start + len(body))
        name_at += len(name)
        body += item + b"\0" * pad(len(item))
    layout = table + names
    layout += b"\0" * (items_start - len(layout))
    return data[:header_size] + layout + body
