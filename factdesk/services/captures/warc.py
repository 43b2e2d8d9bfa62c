"""WARC and WARC.gz captures, read with warcio.

Every record is read to its end so that warcio can check its block and
payload digests; a record cut short, a digest that does not match, or
damage between records makes the capture's integrity fail (the rest is
still read).  The page is the first HTML response (else the first response
or resource record).
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from factdesk.i18n import _, ngettext, number
from factdesk.services import timestamps
from factdesk.services.captures import html_page
from factdesk.services.captures.records import (
    FAILED,
    MAX_PAGE_BYTES,
    UNVERIFIABLE,
    VERIFIED,
    CaptureError,
    Integrity,
    Page,
)
from factdesk.services.progress import Progress

CHUNK = 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")


@dataclass
class WarcResult:
    page: Page | None
    integrity: Integrity
    records: int


@dataclass
class _Tally:
    checked: int = 0
    failures: list[str] | None = None
    records: int = 0

    def fail(self, message: str) -> None:
        if self.failures is None:
            self.failures = []
        self.failures.append(message)


def is_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def _iterator(stream: IO[bytes]) -> Any:
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):
        # warcio prints a warning on stderr for a record whose length is off;
        # it is counted (err_count) and reported as an integrity failure instead.
        INC_RECORD = ""

    return QuietIterator(stream, check_digests=True)


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip()[:40].replace("Z", "+00:00"))
    except ValueError:
        return None
    return timestamps.within_range(parsed)  # a date outside the range is unknown


def _media_type(record: Any) -> str:
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    value = value or record.rec_headers.get_header("Content-Type") or ""
    return value[:200].split(";")[0].strip().lower()


def _drain(stream: IO[bytes], progress: Progress | None, position: Callable[[], int]) -> None:
    """Read a record to its end (so its digests are computed), reporting bytes done."""
    while stream.read(CHUNK):
        if progress is not None:
            progress.step(max(0, position() - progress.done), _("Verifying the capture"))


def read_warc(
    data: bytes,
    label: str,
    *,
    progress: Progress | None = None,
    want_page: bool = True,
) -> WarcResult:
    """Read every record of a WARC (or WARC.gz) held in ``data``; verify its digests."""
    from warcio.exceptions import ArchiveLoadFailed

    if not is_warc(data[:5]) and not (data[:2] == b"\x1f\x8b" and is_warc(gunzip_head(data))):
        raise CaptureError(
            _("{label}: not a WARC file (it does not start with a WARC record).").format(
                label=label
            )
        )
    stream = io.BytesIO(data)
    tally = _Tally()
    if progress is not None:
        progress.start(len(data), _("Verifying the capture"))
    if data[:2] == b"\x1f\x8b":
        problem = gzip_problem(data, progress)
        if problem:
            tally.fail(problem)
    page: Page | None = None
    fallback: Page | None = None
    first: Page | None = None  # any record's address: a capture of requests alone still has one
    iterator = _iterator(stream)
    try:
        for record in iterator:
            tally.records += 1
            rtype = record.rec_type
            if record.format != "warc" or not record.rec_headers.get_header("WARC-Type"):
                if tally.records == 1:
                    raise CaptureError(
                        _("{label}: not a readable WARC file (no WARC-Type).").format(label=label)
                    )
                tally.fail(_("record {number} is not a WARC record").format(number=tally.records))
            uri = record.rec_headers.get_header("WARC-Target-URI")
            is_html = _media_type(record) in HTML_TYPES
            if first is None and uri:
                first = Page(
                    uri[:8000], _date(record.rec_headers.get_header("WARC-Date")), b"", None
                )
            body = b""
            if (
                want_page
                and rtype in PAGE_RECORDS
                and (page is None and (is_html or fallback is None))
            ):
                body = _read_capped(record.content_stream(), MAX_PAGE_BYTES)
            _drain(record.raw_stream, progress, stream.tell)
            _tally_record(tally, record, rtype, uri)
            if want_page and rtype in PAGE_RECORDS:
                found = Page(
                    uri[:8000] if uri else None,
                    _date(record.rec_headers.get_header("WARC-Date")),
                    body,
                    html_page.charset_of(
                        record.http_headers.get_header("Content-Type")
                        if record.http_headers is not None
                        else None
                    ),
                )
                if is_html and page is None:
                    page = found
                elif fallback is None:
                    fallback = found
        if iterator.err_count:
            tally.fail(
                ngettext(
                    "{count} record does not end where its length says",
                    "{count} records do not end where their length says",
                    iterator.err_count,
                ).format(count=number(iterator.err_count))
            )
    except ArchiveLoadFailed as exc:
        if tally.records == 0:
            raise _unreadable(label, exc) from exc
        tally.fail(_damaged_after(tally.records, exc))
    except (EOFError, OSError, ValueError, IndexError, KeyError, UnicodeError) as exc:
        # zlib, gzip and header parsing errors of a damaged file
        if tally.records == 0:
            raise _unreadable(label, exc) from exc
        tally.fail(_damaged_after(tally.records, exc))
    if tally.records == 0:
        raise CaptureError(
            _("{label}: not a readable WARC file (it holds no records).").format(label=label)
        )
    return WarcResult(page or fallback or first, _integrity(tally), tally.records)


def _unreadable(label: str, exc: Exception) -> CaptureError:
    return CaptureError(
        _("{label}: not a readable WARC file ({reason}).").format(label=label, reason=_short(exc))
    )


def _damaged_after(records: int, exc: Exception) -> str:
    return _("damaged after record {number} ({reason})").format(number=records, reason=_short(exc))


def first_of(failures: list[str]) -> str:
    """The first problem found, and how many more there are."""
    more = len(failures) - 1
    if not more:
        return failures[0]
    return ngettext("{problem} (and {count} more)", "{problem} (and {count} more)", more).format(
        problem=failures[0], count=number(more)
    )


def _tally_record(tally: _Tally, record: Any, rtype: str, uri: str | None) -> None:
    what = f"{rtype} {uri[:200]}" if uri else rtype
    where = _("record {number} ({what})").format(number=tally.records, what=what)
    checker = record.digest_checker
    if getattr(record.raw_stream, "limit", 0):
        tally.fail(_("{where} is cut short").format(where=where))
    if checker.passed is False:
        problems = "; ".join(str(p) for p in checker.problems) or _("digest mismatch")
        tally.fail(f"{where}: {problems}")
    elif checker.passed is True:
        tally.checked += 1


def _integrity(tally: _Tally) -> Integrity:
    if tally.failures:
        return Integrity(FAILED, first_of(tally.failures), tally.checked)
    if tally.checked:
        return Integrity(
            VERIFIED,
            ngettext(
                "{checked} of {count} record matches its recorded digest",
                "{checked} of {count} records match their recorded digests",
                tally.records,
            ).format(checked=number(tally.checked), count=number(tally.records)),
            tally.checked,
        )
    return Integrity(UNVERIFIABLE, _("the capture records no digests"), 0)


# A WARC.gz is decompressed once up front to prove every gzip member is whole
# (warcio stops quietly at a truncated last member); this much is enough to
# read any real capture, and a decompression bomb stops here.
MAX_DECOMPRESSED = 4 * 1024 * 1024 * 1024


def gunzip_head(data: bytes, size: int = 16) -> bytes:
    try:
        return zlib.decompressobj(31).decompress(data[:4096], size)
    except zlib.error:
        return b""


def _too_much() -> str:
    return _("it decompresses to more than 4 GiB: not read any further")


def gzip_problem(data: bytes, progress: Progress | None = None) -> str | None:
    """Why the gzip members of ``data`` are not all whole, or None when they are."""
    view = memoryview(data)
    position, total = 0, 0
    while position < len(data):
        inflater = zlib.decompressobj(31)
        try:
            while not inflater.eof:
                chunk = view[position : position + CHUNK]
                if not chunk:
                    return _("the file ends inside its last compressed record (truncated)")
                position += len(chunk)
                total += len(inflater.decompress(chunk, CHUNK))
                while inflater.unconsumed_tail:
                    total += len(inflater.decompress(inflater.unconsumed_tail, CHUNK))
                    if total > MAX_DECOMPRESSED:
                        return _too_much()
                if total > MAX_DECOMPRESSED:
                    return _too_much()
                if progress is not None:
                    progress.check()
        except zlib.error as exc:
            return _("its compressed data is damaged near byte {position} ({reason})").format(
                position=position, reason=exc
            )
        position -= len(inflater.unused_data)
        while position < len(data) and data[position] in (0, 10, 13):
            position += 1  # padding some writers leave between members
    return None


def _read_capped(stream: IO[bytes], limit: int) -> bytes:
    parts, size = [], 0
    while size < limit:
        chunk = stream.read(min(CHUNK, limit - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def resources(data: bytes, *, budget: int) -> Iterator[tuple[str, str, bytes]]:
    """``(url, media type, body)`` of each response whose body is an image, within ``budget``."""
    from warcio.exceptions import ArchiveLoadFailed

    spent = 0
    try:
        for record in _iterator(io.BytesIO(data)):
            if record.rec_type not in PAGE_RECORDS:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            media_type = _media_type(record)
            if not uri or not media_type.startswith("image/"):
                continue
            body = _read_capped(record.content_stream(), budget - spent)
            spent += len(body)
            yield uri, media_type, body
            if spent >= budget:
                return
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, IndexError, KeyError, UnicodeError):
        return
