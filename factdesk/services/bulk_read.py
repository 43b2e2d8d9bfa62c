"""Whole claims read many at a time: one query per table, straight into records.

Going through ORM objects (or even typed SQLAlchemy rows) costs several times
more than the reading itself when a report or an export wants thousands of
claims with their evidence. These queries select the columns in the order of
the record's fields and take the ids as one JSON array, so a thousand claims
cost five statements; times and dates are parsed as the column types do.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from factdesk.services import records as r
from factdesk.store.models import date_from_text, utc_from_text

_IDS = "(SELECT value FROM json_each(?))"

_TAGS = f"""
SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
WHERE ct.claim_id IN {_IDS} ORDER BY t.name
"""
_ATTACHMENTS = f"""
SELECT a.id, a.evidence_id, a.sha256, a.filename, a.media_type, a.size, a.created_at
FROM attachments a JOIN evidence e ON e.id = a.evidence_id
WHERE e.claim_id IN {_IDS} ORDER BY a.position
"""
_EVIDENCE = f"""
SELECT id, claim_id, position, kind, title, url, publisher, author, published_on,
       accessed_at, stance, source_reliability, info_credibility, excerpt, notes,
       created_at, updated_at
FROM evidence WHERE claim_id IN {_IDS} ORDER BY position
"""
_VERDICTS = f"""
SELECT claim_id, rating, summary, rationale, reviewer, reviewed_at
FROM verdicts WHERE claim_id IN {_IDS}
"""
_CLAIMS = f"""
SELECT id, text, claimant, appeared_url, appeared_title, appeared_date, language, status,
       notes, created_at, updated_at, copied_from
FROM claims WHERE id IN {_IDS}
"""

# One statement for a page of the claim list: counts and tags by subquery.
_ROWS = f"""
SELECT c.id, c.text, c.claimant, c.status, v.rating, c.updated_at,
       (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id),
       (SELECT group_concat(name, char(31)) FROM
          (SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id
           WHERE ct.claim_id = c.id ORDER BY t.name))
FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
WHERE c.id IN {_IDS}
"""


def load_rows(session: Session, ids: Sequence[str]) -> dict[str, r.ClaimRow]:
    """Claim-list rows for those of ``ids`` that exist, by id.

    Tags are joined with U+001F, a character tags cannot contain.
    """
    key = (json.dumps(list(dict.fromkeys(ids))),)
    result = session.connection().exec_driver_sql(_ROWS, key)
    try:
        fetched = result.cursor.fetchall() if result.cursor is not None else []
    except sqlite3.DatabaseError as exc:  # as SQLAlchemy would wrap it, for the store
        raise DatabaseError(_ROWS, key, exc) from exc
    finally:
        result.close()
    return {
        cid: r.ClaimRow(
            id=cid,
            text=text,
            claimant=claimant,
            status=status,
            rating=rating,
            evidence_count=count,
            updated_at=utc_from_text(updated),
            tags=tuple(tags.split("\x1f")) if tags else (),
        )
        for cid, text, claimant, status, rating, updated, count, tags in fetched
    }


def existing_claim_ids(session: Session, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that are ids of claims in the case file."""
    found = session.connection().exec_driver_sql(
        f"SELECT id FROM claims WHERE id IN {_IDS}", (json.dumps(list(ids)),)
    )
    return {row[0] for row in found}


def load_claims(session: Session, ids: Sequence[str]) -> dict[str, r.Claim]:
    """The claims among ``ids`` that exist, by id, with tags, evidence and verdict."""
    if not ids:
        return {}
    connection = session.connection()
    key = (json.dumps(list(dict.fromkeys(ids))),)

    def rows(sql: str) -> list[Any]:
        result = connection.exec_driver_sql(sql, key)
        try:
            # Plain tuples from the driver: making a Row of each costs more than reading it.
            return list(result.cursor.fetchall()) if result.cursor is not None else []
        except sqlite3.DatabaseError as exc:  # as SQLAlchemy would wrap it, for the store
            raise DatabaseError(sql, key, exc) from exc
        finally:
            result.close()

    tags: defaultdict[str, list[str]] = defaultdict(list)
    for claim_id, name in rows(_TAGS):
        tags[claim_id].append(name)

    attachments: defaultdict[str, list[r.Attachment]] = defaultdict(list)
    for att_id, ev_id, sha, filename, media_type, size, created in rows(_ATTACHMENTS):
        attachments[ev_id].append(
            r.Attachment(
                id=att_id,
                evidence_id=ev_id,
                sha256=sha,
                filename=filename,
                media_type=media_type,
                size=size,
                created_at=utc_from_text(created),
            )
        )

    evidence: defaultdict[str, list[r.Evidence]] = defaultdict(list)
    for (
        ev_id,
        claim_id,
        position,
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
        created,
        updated,
    ) in rows(_EVIDENCE):
        evidence[claim_id].append(
            r.Evidence(
                id=ev_id,
                claim_id=claim_id,
                position=position,
                kind=kind,
                title=title,
                url=url,
                publisher=publisher,
                author=author,
                published_on=date_from_text(published_on),
                accessed_at=utc_from_text(accessed_at),
                stance=stance,
                source_reliability=reliability,
                info_credibility=credibility,
                excerpt=excerpt,
                notes=notes,
                created_at=utc_from_text(created),
                updated_at=utc_from_text(updated),
                attachments=tuple(attachments.get(ev_id, ())),
            )
        )

    verdicts = {
        claim_id: r.Verdict(
            claim_id=claim_id,
            rating=rating,
            summary=summary,
            rationale=rationale,
            reviewer=reviewer,
            reviewed_at=utc_from_text(reviewed_at),
        )
        for claim_id, rating, summary, rationale, reviewer, reviewed_at in rows(_VERDICTS)
    }

    found: dict[str, r.Claim] = {}
    for (
        claim_id,
        text,
        claimant,
        appeared_url,
        appeared_title,
        appeared_date,
        language,
        status,
        notes,
        created,
        updated,
        copied_from,
    ) in rows(_CLAIMS):
        found[claim_id] = r.Claim(
            id=claim_id,
            text=text,
            claimant=claimant,
            appeared_url=appeared_url,
            appeared_title=appeared_title,
            appeared_date=date_from_text(appeared_date),
            language=language,
            status=status,
            tags=tuple(tags.get(claim_id, ())),
            notes=notes,
            created_at=utc_from_text(created),
            updated_at=utc_from_text(updated),
            evidence=tuple(evidence.get(claim_id, ())),
            verdict=verdicts.get(claim_id),
            copied_from=copied_from,
        )
    return found
