""" "Checked before?": claims, and fact-checks imported from others, that read like a new one.

Candidates come from the full-text index (any content word of the new
text); each is then scored with rapidfuzz's token-set ratio on the content
words of both texts, folded (case and accents ignored).  A claim that shares
no content word with the new text is never suggested, whatever its score:
"the" and "de" say nothing about whether two claims are the same.  For each
suggestion the warning tells who checked it, when, and with what rating:
fact-checks imported as evidence, and the case file's own verdict.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.records import ClaimRow
from factdesk.services.textfold import fold
from factdesk.store import models as m
from factdesk.store import rows, search

CANDIDATES = 200
THRESHOLD = 55.0  # rapidfuzz token-set ratio, 0-100
MIN_SHARED_PREFIX = 4  # "invade" and "invasion" share "inva": one word for this purpose

# Function words of the languages fact-checkers most often work in.
STOPWORDS = frozenset(
    " ".join(
        (
            # English
            "a an and are as at be been but by can could did do does for from had has have he "
            "her his how i if in into is it its just may might more most my no not of on or "
            "our out over said says she should so some such than that the their them then "
            "there these they this those to up was we were what when where which who why will "
            "with would you your also about after all any because before being both each few "
            "further here now only other own same too very against between during through "
            "under until again once while",
            # French
            "le la les un une des du de d l et ou est sont au aux ce ces cette il elle ils "
            "elles en dans par pour sur avec sans que qui ne pas plus se sa son ses leur leurs "
            "y ont ete etre",
            # German
            "der die das ein eine einer eines dem den des und oder ist sind war hat haben zu "
            "im am an auf mit von fur nicht auch es sie er wir ihr dass wird werden bei aus "
            "als nach wie",
            # Spanish
            "el los las uno una unos unas y o es son fue ha han del al con por para sin su sus "
            "lo le no mas muy como pero ya",
            # Portuguese
            "o os as um uma uns umas e sao foi do da dos das no na nos nas em com sem seu sua "
            "seus suas nao mais muito mas ja ao aos",
            # Italian
            "il lo gli i di da che non per su tra fra ma come anche piu",
        )
    ).split()
)


@dataclass(frozen=True)
class PriorCheck:
    """One check of a similar claim: an imported fact-check, or this case file's verdict."""

    by: str  # the publisher, or the reviewer of the verdict
    rating: str  # the rating label as the checker gave it
    on: dt.date | None
    url: str | None
    ours: bool


@dataclass(frozen=True)
class Suggestion:
    claim: ClaimRow
    score: float
    checks: tuple[PriorCheck, ...]


def content_words(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS and (len(w) > 1 or not w.isascii())]


def _same_word(a: str, b: str) -> bool:
    """The same word, or two forms of it ("plan" and "planned", "invasion" and "invasions")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= MIN_SHARED_PREFIX and long.startswith(short):
        return True
    return len(short) >= 6 and short[:5] == long[:5]


def _shares_a_word(mine: set[str], theirs: set[str]) -> bool:
    return bool(mine & theirs) or any(_same_word(a, b) for a in mine for b in theirs)


def rank(
    session: Session, text: str, *, exclude_id: str | None = None, limit: int = 5
) -> list[tuple[str, float]]:
    """(claim id, score) of the claims most like ``text``, best first."""
    from rapidfuzz import fuzz

    words = content_words(text)
    if not words:
        return []
    query = " ".join(w for w in words if len(w) > 2 or not w.isascii()) or " ".join(words)
    ids = search.search_claim_ids(session, query, any_word=True, claims_only=True)
    ids = [i for i in ids if i != exclude_id][:CANDIDATES]
    if not ids:
        return []
    texts = session.execute(
        sql("SELECT id, text FROM claims WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(ids)},
    ).all()
    mine = set(words)
    mine_text = " ".join(words)
    scored = []
    for claim_id, claim_text in texts:
        theirs = content_words(claim_text)
        if not _shares_a_word(mine, set(theirs)):
            continue
        score = float(fuzz.token_set_ratio(mine_text, " ".join(theirs)))
        if score >= THRESHOLD:
            scored.append((claim_id, score))
    scored.sort(key=lambda pair: (-pair[1], pair[0]))
    return scored[:limit]


class CheckedBeforeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def find(self, text: str, *, exclude_id: str | None = None, limit: int = 5) -> list[Suggestion]:
        """Claims like ``text`` with who checked them, when and how, best first."""
        with self._ctx.store.reading() as session:
            ranked = rank(session, text, exclude_id=exclude_id, limit=limit)
            if not ranked:
                return []
            ids = [i for i, _ in ranked]
            found = rows.read_rows(session, ids)
            checks = _checks(session, ids)
        return [
            Suggestion(found[i], score, tuple(checks.get(i, ())))
            for i, score in ranked
            if i in found
        ]

    def dismissed(self, claim_id: str) -> bool:
        with self._ctx.store.reading() as session:
            return session.get(m.SimilarDismissed, claim_id) is not None

    def dismiss(self, claim_id: str, dismissed: bool = True) -> None:
        """Stop (or, with ``dismissed=False``, start again) warning on this claim."""
        with self._ctx.store.writing() as session:
            row = session.get(m.SimilarDismissed, claim_id)
            if dismissed and row is None and rows.existing_ids(session, "claim", [claim_id]):
                session.add(m.SimilarDismissed(claim_id=claim_id, dismissed_at=now_utc()))
            elif not dismissed and row is not None:
                session.delete(row)


def _checks(session: Session, ids: Sequence[str]) -> dict[str, list[PriorCheck]]:
    found: dict[str, list[PriorCheck]] = {}
    for claim_id, publisher, author, label, on, url in session.execute(
        sql(
            "SELECT claim_id, publisher, author, excerpt, published_on, url FROM evidence "
            "WHERE kind = 'fact-check' AND claim_id IN (SELECT value FROM json_each(:ids)) "
            "ORDER BY published_on DESC, position"
        ),
        {"ids": json.dumps(list(ids))},
    ):
        found.setdefault(claim_id, []).append(
            PriorCheck(
                by=publisher or author or "another fact-checker",
                rating=(label or "").split("\n", 1)[0][:120],
                on=m.date_from_text(on),
                url=url,
                ours=False,
            )
        )
    for claim_id, label, reviewer, reviewed in session.execute(
        sql(
            "SELECT v.claim_id, coalesce(r.label, v.rating), v.reviewer, v.reviewed_at "
            "FROM verdicts v LEFT JOIN ratings r ON r.key = v.rating "
            "WHERE v.rating IS NOT NULL AND v.claim_id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(list(ids))},
    ):
        moment = m.utc_from_text(reviewed)
        found.setdefault(claim_id, []).insert(
            0,
            PriorCheck(
                by=reviewer or "this case file",
                rating=label,
                on=moment.date() if moment else None,
                url=None,
                ours=True,
            ),
        )
    return found
