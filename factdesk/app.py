"""Composition root: the ``factdesk`` command starts the command line or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def window_only(argv: Sequence[str]) -> tuple[bool, CaseLocation | None]:
    """Whether the arguments ask for the window alone (nothing, or just ``--db PATH|URL``),
    and the case named.  The window then starts without building the parser
    of every command and loading their modules.  (A malformed server address
    goes to the command line, which says what is wrong with it.)"""
    from factdesk.locations import parse_location

    if not argv:
        return True, None
    named = None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        named = argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        named = argv[0].removeprefix("--db=")
    if named is None:
        return False, None
    try:
        return True, parse_location(named)
    except ValueError:
        return False, None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window, db = window_only(args)
    if window:
        return run_window(db)
    from factdesk.cli.main import main as cli_main

    return cli_main(args, run_window=run_window)
