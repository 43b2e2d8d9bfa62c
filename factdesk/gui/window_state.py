"""What the window remembers between runs: geometry, splitter, recent case files.

QSettings("FactDesk", "FactDesk") in the platform's usual place; with
``FACTDESK_CONFIG_DIR`` set (tests, a private profile) an INI file there.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from factdesk import paths
from factdesk.locations import CaseLocation, ServerAddress, parse_location

MAX_RECENT = 8


def qsettings() -> QSettings:
    if os.environ.get("FACTDESK_CONFIG_DIR"):
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
    return QSettings("FactDesk", "FactDesk")


def _location(text: str) -> CaseLocation | None:
    try:
        return parse_location(text)
    except ValueError:
        return None


def _stored(location: CaseLocation) -> str:
    """How a case is remembered: a file's full path, a server's address without a password."""
    if isinstance(location, ServerAddress):
        return location.safe_url
    return str(Path(location).resolve())


def recent_files() -> list[CaseLocation]:
    """Recent cases, newest first: case files and shared cases on servers."""
    raw: Any = qsettings().value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw]
    found = [_location(str(p)) for p in raw or [] if p]
    return [f for f in found if f is not None]


def remember_case(location: CaseLocation) -> None:
    """Put a case first among the recent ones; it also reopens next time."""
    stored = _stored(location)
    recent = [p for p in map(_stored, recent_files()) if p != stored]
    store = qsettings()
    store.setValue("recent_files", [stored, *recent][:MAX_RECENT])
    store.setValue("last_case", stored)


def last_case() -> CaseLocation | None:
    value = qsettings().value("last_case", "")
    return _location(str(value)) if value else None


def save_bytes(key: str, value: QByteArray) -> None:
    qsettings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = qsettings().value(key)
    return value if isinstance(value, QByteArray) else None


def last_folder(key: str) -> Path | None:
    """The folder last used for ``key`` (report exports, say), if it still exists."""
    value = qsettings().value(f"folders/{key}", "")
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else None


def remember_folder(key: str, folder: Path) -> None:
    qsettings().setValue(f"folders/{key}", str(folder))


def documents_folder() -> Path:
    """The user's documents folder (their home when there is none)."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def dialog_folder(purpose: str) -> Path:
    """Where a file dialog for ``purpose`` opens: the folder used last time for it, else the
    documents folder."""
    return last_folder(purpose) or documents_folder()


def save_list_sort(column: int, descending: bool) -> None:
    """The claim list's order (its column, descending or not), read again at the next start."""
    qsettings().setValue("claim_sort", f"{column} {'desc' if descending else 'asc'}")


def list_sort() -> tuple[int, bool] | None:
    """The claim list's order as saved, if it was."""
    parts = str(qsettings().value("claim_sort", "")).split()
    if len(parts) != 2 or not parts[0].isdigit() or parts[1] not in ("asc", "desc"):
        return None
    return int(parts[0]), parts[1] == "desc"
