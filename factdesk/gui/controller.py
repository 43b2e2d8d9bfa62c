"""The window's one way to change data, and the one signal that says what changed.

Widgets never call a writing service directly: they hand an undo command to
:meth:`CaseController.run`.  The command calls the service, which returns a
change set with the changed claims read back in the same transaction; the
controller pushes the command on the undo stack and emits
:attr:`CaseController.changed` with a :class:`Change`, so each view refreshes
from it without reading again.

Changes made by another program (or a background task on another
connection) are noticed by polling SQLite's ``data_version``, which moves
only when some other connection commits; on a server the count moves when
the server pushes a colleague's commit (``LISTEN``/``NOTIFY``), and the
listener's thread tells this one at once (:attr:`CaseController.pushed`).

A save the services refuse because a colleague changed the field first goes
out as :attr:`CaseController.conflict`, for the form to show both versions.
When the server cannot be reached the window is *offline*
(:attr:`CaseController.connection`): typed text stays in its field, saves of
fields are not attempted, and once the server answers again they are made
(``after_reconnect``) and every view is read again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from factdesk.errors import EditConflictError, FactDeskError, UnreachableError
from factdesk.services import Case
from factdesk.services.changes import ChangeSet
from factdesk.services.records import Claim, ClaimRow, HistoryEntry, Rating
from factdesk.settings import Settings

if TYPE_CHECKING:
    from factdesk.gui.undo_commands import CaseCommand


def _delay(name: str, default: int) -> int:
    """A delay in milliseconds, overridable from the environment (tests shorten them)."""
    try:
        return max(10, int(os.environ.get(name, default)))
    except ValueError:
        return default


POLL_MS = _delay("FACTDESK_POLL_MS", 1000)


@dataclass(frozen=True)
class Change:
    """What a command (or another program) changed, with the changed claims as they now are."""

    claim_ids: frozenset[str] = field(default_factory=frozenset)
    structure: bool = False  # claims were added or removed: the list is queried again
    everything: bool = False  # changed elsewhere: reload all views
    select_claim: str | None = None
    select_evidence: str | None = None
    claims: Mapping[str, Claim | None] = field(default_factory=dict)  # read back: no reads needed
    rows: Mapping[str, ClaimRow] = field(default_factory=dict)
    scale: bool = False  # the rating scale changed
    tags: bool = False  # some claim's tags changed (the tag filter lists them)
    external: bool = False  # made by another program
    history: tuple[HistoryEntry, ...] = ()  # the history entries the change wrote

    def touches(self, claim_id: str | None) -> bool:
        return claim_id is not None and (self.everything or claim_id in self.claim_ids)


def change_of(
    changes: ChangeSet,
    *,
    select_claim: str | None = None,
    select_evidence: str | None = None,
    structure: bool = False,
) -> Change:
    return Change(
        claim_ids=changes.claim_ids,
        structure=structure or changes.structure,
        select_claim=select_claim,
        select_evidence=select_evidence,
        claims=changes.claims,
        rows=changes.rows,
        scale=changes.scale,
        tags=changes.structure
        or any("tags" in c.fields for c in changes.records if c.entity == "claim"),
        history=changes.history_entries(),
    )


class CaseController(QObject):
    """Holds the open case, the undo stack and the change signal."""

    changed = Signal(object)  # Change
    case_replaced = Signal()
    error = Signal(str)  # a message the user can act on
    notice = Signal(str)  # something the user should know, not an error
    conflict = Signal(object)  # EditConflictError: a save refused, both versions to show
    connection = Signal(bool)  # the server is reachable again (True) or not (False)
    pushed = Signal()  # a colleague's commit arrived (emitted on the listener's thread)

    def __init__(self, case: Case, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.before_command: list[Callable[[], None]] = []
        self.after_reconnect: list[Callable[[], None]] = []  # saves to make again
        self.online = True
        self._scale: list[Rating] | None = None
        # Moves whenever the tags in use may have changed: views that list tags read
        # them again when next shown, never on every change.
        self.tags_version = 0
        self._reset_watch()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        # Queued to this thread: a colleague's change is read the moment it is pushed.
        self.pushed.connect(self.poll)

    def start_watching(self) -> None:
        """Begin noticing other programs' changes (once the window is up)."""
        self.poll_timer.start()
        self.case.watch(self.pushed.emit)

    # -- running commands ----------------------------------------------------
    def run(self, command: CaseCommand) -> bool:
        """Do ``command`` now; on success it goes on the undo stack. False on a user error."""
        if not self.online:
            # Nothing reaches the server: a field keeps its text and saves it on reconnect.
            if not getattr(command, "kept_offline", False):
                self.report(
                    self.tr(
                        "{case} cannot be reached; nothing was saved. "
                        "Try again when the window is back online."
                    ).format(case=self.case.path.name)
                )
            return False
        try:
            change = command.first_do()
        except EditConflictError as exc:
            self.conflict.emit(exc)
            return False
        except UnreachableError as exc:
            self._set_online(False)
            if not getattr(command, "kept_offline", False):
                self.report(str(exc))
            return False
        except FactDeskError as exc:
            self.report(str(exc))
            return False
        self.undo_stack.push(command)
        self.notify(change)
        return True

    def push_done(self, command: CaseCommand, change: Change) -> None:
        """Put a command already done (in the background) on the undo stack."""
        self.undo_stack.push(command)
        self.notify(change)

    def notify(self, change: Change) -> None:
        if change.scale or change.everything:
            self._scale = None
        if change.tags or change.structure or change.everything:
            self.tags_version += 1
        self.changed.emit(change)

    # -- what every view shares, read once ------------------------------------------------
    def scale(self) -> list[Rating]:
        """The case file's rating scale, read once and again only after it changed."""
        if self._scale is None:
            self._scale = self.case.ratings.scale()
        return self._scale

    def ratings_by_key(self) -> dict[str, Rating]:
        return {r.key: r for r in self.scale()}

    def report(self, message: str) -> None:
        self.error.emit(message)

    def undo(self) -> None:
        self.flush_edits()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.undo_stack.redo()

    def flush_edits(self) -> None:
        """Save what is typed but not yet committed (before undo, selection change, close)."""
        for flush in list(self.before_command):
            flush()

    # -- the open case -------------------------------------------------------
    def replace_case(self, case: Case) -> None:
        """Switch to another case file; the old one is closed, its undo history dropped."""
        self.flush_edits()
        old = self.case
        self.undo_stack.clear()
        self.case = case
        case.author = self.settings.author
        self._scale = None
        self.tags_version += 1
        self.online = True
        self._reset_watch()
        if self.poll_timer.isActive():
            case.watch(self.pushed.emit)
        old.close()
        self.case_replaced.emit()

    def set_author(self, name: str) -> None:
        self.settings.author = name
        self.case.author = name

    # -- changes made by another program --------------------------------------
    def _reset_watch(self) -> None:
        try:
            self._data_version = self.case.store.data_version()
            self._seen_history = self.case.history.latest_id()
        except FactDeskError:
            self._data_version, self._seen_history = -1, -1

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        self.connection.emit(online)
        if online:
            # What was typed meanwhile is saved now (refused, and offered side by
            # side, where a colleague changed the same field), then all is read again.
            for retry in list(self.after_reconnect):
                retry()
            self.notify(
                Change(structure=True, everything=True, scale=True, tags=True, external=True)
            )

    def poll(self) -> None:
        """Notice commits by other connections: one cheap pragma, then what they touched."""
        self._set_online(self.case.connected)
        if not self.online:
            return
        try:
            version = self.case.store.data_version()
            if version == self._data_version:
                return
            self._data_version = version
            touched, latest = self.case.history.claims_changed_since(self._seen_history)
        except FactDeskError:
            return
        self._seen_history = latest
        claims = self.case.claims.get_many(sorted(touched)) if touched else []
        found: dict[str, Claim | None] = dict.fromkeys(touched)
        found.update({c.id: c for c in claims})
        self.notify(
            Change(
                claim_ids=frozenset(touched),
                structure=True,
                everything=not touched,
                claims=found,
                scale=True,
                tags=True,
                external=True,
            )
        )
