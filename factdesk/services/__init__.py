"""Use cases over a case file, with no Qt: claims, evidence, verdicts, history, ...

Front ends (the window, the command line) call these and get plain records
back; validation and history recording happen here.  ``Case`` and
``open_case`` load with their first use, so a front end can use a small
service module (the window's first screen) without loading all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdesk.services.case import Case, open_case

__all__ = ["Case", "open_case"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from factdesk.services import case

        return getattr(case, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
