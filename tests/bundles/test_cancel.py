"""Cancelling a long import through Progress: nothing is left behind."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from factdesk.services import Case
from factdesk.services.bundles import apply_import, inspect_bundle, plan_import
from factdesk.services.progress import Cancelled, Progress
from tests.bundles import builders as b
from tests.helpers import table_dump


def many_claims(path: Path, count: int = 500) -> Path:
    claims = [
        b.claim(
            str(uuid.UUID(int=n + 1, version=4)),
            [b.evidence(str(uuid.UUID(int=10_000 + n, version=4)))],
        )
        for n in range(count)
    ]
    parts = {
        "manifest": b.manifest([c["id"] for c in claims], []),
        "claims": claims,
        "attachments": {},
    }
    return b.build(path, parts)


def cancelling_after(steps: int, phase: str) -> Progress:
    progress = Progress()
    current = [""]

    def report(done: int, total: int, what: str) -> None:
        current[0] = what or current[0]  # a phase is named when it starts
        if current[0].startswith(phase) and done >= steps:
            progress.cancel()

    progress.callback = report
    return progress


@pytest.mark.parametrize("phase", ["Checking", "Comparing", "Importing"])
def test_cancel_rolls_everything_back(tmp_path: Path, sample_case: Case, phase: str) -> None:
    path = many_claims(tmp_path / "many.factbundle")
    before = table_dump(sample_case.path)
    with pytest.raises(Cancelled):
        apply_import(sample_case, path, progress=cancelling_after(100, phase))
    assert table_dump(sample_case.path) == before
    assert sample_case.claims.count() == 3


def test_progress_counts_every_claim(tmp_path: Path, case: Case) -> None:
    path = many_claims(tmp_path / "many.factbundle", 50)
    reports: list[tuple[int, int, str]] = []
    progress = Progress(callback=lambda d, t, w: reports.append((d, t, w)))
    plan = plan_import(case, path, progress=progress)
    assert len(plan.added) == 50
    summary = apply_import(case, plan, progress=progress)
    assert len(summary.added) == 50
    assert (50, 50, "") in reports
    assert any(w == "Importing claims" for _, _, w in reports)
    assert len(inspect_bundle(path).claims) == 50


def test_cancel_after_rows_are_written_leaves_none(
    tmp_path: Path, sample_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel once the import has inserted claims and evidence: the transaction rolls back."""
    from factdesk.store import rows

    path = many_claims(tmp_path / "many.factbundle")
    before = table_dump(sample_case.path)
    progress = Progress()
    written: list[str] = []
    insert = rows.insert_plain

    def inserting(session, table, names, batch, between=None):  # type: ignore[no-untyped-def]
        insert(session, table, names, batch, between)
        if batch:
            written.append(table)
            count = session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}")
            assert count.scalar() >= len(batch)  # really in the database, uncommitted
        if "evidence" in written:
            progress.cancel()

    monkeypatch.setattr(rows, "insert_plain", inserting)
    with pytest.raises(Cancelled):
        apply_import(sample_case, path, progress=progress)
    assert {"claims", "evidence"} <= set(written)
    assert table_dump(sample_case.path) == before
    assert sample_case.claims.count() == 3
