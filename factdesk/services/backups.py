"""Backups of case files: when they are made, what they are called, which are kept.

Every backup is a verified online copy (see :mod:`factdesk.store.backup`) in
the user data folder, one folder per case file::

    <data dir>/backups/<case-file-stem>-<hash of its absolute path>/
        20261126T091500Z-daily.factdesk
        20261126T093012Z-pre-import.factdesk

Made automatically: at most once a day when a case file is opened (never
for an empty one), before a schema upgrade, before a bundle import, and
before a restore (the file being replaced).  Kept: one a day for the last 7
days, one a week for the last 4 weeks, and the last 5 of each other kind.
Copies made by hand into the folder under :func:`manual_backup_path`'s name
(the window's Back up now… suggests it) are listed too and never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk import paths
from factdesk.errors import CaseFileError, DamagedCaseFileError, FactDeskError
from factdesk.i18n import N_, _, ngettext
from factdesk.services.progress import Progress
from factdesk.services.targets import check_output_target
from factdesk.store.backup import (
    copy_facts,
    copy_into_live,
    file_access,
    fsync_path,
    integrity_problems,
    online_copy,
    remove_stale_temporaries,
)
from factdesk.store.casefile import read_header, settle_side_files, verify_copy

if TYPE_CHECKING:
    from factdesk.services.case import Case

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_EACH_EVENT = 5
SUFFIX = ".factdesk"

KIND_LABELS = {
    "daily": N_("daily"),
    "pre-migration": N_("before a schema upgrade"),
    "pre-import": N_("before an import"),
    "pre-restore": N_("before a restore"),
    "damaged": N_("damaged file kept aside (not restorable)"),
    "manual": N_("made with Back up now"),
    "pre-repair": N_("before removing what another program added"),
}
REASONS = {
    "migration": "pre-migration",
    "import": "pre-import",
    "restore": "pre-restore",
    "repair": "pre-repair",
}
_NAME = re.compile(
    r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>[a-z]+(?:-[a-z]+)?)(?:-(?P<n>\d+))?"
    + re.escape(SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, why it was made, when (UTC) and how big."""

    path: Path
    kind: str
    created_at: dt.datetime
    size: int

    @property
    def restorable(self) -> bool:
        return self.kind != "damaged"

    @property
    def label(self) -> str:
        return _(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind

    def age(self, now: dt.datetime | None = None) -> dt.timedelta:
        return (now or dt.datetime.now(dt.UTC)) - self.created_at


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: BackupInfo | None  # the replaced case file, as it was


# -- where and what ----------------------------------------------------------


def backup_folder(case_path: Path) -> Path:
    """The folder holding the backups of the case file at ``case_path``."""
    absolute = Path(case_path).expanduser().resolve()
    digest = hashlib.sha256(str(absolute).encode("utf-8")).hexdigest()[:10]
    return paths.data_dir() / "backups" / f"{absolute.stem}-{digest}"


def list_backups(case_path: Path) -> list[BackupInfo]:
    """The backups of ``case_path``, newest first."""
    folder = backup_folder(case_path)
    if not folder.is_dir():
        return []
    found: list[tuple[int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = _NAME.fullmatch(entry.name)
        if not match or not entry.is_file():
            continue
        created = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        try:
            stat = entry.stat()
        except OSError:
            continue
        found.append((stat.st_mtime_ns, BackupInfo(entry, match["kind"], created, stat.st_size)))
    # Names give the second; within one second the file times tell the order.
    found.sort(key=lambda pair: (pair[1].created_at, pair[0]), reverse=True)
    return [info for _mtime, info in found]


def newest_backup(case_path: Path) -> BackupInfo | None:
    """The newest backup that still passes SQLite's check, or None."""
    for info in list_backups(case_path):
        if info.restorable and not integrity_problems(info.path, file_access(info.path)):
            return info
    return None


def _new_backup_path(case_path: Path, kind: str, now: dt.datetime) -> Path:
    folder = backup_folder(case_path)
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = folder / f"{stamp}-{kind}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stamp}-{kind}-{n}{SUFFIX}"
        n += 1
    return candidate


def manual_backup_path(case_path: Path, *, now: dt.datetime | None = None) -> Path:
    """A new name in the backup folder for a copy made by hand (the folder is created).

    A copy saved under it is listed with the other backups and never rotated away.
    """
    path = _new_backup_path(case_path, "manual", now or dt.datetime.now(dt.UTC))
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


# -- making backups ------------------------------------------------------------


def backup_file(
    case_path: Path,
    kind: str,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the case file at ``case_path`` now (a verified copy), then rotate."""
    if kind not in KIND_LABELS or kind == "damaged":
        raise ValueError(f"unknown backup kind {kind!r}")
    now = now or dt.datetime.now(dt.UTC)
    dest = _new_backup_path(case_path, kind, now)
    dest.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(dest.parent)
    size = online_copy(Path(case_path), dest, progress=_page_progress(progress))
    rotate(case_path, now=now)
    return BackupInfo(dest, kind, now.replace(microsecond=0), size)


def backup_before(
    case: Case, reason: str, *, progress: Progress | None = None
) -> BackupInfo | None:
    """Back up an open case before a risky operation: ``reason`` is "import", "migration"
    or "restore".  Raises :class:`CaseFileError` when the copy cannot be made, so the
    operation can be refused.  A shared case on a server is backed up by its
    administrators (``factdesk backup``), and an import there is one transaction
    that either lands whole or not at all: None."""
    kind = REASONS.get(reason, reason)
    if kind not in REASONS.values():
        raise ValueError(f"unknown backup reason {reason!r}")
    if case.on_server:
        return None
    try:
        return backup_file(case.path, kind, progress=progress)
    except DamagedCaseFileError:
        raise
    except (FactDeskError, OSError) as exc:
        raise CaseFileError(
            _("could not back up {name} first ({reason}); nothing was changed.").format(
                name=case.path.name, reason=exc
            )
        ) from exc


def backup_before_migration(case_path: Path) -> None:
    """Called by the store before it upgrades an existing case file's schema."""
    try:
        backup_file(case_path, "pre-migration")
    except DamagedCaseFileError:
        raise
    except (FactDeskError, OSError) as exc:
        raise CaseFileError(
            _(
                "{path} needs a schema upgrade, but it could not be backed up first ({reason}). "
                "It was not upgraded."
            ).format(path=case_path, reason=exc)
        ) from exc


def backup_before_schema_repair(case_path: Path) -> None:
    """Called by the store before it removes schema objects another program added."""
    try:
        backup_file(case_path, "pre-repair")
    except DamagedCaseFileError:
        raise
    except (FactDeskError, OSError) as exc:
        raise CaseFileError(
            _(
                "{path} holds schema objects another program added, and it could not be "
                "backed up before removing them ({reason}). It was left as it is."
            ).format(path=case_path, reason=exc)
        ) from exc


def ensure_daily_backup(
    case: Case, *, now: dt.datetime | None = None, progress: Progress | None = None
) -> BackupInfo | None:
    """Make today's backup of ``case`` unless it has one (or holds no claims yet).

    A shared case on a server is backed up by the server's administrators (and
    snapshotted with ``factdesk backup -o``): nothing to do here.
    """
    if case.on_server:
        return None
    now = now or dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    for info in list_backups(case.path):
        if info.kind == "daily" and info.created_at.astimezone().date() == today:
            return None
    if case.claims.count() == 0:
        return None
    return backup_file(case.path, "daily", now=now, progress=progress)


def save_copy(case: Case, dest: Path, *, progress: Progress | None = None) -> int:
    """Write a verified copy of ``case`` to ``dest`` (``factdesk backup -o``); returns its size."""
    dest = Path(dest).expanduser()
    check_output_target(case.path, dest, _("the copy"), other_case_files=True)
    if dest.is_dir():
        raise CaseFileError(
            _("{path} is a folder; give a file name for the copy.").format(path=dest)
        )
    return online_copy(case.path, dest, progress=_page_progress(progress))


def _page_progress(progress: Progress | None):
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        if progress.total != total:
            progress.start(total, "Copying the case file")
        progress.step(done - progress.done)

    return report


def keep_damaged_copy(case_path: Path, *, now: dt.datetime | None = None) -> BackupInfo:
    """Copy a damaged case file (with its -wal) aside byte for byte; it cannot be verified."""
    now = now or dt.datetime.now(dt.UTC)
    dest = _new_backup_path(case_path, "damaged", now)
    dest.parent.mkdir(parents=True, exist_ok=True)
    case_path = Path(case_path)
    for extra in ("", "-wal"):
        src = case_path.with_name(case_path.name + extra)
        if src.exists():
            target = dest.with_name(dest.name + extra)
            shutil.copyfile(src, target)
            fsync_path(target)
    fsync_path(dest.parent, directory=True)
    return BackupInfo(dest, "damaged", now.replace(microsecond=0), dest.stat().st_size)


# -- rotation ------------------------------------------------------------------


def rotate(case_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the keeping rules no longer need; returns what was deleted."""
    backups = list_backups(case_path)  # newest first
    keep: set[Path] = set()
    daily = [b for b in backups if b.kind == "daily"]
    days: dict[dt.date, BackupInfo] = {}
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in daily:
        local = b.created_at.astimezone().date()
        days.setdefault(local, b)
        iso = local.isocalendar()
        weeks.setdefault((iso.year, iso.week), b)
    keep.update(b.path for b in list(days.values())[:KEEP_DAILY])
    keep.update(b.path for b in list(weeks.values())[:KEEP_WEEKLY])
    keep.update(b.path for b in backups if b.kind == "manual")  # the user's own: never deleted
    for kind in {b.kind for b in backups if b.kind not in ("daily", "manual")}:
        keep.update(b.path for b in [b for b in backups if b.kind == kind][:KEEP_EACH_EVENT])
    if any(b.path not in keep for b in backups):
        keep.update(_fullest(backups))
    removed = []
    for b in backups:
        if b.path not in keep:
            for extra in ("", "-wal"):
                with contextlib.suppress(FileNotFoundError):
                    b.path.with_name(b.path.name + extra).unlink()
            removed.append(b.path)
    return removed


def _fullest(backups: list[BackupInfo]) -> set[Path]:
    """The backups no rotation may delete: for each case the folder has held, its newest
    backup with the most claims.

    So a worse copy never pushes out the only good one: a case emptied (or
    replaced by another program's data) and then backed up day after day still
    has its fullest backup.
    """
    best: dict[str | None, tuple[int, BackupInfo]] = {}
    for info in backups:  # newest first: on a tie the newer one stays
        if not info.restorable:
            continue
        facts = copy_facts(info.path)
        if facts is None:
            continue
        case_id, claims = facts
        if case_id not in best or claims > best[case_id][0]:
            best[case_id] = (claims, info)
    return {info.path for _claims, info in best.values()}


# -- restoring -----------------------------------------------------------------


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a sound FactDesk case file this version can open.

    The file is read alone (nothing beside it is applied) and checked
    completely before anything is replaced.
    """
    backup = Path(backup)
    try:
        verify_copy(backup)
    except DamagedCaseFileError as exc:
        raise CaseFileError(
            _("{path} is damaged and cannot be restored ({reason}).").format(
                path=backup, reason=exc
            )
        ) from exc
    except CaseFileError as exc:
        raise CaseFileError(_("{problem} It cannot be restored.").format(problem=exc)) from exc


def restore_backup(case_path: Path, backup: Path) -> RestoreResult:
    """Put ``backup`` in place of the case file at ``case_path``.

    The backup is checked first; the current file (damaged or not) is kept
    aside as a backup; then the backup's contents replace the case file in
    one step and the result is checked.  Another FactDesk with the file open
    sees the restored contents at its next read.
    """
    case_path, backup = Path(case_path), Path(backup)
    if backup.resolve() == case_path.resolve():
        raise CaseFileError(_("a case file cannot be restored from itself."))
    check_backup(backup)
    # A log beside the case file that is not its own must not be folded into the
    # copy kept aside (nor into the restored file).
    settle_side_files(case_path)
    kept: BackupInfo | None = None
    sound = False
    if case_path.exists() and case_path.stat().st_size > 0:
        try:
            read_header(case_path)
            kept = backup_file(case_path, "pre-restore")
            sound = True
        except CaseFileError:
            kept = keep_damaged_copy(case_path)
    if sound:
        try:
            copy_into_live(backup, case_path)
        except sqlite3.Error:
            # Different page sizes cannot be copied into a WAL database.
            _replace_file(case_path, backup)
    else:
        _replace_file(case_path, backup)
    problems = integrity_problems(case_path, "rw")
    if problems:
        message = _("{path} did not check out after the restore.").format(path=case_path)
        if kept:
            message += " " + _("The file it replaced is kept at {path}.").format(path=kept.path)
        raise CaseFileError(message)
    return RestoreResult(backup, kept)


def _replace_file(case_path: Path, backup: Path) -> None:
    """Swap in a verified copy of ``backup`` with ``os.replace``, dropping the old WAL."""
    staging = case_path.with_name(case_path.name + ".restoring")
    online_copy(backup, staging, access="immutable")
    # A WAL left from the old file would be replayed onto the new one.
    for extra in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            case_path.with_name(case_path.name + extra).unlink()
    os.replace(staging, case_path)
    fsync_path(case_path.parent, directory=True)


# -- words -----------------------------------------------------------------------


def format_age(delta: dt.timedelta) -> str:
    """An age in plain words: "just now", "5 minutes ago", "3 days ago"."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds >= 86400:
        n = seconds // 86400
        return ngettext("{count} day ago", "{count} days ago", n).format(count=n)
    if seconds >= 3600:
        n = seconds // 3600
        return ngettext("{count} hour ago", "{count} hours ago", n).format(count=n)
    if seconds >= 60:
        n = seconds // 60
        return ngettext("{count} minute ago", "{count} minutes ago", n).format(count=n)
    return _("just now")


def format_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return ngettext("{count} byte", "{count} bytes", int(value)).format(
                    count=int(value)
                )
            return f"{value:.1f} {unit}"
        value /= 1024
    return ngettext("{count} byte", "{count} bytes", size).format(count=size)


def newest_backup_advice(case_path: Path) -> str | None:
    """Where the newest sound backup of ``case_path`` is and how to restore it (None: none)."""
    info = newest_backup(case_path)
    if info is None:
        return None
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return _(
        "The newest backup of {name} is from {when} ({age}, {why}): {path} — to put it back "
        "run  {command}"
    ).format(
        name=Path(case_path).name,
        when=when,
        age=format_age(info.age()),
        why=info.label,
        path=info.path,
        command=f'factdesk --db "{case_path}" restore "{info.path}"',
    )


def damage_advice(case_path: Path) -> str:
    """What to do about a damaged case file: the newest backup and the command to restore it."""
    info = newest_backup(case_path)
    if info is None:
        return _(
            "No backup of it was found. Keep the file: a data-recovery tool such as "
            "`sqlite3 FILE .recover` may still save much of it."
        )
    when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return _(
        "The newest backup is from {when} ({age}, {why}): to put it back run  {command}"
    ).format(
        when=when,
        age=format_age(info.age()),
        why=info.label,
        command=f'factdesk --db "{case_path}" restore "{info.path}"',
    )
