"""Reading files to attach: at once when small, in the background when large.

Reading a file means hashing it and, for a web capture, reading every record
to verify its digests; for an image, decoding it for its hashes and
thumbnail.  A large capture takes long enough to freeze the window, so
files over :data:`BACKGROUND_BYTES` are read in a worker thread behind a
progress dialog with a Cancel button.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from factdesk.errors import FactDeskError
from factdesk.gui.controller import CaseController
from factdesk.gui.translation import translate
from factdesk.gui.undo_commands import CaseCommand
from factdesk.gui.worker import run_with_progress
from factdesk.services.evidence import PreparedFile, prepare_file
from factdesk.services.progress import Progress

BACKGROUND_BYTES = 1024 * 1024


def _size(paths: Sequence[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):  # reading it will say what is wrong
            total += path.stat().st_size
    return total


def _prepare_all(paths: Sequence[Path], progress: Progress | None) -> list[PreparedFile]:
    return [prepare_file(Path(p), progress) for p in paths]


def prepare_files(
    parent: QWidget,
    controller: CaseController,
    paths: Sequence[Path],
    on_ready: Callable[[list[PreparedFile]], None],
) -> None:
    """Read ``paths`` (in the background when large), then hand them to ``on_ready``."""
    if _size(paths) <= BACKGROUND_BYTES:
        try:
            files = _prepare_all(paths, None)
        except FactDeskError as exc:
            controller.report(str(exc))
            return
        on_ready(files)
        return
    run_with_progress(
        parent,
        translate("attach_worker", "Reading files to attach"),
        lambda progress: _prepare_all(paths, progress),
        on_done=on_ready,
        on_failed=controller.report,
    )


def attach_files(
    parent: QWidget,
    controller: CaseController,
    paths: Sequence[Path],
    make_command: Callable[[list[PreparedFile]], CaseCommand],
) -> None:
    """Read and store files as one undoable command; large ones wholly in the background."""
    if _size(paths) <= BACKGROUND_BYTES:
        try:
            files = _prepare_all(paths, None)
        except FactDeskError as exc:
            controller.report(str(exc))
            return
        controller.run(make_command(files))
        return

    def work(progress: Progress) -> tuple[CaseCommand, object]:
        command = make_command(_prepare_all(paths, progress))
        progress.start(0, translate("attach_worker", "Storing in the case file"))
        return command, command.first_do()

    run_with_progress(
        parent,
        translate("attach_worker", "Attaching files"),
        work,
        on_done=lambda result: controller.push_done(*result),
        on_failed=controller.report,
    )
