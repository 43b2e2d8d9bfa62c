"""Reindexing many claims at once (a bundle import) gives the index that rebuilding gives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from factdesk.services import open_case
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
