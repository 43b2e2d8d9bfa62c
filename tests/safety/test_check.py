"""`factdesk check`: structure, links, attachments and search index, in plain words."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from factdesk.cli.main import main
from factdesk.services import Case
from factdesk.services.check import check_case, repair_index
from factdesk.services.progress import Progress


def test_a_sound_case_file_checks_out(filled_case: Case) -> None:
    steps: list[tuple[int, int]] = []
    report = check_case(filled_case, Progress(callback=lambda d, t, _w: steps.append((d, t))))
    assert report.sound and report.findings == ()
    assert report.claims == 3 and report.attachments == 1
    assert "is sound" in report.summary()
    assert steps[-1][0] == steps[-1][1]  # progress reached its end


def test_an_altered_attachment_is_named(filled_case: Case) -> None:
    with filled_case.store.writing() as session:
        session.execute(text("UPDATE blobs SET data = :d"), {"d": b"<html>forged</html>"})
    report = check_case(filled_case)
    assert not report.sound and not report.repairable
    (finding,) = report.findings
    assert finding.kind == "attachments" and finding.count == 1
    assert "altered" in finding.message
    assert "page.html" in finding.details[0]


def test_an_index_out_of_step_is_repaired(filled_case: Case) -> None:
    with filled_case.store.writing() as session:
        session.execute(text("DELETE FROM search_docs WHERE source = 'evidence'"))
    report = check_case(filled_case)
    (finding,) = report.findings
    assert finding.kind == "search-index" and finding.repairable and finding.count > 0
    repair_index(filled_case)
    assert check_case(filled_case).sound


def test_links_to_missing_records_are_counted(filled_case: Case) -> None:
    con = sqlite3.connect(filled_case.path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DELETE FROM claims WHERE id IN (SELECT claim_id FROM verdicts LIMIT 1)")
    con.commit()
    con.close()
    report = check_case(filled_case)
    kinds = {f.kind: f for f in report.findings}
    assert "foreign-keys" in kinds
    assert "verdict" in kinds["foreign-keys"].message


def test_cli_check_exit_status_and_repair(
    filled_case: Case, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(filled_case.path)
    assert main(["--db", db, "check"]) == 0
    assert "is sound" in capsys.readouterr().out
    with filled_case.store.writing() as session:
        session.execute(text("DELETE FROM search_fts"))
    assert main(["--db", db, "check"]) == 1
    out = capsys.readouterr().out
    assert "search index is out of step" in out and "--repair" in out
    assert main(["--db", db, "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "Rebuilt the search index" in out and "is sound" in out
