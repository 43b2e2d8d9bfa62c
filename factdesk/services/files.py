"""Writing a file the user asked for, whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from factdesk.errors import ValidationError


def write_new_file(target: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``target``, then move it into place.

    The target's name gets a new file: a hard or symbolic link at that name is
    replaced, never written through, and a failed write leaves nothing.
    """
    target = Path(target)
    if target.is_dir():
        raise ValidationError(f"cannot write {target}: it is a folder.")
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
        raise ValidationError(f"cannot write {target} ({exc.strerror or exc}).") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
