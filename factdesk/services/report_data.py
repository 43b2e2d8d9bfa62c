"""Everything a report shows, gathered from a case as plain data.

The templates only lay this out: every decision about what may become a link,
which attachment may be shown inline and how a grading reads is made here.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from factdesk import i18n
from factdesk.errors import FactDeskError
from factdesk.i18n import N_, formats
from factdesk.services import media
from factdesk.services.appearance import is_appearance
from factdesk.services.attachment_files import HEAD_BYTES, image_size, kind_of, visible_name
from factdesk.services.case import Case
from factdesk.services.markdown_render import render_markdown
from factdesk.services.progress import Progress
from factdesk.services.records import (
    CREDIBILITY,
    RELIABILITY,
    STANCES,
    Attachment,
    Claim,
    Evidence,
    Rating,
)
from factdesk.store import blobs

if TYPE_CHECKING:
    from factdesk.services.attachment_facts import Analysis

# An image is shown in the page only if its bytes really are a PNG, JPEG or
# GIF (never SVG, which can carry script) whose size can be read, and it is
# not huge.  Each image is put in the page once, however many items show it,
# and a report holds at most REPORT_IMAGE_BYTES of them; the rest are listed.
INLINE_IMAGE_LIMIT = 8 * 1024 * 1024
REPORT_IMAGE_BYTES = 32 * 1024 * 1024

STANCE_HEADINGS = {
    "supports": N_("Evidence that supports the claim"),
    "refutes": N_("Evidence against the claim"),
    "context": N_("Context"),
    "unclear": N_("Evidence of unclear bearing"),
}
# The Admiralty grading in words, as a report reads it: "usually reliable source; probably true".
RELIABILITY_PHRASES = {
    "A": N_("completely reliable source"),
    "B": N_("usually reliable source"),
    "C": N_("fairly reliable source"),
    "D": N_("not usually reliable source"),
    "E": N_("unreliable source"),
    "F": N_("source reliability cannot be judged"),
}
CREDIBILITY_PHRASES = {
    1: N_("confirmed by other sources"),
    2: N_("probably true"),
    3: N_("possibly true"),
    4: N_("doubtful"),
    5: N_("improbable"),
    6: N_("truth cannot be judged"),
}
_STANCE_ORDER = {stance: i for i, stance in enumerate(STANCES)}
_WEB_URL = re.compile(r"https?://[^\s/?#\\]+[^\s]*", re.IGNORECASE)
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def web_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) address safe to use as a link, else None.

    Case files written by FactDesk only hold such addresses, but a file edited
    by other tools may not: a ``javascript:`` or ``data:`` address must never
    become a link.
    """
    if value and _WEB_URL.fullmatch(value) and not _CONTROL_CHARS.search(value):
        return value
    return None


def visible_filename(name: str) -> str:
    """A file name with direction controls shown as U+FFFD, so "gpj.exe" tricks are visible."""
    return visible_name(name)


def language_tag(value: str | None) -> str | None:
    return value if value and _LANGUAGE_TAG.fullmatch(value) else None


def human_size(size: int, lang: str = i18n.SOURCE_LANGUAGE) -> str:
    """ "812 bytes", "2.0 KB", "1,5 MB" (the number as ``lang`` writes it)."""
    _ = i18n.translations(lang).gettext
    if size < 1024:
        return (
            i18n.translations(lang)
            .ngettext("{n} byte", "{n} bytes", size)
            .format(n=formats.number(size, lang))
        )
    amount = size / 1024
    for unit in (N_("{n} KB"), N_("{n} MB")):
        if amount < 1024:
            return _(unit).format(n=formats.number(amount, lang, 1))
        amount /= 1024
    return _("{n} GB").format(n=formats.number(amount, lang, 1))


def grading_text(ev: Evidence, lang: str = i18n.SOURCE_LANGUAGE) -> str:
    """The Admiralty grading spelled out, e.g. "usually reliable source; probably true"."""
    return _grading_text(ev.source_reliability, ev.info_credibility, lang)


@lru_cache(maxsize=512)  # 6 x 6 gradings, plus ungraded halves, per language
def _grading_text(reliability: str | None, credibility: int | None, lang: str) -> str:
    _ = i18n.translations(lang).gettext
    source = _(RELIABILITY_PHRASES[reliability]) if reliability in RELIABILITY else ""
    truth = _(CREDIBILITY_PHRASES[credibility]) if credibility in CREDIBILITY else ""
    if source and truth:
        return _("{reliability}; {credibility}").format(reliability=source, credibility=truth)
    return source or truth


