"""What an attached file really is, and how its name may be shown and used.

An attachment's name and declared media type come from whoever attached it
(or from a bundle): neither decides anything.  What the bytes are is read
from the bytes; a name is shown with its direction controls made visible
(``invoice\\u202egnp.hta`` would read as ``invoiceath.png``) and never used as
a path; a copy handed to the desktop gets a name FactDesk makes, with the
extension of what the bytes are, and only for kinds of file that are viewed
rather than run.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from dataclasses import dataclass

# Bidirectional controls: they reorder what follows them on screen.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_NAME_CHARS = re.compile(r"[^\w\- ]+")
HEAD_BYTES = 256 * 1024  # enough to recognise a file and read an image's size


@dataclass(frozen=True)
class FileKind:
    media_type: str
    extension: str  # with the dot
    image: bool  # shown inside a report


# The files FactDesk hands to the desktop to show: what viewers display, not
# what runs (no HTML, SVG, scripts, executables, office macros, .desktop).
VIEWABLE: tuple[tuple[bytes, FileKind], ...] = (
    (b"\x89PNG\r\n\x1a\n", FileKind("image/png", ".png", True)),
    (b"\xff\xd8\xff", FileKind("image/jpeg", ".jpg", True)),
    (b"GIF87a", FileKind("image/gif", ".gif", True)),
    (b"GIF89a", FileKind("image/gif", ".gif", True)),
    (b"%PDF-", FileKind("application/pdf", ".pdf", False)),
)
PLAIN_TEXT = FileKind("text/plain", ".txt", False)


def visible_name(name: str) -> str:
    """A file name as it may be shown: direction controls replaced by U+FFFD, so a
    reversed extension is seen for what it is."""
    return _BIDI_CONTROLS.sub("\ufffd", name)


def kind_of(head: bytes) -> FileKind | None:
    """What the bytes (their first :data:`HEAD_BYTES`) are, among the viewable kinds.

    Plain text is UTF-8 without NUL or other control characters but tab,
    line feed, carriage return and form feed; anything else is not viewable.
    """
    for signature, kind in VIEWABLE:
        if head.startswith(signature):
            return kind
    if _is_plain_text(head):
        return PLAIN_TEXT
    return None


def _is_plain_text(head: bytes) -> bool:
    if not head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A character cut off at the end of the head does not count.
        if exc.start < len(head) - 3:
            return False
        text = head[: exc.start].decode("utf-8")
    return not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f" for c in text)


def image_size(head: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF or JPEG from its first bytes, or None.

    The JPEG walk reads each segment's length and jumps over it, so it looks
    at each byte at most once.
    """
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
    elif head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
    elif head.startswith(b"\xff\xd8"):
        found = _jpeg_size(head)
        if found is None:
            return None
        width, height = found
    else:
        return None
    if not (0 < width <= 65535 and 0 < height <= 65535):
        return None
    return width, height


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xDA)):  # no length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF:
            if pos + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        if length < 2:
            return None
        pos += 2 + length
    return None


def safe_file_name(name: str, extension: str = "", *, limit: int = 60) -> str:
    """A name for a file FactDesk writes, made from ``name``: letters, digits, spaces,
    hyphens and underscores only (so no path, no hidden extension), then ``extension``."""
    stem = _UNSAFE_NAME_CHARS.sub("_", visible_name(name).replace("\ufffd", "_"))
    stem = stem.strip(" _-")[:limit].strip(" _-") or "attachment"
    return stem + extension


_PATH_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')


def suggested_name(name: str, *, limit: int = 120) -> str:
    """The name a Save dialog suggests for a copy: the attachment's own, with no folder
    in it, no leading dot, direction controls made harmless (its extension kept, visible)."""
    base = _PATH_CHARS.sub("_", visible_name(name).replace("\ufffd", "_")).strip(" .")
    return base[-limit:].lstrip(" .") or "attachment"
