"""Merging a bundle into a case file: every case of the format's merge rules."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from factdesk.services import Case, open_case
from factdesk.services.bundles import apply_import, export_bundle, plan_import, preview
from factdesk.services.sample import load_sample_case
from tests.bundles import builders as b
from tests.helpers import table_dump


class Pair:
    """Two journalists' case files: ``a`` sends bundles, ``b`` receives them."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.a = open_case(tmp / "a.factdesk", author="Ana")
        self.b = open_case(tmp / "b.factdesk", author="Ben")
        self.n = 0

    def send(self, *ids: str) -> Path:
        self.n += 1
        path = self.tmp / f"send{self.n}.factbundle"
        export_bundle(self.a, path, claim_ids=list(ids) or None)
        return path

    def close(self) -> None:
        self.a.close()
        self.b.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path)
    yield p
    p.close()


def shared_claim(pair: Pair) -> tuple[str, str, str]:
    """A claim with two evidence items made by A and imported by B; returns the ids."""
    claim = pair.a.claims.create("Bridges were closed", claimant="Mayor", tags=["roads"])
    e1 = pair.a.evidence.add(claim.id, title="Traffic report", url="https://example.org/t")
    e2 = pair.a.evidence.add(claim.id, title="Council minutes", stance="refutes")
    pair.a.verdicts.set(claim.id, rating="false", summary="They were open")
    summary = apply_import(pair.b, pair.send())
    assert summary.added == (claim.id,)
    return claim.id, e1.id, e2.id


def test_new_claims_are_added_with_everything_on_them(pair: Pair) -> None:
    claim_id, _e1, _e2 = shared_claim(pair)
    assert pair.b.claims.get(claim_id) == pair.a.claims.get(claim_id)
    history = pair.b.history.for_claim(claim_id)
    assert {(h.entity, h.action) for h in history} == {
        ("claim", "import"),
        ("evidence", "import"),
        ("verdict", "import"),
    }
    claim_entry = next(h for h in history if h.entity == "claim")
    assert claim_entry.changes["text"] == [None, "Bridges were closed"]
    assert claim_entry.author == "Ben"


def test_the_same_bundle_again_changes_nothing(pair: Pair) -> None:
    shared_claim(pair)
    path = pair.send()
    before = table_dump(pair.b.path)
    summary = apply_import(pair.b, path)
    assert len(summary.unchanged) == 1 and not summary.added and not summary.updated
    assert summary.evidence.unchanged == 2
    assert table_dump(pair.b.path) == before


def test_an_unedited_claim_is_updated_to_the_incoming_copy(pair: Pair) -> None:
    claim_id, _, _ = shared_claim(pair)
    pair.a.claims.update(claim_id, text="Both bridges were closed", status="in_review")
    summary = apply_import(pair.b, pair.send())
    assert summary.updated == (claim_id,) and not summary.conflicts
    assert pair.b.claims.get(claim_id) == pair.a.claims.get(claim_id)
    entry = pair.b.history.for_claim(claim_id)[0]
    assert entry.action == "import"
    assert entry.changes["text"] == ["Bridges were closed", "Both bridges were closed"]


def test_unedited_evidence_is_updated_and_new_evidence_added(pair: Pair) -> None:
    claim_id, e1, _e2 = shared_claim(pair)
    pair.a.evidence.update(e1, title="Traffic report, corrected")
    e3 = pair.a.evidence.add(claim_id, title="Photo of the open bridge", stance="refutes")
    summary = apply_import(pair.b, pair.send())
    assert summary.updated == (claim_id,)
    assert (summary.evidence.added, summary.evidence.updated, summary.evidence.unchanged) == (
        1,
        1,
        1,
    )
    got = pair.b.claims.get(claim_id)
    assert [e.title for e in got.evidence] == [
        "Traffic report, corrected",
        "Council minutes",
        "Photo of the open bridge",
    ]
    assert got == pair.a.claims.get(claim_id)
    assert e3.id in {e.id for e in got.evidence}


def edited_on_both_sides(pair: Pair) -> tuple[str, str, str]:
    claim_id, e1, e2 = shared_claim(pair)
    pair.a.claims.update(claim_id, text="A's wording")
    pair.a.evidence.update(e1, excerpt="A's quote")
    pair.a.evidence.add(claim_id, title="A's new source")
    pair.b.claims.update(claim_id, notes="B's notes")
    pair.b.evidence.update(e1, excerpt="B's quote")
    return claim_id, e1, e2


