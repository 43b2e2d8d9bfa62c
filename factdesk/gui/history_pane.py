"""The selected claim's history, newest first, in sentences a colleague can read.

The sentences come from :mod:`factdesk.services.history_story`; this pane
groups them by day and names evidence items by their current titles.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from factdesk.errors import FactDeskError
from factdesk.gui.controller import CaseController, Change
from factdesk.services import history_story


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
        case = self.controller.case
        entries = case.history.for_claim(self.claim_id, limit=500)
        try:
            titles = {e.id: e.title or "" for e in case.evidence.list(self.claim_id)}
        except FactDeskError:  # a deleted claim: its items are named from the history
            titles = {}
        names = history_story.subjects(entries, titles)
        ratings = {rating.key: rating.label for rating in case.ratings.scale()}
        day: dt.date | None = None
        for entry in entries:
            sentence = history_story.describe(entry, names, ratings)
            if sentence is None:  # nothing a reader could see changed
                continue
            local_day = entry.at.astimezone().date()
            if local_day != day:
                day = local_day
                heading = QListWidgetItem(day_heading(day))
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(heading)
            item = QListWidgetItem(sentence)
            item.setToolTip(history_story.details(entry))
            self.list.addItem(item)

    def entries_text(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [self.list.item(i).text() for i in range(self.list.count())]

    def on_change(self, change: Change) -> None:
        if change.touches(self.claim_id):
            self._later()
