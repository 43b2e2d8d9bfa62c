"""Two versions of a claim side by side: the one in this case file and the one in a bundle."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from factdesk.gui import style
from factdesk.gui.plain import CELL_CHARS, shorten
from factdesk.gui.translation import translate
from factdesk.services.records import Claim, Evidence

MAX_EVIDENCE_SHOWN = 12
LONG_CELL = 3000  # a claim compared: its start, however long
DIFFERENT = QColor("#f9a825")  # the amber of "changed" in the rating ramp


def _evidence_line(item: Evidence) -> str:
    glyph = style.STANCE_GLYPHS.get(item.stance, "?")
    name = item.title or item.url or item.publisher or translate("claim_comparison", "(untitled)")
    grading = f" [{item.grading}]" if item.grading else ""
    files = (
        " — " + translate("claim_comparison", "%Ln file(s)", "", len(item.attachments))
        if item.attachments
        else ""
    )
    return f"{glyph} {name}{grading}{files}"


def _evidence(claim: Claim) -> str:
    count = len(claim.evidence)
    head = (
        translate("claim_comparison", "No evidence")
        if count == 0
        else translate("claim_comparison", "%Ln item(s)", "", count)
    )
    lines = [_evidence_line(e) for e in claim.evidence[:MAX_EVIDENCE_SHOWN]]
    if count > MAX_EVIDENCE_SHOWN:
        lines.append(
            translate("claim_comparison", "… and %Ln more", "", count - MAX_EVIDENCE_SHOWN)
        )
    return "\n".join([head, *lines])


def _verdict(claim: Claim, labels: Mapping[str, str]) -> str:
    verdict = claim.verdict
    if verdict is None:
        return translate("claim_comparison", "Not rated yet")
    rating = verdict.rating
    text = (
        labels.get(rating, rating)
        if rating is not None
        else translate("claim_comparison", "Not rated yet (draft)")
    )

    if verdict.summary:
        text += f" — {verdict.summary}"
    if verdict.reviewer:
        text += "\n" + translate("claim_comparison", "Reviewed by {reviewer}").format(
            reviewer=verdict.reviewer
        )
    return text


def _when(claim: Claim) -> str:
    return claim.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _long_pair(mine: str, theirs: str) -> tuple[str, str]:
    """Two long texts shown by their start; a difference past it is still said."""
    shown_mine, shown_theirs = shorten(mine, LONG_CELL), shorten(theirs, LONG_CELL)
    if mine != theirs and shown_mine == shown_theirs:
        shown_theirs += "\n" + translate("claim_comparison", "(differs further on)")
    return shown_mine, shown_theirs


def comparison_rows(
    local: Claim, incoming: Claim, labels: Mapping[str, str]
) -> list[tuple[str, str, str]]:
    """(field, this case file's version, the bundle's version), in reading order."""
    rows = [
        (translate("claim_comparison", "Claim"), *_long_pair(local.text, incoming.text)),
        (
            translate("claim_comparison", "Claimant"),
            shorten(local.claimant or "—", CELL_CHARS),
            shorten(incoming.claimant or "—", CELL_CHARS),
        ),
        (
            translate("claim_comparison", "Status"),
            style.status_label(local.status),
            style.status_label(incoming.status),
        ),
        (
            translate("claim_comparison", "Tags"),
            ", ".join(local.tags) or "—",
            ", ".join(incoming.tags) or "—",
        ),
        (translate("claim_comparison", "Evidence"), _evidence(local), _evidence(incoming)),
        (
            translate("claim_comparison", "Verdict"),
            _verdict(local, labels),
            _verdict(incoming, labels),
        ),
        (translate("claim_comparison", "Last changed"), _when(local), _when(incoming)),
    ]
    return rows


class ClaimComparison(QTableWidget):
    """A two-column table; the fields that differ are marked in bold on a tint."""

    def __init__(self) -> None:
        super().__init__(0, 2)
        self.setAccessibleName(self.tr("The two versions of the claim"))
        self.setHorizontalHeaderLabels(
            [self.tr("In this case file (mine)"), self.tr("In the bundle (theirs)")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # As tall as its rows (no empty grid below them), scrolling only when space runs out.
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        )
        self.different: list[str] = []  # the fields that differ, for the reader and for tests

    def show_claims(
        self, local: Claim | None, incoming: Claim | None, labels: Mapping[str, str]
    ) -> None:
        self.setRowCount(0)
        self.different = []
        if local is None or incoming is None:
            return
        rows = comparison_rows(local, incoming, labels)
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([field for field, _, _ in rows])
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (field, mine, theirs) in enumerate(rows):
            differs = mine != theirs and field != translate("claim_comparison", "Last changed")
            if differs:
                self.different.append(field)
            for column, text in enumerate((mine, theirs)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if differs:
                    item.setFont(bold)
                    item.setBackground(style.tint(DIFFERENT, 60))
                    item.setToolTip(self.tr("{field}: the two versions differ").format(field=field))
                self.setItem(row, column, item)
        self.resizeRowsToContents()
