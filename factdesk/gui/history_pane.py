"""The selected claim's history, newest first, in sentences a colleague can read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from factdesk.gui.controller import CaseController, Change
from factdesk.services.attachment_files import visible_name
from factdesk.services.records import HistoryEntry

ENTITY_NAMES = {
    "claim": "the claim",
    "evidence": "evidence",
    "verdict": "the verdict",
    "attachment": "attachment",
}
FIELD_NAMES = {
    "text": "text",
    "appeared_url": "where it appeared",
    "appeared_title": "title where it appeared",
    "appeared_date": "date it appeared",
    "source_reliability": "reliability",
    "info_credibility": "credibility",
    "published_on": "publication date",
    "accessed_at": "date accessed",
    "reviewed_at": "review date",
}
LONG = 40


def _short(value: Any) -> str:
    """A value inside a sentence: one line, shortened, and with direction controls made
    visible, so a name cannot reorder the rest of the sentence around it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return visible_name(", ".join(str(v) for v in value)) or "—"
    text = visible_name(" ".join(str(value).split()))
    return text if len(text) <= LONG else text[: LONG - 1] + "…"


def _label(entry: HistoryEntry) -> str:
    changes = entry.changes
    for key in ("title", "filename", "text", "rating"):
        pair = changes.get(key)
        if isinstance(pair, list) and len(pair) == 2:
            value = pair[1] if pair[1] is not None else pair[0]
            if value:
                return f" “{_short(value)}”"
    return ""


def describe(entry: HistoryEntry) -> str:
    """One entry as a sentence: "14:02 Ana changed rating unproven → false"."""
    when = entry.at.astimezone().strftime("%H:%M")
    who = visible_name(entry.author)
    what = ENTITY_NAMES.get(entry.entity, entry.entity)
    if entry.action == "create":
        return f"{when} {who} added {what}{_label(entry)}"
    if entry.action == "delete":
        return f"{when} {who} deleted {what}{_label(entry)}"
    if entry.action == "restore":
        return f"{when} {who} brought back {what}"
    parts = []
    for field, pair in sorted(entry.changes.items()):
        name = FIELD_NAMES.get(field, field.replace("_", " "))
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (0, pair)
        if field == "position":
            parts.append(f"moved {what} from place {int(old) + 1} to {int(new) + 1}")
        elif field in ("rationale", "excerpt", "notes", "text") and old and new:
            parts.append(f"edited {name}")
        else:
            parts.append(f"changed {name} {_short(old)} → {_short(new)}")
    prefix = "" if entry.entity == "claim" else f"({what}) "
    return f"{when} {who} {prefix}{'; '.join(parts) or 'made a change'}"


def day_heading(day: dt.date) -> str:
    today = dt.date.today()
    if day == today:
        return "Today"
    if day == today - dt.timedelta(days=1):
        return "Yesterday"
    return day.strftime("%A %d %B %Y")


class HistoryPane(QWidget):
    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.claim_id: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("History of the claim")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        controller.changed.connect(self.on_change)
        self._stale = False

    def show_claim(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        self._later()

    def _later(self) -> None:
        """Read the history only when it is in view (it is a read per change otherwise)."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.list.clear()
        if self.claim_id is None:
            return
        entries = self.controller.case.history.for_claim(self.claim_id, limit=500)
        day: dt.date | None = None
        for entry in entries:
            local_day = entry.at.astimezone().date()
            if local_day != day:
                day = local_day
                heading = QListWidgetItem(day_heading(day))
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(heading)
            item = QListWidgetItem(describe(entry))
            item.setToolTip(entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"))
            self.list.addItem(item)

    def entries_text(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [self.list.item(i).text() for i in range(self.list.count())]

    def on_change(self, change: Change) -> None:
        if change.touches(self.claim_id):
            self._later()
