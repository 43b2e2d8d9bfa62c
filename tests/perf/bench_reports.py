"""Verdict reports written to a file, against reading the same rows with raw
sqlite3 and joining escaped strings (no Markdown, no templates).

Two measures: the report on one claim with 200 evidence items (in a small case
file of its own, so the shared synthetic file stays as the other benchmarks
expect it), and a case report on the first 1,000 claims of the synthetic case
file. Both sides write their HTML to a file; times are medians of warm runs
(the first run, which compiles the templates, is reported as ``cold_ms``), and
peak memory is the Python heap measured in a separate run of each.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from factdesk.services import open_case
from factdesk.services.reports import export_report
from factdesk.settings import Settings
from factdesk.store import search
from tests.perf.synth import STANCES, TextMaker
from tests.perf.timing import Figure, median, peak_mib, timed

CASE_REPORT_CLAIMS = 1000
BIG_CLAIM_EVIDENCE = 200
REPEAT = 5
GOAL = 5.0
SETTINGS = Settings(
    author="Desk", organisation="FactDesk Bench", publication_url="https://example.org/checks"
)
GENERATED_AT = dt.datetime(2024, 3, 2, 9, 0, tzinfo=dt.UTC)


def rationale_markdown(t: TextMaker) -> str:
    """A rationale of realistic length (about 700 words) using the Markdown a desk writes."""
    parts = [t.text(60, 90), f"## What the record shows\n\n{t.text(70, 100)}"]
    parts.append("\n".join(f"- **{t.text(1, 2)}**: {t.text(12, 25)}" for _ in range(6)))
    parts.append(f"> {t.text(30, 50)}")
    parts.append(
        f"{t.text(40, 60)} [the ministry's figures](https://example.org/data/{t.uuid()}) "
        f"*{t.text(5, 10)}* {t.text(40, 70)}"
    )
    parts.append(f"## Why it matters\n\n{t.text(80, 120)}")
    parts.append("\n".join(f"{n}. {t.text(15, 30)}" for n in range(1, 5)))
    parts.append(t.text(50, 80))
    return "\n\n".join(parts)


def build_big_claim(path: Path) -> str:
    """A case file with one claim: 200 evidence items and a verdict. Returns its id."""
    open_case(path).close()
    t = TextMaker(11)
    stamp = "2024-03-01T12:00:00.000000Z"
    claim_id = t.uuid()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO claims (id, text, claimant, status, notes, created_at, updated_at, language)"
        " VALUES (?, ?, ?, 'in_review', ?, ?, ?, 'en')",
        (claim_id, t.text(12, 20), "Ministry of Finance", t.text(20, 40), stamp, stamp),
    )
    con.executemany(
        "INSERT INTO evidence (id, claim_id, position, kind, title, url, publisher, stance,"
        " source_reliability, info_credibility, excerpt, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, 'article', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                t.uuid(),
                claim_id,
                p,
                t.text(6, 12),
                f"https://example.org/source/{p}",
                t.text(1, 3),
                STANCES[p % 4],
                "ABCDEF"[p % 6],
                1 + p % 6,
                t.text(30, 70),
                t.text(5, 20),
                stamp,
                stamp,
            )
            for p in range(BIG_CLAIM_EVIDENCE)
        ],
    )
    con.execute(
        "INSERT INTO verdicts (claim_id, rating, summary, rationale, reviewer, reviewed_at)"
        " VALUES (?, 'mostly-false', ?, ?, 'Desk', ?)",
        (claim_id, t.text(10, 16), rationale_markdown(t), stamp),
    )
    con.execute("COMMIT")
    con.close()
    with open_case(path) as case, case.store.writing() as session:
        search.rebuild_index(session)
    return claim_id


def first_claims(path: Path, n: int) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM claims ORDER BY rowid LIMIT ?", (n,))]
    finally:
        con.close()


def _e(value: object) -> str:
    return "" if value is None else html.escape(str(value))


def raw_report(path: Path, ids: list[str], target: Path) -> None:
    """The baseline: the same rows through raw sqlite3, escaped and joined, written out."""
    con = sqlite3.connect(path)
    try:
        wanted = "(SELECT value FROM json_each(?))"
        key = (json.dumps(ids),)
        claims = {
            r[0]: r
            for r in con.execute(
                "SELECT id, text, claimant, appeared_url, appeared_title, created_at, updated_at"
                f" FROM claims WHERE id IN {wanted}",
                key,
            )
        }
        verdicts = {
            r[0]: r
            for r in con.execute(
                "SELECT v.claim_id, r.label, v.summary, v.rationale, v.reviewer, v.reviewed_at"
                f" FROM verdicts v JOIN ratings r ON r.key = v.rating WHERE v.claim_id IN {wanted}",
                key,
            )
        }
        evidence: dict[str, list[tuple]] = {}
        for r in con.execute(
            "SELECT claim_id, title, url, publisher, author, stance, source_reliability,"
            f" info_credibility, excerpt FROM evidence WHERE claim_id IN {wanted}"
            " ORDER BY claim_id, stance, position",
            key,
        ):
            evidence.setdefault(r[0], []).append(r)
    finally:
        con.close()
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"]
    out.append("<table>")
    for cid in ids:
        c, v = claims[cid], verdicts.get(cid)
        out.append(
            f"<tr><td><a href='#claim-{cid}'>{_e(c[1])}</a></td><td>{_e(c[2])}</td>"
            f"<td>{_e(v[1]) if v else 'Not yet rated'}</td></tr>"
        )
    out.append("</table>")
    for cid in ids:
        c, v = claims[cid], verdicts.get(cid)
        out.append(
            f"<article id='claim-{cid}'><h2>{_e(c[1])}</h2><p>{_e(c[2])}</p>"
            f"<p><a href='{_e(c[3])}'>{_e(c[4])}</a></p>"
        )
        if v:
            out.append(
                f"<p class='rating'>{_e(v[1])}</p><p>{_e(v[2])}</p>"
                f"<div>{_e(v[3])}</div><p>{_e(v[4])} {_e(v[5])}</p>"
            )
        out.append("<ol>")
        out.extend(
            f"<li><a href='{_e(e[2])}'>{_e(e[1])}</a><p>{_e(e[3])} {_e(e[4])}</p>"
            f"<p>{_e(e[5])}</p><blockquote>{_e(e[8])}</blockquote>"
            f"<p>{_e(e[6])}{_e(e[7])}</p></li>"
            for e in evidence.get(cid, ())
        )
        out.append(f"</ol><footer>{_e(c[5])} {_e(c[6])}</footer></article>")
    out.append("</body></html>")
    data = "".join(out).encode("utf-8")
    with open(target, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _run(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(name: str, ours: Callable[[], object], base: Callable[[], object]) -> Figure:
    cold, _ = timed(ours)
    timed(base)
    # Alternated, so a busy moment on a shared machine slows both sides.
    runs = [(_run(ours), _run(base)) for _ in range(REPEAT)]
    ours_s = median([o[0] for o, _ in runs])
    base_s = median([b[0] for _, b in runs])
    cpu_ratio = median([o[1] for o, _ in runs]) / max(median([b[1] for _, b in runs]), 1e-9)
    _, ours_peak = peak_mib(ours)
    _, base_peak = peak_mib(base)
    return Figure(
        name,
        ours_s,
        base_s,
        goal=GOAL,
        peak_mib=ours_peak,
        baseline_peak_mib=base_peak,
        extra={"cold_ms": round(cold * 1000, 1), "cpu_ratio": round(cpu_ratio, 2)},
    )


def run(path: Path, workdir: Path, size: object = None) -> list[Figure]:
    figures = []
    out = workdir / "reports"
    out.mkdir(exist_ok=True)

    big = workdir / "big-claim.factdesk"
    claim_id = build_big_claim(big)
    with open_case(big) as case:
        figures.append(
            measure(
                f"report: 1 claim, {BIG_CLAIM_EVIDENCE} evidence items",
                lambda: export_report(
                    case,
                    [claim_id],
                    out / "one.html",
                    settings=SETTINGS,
                    generated_at=GENERATED_AT,
                ),
                lambda: raw_report(big, [claim_id], out / "one-raw.html"),
            )
        )

    ids = first_claims(path, CASE_REPORT_CLAIMS)
    label = (
        f"report: {len(ids):,} claims"
        if len(ids) >= CASE_REPORT_CLAIMS
        else f"report: all {len(ids)} claims (fewer than {CASE_REPORT_CLAIMS:,})"
    )
    with open_case(path) as case:
        figures.append(
            measure(
                label,
                lambda: export_report(
                    case, ids, out / "case.html", settings=SETTINGS, generated_at=GENERATED_AT
                ),
                lambda: raw_report(path, ids, out / "case-raw.html"),
            )
        )
    for figure, stem in zip(figures, ("one", "case"), strict=True):
        figure.extra["ours_kib"] = (out / f"{stem}.html").stat().st_size // 1024
        figure.extra["baseline_kib"] = (out / f"{stem}-raw.html").stat().st_size // 1024
    return figures
