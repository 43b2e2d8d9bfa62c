"""Many claims quickly, straight into the store (one transaction), for list-size tests."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import insert

from factdesk.services import Case
from factdesk.store import models as m
from factdesk.store import search


def bulk_claims(case: Case, count: int, *, index: bool = False) -> None:
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    rows = [
        {
            "id": str(uuid.uuid4()),
            "text": f"Claim number {n} about topic {n % 97}",
            "claimant": f"Speaker {n % 31}",
            "status": ("new", "researching", "in_review", "published")[n % 4],
            "created_at": start + dt.timedelta(minutes=n),
            "updated_at": start + dt.timedelta(minutes=n),
        }
        for n in range(count)
    ]
    with case.store.writing() as session:
        session.execute(insert(m.claims), rows)
        if index:
            search.rebuild_index(session)
