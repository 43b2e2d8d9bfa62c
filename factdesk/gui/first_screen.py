"""The claim list as the window will show it, painted before the case is opened.

Starting again on the case file open last time, the window's first frame
shows its claims -- the count, the first screenful in the list's saved
order, its columns as they were left -- read by ``services.first_screen``
with ``sqlite3`` alone.  The case then opens (its checks, the services) and
the claim list pane takes this one's place, looking the same to the pixel
(both are a :class:`ClaimListFrame`; a test compares them).

Nothing here may touch Qt's namespace enums (``Qt.…``): PySide builds all of
them at the first touch, which would cost this frame what it saves.  A
``QStandardItemModel`` holds the rows, so Qt never hands Python an enum.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel

from factdesk.gui import style
from factdesk.gui.badges import rating_icon, status_colour
from factdesk.gui.claim_columns import (
    CELL_CHARS,
    COL_CLAIMANT,
    COL_EVIDENCE,
    COL_RATING,
    COL_STATUS,
    COL_TEXT,
    COL_UPDATED,
    HEADERS,
    SORT_KEYS,
    date_cell,
    shorten,
    text_cell,
)
from factdesk.gui.claim_list_frame import ClaimListFrame
from factdesk.gui.qt_values import (
    ALIGN_RIGHT_VCENTER,
    DECORATION_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
)
from factdesk.gui.translation import translate
from factdesk.services import first_screen
from factdesk.services.first_screen import FirstRows, ScreenRow

ROWS = 60  # read: more than the tallest screen shows
# The stand-in model keeps a place for every row (the scroll bar must be the list's):
# beyond this many claims those places would cost more than the first screen saves.
MAX_CLAIMS = 1_000_000


def read(location: object, column: int, descending: bool) -> FirstRows | None:
    """The first screen of the case at ``location``, sorted on ``column``; None if the
    ordinary open must come first (services.first_screen says when)."""
    if not 0 <= column < len(SORT_KEYS):
        return None
    found = first_screen.read(location, sort=SORT_KEYS[column], descending=descending, limit=ROWS)
    return found if found is not None and found.total <= MAX_CLAIMS else None


class FirstScreenList(ClaimListFrame):
    """The claim list's stand-in until the case is open: the same widgets, these rows."""

    def __init__(self, found: FirstRows, path: Path) -> None:
        # The pane's buttons: the same actions' texts, nothing to do until it is there.
        new_action = QAction(translate("MainWindow", "&New claim…"))
        delete_action = QAction(translate("MainWindow", "&Delete claim"))
        super().__init__(new_action, delete_action)
        self.path = path  # the case file shown
        for action in (new_action, delete_action):
            action.setParent(self)
        model = QStandardItemModel(found.total, len(HEADERS), self)
        model.setHorizontalHeaderLabels([translate("ClaimTableModel", h) for h in HEADERS])
        evidence = model.horizontalHeaderItem(COL_EVIDENCE)
        if evidence is not None:
            evidence.setData(ALIGN_RIGHT_VCENTER, TEXT_ALIGNMENT_ROLE)
        ratings = {r.key: r for r in found.scale}
        for number, row in enumerate(found.rows):
            for column, item in enumerate(_cells(row, ratings, found)):
                model.setItem(number, column, item)
        self.show_model(model)
        self.show_count(found.total)

    def restore_columns(self, columns: QByteArray) -> bool:
        """The columns as the pane left them (widths, hidden ones, the sort mark)."""
        if not self.table.horizontalHeader().restoreState(columns):
            return False
        # The first claim current and selected, as the pane makes it (not selectRow, which
        # picks its column by the viewport's width: none yet, in a right-to-left window).
        model = self.table.model()
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            model.index(0, COL_TEXT), flags.ClearAndSelect | flags.Rows
        )
        return True


def _cells(
    row: ScreenRow, ratings: dict[str, first_screen.ScreenRating], found: FirstRows
) -> list[QStandardItem]:
    """One row's cells, saying what the claim table model's say (claim_table_model)."""
    rating = ratings.get(row.rating) if row.rating else None
    cells = [QStandardItem() for _ in HEADERS]
    cells[COL_TEXT].setText(text_cell(row.text))
    cells[COL_CLAIMANT].setText(shorten(row.claimant, CELL_CHARS))
    cells[COL_STATUS].setText(style.status_label(row.status))
    colour = status_colour(row.status)
    if colour is not None:
        cells[COL_STATUS].setData(colour, FOREGROUND_ROLE)
    if row.rating:
        cells[COL_RATING].setText(rating.label if rating else row.rating)
        cells[COL_RATING].setData(rating_icon(rating, found.scale), DECORATION_ROLE)
    cells[COL_EVIDENCE].setText(str(row.evidence_count))
    cells[COL_EVIDENCE].setData(ALIGN_RIGHT_VCENTER, TEXT_ALIGNMENT_ROLE)
    cells[COL_UPDATED].setText(date_cell(row.updated_at))
    return cells
