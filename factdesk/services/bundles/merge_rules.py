"""The three-way merge of one record: ours (this case file), theirs (the bundle), the base.

The base is the record's content as it was last imported (kept in the case
file).  Content is what the records' declarations mark as content; bookkeeping
(ids, creation and change times, positions) never takes part.  Values are
compared in their JSON form, so a base read back from storage compares equal.

Per field:

==================  =====================  ===========================
ours vs base        theirs vs base         result
==================  =====================  ===========================
(any)               equal to ours          nothing to do
unchanged           changed                take theirs
changed             unchanged              keep ours
changed             changed (differently)  conflict on that field
no base             different from ours    conflict on that field
==================  =====================  ===========================

Tags merge as a set (each tag added or removed on either side is kept, so
they never conflict), and the order of a claim's evidence merges as one
field over the items both sides have.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factdesk import records as r
from factdesk.services.claim_json import json_value

CLAIM_FIELDS = tuple(n for n in r.names(r.Claim, content=True) if n != "tags")
VERDICT_FIELDS = r.names(r.Verdict, editable=True)
EVIDENCE_FIELDS = r.names(r.Evidence, content=True)
VERDICT_PREFIX = "verdict."
# The base of an evidence item whose deletion a bundle brought.
REMOVED: dict[str, Any] = {"removed": True}
ORDER = "evidence_order"
TAGS = "tags"


def _attachments(ev: r.Evidence) -> list[list[Any]]:
    return [[a.sha256, a.filename, a.media_type, a.size] for a in ev.attachments]


def claim_content(claim: r.Claim) -> dict[str, Any]:
    """A claim's own content, verdict fields and evidence order, as JSON values."""
    content = {
        f: json_value(r.field_info(r.Claim, f).spec.kind, getattr(claim, f)) for f in CLAIM_FIELDS
    }
    content[TAGS] = sorted(claim.tags)
    verdict = claim.verdict
    for f in VERDICT_FIELDS:
        kind = r.field_info(r.Verdict, f).spec.kind
        content[VERDICT_PREFIX + f] = json_value(kind, getattr(verdict, f) if verdict else None)
    content[ORDER] = [e.id for e in claim.evidence]
    return content


def evidence_content(ev: r.Evidence) -> dict[str, Any]:
    content: dict[str, Any] = {}
    for f in EVIDENCE_FIELDS:
        if f == "attachments":
            content[f] = _attachments(ev)
        else:
            content[f] = json_value(r.field_info(r.Evidence, f).spec.kind, getattr(ev, f))
    return content


@dataclass
class FieldMerge:
    """What to take from theirs, and which fields conflict (field -> (ours, theirs))."""

    take: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        return bool(self.take or self.conflicts)


def merge_fields(
    ours: Mapping[str, Any],
    theirs: Mapping[str, Any],
    base: Mapping[str, Any] | None,
    names: Sequence[str],
) -> FieldMerge:
    result = FieldMerge()
    for name in names:
        mine, incoming = ours.get(name), theirs.get(name)
        if mine == incoming:
            continue
        if base is not None and name in base:
            before = base[name]
            if incoming == before:
                continue  # changed only here: keep ours
            if mine == before:
                result.take[name] = incoming  # changed only in the bundle
                continue
        result.conflicts[name] = (mine, incoming)
    return result


def merge_tags(ours: Sequence[str], theirs: Sequence[str], base: Sequence[str] | None) -> list[str]:
    """Tags added or removed on either side since the base; without a base, both sides' tags."""
    mine, incoming = set(ours), set(theirs)
    if base is None:
        return sorted(mine | incoming)
    before = set(base)
    return sorted((mine | (incoming - before)) - (before - incoming))


def merge_order(
    ours: Sequence[str], theirs: Sequence[str], base: Sequence[str] | None
) -> tuple[list[str] | None, bool]:
    """The order of the items both sides hold: (theirs to take or None, conflict?)."""
    common = set(ours) & set(theirs)
    mine = [i for i in ours if i in common]
    incoming = [i for i in theirs if i in common]
    if mine == incoming:
        return None, False
    if base is not None and common <= set(base):
        before = [i for i in base if i in common]
        if incoming == before:
            return None, False
        if mine == before:
            return incoming, False
    return incoming, True


def arrange(ours: Sequence[str], order: Sequence[str]) -> list[str]:
    """``ours`` with the items of ``order`` put in that order, the others keeping their places."""
    wanted = iter(order)
    placed = set(order)
    return [next(wanted) if i in placed else i for i in ours]
