"""Undoable edits of the rating scale and of "checked before?" dismissals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factdesk.gui.controller import CaseController, Change
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.gui.undo_commands import CaseCommand
from factdesk.services.rating_scale import MergeRecord
from factdesk.services.records import Rating

# A scale edit changes how every claim's rating looks: all views read again.
EVERYTHING = Change(everything=True, scale=True)


class UpdateRating(CaseCommand):
    """Change a rating's label, value or colour (``old`` and ``new`` name the same fields)."""

    def __init__(
        self, controller: CaseController, key: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        what = {
            "label": QT_TRANSLATE_NOOP("scale_commands", "label"),
            "value": QT_TRANSLATE_NOOP("scale_commands", "value"),
            "colour": QT_TRANSLATE_NOOP("scale_commands", "colour"),
        }
        names = ", ".join(translate("scale_commands", what[k]) for k in new)
        super().__init__(
            controller, translate("scale_commands", "Change rating {names}").format(names=names)
        )
        self.key, self.old, self.new = key, old, new

    def do(self) -> Change:
        self.case.rating_scale.update(self.key, **self.new)
        return EVERYTHING

    def reverse(self) -> Change:
        self.case.rating_scale.update(self.key, **self.old)
        return EVERYTHING


class ReorderScale(CaseCommand):
    def __init__(self, controller: CaseController, old: Sequence[str], new: Sequence[str]) -> None:
        super().__init__(controller, translate("scale_commands", "Reorder the rating scale"))
        self.old, self.new = list(old), list(new)

    def do(self) -> Change:
        self.case.rating_scale.reorder(self.new)
        return EVERYTHING

    def reverse(self) -> Change:
        self.case.rating_scale.reorder(self.old)
        return EVERYTHING


class MergeRating(CaseCommand):
    """Merge one rating into another: its verdicts relabelled, the rating removed."""

    def __init__(self, controller: CaseController, key: str, into: Rating) -> None:
        super().__init__(
            controller,
            translate("scale_commands", "Merge rating into {rating}").format(rating=into.label),
        )
        self.key, self.into = key, into.key
        self.record: MergeRecord | None = None

    def do(self) -> Change:
        self.record = self.case.rating_scale.merge(self.key, self.into)
        return Change(claim_ids=frozenset(self.record.claim_ids), everything=True, scale=True)

    def reverse(self) -> Change:
        assert self.record is not None
        self.case.rating_scale.unmerge(self.record)
        return Change(claim_ids=frozenset(self.record.claim_ids), everything=True, scale=True)


class SetMapping(CaseCommand):
    """Point a remembered foreign label at another rating (None: forget the mapping)."""

    def __init__(
        self,
        controller: CaseController,
        source: str,
        label: str,
        shown: str,
        old: str | None,
        new: str | None,
    ) -> None:
        super().__init__(
            controller,
            translate("scale_commands", "Map rating label {label}").format(label=shown[:40]),
        )
        self.source, self.label, self.shown, self.old, self.new = source, label, shown, old, new

    def do(self) -> Change:
        self.case.rating_scale.set_mapping(self.source, self.label, self.shown, self.new)
        return EVERYTHING

    def reverse(self) -> Change:
        self.case.rating_scale.set_mapping(self.source, self.label, self.shown, self.old)
        return EVERYTHING


class DismissSimilar(CaseCommand):
    """Stop warning that a claim reads like others already checked."""

    def __init__(self, controller: CaseController, claim_id: str) -> None:
        super().__init__(controller, translate("scale_commands", "Dismiss “checked before?”"))
        self.claim_id = claim_id

    def do(self) -> Change:
        self.case.checked_before.dismiss(self.claim_id)
        return Change(claim_ids=frozenset({self.claim_id}))

    def reverse(self) -> Change:
        self.case.checked_before.dismiss(self.claim_id, False)
        return Change(claim_ids=frozenset({self.claim_id}))
