"""Form fields that save themselves: no Save button, nothing lost.

A :class:`FieldSet` binds widgets to named record fields.  A line edit
commits when editing finishes (Return, Tab, focus moving away); a text area
commits when it loses focus and after a short pause in typing; a choice
commits when the user picks.  :meth:`FieldSet.flush` commits anything still
pending (before the form shows another record, before undo, before closing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

IDLE_COMMIT_MS = 1200

# on_commit(new_values, old_values, mergeable) -> True when saved
CommitFn = Callable[[dict[str, Any], dict[str, Any], bool], bool]


class CommitTextEdit(QPlainTextEdit):
    """A plain-text area that tells when it loses focus."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def timestamp_text(value: dt.datetime | None) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%MZ") if value else ""


def tags_text(value: tuple[str, ...] | None) -> str:
    return ", ".join(value or ())


def parse_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _plain(text: str) -> str | None:
    return text if text.strip() else None


class _Field:
    def __init__(self, name: str, widget: QWidget) -> None:
        self.name = name
        self.widget = widget
        self.loaded: Any = None

    def current(self) -> Any:
        raise NotImplementedError

    def show(self, shown: Any) -> None:
        raise NotImplementedError

    def parse(self, shown: Any) -> Any:
        return shown

    def dirty(self) -> bool:
        return self.current() != self.loaded

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
        self.loaded = ""

    def current(self) -> str:
        return self.widget.text()

    def show(self, value: Any) -> None:
        text = self._to_text(value)
        if self.widget.text() != text:
            self.widget.setText(text)
            self.widget.setCursorPosition(0)
        self.loaded = text

    def parse(self, shown: Any) -> Any:
        return self._parse(shown)

    def set_editable(self, editable: bool) -> None:
        self.widget.setReadOnly(not editable)


class _TextField(_Field):
    widget: CommitTextEdit

    def __init__(self, name: str, widget: CommitTextEdit) -> None:
        super().__init__(name, widget)
        self.loaded = ""

    def current(self) -> str:
        return self.widget.toPlainText()

    def show(self, value: Any) -> None:
        text = value or ""
        if self.widget.toPlainText() != text:
            self.widget.setPlainText(text)
        self.loaded = text

    def parse(self, shown: Any) -> Any:
        return _plain(shown)

    def set_editable(self, editable: bool) -> None:
        self.widget.setReadOnly(not editable)


class _ChoiceField(_Field):
    widget: QComboBox

    def current(self) -> Any:
        return self.widget.currentData()

    def show(self, value: Any) -> None:
        row = self.widget.findData(value)
        if row < 0:
            row = self.widget.findData(None)
        self.widget.setCurrentIndex(max(row, 0))
        self.loaded = self.widget.currentData()


class FieldSet(QObject):
    """The editable fields of one form, committing through ``on_commit``."""

    def __init__(self, on_commit: CommitFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self._fields: dict[str, _Field] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_COMMIT_MS)
        self._idle.timeout.connect(self.flush_text)
        self.active = False  # nothing is committed while no record is shown

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
        widget.editingFinished.connect(lambda: self.commit(field))
        return widget

    def text(self, name: str, widget: CommitTextEdit) -> CommitTextEdit:
        field = _TextField(name, widget)
        self._fields[name] = field
        widget.focus_lost.connect(lambda: self.commit(field))
        widget.textChanged.connect(self._typed)
        return widget

    def choice(self, name: str, widget: QComboBox) -> QComboBox:
        field = _ChoiceField(name, widget)
        self._fields[name] = field
        widget.activated.connect(lambda _row: self.commit(field))
        return widget

    # -- loading and committing ------------------------------------------------------------
    def load(self, values: dict[str, Any], *, force: bool) -> None:
        """Show a record's values; unless ``force``, a field being typed in is left alone."""
        for name, field in self._fields.items():
            if name not in values:
                continue
            if not force and field.widget.hasFocus() and field.dirty():
                continue
            # Signals stay on: widgets that follow the text (an Open button) must update;
            # loading emits no editingFinished or activated, so nothing is committed.
            field.show(values[name])

    def commit(self, field: _Field) -> None:
        if not self.active or not field.dirty():
            return
        old, new = field.loaded, field.current()
        # Marked as saved before the command runs: a refused value is reported once,
        # not again at every focus change.
        field.loaded = new
        self._on_commit(
            {field.name: field.parse(new)},
            {field.name: field.parse(old)},
            isinstance(field, _TextField),
        )

    def flush(self) -> None:
        self._idle.stop()
        for field in list(self._fields.values()):
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
