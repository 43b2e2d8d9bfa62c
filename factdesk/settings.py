"""User settings shared by the window and the command line (a small JSON file)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from factdesk import paths

DEFAULT_ORGANISATION = "FactDesk"  # the program's name: a placeholder, never a publisher


@dataclass
class Settings:
    author: str = ""
    default_case_file: str = ""
    organisation: str = DEFAULT_ORGANISATION
    # The organisation's web address (its base URL, e.g. https://factcheck.example.org/):
    # reports name it with the organisation, and the export dialog offers it as the
    # start of each report's own address.
    publication_url: str = ""
    # "" follows the system's language; otherwise one of factdesk.i18n.LANGUAGES.
    language: str = ""
    # "" writes reports in the language the window or the terminal speaks.
    report_language: str = ""


def system_name() -> str:
    """The user's full name as the operating system knows it (else the login name)."""
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        return full or entry.pw_name
    except (ImportError, KeyError, AttributeError, OSError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def author_name(settings: Settings) -> str:
    """Who the history credits: the name in the settings, else the system's name for the user."""
    return settings.author or system_name()


def report_language(settings: Settings, message_language: str) -> str:
    """The language reports are written in unless one is chosen for a report."""
    from factdesk import i18n

    return i18n.supported(settings.report_language) or message_language


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings() -> Settings:
    """The saved settings; defaults for anything missing or unreadable."""
    settings = Settings()
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if hasattr(settings, key) and isinstance(value, str):
                setattr(settings, key, value)
    env_author = os.environ.get("FACTDESK_AUTHOR")
    if env_author:
        settings.author = env_author
    return settings


def save_settings(settings: Settings) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    target = settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
