"""Claims through the services: what a journalist does with them."""

from __future__ import annotations

import dataclasses

import pytest

from factdesk.errors import NotFoundError, ValidationError
from factdesk.services import Case
from factdesk.services.records import ClaimFilter


def test_create_returns_plain_record_with_all_fields(case: Case) -> None:
    claim = case.claims.create(
        "  Russia planned to invade Japan  ",
        claimant="A whistleblower",
        appeared_url="https://example.org/story",
        appeared_title="The story",
        appeared_date="2022-11-25",
        language="en",
        tags=["russia", "japan", "russia"],
        notes="*first* look",
    )
    # Stored exactly as given: only whitespace-only text counts as empty.
    assert claim.text == "  Russia planned to invade Japan  "
    assert claim.tags == ("japan", "russia")
    assert claim.status == "new"
    assert claim.appeared_date.isoformat() == "2022-11-25"
    assert claim.created_at.tzinfo is not None
    assert dataclasses.is_dataclass(claim)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.text = "x"  # type: ignore[misc]
    assert case.claims.get(claim.id) == claim


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "   "}, "claim text must not be empty"),
        ({"text": "x", "appeared_url": "javascript:alert(1)"}, "must start with http"),
        ({"text": "x", "appeared_url": "ftp://example.org"}, "must start with http"),
        ({"text": "x", "status": "done"}, "status 'done' is not one of"),
        ({"text": "x", "appeared_date": "2023-02-30"}, "is not a real date"),
        ({"text": "x", "colour": "red"}, "unknown claim field"),
        ({"text": "bad\x00byte"}, "control character"),
    ],
)
def test_bad_claim_input_is_refused_and_nothing_is_written(
    case: Case, fields: dict[str, object], message: str
) -> None:
    fields = dict(fields)
    text = fields.pop("text")
    with pytest.raises(ValidationError, match=message):
        case.claims.create(text, **fields)  # type: ignore[arg-type]
    assert case.claims.count() == 0


def test_update_records_only_real_changes(case: Case) -> None:
    claim = case.claims.create("A claim", claimant="Someone")
    case.claims.update(claim.id, claimant="Someone")  # no change
    updated = case.claims.update(claim.id, status="researching", tags=["x"])
    assert updated.status == "researching"
    assert updated.updated_at >= claim.updated_at
    history = case.history.for_claim(claim.id)
    assert [h.action for h in history] == ["update", "create"]
    assert history[0].changes["status"] == ["new", "researching"]
    assert history[0].changes["tags"] == [[], ["x"]]
    assert history[0].author == "Test Reporter"


def test_bad_update_leaves_claim_unchanged(case: Case) -> None:
    claim = case.claims.create("A claim")
    with pytest.raises(ValidationError):
        case.claims.update(claim.id, text="ok", appeared_url="not a url")
    assert case.claims.get(claim.id) == claim
    assert len(case.history.for_claim(claim.id)) == 1


def test_ids_may_be_unique_prefixes(case: Case) -> None:
    a = case.claims.create("first")
    assert case.claims.get(a.id[:6]).id == a.id
    assert case.claims.get(a.id.upper()).id == a.id
    with pytest.raises(NotFoundError, match="at least 4"):
        case.claims.get(a.id[:2])
    with pytest.raises(NotFoundError, match="no claim"):
        case.claims.get("ffffffff-0000")


def test_ambiguous_prefix_is_refused(case: Case) -> None:
    base = case.claims.create("template")
    snapshot = case.claims.delete(base.id)
    for suffix in ("1", "2"):
        claim = dataclasses.replace(
            snapshot.claim, id=f"abcd123{suffix}-0000-4000-8000-000000000000"
        )
        case.claims.restore(dataclasses.replace(snapshot, claim=claim))
    with pytest.raises(NotFoundError, match="more than one claim"):
        case.claims.get("abcd123")
    assert case.claims.get("abcd1232").id.startswith("abcd1232")


def test_filters_and_sorting(case: Case) -> None:
    a = case.claims.create("Alpha claim about ports", tags=["ports"], status="researching")
    b = case.claims.create("Beta claim about wages", tags=["wages"])
    c = case.claims.create("Gamma claim about ports and wages", tags=["ports", "wages"])
    case.evidence.add(c.id, title="one")
    case.evidence.add(c.id, title="two")
    case.verdicts.set(a.id, rating="false", summary="no")
    case.verdicts.set(b.id, rating="true", summary="yes")

    assert case.claims.list_ids(ClaimFilter(status="researching")) == [a.id]
    assert set(case.claims.list_ids(ClaimFilter(tag="ports"))) == {a.id, c.id}
    assert case.claims.list_ids(ClaimFilter(rating="true")) == [b.id]
    assert case.claims.list_ids(sort="text", descending=False) == [a.id, b.id, c.id]
    assert case.claims.list_ids(sort="evidence_count")[0] == c.id
    # True is above False on the scale; claims without a verdict sort last ascending? first.
    by_rating = case.claims.list_ids(sort="rating", descending=False)
    assert by_rating.index(b.id) < by_rating.index(a.id)
    rows = case.claims.rows([c.id, a.id])
    assert [r.id for r in rows] == [c.id, a.id]
    assert rows[0].evidence_count == 2 and rows[1].rating == "false"
    with pytest.raises(ValidationError, match="cannot sort"):
        case.claims.list_ids(sort="colour")


