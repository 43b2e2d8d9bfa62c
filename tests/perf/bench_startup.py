"""Starting up: the window's first frame and ``factdesk claims list``, each against a bare
baseline started the same way in the same run.

Every measure is a fresh process, timed from just before it is started to the
moment it reports: for the window, once the first frame with the case's rows
is painted (the last case file opens, as it does for a journalist starting
FactDesk again); for the bare baseline, once a ``QMainWindow`` holding a
``QLabel`` has painted.  The command line is timed to its exit, against a
process that imports SQLAlchemy and runs the same two statements through it.
Runs alternate between ours and the baseline so a busy machine slows both.

Python compiles each module once and keeps the bytecode; the processes here
keep theirs in a folder of the run (``PYTHONPYCACHEPREFIX``), warmed by a
first run that is not counted, as an installed FactDesk has its bytecode.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from tests.perf.synth import SynthSize
from tests.perf.timing import Figure, median

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 7
GOAL = 1.5
OPEN_GOAL = 1.2  # a big case file opens as fast as an empty one

# Reports the moment the first frame is painted.  A top-level window paints
# all of itself when it handles an UpdateRequest, so the moment its event()
# returns from the first one the watcher finds ready is that moment.  The
# same watcher sits on both windows.
REPORTER = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent

UPDATE = QEvent.Type.UpdateRequest

def watch(window_class, ready):
    handle = window_class.event

    def event(self, event):
        handled = handle(self, event)
        if event.type() == UPDATE and ready(self):
            cpu = os.times()
            print(json.dumps({"at": time.time(), "cpu": cpu.user + cpu.system}), flush=True)
            os._exit(0)
        return handled

    window_class.event = event
"""

BARE = (
    REPORTER
    + r"""
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    pass

watch(Window, lambda window: True)
app = QApplication(sys.argv[:1])
window = Window()
label = QLabel("FactDesk")
window.setCentralWidget(label)
window.resize(1200, 800)
window.show()
app.exec()
"""
)

# The real entry point (``factdesk`` with no command): the window opens the
# case file it had open last.  Only the first-frame watcher is added; the
# frame counts when the claim list has its rows (or an empty case file shows
# where to begin).
WINDOW = (
    REPORTER
    + r"""
import factdesk.gui.main_window as main_window

# The first screen: the claims, or on an empty case file its invitation to begin.
watch(main_window.MainWindow, lambda window: window.shows_first_screen())
from factdesk.app import main
sys.exit(main([]))
"""
)

# A journalist's previous session: the window opened on the case file, then
# closed (which remembers the case, the list's columns and order, and leaves
# the case file closed).
REMEMBER = r"""
import sys
from PySide6.QtCore import QTimer
import factdesk.gui.main_window as main_window
attach = main_window.MainWindow.attach_case

def attach_then_close(self, case):
    attach(self, case)
    QTimer.singleShot(300, self.close)

main_window.MainWindow.attach_case = attach_then_close
from factdesk.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""

CLI_BASELINE = r"""
import json, sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    ids = [r[0] for r in conn.execute(text(sys.argv[2]))]
    rows = conn.execute(text(sys.argv[3]), {"ids": json.dumps(ids)}).all()
by_id = {r[0]: r for r in rows}
out = [f"{'ID':8}  {'STATUS':11}  {'RATING':12}  {'EV':>3}  CLAIM"]
for cid in ids:
    r = by_id[cid]
    line = " ".join(r[1].split())
    out.append(f"{cid[:8]}  {r[3]:11}  {r[4] or '-':12}  {r[6]:>3}  {line[:70]}")
sys.stdout.write("\n".join(out) + "\n")
"""

IDS_SQL = "SELECT claims.id FROM claims ORDER BY claims.updated_at DESC, claims.id DESC"


def _rows_sql() -> str:
    from factdesk.store import rows

    return rows._ROWS.replace("json_each(?)", "json_each(:ids)")


def environment(workdir: Path, *, display: str | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "FACTDESK_CONFIG_DIR": str(workdir / "config"),
        "FACTDESK_DATA_DIR": str(workdir / "data"),
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(workdir / "bytecode"),
        "FACTDESK_AUTHOR": "Benchmark",  # a returning user: the first start's question is done
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FACTDESK_DB", None)
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env.pop("QT_QPA_PLATFORM", None)
        env["DISPLAY"] = display
    return env


def _until_painted(script: str, env: dict[str, str], workdir: Path) -> tuple[float, float]:
    """(seconds from start to the first painted frame, CPU seconds the process used)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=120,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"no frame reported (exit {out.returncode}): {out.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return report["at"] - start, report["cpu"]


def _until_exit(argv: list[str], env: dict[str, str], workdir: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, env=env, cwd=workdir, timeout=120, check=True)
    return time.perf_counter() - start


def _remember(path: Path, env: dict[str, str], workdir: Path) -> None:
    """Make ``path`` the case file the window opens: the last one open, then closed."""
    subprocess.run(
        [sys.executable, "-c", REMEMBER, str(path)],
        env=env,
        cwd=workdir,
        check=True,
        timeout=300,
        capture_output=True,
    )


