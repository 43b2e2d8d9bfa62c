"""The publishing checklist: rules that cannot be met by form alone, explained item by item."""

from __future__ import annotations

import socket
import subprocess
import sys
from typing import Any

import pytest

from factdesk.errors import ValidationError
from factdesk.services import Case, history_story, readiness, sources


def rules(case: Case, claim_id: str) -> dict[str, bool]:
    return {r.key: r.met for r in readiness.check(case.claims.get(claim_id))}


def rule(case: Case, claim_id: str, key: str) -> readiness.Rule:
    return next(r for r in readiness.check(case.claims.get(claim_id)) if r.key == key)


def test_a_bare_claim_meets_no_rule(case: Case) -> None:
    claim = case.claims.create("Bare claim")
    assert not any(rules(case, claim.id).values())


def test_rules_follow_the_evidence_and_verdict(case: Case) -> None:
    claim = case.claims.create("Claim")
    case.evidence.add(claim.id, title="A", publisher="BBC News", url="https://a.example")
    case.evidence.add(claim.id, title="B", publisher="bbc  news", url="https://b.example")
    met = rules(case, claim.id)
    assert met == {
        "rated": False,
        "independent_sources": False,  # one publisher, written two ways
        "decisive_evidence": False,
        "rationale": False,
        "sourced_evidence": True,
    }
    case.evidence.add(claim.id, title="C", publisher="Reuters", stance="refutes")
    case.verdicts.set(claim.id, rating="false", rationale="Because.")
    met = rules(case, claim.id)
    assert met["independent_sources"] and met["decisive_evidence"] and met["rationale"]
    assert met["rated"]
    assert not met["sourced_evidence"]  # C has neither URL nor attachment
    assert rule(case, claim.id, "sourced_evidence").detail == "Missing on “C”."


def test_a_draft_is_not_ready(case: Case) -> None:
    claim = case.claims.create("Claim")
    case.verdicts.set_changes(claim.id, rationale="Written, not rated")
    met = rules(case, claim.id)
    assert met["rationale"] and not met["rated"]
    assert "draft" in rule(case, claim.id, "rated").detail


# -- independence ----------------------------------------------------------------------


def test_two_pages_of_one_site_are_one_source(case: Case) -> None:
    claim = case.claims.create("Claim")
    en = case.evidence.add(
        claim.id,
        title="English article",
        url="https://en.wikipedia.org/wiki/Kuril_Islands_dispute",
        publisher="Wikipedia",
        stance="refutes",
    )
    de = case.evidence.add(
        claim.id,
        title="German article",
        url="https://de.wikipedia.org/wiki/Kurilenkonflikt",
        publisher="Die freie Enzyklopädie",
        stance="refutes",
    )
    found = rule(case, claim.id, "independent_sources")
    assert not found.met
    assert "“English article” and “German article” are one source" in found.detail
    assert "the same site, wikipedia.org" in found.detail
    assert set(found.evidence_ids) == {en.id, de.id}
    case.evidence.add(
        claim.id,
        title="Britannica entry",
        url="https://www.britannica.com/place/Kuril-Islands",
        publisher="Encyclopaedia Britannica",
        stance="refutes",
    )
    found = rule(case, claim.id, "independent_sources")
    assert found.met
    assert found.detail.startswith("2 independent sources: Wikipedia (")
    assert "counted once" in found.detail


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://news.bbc.co.uk/1/hi/world/7.stm", "https://www.bbc.co.uk/news/world-1"),
        ("http://EXAMPLE.com./a", "https://cdn.example.com/b"),
        ("https://münchen.de/rathaus", "https://xn--mnchen-3ya.de/presse"),
    ],
)
def test_subdomains_and_spellings_of_one_domain_are_one_source(
    case: Case, first: str, second: str
) -> None:
    claim = case.claims.create("Claim")
    case.evidence.add(claim.id, title="One", url=first, stance="refutes")
    case.evidence.add(claim.id, title="Two", url=second, stance="refutes")
    assert not rules(case, claim.id)["independent_sources"]


