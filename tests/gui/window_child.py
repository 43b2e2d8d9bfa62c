"""A window in its own process, typing a verdict's rationale until it is killed.

Run by test_killed_window.py: ``python window_child.py CASE_FILE``.  It types
"Part one. " into the rationale of the case's first claim (no rating
chosen), waits longer than the autosave delay, prints ``PAUSED``, then goes
on typing until the test kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTDESK_AUTOSAVE_MS", "100")


def main(path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from factdesk.gui.main_window import MainWindow
    from factdesk.services import open_case
    from factdesk.settings import load_settings

    app = QApplication([])
    window = MainWindow(open_case(path, author="Child", daily_backup=False), load_settings())
    window.show()
    window.activateWindow()
    app.processEvents()
    rationale = window.verdict.rationale
    rationale.setFocus(Qt.FocusReason.MouseFocusReason)
    app.processEvents()
    QTest.keyClicks(rationale, "Part one. ")
    QTest.qWait(400)
    print("PAUSED", flush=True)
    while True:
        QTest.keyClicks(rationale, "more words ")
        QTest.qWait(20)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
