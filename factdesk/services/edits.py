"""Changing fields of a claim, an evidence item or a verdict: the one path for every edit.

The window, the command line and undo all change fields through
:func:`apply_fields`.  Given ``expect`` (what undo or redo believes the
stored values are), a field that someone else has changed since is left
alone and reported, rather than overwritten.

A verdict is a set of fields on its claim.  Without a rating it is a draft:
its summary, rationale and reviewer are kept like every other field.  The
verdict row is created by the first field given a value and removed only when
the user clears it (or undoes its creation).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from factdesk import records as r
from factdesk.errors import EditConflictError, NotFoundError
from factdesk.i18n import _
from factdesk.services import validation
from factdesk.services.changes import ChangeSet, Write
from factdesk.services.context import ServiceContext
from factdesk.services.ratings import check_rating, scale_keys
from factdesk.store import rows
from factdesk.store.stamps import utc_from_text

ENTITY_RECORDS = {"claim": r.Claim, "evidence": r.Evidence, "verdict": r.Verdict}
VERDICT_FIELDS = r.names(r.Verdict, editable=True)


def current_fields(write: Write, entity: str, entity_id: str) -> tuple[dict[str, Any], str]:
    """The stored editable fields of a record, and its claim's id.

    A verdict that does not exist reads as all its fields empty.
    """
    s = write.session
    if entity == "claim":
        found = rows.fetch(s, "claim", entity_id)
        if found is None:
            raise NotFoundError(_("no claim with id {id}.").format(id=entity_id))
        found["tags"] = rows.claim_tags(s, entity_id)
        return found, entity_id
    if entity == "evidence":
        found = rows.fetch(s, "evidence", entity_id)
        if found is None:
            raise NotFoundError(_("no evidence item with id {id}.").format(id=entity_id))
        return found, found["claim_id"]
    if entity == "verdict":
        if not rows.existing_ids(s, "claim", [entity_id]):
            raise NotFoundError(_("no claim with id {id}.").format(id=entity_id))
        found = rows.fetch(s, "verdict", entity_id)
        return found or {"claim_id": entity_id, **dict.fromkeys(VERDICT_FIELDS)}, entity_id
    raise ValueError(f"not an editable record: {entity}")


def apply_fields(
    write: Write,
    entity: str,
    entity_id: str,
    values: Mapping[str, Any],
    *,
    expect: Mapping[str, Any] | None = None,
    loaded: Mapping[str, Any] | None = None,
    action: str = "update",
) -> dict[str, tuple[Any, Any]]:
    """Set checked field values on one record; returns what changed (field -> (old, new)).

    ``loaded`` holds what the editor showed when the record was loaded: a field
    stored differently now was changed by someone else meanwhile, and the save
    is refused (:class:`EditConflictError`) rather than overwrite their work.
    """
    record = ENTITY_RECORDS[entity]
    current, claim_id = current_fields(write, entity, entity_id)
    if loaded is not None:
        _refuse_stale(write, entity, entity_id, current, values, loaded)
    changed: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = current.get(name)
        if expect is not None and name in expect and old != expect[name]:
            write.conflict(
                _(
                    "the {field} was changed by someone else since; it was left as it is "
                    "(both versions are in the history)."
                ).format(field=_(r.label(record, name)))
            )
            continue
        if old != new:
            changed[name] = (old, new)
    if entity == "verdict" and expect is None:
        _stamp_review(write, current, changed)
    if not changed:
        return {}
    if entity == "claim" and action == "update" and _publishes(changed):
        # However a claim comes to be published (the Publish button, the status
        # field, the command line), its history says which rules were unmet.
        from factdesk.services import readiness  # the method rules: only when publishing

        write.context = readiness.unmet_record(readiness.unmet(_claim(write, entity_id)))
    if entity == "verdict":
        _write_verdict(write, entity_id, current, changed, action)
    else:
        stored = {k: new for k, (_old, new) in changed.items() if k != "tags"}
        if entity == "evidence":
            stored["updated_at"] = write.now
        rows.update(write.session, entity, entity_id, stored)
        if "tags" in changed:
            rows.set_tags(write.session, {entity_id: changed["tags"][1]})
        write.record(entity, entity_id, claim_id, action, changed)
    return changed


def _refuse_stale(
    write: Write,
    entity: str,
    entity_id: str,
    current: Mapping[str, Any],
    values: Mapping[str, Any],
    loaded: Mapping[str, Any],
) -> None:
    record = ENTITY_RECORDS[entity]
    for name, mine in values.items():
        if name not in loaded or current.get(name) == loaded[name]:
            continue
        if current.get(name) == mine:
            continue  # they made the same change: nothing is lost either way
        by, at = last_change(write, entity, entity_id, name)
        who = by or _("someone else")
        if at is not None:
            message = _(
                "the {field} was changed by {who} at {when} since you loaded it; your change "
                "was not saved. Keep yours, take theirs, or edit."
            ).format(
                field=r.label(record, name),
                who=who,
                when=at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        else:
            message = _(
                "the {field} was changed by {who} since you loaded it; your change was not "
                "saved. Keep yours, take theirs, or edit."
            ).format(field=r.label(record, name), who=who)
        raise EditConflictError(
            message,
            entity=entity,
            entity_id=entity_id,
            field=name,
            mine=mine,
            theirs=current.get(name),
            by=by,
            at=at,
        )


def last_change(write: Write, entity: str, entity_id: str, name: str) -> tuple[str, Any]:
    """Who last changed a field of a record, and when (from the history)."""
    for author, at, changes in rows.run(
        write.session.connection(),
        "SELECT author, at, changes FROM history WHERE entity = ? AND entity_id = ? "
        "ORDER BY id DESC LIMIT 50",
        (entity, entity_id),
    ):
        if name in json.loads(changes):
            return str(author), utc_from_text(at)
    return "", None


def _publishes(changed: Mapping[str, tuple[Any, Any]]) -> bool:
    pair = changed.get("status")
    return pair is not None and pair[1] == "published" and pair[0] != "published"


def _claim(write: Write, claim_id: str) -> r.Claim:
    found = rows.read_claims(write.session, [claim_id]).get(claim_id)
    if found is None:
        raise NotFoundError(_("no claim with id {id}.").format(id=claim_id))
    return found


def _stamp_review(write: Write, current: dict[str, Any], changed: dict[str, Any]) -> None:
    """A rating given or changed is reviewed now, by the author unless a reviewer is named.

    The stamp is to the minute, as the window shows and takes it: a rating
    changed twice in a minute is one review, not a "review date" change that
    no one could see.
    """
    if "rating" not in changed or changed["rating"][1] is None:
        return
    stamp = write.now.replace(second=0, microsecond=0)
    if "reviewed_at" not in changed and current.get("reviewed_at") != stamp:
        changed["reviewed_at"] = (current.get("reviewed_at"), stamp)
    if "reviewer" not in changed and not current.get("reviewer") and write.author != "unknown":
        changed["reviewer"] = (None, write.author)


def _write_verdict(
    write: Write,
    claim_id: str,
    current: dict[str, Any],
    changed: dict[str, tuple[Any, Any]],
    action: str,
) -> None:
    s = write.session
    after = {**current, **{k: new for k, (_old, new) in changed.items()}}
    exists = bool(rows.existing_ids(s, "verdict", [claim_id]))
    if not exists:
        stored: dict[str, Any] = {f: after.get(f) for f in r.stored_columns(r.Verdict)}
        row = r.Verdict(**stored)
        rows.insert_records(s, "verdict", [row])
        write.record(
            "verdict", claim_id, claim_id, "create" if action == "update" else action, changed
        )
    elif all(after.get(f) is None for f in VERDICT_FIELDS):
        rows.delete(s, "verdict", claim_id)
        write.record(
            "verdict", claim_id, claim_id, "delete" if action == "update" else action, changed
        )
    else:
        rows.update(s, "verdict", claim_id, {k: new for k, (_old, new) in changed.items()})
        write.record("verdict", claim_id, claim_id, action, changed)


def checked(entity: str, values: Mapping[str, Any], write: Write | None = None) -> dict[str, Any]:
    """User-given values checked field by field (and a rating against the scale)."""
    result = validation.editable_values(ENTITY_RECORDS[entity], values)
    if write is not None and result.get("rating") is not None:
        check_rating(write.session, result["rating"])
    return result


class EditService:
    """Field edits of claims, evidence items and verdicts, returning change sets."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def update(
        self,
        entity: str,
        entity_id: str,
        values: Mapping[str, Any],
        *,
        expect: Mapping[str, Any] | None = None,
        loaded: Mapping[str, Any] | None = None,
    ) -> ChangeSet:
        """Change fields of one record (``entity``: claim, evidence or verdict).

        ``loaded``: the values the user saw before editing; if someone else has
        changed one of the fields since, nothing is saved (:class:`EditConflictError`).
        """
        if entity not in ENTITY_RECORDS:
            raise ValueError(f"not an editable record: {entity}")
        with self._ctx.write() as write:
            apply_fields(
                write,
                entity,
                entity_id,
                checked(entity, values, write),
                expect=expect,
                loaded=loaded,
            )
        return write.result

    def revert(self, changes: ChangeSet) -> ChangeSet:
        """Undo the field changes of a change set (those still as it left them)."""
        return self._replay(changes, backwards=True)

    def reapply(self, changes: ChangeSet) -> ChangeSet:
        """Redo the field changes of a change set (those still as undo left them)."""
        return self._replay(changes, backwards=False)

    def _replay(self, changes: ChangeSet, *, backwards: bool) -> ChangeSet:
        targets: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
        for change in changes.records:
            if change.entity not in ENTITY_RECORDS:
                continue
            key = (change.entity, change.entity_id)
            for name, (old, new) in changes.fields_of(*key).items():
                values, expect = targets.setdefault(key, ({}, {}))
                values[name], expect[name] = (old, new) if backwards else (new, old)
        with self._ctx.write() as write:
            scale = set(scale_keys(write.session))
            for (entity, entity_id), (values, expect) in targets.items():
                if values.get("rating") is not None and values["rating"] not in scale:
                    write.conflict(
                        _(
                            "rating {rating} is no longer on the scale; the rating was left as "
                            "it is."
                        ).format(rating=repr(values["rating"]))
                    )
                    values = {k: v for k, v in values.items() if k != "rating"}
                try:
                    apply_fields(write, entity, entity_id, values, expect=expect)
                except NotFoundError:
                    write.conflict(
                        _("the {record} it changed no longer exists.").format(record=_(entity))
                    )
        return write.result