def window_start(
    path: Path, workdir: Path, *, repeat: int = REPEAT, display: str | None = None
) -> dict[str, Any]:
    """Medians of the window's and the bare window's start, runs alternating."""
    env = environment(workdir, display=display)
    _remember(path, env, workdir)
    _until_painted(WINDOW, env, workdir)  # warms the bytecode; makes the day's backup
    _until_painted(BARE, env, workdir)
    ours, bare, ours_cpu, bare_cpu = [], [], [], []
    for _ in range(repeat):
        seconds, cpu = _until_painted(BARE, env, workdir)
        bare.append(seconds)
        bare_cpu.append(cpu)
        seconds, cpu = _until_painted(WINDOW, env, workdir)
        ours.append(seconds)
        ours_cpu.append(cpu)
    return {
        "ours": median(ours),
        "bare": median(bare),
        "ours_cpu": median(ours_cpu),
        "bare_cpu": median(bare_cpu),
    }


def big_against_empty(path: Path, workdir: Path, *, repeat: int = REPEAT) -> tuple[float, float]:
    """Medians of the window's start on ``path`` and on an empty case file, alternating."""
    from factdesk.services import open_case

    empty = workdir / "start-empty.factdesk"
    if not empty.exists():
        open_case(empty, daily_backup=False).close()
    env = environment(workdir)
    for case_file in (path, empty):  # warm: bytecode, the day's backups
        _remember(case_file, env, workdir)
        _until_painted(WINDOW, env, workdir)
    big, small = [], []
    for _ in range(repeat):
        _remember(empty, env, workdir)
        small.append(_until_painted(WINDOW, env, workdir)[0])
        _remember(path, env, workdir)
        big.append(_until_painted(WINDOW, env, workdir)[0])
    return median(big), median(small)


def cli_list(path: Path, workdir: Path, *, repeat: int = REPEAT) -> tuple[float, float]:
    """Medians of ``factdesk claims list`` and of the SQLAlchemy baseline, runs alternating."""
    env = environment(workdir)
    ours_argv = [sys.executable, "-m", "factdesk", "--db", str(path), "claims", "list"]
    base_argv = [sys.executable, "-c", CLI_BASELINE, str(path), IDS_SQL, _rows_sql()]
    _until_exit(ours_argv, env, workdir)
    _until_exit(base_argv, env, workdir)
    ours, base = [], []
    for _ in range(repeat):
        base.append(_until_exit(base_argv, env, workdir))
        ours.append(_until_exit(ours_argv, env, workdir))
    return median(ours), median(base)


def run(path: Path, workdir: Path, size: SynthSize, *, repeat: int = REPEAT) -> list[Figure]:
    from factdesk.services import open_case
    from factdesk.services.sample import load_sample_case

    start = window_start(path, workdir, repeat=repeat)
    figures = [
        Figure(
            "start: window with the last case's first screen",
            start["ours"],
            start["bare"],
            goal=GOAL,
            extra={
                "baseline": "bare PySide6 QMainWindow with a QLabel, process start to first frame",
                "cpu_s": round(start["ours_cpu"], 3),
                "baseline_cpu_s": round(start["bare_cpu"], 3),
            },
        )
    ]
    big, empty = big_against_empty(path, workdir, repeat=repeat)
    figures.append(
        Figure(
            f"start: window on {size.claims:,} claims vs an empty case file",
            big,
            empty,
            goal=OPEN_GOAL,
            extra={"baseline": "the same window on an empty case file"},
        )
    )
    sample = workdir / "sample.factdesk"
    if not sample.exists():
        with open_case(sample, daily_backup=False) as case:
            load_sample_case(case)
    ours, base = cli_list(sample, workdir, repeat=repeat)
    figures.append(
        Figure(
            "start: factdesk claims list (sample case)",
            ours,
            base,
            goal=GOAL,
            extra={"baseline": "a process importing SQLAlchemy, running the same query"},
        )
    )
    return figures


def xvfb_start(path: Path, workdir: Path, display: str, *, repeat: int = REPEAT) -> dict[str, Any]:
    """The same start measured on an X server (Xvfb), for the README's figures."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed")
    return window_start(path, workdir, repeat=repeat, display=display)


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.perf.bench_startup --display :94``: the start on an X server."""
    import argparse
    import tempfile

    from tests.perf.__main__ import private_folders
    from tests.perf.synth import build_case_file

    parser = argparse.ArgumentParser(prog="python -m tests.perf.bench_startup")
    parser.add_argument("--display", required=True, help="an X display to open windows on")
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=REPEAT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-start-") as tmp, private_folders(Path(tmp)):
        work = Path(tmp)
        path = build_case_file(work / "bench.factdesk", SynthSize(claims=args.claims))
        found = xvfb_start(path, work, args.display, repeat=args.repeat)
    found["ratio"] = round(found["ours"] / found["bare"], 3)
    print(json.dumps({"display": args.display, "claims": args.claims, **found}, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
