"""Guards that a careless change would otherwise slip past.

Each test pins one promise precisely enough that loosening it fails: the
report's Content-Security-Policy directive by directive, every control
character in a bundle, search after every kind of edit of every indexed
field, what counts as a source, and ties on the rating scale.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from factdesk import records as r
from factdesk.records import Rating
from factdesk.services import Case
from factdesk.services.bundles import BundleError, inspect_bundle
from factdesk.services.claimreview import scale_problem
from factdesk.services.readiness import check
from factdesk.services.reports import render_report
from factdesk.settings import Settings
from tests.bundles import builders as b

# -- the report's policy ---------------------------------------------------------------

EXPECTED_POLICY = {
    "default-src": ["'none'"],
    "img-src": ["data:"],
    "style-src": ["'unsafe-inline'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
}


def policy_of(html: str) -> dict[str, list[str]]:
    head = html[: html.index("</head>")]
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', head)
    assert found, "no Content-Security-Policy in the head"
    directives: dict[str, list[str]] = {}
    for part in found.group(1).split(";"):
        words = part.split()
        if words:
            assert words[0] not in directives, f"{words[0]} given twice"
            directives[words[0]] = words[1:]
    return directives


def test_the_report_policy_is_exactly_this(sample_case: Case) -> None:
    ids = sample_case.claims.list_ids()
    html = render_report(sample_case, ids, settings=Settings(author="A")).html
    assert policy_of(html) == EXPECTED_POLICY
    assert html.index("Content-Security-Policy") < html.index("<title")


# -- every control character ----------------------------------------------------------


@pytest.mark.parametrize(
    "code", [c for c in range(0x01, 0x20) if chr(c) not in "\t\n\r"], ids=lambda c: f"U+{c:04X}"
)
def test_every_escaped_control_character_is_refused(tmp_path: Path, code: int) -> None:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][0]["evidence"][0]["excerpt"] = f"before{chr(code)}after"  # escaped as \\u00XX
    path = b.build(tmp_path / "control.factbundle", parts)
    with pytest.raises(BundleError, match="control character"):
        inspect_bundle(path)


@pytest.mark.parametrize("char", ["\t", "\n", "\r"], ids=["tab", "line feed", "return"])
def test_tab_line_feed_and_return_are_kept(tmp_path: Path, char: str) -> None:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][0]["evidence"][0]["excerpt"] = f"before{char}after"
    contents = inspect_bundle(b.build(tmp_path / "ok.factbundle", parts))
    assert contents.claims[0].evidence[0].excerpt == f"before{char}after"


# -- search after every kind of edit ---------------------------------------------------


def found(case: Case, word: str) -> list[str]:
    return case.claims.list_ids(r.ClaimFilter(search=word), sort="relevance")


INDEXED = {entity: r.names(record, indexed=True) for entity, record in r.ENTITIES.items()}


@pytest.mark.parametrize("field", INDEXED["claim"])
def test_claim_fields_are_searchable_after_each_edit(case: Case, field: str) -> None:
    claim = case.claims.create("Plain words")
    value = ["zorblatt"] if field == "tags" else "zorblatt"
    case.claims.update(claim.id, **{field: value})
    assert found(case, "zorblatt") == [claim.id]
    case.claims.update(
        claim.id, **{field: [] if field == "tags" else ("Plain words" if field == "text" else None)}
    )
    assert found(case, "zorblatt") == []


@pytest.mark.parametrize("field", INDEXED["evidence"])
def test_evidence_fields_are_searchable_after_each_edit(case: Case, field: str) -> None:
    claim = case.claims.create("Plain words")
    added = case.evidence.add(claim.id, **{field: "quibblefish"})
    assert found(case, "quibblefish") == [claim.id]  # on adding
    case.evidence.update(added.id, **{field: "grumbleweed"})
    assert found(case, "grumbleweed") == [claim.id] and found(case, "quibblefish") == []
    snapshot = case.evidence.delete(added.id)
    assert found(case, "grumbleweed") == []
    case.evidence.restore(snapshot)
    assert found(case, "grumbleweed") == [claim.id]


@pytest.mark.parametrize("field", INDEXED["verdict"])
def test_verdict_fields_are_searchable_as_drafts_and_when_rated(case: Case, field: str) -> None:
    claim = case.claims.create("Plain words")
    case.verdicts.set_changes(claim.id, **{field: "wobblecorn"})  # a draft: no rating
    assert found(case, "wobblecorn") == [claim.id]
    case.verdicts.set_changes(claim.id, rating="false", **{field: "snorkelbean"})
    assert found(case, "snorkelbean") == [claim.id] and found(case, "wobblecorn") == []
    case.verdicts.clear(claim.id)
    assert found(case, "snorkelbean") == []


def test_the_declaration_names_the_indexed_fields() -> None:
    assert set(INDEXED["claim"]) == {"text", "claimant", "tags", "notes"}
    assert set(INDEXED["evidence"]) == {"title", "publisher", "excerpt", "notes"}
    assert set(INDEXED["verdict"]) == {"summary", "rationale"}


# -- what counts as a source ------------------------------------------------------------


def rule_met(case: Case, claim_id: str) -> bool:
    rules = {rule.key: rule for rule in check(case.claims.get(claim_id))}
    return rules["independent_sources"].met


def test_items_without_a_publisher_or_address_are_not_sources(case: Case) -> None:
    claim = case.claims.create("A claim")
    case.evidence.add(claim.id, title="One", stance="refutes")
    case.evidence.add(claim.id, title="Two", excerpt="said so", stance="refutes")
    assert not rule_met(case, claim.id)
    case.evidence.add(claim.id, title="Three", url="https://a.example/1", stance="refutes")
    assert not rule_met(case, claim.id)  # an address alone names its site: one source
    case.evidence.add(claim.id, title="Four", publisher="AP", stance="refutes")
    assert rule_met(case, claim.id)


# -- the rating scale -------------------------------------------------------------------


def test_ties_on_the_rating_scale_are_reported() -> None:
    tied = [Rating("true", "True", 3, 0), Rating("half", "Half", 3, 1), Rating("false", "F", 1, 2)]
    assert scale_problem(tied) is not None
    falling = [Rating("true", "True", 3, 0), Rating("half", "Half", 2, 1), Rating("f", "F", 1, 2)]
    assert scale_problem(falling) is None
