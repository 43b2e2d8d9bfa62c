"""Where FactDesk may write a file it was asked to write: never over a case file.

Every command and dialog that writes a file (a report, a bundle, a copy of
the case file, a copy of an attachment) asks :func:`check_output_target`
first.  It refuses the open case file, its ``-wal``, ``-shm`` and
``-journal``, its backups (and their ``-wal``), and any other FactDesk case
file, whether the target names them directly, through a symbolic link or as
another hard link to the same file.
"""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.errors import ValidationError
from factdesk.i18n import _
from factdesk.store.identity import APPLICATION_ID, SQLITE_MAGIC

SIDE_FILES = ("-wal", "-shm", "-journal")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)  # follows symbolic links
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _real(path: Path) -> str:
    return os.path.realpath(os.path.abspath(os.path.expanduser(path)))


def protected_files(case_path: Path) -> list[Path]:
    """The case file, its SQLite side files and its backups (with theirs)."""
    from factdesk.services.backups import list_backups

    case_path = Path(case_path)
    found = [case_path, *(case_path.with_name(case_path.name + s) for s in SIDE_FILES)]
    for info in list_backups(case_path):
        found += [info.path, *(info.path.with_name(info.path.name + s) for s in SIDE_FILES)]
    return found


def is_case_file(path: Path) -> bool:
    """Whether ``path`` holds a FactDesk case file (read from its header alone)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(72)
    except OSError:
        return False
    return header.startswith(SQLITE_MAGIC) and header[68:72] == APPLICATION_ID.to_bytes(4, "big")


def check_output_target(
    case_path: Path, target: Path, what: str, *, other_case_files: bool = False
) -> None:
    """Refuse to write ``what`` (a report, a bundle…) to ``target`` if that would destroy
    the case file at ``case_path``, one of its side files or backups, or (unless
    ``other_case_files``, for a copy of the case file) any other case file."""
    target = Path(target)
    real = _real(target)
    identity = _identity(target)
    for protected in protected_files(case_path):
        same_name = real == _real(protected)
        same_file = identity is not None and identity == _identity(protected)
        if same_name or same_file:
            if protected == Path(case_path):
                message = (
                    _(
                        "cannot write {what} to {target}: it is the open case file, "
                        "which must not be overwritten. Choose another file name."
                    )
                    if same_name
                    else _(
                        "cannot write {what} to {target}: it is the open case file (through a "
                        "link), which must not be overwritten. Choose another file name."
                    )
                )
            else:
                message = (
                    _(
                        "cannot write {what} to {target}: it is {name}, part of the open case "
                        "file or its backups, which must not be overwritten. "
                        "Choose another file name."
                    )
                    if same_name
                    else _(
                        "cannot write {what} to {target}: it is {name}, part of the open case "
                        "file or its backups (through a link), which must not be overwritten. "
                        "Choose another file name."
                    )
                )
            raise ValidationError(message.format(what=what, target=target, name=protected.name))
    if not other_case_files and identity is not None and is_case_file(target):
        raise ValidationError(
            _(
                "cannot write {what} to {target}: it is a FactDesk case file, which must not be "
                "overwritten. Choose another file name."
            ).format(what=what, target=target)
        )
