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


def test_at_1024_by_700_every_pane_fits_without_scrolling_sideways(
    sample_window: MainWindow, qtbot: Any
) -> None:
    window = sample_window
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    for form in (window.evidence.form, window.evidence.claim_form):
        assert form.isVisible()
        # A form asks for well under the width it has, so that nothing is cut off at its
        # right on a machine whose fonts are a quarter wider than these.
        assert form.minimumSizeHint().width() <= 0.75 * form.width(), type(form).__name__
    table = window.claim_list.table
    header = table.horizontalHeader()
    right = max(
        header.sectionViewportPosition(c) + header.sectionSize(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    )
    assert right <= table.viewport().width() + 1  # every column, the rating included, shows
