"""schema.org ClaimReview for a verdict, as JSON-LD, and checks against Google's guidance.

Search engines read this block to show a fact-check beside the claim; the
fields follow Google's ClaimReview structured-data guidelines.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Sequence
from typing import Any

from factdesk.services.records import Claim, Rating
from factdesk.services.report_data import web_url

CLAIM_TEXT_GUIDANCE = 75  # Google: claimReviewed should be short (under 75 characters)

# Words that mark a claimant as an organisation rather than a person.
_ORGANISATION_WORDS = re.compile(
    r"\b(ministry|department|government|party|agency|office|council|committee|"
    r"company|corporation|inc|ltd|llc|plc|gmbh|news|times|post|press|media|magazine|"
    r"newspaper|television|tv|radio|network|institute|university|association|union|"
    r"foundation|bank|group|organi[sz]ation|commission|parliament|senate|embassy|"
    r"army|police|campaign|posts|accounts|channel|website)\b",
    re.IGNORECASE,
)


def scale_problem(scale: Sequence[Rating]) -> str | None:
    """Why the numeric values of ``scale`` cannot be published as they are, or None.

    ClaimReview wants more-true ratings to score higher and the worst to be at
    least 1; the scale lists ratings most true first.
    """
    values = [r.value for r in scale if r.value is not None]
    if any(later >= earlier for earlier, later in itertools.pairwise(values)):
        return (
            "the rating scale's values do not fall from the most true rating to the least "
            "(a less true rating has a value as high or higher); numeric ratings were left out "
            "of the ClaimReview data."
        )
    if values and min(values) < 1:
        return (
            "the rating scale's lowest value is below 1, which ClaimReview does not allow; "
            "numeric ratings were left out of the ClaimReview data."
        )
    return None


def claim_text_warning(claim: Claim) -> str | None:
    if len(claim.text) > CLAIM_TEXT_GUIDANCE:
        return (
            f"claim {claim.id[:8]}: its text is {len(claim.text)} characters; Google's guidance "
            f"for ClaimReview is at most {CLAIM_TEXT_GUIDANCE}. It was kept as written."
        )
    return None


def party(name: str, *, organisation: bool | None = None) -> dict[str, str]:
    """A schema.org Person or Organization called ``name``."""
    if organisation is None:
        organisation = bool(_ORGANISATION_WORDS.search(name))
    return {"@type": "Organization" if organisation else "Person", "name": name}


def _appearance(claim: Claim) -> dict[str, Any] | None:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    url = web_url(claim.appeared_url)
    if url:
        work["url"] = url
    if claim.appeared_title:
        work["name"] = claim.appeared_title
    if claim.appeared_date:
        work["datePublished"] = claim.appeared_date.isoformat()
    return work if len(work) > 1 else None


def claim_review(
    claim: Claim,
    rating: Rating,
    scale: Sequence[Rating],
    *,
    organisation: str = "",
    organisation_url: str | None = None,
    author: str = "",
    url: str | None = None,
    published: dt.date,
    language: str | None = None,
) -> dict[str, Any]:
    """The ClaimReview object for ``claim``, whose verdict has ``rating``.

    The review's author is the organisation with the claim's reviewer
    (``author`` when the verdict names nobody).  ``language`` is the review's
    own language (the report's); the claim keeps its own language.
    """
    assert claim.verdict is not None
    review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": rating.label}
    values = [r.value for r in scale if r.value is not None]
    if rating.value is not None and values and scale_problem(scale) is None:
        review_rating |= {
            "ratingValue": rating.value,
            "bestRating": max(values),
            "worstRating": min(values),
        }
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.language:
        item["inLanguage"] = claim.language
    if claim.claimant:
        item["author"] = party(claim.claimant)
    if claim.appeared_date:
        item["datePublished"] = claim.appeared_date.isoformat()
    appearance = _appearance(claim)
    if appearance:
        item["appearance"] = appearance
        item["firstAppearance"] = appearance
    authors = []
    if organisation:
        publisher = party(organisation, organisation=True)
        if organisation_url:
            publisher["url"] = organisation_url
        authors.append(publisher)
    reviewer = claim.verdict.reviewer or author
    if reviewer:
        authors.append(party(reviewer, organisation=False))
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "reviewRating": review_rating,
        "itemReviewed": item,
        "datePublished": published.isoformat(),
    }
    if authors:
        review["author"] = authors[0] if len(authors) == 1 else authors
    if claim.verdict.summary:
        review["reviewBody"] = claim.verdict.summary
    if url:
        review["url"] = url
    if language:
        review["inLanguage"] = language
    return review


def json_ld(value: Any) -> str:
    """JSON for a ``<script type="application/ld+json">`` block.

    ``<``, ``>`` and ``&`` are written as ``\\u003c`` and so on, and so are
    U+2028 and U+2029, so no text (``</script>``, ``<!--``) can end the block
    or change how the page is parsed; JSON readers decode them unchanged.
    """
    text = pretty_json(value)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


_encode_scalar = json.JSONEncoder(ensure_ascii=False).encode


def pretty_json(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` (string keys), several times faster.

    With an indent the standard library encodes in pure Python, one generator
    step per token; here only containers are walked in Python and every
    scalar goes through the C encoder.
    """
    if isinstance(value, dict):
        items = [f"{_encode_scalar(str(k))}: {pretty_json(v, level + 1)}" for k, v in value.items()]
        brackets = "{}"
    elif isinstance(value, list | tuple):
        items = [pretty_json(v, level + 1) for v in value]
        brackets = "[]"
    else:
        return _encode_scalar(value)
    if not items:
        return brackets
    inner = "\n" + "  " * (level + 1)
    return f"{brackets[0]}{inner}{(',' + inner).join(items)}\n{'  ' * level}{brackets[1]}"
