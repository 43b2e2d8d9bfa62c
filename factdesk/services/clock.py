"""Time, in one place, so every timestamp is timezone-aware UTC."""

from __future__ import annotations

import datetime as dt


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
