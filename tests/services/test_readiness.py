"""The publishing checklist."""

from __future__ import annotations

from factdesk.services import Case, readiness


def rules(case: Case, claim_id: str) -> dict[str, bool]:
    return {r.key: r.met for r in readiness.check(case.claims.get(claim_id))}


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
    detail = next(r.detail for r in readiness.check(case.claims.get(claim.id)) if not r.met)
    assert "C" in detail


def test_a_draft_is_not_ready(case: Case) -> None:
    claim = case.claims.create("Claim")
    case.verdicts.set_changes(claim.id, rationale="Written, not rated")
    met = rules(case, claim.id)
    assert met["rationale"] and not met["rated"]
    rule = next(r for r in readiness.check(case.claims.get(claim.id)) if r.key == "rated")
    assert "draft" in rule.detail
