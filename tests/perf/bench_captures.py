"""Hostile captures read in time proportional to their size: each input at n and 2n.

The ratio (time at 2n / time at n) stays near 2 when reading is linear; a
quadratic path would show 4.  Inputs are shaped the way attacks are: tags
never closed, titles never ended, thousands of tiny records or parts.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factdesk.services.captures import CaptureError, read_capture
from tests.perf.timing import Figure, best_of

GOAL = 2.8  # linear reading doubles; noise on a shared machine adds a little


def html_unclosed(n: int) -> bytes:
    return b"<html><body>" + b"<div><p><b><i>word " * n


def html_open_titles(n: int) -> bytes:
    return b"<!-- saved from url=(0019)http://example.com/ -->" + b"<title>never ends " * n


def html_nested_comments(n: int) -> bytes:
    return b"<html><title>t</title>" + b"<!-- <!-- --!> -- " * n + b"<p>end</p>"


def warc_records(n: int) -> bytes:
    records = []
    for i in range(n):
        body = b"GET / HTTP/1.1\r\n\r\n"
        records.append(
            b"WARC/1.0\r\nWARC-Type: request\r\n"
            + f"WARC-Record-ID: <urn:uuid:{i:032x}>\r\n".encode()
            + b"WARC-Target-URI: http://example.com/\r\nWARC-Date: 2017-03-06T04:02:06Z\r\n"
            + b"Content-Type: application/http; msgtype=request\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
            + b"\r\n\r\n"
        )
    return b"".join(records)


def mhtml_parts(n: int) -> bytes:
    boundary = "b0undary"
    head = (
        "MIME-Version: 1.0\r\nSubject: many parts\r\nSnapshot-Content-Location: http://x.org/\r\n"
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
    )
    part = f"--{boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    page = f"--{boundary}\r\nContent-Type: text/html\r\n\r\n<title>t</title><p>p</p>\r\n"
    return (head + page + part * n + f"--{boundary}--\r\n").encode()


def wacz_entries(n: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("datapackage.json", json.dumps({"resources": []}))
        for i in range(n):
            archive.writestr(f"extra/{i}.txt", b"x")
    return out.getvalue()


CASES: list[tuple[str, str, Callable[[int], bytes], int]] = [
    ("HTML, tags never closed", "page.html", html_unclosed, 1),
    ("HTML, titles never ended", "page.html", html_open_titles, 1),
    ("HTML, nested comments", "page.html", html_nested_comments, 1),
    ("WARC, many records", "many.warc", warc_records, 20),
    ("MHTML, many parts", "many.mhtml", mhtml_parts, 10),
    ("WACZ, many entries", "many.wacz", wacz_entries, 50),
]


def _read(data: bytes, name: str) -> None:
    with contextlib.suppress(CaptureError):  # refusing is also an answer; as fast
        read_capture(data, name)


def run(_path: Path, _workdir: Path, size: Any) -> list[Figure]:
    n = min(max(size.claims * 20, 2000), 100_000)
    figures = []
    for label, name, make, per in CASES:
        count = max(n // per, 100)
        small, large = make(count), make(count * 2)
        once = best_of(lambda d=small, f=name: _read(d, f), 3)
        twice = best_of(lambda d=large, f=name: _read(d, f), 3)
        figures.append(
            Figure(
                f"captures: {label}, 2n vs n",
                twice,
                once,
                GOAL,
                extra={"n": count, "bytes": len(small)},
            )
        )
    return figures
