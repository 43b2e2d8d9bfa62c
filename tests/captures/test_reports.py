"""Reports citing captures, and the band over a picture of a claim rated false."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from pathlib import Path

from PIL import Image

from factdesk.services import Case
from factdesk.services.reports import render_report
from factdesk.settings import Settings
from tests.captures import inputs
from tests.report_checks import assert_safe_report

SETTINGS = Settings(author="Ana", organisation="Desk", publication_url="https://x.example.org/")
WHEN = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
POST = "https://social.example.com/posts/123"


def render(case: Case, ids: list[str]):  # type: ignore[no-untyped-def]
    return render_report(case, ids, settings=SETTINGS, generated_at=WHEN)


def attach(case: Case, tmp_path: Path, claim_id: str, name: str, data: bytes, **fields: object):
    path = tmp_path / name
    path.write_bytes(data)
    return case.evidence.add(claim_id, attach=[path], **fields)  # type: ignore[arg-type]


def images_in(html: str) -> list[bytes]:
    return [
        base64.b64decode(m)
        # Each image is in the page's stylesheet once, as a data: URI.
        for m in re.findall(r'url\("data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)"', html)
    ]


def test_captures_are_cited_with_address_time_sha_and_integrity(case: Case, tmp_path: Path) -> None:
    claim = case.claims.create("The IANA coordinates the DNS root")
    attach(case, tmp_path, claim.id, "iana.warc", inputs.real("example-iana.org-chunked.warc"))
    attach(
        case,
        tmp_path,
        claim.id,
        "digest.warc",
        inputs.real("example-digest.warc"),
        title="Damaged copy",
    )
    report = render(case, [claim.id])
    doc = assert_safe_report(report.html)
    captures = [c.text() for c in [e for e in doc.find_all("span") if e.has_class("capture")]]
    assert len(captures) == 2
    good = next(c for c in captures if "www.iana.org" in c)
    assert "Web capture (WARC) of http://www.iana.org/" in good
    assert "captured 6 March 2017, 16:54 UTC" in good
    assert "capture integrity verified" in good
    bad = next(c for c in captures if "example.com" in c)
    assert "capture integrity failed" in bad and "payload digest failed" in bad
    assert inputs.sha256(inputs.real("example-iana.org-chunked.warc")) in report.html
    assert any("digest.warc: capture integrity failed" in w for w in report.warnings)


def _rate(case: Case, claim_id: str, rating: str) -> None:
    case.verdicts.set(claim_id, rating=rating, summary="Checked.")


def test_the_claims_own_picture_carries_the_rating_band(case: Case, tmp_path: Path) -> None:
    photo = inputs.photo("gps_DSCN0010.jpg")
    claim = case.claims.create("This photo shows the flood of last week", appeared_url=POST)
    attach(case, tmp_path, claim.id, "post.jpg", photo, url=POST + "/", title="The post")
    attach(
        case,
        tmp_path,
        claim.id,
        "source.jpg",
        inputs.photo("gps_DSCN0021.jpg"),
        url="https://archive.example.org/2008",
        title="Original from 2008",
    )
    _rate(case, claim.id, "false")
    html = render(case, [claim.id]).html
    doc = assert_safe_report(html)
    figures = [e for e in doc.find_all("figure") if e.has_class("rated-band")]
    assert len(figures) == 1 and "RATED FALSE" in figures[0].text()
    shown = images_in(html)
    assert photo not in shown  # the claim's picture is never shown bare ...
    assert inputs.photo("gps_DSCN0021.jpg") in shown  # ... the sources' pictures are
    marked = next(b for b in shown if b != inputs.photo("gps_DSCN0021.jpg"))
    banded = Image.open(io.BytesIO(marked)).convert("RGB")
    r, g, b = banded.getpixel((banded.width // 8, banded.height // 2))
    assert r > 140 and g < 90 and b < 90  # the band is in the pixels


def test_mostly_false_bands_and_true_does_not(case: Case, tmp_path: Path) -> None:
    photo = inputs.photo("Canon_40D.jpg")
    claim = case.claims.create("Lizard seen in the city centre", appeared_url=POST)
    attach(case, tmp_path, claim.id, "post.jpg", photo, url=POST)
    _rate(case, claim.id, "mostly-false")
    assert "RATED MOSTLY FALSE" in render(case, [claim.id]).html
    _rate(case, claim.id, "true")
    html = render(case, [claim.id]).html
    assert "RATED" not in html and photo in images_in(html)


def test_a_decompression_bomb_is_never_put_in_a_report(case: Case, tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")
    claim = case.claims.create("A huge picture")
    attach(case, tmp_path, claim.id, "bomb.png", out.getvalue(), title="Bomb")
    html = render(case, [claim.id]).html
    assert images_in(html) == []
    assert "not shown: refused: too many pixels" in html
