"""The records of a case file, each field declared once.

Every record the program hands around is a frozen dataclass, detached from
any database session.  The fields of the stored records (claims, evidence
items, verdicts, attachments) carry a :class:`Spec` in their metadata: what
kind of value the field holds, its name in plain words, whether a user may
edit it, whether search indexes it, whether it is content (merged between
case files) or bookkeeping, its place in a claim bundle and its column.

Everything else that lists fields is derived from these declarations: the
database tables, the bulk column lists, the conversion of stored rows, the
validators of each field, the bundle JSON, the merge and its digests, the
history's field names.  Adding a field means adding it here (and a migration).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factdesk.i18n import N_

STATUSES = ("new", "researching", "in_review", "published", "archived")
KINDS = (
    "article",
    "fact-check",  # another organisation's fact-check (imports add them)
    "document",
    "statement",
    "dataset",
    "media",
    "interview",
    "other",
)
# Each kind in plain words, as the window lists it and the history tells it.
KIND_WORDS = {
    "article": N_("article"),
    "fact-check": N_("fact-check"),
    "document": N_("document"),
    "statement": N_("statement"),
    "dataset": N_("data set"),
    "media": N_("photo, video or audio"),
    "interview": N_("interview"),
    "other": N_("other"),
}
STANCES = ("supports", "refutes", "context", "unclear")
RELIABILITY = {
    "A": N_("Completely reliable"),
    "B": N_("Usually reliable"),
    "C": N_("Fairly reliable"),
    "D": N_("Not usually reliable"),
    "E": N_("Unreliable"),
    "F": N_("Reliability cannot be judged"),
}
CREDIBILITY = {
    1: N_("Confirmed by other sources"),
    2: N_("Probably true"),
    3: N_("Possibly true"),
    4: N_("Doubtful"),
    5: N_("Improbable"),
    6: N_("Truth cannot be judged"),
}

# The kinds of value a field holds.  Each has one validator (services), one
# stored form (store) and one JSON form (bundles).
ID = "id"  # a canonical lowercase UUID
TEXT = "text"  # free text, one line or many
URL = "url"  # an http(s) address
DATE = "date"  # a calendar date
TIMESTAMP = "timestamp"  # an instant, stored in UTC
STATUS = "status"
KIND = "kind"
STANCE = "stance"
RELIABILITY_GRADE = "reliability"
CREDIBILITY_GRADE = "credibility"
RATING = "rating"  # a key of the case file's rating scale
TAGS = "tags"  # a set of tag names
SHA256 = "sha256"
INTEGER = "integer"
CHILDREN = "children"  # records held by this one (evidence, attachments, verdict)


@dataclass(frozen=True)
class Spec:
    """What the program knows about one field of a stored record."""

    kind: str
    label: str  # the field in plain words, for messages and the history
    editable: bool = False  # a user may change it in the window or on the command line
    indexed: bool = False  # full-text search finds the record by it
    content: bool = False  # part of what a merge compares (not bookkeeping)
    required: bool = False
    bundle: str | None = None  # its key in a bundle object ("appeared_in.url"); None: not carried
    bundle_optional: bool = False  # required here; a bundle may leave it out (a default fills it)
    stored: bool = True  # a column of the record's table
    width: int | None = None  # a short column's width


def info(
    kind: str,
    label: str,
    *,
    editable: bool = False,
    indexed: bool = False,
    content: bool | None = None,
    required: bool = False,
    bundle: str | bool | None = True,
    bundle_optional: bool = False,
    stored: bool = True,
    width: int | None = None,
    default: Any = dataclasses.MISSING,
) -> Any:
    """A dataclass field declared with its :class:`Spec` (``bundle=True``: its own name)."""
    spec = Spec(
        kind=kind,
        label=label,
        editable=editable,
        indexed=indexed,
        content=editable if content is None else content,
        required=required,
        bundle=None if bundle is False else (bundle if isinstance(bundle, str) else ""),
        bundle_optional=bundle_optional,
        stored=stored,
        width=width,
    )
    return dataclasses.field(default=default, metadata={"spec": spec})


@dataclass(frozen=True)
class FieldInfo:
    """A declared field: its name and its spec."""

    name: str
    spec: Spec

    @property
    def bundle_key(self) -> str | None:
        if self.spec.bundle is None:
            return None
        return self.spec.bundle or self.name


def declared(record: type) -> tuple[FieldInfo, ...]:
    """The declared fields of a record class, in declaration order."""
    cached = _DECLARED.get(record)
    if cached is None:
        cached = tuple(
            FieldInfo(f.name, f.metadata["spec"])
            for f in dataclasses.fields(record)
            if "spec" in f.metadata
        )
        _DECLARED[record] = cached
    return cached


_DECLARED: dict[type, tuple[FieldInfo, ...]] = {}


def field_info(record: type, name: str) -> FieldInfo:
    for f in declared(record):
        if f.name == name:
            return f
    raise KeyError(f"{record.__name__} has no field {name!r}")


def names(record: type, **wanted: bool) -> tuple[str, ...]:
    """Names of the fields whose spec has every attribute given (``editable=True``...)."""
    key = (record, tuple(sorted(wanted.items())))
    found = _NAMES.get(key)
    if found is None:  # declarations never change: each selection is made once
        found = _NAMES[key] = tuple(
            f.name
            for f in declared(record)
            if all(getattr(f.spec, attr) == value for attr, value in wanted.items())
        )
    return found


_NAMES: dict[tuple[type, tuple[tuple[str, bool], ...]], tuple[str, ...]] = {}


def stored_columns(record: type) -> tuple[str, ...]:
    """The record's own columns, in declaration order."""
    return names(record, stored=True)


