"""How much one record may hold: the same limits in the window, the command line and bundles.

A bundle is read by these limits and written by them, so FactDesk never
writes a bundle it would refuse; the window and the command line refuse a
value beyond them when it is entered.  The claim bundle format
(``resources/bundle-format-v1.md``) lists them.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB

ATTACHMENT_BYTES = 512 * MIB  # one attached file
JSON_BYTES = 16 * MIB  # one claim as a bundle's JSON entry
TEXT_CHARS = 1_000_000  # characters in any one text (a claim, a rationale, notes, a title…)
EVIDENCE_PER_CLAIM = 10_000
REMOVED_EVIDENCE_PER_CLAIM = 100_000  # ids of items removed since a claim was shared
ATTACHMENTS_PER_EVIDENCE = 50
TAGS_PER_CLAIM = 100
TAG_CHARS = 200
RATINGS_PER_SCALE = 100
RATING_KEY_CHARS = 64
RATING_LABEL_CHARS = 200
RATING_VALUE = (-1_000_000, 1_000_000)  # the numeric position of a rating
# Objects and arrays in one JSON entry: a claim file at every limit above
# holds about 10 + EVIDENCE_PER_CLAIM * (2 + ATTACHMENTS_PER_EVIDENCE) of them.
JSON_CONTAINERS = 1_000_000


def describe_size(n: int) -> str:
    """A byte count as people say it (``16 MiB``, ``2 GiB``, ``512 bytes``)."""
    for unit, size in (("GiB", GIB), ("MiB", MIB), ("KiB", KIB)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n:,} bytes"
