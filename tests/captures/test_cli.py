"""Captures and images from the command line: attach, search, info, similar, check, bundles."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from factdesk.cli.main import main
from tests.captures import inputs
from tests.helpers import table_dump


class Run:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def fd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(tmp_path / "case.factdesk", capsys)


@pytest.fixture
def claim(fd: Run) -> str:
    code, out, _ = fd("claims", "add", "The IANA coordinates the DNS root")
    assert code == 0
    return out.strip()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_attaching_a_warc_fills_the_item_and_makes_its_text_searchable(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    warc = write(tmp_path, "iana.warc", inputs.real("example-iana.org-chunked.warc"))
    code, out, err = fd("evidence", "add", claim, "--attach", str(warc), "--stance", "supports")
    assert code == 0 and err == ""
    code, out, _ = fd("claims", "show", claim, "--json")
    ev = json.loads(out)["evidence"][0]
    assert ev["url"] == "http://www.iana.org/"
    assert ev["title"] == "Internet Assigned Numbers Authority"
    assert ev["accessed_at"] == "2017-03-06T16:54:09Z"
    # words found only on the captured page find the claim
    code, out, _ = fd("claims", "list", "--search", "Protocol Assignments")
    assert claim[:8] in out


def test_what_the_journalist_typed_wins_over_the_capture(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    warc = write(tmp_path, "example.warc.gz", inputs.real("example.warc.gz"))
    fd(
        "evidence",
        "add",
        claim,
        "--title",
        "My title",
        "--url",
        "https://example.org/x",
        "--attach",
        str(warc),
    )
    ev = json.loads(fd("claims", "show", claim, "--json")[1])["evidence"][0]
    assert (ev["title"], ev["url"]) == ("My title", "https://example.org/x")
    assert ev["accessed_at"] == "2017-03-06T04:02:06Z"


def test_a_capture_that_fails_its_digests_is_attached_and_flagged(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    warc = write(tmp_path, "digest.warc", inputs.real("example-digest.warc"))
    code, _, err = fd("evidence", "add", claim, "--attach", str(warc))
    assert code == 0
    assert "digest.warc: capture integrity failed: record 1" in err
    sha = inputs.sha256(inputs.real("example-digest.warc"))
    info = json.loads(fd("attachment", "info", sha[:10], "--json")[1])
    assert info["capture"]["integrity"]["state"] == "failed"
    code, out, _ = fd("check")
    assert code == 1
    assert "1 web capture fails its integrity check" in out
    assert "digest.warc" in out


def test_check_reads_captures_stored_before_facts_were_kept(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    warc = write(tmp_path, "digest.warc", inputs.real("example-digest.warc"))
    fd("evidence", "add", claim, "--attach", str(warc))
    with sqlite3.connect(fd.db) as con:
        con.execute("DELETE FROM blob_facts")
    assert fd("check")[0] == 1


def test_an_unreadable_capture_is_refused_and_nothing_is_written(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    before = table_dump(fd.db)
    bad = write(tmp_path, "broken.warc", b"WARC/1.0\r\nnonsense\r\n\r\n")
    code, _, err = fd("evidence", "add", claim, "--title", "x", "--attach", str(bad))
    assert code == 1
    assert err.startswith("factdesk: error: broken.warc: not a readable WARC file")
    assert len(err.strip().splitlines()) == 1
    assert table_dump(fd.db) == before


def test_attachment_info_of_a_photograph(fd: Run, claim: str, tmp_path: Path) -> None:
    photo = write(tmp_path, "gps_DSCN0010.jpg", inputs.photo("gps_DSCN0010.jpg"))
    fd("evidence", "add", claim, "--attach", str(photo), "--kind", "media")
    sha = inputs.sha256(photo.read_bytes())
    code, out, _ = fd("attachment", "info", sha[:8], "--json")
    assert code == 0
    info = json.loads(out)
    assert info["kind"] == "image"
    assert info["image"]["camera"] == "NIKON COOLPIX P6000"
    assert info["image"]["gps"]["latitude"] == pytest.approx(43.467448)
    assert info["image"]["gps"]["map_url"].startswith("https://www.openstreetmap.org/?mlat=43.4")
    assert info["attached_as"][0]["filename"] == "gps_DSCN0010.jpg"
    code, out, _ = fd("attachment", "info", sha[:8])
    assert "Camera:        NIKON COOLPIX P6000" in out
    assert "Taken:         2008-10-22 16:28:39 (time zone not recorded)" in out


@pytest.mark.parametrize(
    ("prefix", "message"),
    [("zz12", "not a SHA-256 prefix"), ("ab", "not a SHA-256 prefix"), ("ffff", "no attachment")],
)
def test_attachment_info_bad_prefixes(fd: Run, claim: str, prefix: str, message: str) -> None:
    code, _, err = fd("attachment", "info", prefix)
    assert code == 1 and message in err and len(err.splitlines()) == 1


def test_similar_finds_the_recycled_photo_and_its_claim(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    original = inputs.photo("gps_DSCN0021.jpg")
    smaller = io.BytesIO()
    Image.open(io.BytesIO(original)).resize((320, 240)).save(smaller, "JPEG", quality=60)
    fd("evidence", "add", claim, "--attach", str(write(tmp_path, "orig.jpg", original)))
    other = fd("claims", "add", "Photo shows this week's flood")[1].strip()
    fd("evidence", "add", other, "--attach", str(write(tmp_path, "viral.jpg", smaller.getvalue())))
    fd(
        "evidence",
        "add",
        other,
        "--attach",
        str(write(tmp_path, "other.jpg", inputs.photo("gps_DSCN0010.jpg"))),
    )
    code, out, _ = fd("attachment", "similar", inputs.sha256(original)[:8], "--json")
    assert code == 0
    result = json.loads(out)
    assert [m["sha256"] for m in result["similar"]] == [inputs.sha256(smaller.getvalue())]
    assert result["similar"][0]["attached_as"][0]["claim_id"] == other
    code, out, _ = fd("attachment", "similar", inputs.sha256(original)[:8])
    assert "viral.jpg" in out and other[:8] in out and "other.jpg" not in out


def test_similar_on_a_capture_says_why_not(fd: Run, claim: str, tmp_path: Path) -> None:
    warc = write(tmp_path, "e.warc.gz", inputs.real("example.warc.gz"))
    fd("evidence", "add", claim, "--attach", str(warc))
    code, _, err = fd("attachment", "similar", inputs.sha256(warc.read_bytes())[:8])
    assert code == 1 and "it is not an image" in err


def test_a_decompression_bomb_is_attached_but_not_inspected(
    fd: Run, claim: str, tmp_path: Path
) -> None:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")
    bomb = write(tmp_path, "bomb.png", out.getvalue())
    code, _, err = fd("evidence", "add", claim, "--attach", str(bomb))
    assert code == 0 and "bomb.png: refused: too many pixels" in err
    info = json.loads(fd("attachment", "info", inputs.sha256(out.getvalue())[:8], "--json")[1])
    assert info["image"] is None and info["problem"].startswith("refused")


def test_bundle_import_verifies_captures_and_flags_failures(
    fd: Run, claim: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fd(
        "evidence",
        "add",
        claim,
        "--attach",
        str(write(tmp_path, "digest.warc", inputs.real("example-digest.warc"))),
    )
    fd(
        "evidence",
        "add",
        claim,
        "--attach",
        str(write(tmp_path, "iana.warc", inputs.real("example-iana.org-chunked.warc"))),
    )
    bundle = tmp_path / "out.factbundle"
    assert fd("bundle", "export", "-o", str(bundle))[0] == 0
    other = Run(tmp_path / "other.factdesk", capsys)
    code, out, _ = other("bundle", "import", str(bundle), "--json")
    assert code == 0
    warnings = json.loads(out)["warnings"]
    assert any("digest.warc: capture integrity failed" in w for w in warnings)
    assert not any("iana.warc" in w for w in warnings)
    # the imported capture's page text is searchable in the other case file
    assert claim[:8] in other("claims", "list", "--search", "Protocol Assignments")[1]


def test_undoing_a_delete_brings_back_what_search_finds_on_the_capture(
    tmp_path: Path,
) -> None:
    from factdesk.services import open_case
    from factdesk.services.records import ClaimFilter

    warc = write(tmp_path, "iana.warc", inputs.real("example-iana.org-chunked.warc"))
    with open_case(tmp_path / "undo.factdesk", author="Ana") as case:
        claim = case.claims.create("The IANA coordinates the DNS root")
        item = case.evidence.add(claim.id, attach=[warc])
        assert case.claims.list_ids(ClaimFilter(search="Protocol Assignments")) == [claim.id]
        snapshot = case.evidence.delete(item.id)
        assert case.claims.list_ids(ClaimFilter(search="Protocol Assignments")) == []
        case.evidence.restore(snapshot)
        assert case.claims.list_ids(ClaimFilter(search="Protocol Assignments")) == [claim.id]
        deleted = case.claims.delete(claim.id)
        case.claims.restore(deleted)
        assert case.claims.list_ids(ClaimFilter(search="Protocol Assignments")) == [claim.id]
        assert case.attachments.get(inputs.sha256(warc.read_bytes())).capture is not None
