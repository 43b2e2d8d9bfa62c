"""Who else has which claim open, on a shared case (a case file keeps no such thing).

A window says which claim it shows; colleagues' windows ask who is on which
claim.  It is a courtesy, never a lock: two people may still edit one claim,
and a stale save is refused as always (:mod:`factdesk.services.edits`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factdesk.services.case import Case


def set_open(case: Case, claim_id: str | None) -> None:
    """Tell colleagues that this window shows ``claim_id`` (None: no claim)."""
    announce = getattr(case.store, "set_open", None)
    if announce is not None:
        announce(case.author or "someone", claim_id)


def others_open(case: Case) -> dict[str, list[str]]:
    """Claim id -> the names of colleagues whose windows show it (empty for a case file)."""
    ask = getattr(case.store, "others_open", None)
    return dict(ask()) if ask is not None else {}
