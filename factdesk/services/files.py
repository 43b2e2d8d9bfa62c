"""Writing a file the user asked for: whole or not at all, and never over a case file.

Every file FactDesk writes at a place the user chose (a report, a
spreadsheet, a ClaimReview feed, a copy of an attachment) goes through this
module, and every function here asks :func:`check_target` first, so no
command or dialog can forget to protect the case file, its side files and
its backups.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import secrets
import tempfile
from collections.abc import Iterable
from pathlib import Path

from factdesk.errors import ValidationError
from factdesk.i18n import _
from factdesk.services.progress import Progress
from factdesk.services.targets import check_output_target

WRITE_BUFFER = 1 << 20
CHECK_EVERY = 64  # chunks between looks at the Cancel button


def check_target(case_path: Path, target: Path, what: str) -> Path:
    """``target`` if ``what`` (e.g. "the report") may be written there, else a clear refusal."""
    target = Path(target)
    check_output_target(case_path, target, what)
    if target.is_dir():
        raise ValidationError(
            _("cannot write {what} to {target}: it is a folder.").format(what=what, target=target)
        )
    if not target.parent.is_dir():
        raise ValidationError(
            _("cannot write {what} to {target}: folder {folder} does not exist.").format(
                what=what, target=target, folder=target.parent
            )
        )
    return target


def write_new_file(target: Path, data: bytes, *, case_path: Path, what: str) -> None:
    """Write ``data`` to a new file beside ``target``, then move it into place.

    The target's name gets a new file: a hard or symbolic link at that name is
    replaced, never written through, and a failed write leaves nothing.
    """
    target = check_target(case_path, target, what)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise ValidationError(
            _("cannot write {what} to {target} ({reason}).").format(
                what=what, target=target, reason=exc.strerror or exc
            )
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_text_file(
    target: Path,
    chunks: Iterable[str],
    *,
    case_path: Path,
    what: str,
    progress: Progress | None = None,
) -> None:
    """Write ``chunks`` as UTF-8 to ``target`` through a temporary file beside it.

    The file is created with the permissions of any new document (0666 less
    the user's umask), not a temporary file's 0600, so a report saved to a
    shared folder can be read by those it is for.  The chunks are written as
    they come, so a large report never sits in memory whole; ``progress`` is
    checked for cancelling every CHECK_EVERY chunks.  On any failure or cancel,
    nothing is left at ``target`` or beside it.
    """
    target = check_target(case_path, target, what)
    tmp_name: str | None = None
    try:
        fd, tmp_name = _new_file_beside(target)
        # newline="": the text goes out byte for byte as rendered, on every system.
        with open(fd, "w", encoding="utf-8", newline="", buffering=WRITE_BUFFER) as handle:
            pieces = iter(chunks)
            while batch := list(itertools.islice(pieces, CHECK_EVERY)):
                if progress is not None:
                    progress.check()
                handle.write("".join(batch))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ValidationError(
            _("cannot write {what} to {target} ({reason}).").format(
                what=what, target=target, reason=reason
            )
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _new_file_beside(target: Path) -> tuple[int, str]:
    """A new, empty file in ``target``'s folder under an unused name (mode 0666 & ~umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        name = os.path.join(target.parent, f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(name, flags, 0o666), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(target.parent))
