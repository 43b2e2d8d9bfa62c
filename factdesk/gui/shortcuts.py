"""Window shortcuts that work from every field.

A line edit claims some keys for itself before the window's shortcuts see
them (Ctrl+E moves to the end of the line, Ctrl+Z undoes its own typing), so
Ctrl+E would add no evidence while the cursor is in a title.  This filter
steps in front of the field for exactly the window's own shortcuts: the
field never sees the key and the window's action runs.  Every other key
(copy, paste, select all, arrows) stays the field's.

Qt asks only the widget with the keyboard focus (a ShortcutOverride event),
so the filter sits on that widget alone and moves with the focus: a filter on
the whole application would run Python for every event of every widget --
each paint, each mouse move -- and slow the window down throughout.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


class WindowShortcuts(QObject):
    """On the focused field of one window: its shortcuts beat its fields."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._keys: set[int] | None = None
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            self._focus_moved(None, app.focusWidget())
        window.destroyed.connect(self._remove)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def _unwatch(self) -> None:
        watched, self._watched = self._watched, None
        if watched is not None:
            with contextlib.suppress(RuntimeError):  # the widget is gone already
                watched.removeEventFilter(self)

    def _remove(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_moved)
        self._watched = None

    def keys(self) -> set[int]:
        """The window's shortcut keys as key combinations (collected when first needed)."""
        if self._keys is None:
            found: set[int] = set()
            for action in self.window.findChildren(QAction):
                if action.shortcutContext() in WINDOW_CONTEXTS:
                    for sequence in action.shortcuts():
                        if sequence.count() == 1:
                            found.add(sequence[0].toCombined())  # type: ignore[index]
            for button in self.window.findChildren(QAbstractButton):
                sequence = button.shortcut()
                if sequence.count() == 1:
                    found.add(sequence[0].toCombined())  # type: ignore[index]
            self._keys = found
        return self._keys

    def forget(self) -> None:
        """Collect the shortcuts again next time (actions were added)."""
        self._keys = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        combined = event.keyCombination().toCombined()
        if combined in self.keys():
            event.ignore()  # not the field's: let the window's shortcut run
            return True
        return False


def key(sequence: str) -> int:
    return QKeySequence(sequence)[0].toCombined()  # type: ignore[index]
