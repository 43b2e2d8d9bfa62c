"""Exports other tools read: a spreadsheet, and a ClaimReview DataFeed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pyld import jsonld

from factdesk.services import Case, open_case
from factdesk.services.exports import claimreview_feed, export_claimreview, export_csv
from factdesk.services.imports import ImportOptions, run_import
from factdesk.services.records import ClaimFilter
from factdesk.settings import Settings
from tests.cli.test_cli import Runner, fd  # noqa: F401 - the fixture
from tests.report_checks import S, _schema_org_loader

SETTINGS = Settings(
    author="Ana Reviewer", organisation="Desk Checks", publication_url="https://desk.example/c"
)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_claims_spreadsheet(sample_case: Case, tmp_path: Path) -> None:
    sample_case.claims.create('=HYPERLINK("http://evil.example","click")', claimant="@bot")
    sample_case.claims.create("-2+3 people agree", claimant="+cmd|' /C calc'!A0")
    target = tmp_path / "claims.csv"
    result = export_csv(sample_case, target)
    rows = read_csv(target)
    header, body = rows[0], rows[1:]
    assert header[:4] == ["id", "text", "claimant", "appeared_url"]
    assert "rating_label" in header and "evidence_count" in header
    assert result.rows == len(body) == 5
    by_text = {r[1]: dict(zip(header, r, strict=True)) for r in body}
    formula = by_text['\'=HYPERLINK("http://evil.example","click")']
    assert formula["claimant"] == "'@bot"
    assert by_text["'-2+3 people agree"]["claimant"].startswith("'+cmd")
    hokkaido = next(r for t, r in by_text.items() if "Hokkaido" in t)
    assert hokkaido["rating"] == "false" and hokkaido["rating_label"] == "False"
    evidence = len(sample_case.evidence.list(hokkaido["id"]))
    assert hokkaido["status"] == "published" and int(hokkaido["evidence_count"]) == evidence


def test_evidence_spreadsheet_with_a_filter(sample_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "evidence.csv"
    export_csv(sample_case, target, filter=ClaimFilter(rating="false"), evidence=True)
    header, *body = read_csv(target)
    assert header[:3] == ["claim_id", "id", "position"]
    (false_claim,) = sample_case.claims.list(ClaimFilter(rating="false"))
    assert {r[0] for r in body} == {false_claim.id}
    assert len(body) == len(sample_case.evidence.list(false_claim.id))


def _expanded(feed: dict) -> list[dict]:
    return jsonld.expand(feed, {"documentLoader": _schema_org_loader})


def test_claimreview_feed_is_valid_json_ld(sample_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "feed.json"
    result = export_claimreview(sample_case, target, None, settings=SETTINGS)
    assert result.rows == 1  # the one published verdict
    feed = json.loads(target.read_text(encoding="utf-8"))
    (node,) = _expanded(feed)
    assert node["@type"] == [S + "DataFeed"]
    (element,) = node[S + "dataFeedElement"]
    assert element["@type"] == [S + "DataFeedItem"]
    (review,) = element[S + "item"]
    assert review["@type"] == [S + "ClaimReview"]
    assert review[S + "claimReviewed"][0]["@value"].startswith("After the Second World War")
    (rating,) = review[S + "reviewRating"]
    assert rating[S + "alternateName"][0]["@value"] == "False"
    assert review[S + "url"][0]["@value"].startswith("https://desk.example/c#claim-")


def test_feed_leaves_out_unpublished_and_unrated(sample_case: Case) -> None:
    ids = sample_case.claims.list_ids()
    feed, warnings = claimreview_feed(sample_case, ids, settings=SETTINGS)
    assert len(feed["dataFeedElement"]) == 1
    assert any("no verdict" in w for w in warnings)
    assert any("not published" in w for w in warnings)


def test_feed_imports_back_as_verdicts(sample_case: Case, tmp_path: Path) -> None:
    target = tmp_path / "feed.json"
    export_claimreview(sample_case, target, None, settings=SETTINGS)
    with open_case(tmp_path / "other.factdesk", author="B") as other:
        report = run_import(other, [target], ImportOptions(as_="verdicts"))
        (claim_id,) = report.summary.added
        claim = other.claims.get(claim_id)
        original = next(
            c
            for c in sample_case.claims.get_many(sample_case.claims.list_ids())
            if c.status == "published"
        )
        assert claim.text == original.text
        assert claim.verdict is not None and claim.verdict.rating == "false"
        assert claim.status == "published"


def test_export_commands(fd: Runner, tmp_path: Path) -> None:  # noqa: F811
    fd("demo")
    code, out, err = fd("export", "csv", "-o", str(tmp_path / "c.csv"), "--status", "published")
    assert code == 0, err
    assert "Wrote 1 claim to" in out
    code, out, err = fd("export", "claimreview", "-o", str(tmp_path / "f.json"), "--all")
    assert code == 0 and "Wrote 1 ClaimReview item to" in out
    assert "no publication URL" in err
    code, _, err = fd("export", "claimreview", "-o", str(tmp_path / "f.json"))
    assert code == 1 and "--all" in err
    code, _, err = fd("export", "csv", "-o", str(tmp_path / "missing" / "c.csv"))
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
