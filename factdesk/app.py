"""Composition root: the ``factdesk`` command starts the command line or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def no_display() -> bool:
    """True on Linux without a screen to show the window on (Qt would abort)."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run_window(db: Path | None) -> int:
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


def window_only(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """Whether the arguments ask for the window alone (nothing, or just ``--db PATH``),
    and the case file named.  The window then starts without building the parser
    of every command and loading their modules."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, Path(argv[0].removeprefix("--db="))
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window, db = window_only(args)
    if window:
        return run_window(db)
    from factdesk.cli.main import main as cli_main

    return cli_main(args, run_window=run_window)
