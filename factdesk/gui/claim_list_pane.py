"""The left pane: search, filters and the claim table."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon
from PySide6.QtWidgets import QComboBox, QMenu

from factdesk.gui import style
from factdesk.gui.claim_columns import COL_TEXT, COL_UPDATED
from factdesk.gui.claim_list_frame import ClaimListFrame
from factdesk.gui.claim_table_model import ClaimTableModel
from factdesk.gui.controller import CaseController, Change
from factdesk.services.records import STATUSES, UNRATED, ClaimFilter

SEARCH_DELAY_MS = 200


class FreshComboBox(QComboBox):
    """A combo box that brings its items up to date just before they are looked at.

    The tag filter lists the tags in use; they change with edits, but reading
    them after every edit would be a read per typing pause for a list nobody
    is looking at.  ``refresh`` runs when the list opens or the box gets focus.
    """

    def __init__(self, refresh: Callable[[], None]) -> None:
        super().__init__()
        self._refresh = refresh

    def showPopup(self) -> None:
        self._refresh()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._refresh()
        super().focusInEvent(event)


class ClaimListPane(ClaimListFrame):
    current_claim_changed = Signal(object)  # str | None

    def __init__(
        self, controller: CaseController, new_action: QAction, delete_action: QAction
    ) -> None:
        super().__init__(new_action, delete_action, FreshComboBox(self.refresh_tag_filter))
        self._tags_version = -1  # the controller's tags version the tag filter shows
        self.controller = controller
        self.current_id: str | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        for status in STATUSES:
            self.status_filter.addItem(style.status_label(status), status)
        for combo in (self.status_filter, self.tag_filter, self.rating_filter):
            combo.activated.connect(lambda _row: self.apply_filter())

        self.model = ClaimTableModel(controller.case, self, ratings=controller.ratings_by_key)
        self.show_model(self.model)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        # A search on a server that failed (the server gone): its message, as text.
        self.model.search_failed.connect(self._show_search_failure)
        self._select_after_search: str | None = None

        self.refresh_rating_filter()
        controller.changed.connect(self.on_change)
        controller.case_replaced.connect(self.on_case_replaced)

    def _show_column(self, column: int, on: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not on)
        self.fit_columns()

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
        menu.popup(header.mapToGlobal(pos))

    # -- filtering ----------------------------------------------------------------
    def current_filter(self) -> ClaimFilter:
        return ClaimFilter(
            status=self.status_filter.currentData(),
            tag=self.tag_filter.currentData(),
            rating=self.rating_filter.currentData(),
            search=self.search.text().strip() or None,
        )

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.apply_filter()

    def apply_filter(self) -> None:
        claim_filter = self.current_filter()
        if claim_filter != self.model.filter:
            self.model.set_filter(claim_filter)

    def refresh_filters(self) -> None:
        """Fill the tag and rating filters, keeping the choices made."""
        self.refresh_rating_filter()
        self.refresh_tag_filter()

    def refresh_rating_filter(self) -> None:
        """The case file's scale as it is (read once by the controller, not per change)."""
        scale = self.controller.scale()
        items = [(r.label, r.key, style.rating_icon(r, scale)) for r in scale]
        self._fill(
            self.rating_filter,
            self.tr("Any rating"),
            [(self.tr("Not rated yet"), UNRATED, None), *items],
        )

    def refresh_tag_filter(self) -> None:
        """The tags in use, read when the filter is about to be used and they may have changed."""
        version = self.controller.tags_version
        if version == self._tags_version:
            return
        self._tags_version = version
        names = self.controller.case.tags.all()
        self._fill(self.tag_filter, self.tr("Any tag"), [(t, t, None) for t in names])

    @staticmethod
    def _fill(combo: QComboBox, empty: str, items: Sequence[tuple[str, str, QIcon | None]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(empty, None)
        for label, key, icon in items:
            if icon is None:
                combo.addItem(label, key)
            else:
                combo.addItem(icon, label, key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def clear_filters(self) -> None:
        self.search.clear()
        for combo in (self.status_filter, self.tag_filter, self.rating_filter):
            combo.setCurrentIndex(0)
        self._search_now()

    # -- selection -------------------------------------------------------------------
    def select_claim(self, claim_id: str | None) -> bool:
        row = self.model.row_of(claim_id) if claim_id else -1
        if row < 0:
            return False
        index = self.model.index(row, COL_TEXT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_ids(self) -> list[str]:
        """The selected claims in list order; the current claim when nothing is selected."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [cid for cid in (self.model.claim_id(r) for r in rows) if cid is not None]
        if not ids and self.current_id is not None:
            ids = [self.current_id]
        return ids

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = self.model.claim_id(current.row()) if current.isValid() else None
        if claim_id != self.current_id:
            self.controller.flush_edits()
            self.current_id = claim_id
            self.current_claim_changed.emit(claim_id)

    def _after_reset(self) -> None:
        self._update_count()
        pending, self._select_after_search = self._select_after_search, None
        if pending is not None:
            self._select_new(pending)
            return
        wanted = self.current_id
        if wanted is not None and self.select_claim(wanted):
            return
        if self.model.filter != ClaimFilter() and self.model.rowCount():
            # A search or filter: show its first result rather than an empty editor.
            self.select_claim(self.model.claim_id(0))
            return
        if wanted is not None:
            self.current_id = None
            self.current_claim_changed.emit(None)

    def _update_count(self) -> None:
        self.show_count(self.model.rowCount(), filtered=self.model.filter != ClaimFilter())

    # -- changes -------------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        if change.structure or change.everything:
            self.model.reload()
        else:
            self.model.refresh_claims(change.claim_ids, rows=change.rows, scale=change.scale)
        if change.scale or change.everything:
            self.refresh_rating_filter()
        if self.tag_filter.hasFocus() or self.tag_filter.view().isVisible():
            self.refresh_tag_filter()  # in use: keep it current
        if change.select_claim:
            if self.model.searching:  # the list comes back from a server search later
                self._select_after_search = change.select_claim
            else:
                self._select_new(change.select_claim)

    def _select_new(self, claim_id: str) -> None:
        if not self.select_claim(claim_id):
            # Hidden by the filters: show everything so the new claim is in view.
            self.clear_filters()
            self.select_claim(claim_id)

    def _show_search_failure(self, message: str) -> None:
        self.count_label.setText(message)

    def on_case_replaced(self) -> None:
        self.current_id = None
        self.model.set_case(self.controller.case)
        self._tags_version = -1
        self.refresh_rating_filter()
        self._fill(self.tag_filter, self.tr("Any tag"), [])
        self.clear_filters()
        self.current_claim_changed.emit(None)
        if self.model.rowCount():
            self.select_claim(self.model.claim_id(0))
