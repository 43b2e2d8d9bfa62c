"""Bulk work (bundle import and export) without the cyclic garbage collector's pauses."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while bulk work runs.

    Reading a big bundle creates hundreds of thousands of small objects that
    all stay alive until the import ends, and every full collection walks all
    of them again: at 100,000 evidence items the collector's passes cost about
    as much as the work itself.  Reference counting still frees whatever is
    dropped; the collector resumes afterwards (if it was running before).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