def values(record: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in fields}


def label(record: type, name: str) -> str:
    """A field in plain words ("publication date"), or the name spelt out."""
    try:
        return field_info(record, name).spec.label
    except KeyError:
        return name.replace("_", " ")


# -- the records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rating:
    key: str
    label: str
    value: int | None
    position: int
    colour: str | None = None  # "#rrggbb" chosen by the user; None: from the place on the scale


@dataclass(frozen=True)
class Attachment:
    id: str = info(ID, N_("attachment id"), bundle=False)
    evidence_id: str = info(ID, N_("evidence item"), bundle=False)
    position: int = info(INTEGER, N_("place in the list"), bundle=False)
    sha256: str = info(SHA256, "SHA-256", content=True, required=True)
    filename: str = info(TEXT, N_("file name"), content=True, required=True, bundle_optional=True)
    media_type: str = info(
        TEXT, N_("media type"), content=True, required=True, bundle_optional=True, width=200
    )
    size: int = info(INTEGER, N_("size"), content=True, required=True)
    created_at: dt.datetime = info(TIMESTAMP, N_("attached"), bundle=False)


@dataclass(frozen=True)
class Evidence:
    id: str = info(ID, N_("evidence id"), required=True)
    claim_id: str = info(ID, N_("claim"), bundle=False)
    position: int = info(INTEGER, N_("place in the list"), bundle=False)
    kind: str | None = info(KIND, N_("kind"), editable=True, width=20)
    title: str | None = info(TEXT, N_("title"), editable=True, indexed=True)
    url: str | None = info(URL, N_("web address"), editable=True)
    publisher: str | None = info(TEXT, N_("publisher"), editable=True, indexed=True)
    author: str | None = info(TEXT, N_("author"), editable=True)
    published_on: dt.date | None = info(DATE, N_("publication date"), editable=True)
    accessed_at: dt.datetime | None = info(TIMESTAMP, N_("date accessed"), editable=True)
    stance: str = info(STANCE, N_("stance"), editable=True, required=True, width=20)
    source_reliability: str | None = info(
        RELIABILITY_GRADE, N_("source reliability"), editable=True, width=1
    )
    info_credibility: int | None = info(CREDIBILITY_GRADE, N_("credibility"), editable=True)
    excerpt: str | None = info(TEXT, N_("excerpt"), editable=True, indexed=True)
    notes: str | None = info(TEXT, N_("notes"), editable=True, indexed=True)
    created_at: dt.datetime = info(TIMESTAMP, N_("created"), required=True)
    updated_at: dt.datetime = info(TIMESTAMP, N_("last changed"), required=True)
    attachments: tuple[Attachment, ...] = info(
        CHILDREN, N_("attached files"), content=True, stored=False, default=()
    )

    @property
    def grading(self) -> str:
        """Admiralty grading as analysts write it, e.g. "B2" ("" when ungraded)."""
        return f"{self.source_reliability or ''}{self.info_credibility or ''}"


