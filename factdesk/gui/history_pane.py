"""The selected claim's history, newest first, in sentences a colleague can read.

The sentences come from :mod:`factdesk.services.history_story`; this pane
groups them by day and names evidence items by their current titles.  It
reads the history when it is shown, then keeps up to date from each change's
own entries (a change carries the history it wrote and its claim as it now
is), so an edit reads nothing here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from factdesk.errors import FactDeskError
from factdesk.gui.controller import CaseController, Change
from factdesk.gui.translation import translate
from factdesk.services import history_story
from factdesk.services.records import HistoryEntry


def day_heading(day: dt.date) -> str:
    today = dt.date.today()
    if day == today:
        return translate("history_pane", "Today")
    if day == today - dt.timedelta(days=1):
        return translate("history_pane", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class HistoryPane(QWidget):
    """The claim's history: read when shown, then kept up to date from each change's own
    entries (a change carries the history it wrote), so an edit reads nothing here."""

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.claim_id: str | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("History of the claim"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        controller.changed.connect(self.on_change)
        self._stale = False
        self._entries = 0  # entries shown (day headings aside)
        self._latest = 0  # id of the newest entry shown

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
        self._entries, self._latest = 0, 0
        if self.claim_id is None:
            return
        case = self.controller.case
        entries = case.history.for_claim(self.claim_id, limit=LIMIT)
        try:
            titles = {e.id: e.title or "" for e in case.evidence.list(self.claim_id)}
        except FactDeskError:  # a deleted claim: its items are named from the history
            titles = {}
        names = history_story.subjects(entries, titles)
        ratings = {rating.key: rating.label for rating in self.controller.scale()}
        day: dt.date | None = None
        for entry in entries:
            item = _item(entry, names, ratings)
            if item is None:  # nothing a reader could see changed
                continue
            local_day = entry.at.astimezone().date()
            if local_day != day:
                day = local_day
                self.list.addItem(_heading(day))
            self.list.addItem(item)
            self._entries += 1
        self._latest = entries[0].id if entries else 0

    def _prepend(self, entries: list[HistoryEntry], titles: Mapping[str, str]) -> None:
        """Put new entries at the top, under today's heading, as a fresh read would."""
        names = history_story.subjects(entries, titles)
        ratings = {rating.key: rating.label for rating in self.controller.scale()}
        for entry in sorted(entries, key=lambda e: e.id):
            self._latest = entry.id
            item = _item(entry, names, ratings)
            if item is None:
                continue
            day = entry.at.astimezone().date()
            top = self.list.item(0)
            if top is None or top.data(DAY_ROLE) != day.toordinal():
                self.list.insertItem(0, _heading(day))
            self.list.insertItem(1, item)
            self._entries += 1
        while self._entries > LIMIT:
            self.list.takeItem(self.list.count() - 1)
            self._entries -= 1
            last = self.list.item(self.list.count() - 1)
            if last is not None and last.data(DAY_ROLE) is not None:
                self.list.takeItem(self.list.count() - 1)

    def entries_text(self) -> list[str]:
        if self._stale:
            self.refresh()
        return [self.list.item(i).text() for i in range(self.list.count())]

    def on_change(self, change: Change) -> None:
        if not change.touches(self.claim_id):
            return
        mine = [e for e in change.history if e.claim_id == self.claim_id]
        if (
            self.isVisible()
            and not self._stale
            and not change.everything
            and change.history
            and all(e.id > self._latest for e in mine)
        ):
            claim = change.claims.get(self.claim_id) if self.claim_id else None
            if claim is None:
                self._later()
                return
            self._prepend(mine, {e.id: e.title or "" for e in claim.evidence})
        else:
            self._later()


LIMIT = 500  # entries shown, newest first
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


def _heading(day: dt.date) -> QListWidgetItem:
    heading = QListWidgetItem(day_heading(day))
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
    heading.setData(DAY_ROLE, day.toordinal())
    return heading


def _item(
    entry: HistoryEntry, names: Mapping[str, str], ratings: Mapping[str, str]
) -> QListWidgetItem | None:
    sentence = history_story.describe(entry, names, ratings)
    if sentence is None:
        return None
    item = QListWidgetItem(sentence)
    item.setToolTip(history_story.details(entry))
    return item
