"""Web captures attached as evidence: WARC, WARC.gz, WACZ, MHTML and saved HTML pages.

:func:`read_capture` recognises a capture by its bytes (never by its name
alone), reads the captured address, time, title and main text, and verifies
whatever digests the format carries.  :mod:`.inert` renders one for viewing
with nothing in it able to run or make a request.
"""

from __future__ import annotations

from factdesk.i18n import _
from factdesk.services.captures import html_page, mhtml, wacz, warc
from factdesk.services.captures.records import (
    FAILED,
    UNVERIFIABLE,
    VERIFIED,
    CaptureError,
    CaptureInfo,
    Integrity,
    Page,
)
from factdesk.services.progress import Progress

__all__ = [
    "FAILED",
    "UNVERIFIABLE",
    "VERIFIED",
    "CaptureError",
    "CaptureInfo",
    "capture_format",
    "read_capture",
]

HTML_STARTS = (b"<!doctype html", b"<html", b"<!--", b"<head", b"<meta", b"<title")
CAPTURE_SUFFIXES = (".warc", ".warc.gz", ".wacz", ".mht", ".mhtml", ".html", ".htm")


def capture_format(data: bytes, filename: str = "") -> str | None:
    """ "WARC", "WARC.gz", "WACZ", "MHTML", "HTML", or None when ``data`` is no capture."""
    head = data[:8192]
    if warc.is_warc(head):
        return "WARC"
    if head[:2] == b"\x1f\x8b":
        return "WARC.gz" if warc.is_warc(warc.gunzip_head(data)) else None
    if head.startswith(b"PK\x03\x04"):
        return "WACZ" if wacz.is_wacz(data) else None
    if mhtml.is_mhtml(head):
        return "MHTML"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(HTML_STARTS) and (
        b"<html" in text
        or b"<body" in text
        or b"<title" in text
        or b"singlefile" in text
        or b"saved from url" in text
    ):
        return "HTML"
    return None


def claims_to_be_capture(filename: str) -> bool:
    """A name that promises a capture: its bytes must then read as one."""
    return filename.lower().endswith(CAPTURE_SUFFIXES[:5])


def read_capture(
    data: bytes, filename: str, *, progress: Progress | None = None
) -> CaptureInfo | None:
    """The capture in ``data``, or None when it is not one.

    Raises :class:`CaptureError` when the bytes are a capture format (or the
    name promises one) but cannot be read as one at all.
    """
    label = filename or _("the file")
    kind = capture_format(data, filename)
    if kind is None:
        if claims_to_be_capture(filename):
            raise CaptureError(
                _("{label}: not a web capture its name says it is (unknown contents).").format(
                    label=label
                )
            )
        return None
    title: str | None = None
    text: str | None = None
    integrity: Integrity
    if kind in ("WARC", "WARC.gz"):
        result = warc.read_warc(data, label, progress=progress)
        page, integrity, records = result.page, result.integrity, result.records
    elif kind == "WACZ":
        packed = wacz.read_wacz(data, label, progress=progress)
        page, integrity, records = packed.page, packed.integrity, packed.files
        title, text = packed.title, packed.text
    elif kind == "MHTML":
        page, title, records = mhtml.read_mhtml(data, label)
        integrity = Integrity(UNVERIFIABLE, _("MHTML records no digests"), 0)
    else:
        decoded = html_page.decode(data)
        url, when = html_page.saved_from(decoded)
        page = Page(url, when, data, None)
        records = 1
        integrity = Integrity(UNVERIFIABLE, _("a saved HTML page records no digests"), 0)
    page_title, page_text = (None, "")
    if page is not None and page.html:
        page_title, page_text = html_page.title_and_text(html_page.decode(page.html, page.charset))
    return CaptureInfo(
        format=kind,
        url=_web_address(page.url if page else None),
        captured_at=page.captured_at if page else None,
        title=title or page_title,
        text=text or page_text,
        integrity=integrity,
        records=records,
    )


def _web_address(value: str | None) -> str | None:
    """Only an http(s) address is taken as the captured address."""
    if not value:
        return None
    value = value.strip()
    if value.lower().startswith(("http://", "https://")) and not any(
        ord(c) < 33 or 0x7F <= ord(c) <= 0x9F for c in value
    ):
        return value[:8000]
    return None
