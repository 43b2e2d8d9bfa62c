"""What FactDesk reads from a web capture, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factdesk.errors import ValidationError
from factdesk.i18n import N_

# The states of a capture's integrity, as stored and shown.
VERIFIED = "verified"  # every digest the capture carries matched its bytes
FAILED = "failed"  # a digest did not match, or the capture is cut short or damaged
UNVERIFIABLE = "unverifiable"  # the format carries no digests (HTML, MHTML, bare WARC)

# In English as stored and in --json; translated where they are shown.
INTEGRITY_LABELS = {
    VERIFIED: N_("capture integrity verified"),
    FAILED: N_("capture integrity failed"),
    UNVERIFIABLE: N_("no digests to verify"),
}

# A capture's main text is indexed for search and shown in the window; a page
# longer than this is cut (search still finds its first million characters).
MAX_TEXT_CHARS = 1_000_000
# The HTML of the page itself is read up to this size.
MAX_PAGE_BYTES = 32 * 1024 * 1024
# Images embedded in an inert rendering, all together.
MAX_RENDER_IMAGE_BYTES = 64 * 1024 * 1024


class CaptureError(ValidationError):
    """The file claims to be a capture but cannot be read as one."""


@dataclass(frozen=True)
class Integrity:
    state: str  # VERIFIED | FAILED | UNVERIFIABLE
    detail: str  # one line: what was checked, or the first thing that failed
    checked: int = 0  # digests (or files) compared

    @property
    def label(self) -> str:
        return INTEGRITY_LABELS[self.state]


@dataclass(frozen=True)
class CaptureInfo:
    format: str  # "WARC" | "WARC.gz" | "WACZ" | "MHTML" | "HTML"
    url: str | None
    captured_at: dt.datetime | None
    title: str | None
    text: str
    integrity: Integrity
    records: int  # records, files or parts in the capture


@dataclass(frozen=True)
class Page:
    """The captured page: its address, time and HTML, and how to find its images."""

    url: str | None
    captured_at: dt.datetime | None
    html: bytes
    charset: str | None
