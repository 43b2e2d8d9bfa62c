"""Verdict reports: one self-contained HTML file per export, with ClaimReview data.

The file makes no request of any kind: its stylesheet is inline, images are
``data:`` URIs, and a Content-Security-Policy forbids everything else, so it
can be opened, mailed and published as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from factdesk import __version__
from factdesk.errors import FactDeskError, ValidationError
from factdesk.paths import resources_dir
from factdesk.services import timestamps, validation
from factdesk.services.case import Case
from factdesk.services.claimreview import claim_review, claim_text_warning, json_ld, scale_problem
from factdesk.services.clock import now_utc
from factdesk.services.files import check_target, write_text_file
from factdesk.services.progress import Progress
from factdesk.services.records import Rating
from factdesk.services.report_data import ClaimReport, gather, image_css
from factdesk.settings import DEFAULT_ORGANISATION, Settings

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"
INTERNAL_COPY = "Internal review copy — not for publication"


def organisation_problem(settings: Settings) -> str | None:
    """Why a report for publication cannot be made with these settings yet, or None.

    A published fact-check names who stands behind it; "FactDesk", the
    program's name, is only the placeholder the settings start with.
    """
    name = settings.organisation.strip()
    if not name:
        return "no organisation is set to publish the report"
    if name == DEFAULT_ORGANISATION:
        return (
            f"the organisation that publishes the report is still “{DEFAULT_ORGANISATION}”, "
            "the program's name"
        )
    return None


@dataclass(frozen=True)
class Report:
    """A report and the warnings a publisher should see.

    An exported report is not kept in memory: ``html`` reads it back from
    ``path`` when asked for.
    """

    rendered: str | None = field(default=None, repr=False)
    warnings: list[str] = field(default_factory=list)
    path: Path | None = None

    @property
    def html(self) -> str:
        if self.rendered is not None:
            return self.rendered
        assert self.path is not None
        return self.path.read_bytes().decode("utf-8")


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _long_date(value: dt.date | None) -> str:
    """ "5 March 2024" (and ", 14:05 UTC" for a time), the same for any year and locale."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC)
        day = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
        return f"{day}, {value.hour:02d}:{value.minute:02d} UTC"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _iso(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return timestamps.format_timestamp(value.replace(microsecond=0))
    return value.isoformat()


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "report"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # the templates are part of the installation
    )
    env.filters["long_date"] = _long_date
    env.filters["iso"] = _iso
    return env


def _stylesheet() -> Markup:
    css = (resources_dir() / "report" / STYLESHEET).read_text(encoding="utf-8")
    if "</" in css:  # could close the style element early
        raise FactDeskError(f"the report stylesheet {STYLESHEET} is damaged; reinstall FactDesk.")
    return Markup(css)


def _review_url(article_url: str, anchor: str, many: bool) -> str | None:
    if not article_url:
        return None
    return f"{article_url.split('#')[0]}#{anchor}" if many else article_url


def render_report(
    case: Case,
    claim_ids: Sequence[str],
    *,
    settings: Settings,
    progress: Progress | None = None,
    title: str | None = None,
    include_notes: bool = False,
    generated_at: dt.datetime | None = None,
    article_url: str | None = None,
) -> Report:
    """The report on ``claim_ids`` (ids or unique prefixes), in that order.

    One claim makes a single fact-check; several make a case report that
    opens with a summary table.  ``include_notes`` adds the working notes on
    claims and evidence, and makes the report an internal review copy, marked
    so in its header and title.  ``article_url`` is the address the report
    will be published at (its ClaimReview ``url``).
    """
    template, context, warnings = _prepare(
        case,
        claim_ids,
        settings=settings,
        progress=progress,
        title=title,
        include_notes=include_notes,
        generated_at=generated_at,
        article_url=article_url,
    )
    return Report(template.render(context), warnings)


