"""Undoable commands: each one calls the services forwards (redo) and backwards (undo).

A command is done once by :meth:`CaseCommand.first_do` (so a user error can
be shown before anything reaches the undo stack); later redos replay it.
Field edits keep the change set the service returned: undo writes back the
old values the service read (never what a widget held), and leaves alone a
field someone else has changed since, saying so.  Deletions keep the
snapshot the service returns, so undo brings back the record with its ids,
evidence, attachments and verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from factdesk import i18n
from factdesk import records as r
from factdesk.errors import FactDeskError
from factdesk.gui.controller import CaseController, Change, change_of
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.services import Case
from factdesk.services.changes import ChangeSet
from factdesk.services.evidence import PreparedFile
from factdesk.services.records import Attachment, ClaimSnapshot, EvidenceSnapshot
from factdesk.services.sample import load_sample_case

MERGE_TYPING = 1
ENTITY_CHANGES = {
    "claim": QT_TRANSLATE_NOOP("undo_commands", "Change claim {fields}"),
    "evidence": QT_TRANSLATE_NOOP("undo_commands", "Change evidence {fields}"),
    "verdict": QT_TRANSLATE_NOOP("undo_commands", "Change verdict {fields}"),
}
MAX_LABEL = 48


def elided(text: str, width: int = MAX_LABEL) -> str:
    """Text for a menu: one line, cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def field_words(entity: str, names: Sequence[str]) -> str:
    record = r.ENTITIES[entity]
    return ", ".join(i18n._(r.label(record, n)) for n in names)


class CaseCommand(QUndoCommand):
    def __init__(self, controller: CaseController, text: str) -> None:
        super().__init__(elided(text))
        self.controller = controller
        self._skip_redo = False

    @property
    def case(self) -> Case:
        return self.controller.case

    def first_do(self) -> Change:
        change = self.do()
        self._skip_redo = True  # QUndoStack.push calls redo(); it is already done
        return change

    def do(self) -> Change:
        raise NotImplementedError

    def reverse(self) -> Change:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.reverse)

    def _guarded(self, step: Any) -> None:
        # Exceptions cannot cross back into Qt's undo stack: report and drop the command.
        try:
            change = step()
        except FactDeskError as exc:
            self.setObsolete(True)
            self.controller.report(f"{self.text()}: {exc}")
            self.controller.notify(Change(structure=True, everything=True))
            return
        self.controller.notify(change)


