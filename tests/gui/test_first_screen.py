"""Starting again: the claim list painted before the case opens, then the pane in its place.

A journalist who closed FactDesk on a case file sees its claims at once the
next time; the case then opens behind them and the claim list pane takes the
first screen's place without anything on screen changing.  Wherever the case
file needs the ordinary open's checks first, there is no first screen.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from factdesk.gui import application, first_screen, qt_values, window_state
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.services.sample import load_sample_case
from factdesk.settings import load_settings
from factdesk.store import first_screen as store_first_screen
from factdesk.store.identity import SCHEMA_GENERATION
from tests.gui.bulk import bulk_claims

HOSTILE = "<b>Bold</b> claim " + "long " * 20_000


@pytest.fixture
def closed_case(case_path: Path, make_window: Any) -> Path:
    """A case file the window was opened on and closed (its columns and order remembered)."""
    with open_case(case_path, author="Test Reporter") as case:
        load_sample_case(case)
        bulk_claims(case, 300)
        first = case.claims.list_ids(limit=3)
        case.claims.update(first[0], text=HOSTILE)
        case.claims.update(first[1], status="archived")
    window = make_window(case_path)
    window.close()
    return case_path


def shown(window: MainWindow, qtbot: Any) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()


def grab(widget: Any) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_first_screen_is_the_claim_list_to_the_pixel(
    closed_case: Path, qtbot: Any, qapp: QApplication, lang: str
) -> None:
    """In a left-to-right window and in a right-to-left one."""
    from factdesk.gui import translation

    translation.install(qapp, lang)
    qapp.setCursorFlashTime(0)  # a text cursor that blinks would differ between the pictures
    window = application.first_screen_window(closed_case, load_settings())
    assert window is not None
    shown(window, qtbot)
    stand_in = window.splitter.widget(0)
    assert isinstance(stand_in, first_screen.FirstScreenList)
    before, title = grab(stand_in), window.windowTitle()
    assert stand_in.table.selectionModel().selectedRows()[0].row() == 0
    count = stand_in.count_label.text()
    assert count == "303 claims" or lang != "en"
    # Outside text shows as text: the markup's tags are on screen, shortened to a cell.
    model = stand_in.table.model()
    texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert any(t.startswith("<b>Bold</b> claim long") and t.endswith("…") for t in texts)

    window.attach_case(open_case(closed_case, author="Test Reporter", daily_backup=False))
    qtbot.waitUntil(lambda: window.splitter.widget(0) is window.claim_list)
    QApplication.processEvents()
    assert grab(window.claim_list) == before
    assert window.windowTitle() == title and window.claim_list.count_label.text() == count
    assert window.claim_list.current_id == window.claim_list.model.claim_id(0)


def test_the_first_screen_is_read_in_the_order_the_list_was_left(
    closed_case: Path, make_window: Any, qtbot: Any
) -> None:
    window = make_window(closed_case)
    window.claim_list.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by claim text
    expected = window.claim_list.model.claim_id(0)
    window.close()
    assert window_state.list_sort() == (0, False)
    again = application.first_screen_window(closed_case, load_settings())
    assert again is not None
    shown(again, qtbot)
    again.attach_case(open_case(closed_case, author="Test Reporter", daily_backup=False))
    assert again.claim_list.model.claim_id(0) == expected
    header = again.claim_list.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )


def test_what_is_typed_on_the_first_screen_is_kept(closed_case: Path, qtbot: Any) -> None:
    window = application.first_screen_window(closed_case, load_settings())
    assert window is not None
    shown(window, qtbot)
    stand_in = window.splitter.widget(0)
    assert isinstance(stand_in, first_screen.FirstScreenList)
    stand_in.search.setFocus()
    qtbot.keyClicks(stand_in.search, "sample")
    window.attach_case(open_case(closed_case, author="Test Reporter", daily_backup=False))
    assert window.claim_list.search.text() == "sample"
    qtbot.waitUntil(lambda: window.claim_list.model.filter.search == "sample")


def test_a_case_that_cannot_open_closes_the_first_screen(
    closed_case: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = application.first_screen_window(closed_case, load_settings())
    assert window is not None
    shown(window, qtbot)
    exits: list[int] = []
    monkeypatch.setattr(application, "open_first_case", lambda *_a: None)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    application.open_behind(window, closed_case, load_settings())
    assert not window.isVisible() and exits == [1]


def run_sql(path: Path, *statements: str) -> None:
    """Change the file as another program would, and close it (no log left beside it)."""
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def no_first_screen(path: Path) -> bool:
    return application.first_screen_window(path, load_settings()) is None


def test_no_first_screen_where_the_ordinary_open_must_look_first(
    closed_case: Path, tmp_path: Path
) -> None:
    assert not no_first_screen(closed_case)
    # A write-ahead log beside the file (a session that ended abruptly, or a stranger's).
    wal = Path(f"{closed_case}-wal")
    wal.write_bytes(b"")
    assert no_first_screen(closed_case)
    wal.unlink()
    # A file of an older schema generation.
    run_sql(closed_case, f"PRAGMA user_version = {SCHEMA_GENERATION - 1}")
    assert no_first_screen(closed_case)
    run_sql(closed_case, f"PRAGMA user_version = {SCHEMA_GENERATION}")
    assert not no_first_screen(closed_case)
    # Not a case file at all.
    other = tmp_path / "other.factdesk"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert no_first_screen(other)


def test_no_first_screen_for_a_file_that_opens_read_only(
    closed_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be written opens with a banner the first screen would not show."""
    import factdesk.services.first_screen as service

    writable = service.os.access
    monkeypatch.setattr(
        service.os, "access", lambda path, mode: writable(path, mode) and not mode & service.os.W_OK
    )
    assert no_first_screen(closed_case)


