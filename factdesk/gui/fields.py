"""Form fields that save themselves: no Save button, nothing lost, nothing rewritten.

A :class:`FieldSet` binds widgets to named record fields.  A line edit
commits when editing finishes (Return, Tab, focus moving away); a text area
commits after a short pause in typing and when it loses focus; a choice
commits when the user picks.  :meth:`FieldSet.flush` commits anything still
pending (before the form shows another record, before undo, before closing).

What is stored is exactly what was typed: a pause saves the text as it stands,
spaces and all, and longer texts are never tidied (a writer may click away
mid-sentence and come back).  A one-line field loses spaces at its ends when
it is left.

A field the user is typing in is never rewritten.  When a refresh brings a
value that differs from what the field last saved (another program, an
import), the field keeps the user's text and :attr:`FieldSet.external`
offers the other version; an untouched field takes it when the user leaves.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from factdesk.gui.translation import translate


def _delay(name: str, default: int) -> int:
    try:
        return max(10, int(os.environ.get(name, default)))
    except ValueError:
        return default


# A pause in typing this long saves a text area (tests shorten it).
IDLE_COMMIT_MS = _delay("FACTDESK_AUTOSAVE_MS", 1200)

# on_commit(new_values, typing, loaded) -> True when saved.  ``typing`` names one
# spell of typing in one text field (its saves undo as one step), else None.
# ``loaded`` holds the stored values the field was showing before the user
# changed it: the service refuses the save if someone else has changed them
# since (None: the user has chosen to save over whatever is there).  Old values
# are not passed: the service reads them, so undo never replays what a widget held.
CommitFn = Callable[[dict[str, Any], str | None, dict[str, Any] | None], bool]


class CommitTextEdit(QPlainTextEdit):
    """A plain-text area that tells when it loses focus."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def date_format() -> str:
    return translate("fields", "YYYY-MM-DD")


def timestamp_format() -> str:
    return translate("fields", "YYYY-MM-DD HH:MM (UTC)")


DATE_KINDS = ("date", "timestamp")


