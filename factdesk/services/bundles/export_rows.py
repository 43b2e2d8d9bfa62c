"""Claims read for export as bundle claim files, straight from the rows.

Export reads every claim it writes, so it skips the ORM and the records:
a few queries per chunk of claims (claims, tags, evidence, attachments,
verdicts) and the rows put into the shape of
:func:`factdesk.services.claim_json.claim_to_dict` directly.  The output is
the same, value for value: stored timestamps are fixed-width UTC text, and
the bundle writes them with the fraction of a second only when there is one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

CHUNK = 500
_NO_FRACTION = ".000000Z"


def bundle_timestamp(stored: str | None) -> str | None:
    """A stored timestamp (``...:SS.ffffffZ``) as the bundle writes it (``format_timestamp``)."""
    if stored is None:
        return None
    return stored[: -len(_NO_FRACTION)] + "Z" if stored.endswith(_NO_FRACTION) else stored


@dataclass(frozen=True)
class ExportedClaim:
    """One claim file's content, and what the manifest needs to know about it."""

    id: str
    data: dict[str, Any]  # the claim file, as claim_to_dict gives it
    newest: str  # the newest stored updated_at of the claim and its evidence
    evidence: int
    rating: str | None


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def attachment_digests(conn: Connection, ids: Sequence[str]) -> set[str]:
    """SHA-256 of every attachment of the evidence of these claims."""
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = tuple(ids[start : start + CHUNK])
        found.update(
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT DISTINCT a.sha256 FROM attachments a "
                "JOIN evidence e ON e.id = a.evidence_id "
                f"WHERE e.claim_id IN ({_marks(len(chunk))})",
                chunk,
            )
        )
    return found


def exported_claims(conn: Connection, ids: Sequence[str]) -> Iterator[ExportedClaim]:
    """The claims with these ids (those that exist), in the order given."""
    for start in range(0, len(ids), CHUNK):
        yield from _chunk(conn, tuple(ids[start : start + CHUNK]))


def _chunk(conn: Connection, chunk: tuple[str, ...]) -> Iterator[ExportedClaim]:
    marks = _marks(len(chunk))
    run = conn.exec_driver_sql
    tags: dict[str, list[str]] = defaultdict(list)
    for claim_id, name in run(
        "SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
        f"WHERE ct.claim_id IN ({marks}) ORDER BY ct.claim_id, t.name",
        chunk,
    ):
        tags[claim_id].append(name)
    attachments: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ev_id, sha256, filename, media_type, size in run(
        "SELECT a.evidence_id, a.sha256, a.filename, a.media_type, a.size FROM attachments a "
        f"JOIN evidence e ON e.id = a.evidence_id WHERE e.claim_id IN ({marks}) "
        "ORDER BY a.evidence_id, a.position",
        chunk,
    ):
        attachments[ev_id].append(
            {"sha256": sha256, "filename": filename, "media_type": media_type, "size": size}
        )
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    newest_evidence: dict[str, str] = {}
    for (
        ev_id,
        claim_id,
        kind,
        title,
        url,
        publisher,
        author,
        published_on,
        accessed_at,
        stance,
        reliability,
        credibility,
        excerpt,
        notes,
        created_at,
        updated_at,
    ) in run(
        "SELECT id, claim_id, kind, title, url, publisher, author, published_on, accessed_at, "
        "stance, source_reliability, info_credibility, excerpt, notes, created_at, updated_at "
        f"FROM evidence WHERE claim_id IN ({marks}) ORDER BY claim_id, position",
        chunk,
    ):
        evidence[claim_id].append(
            {
                "id": ev_id,
                "kind": kind,
                "title": title,
                "url": url,
                "publisher": publisher,
                "author": author,
                "published_on": published_on,
                "accessed_at": bundle_timestamp(accessed_at),
                "stance": stance,
                "source_reliability": reliability,
                "info_credibility": credibility,
                "excerpt": excerpt,
                "notes": notes,
                "attachments": attachments.get(ev_id, []),
                "created_at": bundle_timestamp(created_at),
                "updated_at": bundle_timestamp(updated_at),
            }
        )
        if updated_at > newest_evidence.get(claim_id, ""):
            newest_evidence[claim_id] = updated_at
    verdicts = {
        claim_id: {
            "rating": rating,
            "summary": summary,
            "rationale": rationale,
            "reviewer": reviewer,
            "reviewed_at": bundle_timestamp(reviewed_at),
        }
        for claim_id, rating, summary, rationale, reviewer, reviewed_at in run(
            "SELECT claim_id, rating, summary, rationale, reviewer, reviewed_at FROM verdicts "
            f"WHERE claim_id IN ({marks})",
            chunk,
        )
    }
    rows = {
        row[0]: row
        for row in run(
            "SELECT id, text, claimant, appeared_url, appeared_title, appeared_date, language, "
            f"status, notes, created_at, updated_at FROM claims WHERE id IN ({marks})",
            chunk,
        )
    }
    for claim_id in chunk:
        row = rows.get(claim_id)
        if row is None:
            continue
        (_, text, claimant, a_url, a_title, a_date, language, status, notes, created, updated) = row
        appeared = None
        if a_url or a_title or a_date:
            appeared = {"url": a_url, "title": a_title, "date": a_date}
        items = evidence.get(claim_id, [])
        verdict = verdicts.get(claim_id)
        yield ExportedClaim(
            id=claim_id,
            data={
                "id": claim_id,
                "text": text,
                "claimant": claimant,
                "appeared_in": appeared,
                "language": language,
                "status": status,
                "tags": tags.get(claim_id, []),
                "notes": notes,
                "created_at": bundle_timestamp(created),
                "updated_at": bundle_timestamp(updated),
                "evidence": items,
                "verdict": verdict,
            },
            newest=max(updated, newest_evidence.get(claim_id, "")),
            evidence=len(items),
            rating=verdict["rating"] if verdict is not None else None,
        )
