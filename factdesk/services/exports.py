"""What other newsroom tools read: a spreadsheet of claims (or evidence), a ClaimReview feed.

The spreadsheet is CSV in UTF-8 with a byte order mark (so spreadsheet
programs read it as UTF-8), one row per claim or per evidence item.  A cell
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
neutralised with a leading apostrophe, as OWASP advises against CSV
injection: a spreadsheet shows it as text instead of running it.

The feed is a schema.org ``DataFeed`` of the ClaimReview objects that the
reports embed, for the published verdicts, as a CMS or the Fact Check tools
read it.  Both files are written beside the target and renamed into place.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdesk.i18n import _
from factdesk.services import validation
from factdesk.services.case import Case
from factdesk.services.claim_json import format_timestamp
from factdesk.services.claimreview import claim_review, pretty_json, scale_problem
from factdesk.services.clock import now_utc
from factdesk.services.files import check_target, write_text_file
from factdesk.services.progress import Progress
from factdesk.services.records import Claim, ClaimFilter, Rating
from factdesk.settings import Settings

CHUNK = 500
CLAIM_COLUMNS = (
    "id", "text", "claimant", "appeared_url", "appeared_date", "status", "tags", "rating",
    "rating_label", "summary", "reviewer", "reviewed_at", "evidence_count", "updated_at",
)  # fmt: skip
EVIDENCE_COLUMNS = (
    "claim_id", "id", "position", "kind", "title", "url", "publisher", "author",
    "published_on", "accessed_at", "stance", "source_reliability", "info_credibility",
    "excerpt",
)  # fmt: skip
_RISKY = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    warnings: tuple[str, ...] = ()


def neutralise(value: Any) -> str:
    """A cell as written: text, with a formula-looking start made harmless."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_timestamp(value) or ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_RISKY) else text


def _claims(case: Case, ids: Sequence[str], progress: Progress | None) -> Iterator[Claim]:
    if progress is not None:
        progress.start(len(ids), "Writing")
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        yield from case.claims.get_many(chunk)
        if progress is not None:
            progress.step(len(chunk))


def export_csv(
    case: Case,
    target: Path,
    *,
    filter: ClaimFilter | None = None,
    claim_ids: Sequence[str] | None = None,
    evidence: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Claims (or, with ``evidence``, their evidence items) as a spreadsheet."""
    target = check_target(case.path, target, _("the spreadsheet"))
    ids = (
        case.claims.resolve_ids(claim_ids)
        if claim_ids
        else case.claims.list_ids(
            filter, sort="relevance" if filter and filter.search else "created_at", descending=False
        )
    )
    labels = {r.key: r.label for r in case.ratings.scale()}
    count = [0]

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(EVIDENCE_COLUMNS if evidence else CLAIM_COLUMNS)
        yield "\ufeff" + buffer.getvalue()
        for claim in _claims(case, ids, progress):
            buffer.seek(0)
            buffer.truncate()
            rows = _evidence_rows(claim) if evidence else [_claim_row(claim, labels)]
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
                count[0] += 1
            yield buffer.getvalue()

    write_text_file(
        target, lines(), case_path=case.path, what=_("the spreadsheet"), progress=progress
    )
    return ExportResult(target, count[0])


def _claim_row(claim: Claim, labels: dict[str, str]) -> list[Any]:
    v = claim.verdict
    key = v.rating if v is not None else None
    return [
        claim.id, claim.text, claim.claimant, claim.appeared_url, claim.appeared_date,
        claim.status, ", ".join(claim.tags), key, labels.get(key, key) if key else None,
        v.summary if v else None,
        v.reviewer if v else None, v.reviewed_at if v else None, len(claim.evidence),
        claim.updated_at,
    ]  # fmt: skip


def _evidence_rows(claim: Claim) -> list[list[Any]]:
    return [
        [
            claim.id,
            e.id,
            e.position + 1,
            e.kind,
            e.title,
            e.url,
            e.publisher,
            e.author,
            e.published_on,
            e.accessed_at,
            e.stance,
            e.source_reliability,
            e.info_credibility,
            e.excerpt,
        ]
        for e in claim.evidence
    ]


def claimreview_feed(
    case: Case,
    claim_ids: Sequence[str] | None,
    *,
    settings: Settings,
    progress: Progress | None = None,
    generated_at: dt.datetime | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """The DataFeed of ClaimReview for the published verdicts (all, or of ``claim_ids``)."""
    publication_url = validation.url(settings.publication_url, "publication URL") or ""
    ids = (
        case.claims.resolve_ids(claim_ids)
        if claim_ids
        else case.claims.list_ids(
            ClaimFilter(status="published"), sort="created_at", descending=False
        )
    )
    scale = case.ratings.scale()
    by_key = {r.key: r for r in scale}
    warnings: list[str] = []
    problem = scale_problem(scale)
    if problem:
        warnings.append(problem)
    if not publication_url:
        warnings.append(
            "no publication URL is set (Edit → Settings…), so the reviews have no url; "
            "the Fact Check tools need one."
        )
    when = generated_at or now_utc()
    elements = []
    for claim in _claims(case, ids, progress):
        if claim.verdict is None or claim.verdict.rating is None:
            warnings.append(f"claim {claim.id[:8]} has no verdict; it was left out.")
            continue
        if claim.status != "published":
            warnings.append(f"claim {claim.id[:8]} is not published; it was left out.")
            continue
        verdict = claim.verdict
        key = verdict.rating
        assert key is not None
        rating = by_key.get(key) or Rating(key, key, None, 0)
        reviewed = (verdict.reviewed_at or when).date()
        url = f"{publication_url.split('#')[0]}#claim-{claim.id}" if publication_url else None
        review = claim_review(
            claim,
            rating,
            scale,
            organisation=settings.organisation.strip(),
            author=settings.author.strip(),
            url=url,
            published=reviewed,
        )
        review.pop("@context", None)
        item: dict[str, Any] = {
            "@type": "DataFeedItem",
            "dateCreated": format_timestamp(claim.created_at),
            "dateModified": format_timestamp(claim.updated_at),
            "item": [review],
        }
        if url:
            item["url"] = url
        elements.append(item)
    feed = {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": format_timestamp(when.replace(microsecond=0)),
        "dataFeedElement": elements,
    }
    return feed, warnings


def export_claimreview(
    case: Case,
    target: Path,
    claim_ids: Sequence[str] | None,
    *,
    settings: Settings,
    progress: Progress | None = None,
) -> ExportResult:
    target = check_target(case.path, target, _("the feed"))
    feed, warnings = claimreview_feed(case, claim_ids, settings=settings, progress=progress)
    write_text_file(
        target,
        [pretty_json(feed), "\n"],
        case_path=case.path,
        what=_("the feed"),
        progress=progress,
    )
    return ExportResult(target, len(feed["dataFeedElement"]), tuple(warnings))
