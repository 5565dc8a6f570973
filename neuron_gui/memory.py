"""How this process hands freed memory back to the system, on Linux.

Every edit with the input space open computes a 200×200 grid: arrays of 320 kB, a dozen or more
of them for one picture (GELU's erfc makes most). With glibc's default settings, arrays that size
are freed back to the system as soon as they are dropped, and the next edit then asks for the same
memory again: the system hands out fresh zero-filled pages, one fault per 4 kB, about 80 for
every array. That took longer than the arithmetic itself: GELU's edits with the input space open
took about 1.8 ms less with freed memory kept (alternating rounds in one process, the same
edits as ``benchmarks/input_space.py``). Keeping freed memory for reuse, up to a limit, avoids it.

Only glibc's allocator is told; elsewhere (Windows, macOS, other C libraries) nothing changes.
"""

from __future__ import annotations

import ctypes
import os
import sys

# glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

# Blocks up to this size come from the reusable heap, not from memory mapped for them alone: the
# grid's arrays and images, and the plots' cached images at 1920×1080 (4.6 MB each).
MAPPED_FROM = 8 * 1024 * 1024
# Freed memory at the top of the heap is given back to the system only past this much: a few
# dozen arrays of an edit, never the whole application's memory.
GIVEN_BACK_PAST = 32 * 1024 * 1024


def glibc() -> ctypes.CDLL | None:
    """The C library, if it is glibc; None on other systems and C libraries."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):  # "glibc 2.36"; musl has no answer
            return None
        return ctypes.CDLL(None)  # the C library the process already runs on
    except (OSError, ValueError):
        return None


def keep_freed_memory() -> bool:
    """Tell glibc to keep freed memory for reuse; True if it was told."""
    libc = glibc()
    # mallopt returns 1 on success. Setting either value also stops glibc from moving them itself.
    return libc is not None and bool(libc.mallopt(_M_MMAP_THRESHOLD, MAPPED_FROM)
                                     and libc.mallopt(_M_TRIM_THRESHOLD, GIVEN_BACK_PAST))
