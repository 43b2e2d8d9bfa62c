"""Spreadsheets: column maps, header guessing, encodings, XLSX, Meedan Check exports."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from factdesk.services import Case
from factdesk.services.imports import ImportOptions, ImportRefused, preview_import, run_import

MEEDAN_HEADER = (
    "ID,Title,Summary,URL,Language,Report Status,Status,Tags,Creation date,Description\n"
)
MEEDAN_MAP = (
    "ID=id",
    "Title=claim",
    "Summary=summary",
    "URL=appeared_url",
    "Language=language",
    "Status=rating",
    "Tags=tags",
    "Creation date=date",
    "Description=body",
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def claims(case: Case) -> dict[str, object]:
    return {c.text: c for c in case.claims.get_many(case.claims.list_ids())}


def test_header_is_guessed_and_shown_in_the_preview(case: Case, tmp_path: Path) -> None:
    path = write(
        tmp_path / "archive.csv",
        "Statement,Speaker,Verdict,Link,Date,Tags\n"
        'Hot water kills the virus,A. Post,False,https://checks.example/1,2021-03-04,"health,covid"\n'
        "Wind farms cause cancer,B. Blog,Pants on Fire,https://checks.example/2,04/05/2021,energy\n",
    )
    report = preview_import(case, [path], ImportOptions())
    ((_name, facts),) = report.files
    assert facts.guessed
    assert facts.columns == {
        "claim": "Statement",
        "claimant": "Speaker",
        "rating": "Verdict",
        "url": "Link",
        "date": "Date",
        "tags": "Tags",
    }
    assert case.claims.count() == 0
    run_import(case, [path], ImportOptions())
    found = claims(case)
    hot = found["Hot water kills the virus"]
    assert hot.claimant == "A. Post"
    assert set(hot.tags) == {"health", "covid"}
    (ev,) = hot.evidence
    assert ev.url == "https://checks.example/1"
    assert ev.published_on == dt.date(2021, 3, 4)
    assert ev.excerpt == "False" and ev.stance == "refutes"
    wind = found["Wind farms cause cancer"]
    assert wind.evidence[0].published_on == dt.date(2021, 5, 4)


def test_numbered_map_without_header(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.tsv", "x1\tfalse\tThe claim\tsomeone\n")
    run_import(case, [path], ImportOptions(column_map=("3=claim", "2=rating", "4=claimant")))
    (claim,) = claims(case).values()
    assert claim.claimant == "someone"


def test_no_recognisable_header_asks_for_a_map(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "a,b,c\n1,2,3\n")
    with pytest.raises(ImportRefused, match=r"rows.csv: .*--map COLUMN=FIELD"):
        run_import(case, [path], ImportOptions())


def test_unknown_field_or_column_is_refused(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "Claim,Rating\nA,False\n")
    with pytest.raises(ImportRefused, match="'colour' is not a field"):
        run_import(case, [path], ImportOptions(column_map=("Claim=colour",)))
    with pytest.raises(ImportRefused, match="no column 'Verdict'"):
        run_import(case, [path], ImportOptions(column_map=("Verdict=rating", "Claim=claim")))


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"],
)
def test_encodings_are_detected(case: Case, tmp_path: Path, encoding: str) -> None:
    text = "Claim,Rating\n“Café prices doubled” — said Zoë,Faux\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        assert not data.startswith(codecs.BOM_UTF16_LE)
    path = tmp_path / "rows.csv"
    path.write_bytes(data)
    run_import(case, [path], ImportOptions())
    assert "“Café prices doubled” — said Zoë" in claims(case)


def test_windows_1252_byte_late_in_the_file_is_found(case: Case, tmp_path: Path) -> None:
    lines = "Claim,Rating\n" + "".join(f"Claim number {n},False\n" for n in range(20000))
    path = tmp_path / "late.csv"
    path.write_bytes((lines + "Caf\xe9 claim,False\n").encode("cp1252"))
    run_import(case, [path], ImportOptions())
    assert "Café claim" in claims(case)


def test_meedan_check_export_with_its_mapping(case: Case, tmp_path: Path) -> None:
    path = write(
        tmp_path / "meedan.csv",
        MEEDAN_HEADER
        + '101,Photo shows flooded airport,"Old photo, from 2012",https://social.example/p/1,'
        'en,Published,False,"flood,photo",2023-02-01 10:00:00,Reverse image search finds it\n'
        "102,Minister resigned,,https://social.example/p/2,en,Unpublished,Inconclusive,,"
        "2023-02-02,\n",
    )
    report = run_import(case, [path], ImportOptions(column_map=MEEDAN_MAP))
    assert len(report.summary.added) == 2
    photo = claims(case)["Photo shows flooded airport"]
    assert photo.appeared_url == "https://social.example/p/1"
    assert photo.language == "en"
    assert set(photo.tags) == {"flood", "photo"}
    (ev,) = photo.evidence
    assert ev.excerpt == "False" and ev.notes == "Old photo, from 2012"
    assert ev.published_on == dt.date(2023, 2, 1)
    labels = {u.label: u.rating for u in report.labels}
    assert labels == {"False": "false", "Inconclusive": "unproven"}
    again = run_import(case, [path], ImportOptions(column_map=MEEDAN_MAP))
    assert again.summary.added == () and len(again.summary.unchanged) == 2


def test_rating_map_adds_an_off_scale_key_and_is_remembered(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "Claim,Rating\nA doctored image,Altered photo\n")
    report = run_import(
        case, [path], ImportOptions(as_="verdicts", rating_map=("Altered photo=altered",))
    )
    assert any("'altered' (Altered photo) was added" in w for w in report.summary.warnings)
    scale = case.ratings.by_key()
    assert scale["altered"].label == "Altered photo" and scale["altered"].value is None
    (claim,) = claims(case).values()
    assert claim.verdict is not None and claim.verdict.rating == "altered"
    # next time, the same column's label needs no --rating-map
    other = write(tmp_path / "more.csv", "Claim,Rating\nAnother fake image,altered photo\n")
    again = run_import(case, [other], ImportOptions(as_="verdicts"))
    (use,) = again.labels
    assert (use.rating, use.how) == ("altered", "remembered")


def test_unmapped_label_is_a_warning_and_kept(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "Claim,Rating\nSomething odd,Satire\n")
    report = run_import(case, [path], ImportOptions(as_="verdicts"))
    (claim,) = claims(case).values()
    assert claim.verdict is None
    assert claim.notes == "Rating at the source: Satire"
    assert any("'Satire'" in w and "--rating-map" in w for w in report.summary.warnings)
    mapped = run_import(
        case, [path], ImportOptions(as_="verdicts", rating_map=("Satire=unproven",))
    )
    assert mapped.summary.updated == (claim.id,)
    assert case.claims.get(claim.id).verdict.rating == "unproven"  # type: ignore[union-attr]


def test_local_edit_is_kept_when_the_source_changes(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "Claim,Rating,Link\nA,False,https://c.example/a\n")
    run_import(case, [path], ImportOptions())
    (claim,) = claims(case).values()
    case.evidence.update(claim.evidence[0].id, notes="checked by phone")
    write(path, "Claim,Rating,Link,Summary\nA,True,https://c.example/a,now true\n")
    report = run_import(case, [path], ImportOptions())
    assert [c.claim_id for c in report.summary.conflicts] == [claim.id]
    assert case.evidence.get(claim.evidence[0].id).excerpt == "False"


def test_source_change_updates_an_untouched_import(case: Case, tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "Claim,Rating,Link\nA,False,https://c.example/a\n")
    run_import(case, [path], ImportOptions())
    write(path, "Claim,Rating,Link\nA,True,https://c.example/a\n")
    report = run_import(case, [path], ImportOptions())
    (claim,) = claims(case).values()
    assert report.summary.updated == (claim.id,)
    assert claim.evidence[0].excerpt == "True" and claim.evidence[0].stance == "supports"
    history = case.history.for_claim(claim.id)
    assert any(h.action == "import" and "excerpt" in h.changes for h in history)


def test_xlsx_workbook(case: Case, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Claim", "Rating", "Date", "Link"])
    sheet.append(["placeholder", "False", dt.datetime(2022, 5, 1), "https://c.example/x"])
    sheet.append(["A number claim", 3, None, None])
    sheet.append(["=1+1", "False", None, None])  # a formula with no value saved: skipped
    text_cell = sheet.cell(row=2, column=1, value='=HYPERLINK("x")')
    text_cell.data_type = "s"  # text that looks like a formula
    path = tmp_path / "book.xlsx"
    book.save(path)
    report = run_import(case, [path], ImportOptions())
    assert report.files[0][1].format == "XLSX"
    found = claims(case)
    formula = found['=HYPERLINK("x")']  # kept as text, never evaluated
    assert formula.evidence[0].published_on == dt.date(2022, 5, 1)
    assert found["A number claim"].evidence[0].excerpt == "3"
    assert len(found) == 2
    assert any("row 4" in w and "empty" in w for w in report.summary.warnings)
