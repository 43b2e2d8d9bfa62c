"""The sample case is what a first-time user studies: it must be a check a senior editor signs."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

from factdesk.services import Case, readiness, sources

ENCYCLOPAEDIAS = {"wikipedia", "encyclopaediabritannica"}


def test_the_claims_put_forward_pass_the_checklist_honestly(sample_case: Case) -> None:
    for claim in sample_case.claims.get_many(sample_case.claims.list_ids()):
        unmet = [rule.key for rule in readiness.check(claim) if not rule.met]
        if claim.status in ("in_review", "published"):
            assert unmet == [], (claim.text, unmet)
        else:  # still being researched: it says so, and says what is missing
            assert claim.status == "researching"
            assert set(unmet) == {"rated", "independent_sources", "rationale"}


def test_the_claims_own_appearance_is_in_the_evidence_but_not_counted(sample_case: Case) -> None:
    main = sample_case.claims.get("8bb6f14a")
    count = sources.independent_sources(main)
    assert [ev.publisher for ev in count.appearance] == ["Newsweek"]
    assert sorted(s.name for s in count.sources) == ["JBpress", "The Washington Post"]


def test_every_item_points_at_a_page_not_a_home_page(sample_case: Case) -> None:
    for claim in sample_case.claims.get_many(sample_case.claims.list_ids()):
        urls = [ev.url for ev in claim.evidence]
        if claim.appeared_url:
            urls.append(claim.appeared_url)
        for url in urls:
            assert url is not None
            parts = urlsplit(url)
            assert parts.scheme == "https"
            assert parts.path.strip("/"), f"{url} is a home page"


def test_no_source_is_entered_twice_under_two_names(sample_case: Case) -> None:
    names_by_domain: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for claim in sample_case.claims.get_many(sample_case.claims.list_ids()):
        for ev in claim.evidence:
            assert ev.publisher, ev.title
            names_by_domain[sources.registrable_domain(ev.url) or ""].add(ev.publisher)
            spellings[sources.publisher_key(ev.publisher) or ""].add(ev.publisher)
    assert all(len(names) == 1 for names in names_by_domain.values()), names_by_domain
    assert all(len(names) == 1 for names in spellings.values()), spellings


def test_stances_grading_and_dates_an_editor_would_accept(sample_case: Case) -> None:
    entries: set[str] = set()
    for claim in sample_case.claims.get_many(sample_case.claims.list_ids()):
        for ev in claim.evidence:
            assert ev.source_reliability and ev.info_credibility, ev.title
            assert ev.published_on or ev.accessed_at, ev.title
            assert ev.accessed_at is not None, ev.title
            if sources.publisher_key(ev.publisher) in ENCYCLOPAEDIAS:
                entries.add(ev.url or "")
            if "kuril" in (ev.title or "").lower() and claim.id.startswith("8bb6f14a"):
                # Background on who holds the islands: context for the invasion claim.
                assert ev.stance == "context"
    assert len(entries) <= 2, entries


def test_excerpts_are_quotations_not_summaries(sample_case: Case) -> None:
    """An excerpt is shown as a quotation in reports: only words the source wrote."""
    main = sample_case.claims.get("8bb6f14a")
    quoted = {ev.title: ev.excerpt for ev in main.evidence if ev.excerpt}
    assert quoted["Russia Planned To Attack Japan in 2021: Leaked FSB Letters"].startswith(
        "Russia was preparing to attack Japan in the summer of 2021"
    )
    reference = [
        ev for ev in main.evidence if ev.publisher in ("Wikipedia", "Encyclopaedia Britannica")
    ]
    assert reference and all(ev.excerpt is None for ev in reference)
