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
from markupsafe import Markup, escape

from factdesk import __version__, i18n
from factdesk.errors import FactDeskError, ValidationError
from factdesk.i18n import N_, _, formats
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
INTERNAL_COPY = N_("Internal review copy — not for publication")


def organisation_problem(settings: Settings) -> str | None:
    """Why a report for publication cannot be made with these settings yet, or None.

    A published fact-check names who stands behind it; "FactDesk", the
    program's name, is only the placeholder the settings start with.
    """
    name = settings.organisation.strip()
    if not name:
        return _("no organisation is set to publish the report")
    if name == DEFAULT_ORGANISATION:
        return _(
            "the organisation that publishes the report is still “{name}”, the program's name"
        ).format(name=DEFAULT_ORGANISATION)
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


def _iso(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return timestamps.format_timestamp(value.replace(microsecond=0))
    return value.isoformat()


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "report"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # the templates are part of the installation
    )


class ReportLanguage:
    """What the templates use to write in the report's language.

    Fixed texts come from the language's catalog; a text with ``{values}``
    is escaped first and the values put in after (escaped too, unless they
    are markup made here, such as a ``<time>`` element), so neither a
    translation nor case-file text can add markup to the page.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
        self.catalog = i18n.translations(self.lang)
        # A report asks for the same few fixed texts for every claim.
        self._fixed: dict[str, Markup] = {}

    def gettext(self, message: str, **values: Any) -> str:
        text = self._fixed.get(message)
        if text is None:  # kept escaped, so the page does not escape it again each time
            text = self._fixed[message] = Markup(escape(self.catalog.gettext(message)))
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        text = self.catalog.ngettext(singular, plural, n)
        return Markup(escape(text)).format(**values) if values else text

    def long_date(self, value: dt.date) -> str:
        """ "2 December 2022", or for a time "2 December 2022, 14:05 UTC"."""
        day = formats.long_date(value, self.lang)
        if not isinstance(value, dt.datetime):
            return day
        return self.catalog.gettext("{date}, {time} UTC").format(
            date=day, time=formats.time_utc(value, self.lang)
        )

    def time(self, value: dt.date | None, day_only: bool = False) -> Markup:
        if value is None:
            return Markup("")
        shown = value.date() if day_only and isinstance(value, dt.datetime) else value
        # Joined rather than Markup.format: a report writes thousands of these.
        return Markup(
            f'<time datetime="{escape(_iso(value))}">{escape(self.long_date(shown))}</time>'
        )

    def number(self, value: float) -> str:
        return formats.number(value, self.lang)

    def lang_of(self, item: ClaimReport) -> Markup:
        """A ``lang`` attribute for the claim's own text when it is not in the page's language."""
        if item.language and i18n.supported(item.language) != self.lang:
            return Markup(' lang="{}"').format(item.language)
        return Markup("")

    def context(self) -> dict[str, Any]:
        return {
            "_": self.gettext,
            "ngettext": self.ngettext,
            "time": self.time,
            "capture_time": self.time,
            "number": self.number,
            "lang_of": self.lang_of,
            "bdi": bdi,
            "lang": self.lang,
            "rtl": i18n.is_rtl(self.lang),
        }


def bdi(text: str, ltr: bool = False) -> Markup:
    """``text`` isolated from the text around it (an address or id is always left to right)."""
    return Markup(f'<bdi dir="ltr">{escape(text)}</bdi>' if ltr else f"<bdi>{escape(text)}</bdi>")


def _stylesheet() -> Markup:
    css = (resources_dir() / "report" / STYLESHEET).read_text(encoding="utf-8")
    if "</" in css:  # could close the style element early
        raise FactDeskError(
            _("the report stylesheet {name} is damaged; reinstall FactDesk.").format(
                name=STYLESHEET
            )
        )
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
    language: str = i18n.SOURCE_LANGUAGE,
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
        language=language,
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
    language: str,
    article_url: str | None = None,
) -> tuple[jinja2.Template, dict[str, Any], list[str]]:
    """The template, what it is given, and the warnings for a report.

    The report is written in ``language``; its warnings, meant for whoever
    exports it, are in the message language.
    """
    if not claim_ids:
        raise ValidationError(_("no claims to report on: name one or more claim ids."))
    writing = ReportLanguage(language)
    title = validation.optional_text(title, _("report title"))
    article = validation.url(article_url, _("article URL")) or ""
    organisation_url = validation.url(settings.publication_url, _("organisation's web address"))
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
        language=writing.lang,
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
                _(
                    "no article URL was given, so the ClaimReview data has no url "
                    "(search engines need the address of the fact-check to show it)."
                )
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
            language=writing.lang,
        )
        reviews[item.claim.id] = Markup(json_ld(review))
        text_warning = claim_text_warning(item.claim)
        if text_warning:
            warnings.append(text_warning)
    if progress is not None:
        progress.check()
    context: dict[str, Any] = writing.context() | {
        "csp": Markup(CONTENT_SECURITY_POLICY),
        "css": _stylesheet(),
        # Each image's rules are made when the page is written, one image at a time.
        "images": data.images,
        "image_css": lambda image: Markup(image_css(case, image)),
        "title": title,
        "document_title": _internal_title(writing, title or _document_title(data.claims, writing))
        if internal
        else title or _document_title(data.claims, writing),
        "internal_copy": writing.catalog.gettext(INTERNAL_COPY) if internal else None,
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


def _internal_title(writing: ReportLanguage, title: str) -> str:
    """An internal review copy's title says so first."""
    # Translators: {marking} is "Internal review copy — not for publication".
    return writing.catalog.gettext("{marking}: {title}").format(
        marking=writing.catalog.gettext(INTERNAL_COPY), title=title
    )


def _document_title(claims: Sequence[ClaimReport], writing: ReportLanguage) -> str:
    _ = writing.catalog.gettext
    if len(claims) == 1:
        claim = claims[0]
        if claim.rating:
            return _("Fact-check — {rating}: {claim}").format(
                rating=claim.rating.label, claim=claim.claim.text
            )
        return _("Fact-check — {claim}").format(claim=claim.claim.text)
    count = len(claims)
    return (
        writing.catalog.ngettext(
            "Fact-check report — {count} claim", "Fact-check report — {count} claims", count
        )
    ).format(count=writing.number(count))


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
    language: str = i18n.SOURCE_LANGUAGE,
    article_url: str | None = None,
) -> Report:
    """Render the report and write it to ``target`` atomically.

    Nothing is written until the report is complete; on any failure no file,
    whole or partial, is left at ``target`` or beside it.
    """
    target = check_target(case.path, target, _("the report"))
    template, context, warnings = _prepare(
        case,
        claim_ids,
        settings=settings,
        progress=progress,
        title=title,
        include_notes=include_notes,
        generated_at=generated_at,
        language=language,
        article_url=article_url,
    )
    # Written as the template produces it, so a report on thousands of claims
    # never sits in memory as one string (and again as its bytes).
    write_text_file(
        target,
        template.generate(context),
        case_path=case.path,
        what=_("the report"),
        progress=progress,
    )
    return Report(None, warnings, path=target)
