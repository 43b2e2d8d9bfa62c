"""The claim list's columns and what their cells say, in plain Python.

Shared by the claim table model and the window's first screen, which is
painted before Qt's enums or the services are loaded; so nothing here
imports Qt.
"""

from __future__ import annotations

import datetime as dt


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog of ``context``; translated where it is shown."""
    return text


COL_TEXT, COL_CLAIMANT, COL_STATUS, COL_RATING, COL_EVIDENCE, COL_UPDATED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("ClaimTableModel", "Claim"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Claimant"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Status"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Rating"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Evidence"),
    QT_TRANSLATE_NOOP("ClaimTableModel", "Updated"),
)
SORT_KEYS = ("text", "claimant", "status", "rating", "evidence_count", "updated_at")

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("style", "New"),
    "researching": QT_TRANSLATE_NOOP("style", "Researching"),
    "in_review": QT_TRANSLATE_NOOP("style", "In review"),
    "published": QT_TRANSLATE_NOOP("style", "Published"),
    "archived": QT_TRANSLATE_NOOP("style", "Archived"),
}

CELL_CHARS = 500  # a list or table cell: one line, the start of a long text


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_cell(text: str) -> str:
    """A claim's text in its cell: one line, a long one cut short."""
    return " ".join(shorten(text, CELL_CHARS).split())


def date_cell(updated: dt.datetime) -> str:
    """When a claim last changed, as its cell says it (the local date)."""
    return updated.astimezone().strftime("%Y-%m-%d")