@dataclass(frozen=True)
class Verdict:
    """A claim's verdict.  Without a rating it is a draft: summary and rationale being written."""

    claim_id: str = info(ID, N_("claim"), bundle=False)
    rating: str | None = info(RATING, N_("rating"), editable=True, width=64)
    summary: str | None = info(TEXT, N_("summary"), editable=True, indexed=True)
    rationale: str | None = info(TEXT, N_("rationale"), editable=True, indexed=True)
    reviewer: str | None = info(TEXT, N_("reviewer"), editable=True)
    reviewed_at: dt.datetime | None = info(TIMESTAMP, N_("review date"), editable=True)

    @property
    def rated(self) -> bool:
        return self.rating is not None


@dataclass(frozen=True)
class Claim:
    id: str = info(ID, N_("claim id"), required=True)
    text: str = info(TEXT, N_("claim text"), editable=True, indexed=True, required=True)
    claimant: str | None = info(TEXT, N_("claimant"), editable=True, indexed=True)
    appeared_url: str | None = info(
        URL, N_("where the claim appeared (address)"), editable=True, bundle="appeared_in.url"
    )
    appeared_title: str | None = info(
        TEXT, N_("where the claim appeared (title)"), editable=True, bundle="appeared_in.title"
    )
    appeared_date: dt.date | None = info(
        DATE, N_("date the claim appeared"), editable=True, bundle="appeared_in.date"
    )
    language: str | None = info(TEXT, N_("language"), editable=True, width=35)
    status: str = info(STATUS, N_("status"), editable=True, required=True, width=20)
    tags: tuple[str, ...] = info(TAGS, N_("tags"), editable=True, indexed=True, stored=False)
    notes: str | None = info(TEXT, N_("working notes"), editable=True, indexed=True)
    created_at: dt.datetime = info(TIMESTAMP, N_("created"), required=True)
    updated_at: dt.datetime = info(TIMESTAMP, N_("last changed"), required=True)
    evidence: tuple[Evidence, ...] = info(CHILDREN, N_("evidence"), stored=False, default=())
    verdict: Verdict | None = info(CHILDREN, N_("verdict"), stored=False, default=None)
    copied_from: str | None = info(ID, N_("copied from"), bundle=False, default=None)

    @property
    def rating(self) -> str | None:
        """The rating key, or None while not rated (no verdict, or a draft)."""
        return self.verdict.rating if self.verdict is not None else None


@dataclass(frozen=True)
class ClaimRow:
    """One line of the claim list: what the list shows, without evidence bodies."""

    id: str
    text: str
    claimant: str | None
    status: str
    rating: str | None
    evidence_count: int
    updated_at: dt.datetime
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    author: str
    claim_id: str
    entity: str
    entity_id: str
    action: str
    changes: dict[str, Any] = dataclasses.field(default_factory=dict)
    # What the fields do not say: {"import": {bundle_title, file_name, created_by}},
    # {"readiness": {"unmet": [{key, label, detail}, ...]}}
    context: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class ClaimSnapshot:
    """Everything needed to bring a deleted claim back: the record and its attachment bytes."""

    claim: Claim
    blobs: dict[str, bytes]


@dataclass(frozen=True)
class EvidenceSnapshot:
    evidence: Evidence
    blobs: dict[str, bytes]


UNRATED = "__unrated__"  # the claim-list filter for claims without a rating


@dataclass(frozen=True)
class ClaimFilter:
    status: str | None = None
    tag: str | None = None
    rating: str | None = None  # a key, or UNRATED
    search: str | None = None


# The stored records by the name the history and change records use.
ENTITIES: dict[str, type] = {
    "claim": Claim,
    "evidence": Evidence,
    "verdict": Verdict,
    "attachment": Attachment,
}


def iter_specs() -> Iterator[tuple[str, FieldInfo]]:
    """Every declared field of every stored record, as (entity, field)."""
    for entity, record in ENTITIES.items():
        for f in declared(record):
            yield entity, f
