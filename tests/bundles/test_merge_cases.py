"""One named case per row of the README's merge table, and the two cases that used to go wrong.

Ana sends bundles; Ben imports them.  Ben's base for a record is what he last
imported of it.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle, plan_import
from tests.helpers import table_dump


class Desk:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.ana = open_case(tmp / "ana.factdesk", author="Ana")
        self.ben = open_case(tmp / "ben.factdesk", author="Ben")
        self.n = 0

    def bundle(self, case: Case | None = None) -> Path:
        self.n += 1
        path = self.tmp / f"b{self.n}.factbundle"
        export_bundle(case or self.ana, path)
        return path

    def shared(self) -> tuple[str, str, str]:
        """A claim Ana made and Ben imported: (claim id, first and second evidence id)."""
        claim = self.ana.claims.create(
            "Hot water kills the virus", claimant="A post", tags=["health"]
        )
        e1 = self.ana.evidence.add(claim.id, title="WHO advice", stance="refutes")
        e2 = self.ana.evidence.add(claim.id, title="A study", stance="context")
        apply_import(self.ben, self.bundle())
        return claim.id, e1.id, e2.id


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = Desk(tmp_path)
    yield d
    d.ana.close()
    d.ben.close()


def test_not_here_is_added_whole(desk: Desk) -> None:
    claim = desk.ana.claims.create("New")
    desk.ana.evidence.add(claim.id, title="Source")
    summary = apply_import(desk.ben, desk.bundle())
    assert summary.added == (claim.id,)
    assert desk.ben.claims.get(claim.id) == desk.ana.claims.get(claim.id)


def test_the_same_content_is_unchanged_and_nothing_is_written(desk: Desk) -> None:
    desk.shared()
    path = desk.bundle()
    before = table_dump(desk.ben.path)
    summary = apply_import(desk.ben, path)
    assert summary.unchanged and not summary.updated and not summary.conflicts
    assert table_dump(desk.ben.path) == before


def test_changed_only_in_the_bundle_is_taken(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ana.claims.update(claim_id, claimant="A viral post")
    summary = apply_import(desk.ben, desk.bundle())
    assert summary.updated == (claim_id,) and not summary.conflicts
    assert desk.ben.claims.get(claim_id).claimant == "A viral post"


def test_changed_only_here_is_kept_without_asking(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ben.claims.update(claim_id, claimant="Ben's claimant")
    for policy in ("skip", "theirs", "copy"):
        summary = apply_import(desk.ben, desk.bundle(), policy)  # type: ignore[arg-type]
        assert not summary.conflicts and not summary.updated
    assert desk.ben.claims.get(claim_id).claimant == "Ben's claimant"


def test_a_stale_bundle_never_reverts_local_work(desk: Desk) -> None:
    """Seen before: editing the text here, then re-importing the same bundle with theirs."""
    claim_id, _, _ = desk.shared()
    stale = desk.bundle()
    desk.ben.claims.update(claim_id, text="Ben's corrected wording")
    summary = apply_import(desk.ben, stale, "theirs")
    assert not summary.conflicts and not summary.updated
    assert desk.ben.claims.get(claim_id).text == "Ben's corrected wording"


def test_evidence_added_here_is_no_conflict(desk: Desk) -> None:
    """Seen before: a phantom conflict on the claim's own fields after adding evidence here."""
    claim_id, _, _ = desk.shared()
    path = desk.bundle()
    desk.ben.evidence.add(claim_id, title="Ben's source")
    plan = plan_import(desk.ben, path)
    assert plan.unchanged == [claim_id] and not plan.conflicts
    summary = apply_import(desk.ben, path)
    assert not summary.conflicts
    assert [e.title for e in desk.ben.claims.get(claim_id).evidence][-1] == "Ben's source"


