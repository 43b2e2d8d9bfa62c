"""Composition root: the ``factdesk`` command starts the command line or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from factdesk.cli.main import main as cli_main


def run_window(db: Path | None) -> int:
    """Start the desktop window on ``db`` (or the last / default case file)."""
    try:
        from factdesk.gui.application import run
    except ImportError as exc:
        sys.stderr.write(f"factdesk: error: the window cannot start ({exc}).\n")
        return 1
    return run(db)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, run_window=run_window)
