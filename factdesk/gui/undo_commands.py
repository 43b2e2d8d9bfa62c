"""Undoable commands: each one calls the services forwards (redo) and backwards (undo).

A command is done once by :meth:`CaseCommand.first_do` (so a user error can
be shown before anything reaches the undo stack); later redos replay it.
Deletions keep the snapshot the service returns, so undo brings back the
record with its ids, evidence, attachments and verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from factdesk.errors import FactDeskError
from factdesk.gui.controller import CaseController, Change
from factdesk.services.evidence import PreparedFile
from factdesk.services.records import (
    Attachment,
    ClaimSnapshot,
    EvidenceSnapshot,
    Verdict,
)
from factdesk.services.sample import load_sample_case

MERGE_CLAIM_TEXT = 1
MERGE_EVIDENCE_TEXT = 2
MERGE_VERDICT_TEXT = 3


def _one(claim_id: str, **extra: Any) -> Change:
    return Change(claim_ids=frozenset({claim_id}), **extra)


def merge_typing(command: Any, other: QUndoCommand, key: str) -> bool:
    """Fold the next edit of the same fields of the same record into ``command``.

    Typing in a long text field saves as it goes; merged, it undoes in one step.
    """
    if not (
        type(other) is type(command)
        and other.mergeable  # type: ignore[attr-defined]
        and getattr(other, key) == getattr(command, key)
        and other.new.keys() == command.new.keys()  # type: ignore[attr-defined]
    ):
        return False
    command.new = other.new  # type: ignore[attr-defined]
    if command.new == command.old:  # type: ignore[attr-defined]
        command.setObsolete(True)
    return True


class CaseCommand(QUndoCommand):
    def __init__(self, controller: CaseController, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self._skip_redo = False

    @property
    def case(self):
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


# -- claims --------------------------------------------------------------------
class UpdateClaim(CaseCommand):
    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        *,
        mergeable: bool = False,
    ) -> None:
        names = ", ".join(k.replace("_", " ") for k in new)
        super().__init__(controller, f"Change claim {names}")
        self.claim_id, self.old, self.new, self.mergeable = claim_id, old, new, mergeable

    def do(self) -> Change:
        self.case.claims.update(self.claim_id, **self.new)
        return _one(self.claim_id)

    def reverse(self) -> Change:
        self.case.claims.update(self.claim_id, **self.old)
        return _one(self.claim_id)

    def id(self) -> int:
        return MERGE_CLAIM_TEXT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return merge_typing(self, other, "claim_id")


class CreateClaim(CaseCommand):
    def __init__(self, controller: CaseController, text: str, **fields: Any) -> None:
        super().__init__(controller, "New claim")
        self.claim_text, self.fields = text, fields
        self.snapshot: ClaimSnapshot | None = None
        self.claim_id = ""

    def do(self) -> Change:
        if self.snapshot is None:
            self.claim_id = self.case.claims.create(self.claim_text, **self.fields).id
        else:
            self.case.claims.restore(self.snapshot)
        return Change(
            claim_ids=frozenset({self.claim_id}), structure=True, select_claim=self.claim_id
        )

    def reverse(self) -> Change:
        self.snapshot = self.case.claims.delete(self.claim_id)
        return Change(claim_ids=frozenset({self.claim_id}), structure=True)


class DeleteClaims(CaseCommand):
    """Delete one or several claims in one undoable step."""

    def __init__(self, controller: CaseController, claim_ids: Sequence[str], label: str) -> None:
        text = (
            f"Delete claim “{label[:40]}”"
            if len(claim_ids) == 1
            else f"Delete {len(claim_ids)} claims"
        )
        super().__init__(controller, text)
        self.claim_ids = list(claim_ids)
        self.snapshots: list[ClaimSnapshot] = []

    def do(self) -> Change:
        self.snapshots = []
        try:
            for claim_id in self.claim_ids:
                self.snapshots.append(self.case.claims.delete(claim_id))
        except FactDeskError:
            # Put back what was deleted before the failure: all or nothing.
            for snapshot in reversed(self.snapshots):
                self.case.claims.restore(snapshot)
            self.snapshots = []
            raise
        return Change(claim_ids=frozenset(self.claim_ids), structure=True)

    def reverse(self) -> Change:
        for snapshot in reversed(self.snapshots):
            self.case.claims.restore(snapshot)
        self.snapshots = []
        return Change(
            claim_ids=frozenset(self.claim_ids), structure=True, select_claim=self.claim_ids[0]
        )


class LoadSample(CaseCommand):
    def __init__(self, controller: CaseController) -> None:
        super().__init__(controller, "Open sample case")
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
        return Change(claim_ids=frozenset(self.added), structure=True, select_claim=first)

    def reverse(self) -> Change:
        self.snapshots = [self.case.claims.delete(cid) for cid in self.added]
        return Change(claim_ids=frozenset(self.added), structure=True)


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
        super().__init__(controller, "Add evidence")
        self.claim_id, self.attach, self.fields = claim_id, list(attach), fields
        self.files = list(files)
        self.evidence_id = ""
        self.snapshot: EvidenceSnapshot | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            added = self.case.evidence.add(
                self.claim_id, attach=self.attach, files=self.files, **self.fields
            )
            self.evidence_id = added.id
            self.files = []  # stored now; undo keeps them in the snapshot
        else:
            self.case.evidence.restore(self.snapshot)
        return _one(self.claim_id, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        self.snapshot = self.case.evidence.delete(self.evidence_id)
        return _one(self.claim_id)


class UpdateEvidence(CaseCommand):
    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        evidence_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        *,
        mergeable: bool = False,
    ) -> None:
        names = ", ".join(k.replace("_", " ") for k in new)
        super().__init__(controller, f"Change evidence {names}")
        self.claim_id, self.evidence_id = claim_id, evidence_id
        self.old, self.new, self.mergeable = old, new, mergeable

    def do(self) -> Change:
        self.case.evidence.update(self.evidence_id, **self.new)
        return _one(self.claim_id, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        self.case.evidence.update(self.evidence_id, **self.old)
        return _one(self.claim_id, select_evidence=self.evidence_id)

    def id(self) -> int:
        return MERGE_EVIDENCE_TEXT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return merge_typing(self, other, "evidence_id")


class MoveEvidence(CaseCommand):
    def __init__(
        self, controller: CaseController, claim_id: str, evidence_id: str, old: int, new: int
    ) -> None:
        super().__init__(controller, "Move evidence")
        self.claim_id, self.evidence_id, self.old, self.new = claim_id, evidence_id, old, new

    def do(self) -> Change:
        self.case.evidence.move(self.evidence_id, self.new)
        return _one(self.claim_id, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        self.case.evidence.move(self.evidence_id, self.old)
        return _one(self.claim_id, select_evidence=self.evidence_id)


class DeleteEvidence(CaseCommand):
    def __init__(self, controller: CaseController, claim_id: str, evidence_id: str) -> None:
        super().__init__(controller, "Delete evidence")
        self.claim_id, self.evidence_id = claim_id, evidence_id
        self.snapshot: EvidenceSnapshot | None = None

    def do(self) -> Change:
        self.snapshot = self.case.evidence.delete(self.evidence_id)
        return _one(self.claim_id)

    def reverse(self) -> Change:
        assert self.snapshot is not None
        self.case.evidence.restore(self.snapshot)
        return _one(self.claim_id, select_evidence=self.evidence_id)


class AttachFiles(CaseCommand):
    """Attach files read beforehand; undo also clears what a capture filled in."""

    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        evidence_id: str,
        files: Sequence[PreparedFile],
    ) -> None:
        super().__init__(controller, "Attach file" if len(files) == 1 else "Attach files")
        self.claim_id, self.evidence_id, self.files = claim_id, evidence_id, list(files)
        self.attached: list[tuple[Attachment, bytes | None]] = []
        self.filled: dict[str, tuple[Any, Any]] = {}

    def do(self) -> Change:
        if not self.attached:
            for prepared in self.files:
                result = self.case.evidence.attach_prepared(self.evidence_id, prepared)
                self.attached.append((result.attachment, None))
                for name, (old, new) in result.filled.items():
                    self.filled.setdefault(name, (old, new))
            self.files = []  # the bytes now live in the case file (and in ``attached`` on undo)
        else:
            for att, data in self.attached:
                assert data is not None
                self.case.evidence.reattach(att, data)
            if self.filled:
                self.case.evidence.update(
                    self.evidence_id, **{k: new for k, (_old, new) in self.filled.items()}
                )
        return _one(self.claim_id, select_evidence=self.evidence_id)

    def reverse(self) -> Change:
        self.attached = [self.case.evidence.detach(att.id) for att, _ in reversed(self.attached)][
            ::-1
        ]
        if self.filled:
            self.case.evidence.update(
                self.evidence_id, **{k: old for k, (old, _new) in self.filled.items()}
            )
        return _one(self.claim_id, select_evidence=self.evidence_id)


class DetachAttachment(CaseCommand):
    def __init__(self, controller: CaseController, claim_id: str, attachment: Attachment) -> None:
        super().__init__(controller, f"Remove attachment {attachment.filename}")
        self.claim_id, self.attachment = claim_id, attachment
        self.data = b""

    def do(self) -> Change:
        self.attachment, self.data = self.case.evidence.detach(self.attachment.id)
        return _one(self.claim_id, select_evidence=self.attachment.evidence_id)

    def reverse(self) -> Change:
        self.case.evidence.reattach(self.attachment, self.data)
        return _one(self.claim_id, select_evidence=self.attachment.evidence_id)


# -- verdict ---------------------------------------------------------------------
class SetVerdict(CaseCommand):
    """Set, change or (with ``values=None``) clear a claim's verdict."""

    def __init__(
        self,
        controller: CaseController,
        claim_id: str,
        previous: Verdict | None,
        values: dict[str, Any] | None,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(controller, "Clear verdict" if values is None else "Change verdict")
        self.claim_id, self.previous, self.values = claim_id, previous, values
        self.mergeable = mergeable
        self.changed_keys: frozenset[str] = frozenset()
        if values is not None and previous is not None:
            self.changed_keys = frozenset(
                k for k, v in values.items() if getattr(previous, k, None) != v
            )

    def do(self) -> Change:
        if self.values is None:
            self.case.verdicts.clear(self.claim_id)
        else:
            self.case.verdicts.set(self.claim_id, **self.values)
        return _one(self.claim_id)

    def reverse(self) -> Change:
        self.case.verdicts.restore(self.previous, self.claim_id)
        return _one(self.claim_id)

    def id(self) -> int:
        return MERGE_VERDICT_TEXT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetVerdict)
            and other.mergeable
            and other.claim_id == self.claim_id
            and other.changed_keys == self.changed_keys
            and other.values is not None
        ):
            return False
        self.values = other.values
        return True
