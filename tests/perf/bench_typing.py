"""A pause in typing, in the real window: stored, and every pane refreshed.

A child process opens the window (offscreen) on the benchmark's case file,
waits until it is up (first frame, editors built, what saving needs loaded),
then types into the verdict's rationale and pauses, again and again.  Each
pause is timed from the save the pause starts (what the autosave timer
calls) until every pane has refreshed and the window has repainted.  On the
window's own connection SQLite's trace callback counts the statements: write
transactions, reads and the moment of the commit, whose FULL-sync flush is
timed up to the store's acknowledgement.  The GUI thread's own work is its
CPU time over the pause (the commit's flush is a wait on the disk, and a
busy machine's other processes are not the window's work).

The baseline is the same edit written with nothing but ``sqlite3``: one
transaction updating the verdict and appending its history entry, with the
case file's pragmas (``synchronous=FULL``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.perf.synth import SynthSize
from tests.perf.timing import Figure, median, p95

ROOT = Path(__file__).resolve().parents[2]
PAUSES = 40
LIMIT_MS = 100.0  # a pause, stored and refreshed: the 95th percentile
BEYOND_COMMIT_MS = 16.0  # one frame: the GUI thread's work besides the commit

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["FACTDESK_AUTOSAVE_MS"] = "3600000"  # the pauses are made by the benchmark
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.settings import load_settings
from factdesk.store.casefile import CaseStore

path, pauses = sys.argv[1], int(sys.argv[2])
window = MainWindow(open_case(path, author="Benchmark", daily_backup=False), load_settings())
window.show()
deadline = time.monotonic() + 60
while not window._up and time.monotonic() < deadline:
    app.processEvents()
QTest.qWait(300)
if window._warm_up is not None:  # what saving needs is loaded in the background
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(60000)
window.controller.poll_timer.stop()

acknowledged = []
written = CaseStore._written
def on_written(self):
    acknowledged.append(time.perf_counter())
    written(self)
CaseStore._written = on_written

statements = []
def trace(sql):
    if not sql.startswith("--"):
        statements.append((time.perf_counter(), sql.lstrip().split(None, 1)[0].upper(), sql))
conn = window.case.store.connections.get()
pane = window.verdict
field = pane.rationale
field.setFocus()
results = []
for n in range(pauses + 1):
    QTest.keyClicks(field, f" word{n}")
    app.processEvents()
    statements.clear(); acknowledged.clear()
    conn.set_trace_callback(trace)
    start, start_cpu = time.perf_counter(), time.thread_time()
    pane.fields.flush_text()
    app.processEvents()  # every pane repaints
    end, end_cpu = time.perf_counter(), time.thread_time()
    conn.set_trace_callback(None)
    begins = [sql.upper() for _, word, sql in statements if word == "BEGIN"]
    writes = sum(1 for sql in begins if "IMMEDIATE" in sql)
    commits = [t for t, word, _ in statements if word == "COMMIT"]
    commit = (acknowledged[0] - commits[0]) if commits and acknowledged else 0.0
    if n:  # the first pause after the window came up is not counted
        results.append({
            "total": end - start,
            "commit": commit,
            "cpu": end_cpu - start_cpu,  # this thread's work (the flush waits on the disk)
            "writes": writes,
            "reads": len(begins) - writes,
        })
print(json.dumps(results))
os._exit(0)
"""


def raw_pause(path: Path, claim_id: str, text: str) -> float:
    """The same edit with sqlite3 alone: one FULL-sync transaction."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout = 10000")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE verdicts SET rationale = ? WHERE claim_id = ?", (text, claim_id))
        con.execute(
            "INSERT INTO history (at, author, claim_id, entity, entity_id, action, changes) "
            "VALUES (?, 'Benchmark', ?, 'verdict', ?, 'update', '{}')",
            ("2024-03-01T12:00:00.000000Z", claim_id, claim_id),
        )
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()


def run(path: Path, workdir: Path, size: SynthSize, *, pauses: int = PAUSES) -> list[Figure]:
    env = {
        **os.environ,
        "FACTDESK_CONFIG_DIR": str(workdir / "config"),
        "FACTDESK_DATA_DIR": str(workdir / "data"),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(pauses)],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=900,
        check=True,
    ).stdout
    results: list[dict[str, Any]] = json.loads(out.strip().splitlines()[-1])
    totals = [r["total"] for r in results]
    commits = [r["commit"] for r in results]
    beyond = [r["cpu"] for r in results]
    beyond_wall = [r["total"] - r["commit"] for r in results]
    con = sqlite3.connect(path)
    claim_id = con.execute("SELECT claim_id FROM verdicts ORDER BY claim_id LIMIT 1").fetchone()[0]
    con.close()
    raw = [raw_pause(path, claim_id, f"raw text {n}") for n in range(len(results))]
    shape = {
        "claims": size.claims,
        "write_transactions_per_pause": max(r["writes"] for r in results),
        "reads_per_pause": max(r["reads"] for r in results),
        "commit_median_ms": round(median(commits) * 1000, 1),
        "commit_share": round(median(commits) / median(totals), 2),
        "pauses": len(results),
    }
    return [
        Figure(
            "typing pause: stored and every pane refreshed",
            median(totals),
            median(raw),
            goal=None,
            limit_ms=LIMIT_MS,
            p95_ms=p95(totals) * 1000,
            extra={**shape, "baseline": "the same edit in raw sqlite3, FULL sync"},
        ),
        Figure(
            "typing pause: GUI thread's work beyond the commit",
            median(beyond),
            BEYOND_COMMIT_MS / 1000,
            goal=None,
            limit_ms=BEYOND_COMMIT_MS,
            p95_ms=p95(beyond) * 1000,
            extra={
                "baseline": "one frame at 60 Hz (16 ms)",
                "wall_p95_ms": round(p95(beyond_wall) * 1000, 1),
            },
        ),
    ]
