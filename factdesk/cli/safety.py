"""``factdesk backup | backups | restore | check``: keeping a case file safe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.errors import CaseFileError, FactDeskError
from factdesk.i18n import _
from factdesk.locations import ServerAddress, parse_location
from factdesk.services import Case, open_case
from factdesk.services.backups import (
    format_age,
    format_size,
    list_backups,
    restore_backup,
    save_copy,
)
from factdesk.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="write a verified copy of the case file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(run=run_backup)

    p = sub.add_parser(
        "copy",
        help="copy a whole case between a case file and a server (either way), verified",
    )
    p.add_argument("source", metavar="SOURCE", help="a case file, or postgresql://…")
    p.add_argument("dest", metavar="DEST", help="a new case file, or an empty server database")
    p.set_defaults(run=run_copy)

    p = sub.add_parser("backups", help="list the automatic backups of the case file")
    p.set_defaults(run=run_backups)

    p = sub.add_parser("restore", help="put a backup in place of the case file")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=run_restore)

    p = sub.add_parser("check", help="check the case file through and through")
    p.add_argument(
        "--repair",
        action="store_true",
        help="repair what can be repaired safely (search index, a shared case's claim count)",
    )
    p.set_defaults(run=run_check)


def run_backup(args: argparse.Namespace, case: Case) -> int:
    if case.on_server:
        from factdesk.services.transfer import copy_open_case

        # One repeatable-read snapshot of the shared case, as a case file that the
        # restore path and offline work on a laptop both take.
        result = copy_open_case(case, args.output)
        print(
            _("Wrote a case file snapshot of {case} to {file}.").format(
                case=case.path.name, file=args.output
            )
        )
        print(_("Verified: {summary}.").format(summary=result.copy.summary()))
        return 0
    size = save_copy(case, args.output)
    print(
        _("Wrote a verified copy of {name} to {path} ({size}).").format(
            name=case.path.name, path=args.output, size=format_size(size)
        )
    )
    return 0


def run_copy(args: argparse.Namespace, _db: object) -> int:
    try:
        source, dest = parse_location(args.source), parse_location(args.dest)
    except ValueError as exc:
        raise FactDeskError(str(exc)) from None
    from factdesk.services.transfer import copy_case

    result = copy_case(source, dest)
    print(_("Copied {source} to {dest}.").format(source=_shown(source), dest=_shown(dest)))
    for table, count in result.copy.counts.items():
        if count:
            print(f"  {table:<20} {count:>9}")
    print(_("Content digest {digest} (source and copy alike).").format(digest=result.copy.digest))
    return 0


run_copy.needs_case = False  # type: ignore[attr-defined]
run_copy.on_server = True  # type: ignore[attr-defined]


def _shown(location: object) -> str:
    return location.shown if isinstance(location, ServerAddress) else str(location)


def run_backups(args: argparse.Namespace, db: Path) -> int:
    backups = list_backups(db)
    if not backups:
        print(_("No backups of {path} yet.").format(path=db))
        return 0
    print(_("Backups of {path}, newest first:").format(path=db))
    for b in backups:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"  {when}  {format_age(b.age()):>16}  {format_size(b.size):>10}  "
            f"{b.label:<26}  {b.path}"
        )
    return 0


run_backups.needs_case = False  # type: ignore[attr-defined]


def confirm(question: str) -> bool:
    """Ask on the terminal; without one (a script), refuse rather than guess."""
    if not sys.stdin.isatty():
        raise CaseFileError(
            _("restoring replaces the case file; run it in a terminal to confirm, or add --yes.")
        )
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def run_restore(args: argparse.Namespace, db: Path) -> int:
    if not args.yes and not confirm(
        _(
            "Replace {path} with the backup {backup}? "
            "The current file is kept aside as a backup first."
        ).format(path=db, backup=args.backup.name)
    ):
        print(_("Nothing was changed."))
        return 1
    result = restore_backup(db, args.backup)
    print(_("Restored {path} from {backup}.").format(path=db, backup=result.restored_from))
    if result.kept_aside is not None:
        print(_("The file it replaced is kept at {path}.").format(path=result.kept_aside.path))
    return 0


run_restore.needs_case = False  # type: ignore[attr-defined]


def run_check(args: argparse.Namespace, db: Path) -> int:
    from factdesk.services.check import check_case, repair

    # Looked at as it is: nothing is repaired, upgraded or backed up to check it.
    with open_case(db, inspect=True) as case:
        report = check_case(case)
    if report.repairable and args.repair:
        # Opening for writing removes schema objects another program added (after a backup).
        with open_case(db, author=load_settings().author) as case:
            if case.read_only:
                raise FactDeskError(
                    _("{name} is read-only; it cannot be repaired.").format(name=case.path.name)
                )
            for notice in case.notices:
                print(notice)
            for done in repair(case):
                print(done)
            report = check_case(case)
    print(report.summary())
    for finding in report.findings:
        print(f"- {finding.message}")
        for detail in finding.details:
            print(f"    {detail}")
    if report.repairable and not args.repair:
        print(_("Run `factdesk check --repair` to repair what can be repaired safely."))
    return 0 if report.sound else 1


run_check.needs_case = False  # type: ignore[attr-defined]
run_check.on_server = True  # type: ignore[attr-defined]