def test_sites_hosted_on_a_shared_domain_are_told_apart(case: Case) -> None:
    """Two blogs on one blogging service are two owners (the list's private suffixes)."""
    claim = case.claims.create("Claim")
    case.evidence.add(claim.id, title="One", url="https://alice.blogspot.com/p", stance="refutes")
    case.evidence.add(claim.id, title="Two", url="https://bob.blogspot.com/q", stance="refutes")
    assert rules(case, claim.id)["independent_sources"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Guardian", "guardian"),
        ("BBC News", "B.B.C. news"),
        ("The New York Times", "New-York Times"),
        ("Le Monde", "LE MONDE "),
        ("Wikipédia", "Wikipedia"),
    ],
)
def test_one_publisher_spelt_two_ways_is_one_source(case: Case, first: str, second: str) -> None:
    claim = case.claims.create("Claim")
    case.evidence.add(
        claim.id,
        title="On the site",
        url="https://one.example/a",
        publisher=first,
        stance="refutes",
    )
    case.evidence.add(
        claim.id,
        title="Syndicated copy",
        url="https://another.example/b",
        publisher=second,
        stance="refutes",
    )
    found = rule(case, claim.id, "independent_sources")
    assert not found.met
    spellings = " / ".join(f"“{' '.join(name.split())}”" for name in (first, second))
    assert f"the same publisher, {spellings}" in found.detail


def test_the_does_not_make_a_publisher_of_its_own(case: Case) -> None:
    assert sources.publisher_key("The Times") == sources.publisher_key("times")
    assert sources.publisher_key("The Times") != sources.publisher_key("The Sunday Times")
    assert sources.publisher_key("The") == "the"  # a name that is only "The" stays a name


def test_context_only_evidence_gives_no_source(case: Case) -> None:
    claim = case.claims.create("Claim")
    for n, publisher in enumerate(["Britannica", "Ministry of Foreign Affairs of Japan"]):
        case.evidence.add(
            claim.id,
            title=f"Background {n}",
            url=f"https://site{n}.example/page",
            publisher=publisher,
            stance="context",
        )
    found = rule(case, claim.id, "independent_sources")
    assert not found.met
    assert found.detail.startswith("No independent source among the evidence yet")
    assert "“Background 0” and “Background 1” are context" in found.detail
    assert not rules(case, claim.id)["decisive_evidence"]


def test_the_claims_own_appearance_is_no_source(case: Case) -> None:
    claim = case.claims.create(
        "Claim", appeared_url="https://www.newsweek.com/russia-planned-attack-japan-1762133"
    )
    case.evidence.add(
        claim.id,
        title="The report itself",
        url="https://newsweek.com/russia-planned-attack-japan-1762133/#comments",
        publisher="Newsweek",
        stance="supports",
    )
    case.evidence.add(
        claim.id,
        title="An analysis",
        url="https://jbpress.ismedia.jp/articles/-/72891",
        publisher="JBpress",
        stance="unclear",
    )
    found = rule(case, claim.id, "independent_sources")
    assert not found.met
    assert "Only one independent source: JBpress (“An analysis”)" in found.detail
    assert "“The report itself” is where the claim appeared, not a source." in found.detail
    decisive = rule(case, claim.id, "decisive_evidence")
    assert not decisive.met and "cannot confirm itself" in decisive.detail


def test_an_item_without_publisher_or_address_is_not_a_source(case: Case) -> None:
    claim = case.claims.create("Claim")
    case.evidence.add(claim.id, title="A phone call", stance="refutes")
    case.evidence.add(claim.id, title="Reuters", publisher="Reuters", stance="refutes")
    found = rule(case, claim.id, "independent_sources")
    assert not found.met
    assert "“A phone call” has neither a publisher nor a web address." in found.detail


