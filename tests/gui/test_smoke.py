from typing import Any

from factdesk.gui.main_window import MainWindow


def test_sample_window_shows_the_claims(sample_window: MainWindow) -> None:
    assert sample_window.claim_list.model.rowCount() == 3
    assert sample_window.evidence.claim is not None


def test_empty_window_shows_the_empty_state(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty_state


def test_the_empty_state_text_is_shown_whole_on_a_small_screen(
    window: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    text = window.empty_state.findChild(QLabel, "empty_state_text")
    assert text is not None and text.isVisible()
    # Every wrapped line fits: the label is as tall as its text needs at its width.
    assert text.height() >= text.heightForWidth(text.width())
    assert text.width() > 300
