"""Each capture format read from real captures: address, time, title, text, integrity."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile

import pytest

from factdesk.services.captures import CaptureError, read_capture
from factdesk.services.captures.inert import render_inert
from tests.captures import inputs


def test_warc_gz_of_example_com_is_read_and_verified() -> None:
    info = read_capture(inputs.real("example.warc.gz"), "example.warc.gz")
    assert info is not None
    assert info.format == "WARC.gz"
    assert info.url == "http://example.com/"
    assert info.captured_at == dt.datetime(2017, 3, 6, 4, 2, 6, tzinfo=dt.UTC)
    assert info.title == "Example Domain"
    assert "illustrative examples in documents" in info.text
    assert info.integrity.state == "verified"
    assert info.integrity.checked == 3


def test_chunked_warc_is_read_through_its_chunks() -> None:
    info = read_capture(inputs.real("example-iana.org-chunked.warc"), "iana.warc")
    assert info is not None and info.format == "WARC"
    assert info.url == "http://www.iana.org/"
    assert info.title == "Internet Assigned Numbers Authority"
    assert "coordination of the DNS Root" in info.text
    assert info.integrity.state == "verified"


def test_a_payload_digest_that_does_not_match_fails_integrity() -> None:
    info = read_capture(inputs.real("example-digest.warc"), "digest.warc")
    assert info is not None
    assert info.integrity.state == "failed"
    assert "payload digest failed" in info.integrity.detail
    assert info.url == "http://example.com/"  # requests only: still the address


@pytest.mark.parametrize("name", ["example.warc.gz", "example-iana.org-chunked.warc"])
def test_a_truncated_warc_is_flagged_not_accepted(name: str) -> None:
    data = inputs.real(name)
    for cut in (len(data) // 2, len(data) - 12):
        info = read_capture(data[:cut], name)
        assert info is not None
        assert info.integrity.state == "failed", cut
        assert "cut short" in info.integrity.detail or "truncated" in info.integrity.detail


def test_a_warc_with_a_record_whose_digest_was_altered_fails() -> None:
    data = bytearray(inputs.real("example-iana.org-chunked.warc"))
    where = data.find(b"Internet Assigned Numbers Authority", 1000)
    data[where] ^= 0x20  # one letter of the page changed, its digests not
    info = read_capture(bytes(data), "iana.warc")
    assert info is not None and info.integrity.state == "failed"
    assert "digest failed" in info.integrity.detail


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"WARC/1.0\r\ngarbage\r\n\r\n", "x.warc"),
        (b"not a warc at all", "x.warc"),
        (gzip.compress(b"just text, compressed"), "x.warc.gz"),
        (b"", "x.warc"),
        (b"PK\x03\x04 not a zip", "x.wacz"),
    ],
)
def test_malformed_capture_files_are_refused_with_a_message(data: bytes, name: str) -> None:
    with pytest.raises(CaptureError, match=name.replace(".", r"\.")):
        read_capture(data, name)


def test_a_gzip_bomb_is_not_decompressed_to_the_end() -> None:
    from factdesk.services.captures import warc

    head = gzip.decompress(inputs.real("example.warc.gz"))[:600]
    bomb = gzip.compress(head + b"\0" * (64 * 1024 * 1024), compresslevel=9)
    original = warc.MAX_DECOMPRESSED
    warc.MAX_DECOMPRESSED = 16 * 1024 * 1024
    try:
        info = read_capture(bomb, "bomb.warc.gz")
    finally:
        warc.MAX_DECOMPRESSED = original
    assert info is not None and info.integrity.state == "failed"


def test_wacz_hashes_are_verified() -> None:
    info = read_capture(inputs.wacz(inputs.real("example-iana.org-chunked.warc")), "p.wacz")
    assert info is not None and info.format == "WACZ"
    assert info.url == inputs.IANA_URL
    assert info.captured_at == dt.datetime(2017, 3, 6, 16, 54, 9, tzinfo=dt.UTC)
    assert info.title == "Internet Assigned Numbers Authority"
    assert "coordination of the DNS Root" in info.text
    assert info.integrity.state == "verified"


def test_a_wacz_with_a_lying_hash_fails_integrity() -> None:
    data = inputs.wacz(inputs.real("example-iana.org-chunked.warc"), lie=True)
    info = read_capture(data, "lying.wacz")
    assert info is not None and info.integrity.state == "failed"
    assert "does not match its SHA-256" in info.integrity.detail


def test_a_wacz_holding_a_damaged_warc_fails_integrity() -> None:
    data = inputs.wacz(inputs.real("example-digest.warc"), page_url="http://example.com/")
    info = read_capture(data, "d.wacz")
    assert info is not None and info.integrity.state == "failed"
    assert "inside a WARC file" in info.integrity.detail


@pytest.mark.parametrize("evil", ["../escape.txt", "/etc/passwd", "archive/../../x", "a\\b.txt"])
def test_a_wacz_with_a_dangerous_name_is_refused(
    evil: str, tmp_path: pytest.TempPathFactory
) -> None:
    data = inputs.wacz(inputs.real("example.warc.gz"), extra={evil: b"payload"})
    with pytest.raises(CaptureError, match="refused"):
        read_capture(data, "evil.wacz")


def test_a_wacz_zip_bomb_entry_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "datapackage.json",
            b'{"resources": [{"path": "archive/a.warc", "hash": "sha256:00"}]}',
        )
        archive.writestr("archive/a.warc", b"\0" * (32 * 1024 * 1024))
    with pytest.raises(CaptureError, match="zip bomb"):
        read_capture(out.getvalue(), "bomb.wacz")


def test_mhtml_headers_give_address_time_and_title() -> None:
    page = inputs.page_of(inputs.real("example-iana.org-chunked.warc"))
    info = read_capture(inputs.mhtml(page), "iana.mhtml")
    assert info is not None and info.format == "MHTML"
    assert info.url == inputs.IANA_URL
    assert info.captured_at == dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    assert info.title == "Internet Assigned Numbers Authority"
    assert "coordination of the DNS Root" in info.text
    assert info.integrity.state == "unverifiable"


def test_singlefile_comment_gives_address_and_time() -> None:
    page = inputs.page_of(inputs.real("example.warc.gz"))
    info = read_capture(inputs.singlefile(page, url="http://example.com/"), "example.html")
    assert info is not None and info.format == "HTML"
    assert info.url == "http://example.com/"
    assert info.captured_at == dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    assert info.title == "Example Domain"


def test_browser_saved_from_comment_gives_address() -> None:
    page = b"<!-- saved from url=(0020)http://example.com/ -->\n" + inputs.page_of(
        inputs.real("example.warc.gz")
    )
    info = read_capture(page, "saved.htm")
    assert info is not None and info.url == "http://example.com/" and info.captured_at is None


def test_files_that_are_not_captures_are_left_alone() -> None:
    assert read_capture(inputs.photo("Canon_40D.jpg"), "Canon_40D.jpg") is None
    assert read_capture(b"plain notes", "notes.txt") is None


def _no_remote(rendered: str) -> None:
    lowered = rendered.lower()
    assert "tracker.example" not in lowered
    for bad in (
        "<script",
        "onload",
        "onerror",
        "<iframe",
        "<object",
        "<form",
        "<base",
        "<link",
        "javascript:",
        'http-equiv="refresh',
    ):
        assert bad not in lowered, bad


def _csp(rendered: str) -> str:
    head = rendered[: rendered.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<title>")
    start = head.index('content="', head.index("Content-Security-Policy")) + 9
    return head[start : head.index('"', start)]


def test_inert_mhtml_keeps_in_capture_images_and_drops_everything_remote() -> None:
    jpeg = inputs.photo("Canon_40D.jpg")
    data = inputs.mhtml(
        inputs.hostile_page("https://www.iana.org/img/photo.jpg"),
        images={"https://www.iana.org/img/photo.jpg": jpeg},
    )
    info = read_capture(data, "hostile.mhtml")
    assert info is not None and "quokka" in info.text
    rendered = render_inert(data, "hostile.mhtml", info, "ab" * 32)
    _no_remote(rendered)
    assert 'alt="kept"' in rendered and "data:image/jpeg;base64," in rendered
    policy = {d.split()[0]: d.split()[1:] for d in _csp(rendered).split("; ")}
    assert policy == {
        "default-src": ["'none'"],
        "img-src": ["data:"],
        "style-src": ["'unsafe-inline'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
    }


def test_inert_warc_serves_the_page_from_the_capture() -> None:
    data = inputs.real("example-iana.org-chunked.warc")
    info = read_capture(data, "iana.warc")
    assert info is not None
    rendered = render_inert(data, "iana.warc", info, "cd" * 32)
    assert "coordination of the DNS Root" in rendered
    assert "http://www.iana.org/" in rendered  # the banner names the address
    assert "capture integrity verified" in rendered
    assert "<script" not in rendered.lower() and "href=" not in rendered.lower()


def test_inert_singlefile_keeps_its_data_images_only() -> None:
    import base64

    png = base64.b64encode(inputs.photo("Canon_40D.jpg")).decode()
    page = inputs.hostile_page(f"data:image/jpeg;base64,{png}")
    data = inputs.singlefile(page)
    info = read_capture(data, "saved.html")
    assert info is not None
    rendered = render_inert(data, "saved.html", info, "ef" * 32)
    _no_remote(rendered)
    assert 'alt="kept"' in rendered


def test_inert_rendering_of_a_failed_capture_says_so() -> None:
    data = inputs.real("example-digest.warc")
    info = read_capture(data, "digest.warc")
    assert info is not None
    rendered = render_inert(data, "digest.warc", info, "00" * 32)
    assert "capture integrity failed" in rendered


def test_a_page_nested_without_end_keeps_its_text_and_stays_linear() -> None:
    from factdesk.services.captures import html_page

    real_page = inputs.page_of(inputs.real("example-iana.org-chunked.warc")).decode()
    assert html_page.limit_nesting(real_page) == real_page  # real pages are left alone
    deep = "<title>Deep</title>" + "<div><span>word " * 5000
    limited = html_page.limit_nesting(deep)
    assert limited.count("<div>") + limited.count("<span>") == html_page.MAX_DEPTH
    title, text = html_page.title_and_text(deep)
    assert title == "Deep" and text.count("word") == 5000


@pytest.mark.parametrize("base", ["http://[oops/", "https://example.org/", None])
def test_malformed_image_addresses_in_a_capture_are_dropped_quietly(
    base: str | None, capfd: pytest.CaptureFixture[str]
) -> None:
    from factdesk.services.captures.inert import sanitize

    images = {"https://example.org/a.png": "data:image/png;base64,AAAA"}
    html = '<p>Port<img src="http://[oops"><img src="https://[::1/x.png"><img src="a.png"></p>'
    body = sanitize(html, base, images)
    assert "Port" in body and "[oops" not in body and "[::1" not in body
    if base == "https://example.org/":
        assert "data:image/png;base64,AAAA" in body  # a relative image still found
    assert "Exception" not in capfd.readouterr().err