def dates_check_out(
    values: dict[str, Any], record: type, fields: FieldSet, problem: QLabel
) -> bool:
    """Check the date fields among ``values`` as the services will; say what is wrong
    under the field (no box), put the cursor back in it, and keep the text."""
    from factdesk import records
    from factdesk.errors import ValidationError
    from factdesk.services.validation import field_value

    for name, value in values.items():
        if records.field_info(record, name).spec.kind not in DATE_KINDS:
            continue
        try:
            field_value(record, name, value)
        except ValidationError as exc:
            problem.say(str(exc))  # type: ignore[attr-defined]
            widget = fields.widget(name)
            QTimer.singleShot(0, widget.setFocus)
            return False
    problem.clear_problem()  # type: ignore[attr-defined]
    return True


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def timestamp_text(value: dt.datetime | None) -> str:
    """A stored time as the field shows it, in the form it accepts (UTC, to the minute)."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if value else ""


def tags_text(value: tuple[str, ...] | None) -> str:
    return ", ".join(value or ())


def parse_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _plain_text(text: str) -> str | None:
    return text if text.strip() else None


_NOTHING = object()


class _Field:
    def __init__(self, name: str, widget: QWidget) -> None:
        self.name = name
        self.widget = widget
        self.saved: Any = None  # what the field shows of the value last known stored
        self.stored: Any = None  # that value as stored (what a save expects to find)
        self.pending_stored: Any = None
        self.refused: Any = _NOTHING  # a value the services refused: not reported twice
        self.pending: Any = None  # a newer stored value not shown yet (the user is typing)
        self.has_pending = False
        self.spell = 0  # counts the times the field was left: each spell of typing undoes alone

    def current(self) -> Any:
        raise NotImplementedError

    def show(self, shown: Any) -> None:
        raise NotImplementedError

    def shown_of(self, value: Any) -> Any:
        """How a stored value shows in this field."""
        return value

    def show_at_end(self, shown: Any) -> None:
        """Show a value in the field the user is in, the cursor after it."""
        self.show(shown)

    def parse(self, shown: Any) -> Any:
        return shown

    def tidy(self, shown: Any) -> Any:
        """What the field shows once left (spaces at the ends of text removed)."""
        return shown

    def dirty(self) -> bool:
        return bool(self.current() != self.saved)

    def set_editable(self, editable: bool) -> None:
        self.widget.setEnabled(editable)


class _LineField(_Field):
    widget: QLineEdit

    def __init__(
        self,
        name: str,
        widget: QLineEdit,
        to_text: Callable[[Any], str],
        parse: Callable[[str], Any],
    ) -> None:
        super().__init__(name, widget)
        self._to_text, self._parse = to_text, parse
        self.saved = ""

    def current(self) -> str:
        return self.widget.text()

    def show(self, shown: Any) -> None:
        if self.widget.text() != shown:
            self.widget.setText(shown)
            self.widget.setCursorPosition(0)

    def shown_of(self, value: Any) -> str:
        return self._to_text(value)

    def show_at_end(self, shown: Any) -> None:
        self.widget.setText(shown)

    def parse(self, shown: Any) -> Any:
        return self._parse(shown)

    def tidy(self, shown: Any) -> Any:
        return shown.strip()

    def set_editable(self, editable: bool) -> None:
        self.widget.setReadOnly(not editable)


class _TextField(_Field):
    widget: CommitTextEdit

    def __init__(self, name: str, widget: CommitTextEdit) -> None:
        super().__init__(name, widget)
        self.saved = ""

    def current(self) -> str:
        return self.widget.toPlainText()

    def show(self, shown: Any) -> None:
        if self.widget.toPlainText() != shown:
            self.widget.setPlainText(shown)

    def shown_of(self, value: Any) -> str:
        return value or ""

    def show_at_end(self, shown: Any) -> None:
        self.show(shown)
        self.widget.moveCursor(self.widget.textCursor().MoveOperation.End)

    def parse(self, shown: Any) -> Any:
        return _plain_text(shown)

    def set_editable(self, editable: bool) -> None:
        self.widget.setReadOnly(not editable)


class _ChoiceField(_Field):
    widget: QComboBox

    def current(self) -> Any:
        return self.widget.currentData()

    def show(self, shown: Any) -> None:
        row = self.widget.findData(shown)
        if row < 0:
            # A value this list does not offer (yet): never shown as something else.
            return
        self.widget.setCurrentIndex(row)

    def offers(self, value: Any) -> bool:
        return self.widget.findData(value) >= 0


class FieldSet(QObject):
    """The editable fields of one form, committing through ``on_commit``."""

    # A refresh brought another version of a field the user is typing in:
    # (field name, the other version as the field would show it).
    external = Signal(str, object)

    def __init__(self, on_commit: CommitFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self._fields: dict[str, _Field] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.flush_text)
        self.active = False  # nothing is committed while no record is shown
        self._committing: _Field | None = None  # the field whose save is under way

    # -- binding -------------------------------------------------------------------
    def line(
        self,
        name: str,
        widget: QLineEdit,
        *,
        to_text: Callable[[Any], str] = lambda v: "" if v is None else str(v),
        parse: Callable[[str], Any] = lambda t: t.strip() or None,
    ) -> QLineEdit:
        field = _LineField(name, widget, to_text, parse)
        self._fields[name] = field
        widget.editingFinished.connect(lambda: self._left(field))
        return widget

    def text(self, name: str, widget: CommitTextEdit) -> CommitTextEdit:
        field = _TextField(name, widget)
        self._fields[name] = field
        widget.focus_lost.connect(lambda: self._left(field))
        widget.textChanged.connect(self._typed)
        return widget

    def choice(self, name: str, widget: QComboBox) -> QComboBox:
        field = _ChoiceField(name, widget)
        self._fields[name] = field
        widget.activated.connect(lambda _row: self.commit(field))
        return widget

    # -- loading --------------------------------------------------------------------
    def load(self, values: dict[str, Any], *, force: bool, external: bool = True) -> None:
        """Show a record's stored values.

        ``force`` (another record is shown): every field takes its value.
        Otherwise (a refresh of the same record) a field the user is in keeps
        its text, and a value that differs from what it last saved is offered
        through :attr:`external` instead -- unless the change is the user's own
        (``external`` False: an undo, say) and nothing typed is unsaved there.
        """
        for name, field in self._fields.items():
            if name not in values:
                continue
            shown = field.shown_of(values[name])
            if force:
                field.spell += 1
                field.has_pending = False
                field.refused = _NOTHING
                field.saved, field.stored = shown, values[name]
                field.show(shown)
                continue
            if shown == field.saved and not field.has_pending:
                field.stored = values[name]
                continue
            if field is self._committing:
                # The echo of this field's own save (Tab or Return): what it holds now.
                field.saved, field.has_pending = shown, False
                field.stored = values[name]
                if not field.widget.hasFocus() and shown != field.current():
                    field.show(shown)  # as stored, e.g. a time written out in full
                continue
            if shown == field.current():
                # Stored as the field shows it, whoever wrote it: nothing to offer.
                field.saved, field.has_pending = shown, False
                field.stored = values[name]
                continue
            if field.widget.hasFocus() and not external and not field.dirty():
                field.saved, field.has_pending = shown, False
                field.stored = values[name]
                field.show_at_end(shown)
                continue
            if field.widget.hasFocus():
                if shown == field.current():
                    field.saved, field.has_pending = shown, False
                    field.stored = values[name]
                elif shown != field.saved:
                    field.pending, field.has_pending = shown, True
                    field.pending_stored = values[name]
                    self.external.emit(name, shown)
                continue
            if field.dirty() and shown != field.saved:
                # Typed but not yet saved (a refused value): keep it, offer theirs.
                field.pending, field.has_pending = shown, True
                field.pending_stored = values[name]
                self.external.emit(name, shown)
                continue
            field.saved, field.has_pending = shown, False
            field.stored = values[name]
            field.show(shown)

    def take_pending(self, name: str) -> None:
        """Show the other version of a field (the user chose it); it is then saved as is."""
        field = self._fields[name]
        if field.has_pending:
            field.saved, field.stored = field.pending, field.pending_stored
            field.has_pending = False
            field.show(field.pending)

    def keep_mine(self, name: str) -> None:
        """Keep what the user typed over the other version: it is saved now."""
        field = self._fields[name]
        theirs = field.pending_stored if field.has_pending else field.stored
        field.has_pending = False
        self.commit(field, force=True, loaded={name: theirs})

    def pending_names(self) -> list[str]:
        return [n for n, f in self._fields.items() if f.has_pending]

    # -- a save refused: someone else changed the field first ------------------------------
    def is_text(self, name: str) -> bool:
        """Whether the field holds free text (which the user may edit from two versions)."""
        return not isinstance(self._fields[name], _ChoiceField)

    def take_theirs(self, name: str, theirs: Any) -> None:
        """Show the stored version of a field whose save was refused; nothing is saved."""
        field = self._fields[name]
        shown = field.shown_of(theirs)
        field.saved, field.stored = shown, theirs
        field.refused, field.has_pending = _NOTHING, False
        field.show(shown)

    def save_over(self, name: str, theirs: Any, text: str | None = None) -> bool:
        """Save what the field holds (or ``text``, the user's edit) over ``theirs``, the
        version now stored; refused again if that changed meanwhile too."""
        field = self._fields[name]
        if text is not None and not isinstance(field, _ChoiceField):
            field.show(text)
        field.refused, field.has_pending = _NOTHING, False
        return self.commit(field, force=True, loaded={name: theirs})

    def retry(self) -> None:
        """Save again what was refused (the server was unreachable, say)."""
        self._idle.stop()
        for field in list(self._fields.values()):
            if field.refused is not _NOTHING:
                field.refused = _NOTHING
                if field.dirty():
                    self.commit(field)

    # -- committing -----------------------------------------------------------------
    def _left(self, field: _Field) -> None:
        """The user left a field (or pressed Return): tidy its ends, save, catch up."""
        if not self.active:
            return
        tidied = field.tidy(field.current())
        if tidied != field.current():
            if isinstance(field, _LineField):
                field.widget.setText(tidied)  # Return or Tab: the user is done with the line
            elif not field.widget.hasFocus():
                field.show(tidied)
        self.commit(field)
        field.spell += 1
        if field.has_pending and not field.dirty() and not field.widget.hasFocus():
            self.take_pending(field.name)

    def commit(
        self, field: _Field, *, force: bool = False, loaded: dict[str, Any] | None = None
    ) -> bool:
        """Save the field's value; False when nothing was saved (the text stays).

        The save expects the field's stored value to be as it was loaded
        (``loaded`` overrides it): if the window has already been told of
        another version (the notice offers it), the user has seen theirs.
        """
        if not self.active or (not field.dirty() and not force):
            return False
        new = field.current()
        if new == field.refused and not force:
            return False
        typing = f"{id(self)}/{field.name}/{field.spell}" if isinstance(field, _TextField) else None
        if loaded is None:
            loaded = {field.name: field.pending_stored if field.has_pending else field.stored}
        self._committing = field
        try:
            done = self._on_commit({field.name: field.parse(new)}, typing, loaded)
        finally:
            self._committing = None
        if done:
            field.saved, field.refused = new, _NOTHING
            field.has_pending = False
        else:
            field.refused = new
        return done

    def flush(self) -> None:
        """Save typed text not saved yet (choices save when picked, never here)."""
        self._idle.stop()
        for field in list(self._fields.values()):
            if not isinstance(field, _ChoiceField):
                self.commit(field)

    def flush_text(self) -> None:
        for field in list(self._fields.values()):
            if isinstance(field, _TextField):
                self.commit(field)

    def _typed(self) -> None:
        if self.active and any(
            isinstance(f, _TextField) and f.dirty() for f in self._fields.values()
        ):
            self._idle.start()

    def set_editable(self, editable: bool) -> None:
        for field in self._fields.values():
            field.set_editable(editable)

    def widget(self, name: str) -> QWidget:
        return self._fields[name].widget

    def field_names(self) -> list[str]:
        return list(self._fields)
