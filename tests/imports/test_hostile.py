"""Hostile files: refused in one line naming the file and the place, the case file untouched."""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from factdesk.services import Case
from factdesk.services.imports import ImportOptions, ImportRefused, preview_import, run_import
from tests.helpers import table_dump

REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "claimReviewed": "The river flows uphill",
    "url": "https://checks.example/river",
    "author": {"@type": "Organization", "name": "Checks"},
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}


def html_page(*blocks: str) -> str:
    # As pages write it: "</" escaped so that the text cannot end the script element.
    escaped = [b.replace("</", "<\\/") for b in blocks]
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in escaped)
    return f"<!doctype html><html lang=en><head>{scripts}</head><body>x</body></html>"


def refused_untouched(case: Case, path: Path, match: str, **options: object) -> str:
    before = table_dump(case.path)
    with pytest.raises(ImportRefused, match=match) as caught:
        run_import(case, [path], ImportOptions(**options))  # type: ignore[arg-type]
    assert table_dump(case.path) == before
    message = str(caught.value)
    assert "\n" not in message and message.startswith(path.name)
    return message


@pytest.fixture
def busy_case(case: Case) -> Case:
    case.claims.create("Something already here")
    return case


def test_megabytes_of_json_ld_are_skipped_and_the_rest_kept(case: Case, tmp_path: Path) -> None:
    huge = json.dumps({"@type": "WebPage", "text": "x" * (5 * 1024 * 1024)})
    path = tmp_path / "page.html"
    path.write_text(html_page(huge, json.dumps(REVIEW)), encoding="utf-8")
    report = run_import(case, [path], ImportOptions())
    assert len(report.summary.added) == 1
    assert any("JSON-LD block 1" in w and "4 MiB" in w for w in report.summary.warnings)


def test_json_ld_nested_ten_thousand_deep(case: Case, tmp_path: Path) -> None:
    deep = "[" * 10_000 + "]" * 10_000
    path = tmp_path / "page.html"
    path.write_text(html_page(deep, json.dumps(REVIEW)), encoding="utf-8")
    report = run_import(case, [path], ImportOptions())
    assert len(report.summary.added) == 1
    assert any("nested 10,000 levels" in w for w in report.summary.warnings)
    alone = tmp_path / "deep.json"
    alone.write_text('{"a":' * 10_000 + "1" + "}" * 10_000, encoding="utf-8")
    refused_untouched(case, alone, r"deep.json: is nested 10,000 levels deep")


def test_invalid_json_ld_among_valid_blocks(case: Case, tmp_path: Path) -> None:
    second = dict(REVIEW, claimReviewed="The sea is sweet", url="https://checks.example/sea")
    path = tmp_path / "page.html"
    path.write_text(
        html_page(json.dumps(REVIEW), '{"@type": "ClaimReview", oops', json.dumps(second)),
        encoding="utf-8",
    )
    report = run_import(case, [path], ImportOptions())
    assert len(report.summary.added) == 2
    assert any("JSON-LD block 2" in w and "not valid JSON" in w for w in report.summary.warnings)


