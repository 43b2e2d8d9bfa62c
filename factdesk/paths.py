"""Where FactDesk keeps its files: one resolver, overridable for tests.

Nothing is resolved at import time; callers ask when they need a path.
"""

from __future__ import annotations

import os
from pathlib import Path

from factdesk.locations import CaseLocation, ServerAddress, is_server_url

APP_NAME = "FactDesk"
CASE_SUFFIX = ".factdesk"


def data_dir() -> Path:
    """The user data folder (``FACTDESK_DATA_DIR`` overrides it)."""
    override = os.environ.get("FACTDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # loaded when first needed: an override needs none of it

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get("FACTDESK_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_case_file() -> Path:
    """The case file used when none is named: ``FACTDESK_DB``, the setting, or the data folder's.

    (``FACTDESK_DB`` may name a shared case on a server: see :func:`default_location`.)
    """
    override = os.environ.get("FACTDESK_DB")
    if override and not is_server_url(override):
        return Path(override)
    from factdesk.settings import load_settings

    chosen = load_settings().default_case_file
    return Path(chosen) if chosen else data_dir() / f"default{CASE_SUFFIX}"


def default_location() -> CaseLocation:
    """The case used when none is named: ``FACTDESK_DB`` (a path or a server address),
    the setting, or the data folder's case file."""
    override = os.environ.get("FACTDESK_DB")
    if override and is_server_url(override):
        return ServerAddress(override)
    return default_case_file()


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or beside it in a source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("FactDesk's resources folder is missing; reinstall FactDesk.")
