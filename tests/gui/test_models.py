"""The item models pass Qt's model checks, and the claim list loads rows in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, QUrl

from factdesk.gui.claim_table_model import PAGE_SIZE, ClaimTableModel
from factdesk.gui.evidence_model import MIME_EVIDENCE, EvidenceListModel
from factdesk.services import Case
from factdesk.services.records import ClaimFilter
from tests.gui.bulk import bulk_claims


def test_claim_table_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, sample_case: Case
) -> None:
    model = ClaimTableModel(sample_case)
    model.start()
    qtmodeltester.check(model)
    model.set_filter(ClaimFilter(search="Hokkaido"))
    qtmodeltester.check(model)


def test_evidence_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, sample_case: Case
) -> None:
    model = EvidenceListModel()
    main = max(sample_case.claims.list(), key=lambda r: r.evidence_count)
    model.set_items(sample_case.evidence.list(main.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 7


def test_rows_are_loaded_a_page_at_a_time(qtbot: Any, case: Case) -> None:
    bulk_claims(case, PAGE_SIZE * 2 + 10)
    model = ClaimTableModel(case)
    model.start()
    assert model.rowCount() == PAGE_SIZE * 2 + 10
    assert model.queries == 0  # only the ids so far
    for row in range(PAGE_SIZE):
        model.index(row, 0).data()
    assert model.queries == 1
    model.index(model.rowCount() - 1, 0).data()
    assert model.queries == 2


def test_an_edit_announces_only_its_row(qtbot: Any, sample_case: Case) -> None:
    model = ClaimTableModel(sample_case)
    model.start()
    target = model.claim_id(1)
    sample_case.claims.update(target, claimant="Someone")
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.refresh_claims([target])
    top, bottom = signal.args[0], signal.args[1]
    assert top.row() == bottom.row() == 1


def test_evidence_drops_become_requests(qtbot: Any, sample_case: Case) -> None:
    model = EvidenceListModel()
    main = max(sample_case.claims.list(), key=lambda r: r.evidence_count)
    items = sample_case.evidence.list(main.id)
    model.set_items(items)
    moved = model.mimeData([model.index(0)])
    assert moved.hasFormat(MIME_EVIDENCE)
    with qtbot.waitSignal(model.move_requested) as signal:
        model.dropMimeData(moved, Qt.DropAction.MoveAction, 3, 0, model.index(-1))
    assert signal.args == [items[0].id, 2]
    dropped = QMimeData()
    dropped.setUrls([QUrl("https://example.org/report")])
    with qtbot.waitSignal(model.drop_requested) as signal:
        assert model.dropMimeData(dropped, Qt.DropAction.CopyAction, 1, 0, model.index(-1))
    assert signal.args[0][0].toString() == "https://example.org/report"
    assert signal.args[1] == 1
