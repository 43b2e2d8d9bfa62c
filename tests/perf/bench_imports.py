"""Importing the LIAR statements (PolitiFact, 12,836 rows in three TSV files) as verdicts.

Ours: ``factdesk import liar_*.tsv --as verdicts --map …`` through the
services into an empty case file: encoding detection, column mapping, rating
labels mapped onto the scale, every value validated, claims found by their
text, tags, history, import links and the full-text index, in one
transaction.  The baseline reads the same files with ``csv.reader`` and
inserts the same claims, tags, verdicts and full-text rows with sqlite3
``executemany`` in one transaction, checking nothing.  Skipped when the real
data is absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from factdesk.services import open_case
from factdesk.services.imports import ImportOptions, run_import
from factdesk.store.models import utc_text
from tests.perf.synth import SynthSize
from tests.perf.timing import Figure, timed

GOAL = 3.0
SHARED = Path(__file__).resolve().parents[3] / "shared" / "realdata"
LIAR_FILES = ("liar_train.tsv", "liar_valid.tsv", "liar_test.tsv")
LIAR_MAP = ("1=id", "2=rating", "3=claim", "4=tags", "5=claimant", "14=appeared_title")
LABELS = {
    "true": "true",
    "mostly-true": "mostly-true",
    "half-true": "mixed",
    "barely-true": "mostly-false",
    "false": "false",
    "pants-fire": "false",
}


def liar_files() -> list[Path]:
    return [SHARED / name for name in LIAR_FILES if (SHARED / name).exists()]


def raw_import(files: list[Path], path: Path) -> int:
    """The same rows with csv and executemany into a migrated, empty case file."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    now = utc_text(dt.datetime.now(dt.UTC))
    claims, verdicts, claim_tags, fts = [], [], [], []
    tag_ids: dict[str, int] = {}
    for file in files:
        with file.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                claim_id = str(uuid.uuid4())
                claims.append(
                    (claim_id, row[2], row[4] or None, row[13] or None, "published", now, now)
                )
                verdicts.append((claim_id, LABELS[row[1]]))
                for tag in filter(None, (t.strip() for t in row[3].split(","))):
                    claim_tags.append((claim_id, tag_ids.setdefault(tag, len(tag_ids) + 1)))
                fts.append((claim_id, row[2], f"{row[4]}\n{row[3]}"))
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO claims (id, text, claimant, appeared_title, status, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        claims,
    )
    con.executemany(
        "INSERT INTO tags (id, name) VALUES (?, ?)", [(i, n) for n, i in tag_ids.items()]
    )
    con.executemany("INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)", claim_tags)
    con.executemany("INSERT INTO verdicts (claim_id, rating) VALUES (?, ?)", verdicts)
    docs = []
    for n, (claim_id, _title, _body) in enumerate(fts, 1):
        docs.append((2 * n, claim_id, "claim", claim_id))
        docs.append((2 * n + 1, claim_id, "verdict", claim_id))
    con.executemany(
        "INSERT INTO search_docs (id, claim_id, source, record_id) VALUES (?, ?, ?, ?)", docs
    )
    con.executemany(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
        [(2 * n, title, body) for n, (_c, title, body) in enumerate(fts, 1)],
    )
    con.execute("COMMIT")
    con.close()
    return len(claims)


def run(_path: Path, workdir: Path, _size: SynthSize) -> list[Figure]:
    files = liar_files()
    if not files:
        return []
    base_path = workdir / "liar-raw.factdesk"
    ours_path = workdir / "liar-ours.factdesk"
    for target in (base_path, ours_path):
        open_case(target, daily_backup=False).close()  # migrated and empty
    baseline_s, rows = timed(lambda: raw_import(files, base_path))
    options = ImportOptions(as_="verdicts", column_map=LIAR_MAP)
    with open_case(ours_path, author="bench", daily_backup=False) as case:
        ours_s, report = timed(lambda: run_import(case, files, options))
    return [
        Figure(
            f"import LIAR ({rows:,} rows) as verdicts vs csv+executemany",
            ours_s,
            baseline_s,
            GOAL,
            extra={"claims": len(report.summary.added)},
        )
    ]
