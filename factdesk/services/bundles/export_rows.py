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

from factdesk import records as r
from factdesk.services.claim_json import DRAFT_KEY, REMOVED_KEY
from factdesk.store import rows

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
                f"WHERE e.claim_id {rows.IN_IDS}",
                (rows.ids_param(chunk),),
            )
        )
    return found


def exported_claims(conn: Connection, ids: Sequence[str]) -> Iterator[ExportedClaim]:
    """The claims with these ids (those that exist), in the order given."""
    for start in range(0, len(ids), CHUNK):
        yield from _chunk(conn, tuple(ids[start : start + CHUNK]))


def _shape(entity: str) -> list[tuple[int, str, str | None, bool]]:
    """For each stored column of a record: (column index, bundle key, nested under, timestamp?)."""
    record = r.ENTITIES[entity]
    shape = []
    for index, name in enumerate(rows.columns(entity)):
        f = r.field_info(record, name)
        key = f.bundle_key
        if key is None:
            continue
        outer, _, inner = key.rpartition(".")
        shape.append((index, inner, outer or None, f.spec.kind == r.TIMESTAMP))
    return shape


def _bundle_object(shape: list[tuple[int, str, str | None, bool]], row: Any) -> dict[str, Any]:
    """A stored row as its bundle object (stored dates are already written as the bundle does)."""
    data: dict[str, Any] = {}
    for index, key, outer, timestamp in shape:
        value = bundle_timestamp(row[index]) if timestamp else row[index]
        if outer is None:
            data[key] = value
        else:
            data.setdefault(outer, {})[key] = value
    return data


def _chunk(conn: Connection, chunk: tuple[str, ...]) -> Iterator[ExportedClaim]:
    ids = (rows.ids_param(chunk),)
    run = conn.exec_driver_sql
    tags: dict[str, list[str]] = defaultdict(list)
    for claim_id, name in run(
        "SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
        f"WHERE ct.claim_id {rows.IN_IDS} ORDER BY ct.claim_id, t.name",
        ids,
    ):
        tags[claim_id].append(name)

    columns = rows.columns("attachment")
    shape = _shape("attachment")
    owner = columns.index("evidence_id")
    attachments: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in run(
        f"SELECT {', '.join('a.' + c for c in columns)} FROM attachments a "
        f"JOIN evidence e ON e.id = a.evidence_id WHERE e.claim_id {rows.IN_IDS} "
        "ORDER BY a.evidence_id, a.position",
        ids,
    ):
        attachments[row[owner]].append(_bundle_object(shape, row))

    columns = rows.columns("evidence")
    shape = _shape("evidence")
    ev_id_at, claim_at, updated_at = (
        columns.index("id"),
        columns.index("claim_id"),
        columns.index("updated_at"),
    )
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    newest_evidence: dict[str, str] = {}
    for row in run(
        f"SELECT {', '.join(columns)} FROM evidence WHERE claim_id {rows.IN_IDS} "
        "ORDER BY claim_id, position",
        ids,
    ):
        item = _bundle_object(shape, row)
        item["attachments"] = attachments.get(row[ev_id_at], [])
        claim_id = row[claim_at]
        evidence[claim_id].append(item)
        if row[updated_at] > newest_evidence.get(claim_id, ""):
            newest_evidence[claim_id] = row[updated_at]

    columns = rows.columns("verdict")
    shape = _shape("verdict")
    verdicts = {
        row[columns.index("claim_id")]: _bundle_object(shape, row)
        for row in run(
            f"SELECT {', '.join(columns)} FROM verdicts WHERE claim_id {rows.IN_IDS}", ids
        )
    }
    removed: dict[str, list[str]] = defaultdict(list)
    for evidence_id, claim_id in run(
        f"SELECT evidence_id, claim_id FROM removed_evidence WHERE claim_id {rows.IN_IDS} "
        "ORDER BY evidence_id",
        ids,
    ):
        removed[claim_id].append(evidence_id)

    columns = rows.columns("claim")
    shape = _shape("claim")
    updated = columns.index("updated_at")
    found = {
        row[0]: row
        for row in run(f"SELECT {', '.join(columns)} FROM claims WHERE id {rows.IN_IDS}", ids)
    }
    for claim_id in chunk:
        claim_row = found.get(claim_id)
        if claim_row is None:
            continue
        data = _bundle_object(shape, claim_row)
        if not any(data["appeared_in"].values()):
            data["appeared_in"] = None
        data["tags"] = tags.get(claim_id, [])
        items = evidence.get(claim_id, [])
        data["evidence"] = items
        verdict = verdicts.get(claim_id)
        if verdict is not None and verdict["rating"] is None:
            del verdict["rating"]
            data["verdict"] = None
            data[DRAFT_KEY] = verdict
            verdict = None
        else:
            data["verdict"] = verdict
        if claim_id in removed:
            data[REMOVED_KEY] = removed[claim_id]
        yield ExportedClaim(
            id=claim_id,
            data=data,
            newest=max(claim_row[updated], newest_evidence.get(claim_id, "")),
            evidence=len(items),
            rating=verdict["rating"] if verdict is not None else None,
        )
