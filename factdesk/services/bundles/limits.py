"""How much a bundle may hold: the reading limits of the bundle format, version 1.

Every size is counted while the bytes are read; nothing in a ZIP header is
trusted to be true.  What one claim may hold (texts, evidence, attachments,
tags) is in :mod:`factdesk.services.limits`, shared with the window and the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.services.limits import ATTACHMENT_BYTES, GIB, JSON_BYTES, KIB, MIB, describe_size


@dataclass(frozen=True)
class Limits:
    total_bytes: int = 2 * GIB  # all entries together, uncompressed
    json_bytes: int = JSON_BYTES  # one manifest or claim file
    attachment_bytes: int = ATTACHMENT_BYTES  # one attachment
    entries: int = 100_000
    json_depth: int = 32
    compression_ratio: int = 100  # beyond this an entry is treated as a zip bomb


DEFAULT_LIMITS = Limits()

__all__ = ["DEFAULT_LIMITS", "GIB", "KIB", "MIB", "Limits", "describe_size"]
