"""Window fixtures: a main window on a private case file, dialogs replaced by answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factdesk.gui import backup_dialogs, messages
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.settings import load_settings


class Answers:
    """What the replaced dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.confirm = True
        self.choice = 0
        self.errors: list[str] = []
        self.confirmations: list[str] = []
        self.open_paths: list[Path] = []
        self.save_path: Path | None = None
        self.opened_urls: list[Any] = []
        self.offer = True
        self.offers: list[str] = []
        self.infos: list[str] = []


@pytest.fixture(autouse=True)
def window_language(qapp: Any) -> Iterator[None]:
    """The window speaks English, as it does when started on an English system."""
    from factdesk.gui import translation

    translation.install(qapp, "en")
    yield
    translation.install(qapp, "en")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def confirm(_parent: Any, _title: str, text: str, **_kw: Any) -> bool:
        given.confirmations.append(text)
        return given.confirm

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_choice", lambda *a, **k: given.choice)
    monkeypatch.setattr(messages, "show_error", lambda _p, text, **k: given.errors.append(text))
    monkeypatch.setattr(messages, "show_info", lambda _p, text, **k: given.infos.append(text))

    def offer(_parent: Any, _title: str, text: str, **_kw: Any) -> bool:
        given.offers.append(text)
        return given.offer

    monkeypatch.setattr(messages, "offer", offer)
    # The safety dialogs ask through their own module's functions.
    monkeypatch.setattr(backup_dialogs, "confirm", confirm)
    monkeypatch.setattr(backup_dialogs, "inform", lambda _p, _t, text: given.infos.append(text))
    monkeypatch.setattr(backup_dialogs, "warn", lambda _p, _t, text: given.errors.append(text))
    monkeypatch.setattr(backup_dialogs, "choose_save_path", lambda *a: given.save_path)
    monkeypatch.setattr(messages, "open_file_names", lambda *a, **k: list(given.open_paths))
    monkeypatch.setattr(
        messages,
        "open_file_name",
        lambda *a, **k: given.open_paths[0] if given.open_paths else None,
    )
    monkeypatch.setattr(messages, "save_file_name", lambda *a, **k: given.save_path)
    monkeypatch.setattr(
        messages, "open_external", lambda url: given.opened_urls.append(url) or True
    )
    return given


@pytest.fixture
def make_window(qtbot: Any, answers: Answers) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def make(path: Path, *, read_only: bool = False) -> MainWindow:
        case = open_case(path, author="Test Reporter", read_only=read_only, daily_backup=False)
        window = MainWindow(case, load_settings())
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window: Any, case_path: Path) -> MainWindow:
    return make_window(case_path)


@pytest.fixture
def sample_window(make_window: Any, case_path: Path) -> MainWindow:
    from factdesk.services.sample import load_sample_case

    with open_case(case_path, author="Test Reporter") as case:
        load_sample_case(case)
    return make_window(case_path)
