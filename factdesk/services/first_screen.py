"""The window's first screen of claims, before the case is opened (see store.first_screen).

Only for a case file on this computer that can be written to (a read-only
one opens with a banner the first screen would not show), and only a file
that is all there to read: anything else is left to the ordinary open.
"""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.store import first_screen, revisions
from factdesk.store.first_screen import FirstRows, ScreenRating, ScreenRow

__all__ = ["FirstRows", "ScreenRating", "ScreenRow", "read"]


def read(location: object, *, sort: str, descending: bool, limit: int) -> FirstRows | None:
    """What the claim list will show first for the case at ``location``, or None."""
    if not isinstance(location, Path) or not location.is_file():
        return None
    if not os.access(location, os.R_OK | os.W_OK) or not os.access(location.parent, os.W_OK):
        return None
    return first_screen.read(
        location, revisions.head_revision(), sort=sort, descending=descending, limit=limit
    )