def test_page_without_claimreview_is_refused(busy_case: Case, tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(html_page('{"@type": "WebPage"}'), encoding="utf-8")
    report = preview_import(busy_case, [path], ImportOptions())
    assert report.summary.added == ()


def test_markup_in_every_field_is_stored_as_text(case: Case, tmp_path: Path) -> None:
    evil = "<script>alert(1)</script><b onmouseover=x>"
    review = {
        **REVIEW,
        "claimReviewed": f"Claim {evil}",
        "name": f"Title {evil}",
        "author": {"@type": "Organization", "name": f"Org {evil}"},
        "reviewRating": {"@type": "Rating", "alternateName": f"False {evil}"},
        "itemReviewed": {"@type": "Claim", "author": {"name": f"Person {evil}"}},
    }
    path = tmp_path / "page.html"
    path.write_text(html_page(json.dumps(review)), encoding="utf-8")
    run_import(case, [path], ImportOptions())
    (claim,) = case.claims.get_many(case.claims.list_ids())
    assert claim.text == f"Claim {evil}"
    assert claim.claimant == f"Person {evil}"
    (ev,) = claim.evidence
    assert (ev.title, ev.publisher, ev.excerpt) == (f"Title {evil}", f"Org {evil}", f"False {evil}")
    from factdesk.services.reports import render_report
    from factdesk.settings import Settings

    html = render_report(case, [claim.id], settings=Settings()).html
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_csv_cell_too_long(busy_case: Case, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Claim,Rating\n" + "a,False\n" * 3 + "x" * 300_000 + ",False\n")
    refused_untouched(busy_case, path, r"long.csv: row 5: field larger than field limit")


def _preview_peak(case: Case, path: Path, rows: int) -> int:
    line = "Claim number {n} " + "w" * 1500 + ",False,https://c.example/{n}\n"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Claim,Rating,Link\n")
        for n in range(rows):
            fh.write(line.format(n=n))
    tracemalloc.start()
    try:
        report = preview_import(case, [path], ImportOptions())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(report.summary.added) == rows
    return peak


def test_big_csv_is_streamed_in_bounded_memory(case: Case, tmp_path: Path) -> None:
    single = _preview_peak(case, tmp_path / "one.csv", 3000)
    double = _preview_peak(case, tmp_path / "two.csv", 6000)
    # Twice the file (4.5 MB against 9 MB): the peak stays that of one batch.
    assert double < single * 1.3, (single, double)
    assert double < (tmp_path / "two.csv").stat().st_size


def test_wrong_encodings(busy_case: Case, tmp_path: Path) -> None:
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"Claim,Rating\nA\x00B,False\n")
    refused_untouched(busy_case, binary, r"binary.csv: is not a text file")
    broken = tmp_path / "broken16.csv"
    broken.write_bytes("Claim,Rating\nA,False\n".encode("utf-16") + b"\x00")
    refused_untouched(busy_case, broken, r"broken16.csv: .*UTF-16")


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _workbook_entries() -> dict[str, bytes]:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Claim", "Rating"])
    book.active.append(["The moon is cheese", "False"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def test_xlsx_zip_bomb(busy_case: Case, tmp_path: Path) -> None:
    entries = _workbook_entries()
    entries["xl/media/padding.bin"] = b"\0" * (30 * 1024 * 1024)
    path = _zip(tmp_path / "bomb.xlsx", entries)
    refused_untouched(busy_case, path, r"bomb.xlsx: xl/media/padding.bin: .*zip bomb")


def test_xlsx_entity_attack(busy_case: Case, tmp_path: Path) -> None:
    entries = _workbook_entries()
    sheet = entries["xl/worksheets/sheet1.xml"].decode()
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    entries["xl/worksheets/sheet1.xml"] = (
        laughs + sheet.replace("The moon is cheese", "&lol2;")
    ).encode()
    path = _zip(tmp_path / "laughs.xlsx", entries)
    refused_untouched(busy_case, path, r"laughs.xlsx: .*entities")


def test_zip_that_is_not_a_workbook(busy_case: Case, tmp_path: Path) -> None:
    path = _zip(tmp_path / "other.zip", {"a.txt": b"hello"})
    refused_untouched(busy_case, path, r"other.zip: is a ZIP archive but not an XLSX workbook")


def test_feed_with_a_broken_tail_imports_nothing(busy_case: Case, tmp_path: Path) -> None:
    feed = json.dumps(
        {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [REVIEW]}]}
    )
    path = tmp_path / "feed.json"
    path.write_text(feed[:-3] + ', {"item": [}', encoding="utf-8")
    refused_untouched(busy_case, path, r"feed.json: is not valid JSON")


def test_a_bad_value_names_the_row(busy_case: Case, tmp_path: Path) -> None:
    path = tmp_path / "status.csv"
    path.write_text("Claim,Rating\nFine,False\n" + "Bad\x01claim,False\n", encoding="utf-8")
    report = run_import(busy_case, [path], ImportOptions())  # control characters become spaces
    assert len(report.summary.added) == 2


@pytest.mark.parametrize(
    "bad", ["http://[oops", "https://[::1", "https://host:99999/x", "http://a b"]
)
@pytest.mark.parametrize("as_page", [False, True])
def test_a_malformed_address_anywhere_is_left_out_not_an_error(
    case: Case, tmp_path: Path, bad: str, as_page: bool
) -> None:
    review = {
        **REVIEW,
        "author": {"@type": "Organization", "name": "Checks", "url": bad},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "A mayor", "url": bad},
            "appearance": [{"@type": "CreativeWork", "url": bad}, bad],
            "firstAppearance": {"url": bad},
        },
        "image": bad,
        "sameAs": [bad],
    }
    path = tmp_path / ("page.html" if as_page else "review.json")
    data = json.dumps(review)
    path.write_text(html_page(data) if as_page else data, encoding="utf-8")
    run_import(case, [path], ImportOptions())
    (claim,) = case.claims.get_many(case.claims.list_ids())
    assert claim.text == "The river flows uphill" and claim.appeared_url is None
    assert [e.url for e in claim.evidence] == ["https://checks.example/river"]


def test_a_review_whose_own_address_is_malformed_is_refused_or_kept_without_it(
    busy_case: Case, tmp_path: Path
) -> None:
    path = tmp_path / "review.json"
    path.write_text(json.dumps({**REVIEW, "url": "http://[oops"}), encoding="utf-8")
    try:
        run_import(busy_case, [path], ImportOptions())
    except ImportRefused as refused:
        assert "\n" not in str(refused) and str(refused).startswith(path.name)
        return
    urls = [
        e.url for c in busy_case.claims.get_many(busy_case.claims.list_ids()) for e in c.evidence
    ]
    assert "http://[oops" not in urls
