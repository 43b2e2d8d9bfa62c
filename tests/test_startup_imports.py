"""Starting needs only what the first screen needs: the heavy libraries load on first use.

Each check runs in a fresh interpreter and lists the libraries in
``sys.modules`` afterwards.  Opening a case file whose schema is current and
reading its first screen (the claim list, a claim, the rating scale) loads
neither Alembic nor SQLAlchemy, pydantic, Jinja2 or Markdown (nor does
``factdesk claims list``); an older
schema, a report and a bundle each load theirs, which shows the check sees
them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.services import open_case
from factdesk.services.sample import load_sample_case

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
HEAVY = ("alembic", "sqlalchemy", "pydantic", "jinja2", "markdown_it", "nh3", "PIL", "mako")
# What the window's first frame does without: Babel (dates in the history), the
# editors, exporting, bundles, imports, undo commands, worker threads, the sample,
# the method's rules (checked when publishing).
LATER = (
    "babel",
    "factdesk.gui.evidence_pane",
    "factdesk.gui.verdict_pane",
    "factdesk.gui.history_pane",
    "factdesk.gui.report_export",
    "factdesk.gui.bundle_transfer",
    "factdesk.gui.file_import",
    "factdesk.gui.undo_commands",
    "factdesk.gui.worker",
    "factdesk.services.evidence",
    "factdesk.services.verdicts",
    "factdesk.services.sample",
    "factdesk.services.readiness",
    "factdesk.services.sources",
)

CHILD = """
import json, sys
HEAVY = {heavy!r}
import factdesk.app
from factdesk.services import open_case
with open_case(sys.argv[1], daily_backup=False) as case:
    ids = case.claims.list_ids(limit=40)
    case.claims.rows(ids)
    case.claims.get_many(ids[:1])
    case.claims.count_matching()
    case.ratings.scale()
    case.history.latest_id()
    {then}
print(json.dumps(sorted(m for m in HEAVY if m in sys.modules)))
"""


def loaded_after(path: Path, then: str = "pass") -> list[str]:
    code = CHILD.format(heavy=HEAVY, then=then)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.fixture
def sample_case(tmp_path: Path) -> Path:
    path = tmp_path / "sample.factdesk"
    with open_case(path, daily_backup=False) as case:
        load_sample_case(case)
    return path


def test_opening_a_current_case_and_reading_loads_no_heavy_library(sample_case: Path) -> None:
    assert loaded_after(sample_case) == []


def test_an_older_schema_loads_alembic_to_upgrade(tmp_path: Path) -> None:
    old = tmp_path / "old.factdesk"
    shutil.copy(FIXTURES / "schema-0001.factdesk", old)
    assert "alembic" in loaded_after(old)


def test_a_report_loads_jinja2_and_markdown(sample_case: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    then = (
        "from pathlib import Path\n"
        "    from factdesk.services.reports import export_report\n"
        "    from factdesk.settings import Settings\n"
        f"    export_report(case, ids[:1], Path({str(target)!r}), settings=Settings())"
    )
    loaded = loaded_after(sample_case, then)
    assert "jinja2" in loaded and "markdown_it" in loaded


def test_reading_a_bundle_loads_pydantic(sample_case: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "out.factbundle"
    then = (
        "from pathlib import Path\n"
        "    from factdesk.services.bundles import export_bundle, inspect_bundle\n"
        f"    export_bundle(case, Path({str(bundle)!r}))\n"
        f"    inspect_bundle(Path({str(bundle)!r}))"
    )
    assert "pydantic" in loaded_after(sample_case, then)


WINDOW = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
HEAVY = {heavy!r}
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from factdesk.gui.main_window import MainWindow
from factdesk.services import open_case
from factdesk.settings import load_settings
window = MainWindow(open_case(sys.argv[1], daily_backup=False), load_settings())
seen = []

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest and not seen:
            seen.append(sorted(m for m in HEAVY if m in sys.modules))
            app.quit()
        return False

watcher = FirstFrame()
window.installEventFilter(watcher)
window.show()
app.exec()
print(json.dumps(seen[0]))
"""


def last_json_line(script: str, case: Path, tmp_path: Path) -> object:
    """Run ``script`` on ``case`` in a fresh process with private folders; its last line, read."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "FACTDESK_CONFIG_DIR": str(tmp_path / "config"),
        "FACTDESK_DATA_DIR": str(tmp_path / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script, str(case)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_window_paints_its_first_screen_with_no_heavy_library(
    sample_case: Path, tmp_path: Path
) -> None:
    assert last_json_line(WINDOW.format(heavy=HEAVY + LATER), sample_case, tmp_path) == []


CLI = """
import json, sys
HEAVY = {heavy!r}
from factdesk.app import main
code = main(["--db", sys.argv[1], "claims", "list"])
print(json.dumps([code, sorted(m for m in HEAVY if m in sys.modules)]))
"""


def test_listing_claims_on_the_command_line_loads_no_heavy_library(
    sample_case: Path, tmp_path: Path
) -> None:
    assert last_json_line(CLI.format(heavy=HEAVY), sample_case, tmp_path) == [0, []]


# A previous session: the window opened on the case file and closed soon after
# (which also shows that quitting while the day's backup may still be running
# ends cleanly).
PREVIOUS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
import factdesk.gui.main_window as main_window
attach = main_window.MainWindow.attach_case

def attach_then_close(self, case):
    attach(self, case)
    QTimer.singleShot(100, self.close)

main_window.MainWindow.attach_case = attach_then_close
from factdesk.app import main
code = main(["--db", sys.argv[1]])
print(code)
"""

# Starting again: what is loaded when the first frame has been painted.
AGAIN = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
HEAVY = {heavy!r}
from PySide6 import QtCore
from PySide6.QtCore import QEvent
import factdesk.gui.main_window as main_window
handle = main_window.MainWindow.event

def event(self, event):
    handled = handle(self, event)
    if event.type() == QEvent.Type.UpdateRequest and self.shows_first_screen():
        loaded = sorted(m for m in HEAVY if m in sys.modules)
        first = type(self.splitter.widget(0)).__name__
        print(json.dumps([first, "Qt" in vars(QtCore), loaded]), flush=True)
        os._exit(0)
    return handled

main_window.MainWindow.event = event
from factdesk.app import main
main([])
"""
# What only the opened case needs: services, the claim list pane, the case file's checks.
OPENED = (
    "factdesk.services.case",
    "factdesk.records",
    "factdesk.store.casefile",
    "factdesk.gui.controller",
    "factdesk.gui.claim_list_pane",
    "factdesk.gui.messages",
)


def test_starting_again_paints_the_claims_before_the_case_opens(
    sample_case: Path, tmp_path: Path
) -> None:
    """The first frame shows the last case's claims with none of the services loaded,
    and before PySide builds Qt's namespace enums."""
    assert last_json_line(PREVIOUS, sample_case, tmp_path) == 0
    found = last_json_line(AGAIN.format(heavy=HEAVY + LATER + OPENED), sample_case, tmp_path)
    assert found == ["FirstScreenList", False, []]