def test_different_fields_changed_on_each_side_merge_without_asking(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    desk.ana.claims.update(claim_id, status="in_review")
    desk.ana.evidence.update(e1, excerpt="Ana's quote")
    desk.ben.claims.update(claim_id, notes="Ben's notes")
    desk.ben.evidence.update(e1, publisher="WHO")
    summary = apply_import(desk.ben, desk.bundle())
    assert not summary.conflicts and summary.updated == (claim_id,)
    got = desk.ben.claims.get(claim_id)
    assert (got.status, got.notes) == ("in_review", "Ben's notes")
    ev = next(e for e in got.evidence if e.id == e1)
    assert (ev.excerpt, ev.publisher) == ("Ana's quote", "WHO")


def test_the_same_field_changed_on_both_sides_conflicts_on_that_field_only(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ana.claims.update(claim_id, claimant="Ana's", status="in_review")
    desk.ben.claims.update(claim_id, claimant="Ben's")
    skip = apply_import(desk.ben, desk.bundle())
    (conflict,) = skip.conflicts
    assert "claimant" in conflict.reason and "status" not in conflict.reason
    got = desk.ben.claims.get(claim_id)
    assert (got.claimant, got.status) == ("Ben's", "in_review")
    # The same bundle again: the conflict was seen and settled; nothing more to ask.
    assert not apply_import(desk.ben, desk.bundle()).conflicts
    desk.ana.claims.update(claim_id, claimant="Ana's again")
    theirs = apply_import(desk.ben, desk.bundle(), "theirs")
    assert theirs.conflicts[0].settled == "theirs"
    assert desk.ben.claims.get(claim_id).claimant == "Ana's again"


def test_the_same_change_on_both_sides_is_no_conflict(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ana.claims.update(claim_id, status="published")
    desk.ben.claims.update(claim_id, status="published")
    summary = apply_import(desk.ben, desk.bundle())
    assert not summary.conflicts


def test_never_imported_and_different_is_a_conflict_per_field(desk: Desk) -> None:
    claim = desk.ana.claims.create("Same claim", claimant="Ana's")
    other = open_case(desk.tmp / "other.factdesk")
    try:
        apply_import(other, desk.bundle())
    finally:
        other.close()
    # Ben has the claim from elsewhere, without a base, and edited differently.
    apply_import(desk.ben, desk.bundle())
    desk.ben.claims.update(claim.id, claimant="Ben's")
    with desk.ben.store.writing() as session:
        session.connection().exec_driver_sql("DELETE FROM merge_bases")
    summary = apply_import(desk.ben, desk.bundle())
    (conflict,) = summary.conflicts
    assert "never imported here" in conflict.reason and "claimant" in conflict.reason


def test_tags_merge_as_a_set(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ana.claims.update(claim_id, tags=["health", "water"])  # Ana adds water
    desk.ben.claims.update(claim_id, tags=["viral"])  # Ben removes health, adds viral
    summary = apply_import(desk.ben, desk.bundle())
    assert not summary.conflicts
    assert desk.ben.claims.get(claim_id).tags == ("viral", "water")


def test_evidence_deleted_here_and_unchanged_there_stays_deleted(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    desk.ben.evidence.delete(e1)
    summary = apply_import(desk.ben, desk.bundle(), "theirs")
    assert not summary.conflicts
    assert e1 not in {e.id for e in desk.ben.claims.get(claim_id).evidence}


def test_evidence_deleted_here_and_changed_there_conflicts(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    desk.ben.evidence.delete(e1)
    desk.ana.evidence.update(e1, excerpt="A new quote")
    skip = apply_import(desk.ben, desk.bundle())
    assert "deleted here, changed in the bundle" in skip.conflicts[0].reason
    assert e1 not in {e.id for e in desk.ben.claims.get(claim_id).evidence}
    desk.ana.evidence.update(e1, excerpt="A newer quote")
    apply_import(desk.ben, desk.bundle(), "theirs")
    back = {e.id: e for e in desk.ben.claims.get(claim_id).evidence}
    assert back[e1].excerpt == "A newer quote"


def test_evidence_deleted_there_and_unchanged_here_is_removed(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    desk.ana.evidence.delete(e1)
    summary = apply_import(desk.ben, desk.bundle())
    assert not summary.conflicts and summary.updated == (claim_id,)
    assert e1 not in {e.id for e in desk.ben.claims.get(claim_id).evidence}
    entry = next(h for h in desk.ben.history.for_claim(claim_id) if h.entity_id == e1)
    assert entry.action == "import" and entry.changes["title"] == ["WHO advice", None]


def test_evidence_deleted_there_and_changed_here_conflicts(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    desk.ana.evidence.delete(e1)
    desk.ben.evidence.update(e1, notes="Ben relies on this")
    skip = apply_import(desk.ben, desk.bundle())
    assert "changed here, deleted in the bundle" in skip.conflicts[0].reason
    assert e1 in {e.id for e in desk.ben.claims.get(claim_id).evidence}
    assert not apply_import(desk.ben, desk.bundle()).conflicts  # seen: not asked again


def test_a_new_order_there_is_taken_and_both_reordering_conflicts(desk: Desk) -> None:
    claim_id, e1, e2 = desk.shared()
    desk.ana.evidence.move(e2, 0)
    apply_import(desk.ben, desk.bundle())
    assert [e.id for e in desk.ben.claims.get(claim_id).evidence] == [e2, e1]
    e3 = desk.ana.evidence.add(claim_id, title="Third").id
    apply_import(desk.ben, desk.bundle())
    assert [e.id for e in desk.ben.claims.get(claim_id).evidence] == [e2, e1, e3]
    desk.ana.evidence.move(e3, 0)  # Ana: e3 e2 e1
    desk.ben.evidence.move(e1, 0)  # Ben: e1 e2 e3
    summary = apply_import(desk.ben, desk.bundle())
    assert "reordered" in summary.conflicts[0].reason
    assert [e.id for e in desk.ben.claims.get(claim_id).evidence] == [e1, e2, e3]
    desk.ana.evidence.move(e1, 1)  # Ana: e3 e1 e2, taken with theirs
    apply_import(desk.ben, desk.bundle(), "theirs")
    assert [e.id for e in desk.ben.claims.get(claim_id).evidence] == [e3, e1, e2]


def test_a_new_item_arrives_where_the_sender_put_it(desk: Desk) -> None:
    claim_id, e1, e2 = desk.shared()
    e3 = desk.ana.evidence.add(claim_id, title="Between", position=1).id
    summary = apply_import(desk.ben, desk.bundle())
    assert not summary.conflicts
    assert [e.id for e in desk.ben.claims.get(claim_id).evidence] == [e1, e3, e2]


def test_a_draft_verdict_travels_and_counts_as_not_rated(desk: Desk) -> None:
    claim = desk.ana.claims.create("Drafted")
    desk.ana.verdicts.set_changes(claim.id, summary="Probably false", rationale="Half done")
    path = desk.bundle()
    with zipfile.ZipFile(path) as z:
        data = json.loads(z.read(f"claims/{claim.id}.json"))
        manifest = json.loads(z.read("manifest.json"))
    assert data["verdict"] is None
    assert data["draft_verdict"]["rationale"] == "Half done"
    assert manifest["format_version"] == 1 and manifest["rating_scale"]["ratings"] == []
    apply_import(desk.ben, path)
    draft = desk.ben.verdicts.get(claim.id)
    assert draft is not None and draft.rating is None and draft.rationale == "Half done"
    assert desk.ben.claims.rows([claim.id])[0].rating is None
    # Exported again from Ben: the same bytes.
    assert desk.bundle(desk.ben).read_bytes() == path.read_bytes()


def test_a_deletion_is_passed_on_to_a_third_case_file(desk: Desk) -> None:
    claim_id, e1, _ = desk.shared()
    cat = open_case(desk.tmp / "cat.factdesk", author="Cat")
    try:
        apply_import(cat, desk.bundle())
        desk.ana.evidence.delete(e1)
        apply_import(desk.ben, desk.bundle())  # Ben learns of the deletion
        apply_import(cat, desk.bundle(desk.ben))  # and passes it on
        assert e1 not in {e.id for e in cat.claims.get(claim_id).evidence}
    finally:
        cat.close()


def test_theirs_and_copy_settle_only_the_conflicting_fields(desk: Desk) -> None:
    claim_id, _, _ = desk.shared()
    desk.ana.claims.update(claim_id, claimant="Ana's", notes="Ana's notes")
    desk.ben.claims.update(claim_id, claimant="Ben's", status="researching")
    summary = apply_import(desk.ben, desk.bundle(), "copy")
    copy_id = summary.conflicts[0].copy_id
    assert copy_id is not None
    original = desk.ben.claims.get(claim_id)
    assert (original.claimant, original.notes, original.status) == (
        "Ben's",
        "Ana's notes",
        "researching",
    )
    assert desk.ben.claims.get(copy_id).claimant == "Ana's"
