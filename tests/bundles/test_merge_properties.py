"""Three journalists edit the same claims and exchange bundles in any order.

Invariants:
- with the default policy, no local edit is ever lost silently: every field an
  import changes was, here, still as it was last imported;
- re-importing a bundle already imported changes nothing and reports no conflict;
- once everyone has imported everyone's latest bundle with ``theirs`` (until
  nothing changes any more), every case file holds the same content.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle
from factdesk.services.bundles import merge_rules as mr

REPLICAS = ("ana", "ben", "cat")
VALUES = ("one", "two", "three")
FIELDS = ("text", "claimant", "notes")
TAGS = ("health", "water", "viral")


def content(case: Case) -> dict[str, Any]:
    """Every claim's content and its evidence's, without bookkeeping."""
    result = {}
    for claim in case.claims.get_many(case.claims.list_ids(sort="created_at")):
        result[claim.id] = {
            "claim": mr.claim_content(claim),
            "evidence": {e.id: mr.evidence_content(e) for e in claim.evidence},
        }
    return result


def bases(case: Case) -> dict[tuple[str, str], dict[str, Any]]:
    with case.store.reading() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT entity, entity_id, content FROM merge_bases"
        )
        return {(e, i): json.loads(c) for e, i, c in rows}


class Exchange(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp())
        self.cases = {
            name: open_case(self.tmp / f"{name}.factdesk", author=name, daily_backup=False)
            for name in REPLICAS
        }
        self.sent = 0
        self.last_bundle: dict[str, Path] = {}

    def bundle_of(self, name: str) -> Path:
        self.sent += 1
        path = self.tmp / f"{name}-{self.sent}.factbundle"
        export_bundle(self.cases[name], path)
        return path

    @initialize()
    def shared_claims(self) -> None:
        ana = self.cases["ana"]
        ids = []
        for n in range(2):
            claim = ana.claims.create(f"Claim {n}", claimant="A post", tags=["health"])
            ana.evidence.add(claim.id, title=f"Source {n}a", stance="refutes")
            ana.evidence.add(claim.id, title=f"Source {n}b", stance="context")
            ids.append(claim.id)
        path = self.bundle_of("ana")
        for name in ("ben", "cat"):
            apply_import(self.cases[name], path)
        self.ids = ids

    def claim(self, data: Any) -> str:
        return str(data.draw(st.sampled_from(self.ids)))

    # -- local edits ------------------------------------------------------------------
    @rule(
        who=st.sampled_from(REPLICAS),
        field=st.sampled_from(FIELDS),
        value=st.sampled_from(VALUES),
        data=st.data(),
    )
    def edit_field(self, who: str, field: str, value: str, data: Any) -> None:
        claim_id = self.claim(data)
        self.cases[who].claims.update(claim_id, **{field: f"{field} {value}"})

    @rule(who=st.sampled_from(REPLICAS), tag=st.sampled_from(TAGS), data=st.data())
    def toggle_tag(self, who: str, tag: str, data: Any) -> None:
        case = self.cases[who]
        claim_id = self.claim(data)
        tags = set(case.claims.get(claim_id).tags)
        case.claims.update(claim_id, tags=tags ^ {tag})

    @rule(who=st.sampled_from(REPLICAS), title=st.sampled_from(VALUES), data=st.data())
    def add_evidence(self, who: str, title: str, data: Any) -> None:
        self.cases[who].evidence.add(self.claim(data), title=f"New {title}", stance="supports")

    @rule(who=st.sampled_from(REPLICAS), data=st.data())
    def remove_evidence(self, who: str, data: Any) -> None:
        case = self.cases[who]
        evidence = case.claims.get(self.claim(data)).evidence
        if evidence:
            case.evidence.delete(data.draw(st.sampled_from(evidence)).id)

    @rule(who=st.sampled_from(REPLICAS), data=st.data())
    def reorder_evidence(self, who: str, data: Any) -> None:
        case = self.cases[who]
        evidence = case.claims.get(self.claim(data)).evidence
        if len(evidence) > 1:
            item = data.draw(st.sampled_from(evidence))
            case.evidence.move(item.id, data.draw(st.integers(0, len(evidence) - 1)))

    @rule(
        who=st.sampled_from(REPLICAS),
        value=st.sampled_from(VALUES),
        data=st.data(),
    )
    def edit_excerpt(self, who: str, value: str, data: Any) -> None:
        case = self.cases[who]
        evidence = case.claims.get(self.claim(data)).evidence
        if evidence:
            case.evidence.update(data.draw(st.sampled_from(evidence)).id, excerpt=value)

    @rule(
        who=st.sampled_from(REPLICAS),
        rating=st.sampled_from(("false", "true", None)),
        summary=st.sampled_from(VALUES),
        data=st.data(),
    )
    def set_verdict(self, who: str, rating: str | None, summary: str, data: Any) -> None:
        case = self.cases[who]
        case.verdicts.set_changes(self.claim(data), rating=rating, summary=summary)

    # -- exchanges ----------------------------------------------------------------------
    @rule(source=st.sampled_from(REPLICAS), dest=st.sampled_from(REPLICAS))
    def exchange(self, source: str, dest: str) -> None:
        target = dest
        if source == target:
            return
        case = self.cases[target]
        path = self.bundle_of(source)
        before, base = content(case), bases(case)
        summary = apply_import(case, path)  # the default policy: keep ours on conflict
        after = content(case)
        conflicted = {c.claim_id for c in summary.conflicts}
        for claim_id, was in before.items():
            now = after[claim_id]
            claim_base = base.get(("claim", claim_id))
            for name, value in was["claim"].items():
                if now["claim"][name] == value or name in (mr.TAGS, mr.ORDER):
                    continue
                # Changed by the import: it must not have been a local edit.
                assert claim_base is not None and claim_base.get(name) == value, (
                    f"{target} lost its {name} {value!r} (claim {claim_id[:8]})"
                )
            for ev_id, fields in was["evidence"].items():
                if ev_id not in now["evidence"]:
                    ev_base = base.get(("evidence", ev_id))
                    assert ev_base == fields or claim_id in conflicted, "removed an edited item"
                    continue
                for name, value in fields.items():
                    if now["evidence"][ev_id][name] != value:
                        ev_base = base.get(("evidence", ev_id))
                        assert ev_base is not None and ev_base.get(name) == value
        # The same bundle again: nothing changes, no conflict.
        again = apply_import(case, path)
        assert not again.conflicts and not again.added and not again.updated
        assert content(case) == after

    @invariant()
    def every_case_file_is_sound(self) -> None:
        for case in self.cases.values():
            assert case.claims.count() >= 0

    def teardown(self) -> None:
        try:
            if self.sent:
                self.converge()
        finally:
            for case in self.cases.values():
                case.close()

    def converge(self) -> None:
        for _round in range(8):
            before = {name: content(case) for name, case in self.cases.items()}
            for source in REPLICAS:
                path = self.bundle_of(source)
                for target in REPLICAS:
                    if target != source:
                        apply_import(self.cases[target], path, "theirs")
            after = {name: content(case) for name, case in self.cases.items()}
            if after == before:
                break
        states = [content(case) for case in self.cases.values()]
        assert states[0] == states[1] == states[2], "the case files did not converge"


@pytest.mark.slow
def test_three_journalists_exchanging_bundles_never_lose_work() -> None:
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        Exchange,
        settings=settings(
            max_examples=25,
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
            derandomize=True,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
