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

MAX_RECENT = 8


def qsettings() -> QSettings:
    if os.environ.get("FACTDESK_CONFIG_DIR"):
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)
    return QSettings("FactDesk", "FactDesk")


def recent_files() -> list[Path]:
    raw: Any = qsettings().value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw]
    return [Path(p) for p in raw or [] if p]


def remember_case(path: Path) -> None:
    """Put ``path`` first among the recent files; it also reopens next time."""
    path = Path(path).resolve()
    recent = [p for p in recent_files() if p != path]
    store = qsettings()
    store.setValue("recent_files", [str(p) for p in [path, *recent][:MAX_RECENT]])
    store.setValue("last_case", str(path))


def last_case() -> Path | None:
    value = qsettings().value("last_case", "")
    return Path(str(value)) if value else None


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
