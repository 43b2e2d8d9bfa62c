"""What every service shares: the open case file, the author, history recording."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from factdesk.services.clock import now_utc
from factdesk.services.convert import jsonable
from factdesk.store.casefile import CaseStore
from factdesk.store.models import HistoryRecord


@dataclass
class ServiceContext:
    store: CaseStore
    author: str

    def record(
        self,
        session: Session,
        *,
        claim_id: str,
        entity: str,
        entity_id: str,
        action: str,
        changes: dict[str, tuple[Any, Any]],
    ) -> None:
        """Append one history entry; ``changes`` maps field -> (old, new)."""
        session.add(
            HistoryRecord(
                at=now_utc(),
                author=self.author or "unknown",
                claim_id=claim_id,
                entity=entity,
                entity_id=entity_id,
                action=action,
                changes=json.dumps(
                    {k: [jsonable(o), jsonable(n)] for k, (o, n) in changes.items()},
                    ensure_ascii=False,
                    sort_keys=True,
                ),
            )
        )


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields whose values differ, as field -> (old, new)."""
    return {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
