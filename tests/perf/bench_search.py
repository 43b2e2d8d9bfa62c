"""Full-text search through the services against the same FTS5 query in raw sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factdesk.services import open_case
from factdesk.services.records import ClaimFilter
from factdesk.store import search
from tests.perf.synth import TextMaker
from tests.perf.timing import Figure, median, p95, samples

REPEAT = 21
GOAL = 2.0  # times the same FTS5 statements in raw sqlite3
LIMIT_MS = 50.0  # the 95th percentile of every query shape
SHAPES = ("one common word", "two common words", "a rare word", "a prefix being typed", "a mix")


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
    """The same statements as the services run, on a plain sqlite3 connection.

    The phrases are weighed as the services weigh them (a long typed prefix of
    a common word searched as the word, stems no row holds left out), so both
    sides send FTS5 the same queries.
    """
    count_sql = search._PHRASE_ROWS.replace(":q", "?").replace(":n", "?")
    common_rows = search.COMMON_PHRASE_ROWS

    def rows(phrase: str) -> int:
        return int(con.execute(count_sql, (phrase, common_rows + 1)).fetchone()[0])

    def weigh(part: str) -> tuple[str, bool]:
        if part.startswith("("):
            first, *stems = part[1:-1].split(" OR ")
            first, frequent = weigh(first)
            kept = [first]
            for stem in stems:
                found = rows(stem)
                if found:
                    kept.append(stem)
                    frequent = frequent or found > common_rows
            return (f"({' OR '.join(kept)})" if len(kept) > 1 else first), frequent
        word = part.strip('"*')
        if part.endswith("*") and len(word) > search.INDEXED_PREFIX:
            if rows(f'"{word}"') > common_rows:
                return f'"{word}"', True
            return part, False
        return part, rows(part) > common_rows

    parts, frequent = [], False
    for part in search.phrases(query):
        part, common = weigh(part)
        parts.append(part)
        frequent = frequent or common
    sql = search._STATEMENTS[(not frequent, False)]
    params = {"tw": search.TITLE_WEIGHT, "q": search.joined(parts), "cap": search.RESULT_CAP}
    names = [n for n in ("tw", "q", "cap") if f":{n}" in sql]
    order = sorted(names, key=sql.index)
    for name in names:
        sql = sql.replace(f":{name}", "?")
    return [r[0] for r in con.execute(sql, [params[n] for n in order])]


def run(path: Path) -> list[Figure]:
    """Each query shape, ours and raw alternating, so a busy machine slows both alike."""
    figures = []
    con = sqlite3.connect(path)
    with open_case(path, daily_backup=False) as case:
        for q, shape in zip(queries(), SHAPES, strict=True):
            ours: list[float] = []
            base: list[float] = []
            for _ in range(REPEAT):
                ours.extend(
                    samples(
                        lambda q=q: case.claims.list_ids(ClaimFilter(search=q), sort="relevance"),
                        1,
                    )
                )
                base.extend(samples(lambda q=q: raw_search(con, q), 1))
            hits = len(raw_search(con, q))
            figures.append(
                Figure(
                    name=f"search, {shape}: {q!r}",
                    ours_s=median(ours),
                    baseline_s=median(base),
                    goal=GOAL,
                    limit_ms=LIMIT_MS,
                    p95_ms=p95(ours) * 1000,
                    extra={
                        "claims_found": hits,
                        "indexed_rows": indexed_rows(con),
                        "baseline_p95_ms": round(p95(base) * 1000, 1),
                    },
                )
            )
    con.close()
    return figures


def indexed_rows(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT count(*) FROM search_docs").fetchone()[0])
