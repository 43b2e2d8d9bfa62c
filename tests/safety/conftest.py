"""Fixtures for the data-safety tests."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from factdesk.services import Case


def damage_pages(path: Path, *, seed: int = 7) -> None:
    """Overwrite some pages in the middle of a database with garbage (a bad disk, a bad copy)."""
    page = 4096
    pages = path.stat().st_size // page
    rng = random.Random(seed)
    with path.open("r+b") as fh:
        for n in range(2, pages, 3):
            fh.seek(n * page)
            fh.write(rng.randbytes(page))
        fh.flush()
        os.fsync(fh.fileno())


def fingerprint(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and the names beside it."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def filled_case(sample_case: Case) -> Case:
    """The sample case with an attachment, so blobs are part of every round trip."""
    claim = sample_case.claims.get(sample_case.claims.list_ids()[0])
    sample_case.evidence.attach_bytes(
        claim.evidence[0].id, "page.html", b"<html>saved page</html>", "text/html"
    )
    return sample_case
