"""The claim list's widgets and their layout: search, filters, the table, its buttons.

One definition for the claim list pane and for the window's first screen,
which shows the same list before the case is open -- so the two look the
same to the pixel, and the first screen can be painted before PySide builds
Qt's namespace enums (Qt enum values are set as properties: qt_values).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui.claim_columns import (
    COL_CLAIMANT,
    COL_EVIDENCE,
    COL_RATING,
    COL_STATUS,
    COL_TEXT,
    COL_UPDATED,
)
from factdesk.gui.qt_values import (
    ALIGN_LEFT_VCENTER,
    ELIDE_RIGHT,
    PLAIN_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    TOOL_BUTTON_TEXT_ONLY,
)
from factdesk.gui.translation import translate

MIN_TEXT_WIDTH = 120  # the claim column keeps at least this much


class ClaimListFrame(QWidget):
    """The list's widgets, laid out; the pane adds what they do."""

    def __init__(
        self, new_action: QAction, delete_action: QAction, tag_filter: QComboBox | None = None
    ) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("ClaimListPane", "Search claims, evidence, verdicts…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ClaimListPane", "Search claims"))
        self.search.setToolTip(
            translate(
                "ClaimListPane", "Full-text search over claims, evidence and verdicts (Ctrl+F)"
            )
        )

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(translate("ClaimListPane", "Filter by status"))
        self.status_filter.addItem(translate("ClaimListPane", "Any status"), None)
        self.tag_filter = tag_filter if tag_filter is not None else QComboBox()
        self.tag_filter.setAccessibleName(translate("ClaimListPane", "Filter by tag"))
        self.tag_filter.addItem(translate("ClaimListPane", "Any tag"), None)
        self.rating_filter = QComboBox()
        self.rating_filter.setAccessibleName(translate("ClaimListPane", "Filter by rating"))
        self.rating_filter.addItem(translate("ClaimListPane", "Any rating"), None)
        for combo in (self.status_filter, self.tag_filter, self.rating_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)

        self.table = QTableView()
        self.table.setAccessibleName(translate("ClaimListPane", "Claims"))
        # The table's viewport is made here rather than by Qt: handing Python a widget
        # Qt made costs PySide a search through every widget class it knows (tens
        # of milliseconds before the first frame); one it made itself is known.
        self._viewport = QWidget()

        self.count_label = QLabel()  # a server's message may land here: plain text
        self.count_label.setProperty("textFormat", PLAIN_TEXT)
        self.count_label.setAccessibleName(translate("ClaimListPane", "Number of claims shown"))
        new_button = QToolButton()
        new_button.setDefaultAction(new_action)
        new_button.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
        delete_button = QToolButton()
        delete_button.setDefaultAction(delete_action)
        delete_button.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.rating_filter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(new_button)
        bottom.addWidget(delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 3, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_model(self, model: QAbstractItemModel) -> None:
        """Show ``model`` in the table, its columns set up as the list has them."""
        table = self.table
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several claims can be selected (Shift/Ctrl-click) for a report, a bundle or
        # deleting; the current row is the one shown in the editor.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        # Claims are sentences: two lines each, the same for every row (no measuring).
        table.setWordWrap(True)
        table.setProperty("textElideMode", ELIDE_RIGHT)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # A narrow column's title ends in an ellipsis rather than losing both ends.
        header.setProperty("textElideMode", ELIDE_RIGHT)
        header.setProperty("defaultAlignment", ALIGN_LEFT_VCENTER)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        width = self.fontMetrics().horizontalAdvance
        # The width each column would like; on a narrow pane they give way in proportion
        # (their text elides) so that every column stays in view, never a sideways scroll.
        self.preferred = {
            column: width(sample) + (40 if column == COL_RATING else 20)
            for column, sample in (
                (COL_CLAIMANT, translate("ClaimListPane", "Ministry of Defence")),
                (COL_STATUS, translate("ClaimListPane", "Researching")),
                (COL_RATING, translate("ClaimListPane", "Mostly false")),
                (COL_EVIDENCE, translate("ClaimListPane", "Evidence")),
                (COL_UPDATED, "2024-12-31"),
            )
        }
        for column, preferred in self.preferred.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, preferred)
        table.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        table.setViewport(self._viewport)
        self._viewport.installEventFilter(self)
        # The claimant is in the editor; the column is there for those who want it.
        header.hideSection(COL_CLAIMANT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Give the claim text what the other columns leave; shrink them when the pane is narrow."""
        header = self.table.horizontalHeader()
        shown = [c for c in self.preferred if not header.isSectionHidden(c)]
        room = self._viewport.width() - MIN_TEXT_WIDTH
        wanted = sum(self.preferred[c] for c in shown)
        scale = min(1.0, max(room, 0) / wanted) if wanted else 1.0
        for column in shown:
            header.resizeSection(column, max(28, int(self.preferred[column] * scale)))

    def show_count(self, shown: int, *, filtered: bool = False) -> None:
        self.count_label.setText(
            translate("ClaimListPane", "%Ln claim(s) found", "", shown)
            if filtered
            else translate("ClaimListPane", "%Ln claim(s)", "", shown)
        )
