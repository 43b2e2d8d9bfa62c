"""Entry point of ``factdesk``: global options, subcommands, error handling.

Errors a user can act on print one line on stderr and exit 1; usage errors
exit 2 (argparse); no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from factdesk import __version__, i18n, paths
from factdesk.cli import (
    attachment,
    bundle,
    claims,
    evidence,
    export,
    imports,
    report,
    safety,
    sample,
    team,
)
from factdesk.errors import DamagedCaseFileError, FactDeskError
from factdesk.i18n import _
from factdesk.locations import CaseLocation, ServerAddress, parse_location
from factdesk.services import open_case
from factdesk.services.backups import damage_advice
from factdesk.settings import author_name, load_settings

COMMAND_MODULES = [
    claims,
    evidence,
    attachment,
    sample,
    bundle,
    imports,
    export,
    report,
    safety,
    team,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdesk",
        description="FactDesk: build fact-checks offline. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"factdesk {__version__}")
    parser.add_argument(
        "--db",
        type=case_location,
        metavar="PATH|URL",
        help="the case file to use (default: the one in your data folder), or a shared case "
        "on a server: postgresql://user@host:port/dbname",
    )
    parser.add_argument(
        "--lang",
        dest="message_language",
        choices=list(i18n.LANGUAGES),
        metavar="LANG",
        help="the language of messages, and of reports unless report --lang says otherwise: "
        + ", ".join(i18n.LANGUAGES)
        + " (default: the locale's, as LANGUAGE, LC_ALL, LC_MESSAGES or LANG give it; else en)."
        " --json output is never translated",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def case_location(text: str) -> CaseLocation:
    """``--db``: a path, or a server address (refused as a usage error if malformed)."""
    try:
        return parse_location(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def message_language(args: argparse.Namespace) -> str:
    """``--lang``, else the locale's language; English for ``--json``, which scripts read."""
    if getattr(args, "json", False):
        return i18n.SOURCE_LANGUAGE
    return args.message_language or i18n.from_environment()


def fail(message: str) -> int:
    sys.stderr.write(f"factdesk: error: {message}\n")
    return 1


def undecodable_argument(argv: Sequence[str]) -> str | None:
    """A message naming the first argument that is not valid UTF-8 (None: all are).

    Python hands such bytes over as lone surrogates, which could never be
    stored or printed; they are refused here, before anything uses them.
    """
    for number, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raw = arg.encode("utf-8", "surrogateescape")
            shown = repr(raw[:60])[2:-1] + ("…" if len(raw) > 60 else "")
            return _(
                "argument {number} ({shown}) is not valid UTF-8; FactDesk takes text and "
                "file names in UTF-8."
            ).format(number=number, shown=shown)
    return None


def robust_output() -> None:
    """Text that the terminal's encoding cannot show is escaped rather than an error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(
    argv: Sequence[str] | None = None,
    run_window: Callable[[CaseLocation | None], int] | None = None,
) -> int:
    """Run one command; without one, hand over to ``run_window`` (the window)."""
    robust_output()
    parser = build_parser()
    problem = undecodable_argument(sys.argv[1:] if argv is None else argv)
    if problem is not None:
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"factdesk: error: {problem}\n")
        return 2
    args = parser.parse_args(argv)
    i18n.set_language(message_language(args))
    if args.command is None:
        if run_window is None:
            parser.print_help()
            return 2
        return run_window(args.db)
    db = args.db or paths.default_location()
    try:
        run = args.run
        if getattr(run, "needs_case", True):
            with open_case(db, author=author_name(load_settings())) as case:
                for notice in case.notices:
                    sys.stderr.write(f"factdesk: warning: {notice}\n")
                if case.backup_problem:
                    sys.stderr.write(f"factdesk: warning: {case.backup_problem}\n")
                return int(run(args, case))
        if isinstance(db, ServerAddress) and not getattr(run, "on_server", False):
            return fail(
                _(
                    "`factdesk {command}` works on case files; {case} is a shared case "
                    "on a server (back it up with `factdesk backup -o FILE`)."
                ).format(command=args.command, case=db.shown)
            )
        return int(run(args, db))
    except DamagedCaseFileError as exc:
        return fail(f"{exc} {damage_advice(Path(str(exc.path)))}")
    except FactDeskError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return fail(_("interrupted; nothing was changed by the unfinished command."))
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so in one line, keep the details in a log
        log = paths.data_dir() / "factdesk-error.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(traceback.format_exc(), encoding="utf-8")
        except OSError:
            pass
        return fail(
            _("internal error ({error}); details in {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log
            )
        )