def test_conflict_skip_keeps_the_local_copy_and_merges_what_does_not_conflict(
    pair: Pair,
) -> None:
    claim_id, e1, _ = edited_on_both_sides(pair)
    summary = apply_import(pair.b, pair.send(), "skip")
    (conflict,) = summary.conflicts
    assert conflict.claim_id == claim_id and conflict.settled == "skip"
    assert "changed here and in the bundle: excerpt" in conflict.reason
    got = pair.b.claims.get(claim_id)
    # A changed the text, B the notes: different fields, both kept without asking.
    assert got.text == "A's wording" and got.notes == "B's notes"
    assert next(e for e in got.evidence if e.id == e1).excerpt == "B's quote"
    assert [e.title for e in got.evidence][-1] == "A's new source"  # no conflict: merged
    assert summary.evidence.conflicts == 1 and summary.evidence.added == 1


def test_conflict_theirs_takes_the_incoming_copy_and_keeps_the_local_one_in_history(
    pair: Pair,
) -> None:
    claim_id, e1, _ = edited_on_both_sides(pair)
    summary = apply_import(pair.b, pair.send(), "theirs")
    assert summary.conflicts[0].settled == "theirs"
    got, incoming = pair.b.claims.get(claim_id), pair.a.claims.get(claim_id)
    # "theirs" settles only the conflicting field; B's own notes were no conflict.
    assert got.notes == "B's notes" and got.text == incoming.text
    assert [e.excerpt for e in got.evidence] == [e.excerpt for e in incoming.evidence]
    history = pair.b.history.for_claim(claim_id)
    claim_entry = next(h for h in history if h.entity == "claim" and h.action == "import")
    assert claim_entry.changes["text"] == ["Bridges were closed", "A's wording"]
    ev_entry = next(h for h in history if h.entity_id == e1 and h.action == "import")
    assert ev_entry.changes["excerpt"] == ["B's quote", "A's quote"]


def test_conflict_copy_adds_a_linked_copy_and_leaves_the_original(pair: Pair) -> None:
    claim_id, e1, _ = edited_on_both_sides(pair)
    summary = apply_import(pair.b, pair.send(), "copy")
    (conflict,) = summary.conflicts
    assert conflict.settled == "copy" and conflict.copy_id not in (None, claim_id)
    original = pair.b.claims.get(claim_id)
    # The conflicting excerpt stays B's; what did not conflict is merged as always.
    assert next(e for e in original.evidence if e.id == e1).excerpt == "B's quote"
    assert original.text == "A's wording" and original.notes == "B's notes"
    copy_ = pair.b.claims.get(conflict.copy_id)
    incoming = pair.a.claims.get(claim_id)
    assert copy_.copied_from == claim_id
    assert copy_.text == incoming.text and len(copy_.evidence) == 3
    assert not {e.id for e in copy_.evidence} & {e.id for e in incoming.evidence}
    assert copy_.verdict is not None and copy_.verdict.rating == "false"


def test_never_imported_and_different_is_a_conflict(tmp_path: Path, pair: Pair) -> None:
    load_sample_case(pair.a)
    load_sample_case(pair.b)
    claim_id = "84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6"
    pair.a.claims.update(claim_id, status="archived")
    summary = apply_import(pair.b, pair.send())
    assert [c.claim_id for c in summary.conflicts] == [claim_id]
    assert "never imported here" in summary.conflicts[0].reason
    assert len(summary.unchanged) == 2  # the same content, never imported: unchanged
    assert pair.b.claims.get(claim_id).status == "published"


def test_unchanged_claims_are_remembered_as_imported(pair: Pair) -> None:
    load_sample_case(pair.a)
    load_sample_case(pair.b)
    assert len(apply_import(pair.b, pair.send()).unchanged) == 3
    pair.a.claims.update("84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6", status="archived")
    summary = apply_import(pair.b, pair.send())
    assert summary.updated == ("84a6bd6c-0f8f-4c7a-95fb-3ab84f5faba6",)


def test_local_evidence_missing_from_the_bundle_is_never_removed(pair: Pair) -> None:
    claim_id, _, _ = shared_claim(pair)
    pair.a.claims.update(claim_id, text="A's wording")
    path = pair.send()
    mine = pair.b.evidence.add(claim_id, title="Only here")
    summary = apply_import(pair.b, path, "theirs")
    assert summary.updated == (claim_id,) and not summary.conflicts
    got = pair.b.claims.get(claim_id)
    assert mine.id in {e.id for e in got.evidence} and got.text == "A's wording"


