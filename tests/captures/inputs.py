"""Capture files for tests, built from the real captures and photographs in ../shared."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import zipfile
from email.utils import format_datetime

from tests.conftest import shared_file

IANA_URL = "http://www.iana.org/"


def real(name: str) -> bytes:
    return shared_file("realdata", "captures", name).read_bytes()


def photo(name: str) -> bytes:
    return shared_file("realdata", "images", name).read_bytes()


def page_of(warc_bytes: bytes) -> bytes:
    """The HTML payload of the first HTML response, read with warcio directly."""
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(warc_bytes)):
        if record.rec_type == "response" and "html" in (
            record.http_headers.get_header("Content-Type") or ""
        ):
            return record.content_stream().read()
    raise AssertionError("no HTML page in the capture")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def wacz(
    warc_bytes: bytes,
    *,
    page_url: str = IANA_URL,
    ts: str = "2017-03-06T16:54:09Z",
    title: str = "Internet Assigned Numbers Authority",
    lie: bool = False,
    extra: dict[str, bytes] | None = None,
    warc_name: str = "archive/data.warc",
) -> bytes:
    """A WACZ file (WACZ 1.1.1 layout) holding ``warc_bytes``; ``lie`` gives a wrong hash."""
    pages = (
        json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})
        + "\n"
        + json.dumps({"id": "1", "url": page_url, "ts": ts, "title": title})
        + "\n"
    ).encode()
    files = {warc_name: warc_bytes, "pages/pages.jsonl": pages}
    resources = [
        {
            "name": name.rsplit("/", 1)[-1],
            "path": name,
            "hash": "sha256:" + (sha256(body[::-1]) if lie and name == warc_name else sha256(body)),
            "bytes": len(body),
        }
        for name, body in files.items()
    ]
    package = json.dumps(
        {"profile": "data-package", "wacz_version": "1.1.1", "resources": resources}
    ).encode()
    digest = json.dumps({"path": "datapackage.json", "hash": "sha256:" + sha256(package)}).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("datapackage.json", package)
        archive.writestr("datapackage-digest.json", digest)
        for name, body in {**files, **(extra or {})}.items():
            archive.writestr(name, body, compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def mhtml(
    page: bytes,
    *,
    url: str = IANA_URL,
    images: dict[str, bytes] | None = None,
    subject: str = "Internet Assigned Numbers Authority",
    when: dt.datetime = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC),
) -> bytes:
    """An MHTML file as Chrome writes it: the page as quoted-printable, images in base64."""
    boundary = "----MultipartBoundary--abc123----"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(when)}\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "\r\n"
    )
    parts = [
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: base64\r\nContent-Location: {url}\r\n\r\n"
        + base64.encodebytes(page).decode().replace("\n", "\r\n")
    ]
    for location, body in (images or {}).items():
        parts.append(
            f"--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: {location}\r\n\r\n"
            + base64.encodebytes(body).decode().replace("\n", "\r\n")
        )
    return (head + "".join(parts) + f"--{boundary}--\r\n").encode()


def singlefile(page: bytes, *, url: str = IANA_URL) -> bytes:
    """A page as the SingleFile extension saves it: its comment first."""
    comment = (
        "<!--\n Page saved with SingleFile \n"
        f" url: {url} \n"
        " saved date: Wed May 01 2024 11:30:00 GMT+0200 (Central European Summer Time)\n-->"
    )
    return comment.encode() + page


def hostile_page(image_src: str) -> bytes:
    """A page whose scripts, handlers and remote references must all be left out."""
    return (
        "<html><head><title>Hostile page</title>"
        '<script src="https://tracker.example/t.js"></script>'
        '<link rel="stylesheet" href="https://tracker.example/s.css">'
        '<meta http-equiv="refresh" content="0;url=https://tracker.example/">'
        '<base href="https://tracker.example/">'
        "<style>body{background:url(https://tracker.example/bg.png)}</style></head>"
        '<body onload="steal()"><h1>Hostile page</h1><p>Words worth finding: quokka.</p>'
        f'<img src="{image_src}" alt="kept">'
        '<img src="https://tracker.example/pixel.gif" alt="remote">'
        '<iframe src="https://tracker.example/frame"></iframe>'
        '<a href="javascript:alert(1)">js link</a>'
        '<a href="https://tracker.example/out">out link</a>'
        '<form action="https://tracker.example/post"><input name="q"></form>'
        '<object data="https://tracker.example/o.swf"></object>'
        '<video src="https://tracker.example/v.mp4"></video>'
        '<div style="background:url(https://tracker.example/div.png)">styled</div>'
        "<svg><script>alert(2)</script></svg>"
        "<script>fetch('https://tracker.example/x')</script></body></html>"
    ).encode()
