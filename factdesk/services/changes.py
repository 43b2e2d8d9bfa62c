"""What a write changed, and the one place where a write's consequences are carried out.

Every service that writes does so inside :meth:`ServiceContext.write`, which
yields a :class:`Write`.  The service changes rows and tells the ``Write``
what it changed (:meth:`Write.record`); when the service is done, the
``Write`` carries out the consequences once: a history entry per change, the
``updated_at`` of every claim touched, the search index of claims whose
indexed text changed; then it reads the changed claims in the same
transaction and returns a :class:`ChangeSet`.

A change set is what undo replays (the old values come from the database,
never from widgets) and what the window refreshes from (no further reads).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factdesk import records as r
from factdesk.records import Claim, ClaimRow, HistoryEntry
from factdesk.services.clock import now_utc
from factdesk.services.convert import jsonable
from factdesk.store import rows, search
from factdesk.store.stamps import utc_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Fields = Mapping[str, tuple[Any, Any]]  # field -> (old, new)

HISTORY_COLUMNS = (
    "at",
    "author",
    "claim_id",
    "entity",
    "entity_id",
    "action",
    "changes",
    "context",
)
# History changes as JSON, encoder built once (imports write thousands).
HISTORY_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=jsonable)


@dataclass(frozen=True)
class RecordChange:
    """One record created, changed or deleted, with each field's old and new value."""

    entity: str  # claim | evidence | verdict | attachment
    entity_id: str
    claim_id: str
    action: str  # create | update | delete | restore | import | move
    fields: Fields = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeSet:
    """What one write changed, and the changed claims as they now are.

    ``claims`` maps each touched claim id to the claim read back in the same
    transaction (None: it no longer exists), ``rows`` to its claim-list line.
    ``conflicts`` lists fields an undo or redo left alone because someone else
    changed them since.
    """

    records: tuple[RecordChange, ...] = ()
    claims: Mapping[str, Claim | None] = field(default_factory=dict)
    rows: Mapping[str, ClaimRow] = field(default_factory=dict)
    structure: bool = False  # claims were added or removed
    scale: bool = False  # the rating scale changed
    conflicts: tuple[str, ...] = ()
    history_ids: tuple[int, int] | None = None  # first and last history entry written
    at: dt.datetime | None = None  # when it was written (the history entries' time)
    author: str = ""
    context: Mapping[str, Any] | None = None  # what the history entries say beyond fields

    def history_entries(self) -> tuple[HistoryEntry, ...]:
        """The history entries this change wrote, as reading them back would give them."""
        if self.history_ids is None or self.at is None:
            return ()
        first, _last = self.history_ids
        return tuple(
            HistoryEntry(
                id=first + n,
                at=self.at,
                author=self.author,
                claim_id=c.claim_id,
                entity=c.entity,
                entity_id=c.entity_id,
                action=c.action,
                changes=history_changes(c.fields),
                context=dict(self.context or {}),
            )
            for n, c in enumerate(self.records)
        )

    @property
    def claim_ids(self) -> frozenset[str]:
        return frozenset(self.claims)

    def claim(self, claim_id: str) -> Claim | None:
        return self.claims.get(claim_id)

    def fields_of(self, entity: str, entity_id: str) -> dict[str, tuple[Any, Any]]:
        """Every field of one record this change set changed, first old to last new."""
        merged: dict[str, tuple[Any, Any]] = {}
        for change in self.records:
            if change.entity == entity and change.entity_id == entity_id:
                for name, (old, new) in change.fields.items():
                    merged[name] = (merged[name][0] if name in merged else old, new)
        return {k: v for k, v in merged.items() if v[0] != v[1]}

    @property
    def empty(self) -> bool:
        return not self.records and not self.structure and not self.scale


NO_CHANGE = ChangeSet()


def history_changes(fields: Fields) -> dict[str, list[Any]]:
    """A change's fields as the history stores them: field -> [old, new], JSON values."""
    return {k: [jsonable(o), jsonable(n)] for k, (o, n) in fields.items()}