def test_choices_per_claim_override_the_policy(pair: Pair) -> None:
    one, _, _ = edited_on_both_sides(pair)
    two = pair.a.claims.create("Second claim")
    apply_import(pair.b, pair.send(two.id))
    pair.a.claims.update(two.id, text="Second claim, A")
    pair.b.claims.update(two.id, text="Second claim, B")
    plan = plan_import(pair.b, pair.send())
    assert {c.claim_id for c in plan.conflicts} == {one, two.id}
    shown = next(c for c in plan.conflicts if c.claim_id == two.id)
    assert (shown.local["text"], shown.incoming["text"]) == ("Second claim, B", "Second claim, A")
    summary = apply_import(pair.b, plan, "skip", choices={two.id: "theirs"})
    settled = {c.claim_id: c.settled for c in summary.conflicts}
    assert settled == {one: "skip", two.id: "theirs"}
    assert pair.b.claims.get(two.id).text == "Second claim, A"
    assert pair.b.claims.get(one).notes == "B's notes"


def test_plan_and_dry_run_write_nothing(pair: Pair) -> None:
    edited_on_both_sides(pair)
    path = pair.send()
    before = table_dump(pair.b.path)
    plan = plan_import(pair.b, path)
    summary = preview(plan, "copy")
    assert summary.dry_run and summary.conflicts[0].settled == "copy"
    assert table_dump(pair.b.path) == before


def test_a_plan_is_checked_again_when_applied(pair: Pair) -> None:
    claim_id, _, _ = shared_claim(pair)
    pair.a.claims.update(claim_id, text="New text from A")
    plan = plan_import(pair.b, pair.send())
    assert plan.updated == [claim_id]
    pair.b.claims.update(claim_id, text="B edits while the preview is open")
    summary = apply_import(pair.b, plan)  # now a conflict, settled by skipping
    assert summary.conflicts[0].settled == "skip"
    assert pair.b.claims.get(claim_id).text == "B edits while the preview is open"


def test_rating_keys_missing_here_are_added_and_different_labels_kept(
    tmp_path: Path, case: Case
) -> None:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][1]["verdict"] = {"rating": "satire", "summary": "A joke site"}
    parts["manifest"]["rating_scale"]["ratings"] = [
        {"key": "false", "label": "Wrong", "value": 0},
        {"key": "satire", "label": "Satire", "value": None},
    ]
    summary = apply_import(case, b.build(tmp_path / "s.factbundle", parts))
    scale = case.ratings.by_key()
    assert scale["satire"].label == "Satire" and scale["satire"].value is None
    assert scale["false"].label == "False" and scale["false"].value == 1
    assert any("'satire' is not on this case file's scale" in w for w in summary.warnings)
    assert any("'false'" in w and "is kept" in w for w in summary.warnings)
    assert case.verdicts.get(b.C2).rating == "satire"


def test_unknown_fields_are_ignored_with_a_warning(tmp_path: Path, case: Case) -> None:
    parts = copy.deepcopy(b.valid_parts())
    parts["claims"][0]["mood"] = "grumpy"
    parts["claims"][0]["evidence"][0]["colour"] = "red"
    parts["manifest"]["signature"] = {"by": "someone"}
    summary = apply_import(case, b.build(tmp_path / "u.factbundle", parts))
    assert f"claims/{b.C1}.json: $.mood: unknown field, ignored" in summary.warnings
    assert f"claims/{b.C1}.json: $.evidence[0].colour: unknown field, ignored" in summary.warnings
    assert "manifest.json: $.signature: unknown field, ignored" in summary.warnings
    assert case.claims.get(b.C1).text.startswith("Claim 1111")


def test_attachments_arrive_with_their_bytes(tmp_path: Path, case: Case) -> None:
    apply_import(case, b.build(tmp_path / "a.factbundle"))
    (att,) = case.claims.get(b.C1).evidence[0].attachments
    assert (att.filename, att.media_type, att.size) == ("shot.png", "image/png", len(b.ATTACHMENT))
    assert case.evidence.attachment_bytes(att.id) == b.ATTACHMENT


def test_an_import_into_a_case_with_work_in_it_is_backed_up_first(pair: Pair) -> None:
    from factdesk.services.backups import list_backups

    load_sample_case(pair.a)
    bundle = pair.send()
    apply_import(pair.b, bundle)  # empty case file: nothing to back up
    assert [i.kind for i in list_backups(pair.b.path)] == []
    pair.b.claims.create("Local work that must survive")
    apply_import(pair.b, bundle)
    (backup,) = [i for i in list_backups(pair.b.path) if i.kind == "pre-import"]
    with open_case(backup.path, daily_backup=False) as old:
        assert [r.text for r in old.claims.list()].count("Local work that must survive") == 1
