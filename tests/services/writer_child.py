"""A colleague in a process of their own: appends tokens to one claim's notes, each save
made against what was loaded, retrying on a conflict as a person would (take theirs, redo).

Prints one JSON line: how many saves landed and how many conflicts were reported.
"""

from __future__ import annotations

import json
import sys

from factdesk.errors import EditConflictError
from factdesk.services import open_case


def main(location: str, claim_id: str, name: str, edits: int) -> None:
    saved = conflicts = 0
    with open_case(location, author=name, daily_backup=False) as case:
        for n in range(edits):
            while True:
                loaded = case.claims.get(claim_id).notes or ""
                try:
                    case.edits.update(
                        "claim",
                        claim_id,
                        {"notes": f"{loaded}{name}:{n};"},
                        loaded={"notes": loaded or None},
                    )
                except EditConflictError as exc:
                    assert exc.by and exc.theirs != loaded
                    conflicts += 1
                    continue
                saved += 1
                break
    print(json.dumps({"saved": saved, "conflicts": conflicts}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
