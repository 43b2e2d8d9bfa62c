"""The schema revisions this version knows, read from the migrations' file names.

Opening a case file compares its stored revision with the newest one here;
Alembic (a quarter of a second to import) is loaded only when they differ.
Each migration file is named after its revision (``0003_list_and_prefix_indexes.py``
is revision ``0003``) and the revisions form one line, so the newest is the
last by name; a test checks this against Alembic's own reading of the scripts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).parent / "migrations" / "versions"


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision, oldest first."""
    names = (p.name for p in VERSIONS_DIR.iterdir() if p.suffix == ".py" and p.name[:1].isdigit())
    return tuple(sorted(name.split("_", 1)[0].removesuffix(".py") for name in names))


def head_revision() -> str:
    return known_revisions()[-1]
