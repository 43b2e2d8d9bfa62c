"""Synthetic case files with realistic text lengths, built fast.

The builder writes with raw sqlite3 ``executemany`` (it is test scaffolding,
not the thing measured) and then builds the full-text index with the same
function the services use.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factdesk.services import open_case
from factdesk.store import search

SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ran",
    "tes",
    "vor",
    "pel",
    "dun",
    "shi",
    "gra",
    "tor",
    "ne",
    "bal",
    "qui",
    "sto",
    "fer",
    "mun",
    "ola",
    "zed",
    "ric",
    "han",
    "cel",
    "dro",
    "bri",
]
COMMON = [
    "minister",
    "government",
    "election",
    "report",
    "said",
    "claims",
    "percent",
    "million",
    "tax",
    "health",
    "police",
    "border",
    "vaccine",
    "climate",
    "budget",
    "president",
    "russia",
    "japan",
    "war",
    "prices",
    "workers",
    "school",
    "crime",
    "energy",
    "data",
]
STANCES = ["supports", "refutes", "context", "unclear"]
STATUSES = ["new", "researching", "in_review", "published", "archived"]
RATINGS = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven"]


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    words = list(COMMON)
    while len(words) < size:
        words.append("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return words


class TextMaker:
    """Zipf-distributed words: a few very common, a long tail of rare ones."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.cum_weights = list(
            itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.words)))
        )

    def text(self, low: int, high: int) -> str:
        n = self.rng.randint(low, high)
        return " ".join(
            self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        ).capitalize()

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


@dataclass(frozen=True)
class SynthSize:
    claims: int
    evidence_per_claim: int = 10


def rows(size: SynthSize, seed: int = 7) -> Iterator[tuple[dict, list[dict], dict | None]]:
    """(claim, evidence, verdict) rows as plain dicts, column names as in the case file."""
    t = TextMaker(seed)
    stamp = "2024-03-01T12:00:00.000000Z"
    for i in range(size.claims):
        claim_id = t.uuid()
        claim = {
            "id": claim_id,
            "text": t.text(10, 30),
            "claimant": t.text(2, 4),
            "status": STATUSES[i % len(STATUSES)],
            "notes": t.text(10, 40),
            "created_at": stamp,
            "updated_at": f"2024-03-{1 + i % 28:02d}T12:00:{i % 60:02d}.000000Z",
            "language": "en",
        }
        evidence = [
            {
                "id": t.uuid(),
                "claim_id": claim_id,
                "position": p,
                "kind": "article",
                "title": t.text(6, 12),
                "url": f"https://example.org/{i}/{p}",
                "publisher": t.text(1, 3),
                "stance": STANCES[(i + p) % 4],
                "source_reliability": "ABCDEF"[p % 6],
                "info_credibility": 1 + p % 6,
                "excerpt": t.text(30, 70),
                "notes": t.text(5, 20),
                "created_at": stamp,
                "updated_at": stamp,
            }
            for p in range(size.evidence_per_claim)
        ]
        verdict = None
        if i % 3:
            verdict = {
                "claim_id": claim_id,
                "rating": RATINGS[i % len(RATINGS)],
                "summary": t.text(8, 16),
                "rationale": t.text(60, 150),
                "reviewer": "Desk",
                "reviewed_at": stamp,
            }
        yield claim, evidence, verdict


def insert_rows(con: sqlite3.Connection, size: SynthSize, seed: int = 7) -> None:
    """Insert synthetic rows into an open, migrated case file (one transaction)."""
    claims: list[dict] = []
    evidence: list[dict] = []
    verdicts: list[dict] = []

    def flush() -> None:
        if claims:
            cols = list(claims[0])
            con.executemany(
                f"INSERT INTO claims ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [tuple(c[k] for k in cols) for c in claims],
            )
        if evidence:
            cols = list(evidence[0])
            con.executemany(
                f"INSERT INTO evidence ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [tuple(e[k] for k in cols) for e in evidence],
            )
        if verdicts:
            cols = list(verdicts[0])
            con.executemany(
                f"INSERT INTO verdicts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                [tuple(v[k] for k in cols) for v in verdicts],
            )
        claims.clear()
        evidence.clear()
        verdicts.clear()

    for claim, evs, verdict in rows(size, seed):
        claims.append(claim)
        evidence.extend(evs)
        if verdict:
            verdicts.append(verdict)
        if len(claims) >= 2000:
            flush()
    flush()


def build_case_file(path: Path, size: SynthSize, seed: int = 7) -> Path:
    """A migrated case file holding ``size`` synthetic claims, indexed for search."""
    open_case(path).close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("BEGIN")
    insert_rows(con, size, seed)
    con.execute("COMMIT")
    con.close()
    with open_case(path) as case, case.store.writing() as session:
        search.rebuild_index(session)
    return path