def test_a_claims_view_made_to_never_end_costs_a_blink(tmp_path: Path) -> None:
    path = tmp_path / "endless.factdesk"
    with open_case(path, daily_backup=False) as case:
        load_sample_case(case)
    run_sql(
        path,
        "ALTER TABLE claims RENAME TO claims_kept",
        "CREATE VIEW claims AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
        "FROM n) SELECT i AS id, '' AS text, '' AS claimant, 'new' AS status, "
        "'' AS updated_at FROM n",
    )
    found = store_first_screen.read(path, _head(), sort="updated_at", descending=True, limit=40)
    assert found is None


def test_a_slow_order_gives_way_to_the_ordinary_open(
    closed_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statement runs under a step budget: past it, no first screen."""
    read = store_first_screen.read
    args: dict[str, Any] = {"sort": "evidence_count", "descending": True, "limit": 40}
    assert read(closed_case, _head(), **args) is not None
    monkeypatch.setattr(store_first_screen, "STEP_BLOCKS", 1)
    assert read(closed_case, _head(), **args) is None


def _head() -> str:
    from factdesk.store import revisions

    return revisions.head_revision()


def test_the_first_screens_values_are_qts() -> None:
    """The plain values the first screen sets for Qt's enums (qt_values) are theirs."""
    flags = Qt.AlignmentFlag
    assert Qt.TextFormat.PlainText.value == qt_values.PLAIN_TEXT
    assert Qt.TextElideMode.ElideRight.value == qt_values.ELIDE_RIGHT
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == qt_values.SCROLL_BAR_ALWAYS_OFF
    assert Qt.ToolButtonStyle.ToolButtonTextOnly.value == qt_values.TOOL_BUTTON_TEXT_ONLY
    assert (flags.AlignLeft | flags.AlignVCenter).value == qt_values.ALIGN_LEFT_VCENTER
    assert (flags.AlignRight | flags.AlignVCenter).value == qt_values.ALIGN_RIGHT_VCENTER
    assert flags.AlignCenter.value == qt_values.ALIGN_CENTER
    assert Qt.ItemDataRole.TextAlignmentRole.value == qt_values.TEXT_ALIGNMENT_ROLE
    assert Qt.ItemDataRole.ForegroundRole.value == qt_values.FOREGROUND_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == qt_values.DECORATION_ROLE


def test_no_first_screen_for_more_claims_than_it_can_keep_places_for(
    closed_case: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_screen, "MAX_CLAIMS", 302)
    assert no_first_screen(closed_case)
    monkeypatch.setattr(first_screen, "MAX_CLAIMS", 303)
    assert not no_first_screen(closed_case)
