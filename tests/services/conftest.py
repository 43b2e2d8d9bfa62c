"""This suite runs against both engines: a case file and a shared case on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ENGINES, engine_case_path


@pytest.fixture(params=ENGINES)
def case_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    return engine_case_path(request, tmp_path)