@dataclass(frozen=True)
class ScaleStep:
    label: str
    value: int | None
    current: bool


@dataclass(frozen=True)
class RatingView:
    """A verdict's rating as the reader sees it: label, colour, place on the scale."""

    key: str
    label: str
    value: int | None
    tone: str  # one of TONES: chosen here, never taken from the data
    place: str
    steps: tuple[ScaleStep, ...]


TONES = ("true", "mostly-true", "mixed", "mostly-false", "false", "off-scale")


@dataclass(frozen=True)
class CaptureView:
    """A web capture as a report cites it."""

    format: str
    url: str | None  # the captured address (shown as text: the capture is the source)
    captured_at: dt.datetime | None
    integrity: str  # "verified" | "failed" | "unverifiable"
    integrity_label: str
    integrity_detail: str


@dataclass(frozen=True)
class ReportImage:
    """An image the page shows: put in the stylesheet once, as a ``data:`` URI.

    ``data`` is kept only for a picture made for the report (with a band burnt
    in); a stored file's bytes are read again when the page is written.
    """

    sha256: str
    css_class: str
    media_type: str
    width: int
    height: int
    data: bytes | None = None


@dataclass(frozen=True)
class AttachmentView:
    filename: str
    size: int
    size_text: str
    sha256: str
    image: ReportImage | None  # shown in the page
    problem: str | None  # why it is left out
    capture: CaptureView | None = None
    band: str | None = None  # "RATED FALSE": burnt into the picture of the claim itself
    note: str | None = None  # why an image is listed rather than shown


@dataclass(frozen=True)
class Citation:
    number: int
    evidence: Evidence
    url: str | None  # safe to link
    url_text: str | None  # an address that is not a web link, shown as text
    grading: str
    grading_text: str
    notes_html: str
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class StanceGroup:
    stance: str
    heading: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class ClaimReport:
    claim: Claim
    anchor: str
    language: str | None
    appeared_url: str | None
    appeared_url_text: str | None
    rating: RatingView | None
    rationale_html: str
    notes_html: str
    groups: tuple[StanceGroup, ...]


@dataclass(frozen=True)
class ReportData:
    claims: tuple[ClaimReport, ...]
    scale: tuple[Rating, ...]
    scale_name: str
    warnings: tuple[str, ...]
    images: tuple[ReportImage, ...] = ()  # in the order the page first shows them


@dataclass(frozen=True)
class _Shown:
    """What the page does with one file (with one band): show it, or say why not."""

    image: ReportImage | None = None
    problem: str | None = None
    note: str | None = None
    band: str | None = None


