"""How much a bundle may hold: the reading limits of the bundle format, version 1.

Every size is counted while the bytes are read; nothing in a ZIP header is
trusted to be true.
"""

from __future__ import annotations

from dataclasses import dataclass

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB


@dataclass(frozen=True)
class Limits:
    total_bytes: int = 2 * GIB  # all entries together, uncompressed
    json_bytes: int = 16 * MIB  # one manifest or claim file
    attachment_bytes: int = 512 * MIB  # one attachment
    entries: int = 100_000
    json_depth: int = 32
    compression_ratio: int = 100  # beyond this an entry is treated as a zip bomb


DEFAULT_LIMITS = Limits()


def describe_size(n: int) -> str:
    """A byte count as people say it (``16 MiB``, ``2 GiB``, ``512 bytes``)."""
    for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n:,} bytes"
