"""A capture's own date is outside input: one outside the accepted range is unknown.

A WARC record, a WACZ page list, an MHTML header or a SingleFile comment can
state any date, and a far one once crashed the reader (the offset pushed it
past year 1 or 9999) or was stored as the evidence's access time, which
then could not be shown east of UTC nor exported.  Such a date is now read
as unknown: the capture is still attached, and nothing out of range is
stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from factdesk.cli.main import main
from factdesk.services import open_case, timestamps
from factdesk.services.captures import read_capture
from tests.captures import inputs

FAR = [
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:30:00+01:00",  # before year 1 in UTC: once an OverflowError
    "0001-01-01T00:00:00Z",
    "1969-12-31T23:59:59Z",
    "3000-01-01T00:00:00Z",
]
GOOD = "2024-05-01T09:30:00+02:00"


def warc(date: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    body = b"<html><head><title>Harbour log</title></head><body>Ships in port</body></html>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://example.org/log",
        "response",
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)
    return out.getvalue()


def mhtml_dated(header: str) -> bytes:
    data = inputs.mhtml(b"<html><body>Ships in port</body></html>", url="https://example.org/")
    start = data.index(b"Date: ") + len(b"Date: ")
    end = data.index(b"\r\n", start)
    return data[:start] + header.encode() + data[end:]


def singlefile_dated(saved: str) -> bytes:
    page = inputs.singlefile(b"<html><body>Ships in port</body></html>", url="https://example.org/")
    return page.replace(
        b"Wed May 01 2024 11:30:00 GMT+0200 (Central European Summer Time)", saved.encode()
    )


def wacz_dated(ts: str) -> bytes:
    """A WACZ whose page list and WARC both give ``ts``."""
    return inputs.wacz(warc(ts), page_url="https://example.org/log", ts=ts)


@pytest.mark.parametrize("date", FAR)
def test_a_warc_or_wacz_dated_outside_the_range_has_no_time(date: str) -> None:
    for data, name in ((warc(date), "far.warc"), (wacz_dated(date), "far.wacz")):
        info = read_capture(data, name)
        assert info is not None and info.url == "https://example.org/log"
        assert info.captured_at is None, name


@pytest.mark.parametrize(
    "header",
    [
        "Fri, 31 Dec 9999 23:59:59 -1200",  # past 9999 in UTC: once an OverflowError
        "Sun, 31 Dec 1899 23:00:00 -0100",
        "Mon, 01 Jan 1900 00:00:00 +0000",
        "Sat, 01 Jan 3000 00:00:00 +0000",
    ],
)
def test_an_mhtml_dated_outside_the_range_has_no_time(header: str) -> None:
    info = read_capture(mhtml_dated(header), "far.mhtml")
    assert info is not None and info.url == "https://example.org/"
    assert info.captured_at is None


@pytest.mark.parametrize(
    "saved",
    ["Mon Jan 01 0001 00:30:00 GMT+0100 (CET)", "Fri Dec 31 9999 23:59:59 GMT-1200 (X)"],
)
def test_a_singlefile_page_dated_outside_the_range_has_no_time(saved: str) -> None:
    info = read_capture(singlefile_dated(saved), "far.html")
    assert info is not None and info.url == "https://example.org/"
    assert info.captured_at is None


def test_dates_inside_the_range_are_still_read_in_utc() -> None:
    expected = dt.datetime(2024, 5, 1, 7, 30, tzinfo=dt.UTC)
    assert read_capture(warc(GOOD), "a.warc").captured_at == expected  # type: ignore[union-attr]
    assert read_capture(wacz_dated(GOOD), "a.wacz").captured_at == expected  # type: ignore[union-attr]
    edge = read_capture(warc("1970-01-01T00:00:00Z"), "edge.warc")
    assert edge is not None and edge.captured_at == timestamps.EARLIEST


def test_far_dated_captures_attach_and_the_claim_still_shows_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "case.factdesk"
    files = {
        "a.warc": warc("0001-01-01T00:30:00+01:00"),
        "b.warc": warc("9999-12-31T23:59:59Z"),
        "c.mhtml": mhtml_dated("Fri, 31 Dec 9999 23:59:59 -1200"),
        "d.html": singlefile_dated("Mon Jan 01 0001 00:30:00 GMT+0100 (CET)"),
    }
    with open_case(db, daily_backup=False) as case:
        claim_id = case.claims.create("The harbour was full").id
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        assert (
            main(["--db", str(db), "evidence", "add", claim_id, "--attach", str(tmp_path / name)])
            == 0
        )
    with open_case(db, daily_backup=False) as case:
        evidence = case.claims.get(claim_id).evidence
        assert len(evidence) == 4 and all(e.accessed_at is None for e in evidence)
    capsys.readouterr()
    assert main(["--db", str(db), "claims", "show", claim_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["accessed_at"] for e in shown["evidence"]] == [None] * 4
    out = tmp_path / "out.factbundle"
    assert main(["--db", str(db), "bundle", "export", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        assert f"claims/{claim_id}.json" in zf.namelist()
