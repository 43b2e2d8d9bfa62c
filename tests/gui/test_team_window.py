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
    with open_case(postgres_url, author="Colleague") as other:
        other.claims.update(current, claimant="Somebody else")
        other.claims.create("A claim typed by a colleague")
    # Pushed by the server (LISTEN/NOTIFY) and picked up by the window's own timer.
    qtbot.waitUntil(lambda: window.claim_list.model.rowCount() == 4, timeout=5000)
    qtbot.waitUntil(
        lambda: window.evidence.claim_form.claimant.text() == "Somebody else", timeout=5000
    )
