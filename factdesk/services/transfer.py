"""Moving a whole case between a case file and a server, in either direction.

``factdesk copy SOURCE DEST`` and ``factdesk backup -o FILE`` on a shared
case both come here.  The source is read in one snapshot (a repeatable-read
transaction on a server), so colleagues may go on working meanwhile; the
destination is written in one transaction (a case file is written beside
its final name and put in place only once verified), then read back and
compared with the source: the same rows in every table, by a content digest.
A copy that does not verify is not left behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.errors import CaseFileError
from factdesk.i18n import _
from factdesk.locations import CaseLocation, ServerAddress, parse_location
from factdesk.services.case import Case, open_case
from factdesk.services.progress import Progress
from factdesk.store import transfer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class CopyResult:
    source: transfer.CaseContent
    copy: transfer.CaseContent

    @property
    def verified(self) -> bool:
        return self.source == self.copy


def copy_case(
    source: CaseLocation | str, dest: CaseLocation | str, *, progress: Progress | None = None
) -> CopyResult:
    """Copy the case at ``source`` to ``dest``: a new case file, or a server database that
    holds no claims yet.  Raises :class:`CaseFileError` (nothing left at ``dest``) if the
    copy cannot be made or does not verify."""
    src, dst = parse_location(source), parse_location(dest)
    if src == dst:
        raise CaseFileError(_("the source and the destination are the same case."))
    with open_case(src, daily_backup=False, read_only=isinstance(src, ServerAddress)) as case:
        return copy_open_case(case, dst, progress=progress)


def copy_open_case(
    case: Case, dest: CaseLocation, *, progress: Progress | None = None
) -> CopyResult:
    """Copy an open case to ``dest`` (see :func:`copy_case`)."""
    if isinstance(dest, ServerAddress):
        return _to_server(case, dest, progress)
    return _to_file(case, Path(dest).expanduser(), progress)


def _to_file(case: Case, dest: Path, progress: Progress | None) -> CopyResult:
    if dest.exists():
        raise CaseFileError(_("{file} already exists; copy to a new file.").format(file=dest))
    if not dest.parent.is_dir():
        raise CaseFileError(_("{folder} is not a folder.").format(folder=dest.parent))
    partial = dest.with_name(f".{dest.name}.partial")
    for extra in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            partial.with_name(partial.name + extra).unlink()
    try:
        with open_case(partial, daily_backup=False) as copy:
            result = _copy(case, copy, progress)
            copy.store.engine.dispose()
        for extra in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                partial.with_name(partial.name + extra).unlink()
        os.replace(partial, dest)
    except BaseException:
        for extra in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                partial.with_name(partial.name + extra).unlink()
        raise
    return result


def _to_server(case: Case, dest: ServerAddress, progress: Progress | None) -> CopyResult:
    with open_case(dest, daily_backup=False) as copy:
        if copy.claims.count():
            raise CaseFileError(
                _("{case} already holds claims; copy into an empty database.").format(
                    case=dest.shown
                )
            )
        return _copy(case, copy, progress)


def _copy(source: Case, dest: Case, progress: Progress | None) -> CopyResult:
    progress = progress or Progress()
    with _snapshot(source) as reading:
        expected = transfer.content_digest(reading)
        total = sum(expected.counts.values()) or 1
        progress.start(total, _("Copying the case"))

        def step(_table: str, done: int) -> None:
            progress.step(done, _("Copying the case"))

        with dest.store.writing() as writing:
            transfer.copy_rows(reading, writing, step)
            got = transfer.content_digest(writing)
            if got != expected:
                raise CaseFileError(
                    _(
                        "the copy does not match the source ({copy} against {source}); "
                        "nothing was kept."
                    ).format(copy=got.summary(), source=expected.summary())
                )
    return CopyResult(expected, got)


@contextlib.contextmanager
def _snapshot(case: Case) -> Iterator[Session]:
    """One consistent view of the whole case while it is read."""
    with case.store.reading() as session:
        if case.on_server:
            session.connection().exec_driver_sql(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
            )
        yield session