# -- field edits -------------------------------------------------------------------
class EditFields(CaseCommand):
    """Change fields of a claim, an evidence item or a verdict (``entity``)."""

    # Offline, the field keeps the typed text and saves it on reconnect: no message.
    kept_offline = True

    def __init__(
        self,
        controller: CaseController,
        entity: str,
        entity_id: str,
        values: dict[str, Any],
        *,
        typing: str | None = None,
        select_evidence: str | None = None,
        loaded: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            controller,
            translate("undo_commands", ENTITY_CHANGES[entity]).format(
                fields=field_words(entity, list(values))
            ),
        )
        # What the editor showed before the change: a save over a colleague's newer
        # version is refused (see EditService.update) and offered side by side.
        self.loaded = loaded
        self.entity, self.entity_id, self.values = entity, entity_id, values
        self.typing = typing  # one spell of typing in one field: its saves undo as one step
        self.select_evidence = select_evidence
        self.changes: ChangeSet | None = None
        self.replayed = False

    def do(self) -> Change:
        if self.changes is None:
            self.changes = self.case.edits.update(
                self.entity, self.entity_id, self.values, loaded=self.loaded
            )
            if self.changes.empty:
                self.setObsolete(True)
            return change_of(self.changes, select_evidence=self.select_evidence)
        self.replayed = True
        return self._replayed(self.case.edits.reapply(self.changes))

    def reverse(self) -> Change:
        assert self.changes is not None
        self.replayed = True  # typing after an undo or redo is a step of its own
        return self._replayed(self.case.edits.revert(self.changes))

    def _replayed(self, result: ChangeSet) -> Change:
        for message in result.conflicts:
            self.controller.report(f"{self.text()}: {message}")
        return change_of(result, select_evidence=self.select_evidence)

    def id(self) -> int:
        return MERGE_TYPING if self.typing is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field saves as it goes; merged, it undoes in one step."""
        if not (
            isinstance(other, EditFields)
            and not self.replayed
            and other.typing is not None
            and other.typing == self.typing
            and (other.entity, other.entity_id) == (self.entity, self.entity_id)
            and other.values.keys() == self.values.keys()
            and self.changes is not None
            and other.changes is not None
        ):
            return False
        self.changes = ChangeSet(records=self.changes.records + other.changes.records)
        if not self.changes.fields_of(self.entity, self.entity_id):
            self.setObsolete(True)
        return True


# -- claims --------------------------------------------------------------------
class CreateClaim(CaseCommand):
    def __init__(self, controller: CaseController, text: str, **fields: Any) -> None:
        super().__init__(controller, translate("undo_commands", "New claim"))
        self.claim_text, self.fields = text, fields
        self.snapshot: ClaimSnapshot | None = None
        self.claim_id = ""

    def do(self) -> Change:
        if self.snapshot is None:
            changes = self.case.claims.create_changes(self.claim_text, **self.fields)
            self.claim_id = next(iter(changes.claims))
        else:
            changes = self.case.claims.restore_changes(self.snapshot)
        return change_of(changes, select_claim=self.claim_id, structure=True)

    def reverse(self) -> Change:
        self.snapshot, changes = self.case.claims.delete_changes(self.claim_id)
        return change_of(changes, structure=True)


class DeleteClaims(CaseCommand):
    """Delete one or several claims in one undoable step."""

    def __init__(self, controller: CaseController, claim_ids: Sequence[str], label: str) -> None:
        text = (
            translate("undo_commands", "Delete claim “{claim}”").format(claim=elided(label, 30))
            if len(claim_ids) == 1
            else translate("undo_commands", "Delete %Ln claims", "", len(claim_ids))
        )
        super().__init__(controller, text)
        self.claim_ids = list(claim_ids)
        self.snapshots: list[ClaimSnapshot] = []

    def do(self) -> Change:
        self.snapshots = []
        try:
            for claim_id in self.claim_ids:
                self.snapshots.append(self.case.claims.delete_changes(claim_id)[0])
        except FactDeskError:
            # Put back what was deleted before the failure: all or nothing.
            for snapshot in reversed(self.snapshots):
                self.case.claims.restore(snapshot)
            self.snapshots = []
            raise
        return Change(
            claim_ids=frozenset(self.claim_ids),
            structure=True,
            claims=dict.fromkeys(self.claim_ids),
            tags=True,
        )

    def reverse(self) -> Change:
        claims: dict[str, Any] = {}
        for snapshot in reversed(self.snapshots):
            claims.update(self.case.claims.restore_changes(snapshot).claims)
        self.snapshots = []
        return Change(
            claim_ids=frozenset(self.claim_ids),
            structure=True,
            select_claim=self.claim_ids[0],
            claims=claims,
            tags=True,
        )


class LoadSample(CaseCommand):
    def __init__(self, controller: CaseController) -> None:
        super().__init__(controller, translate("undo_commands", "Open sample case"))
        self.snapshots: list[ClaimSnapshot] = []
        self.added: list[str] = []

    def do(self) -> Change:
        if not self.snapshots:
            self.added = load_sample_case(self.case).added
        else:
            for snapshot in self.snapshots:
                self.case.claims.restore(snapshot)
            self.snapshots = []
        first = self.added[0] if self.added else None
        return Change(
            claim_ids=frozenset(self.added),
            structure=True,
            select_claim=first,
            scale=True,
            tags=True,
        )

    def reverse(self) -> Change:
        self.snapshots = [self.case.claims.delete(cid) for cid in self.added]
        return Change(
            claim_ids=frozenset(self.added),
            structure=True,
            claims=dict.fromkeys(self.added),
            tags=True,
        )


# -- evidence --------------------------------------------------------------------
class AddEvidence(CaseCommand):
    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        *,
        attach: Sequence[Path] = (),
        files: Sequence[PreparedFile] = (),
        **fields: Any,
    ) -> None:
        super().__init__(controller, translate("undo_commands", "Add evidence"))
        self.claim_id, self.attach, self.fields = claim_id, list(attach), fields
        self.files = list(files)
        self.evidence_id = ""
        self.snapshot: EvidenceSnapshot | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            self.evidence_id, changes = self.case.evidence.add_changes(
                self.claim_id, attach=self.attach, files=self.files, **self.fields
            )
            self.files = []  # stored now; undo keeps them in the snapshot
        else:
            changes = self.case.evidence.restore_changes(self.snapshot)
        return change_of(changes, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        self.snapshot, changes = self.case.evidence.delete_changes(self.evidence_id)
        return change_of(changes)


class MoveEvidence(CaseCommand):
    def __init__(
        self, controller: CaseController, claim_id: str, evidence_id: str, old: int, new: int
    ) -> None:
        super().__init__(controller, translate("undo_commands", "Move evidence"))
        self.claim_id, self.evidence_id, self.old, self.new = claim_id, evidence_id, old, new

    def do(self) -> Change:
        changes = self.case.evidence.move_changes(self.evidence_id, self.new)
        return change_of(changes, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        changes = self.case.evidence.move_changes(self.evidence_id, self.old)
        return change_of(changes, select_evidence=self.evidence_id)


class DeleteEvidence(CaseCommand):
    def __init__(
        self, controller: CaseController, claim_id: str, evidence_id: str, title: str = ""
    ) -> None:
        super().__init__(
            controller,
            translate("undo_commands", "Delete evidence “{title}”").format(title=elided(title, 30))
            if title
            else translate("undo_commands", "Delete evidence"),
        )
        self.claim_id, self.evidence_id = claim_id, evidence_id
        self.snapshot: EvidenceSnapshot | None = None

    def do(self) -> Change:
        self.snapshot, changes = self.case.evidence.delete_changes(self.evidence_id)
        return change_of(changes)

    def reverse(self) -> Change:
        assert self.snapshot is not None
        changes = self.case.evidence.restore_changes(self.snapshot)
        return change_of(changes, select_evidence=self.evidence_id)


class AttachFiles(CaseCommand):
    """Attach files read beforehand; undo also clears what a capture filled in."""

    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        evidence_id: str,
        files: Sequence[PreparedFile],
    ) -> None:
        super().__init__(
            controller,
            translate("undo_commands", "Attach file")
            if len(files) == 1
            else translate("undo_commands", "Attach files"),
        )
        self.claim_id, self.evidence_id, self.files = claim_id, evidence_id, list(files)
        self.attached: list[tuple[Attachment, bytes | None]] = []
        self.filled: dict[str, tuple[Any, Any]] = {}

    def do(self) -> Change:
        claims: dict[str, Any] = {}
        if not self.attached:
            for prepared in self.files:
                result = self.case.evidence.attach_prepared(self.evidence_id, prepared)
                self.attached.append((result.attachment, None))
                claims.update(result.changes.claims)
                for name, (old, new) in result.filled.items():
                    self.filled.setdefault(name, (old, new))
            self.files = []  # the bytes now live in the case file (and in ``attached`` on undo)
        else:
            for att, data in self.attached:
                assert data is not None
                claims.update(self.case.evidence.reattach_changes(att, data).claims)
            if self.filled:
                new = {k: v for k, (_old, v) in self.filled.items()}
                claims.update(self.case.evidence.update_changes(self.evidence_id, **new).claims)
        return self._change(claims)

    def reverse(self) -> Change:
        undone: list[tuple[Attachment, bytes | None]] = []
        claims: dict[str, Any] = {}
        for att, _ in reversed(self.attached):
            removed, data, changes = self.case.evidence.detach_changes(att.id)
            undone.append((removed, data))
            claims.update(changes.claims)
        self.attached = undone[::-1]
        if self.filled:
            old = {k: v for k, (v, _new) in self.filled.items()}
            claims.update(self.case.evidence.update_changes(self.evidence_id, **old).claims)
        return self._change(claims)

    def _change(self, claims: dict[str, Any]) -> Change:
        if not claims:
            claims = {c.id: c for c in self.case.claims.get_many([self.claim_id])}
        return Change(
            claim_ids=frozenset({self.claim_id}),
            claims=claims,
            select_evidence=self.evidence_id,
        )


class DetachAttachment(CaseCommand):
    def __init__(self, controller: CaseController, claim_id: str, attachment: Attachment) -> None:
        super().__init__(
            controller,
            translate("undo_commands", "Remove attachment {file}").format(file=attachment.filename),
        )
        self.claim_id, self.attachment = claim_id, attachment
        self.data = b""

    def do(self) -> Change:
        self.attachment, self.data, changes = self.case.evidence.detach_changes(self.attachment.id)
        return change_of(changes, select_evidence=self.attachment.evidence_id)

    def reverse(self) -> Change:
        changes = self.case.evidence.reattach_changes(self.attachment, self.data)
        return change_of(changes, select_evidence=self.attachment.evidence_id)


# -- verdict ---------------------------------------------------------------------
class ClearVerdict(CaseCommand):
    """Remove a claim's verdict (rated or draft); undo puts every field back."""

    def __init__(self, controller: CaseController, claim_id: str) -> None:
        super().__init__(controller, translate("undo_commands", "Clear verdict"))
        self.claim_id = claim_id
        self.changes: ChangeSet | None = None

    def do(self) -> Change:
        _old, changes = self.case.verdicts.clear_changes(self.claim_id)
        if self.changes is None:
            self.changes = changes
        return change_of(changes)

    def reverse(self) -> Change:
        assert self.changes is not None
        result = self.case.edits.revert(self.changes)
        for message in result.conflicts:
            self.controller.report(f"{self.text()}: {message}")
        return change_of(result)


class PublishClaim(CaseCommand):
    """Mark a claim as published; the history records any checklist rule it was published
    without (the user was asked first)."""

    def __init__(self, controller: CaseController, claim_id: str) -> None:
        super().__init__(controller, translate("undo_commands", "Mark the claim as published"))
        self.claim_id = claim_id
        self.changes: ChangeSet | None = None

    def do(self) -> Change:
        if self.changes is None:
            self.changes = self.case.claims.publish_changes(self.claim_id, anyway=True)
            if self.changes.empty:
                self.setObsolete(True)
            return change_of(self.changes)
        return self._replayed(self.case.edits.reapply(self.changes))

    def reverse(self) -> Change:
        assert self.changes is not None
        return self._replayed(self.case.edits.revert(self.changes))

    def _replayed(self, result: ChangeSet) -> Change:
        for message in result.conflicts:
            self.controller.report(f"{self.text()}: {message}")
        return change_of(result)