def test_full_text_search_is_ranked_and_follows_typing(case: Case) -> None:
    a = case.claims.create("Wages rose in the harbour towns")
    b = case.claims.create("Something else entirely", notes="mentions harbour once")
    case.evidence.add(b.id, title="Unrelated", excerpt="the harbour harbour harbour")
    assert case.claims.list_ids(ClaimFilter(search="harbour"), sort="relevance")[0] == a.id
    assert set(case.claims.list_ids(ClaimFilter(search="harb"))) == {a.id, b.id}
    assert case.claims.list_ids(ClaimFilter(search="wages harbour")) == [a.id]
    assert case.claims.list_ids(ClaimFilter(search="nothing-like-this")) == []
    # FTS syntax typed by a user is searched for, not executed.
    assert case.claims.list_ids(ClaimFilter(search='" OR NEAR( *')) == []


def test_search_follows_every_kind_of_write(case: Case) -> None:
    claim = case.claims.create("Plain claim")
    search = lambda q: case.claims.list_ids(ClaimFilter(search=q))  # noqa: E731
    case.claims.update(claim.id, tags=["zeppelin"])
    assert search("zeppelin") == [claim.id]
    ev = case.evidence.add(claim.id, title="Quokka report")
    assert search("quokka") == [claim.id]
    case.evidence.update(ev.id, title="Wombat report")
    assert search("quokka") == [] and search("wombat") == [claim.id]
    case.verdicts.set(claim.id, rating="false", summary="Narwhal summary")
    assert search("narwhal") == [claim.id]
    case.evidence.delete(ev.id)
    assert search("wombat") == []
    case.claims.delete(claim.id)
    assert search("zeppelin") == [] and search("narwhal") == []


def test_similar_claims_are_found(case: Case) -> None:
    old = case.claims.create("Russia planned to invade Japan in 2021")
    case.claims.create("The moon is made of cheese")
    similar = case.claims.similar("Did Russia plan an invasion of Japan?")
    assert [r.id for r in similar] == [old.id]
    assert case.claims.similar("Russia Japan", exclude_id=old.id) == []


def test_delete_and_restore_brings_everything_back(case: Case, tmp_path) -> None:
    claim = case.claims.create("To be deleted", tags=["t"])
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG fake image bytes")
    ev = case.evidence.add(claim.id, title="Evidence", attach=[shot], stance="refutes")
    case.verdicts.set(claim.id, rating="false", summary="no")
    full = case.claims.get(claim.id)

    snapshot = case.claims.delete(claim.id)
    assert case.claims.count() == 0
    with pytest.raises(NotFoundError):
        case.claims.get(claim.id)
    restored = case.claims.restore(snapshot)
    assert restored == full
    att = restored.evidence[0].attachments[0]
    assert case.evidence.attachment_bytes(att.id) == shot.read_bytes()
    assert ev.id == restored.evidence[0].id
    actions = [h.action for h in case.history.for_claim(claim.id)]
    assert actions[:2] == ["restore", "delete"]


def test_many_claims_read_at_once_match_one_at_a_time(case: Case, tmp_path) -> None:
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    full = case.claims.create("Full claim", claimant="Someone", tags=["tax", "budget"])
    case.evidence.add(full.id, title="Second", stance="refutes", attach=[shot, shot])
    case.evidence.add(full.id, title="First", stance="supports", url="https://example.org/")
    case.verdicts.set(full.id, rating="false", summary="No.", rationale="**Because**")
    bare = case.claims.create("Bare claim")
    ids = [bare.id, full.id, "ffffffff-0000-4000-8000-000000000000", bare.id]
    assert case.claims.get_many(ids) == [
        case.claims.get(bare.id),
        case.claims.get(full.id),
        case.claims.get(bare.id),
    ]


def test_many_ids_resolve_in_order(case: Case) -> None:
    a = case.claims.create("one")
    b = case.claims.create("two")
    assert case.claims.resolve_ids([b.id[:6].upper(), a.id, f" {b.id} "]) == [b.id, a.id, b.id]
    with pytest.raises(NotFoundError, match="no claim"):
        case.claims.resolve_ids([a.id, "ffffffff-0000"])


def test_common_words_are_searched_without_bm25_claim_matches_first(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factdesk.store import search

    monkeypatch.setattr(search, "COMMON_PHRASE_ROWS", 2)
    in_evidence = case.claims.create("Unrelated headline")
    case.evidence.add(in_evidence.id, title="The minister spoke")
    in_claim = case.claims.create("The minister said wages rose")
    case.claims.create("The minister resigned", status="archived")
    ids = case.claims.list_ids(ClaimFilter(search="minister"), sort="relevance")
    assert len(ids) == 3 and ids[-1] == in_evidence.id and in_claim.id in ids
    # A long prefix of a common word is searched as the word typed.
    assert set(case.claims.list_ids(ClaimFilter(search="minister"))) == set(ids)
    # "Similar claims" leave out common words and rank on the rest.
    assert [r.id for r in case.claims.similar("minister wages")] == [in_claim.id]
