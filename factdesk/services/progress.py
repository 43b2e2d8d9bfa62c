"""Progress reporting and cancelling for long work (imports, exports, reports).

Long service calls take an optional :class:`Progress`; the window passes one
that feeds a progress bar from a worker thread and whose ``cancelled`` flag
the Cancel button sets.  Services call :meth:`Progress.step`, which raises
:class:`Cancelled` once cancelling was asked, so the work stops at a safe
point and its transaction rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from factdesk.errors import FactDeskError


class Cancelled(FactDeskError):
    """The user cancelled; nothing was changed."""

    def __init__(self, message: str = "cancelled; nothing was changed.") -> None:
        super().__init__(message)


@dataclass
class Progress:
    """Reports ``(done, total, what)``; ``cancelled`` may be set from another thread."""

    callback: Callable[[int, int, str], None] | None = None
    cancelled: bool = False
    done: int = field(default=0)
    total: int = field(default=0)

    def start(self, total: int, what: str = "") -> None:
        self.total, self.done = total, 0
        self._emit(what)

    def step(self, n: int = 1, what: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self.done += n
        self._emit(what)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def cancel(self) -> None:
        self.cancelled = True

    def _emit(self, what: str) -> None:
        if self.callback is not None:
            self.callback(self.done, self.total, what)
