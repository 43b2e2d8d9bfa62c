"""What the readers of foreign formats hand to the import: plain records, one per item.

Every reader (saved pages, feeds, spreadsheets, citation files) turns its
input into these, with text already cleaned (see :mod:`.text`); the import
decides what each becomes in the case file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

FORMATS = ("auto", "claimreview", "csv", "csl-json", "ris", "bibtex")
Format = Literal["auto", "claimreview", "csv", "csl-json", "ris", "bibtex"]
AS_CHOICES = ("evidence", "verdicts")
As = Literal["evidence", "verdicts"]


@dataclass(frozen=True)
class Review:
    """One fact-check of one claim: a ClaimReview, a Fact Check Explorer review, a row."""

    where: str  # "afp.html: JSON-LD block 1: $['@graph'][0]" or "liar.tsv: row 12"
    claim_text: str
    rating_source: str  # whose labels these are: a publisher, or a spreadsheet column
    claimant: str | None = None
    appeared_url: str | None = None
    appeared_title: str | None = None
    appeared_date: dt.date | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    review_url: str | None = None
    review_title: str | None = None
    publisher: str | None = None
    author: str | None = None
    review_date: dt.date | None = None
    rating_label: str | None = None
    rating_value: float | None = None
    best_rating: float | None = None
    worst_rating: float | None = None
    summary: str | None = None
    body: str | None = None
    status: str | None = None
    source_id: str | None = None  # an id the source gives the row (LIAR, Meedan Check)


@dataclass(frozen=True)
class Citation:
    """One bibliographic entry (CSL-JSON, RIS, BibTeX) to add as evidence."""

    where: str
    title: str | None
    authors: str | None = None
    publisher: str | None = None
    issued: dt.date | None = None
    url: str | None = None
    doi: str | None = None
    excerpt: str | None = None
    accessed: dt.datetime | None = None
    kind: str = "document"


@dataclass(frozen=True)
class Skipped:
    """An item a reader could not use, and why: reported as a warning, the rest goes on."""

    where: str
    reason: str


Item = Review | Citation | Skipped


@dataclass
class ReadFacts:
    """What a reader learnt about its input besides the items (shown in the preview)."""

    format: str = ""
    detail: str = ""  # "3 JSON-LD blocks", "UTF-16 text, tab-separated, no header"
    columns: dict[str, str] = field(default_factory=dict)  # field -> column, as mapped
    guessed: bool = False  # the column map was guessed from the header
    headers: tuple[str, ...] = ()
    first_row: tuple[str, ...] = ()  # the first row's cells (a spreadsheet), for mapping by eye