# Whether a change of this entity's fields changes what search finds.
def _indexed(entity: str, names: Iterable[str]) -> bool:
    record = r.ENTITIES.get(entity)
    if record is None:
        return False
    indexed = set(r.names(record, indexed=True))
    return any(n in indexed for n in names)


class Write:
    """One write transaction's changes, and their consequences (see the module)."""

    def __init__(self, session: Session, author: str) -> None:
        self.session = session
        self.author = author or "unknown"
        self.changes: list[RecordChange] = []
        self.touched: set[str] = set()  # claims whose updated_at moves
        self.reindex: set[str] = set()  # claims whose search text changed throughout
        self.reindex_docs: set[tuple[str, str, str]] = set()  # single records' search text
        self.deleted: set[str] = set()
        self.structure = False
        self.scale = False
        self.conflicts: list[str] = []
        self.now = now_utc()
        self.result: ChangeSet = NO_CHANGE  # set when the transaction's work is done
        # What the history of this write should say beyond its fields (the
        # checklist rules a claim was published without, say); None: nothing.
        self.context: Mapping[str, Any] | None = None

    def record(
        self,
        entity: str,
        entity_id: str,
        claim_id: str,
        action: str,
        fields: Fields,
        *,
        touch: bool = True,
    ) -> None:
        """Note a change (no-op updates are dropped) and what it entails."""
        if action == "update" and not fields:
            return
        self.changes.append(RecordChange(entity, entity_id, claim_id, action, dict(fields)))
        if touch:
            self.touched.add(claim_id)
        if action != "update":
            self.reindex.add(claim_id)
        elif _indexed(entity, fields):
            if entity in ("claim", "evidence", "verdict"):
                self.reindex_docs.add((claim_id, entity, entity_id))
            else:
                self.reindex.add(claim_id)
        if entity == "claim" and action in ("create", "delete", "restore"):
            self.structure = True
            if action == "delete":
                self.deleted.add(claim_id)
            else:
                self.deleted.discard(claim_id)

    def conflict(self, message: str) -> None:
        self.conflicts.append(message)

    def finish(self) -> ChangeSet:
        """Carry out the consequences and read back what changed (same transaction)."""
        s = self.session
        first = last = None
        if self.changes:
            at = utc_text(self.now)
            context = HISTORY_JSON.encode(self.context) if self.context else None
            history = [
                (
                    at,
                    self.author,
                    c.claim_id,
                    c.entity,
                    c.entity_id,
                    c.action,
                    HISTORY_JSON.encode(history_changes(c.fields)),
                    context,
                )
                for c in self.changes
            ]
            rows.insert_plain(s, "history", HISTORY_COLUMNS, history)
            last = rows.run(s, "SELECT max(id) FROM history")[0][0]
            first = last - len(history) + 1 if last is not None else None
        alive = sorted(self.touched - self.deleted)
        if alive:
            rows.driver(s).execute(
                f"UPDATE claims SET updated_at = ? WHERE id {rows.IN_IDS}",
                (utc_text(self.now), rows.ids_param(alive)),
            )
        if self.reindex:
            search.reindex_claims(s, sorted(self.reindex))
        docs = [
            d for d in self.reindex_docs if d[0] not in self.reindex and d[0] not in self.deleted
        ]
        if docs:
            search.reindex_records(s, docs)
        ids = sorted({c.claim_id for c in self.changes} | self.touched)
        found = rows.read_claims(s, ids) if ids else {}
        return ChangeSet(
            records=tuple(self.changes),
            claims={i: found.get(i) for i in ids},
            rows=rows.read_rows(s, ids) if ids else {},
            structure=self.structure,
            scale=self.scale,
            conflicts=tuple(self.conflicts),
            history_ids=(first, last) if first is not None and last is not None else None,
            at=self.now,
            author=self.author,
            context=self.context,
        )


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ, as field -> (old, new)."""
    return {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}


def created(values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """A new record's fields as history records them (empty ones left out)."""
    return {k: (None, v) for k, v in values.items() if v not in (None, (), "")}


def removed(values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (v, None) for k, v in values.items() if v not in (None, (), "")}
