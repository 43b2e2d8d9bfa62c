"""Citations from reference managers into a claim's evidence: CSL-JSON, RIS, BibTeX."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from factdesk.services import Case
from factdesk.services.imports import ImportOptions, ImportRefused, run_import

CSL = [
    {
        "id": "http://zotero.org/users/1/items/ABC",
        "type": "article-newspaper",
        "title": "Ministry denies water shortage",
        "container-title": "The Daily Example",
        "author": [{"family": "Doe", "given": "Jane"}, {"literal": "Newsdesk"}],
        "issued": {"date-parts": [[2021, 3, 4]]},
        "accessed": {"date-parts": [[2021, 3, 10]]},
        "URL": "https://daily.example/water",
        "abstract": "The ministry said reservoirs were at 80%.",
    },
    {
        "id": "b",
        "type": "report",
        "title": "Reservoir levels, March 2021",
        "publisher": "Water Agency",
        "issued": {"date-parts": [[2021]]},
        "DOI": "10.1234/water.2021",
    },
]
RIS = "\n".join(
    [
        "TY  - JOUR",
        "TI  - Drought and reservoirs",
        "AU  - Roe, Richard",
        "AU  - Poe, Anna",
        "JO  - Journal of Hydrology",
        "PY  - 2020",
        "DO  - 10.5555/hydro.1",
        "AB  - Reservoirs fell by a third.",
        "ER  - ",
        "",
        "TY  - ELEC",
        "TI  - Live reservoir map",
        "UR  - https://map.example/reservoirs",
        "Y2  - 2021/03/10",
        "ER  - ",
        "",
    ]
)
BIBTEX = r"""@article{roe2020,
  title = {Drought and {Reservoirs} in Caf\'{e} country},
  author = {Roe, Richard and Poe, Anna},
  journal = {Journal of Hydrology},
  year = {2020},
  month = mar,
  doi = {10.5555/hydro.1},
  abstract = {Reservoirs fell by a third.}
}
@misc{map,
  title = "Live reservoir map",
  url = {https://map.example/reservoirs},
  urldate = {2021-03-10}
}
"""


@pytest.fixture
def claim_id(case: Case) -> str:
    return case.claims.create("The reservoirs are empty").id


def test_csl_json(case: Case, claim_id: str, tmp_path: Path) -> None:
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(CSL), encoding="utf-8")
    report = run_import(case, [path], ImportOptions(into=claim_id[:8]))
    assert report.summary.updated == (claim_id,)
    first, second = case.claims.get(claim_id).evidence
    assert first.title == "Ministry denies water shortage"
    assert first.publisher == "The Daily Example"
    assert first.author == "Doe, Jane; Newsdesk"
    assert first.published_on == dt.date(2021, 3, 4)
    assert first.accessed_at == dt.datetime(2021, 3, 10, tzinfo=dt.UTC)
    assert first.url == "https://daily.example/water"
    assert first.excerpt == "The ministry said reservoirs were at 80%."
    assert first.kind == "article"
    assert second.url == "https://doi.org/10.1234/water.2021"
    assert second.publisher == "Water Agency" and second.kind == "document"
    again = run_import(case, [path], ImportOptions(into=claim_id))
    assert again.summary.evidence.unchanged == 2 and again.summary.evidence.added == 0


def test_ris(case: Case, claim_id: str, tmp_path: Path) -> None:
    path = tmp_path / "refs.ris"
    path.write_text(RIS, encoding="utf-8")
    run_import(case, [path], ImportOptions(into=claim_id))
    paper, page = case.claims.get(claim_id).evidence
    assert paper.title == "Drought and reservoirs"
    assert paper.author == "Roe, Richard; Poe, Anna"
    assert paper.publisher == "Journal of Hydrology"
    assert paper.published_on == dt.date(2020, 1, 1)
    assert paper.url == "https://doi.org/10.5555/hydro.1"
    assert paper.excerpt == "Reservoirs fell by a third."
    assert page.url == "https://map.example/reservoirs"
    assert page.accessed_at == dt.datetime(2021, 3, 10, tzinfo=dt.UTC)


def test_bibtex(case: Case, claim_id: str, tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    run_import(case, [path], ImportOptions(into=claim_id))
    paper, page = case.claims.get(claim_id).evidence
    assert paper.title == "Drought and Reservoirs in Café country"
    assert paper.author == "Roe, Richard; Poe, Anna"
    assert paper.published_on == dt.date(2020, 3, 1)
    assert paper.url == "https://doi.org/10.5555/hydro.1"
    assert page.title == "Live reservoir map"
    assert page.accessed_at == dt.datetime(2021, 3, 10, tzinfo=dt.UTC)


def test_citations_need_a_claim(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX, encoding="utf-8")
    with pytest.raises(ImportRefused, match="--into CLAIM_ID"):
        run_import(case, [path], ImportOptions())


def test_unbalanced_braces_refuse_the_file(case: Case, claim_id: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.bib"
    path.write_text(
        "@article{a, title={Fine}, year=2020}\n@misc{b, title={Never closed, year=2021}\n"
        "@book{c, title={After}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused, match=r"broken.bib: the entry at line 2: cannot be read"):
        run_import(case, [path], ImportOptions(into=claim_id))
    assert case.claims.get(claim_id).evidence == ()


def test_ris_without_end_is_refused(case: Case, claim_id: str, tmp_path: Path) -> None:
    path = tmp_path / "broken.ris"
    path.write_text("TY  - JOUR\nTI  - No end\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"broken\.ris"):
        run_import(case, [path], ImportOptions(into=claim_id))
