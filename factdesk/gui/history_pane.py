"""The selected claim's history, newest first, in sentences a colleague can read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from factdesk.gui.controller import CaseController, Change
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.services.attachment_files import visible_name
from factdesk.services.records import HistoryEntry

ENTITY_NAMES = {
    "claim": QT_TRANSLATE_NOOP("history_pane", "the claim"),
    "evidence": QT_TRANSLATE_NOOP("history_pane", "evidence"),
    "verdict": QT_TRANSLATE_NOOP("history_pane", "the verdict"),
    "attachment": QT_TRANSLATE_NOOP("history_pane", "attachment"),
}
FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("history_pane", "text"),
    "claimant": QT_TRANSLATE_NOOP("history_pane", "claimant"),
    "appeared_url": QT_TRANSLATE_NOOP("history_pane", "where it appeared"),
    "appeared_title": QT_TRANSLATE_NOOP("history_pane", "title where it appeared"),
    "appeared_date": QT_TRANSLATE_NOOP("history_pane", "date it appeared"),
    "language": QT_TRANSLATE_NOOP("history_pane", "language"),
    "status": QT_TRANSLATE_NOOP("history_pane", "status"),
    "tags": QT_TRANSLATE_NOOP("history_pane", "tags"),
    "notes": QT_TRANSLATE_NOOP("history_pane", "notes"),
    "kind": QT_TRANSLATE_NOOP("history_pane", "kind"),
    "title": QT_TRANSLATE_NOOP("history_pane", "title"),
    "url": QT_TRANSLATE_NOOP("history_pane", "URL"),
    "publisher": QT_TRANSLATE_NOOP("history_pane", "publisher"),
    "author": QT_TRANSLATE_NOOP("history_pane", "author"),
    "published_on": QT_TRANSLATE_NOOP("history_pane", "publication date"),
    "accessed_at": QT_TRANSLATE_NOOP("history_pane", "date accessed"),
    "stance": QT_TRANSLATE_NOOP("history_pane", "stance"),
    "source_reliability": QT_TRANSLATE_NOOP("history_pane", "reliability"),
    "info_credibility": QT_TRANSLATE_NOOP("history_pane", "credibility"),
    "excerpt": QT_TRANSLATE_NOOP("history_pane", "excerpt"),
    "rating": QT_TRANSLATE_NOOP("history_pane", "rating"),
    "summary": QT_TRANSLATE_NOOP("history_pane", "summary"),
    "rationale": QT_TRANSLATE_NOOP("history_pane", "rationale"),
    "reviewer": QT_TRANSLATE_NOOP("history_pane", "reviewer"),
    "reviewed_at": QT_TRANSLATE_NOOP("history_pane", "review date"),
    "filename": QT_TRANSLATE_NOOP("history_pane", "file name"),
    "media_type": QT_TRANSLATE_NOOP("history_pane", "file type"),
    "size": QT_TRANSLATE_NOOP("history_pane", "size"),
}


def _name(names: dict[str, str], key: str) -> str:
    return translate("history_pane", names[key]) if key in names else key.replace("_", " ")


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
                return translate("history_pane", " “{value}”").format(value=_short(value))
    return ""


def describe(entry: HistoryEntry) -> str:
    """One entry as a sentence: "14:02 Ana changed rating unproven → false"."""
    when = entry.at.astimezone().strftime("%H:%M")
    who = visible_name(entry.author)
    what = _name(ENTITY_NAMES, entry.entity)
    if entry.action == "create":
        return translate("history_pane", "{when} {who} added {what}{label}").format(
            when=when, who=who, what=what, label=_label(entry)
        )
    if entry.action == "delete":
        return translate("history_pane", "{when} {who} deleted {what}{label}").format(
            when=when, who=who, what=what, label=_label(entry)
        )
    if entry.action == "restore":
        return translate("history_pane", "{when} {who} brought back {what}").format(
            when=when, who=who, what=what
        )
    parts = []
    for field, pair in sorted(entry.changes.items()):
        name = _name(FIELD_NAMES, field)
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (0, pair)
        if field == "position":
            parts.append(
                translate("history_pane", "moved {what} from place {old} to {new}").format(
                    what=what, old=int(old) + 1, new=int(new) + 1
                )
            )
        elif field in ("rationale", "excerpt", "notes", "text") and old and new:
            parts.append(translate("history_pane", "edited {field}").format(field=name))
        else:
            parts.append(
                translate("history_pane", "changed {field} {old} → {new}").format(
                    field=name, old=_short(old), new=_short(new)
                )
            )
    prefix = (
        "" if entry.entity == "claim" else translate("history_pane", "({what}) ").format(what=what)
    )
    done = "; ".join(parts) or translate("history_pane", "made a change")
    return f"{when} {who} {prefix}{done}"


def day_heading(day: dt.date) -> str:
    today = dt.date.today()
    if day == today:
        return translate("history_pane", "Today")
    if day == today - dt.timedelta(days=1):
        return translate("history_pane", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class HistoryPane(QWidget):
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