class _Files:
    """Each attached file looked at once per report, whatever number of items show it.

    A file is checked against its SHA-256 as it streams from the case file and
    only its first bytes are kept (to tell an image and its size); a stored
    image's bytes are read again, one image at a time, only when the page is
    written.  Images count against the report's budget once each.
    """

    def __init__(
        self, case: Case, warnings: list[str], facts: dict[str, Analysis], lang: str
    ) -> None:
        self.case = case
        self.lang = lang
        self.tr = i18n.translations(lang).gettext
        self.warnings = warnings
        self.facts = facts
        self.checked: dict[str, tuple[int, bytes] | None] = {}  # sha256 -> (size, head)
        self.shown: dict[tuple[str, str | None], _Shown] = {}
        self.images: list[ReportImage] = []
        self.budget = REPORT_IMAGE_BYTES

    def view(self, att: Attachment, band: tuple[str, str] | None) -> AttachmentView:
        name = visible_name(att.filename)
        analysis = self.facts.get(att.sha256)
        capture = _capture_view(analysis, self.lang)
        if capture is not None and capture.integrity == "failed":
            self.warnings.append(
                i18n._("{file}: capture integrity failed: {detail}").format(
                    file=name, detail=capture.integrity_detail
                )
            )
        key = (att.sha256, band[0] if band else None)
        shown = self.shown.get(key)
        if shown is None:
            shown = self.shown[key] = self._show(att, name, analysis, band)
        return AttachmentView(
            name,
            att.size,
            human_size(att.size, self.lang),
            att.sha256,
            shown.image,
            shown.problem,
            capture,
            shown.band,
            shown.note,
        )

    def _check(self, att: Attachment, name: str) -> tuple[int, bytes] | None:
        if att.sha256 not in self.checked:
            try:
                with self.case.store.reading() as session:
                    size = blobs.verified_size(session, att.sha256)
                    head = blobs.blob_head(session, att.sha256, HEAD_BYTES)
            except FactDeskError as exc:
                self.warnings.append(f"{name}: {exc}")
                self.checked[att.sha256] = None
            else:
                self.checked[att.sha256] = (size, head)
        return self.checked[att.sha256]

    def _show(
        self,
        att: Attachment,
        name: str,
        analysis: Analysis | None,
        band: tuple[str, str] | None,
    ) -> _Shown:
        checked = self._check(att, name)
        if checked is None:
            return _Shown(problem=self.tr("not included: it failed its integrity check"))
        size, head = checked
        kind = kind_of(head)
        dimensions = image_size(head) if kind is not None and kind.image else None
        if kind is None or dimensions is None:
            return _Shown()
        if analysis is not None and analysis.kind == "image" and analysis.problem:
            # never handed to a browser
            return _Shown(problem=self.tr("not shown: {problem}").format(problem=analysis.problem))
        if size > INLINE_IMAGE_LIMIT:
            limit = human_size(INLINE_IMAGE_LIMIT, self.lang)
            note = self.tr("not shown in the page: larger than {limit}").format(limit=limit)
            return _Shown(note=note)
        media_type, data, shown_band = kind.media_type, None, None
        if band is not None:
            with self.case.store.reading() as session:
                marked = media.banded(blobs.read_blob(session, att.sha256), band[0], band[1])
            if marked is None:  # shown as it is, then: the same image as without a band
                plain = self.shown.get((att.sha256, None))
                if plain is None:
                    plain = self.shown[(att.sha256, None)] = self._show(att, name, analysis, None)
                return plain
            data, media_type, shown_band = marked, "image/jpeg", band[0]
            dimensions = image_size(marked[:HEAD_BYTES]) or dimensions
            size = len(marked)
        if size > self.budget:
            shown = human_size(REPORT_IMAGE_BYTES - self.budget, self.lang)
            return _Shown(
                note=self.tr(
                    "not shown in the page: the report already shows {size} of images, "
                    "the most it holds"
                ).format(size=shown)
            )
        self.budget -= size
        suffix = f"-{len(self.images)}" if data is not None else ""
        image = ReportImage(
            att.sha256, f"img-{att.sha256[:16]}{suffix}", media_type, *dimensions, data=data
        )
        self.images.append(image)
        return _Shown(image=image, band=shown_band)


def image_css(case: Case, image: ReportImage) -> str:
    """The stylesheet rules that show ``image`` (its bytes as a ``data:`` URI) at its shape.

    The width is capped so that the image is never taller than the page allows
    (24rem on screen, 90mm in print), and never wider than itself.
    """
    data = image.data
    if data is None:
        with case.store.reading() as session:
            data = blobs.read_blob(session, image.sha256)
    encoded = base64.b64encode(data).decode("ascii")
    ratio = image.width / image.height
    cls = image.css_class
    return (
        f'.{cls}{{background-image:url("data:{image.media_type};base64,{encoded}");'
        f"aspect-ratio:{image.width}/{image.height};"
        f"width:min(100%,{image.width}px,calc(24rem*{ratio:.6f}))}}\n"
        f"@media print{{.{cls}{{width:min(100%,{image.width}px,calc(90mm*{ratio:.6f}))}}}}\n"
    )


def rating_view(
    rating: Rating, scale: Sequence[Rating], lang: str = i18n.SOURCE_LANGUAGE
) -> RatingView:
    """The rating as the reader sees it; the labels are the case file's own, in any language."""
    _ = i18n.translations(lang).gettext
    numeric = [r for r in scale if r.value is not None]
    steps = tuple(ScaleStep(r.label, r.value, r.key == rating.key) for r in scale)
    if rating.value is None or len(numeric) < 2:
        place = _("{rating} is outside the true–false scale.").format(rating=rating.label)
        return RatingView(rating.key, rating.label, rating.value, "off-scale", place, steps)
    values = [r.value for r in numeric if r.value is not None]
    low, high = min(values), max(values)
    best = max(numeric, key=lambda r: r.value or 0)
    worst = min(numeric, key=lambda r: r.value or 0)
    share = (rating.value - low) / (high - low) if high > low else 1.0
    tone = TONES[min(4, round((1 - share) * 4))]
    place = _("{value} on a scale from {low} ({worst}) to {high} ({best}).").format(
        value=formats.number(rating.value, lang),
        low=formats.number(low, lang),
        worst=worst.label,
        high=formats.number(high, lang),
        best=best.label,
    )
    return RatingView(rating.key, rating.label, rating.value, tone, place, steps)


