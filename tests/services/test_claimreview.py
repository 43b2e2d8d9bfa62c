"""ClaimReview structured data, as a search engine reads it out of the report."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from factdesk.services import Case
from factdesk.services.claimreview import json_ld, party, pretty_json
from factdesk.services.reports import render_report
from factdesk.settings import Settings
from tests.report_checks import S, assert_safe_report, expand_json_ld, json_ld_blocks, value
from tests.services.test_reports import ALL, ARTICLE, HOKKAIDO, MAIN, NEWSWEEK, SETTINGS

# schema.org properties of each type used (including those inherited from
# CreativeWork and Thing): anything else would be a typo search engines ignore.
PROPERTIES = {
    "ClaimReview": {
        "claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished", "url",
        "reviewBody", "inLanguage",
    },
    "Rating": {"alternateName", "ratingValue", "bestRating", "worstRating"},
    "Claim": {"author", "datePublished", "appearance", "firstAppearance", "inLanguage"},
    "CreativeWork": {"url", "name", "datePublished"},
    "Person": {"name"},
    "Organization": {"name", "url"},
}  # fmt: skip


def check_vocabulary(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            check_vocabulary(item)
        return
    if not isinstance(node, dict):
        return
    kind = node["@type"]
    unknown = set(node) - {"@context", "@type"} - PROPERTIES[kind]
    assert not unknown, f"{kind} has properties schema.org does not define for it: {unknown}"
    for key, item in node.items():
        if not key.startswith("@"):
            check_vocabulary(item)


def reviews(case: Case, ids: list[str], settings: Settings = SETTINGS) -> list[dict[str, Any]]:
    html = render_report(case, ids, settings=settings, article_url=ARTICLE).html
    return expand_json_ld(assert_safe_report(html))


def test_every_rated_claim_has_one_claim_review(sample_case: Case) -> None:
    found = reviews(sample_case, ALL)
    assert [r["@type"] for r in found] == [[S + "ClaimReview"]] * 2
    texts = [value(r, "claimReviewed") for r in found]
    assert texts == [sample_case.claims.get(i).text for i in (MAIN, HOKKAIDO)]


def test_claim_review_carries_what_google_asks_for(sample_case: Case) -> None:
    (review,) = reviews(sample_case, [HOKKAIDO])
    claim = sample_case.claims.get(HOKKAIDO)
    assert value(review, "url") == ARTICLE
    assert value(review, "datePublished") == "2022-12-01"
    rating = value(review, "reviewRating")
    assert rating["@type"] == [S + "Rating"]
    assert value(rating, "alternateName") == "False"
    assert (value(rating, "ratingValue"), value(rating, "bestRating")) == (1, 5)
    assert value(rating, "worstRating") == 1
    item = value(review, "itemReviewed")
    assert item["@type"] == [S + "Claim"]
    assert value(value(item, "author"), "name") == claim.claimant
    assert value(item, "datePublished") == "2022-11-27"
    for prop in ("appearance", "firstAppearance"):
        work = value(item, prop)
        assert value(work, "name") == claim.appeared_title
        assert value(work, "datePublished") == "2022-11-27"
    organisation, person = review[S + "author"]
    assert organisation["@type"] == [S + "Organization"]
    assert value(organisation, "name") == "The Sample Desk"
    assert value(organisation, "url") == SETTINGS.publication_url
    assert person["@type"] == [S + "Person"]
    assert value(person, "name") == "FactDesk sample desk"  # the verdict's reviewer


def test_appearance_url_and_page_anchors(sample_case: Case) -> None:
    main, hokkaido = reviews(sample_case, ALL)
    appearance = value(value(main, "itemReviewed"), "appearance")
    assert value(appearance, "url") == NEWSWEEK
    # Several fact-checks on one page: each url points at its own part of the page.
    assert value(main, "url") == f"{ARTICLE}#claim-{MAIN}"
    assert value(hokkaido, "url") == f"{ARTICLE}#claim-{HOKKAIDO}"


def test_off_scale_rating_has_only_its_label(sample_case: Case) -> None:
    (review,) = reviews(sample_case, [MAIN])
    rating = value(review, "reviewRating")
    assert value(rating, "alternateName") == "Unproven"
    assert S + "ratingValue" not in rating


def test_only_schema_org_properties(sample_case: Case) -> None:
    doc = assert_safe_report(render_report(sample_case, ALL, settings=SETTINGS).html)
    blocks = json_ld_blocks(doc)
    assert all(b["@context"] == "https://schema.org" for b in blocks)
    check_vocabulary(blocks)


def test_reviewer_falls_back_to_the_author_setting(sample_case: Case) -> None:
    sample_case.verdicts.set(HOKKAIDO, rating="false", summary="s")
    with sample_case.store.writing() as session:
        session.connection().exec_driver_sql("UPDATE verdicts SET reviewer = NULL")
    (review,) = reviews(sample_case, [HOKKAIDO], Settings(author="Ana Reporter", organisation=""))
    assert value(value(review, "author"), "name") == "Ana Reporter"
    assert value(review, "author")["@type"] == [S + "Person"]


def test_scale_running_the_wrong_way_is_reported_not_published(sample_case: Case) -> None:
    with sample_case.store.writing() as session:
        session.connection().exec_driver_sql(
            "UPDATE ratings SET value = 6 - value WHERE value IS NOT NULL"
        )
    report = render_report(sample_case, [HOKKAIDO], settings=SETTINGS)
    assert any("do not fall from the most true" in w for w in report.warnings)
    (block,) = json_ld_blocks(assert_safe_report(report.html))
    assert block["reviewRating"] == {"@type": "Rating", "alternateName": "False"}


def test_scale_below_one_is_reported(sample_case: Case) -> None:
    with sample_case.store.writing() as session:
        session.connection().exec_driver_sql(
            "UPDATE ratings SET value = value - 3 WHERE value IS NOT NULL"
        )
    report = render_report(sample_case, [HOKKAIDO], settings=SETTINGS)
    assert any("below 1" in w for w in report.warnings)
    (block,) = json_ld_blocks(assert_safe_report(report.html))
    assert "ratingValue" not in block["reviewRating"]


def test_json_ld_escaping_is_harmless_and_reversible() -> None:
    text = '</script><!-- a & b > c \u2028\u2029 "quoted" ‘é’'
    encoded = json_ld({"claimReviewed": text})
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in encoded
    assert json.loads(encoded) == {"claimReviewed": text}


def test_claimants_as_people_or_organisations() -> None:
    assert party("Jane Doe")["@type"] == "Person"
    assert party("Ministry of Defence")["@type"] == "Organization"
    assert party("Daily News")["@type"] == "Organization"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_json_ld_is_laid_out_exactly_as_the_standard_library_would(data: Any) -> None:
    assert pretty_json(data) == json.dumps(data, ensure_ascii=False, indent=2)
