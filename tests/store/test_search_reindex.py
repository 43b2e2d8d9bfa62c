"""Reindexing many claims at once (a bundle import) gives the index that rebuilding gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.store import search
from tests.perf.synth import SynthSize, build_case_file


def test_reindexing_more_claims_than_one_chunk_keeps_the_index_exact(tmp_path: Path) -> None:
    path = build_case_file(
        tmp_path / "many.factdesk", SynthSize(claims=search.CHUNK + 100, evidence_per_claim=2)
    )
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM claims ORDER BY id")]
    # Edit behind the index's back, as a bulk insert does before it reindexes.
    con.execute("UPDATE claims SET notes = 'zanzibarine' WHERE id IN (?, ?)", (ids[0], ids[-1]))
    con.execute("UPDATE evidence SET title = 'quokkaesque' WHERE claim_id = ?", (ids[1],))
    con.commit()
    con.close()
    with open_case(path, daily_backup=False) as case, case.store.writing() as session:
        assert search.index_mismatches(session) == 0  # edits change text, not rows
        search.reindex_claims(session, ids)
        assert search.index_mismatches(session) == 0
        assert sorted(search.search_claim_ids(session, "zanzibarine")) == sorted([ids[0], ids[-1]])
        assert search.search_claim_ids(session, "quokkaesque") == [ids[1]]
        leftover = session.execute(
            text("SELECT count(*) FROM sqlite_temp_master WHERE name = 'reindex_ids'")
        ).scalar_one()
        assert leftover == 0


def indexed_text(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, str]]:
    """What the index holds for each record, whatever its rowids."""
    return sorted(
        conn.execute(
            "SELECT d.claim_id, d.source, d.record_id, f.title, f.body "
            "FROM search_docs d JOIN search_fts f ON f.rowid = d.id"
        ).fetchall()
    )


def test_an_edit_reindexes_its_record_alone_and_exactly(tmp_path: Path) -> None:
    path = tmp_path / "edits.factdesk"
    with open_case(path, daily_backup=False) as case:
        claim = case.claims.create("Tea cures colds", claimant="A blog", tags=["health"])
        other = case.claims.create("Coffee cures colds")
        first = case.evidence.add(claim.id, title="A study", stance="refutes")
        second = case.evidence.add(claim.id, title="A review", stance="context")
        case.verdicts.set(claim.id, rating="false", summary="No")
        before = case.store.connections.get().execute("SELECT max(id) FROM search_docs")
        untouched_rowids = dict(
            case.store.connections.get().execute(
                "SELECT record_id, id FROM search_docs WHERE record_id IN (?, ?)",
                (second.id, other.id),
            )
        )
        assert before.fetchone()[0]
        case.claims.update(claim.id, text="Green tea cures colds", notes="ask a doctor")
        case.claims.update(claim.id, tags=["health", "tea"], claimant="A vlog")
        case.evidence.update(first.id, title="A trial", excerpt="no effect", publisher="BMJ")
        case.verdicts.set(claim.id, rating="false", summary="No", rationale="Trials found none")
        conn = case.store.connections.get()
        # Records not edited keep their index rows; the edited ones are current.
        assert untouched_rowids == dict(
            conn.execute(
                "SELECT record_id, id FROM search_docs WHERE record_id IN (?, ?)",
                (second.id, other.id),
            )
        )
        assert search.index_mismatches(conn) == 0
        edited = indexed_text(conn)
        with case.store.write() as writing:
            search.rebuild_index(writing)
            assert indexed_text(writing) == edited
        for words, found in (
            ("green tea", [claim.id]),
            ("vlog", [claim.id]),
            ("trials", [claim.id]),
            ("BMJ", [claim.id]),
            ("doctor", [claim.id]),
        ):
            assert case.claims.list_ids(ClaimFilter(search=words), sort="relevance") == found
