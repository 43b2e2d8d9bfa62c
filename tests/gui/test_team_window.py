"""The window on a shared case on a PostgreSQL server: a focused set of the window's tests."""

from __future__ import annotations

from typing import Any

import pytest

from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.services.sample import load_sample_case

pytestmark = pytest.mark.postgresql


@pytest.fixture
def team_window(make_window: Any, postgres_url: str) -> MainWindow:
    with open_case(postgres_url, author="Test Reporter") as case:
        load_sample_case(case)
    window: MainWindow = make_window(postgres_url)
    return window


def test_the_title_names_the_server_and_database(team_window: MainWindow) -> None:
    title = team_window.windowTitle()
    assert "on postgres@local server" in title and title.startswith("case_")
    assert team_window.claim_list.model.rowCount() == 3


def test_a_colleagues_change_appears_without_reloading(
    qtbot: Any, team_window: MainWindow, postgres_url: str
) -> None:
    window = team_window
    current = window.claim_list.current_id
    qtbot.waitUntil(window.controller.poll_timer.isActive, timeout=5000)
    window.controller.poll_timer.setInterval(600_000)  # no polling can bring it in time
    with open_case(postgres_url, author="Colleague") as other:
        other.claims.update(current, claimant="Somebody else")
        other.claims.create("A claim typed by a colleague")
    # Pushed by the server (LISTEN/NOTIFY), and from the listener to the window at once.
    qtbot.waitUntil(lambda: window.claim_list.model.rowCount() == 4, timeout=2000)
    qtbot.waitUntil(
        lambda: window.evidence.claim_form.claimant.text() == "Somebody else", timeout=2000
    )


def test_connect_to_team_server_opens_the_shared_case_and_remembers_it(
    qtbot: Any, make_window: Any, tmp_path: Any, postgres_url: str, monkeypatch: Any
) -> None:
    from factdesk.gui import window_state
    from factdesk.gui.dialogs import connect
    from factdesk.locations import ServerAddress

    with open_case(postgres_url) as shared:
        shared.claims.create("A claim on the desk's server")
    window: MainWindow = make_window(tmp_path / "mine.factdesk")
    # What a person types, password included: it is used, never remembered or shown.
    given = postgres_url.replace("postgres@", "postgres:hunter2@")
    monkeypatch.setattr(connect, "ask_server_address", lambda _p: ServerAddress(given))
    window.action_connect.trigger()
    qtbot.waitUntil(lambda: "local server" in window.windowTitle(), timeout=10000)
    assert window.case.claims.count() == 1
    # Remembered once the window's first frame is up (writing the settings waits for that).
    qtbot.waitUntil(
        lambda: any(isinstance(r, ServerAddress) for r in window_state.recent_files()),
        timeout=5000,
    )
    assert isinstance(window_state.recent_files()[0], ServerAddress)
    assert "hunter2" not in window_state.qsettings().value("recent_files")[0]
    assert "hunter2" not in window.windowTitle()


def test_the_connect_dialog_refuses_what_is_not_a_server_address(qtbot: Any) -> None:
    from factdesk.gui.dialogs.connect import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url, "/home/ana/case.factdesk")
    dialog.accept()
    assert dialog.isVisible() and "postgresql://" in dialog.problem.text()
    dialog.url.clear()
    qtbot.keyClicks(dialog.url, "postgresql://ana@db.example.org/election")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.address is not None and dialog.address.database == "election"


def test_the_status_bar_names_colleagues_on_the_same_claim(
    qtbot: Any, team_window: MainWindow, postgres_url: str
) -> None:
    from factdesk.services.presence import set_open

    window = team_window
    current = window.claim_list.current_id
    with open_case(postgres_url, author="Ben") as ben:
        set_open(ben, current)
        window.presence.refresh()
        assert window.presence.label.text() == "Also on this claim: Ben"
    # Gone with their window, by itself.
    qtbot.waitUntil(lambda: window.presence.refresh() or window.presence.label.text() == "")


def test_offline_the_typing_is_kept_and_saved_when_the_server_is_back(
    qtbot: Any, team_window: MainWindow, postgres_server: Any, answers: Any
) -> None:
    from PySide6.QtCore import Qt

    from tests.pg_server import need

    server = need(postgres_server)
    if server.data_dir is None:
        pytest.skip("the server named by FACTDESK_TEST_POSTGRES_URL is not the tests' to stop")
    window = team_window
    current = window.claim_list.current_id
    assert current is not None
    claimant = window.evidence.claim_form.claimant
    server.pg_ctl("stop", "-m", "fast")
    try:
        qtbot.waitUntil(window.offline_banner.isVisible, timeout=10000)
        assert "cannot be reached" in window.offline_banner.text()
        claimant.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(claimant.hasFocus, timeout=2000)
        claimant.selectAll()
        qtbot.keyClicks(claimant, "Typed while offline")
        qtbot.keyClick(claimant, Qt.Key.Key_Tab)
        assert claimant.text() == "Typed while offline"  # nothing typed is lost
        assert answers.errors == []  # the banner says it; no box for every field left
    finally:
        server.pg_ctl("start")
    qtbot.waitUntil(lambda: not window.offline_banner.isVisible(), timeout=15000)
    qtbot.waitUntil(
        lambda: window.case.claims.get(current).claimant == "Typed while offline", timeout=5000
    )
    assert claimant.text() == "Typed while offline"


def test_typing_a_search_never_waits_for_a_slow_server(
    qtbot: Any, team_window: MainWindow, postgres_url: str
) -> None:
    import threading

    import psycopg
    from PySide6.QtCore import Qt

    from factdesk.gui.claim_list_pane import SEARCH_DELAY_MS

    pane = team_window.claim_list
    shown: list[str | None] = []
    pane.model.modelReset.connect(lambda: shown.append(pane.model.filter.search))
    # A colleague's long write holds the search index: every search waits for it.
    blocker = psycopg.connect(postgres_url)
    release = threading.Timer(20, blocker.rollback)  # (a window that hung would be freed)
    try:
        blocker.execute("LOCK TABLE search_docs IN ACCESS EXCLUSIVE MODE")
        release.start()
        pane.search.setFocus()
        qtbot.keyClicks(pane.search, "Sov")
        qtbot.wait(SEARCH_DELAY_MS * 2)  # the search for "Sov" has gone to the server
        assert pane.model.searching
        qtbot.keyClicks(pane.search, "iet half")
        qtbot.keyClick(pane.search, Qt.Key.Key_Return)
        # Every key arrived while the server was busy; the list still shows what it showed.
        assert pane.search.text() == "Soviet half"
        assert pane.model.searching and pane.model.rowCount() == 3 and shown == []
    finally:
        blocker.rollback()
        release.cancel()
        blocker.close()
    # Only the newest query's answer is shown; the one for "Sov" (two claims) never is.
    qtbot.waitUntil(lambda: not pane.model.searching, timeout=10000)
    assert shown == ["Soviet half"]
    assert pane.model.rowCount() == 1
    assert "half of Hokkaido" in str(pane.model.data(pane.model.index(0, 0)))