def _capture_view(analysis: Analysis | None, lang: str) -> CaptureView | None:
    if analysis is None or analysis.capture is None:
        return None
    c = analysis.capture
    return CaptureView(
        c.format,
        c.url,
        c.captured_at,
        c.integrity.state,
        i18n.translations(lang).gettext(c.integrity.label),
        c.integrity.detail,
    )


FALSE_TONES = ("false", "mostly-false")


def band_for(rating: RatingView | None, lang: str = i18n.SOURCE_LANGUAGE) -> tuple[str, str] | None:
    """The band over the claim's own picture when it is rated false or mostly false."""
    if rating is None or rating.tone not in FALSE_TONES:
        return None
    band = i18n.translations(lang).gettext("RATED {rating}").format(rating=rating.label.upper())
    return band[:60], rating.tone


def _groups(
    claim: Claim, include_notes: bool, files: _Files, rating: RatingView | None
) -> tuple[StanceGroup, ...]:
    band = band_for(rating, files.lang)
    ordered = sorted(
        claim.evidence, key=lambda e: (_STANCE_ORDER.get(e.stance, len(STANCES)), e.position)
    )
    groups: list[tuple[str, list[Citation]]] = []
    for number, ev in enumerate(ordered, 1):
        url = web_url(ev.url)
        citation = Citation(
            number=number,
            evidence=ev,
            url=url,
            url_text=ev.url if ev.url and url is None else None,
            grading=ev.grading,
            grading_text=grading_text(ev, files.lang),
            notes_html=render_markdown(ev.notes, heading_level=6) if include_notes else "",
            attachments=tuple(
                files.view(att, band if is_appearance(claim, ev) else None)
                for att in ev.attachments
            ),
        )
        if not groups or groups[-1][0] != ev.stance:
            groups.append((ev.stance, []))
        groups[-1][1].append(citation)
    return tuple(
        StanceGroup(
            stance,
            files.tr(STANCE_HEADINGS[stance]) if stance in STANCE_HEADINGS else stance,
            tuple(citations),
        )
        for stance, citations in groups
    )


def gather(
    case: Case,
    claim_ids: Sequence[str],
    *,
    include_notes: bool = False,
    heading_level: int = 3,
    progress: Progress | None = None,
    language: str = i18n.SOURCE_LANGUAGE,
) -> ReportData:
    """The claims named by ``claim_ids`` (ids or unique prefixes), ready to lay out.

    ``heading_level`` is the level of the headings inside each claim's section,
    so Markdown headings in a rationale go one below it.
    """
    ids = list(dict.fromkeys(case.claims.resolve_ids(claim_ids)))
    if progress is not None:
        progress.start(len(ids), i18n._("gathering claims"))
    scale = case.ratings.scale()
    by_key = {r.key: r for r in scale}
    warnings: list[str] = []
    reports = []
    views: dict[str, RatingView] = {}  # one per rating used: a view depends on nothing else
    claims = case.claims.get_many(ids)
    digests = [a.sha256 for c in claims for ev in c.evidence for a in ev.attachments]
    facts = case.attachments.for_digests(digests) if digests else {}
    files = _Files(case, warnings, facts, language)
    for claim in claims:
        if claim.verdict is not None and claim.verdict.rating is None:
            # A draft (written, not rated) counts as not rated: it is not published.
            claim = replace(claim, verdict=None)
        rating = None
        if claim.verdict is not None and claim.verdict.rating is not None:
            key = claim.verdict.rating
            rating = views.get(key)
            if rating is None:
                known = by_key.get(key) or Rating(key, key, None, len(scale))
                rating = views[key] = rating_view(known, scale, language)
        appeared = web_url(claim.appeared_url)
        raw_appeared = claim.appeared_url if claim.appeared_url and not appeared else None
        reports.append(
            ClaimReport(
                claim=claim,
                anchor=f"claim-{claim.id}",
                language=language_tag(claim.language),
                appeared_url=appeared,
                appeared_url_text=raw_appeared,
                rating=rating,
                rationale_html=render_markdown(
                    claim.verdict.rationale if claim.verdict else None,
                    heading_level=heading_level + 1,
                ),
                notes_html=(
                    render_markdown(claim.notes, heading_level=heading_level + 1)
                    if include_notes
                    else ""
                ),
                groups=_groups(claim, include_notes, files, rating),
            )
        )
        if progress is not None:
            progress.step(1, claim.text[:60])
    return ReportData(
        claims=tuple(reports),
        scale=tuple(scale),
        scale_name=case.ratings.scale_name(),
        warnings=tuple(warnings),
        images=tuple(files.images),
    )