def _prepare(
    case: Case,
    claim_ids: Sequence[str],
    *,
    settings: Settings,
    progress: Progress | None,
    title: str | None,
    include_notes: bool,
    generated_at: dt.datetime | None,
    article_url: str | None = None,
) -> tuple[jinja2.Template, dict[str, Any], list[str]]:
    """The template, what it is given, and the warnings for a report."""
    if not claim_ids:
        raise ValidationError("no claims to report on: name one or more claim ids.")
    title = validation.optional_text(title, "report title")
    article = validation.url(article_url, "article URL") or ""
    organisation_url = validation.url(settings.publication_url, "organisation's web address")
    internal = include_notes  # working notes make an internal review copy
    many = len(claim_ids) > 1
    # Outline: h1 is the title (or, alone, the claim); each claim's sections
    # sit one level below its heading, evidence groups one further.
    claim_level = 2 if (many or title) else 1
    data = gather(
        case,
        claim_ids,
        include_notes=include_notes,
        heading_level=claim_level + 1,
        progress=progress,
    )
    warnings = list(data.warnings)
    by_key = {r.key: r for r in data.scale}
    rated = [c for c in data.claims if c.claim.rating is not None]
    if rated:
        problem = scale_problem(data.scale)
        if problem:
            warnings.append(problem)
        if not article and not internal:
            warnings.append(
                "no article URL was given, so the ClaimReview data has no url "
                "(search engines need the address of the fact-check to show it)."
            )
    reviews: dict[str, Markup] = {}
    for item in rated:
        verdict = item.claim.verdict
        assert verdict is not None and verdict.rating is not None and item.rating is not None
        rating = by_key.get(verdict.rating) or Rating(verdict.rating, verdict.rating, None, 0)
        reviewed_on = (verdict.reviewed_at or generated_at or now_utc()).date()
        review = claim_review(
            item.claim,
            rating,
            data.scale,
            organisation=settings.organisation.strip(),
            organisation_url=organisation_url,
            author=settings.author.strip(),
            url=_review_url(article, item.anchor, many),
            published=reviewed_on,
        )
        reviews[item.claim.id] = Markup(json_ld(review))
        text_warning = claim_text_warning(item.claim)
        if text_warning:
            warnings.append(text_warning)
    if progress is not None:
        progress.check()
    context: dict[str, Any] = {
        "csp": Markup(CONTENT_SECURITY_POLICY),
        "css": _stylesheet(),
        # Each image's rules are made when the page is written, one image at a time.
        "images": data.images,
        "image_css": lambda image: Markup(image_css(case, image)),
        "title": title,
        "document_title": (f"{INTERNAL_COPY}: " if internal else "")
        + (title or _document_title(data.claims)),
        "internal_copy": INTERNAL_COPY if internal else None,
        "many": many,
        "claim_level": claim_level,
        "claims": data.claims,
        "reviews": reviews,
        "scale_name": data.scale_name,
        "organisation": settings.organisation.strip(),
        "include_notes": include_notes,
        "version": __version__,
        "generated_at": (generated_at or now_utc()).replace(microsecond=0),
    }
    return _environment().get_template(TEMPLATE), context, warnings


def _document_title(claims: Sequence[ClaimReport]) -> str:
    if len(claims) == 1:
        claim = claims[0]
        rating = f"{claim.rating.label}: " if claim.rating else ""
        return f"Fact-check — {rating}{claim.claim.text}"
    return f"Fact-check report — {len(claims)} claims"


def export_report(
    case: Case,
    claim_ids: Sequence[str],
    target: Path,
    *,
    settings: Settings,
    progress: Progress | None = None,
    title: str | None = None,
    include_notes: bool = False,
    generated_at: dt.datetime | None = None,
    article_url: str | None = None,
) -> Report:
    """Render the report and write it to ``target`` atomically.

    Nothing is written until the report is complete; on any failure no file,
    whole or partial, is left at ``target`` or beside it.
    """
    target = check_target(case.path, target, "the report")
    template, context, warnings = _prepare(
        case,
        claim_ids,
        settings=settings,
        progress=progress,
        title=title,
        include_notes=include_notes,
        generated_at=generated_at,
        article_url=article_url,
    )
    # Written as the template produces it, so a report on thousands of claims
    # never sits in memory as one string (and again as its bytes).
    write_text_file(
        target,
        template.generate(context),
        case_path=case.path,
        what="the report",
        progress=progress,
    )
    return Report(None, warnings, path=target)
