from factdesk.gui.main_window import MainWindow


def test_sample_window_shows_the_claims(sample_window: MainWindow) -> None:
    assert sample_window.claim_list.model.rowCount() == 3
    assert sample_window.evidence.claim is not None


def test_empty_window_shows_the_empty_state(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.empty_state
