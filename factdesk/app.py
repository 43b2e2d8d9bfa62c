"""Composition root: the ``factdesk`` command starts the command line or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from factdesk.cli.main import main as cli_main
from factdesk.locations import CaseLocation


def no_display() -> bool:
    """True on Linux without a screen to show the window on (Qt would abort)."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run_window(db: CaseLocation | None) -> int:
    """Start the desktop window on ``db`` (or the last / default case file)."""
    if no_display():
        sys.stderr.write(
            "factdesk: error: no display to open the window on; "
            "run it in a desktop session, or use a command (factdesk --help).\n"
        )
        return 1
    try:
        from factdesk.gui.application import run
    except ImportError as exc:
        sys.stderr.write(f"factdesk: error: the window cannot start ({exc}).\n")
        return 1
    return run(db)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, run_window=run_window)
