"""MHTML captures (what Chrome and Edge save as "webpage, single file").

Read with the standard library's email parser in its plain ``compat32``
policy: headers stay raw strings (decoded here, capped), so no header can
send the parser into its slow paths.  Nothing in an MHTML file can be
verified: it records no digests.
"""

from __future__ import annotations

import email.header
import email.parser
import email.policy
import email.utils
from collections.abc import Iterator
from email.message import Message

from factdesk.i18n import _
from factdesk.services import timestamps
from factdesk.services.captures import html_page
from factdesk.services.captures.records import CaptureError, Page

MAX_HEADER = 2000
MAX_PARTS = 10_000


def is_mhtml(head: bytes) -> bool:
    """MIME headers at the top, multipart/related among them."""
    top = head[:8192].lower()
    end = top.find(b"\r\n\r\n")
    if end < 0:
        end = top.find(b"\n\n")
    headers = top[: end if end >= 0 else len(top)]
    return b"mime-version:" in headers and b"multipart/related" in headers


def _parse(data: bytes, label: str) -> Message:
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    if not message.is_multipart() or message.get_content_type() != "multipart/related":
        raise CaptureError(
            _("{label}: not an MHTML file (no multipart/related message).").format(label=label)
        )
    return message


def _header(message: Message, name: str) -> str | None:
    raw = message.get(name)
    if raw is None:
        return None
    raw = str(raw)[:MAX_HEADER]
    try:
        parts = email.header.decode_header(raw)
        text = "".join(
            p.decode(c or "utf-8", errors="replace") if isinstance(p, bytes) else p
            for p, c in parts
        )
    except (LookupError, ValueError):
        text = raw
    return " ".join(text.split()) or None


def _parts(message: Message) -> Iterator[Message]:
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            return
        if not part.is_multipart():
            yield part


def read_mhtml(data: bytes, label: str) -> tuple[Page | None, str | None, int]:
    """The page (root HTML part), the title from the Subject header, the number of parts."""
    message = _parse(data, label)
    url = _header(message, "Snapshot-Content-Location")
    when = None
    date = _header(message, "Date")
    if date:
        try:
            when = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError, IndexError):
            when = None
        when = timestamps.within_range(when)  # a date outside the range is unknown
    title = _header(message, "Subject")
    page = None
    count = 0
    for part in _parts(message):
        count += 1
        if page is None and part.get_content_type() in ("text/html", "application/xhtml+xml"):
            body = part.get_payload(decode=True)
            if isinstance(body, bytes):
                page_url = url or _header(part, "Content-Location")
                page = Page(page_url, when, body, part.get_content_charset())
    if page is None:
        raise CaptureError(_("{label}: the MHTML file holds no HTML page.").format(label=label))
    return page, title, count


def resources(data: bytes, label: str, *, budget: int) -> Iterator[tuple[str, str, bytes]]:
    """``(address, media type, bytes)`` of each image part, addressed by location and cid."""
    spent = 0
    for part in _parts(_parse(data, label)):
        media_type = part.get_content_type()
        if not media_type.startswith("image/"):
            continue
        body = part.get_payload(decode=True)
        if not isinstance(body, bytes) or spent + len(body) > budget:
            continue
        spent += len(body)
        location = _header(part, "Content-Location")
        if location:
            yield location, media_type, body
        cid = _header(part, "Content-ID")
        if cid:
            yield "cid:" + cid.strip("<>"), media_type, body


def title_of(page: Page) -> str | None:
    return html_page.title_and_text(html_page.decode(page.html, page.charset))[0]