def test_a_long_list_of_items_is_named_briefly(case: Case) -> None:
    claim = case.claims.create("Claim")
    for n in range(9):
        case.evidence.add(claim.id, title=f"Item {n}", publisher="Same Desk", stance="refutes")
    found = rule(case, claim.id, "independent_sources")
    assert "and 4 more are one source" in found.detail
    assert len(found.evidence_ids) == 9


def test_the_suffix_list_is_read_from_the_package_never_fetched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(*_a: Any, **_k: Any) -> None:
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "create_connection", refused)
    monkeypatch.setattr(socket, "getaddrinfo", refused)
    monkeypatch.setattr(socket.socket, "connect", refused)
    sources._suffix_list.cache_clear()
    assert sources.registrable_domain("https://www.city.sapporo.jp/x") == "city.sapporo.jp"
    assert sources.registrable_domain("https://a.b.example.co.uk/") == "example.co.uk"


def test_loading_the_suffix_list_opens_no_socket() -> None:
    """In a fresh interpreter that stops at the first attempt to use the network."""
    code = (
        "import os, sys\n"
        "def watch(event, args):\n"
        "    if event.startswith(('socket.', 'urllib.')):\n"
        "        os._exit(3)\n"
        "sys.addaudithook(watch)\n"
        "from factdesk.services import sources\n"
        "print(sources.registrable_domain('https://en.wikipedia.org/wiki/X'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "wikipedia.org"


# -- publishing --------------------------------------------------------------------------


def test_publishing_while_rules_are_unmet_needs_saying_so(case: Case) -> None:
    claim = case.claims.create("Claim")
    with pytest.raises(ValidationError, match="not ready to publish"):
        case.claims.publish_changes(claim.id)
    assert case.claims.get(claim.id).status == "new"
    assert [e.action for e in case.history.for_claim(claim.id)] == ["create"]


def test_publishing_anyway_records_the_rules_left_unmet(case: Case) -> None:
    claim = case.claims.create("Claim")
    case.evidence.add(claim.id, title="Only source", publisher="AP", url="https://ap.example/1")
    changes = case.claims.publish_changes(claim.id, anyway=True)
    assert case.claims.get(claim.id).status == "published"
    entry = case.history.for_claim(claim.id)[0]
    unmet = entry.context["readiness"]["unmet"]
    assert [u["key"] for u in unmet] == [
        "rated",
        "independent_sources",
        "decisive_evidence",
        "rationale",
    ]
    assert "Only one independent source: AP (“Only source”)" in unmet[1]["detail"]
    sentence = history_story.describe(entry)
    assert sentence is not None
    assert "changed the status new → published" in sentence
    assert "published anyway, without: a rating is chosen; at least two independent" in sentence
    case.edits.revert(changes)  # undo
    assert case.claims.get(claim.id).status == "new"


def test_every_way_of_publishing_records_the_rules_left_unmet(case: Case) -> None:
    first = case.claims.create("Claim set published as a field")
    second = case.claims.create("Claim edited to published")
    case.claims.update(first.id, status="published")
    case.edits.update("claim", second.id, {"status": "published"})
    for claim in (first, second):
        entry = case.history.for_claim(claim.id)[0]
        assert entry.changes == {"status": ["new", "published"]}
        assert [u["key"] for u in entry.context["readiness"]["unmet"]][:2] == [
            "rated",
            "independent_sources",
        ]
    case.claims.update(first.id, status="archived")
    assert case.history.for_claim(first.id)[0].context == {}


def test_publishing_a_ready_claim_records_no_exception(case: Case) -> None:
    claim = case.claims.create("Claim")
    for name in ("AP", "Reuters"):
        case.evidence.add(
            claim.id, title=name, publisher=name, url=f"https://{name}.example/", stance="refutes"
        )
    case.verdicts.set(claim.id, rating="false", rationale="Both refute it.")
    case.claims.publish_changes(claim.id)
    entry = case.history.for_claim(claim.id)[0]
    assert entry.changes == {"status": ["new", "published"]} and entry.context == {}
