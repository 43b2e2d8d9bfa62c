"""The claim list as a table model that stays fluid at 100,000 claims.

The model knows how many claims pass the filter (one count) and reads their
ids in order a page at a time, as the view scrolls; rows are loaded as
:class:`ClaimRow` records in pages of :data:`PAGE_SIZE` the first time a view
asks for one of them.  Opening a huge case file costs a count, one page of ids
and one page of rows.

On a server a search is a round trip whose time the window does not control
(a busy server, a colleague's long write), so it runs in a worker thread:
the list keeps showing what it showed until the answer comes, one search runs
at a time, and an answer for a query typed over since is never shown -- the
newest query is asked next.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)

from factdesk.gui import style
from factdesk.gui.badges import status_colour
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
from factdesk.gui.plain import tip
from factdesk.services import Case
from factdesk.services.records import ClaimFilter, ClaimRow, Rating

PAGE_SIZE = 50


ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset(
    (_DISPLAY, _TOOLTIP, _DECORATION, _ALIGNMENT, _FOREGROUND, int(ID_ROLE), int(ROW_ROLE))
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

if TYPE_CHECKING:
    from factdesk.gui.worker import Task

Index = QModelIndex | QPersistentModelIndex

# A search asked of a server: the case, the filter, the sort key and whether descending.
SearchQuestion = tuple[Case, ClaimFilter, str, bool]
# Running searches are kept here until they end: a task must not be deleted under its
# thread when the model that asked goes first.
_RUNNING: set[Task] = set()


class ClaimTableModel(QAbstractTableModel):
    search_failed = Signal(str)  # why a search in the background found nothing

    def __init__(
        self,
        case: Case,
        parent: Any = None,
        *,
        ratings: Callable[[], dict[str, Rating]] | None = None,
    ) -> None:
        """``ratings`` gives the scale by key (the window's copy, read once); by default
        the case file is asked."""
        super().__init__(parent)
        self._case = case
        self._scale_of = ratings
        self._ids: list[str] = []  # the ids read so far, in list order
        self._total = 0  # how many rows the list has
        self._row_of: dict[str, int] = {}
        self._cache: dict[str, ClaimRow] = {}
        # What each cell shows, formatted once per row: a view asks again at every paint.
        self._shown: dict[str, tuple[str, ...]] = {}
        self._ratings: dict[str, Rating] = {}
        self._scale: list[Rating] = []
        self.filter = ClaimFilter()
        self.sort_column = COL_UPDATED
        self.sort_order = Qt.SortOrder.DescendingOrder
        self.queries = 0  # row-page queries made; lets tests check the paging
        self._relevance = False
        self._sort_key = "updated_at"
        # Until started, sorting and filtering only record the choice: the window sets
        # them up (restoring the header state, say) and then queries the ids once.
        self.started = False
        self._wanted: SearchQuestion | None = None  # the newest search not yet shown
        self._asked: SearchQuestion | None = None  # the one running
        self._task: Task | None = None

    @property
    def searching(self) -> bool:
        """Whether a search is running whose answer the list is waiting for."""
        return self._wanted is not None

    # -- loading ----------------------------------------------------------------
    def set_case(self, case: Case) -> None:
        self._case = case
        self.reload()

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        if claim_filter.search != self.filter.search:
            # A new search shows the best matches first until a column header is clicked.
            self._relevance = bool(claim_filter.search)
        self.filter = claim_filter
        self.reload()

    def start(self) -> None:
        self.started = True
        self.reload()

    def reload(self) -> None:
        """Query the ids again (claims added, removed, re-sorted or filtered)."""
        if not self.started:
            return
        sort = SORT_KEYS[self.sort_column]
        if self.filter.search and self._relevance:
            sort = "relevance"
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        if self.filter.search and self._case.on_server:
            self._search_in_background((self._case, self.filter, sort, descending))
            return
        self._wanted = None  # a search still running answers a question no longer asked

        def first_page() -> tuple[list[str], int]:
            if sort == "relevance":  # search results are capped, so read them all
                found = self._case.claims.list_ids(self.filter, sort=sort)
                return found, len(found)
            total = self._case.claims.count_matching(self.filter)
            return self._read_ids(0, PAGE_SIZE), total

        self._reset(sort, first_page)

    def _reset(self, sort: str, first_page: Callable[[], tuple[list[str], int]]) -> None:
        """Show the list afresh in ``sort`` order: its first ids and its length."""
        self.beginResetModel()
        self._ratings = self._read_ratings()
        self._scale = list(self._ratings.values())
        self._sort_key = sort
        self._ids, self._total = first_page()
        self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()

    def _search_in_background(self, question: SearchQuestion) -> None:
        self._wanted = question
        if self._task is None:
            self._start_search()

    def _start_search(self) -> None:
        asked = self._asked = self._wanted
        assert asked is not None
        case, claim_filter, sort, descending = asked
        from factdesk.gui.worker import Task  # (not needed for the first frame)

        def find(_progress: object) -> list[str]:
            # Search results are capped, so all of them are read in any order.
            return case.claims.list_ids(claim_filter, sort=sort, descending=descending)

        task = self._task = Task(find)
        _RUNNING.add(task)
        task.signals.finished.connect(self._searched)
        task.signals.failed.connect(self._search_failed)
        for signal in (task.signals.finished, task.signals.failed):
            signal.connect(lambda _result, task=task: _RUNNING.discard(task))
        QThreadPool.globalInstance().start(task)

    def _searched(self, found: list[str]) -> None:
        self._task = None
        if self._wanted is None:  # the list was read again meanwhile (the search cleared)
            return
        if self._wanted != self._asked:  # typed on: ask the newest query
            self._start_search()
            return
        self._wanted = None
        _case, _filter, sort, _descending = self._asked
        self._reset(sort, lambda: (list(found), len(found)))

    def _search_failed(self, message: str) -> None:
        self._task = None
        if self._wanted is not None and self._wanted != self._asked:
            self._start_search()
            return
        if self._wanted is not None:
            self._wanted = None
            self.search_failed.emit(message)

    def _read_ids(self, offset: int, limit: int | None) -> list[str]:
        return self._case.claims.list_ids(
            self.filter,
            sort=self._sort_key,
            descending=self.sort_order == Qt.SortOrder.DescendingOrder,
            limit=limit,
            offset=offset,
        )

    def _read_ratings(self) -> dict[str, Rating]:
        return self._scale_of() if self._scale_of is not None else self._case.ratings.by_key()

    def _ensure_ids(self, row: int) -> None:
        """Read ids up to ``row`` (and a page beyond), if not read yet."""
        if row < len(self._ids) or len(self._ids) >= self._total:
            return
        start = len(self._ids)
        wanted = max(row + 1 - start + PAGE_SIZE, PAGE_SIZE * 5)
        more = self._read_ids(start, wanted if start + wanted < self._total else None)
        self._ids.extend(more)
        for offset, cid in enumerate(more):
            self._row_of[cid] = start + offset

    def refresh_claims(
        self,
        claim_ids: Iterable[str],
        *,
        rows: Mapping[str, ClaimRow] | None = None,
        scale: bool = True,
    ) -> None:
        """Refresh these rows only and announce each changed row (the narrowest dataChanged).

        ``rows`` given (read back with the change): nothing is read.
        """
        present = [cid for cid in claim_ids if cid in self._row_of]
        if not present:
            return
        if rows is not None and all(cid in rows for cid in present):
            fresh = dict(rows)
        else:
            fresh = {row.id: row for row in self._case.claims.rows(present)}
        if scale or not self._ratings:
            self._ratings = self._read_ratings()
            self._shown.clear()  # rating labels may read differently
            self._scale = list(self._ratings.values())
        last = self.columnCount() - 1
        for cid in present:
            if cid in fresh:
                self._cache[cid] = fresh[cid]
            else:
                self._cache.pop(cid, None)
            self._shown.pop(cid, None)
            row = self._row_of[cid]
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _row(self, row: int) -> ClaimRow | None:
        self._ensure_ids(row)
        if row >= len(self._ids):  # fewer claims than counted: deleted meanwhile
            return None
        cid = self._ids[row]
        cached = self._cache.get(cid)
        if cached is None:
            start = (row // PAGE_SIZE) * PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
            self.queries += 1
            for record in self._case.claims.rows(page):
                self._cache[record.id] = record
            cached = self._cache.get(cid)
        return cached

    # -- lookups for views -----------------------------------------------------------
    def claim_id(self, row: int) -> str | None:
        if 0 <= row < self._total:
            self._ensure_ids(row)
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, claim_id: str) -> int:
        if claim_id not in self._row_of:
            self._ensure_ids(self._total - 1)
        return self._row_of.get(claim_id, -1)

    def ids(self) -> list[str]:
        self._ensure_ids(self._total - 1)
        return list(self._ids)

    # -- Qt model interface -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_EVIDENCE:
                return _RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell while painting and scrolling: the
        # roles are compared as plain ints, and unused roles leave at once.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role == ID_ROLE:
            return self.claim_id(index.row())
        record = self._row(index.row())
        if record is None:  # deleted by another program since the ids were read
            return None
        if role == ROW_ROLE:
            return record
        column = index.column()
        if role == _DISPLAY:
            shown = self._shown.get(record.id)
            if shown is None:
                shown = self._shown[record.id] = tuple(
                    self._display(record, c) for c in range(len(HEADERS))
                )
            return shown[column]
        if role == _TOOLTIP:
            if column == COL_TEXT:
                tags = (
                    "\n" + self.tr("Tags: {tags}").format(tags=", ".join(record.tags))
                    if record.tags
                    else ""
                )
                return tip(f"{record.text}{tags}")
            if column == COL_RATING and record.rating:
                return tip(self._rating_label(record.rating))
            if column == COL_UPDATED:
                when = record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
                return self.tr("Updated {when}").format(when=when)
            return None
        if role == _DECORATION and column == COL_RATING and record.rating:
            return style.rating_icon(self._ratings.get(record.rating), self._scale)
        if role == _ALIGNMENT and column == COL_EVIDENCE:
            return _RIGHT
        if role == _FOREGROUND and column == COL_STATUS:
            return status_colour(record.status)
        return None

    def _display(self, record: ClaimRow, column: int) -> str:
        # A cell shows one line; a text of a million characters is not laid out whole.
        if column == COL_TEXT:
            return text_cell(record.text)
        if column == COL_CLAIMANT:
            return shorten(record.claimant or "", CELL_CHARS)
        if column == COL_STATUS:
            return style.status_label(record.status)
        if column == COL_RATING:
            return self._rating_label(record.rating) if record.rating else ""
        if column == COL_EVIDENCE:
            return str(record.evidence_count)
        return date_cell(record.updated_at)

    def _rating_label(self, key: str) -> str:
        rating = self._ratings.get(key)
        return rating.label if rating else key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        if (column, order) == (self.sort_column, self.sort_order) and self._ids:
            return
        self._relevance = False
        self.sort_column, self.sort_order = column, order
        self.reload()
