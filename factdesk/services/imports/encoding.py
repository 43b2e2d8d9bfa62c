"""Which encoding a text file is in: a byte order mark, valid UTF-8, or a detector's guess.

Spreadsheet programs write UTF-8 (with or without a BOM), UTF-16 (Excel's
"Unicode text") or Windows-1252.  UTF-8 is decided by decoding the whole file
incrementally (one linear pass, constant memory), so a stray byte a
megabyte in is not missed; anything else goes to charset-normalizer with a
sample, UTF-16 without a BOM being recognised by its zero bytes first.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from factdesk.i18n import _
from factdesk.services.imports.errors import refused

SAMPLE = 256 * 1024
CHUNK = 1024 * 1024


def detect(path: Path) -> str:
    """The Python codec name to read ``path`` with."""
    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
    if b"\x00" in head:
        raise refused(path.name, None, _("is not a text file (it holds zero bytes)"))
    if _is_utf8(path):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        return "cp1252"
    name = codecs.lookup(best.encoding).name
    # Latin-1 reads every byte but shows Windows quotes and dashes as controls.
    return "cp1252" if name in ("latin-1", "iso8859-1", "iso8859-15", "ascii") else name


def _is_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def describe(codec: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": _("UTF-8 with a byte order mark"),
        "utf-16": "UTF-16",
        "utf-16-le": _("UTF-16 (little-endian, no byte order mark)"),
        "utf-16-be": _("UTF-16 (big-endian, no byte order mark)"),
        "cp1252": "Windows-1252",
    }.get(codec, codec)
