"""Opening a case file in the claim list, and the window's memory, against an empty case file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.perf.synth import SynthSize
from tests.perf.timing import Figure, median

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 5
FIRST_SCREEN_ROWS = 40

# Run in a child process so each measurement starts cold in Python and Qt
# terms and so the resident memory belongs to this case file alone.
CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import Qt
app = QApplication([])
from factdesk.services import open_case
from factdesk.gui.claim_table_model import ClaimTableModel
mode, path, rows = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
def rss_mib():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
if mode == "model":
    start = time.perf_counter()
    case = open_case(path, daily_backup=False)
    model = ClaimTableModel(case)
    model.start()
    for r in range(min(rows, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
    print(json.dumps({"seconds": time.perf_counter() - start}))
else:
    from factdesk.gui.main_window import MainWindow
    from factdesk.settings import load_settings
    case = open_case(path, daily_backup=False)
    window = MainWindow(case, load_settings())
    window.show()
    for _ in range(20):
        app.processEvents()
    print(json.dumps({"rss_mib": rss_mib()}))
"""


def child(mode: str, path: Path, workdir: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACTDESK_CONFIG_DIR": str(workdir / "config"),
        "FACTDESK_DATA_DIR": str(workdir / "data"),
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path), str(FIRST_SCREEN_ROWS)],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        check=True,
        timeout=600,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(path: Path, workdir: Path, size: SynthSize) -> list[Figure]:
    from factdesk.services import open_case

    empty = workdir / "empty.factdesk"
    open_case(empty).close()
    ours = median([child("model", path, workdir)["seconds"] for _ in range(REPEAT)])
    base = median([child("model", empty, workdir)["seconds"] for _ in range(REPEAT)])
    # Reported without a goal of its own: opening reads a count and a page of rows,
    # a few milliseconds; the "open at N claims as fast as empty" goal is held by the
    # start-up figure, process start to first frame, which is what a person waits for.
    figures = [
        Figure(
            "open + first screen of the claim list (in process)",
            ours,
            base,
            goal=None,
            extra={"baseline": "the same on an empty case file"},
        )
    ]
    big = child("window", path, workdir)["rss_mib"]
    small = child("window", empty, workdir)["rss_mib"]
    figures.append(Figure("window resident memory", big, small, goal=1.5, unit="MiB"))
    return figures
