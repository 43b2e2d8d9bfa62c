"""Evidence, attachments and verdicts through the services."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from factdesk.errors import CaseFileError, NotFoundError, ValidationError
from factdesk.services import Case


@pytest.fixture
def claim_id(case: Case) -> str:
    return case.claims.create("A claim to check").id


def test_add_evidence_with_all_fields(case: Case, claim_id: str) -> None:
    ev = case.evidence.add(
        claim_id,
        kind="article",
        title="Report",
        url="https://example.org/a",
        publisher="Paper",
        author="Writer",
        published_on="2022-11-25",
        accessed_at="2022-11-28T09:30:00Z",
        stance="refutes",
        source_reliability="b",
        info_credibility="2",
        excerpt="quoted",
        notes="why it matters",
    )
    assert ev.grading == "B2"
    assert ev.accessed_at.isoformat() == "2022-11-28T09:30:00+00:00"
    assert case.evidence.get(ev.id) == ev
    assert case.claims.get(claim_id).evidence == (ev,)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"stance": "maybe"}, "stance 'maybe'"),
        ({"url": "data:text/html,hi"}, "must start with http"),
        ({"source_reliability": "G"}, "A to F"),
        ({"info_credibility": 7}, "1 to 6"),
        ({"info_credibility": "two"}, "1 to 6"),
        ({"kind": "rumour"}, "kind 'rumour'"),
        ({"published_on": "yesterday"}, "not a date"),
        ({"attach": [Path("/no/such/file.pdf")]}, "does not exist"),
    ],
)
def test_bad_evidence_is_refused(
    case: Case, claim_id: str, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        case.evidence.add(claim_id, title="x", **fields)  # type: ignore[arg-type]
    assert case.evidence.list(claim_id) == []


def test_evidence_on_unknown_claim(case: Case) -> None:
    with pytest.raises(NotFoundError):
        case.evidence.add("0000000000", title="x")


def test_reorder_and_delete_keep_positions_dense(case: Case, claim_id: str) -> None:
    items = [case.evidence.add(claim_id, title=t) for t in "ABCD"]
    order = case.evidence.move(items[3].id, 0)
    assert [e.title for e in order] == ["D", "A", "B", "C"]
    snapshot = case.evidence.delete(items[0].id)
    listed = case.evidence.list(claim_id)
    assert [e.title for e in listed] == ["D", "B", "C"]
    assert [e.position for e in listed] == [0, 1, 2]
    case.evidence.restore(snapshot)
    assert [e.title for e in case.evidence.list(claim_id)] == ["D", "A", "B", "C"]


def test_attachments_are_stored_once_and_verified(
    case: Case, claim_id: str, tmp_path: Path
) -> None:
    f = tmp_path / "page.pdf"
    f.write_bytes(b"%PDF-1.4 evidence")
    a = case.evidence.add(claim_id, title="A", attach=[f])
    b = case.evidence.add(claim_id, title="B", attach=[f])
    att = a.attachments[0]
    assert att.media_type == "application/pdf" and att.size == f.stat().st_size
    assert att.sha256 == b.attachments[0].sha256
    with case.store.reading() as session:
        assert session.execute(text("SELECT count(*) FROM blobs")).scalar() == 1
    copy = case.evidence.save_attachment(att.id, tmp_path / "copy.pdf")
    assert copy.read_bytes() == f.read_bytes()

    # Detach one: the shared bytes stay for the other; detach both: gone.
    removed, data = case.evidence.detach(att.id)
    assert data == f.read_bytes()
    case.evidence.detach(b.attachments[0].id)
    with case.store.reading() as session:
        assert session.execute(text("SELECT count(*) FROM blobs")).scalar() == 0
    back = case.evidence.reattach(removed, data)
    assert back.id == att.id

    with case.store.writing() as session:
        session.execute(text("UPDATE blobs SET data = :d"), {"d": b"tampered"})
    with pytest.raises(CaseFileError, match="altered"):
        case.evidence.attachment_bytes(att.id)


def test_verdict_set_change_clear(case: Case, claim_id: str) -> None:
    v = case.verdicts.set(claim_id, rating="unproven", summary="Not shown", rationale="**why**")
    assert v.reviewer == "Test Reporter" and v.reviewed_at is not None
    v2 = case.verdicts.set(claim_id, rating="false", summary="Shown false", reviewer="Editor")
    assert case.verdicts.get(claim_id) == v2
    with pytest.raises(ValidationError, match="not on this case file's scale"):
        case.verdicts.set(claim_id, rating="pants-on-fire", summary="x")
    assert case.verdicts.get(claim_id) == v2
    assert case.verdicts.clear(claim_id) == v2
    assert case.verdicts.get(claim_id) is None
    case.verdicts.restore(v2, claim_id)
    assert case.verdicts.get(claim_id).rating == "false"
    entities = [(h.entity, h.action) for h in case.history.for_claim(claim_id)]
    assert ("verdict", "delete") in entities and ("verdict", "create") in entities


def test_rating_scale_and_tags(case: Case) -> None:
    scale = case.ratings.scale()
    assert [r.value for r in scale] == [5, 4, 3, 2, 1, None, None]
    assert case.ratings.scale_name() == "FactDesk standard"
    case.claims.create("a", tags=["b-tag", "A-tag"])
    case.claims.create("b", tags=["b-tag"])
    assert case.tags.all() == ["A-tag", "b-tag"]
    assert case.tags.counts() == {"A-tag": 1, "b-tag": 2}


def test_history_records_every_kind_of_change(case: Case, claim_id: str, tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_text("note")
    ev = case.evidence.add(claim_id, title="E", attach=[f])
    case.evidence.update(ev.id, stance="supports")
    case.evidence.detach(ev.attachments[0].id)
    case.evidence.delete(ev.id)
    seen = {(h.entity, h.action) for h in case.history.for_claim(claim_id)}
    assert {
        ("claim", "create"),
        ("evidence", "create"),
        ("evidence", "update"),
        ("evidence", "delete"),
        ("attachment", "create"),
        ("attachment", "delete"),
    } <= seen
    assert case.history.latest_id() > 0


def test_sample_case_reads_like_a_fact_check(sample_case: Case) -> None:
    rows = sample_case.claims.list()
    assert len(rows) == 3
    main = next(r for r in rows if "invade Japan" in r.text)
    claim = sample_case.claims.get(main.id)
    assert claim.verdict is not None and claim.verdict.rating == "unproven"
    assert len(claim.evidence) >= 6
    assert {e.stance for e in claim.evidence} >= {"supports", "refutes", "context"}
    assert all(e.grading for e in claim.evidence)
