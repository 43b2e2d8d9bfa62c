"""Full-text search through the services against the same FTS5 query in raw sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.store import search
from tests.perf.synth import TextMaker
from tests.perf.timing import Figure, median, p95, samples

REPEAT = 15


def queries() -> list[str]:
    words = TextMaker(7).words
    return [
        "minister",  # common
        "government report",  # two common
        words[-1],  # rare
        words[-50][:4],  # prefix, as typed
        f"tax {words[900]} election",  # three, mixed
    ]


def raw_search(con: sqlite3.Connection, query: str) -> list[str]:
    match = search.to_match_query(query)
    sql = search._SEARCH.format(where="")
    return [
        r[0]
        for r in con.execute(
            sql.replace(":tw", "?").replace(":q", "?").replace(":cap", "?"),
            (search.TITLE_WEIGHT, match, search.RESULT_CAP),
        )
    ]


def run(path: Path) -> list[Figure]:
    figures = []
    con = sqlite3.connect(path)
    with open_case(path) as case:
        for q in queries():
            ours = samples(
                lambda q=q: case.claims.list_ids(ClaimFilter(search=q), sort="relevance"), REPEAT
            )
            base = samples(lambda q=q: raw_search(con, q), REPEAT)
            hits = len(raw_search(con, q))
            figures.append(
                Figure(
                    name=f"search {q!r}",
                    ours_s=median(ours),
                    baseline_s=median(base),
                    goal=2.0,
                    extra={"p95_ms": round(p95(ours) * 1000, 1), "claims_found": hits},
                )
            )
    con.close()
    return figures
