"""Two versions of one field, side by side: a save refused because a colleague got there first.

On a shared case (or a case file another program writes) a save is refused
when the field was changed since the editor loaded it
(:class:`~factdesk.errors.EditConflictError`).  Nothing is lost: the field
keeps what the user typed, and this dialog shows both versions with who
saved theirs and when.  *Keep mine* saves the user's version over theirs
(the history keeps both), *Take theirs* shows theirs in the field and saves
nothing, *Edit* lets the user write a version of their own from both before
saving it.  Everything shown is plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.errors import EditConflictError

# The longest text either side shows (a field can hold a long rationale).
SHOWN_CHARS = 100_000


def shown_value(value: Any) -> str:
    """A stored value as the user reads it."""
    if value is None:
        return ""
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M (UTC)")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:SHOWN_CHARS]


def when_text(at: object) -> str:
    """When theirs was saved, in this computer's time zone, as the window's language writes it."""
    if isinstance(at, dt.datetime):
        local = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
        locale = QLocale()
        if locale.language() == QLocale.Language.C:
            # The C locale's short form ("5 11 2026 21:42") reads as nobody
            # writes a date; the form the window's date fields use instead.
            return local.toString("yyyy-MM-dd HH:mm")
        return locale.toString(local, QLocale.FormatType.ShortFormat)
    return ""


class ConflictDialog(QDialog):
    """Keep mine, take theirs, or edit (see the module).

    ``on_choice(choice, text)`` is called once: ``choice`` is ``"mine"`` (``text``
    is the user's version, edited or not) or ``"theirs"``.  Closing the dialog
    any other way keeps the typed text in the field, unsaved, as it was.
    """

    def __init__(
        self,
        parent: QWidget | None,
        conflict: EditConflictError,
        label: str,
        on_choice: Callable[[str, str], None],
        *,
        editable: bool,
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self._on_choice = on_choice
        self._decided = False
        self.setWindowTitle(self.tr("Changed by someone else: {field}").format(field=label))
        self.setAccessibleName(self.tr("Save refused: two versions of a field"))

        who = conflict.by or self.tr("Someone else")
        when = when_text(conflict.at)
        heading = QLabel(
            (
                self.tr(
                    "{who} changed the {field} at {when} after you loaded it, so your change "
                    "was not saved. Nothing is lost: choose which version to keep."
                )
                if when
                else self.tr(
                    "{who} changed the {field} after you loaded it, so your change was not "
                    "saved. Nothing is lost: choose which version to keep."
                )
            ).format(who=who, field=label, when=when)
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("What happened"))

        theirs_label = QLabel(
            (
                self.tr("Theirs — saved by {who}, {when}")
                if when
                else self.tr("Theirs — saved by {who}")
            ).format(who=who, when=when)
        )
        theirs_label.setTextFormat(Qt.TextFormat.PlainText)
        self.theirs = QPlainTextEdit(shown_value(conflict.theirs))
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName(self.tr("Their version"))
        mine_label = QLabel(self.tr("Yours — not saved yet"))
        mine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mine = QPlainTextEdit(shown_value(conflict.mine))
        self.mine.setReadOnly(True)
        self.mine.setAccessibleName(self.tr("Your version"))
        self.mine.textChanged.connect(self._edited)
        for label_widget, edit in ((theirs_label, self.theirs), (mine_label, self.mine)):
            label_widget.setBuddy(edit)
            edit.setTabChangesFocus(True)

        sides = QGridLayout()
        sides.addWidget(theirs_label, 0, 0)
        sides.addWidget(mine_label, 0, 1)
        sides.addWidget(self.theirs, 1, 0)
        sides.addWidget(self.mine, 1, 1)

        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setAccessibleName(self.tr("Keep my version"))
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button = QPushButton(self.tr("Take theirs"))
        self.theirs_button.setAccessibleName(self.tr("Take their version"))
        self.theirs_button.clicked.connect(self.take_theirs)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit my version before saving it"))
        self.edit_button.setToolTip(self.tr("Write the version to keep, from both, then save it"))
        self.edit_button.clicked.connect(self.start_editing)
        self.edit_button.setEnabled(editable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.mine_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)
        self.resize(760, 360)
        self.mine_button.setDefault(True)

    def start_editing(self) -> None:
        self.mine.setReadOnly(False)
        self.mine.setFocus()
        self.mine.moveCursor(self.mine.textCursor().MoveOperation.End)
        self.mine_button.setText(self.tr("Save my version"))
        self.edit_button.setEnabled(False)

    def _edited(self) -> None:
        if not self.mine.isReadOnly():
            self.mine_button.setText(self.tr("Save my version"))

    def keep_mine(self) -> None:
        self._decide("mine", self.mine.toPlainText())

    def take_theirs(self) -> None:
        self._decide("theirs", "")

    def _decide(self, choice: str, text: str) -> None:
        if self._decided:
            return
        self._decided = True
        self.accept()
        self._on_choice(choice, text)
