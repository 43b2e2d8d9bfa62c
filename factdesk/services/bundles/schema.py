"""The bundle format, version 1, as strict pydantic models.

Strict: a wrong type is refused (no "5" for 5, no true for 1).  Unknown
fields are kept aside and reported as warnings (forward compatibility within
version 1).  The same models generate the JSON Schema shipped as
``resources/bundle-format-v1.schema.json`` (``python -m
factdesk.services.bundles.write_schema`` rewrites it).
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
)
from pydantic import ValidationError as PydanticError
from pydantic.json_schema import models_json_schema
from pydantic_core import PydanticCustomError

from factdesk.errors import ValidationError
from factdesk.services import limits, timestamps, validation
from factdesk.services.bundles.errors import BundleError, at
from factdesk.services.bundles.limits import DEFAULT_LIMITS
from factdesk.services.bundles.strictjson import path_join
from factdesk.services.records import KINDS, RELIABILITY, STANCES, STATUSES

FORMAT = "factdesk.bundle"
FORMAT_VERSION = 1
MEDIA_TYPE = "application/vnd.factdesk.bundle+zip"
SCHEMA_FILE = "bundle-format-v1.schema.json"
MAX_CLAIMS = DEFAULT_LIMITS.entries - 1  # every claim is an entry, beside the manifest

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIMESTAMP_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
# Checked with fullmatch: "$" alone would also match before a final newline.
_UUID = re.compile(UUID_PATTERN)
_SHA256 = re.compile(SHA256_PATTERN)


def show(value: object, width: int = 80) -> str:
    """A value as a message quotes it, shortened."""
    if isinstance(value, str) and len(value) > width:
        value = value[:width]  # repr of a huge text would cost its whole length
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _refuse(message: str, value: object) -> PydanticCustomError:
    # Braces in a value must not be taken for template fields by pydantic.
    text = f"{show(value)} {message}".replace("{", "{{").replace("}", "}}")
    return PydanticCustomError("bundle", text)


def check_uuid(value: str) -> str:
    if not _UUID.fullmatch(value):
        raise _refuse("is not a canonical UUID (lowercase 8-4-4-4-12 hex digits)", value)
    return value


def check_sha256(value: str) -> str:
    if not _SHA256.fullmatch(value):
        raise _refuse("is not a SHA-256 (64 lowercase hex digits)", value)
    return value


def check_date(value: str) -> str:
    try:
        timestamps.parse_date(value)
    except timestamps.TimestampError as exc:
        raise _refuse(str(exc), value) from None
    return value


def check_timestamp(value: str) -> str:
    try:
        timestamps.parse_timestamp(value)
    except timestamps.TimestampError as exc:
        raise _refuse(str(exc), value) from None
    return value


# Addresses the window's own check certainly accepts unchanged: a plain host
# (no user, port, brackets or spaces) and no spaces after it.  Anything else
# goes to that check itself, so a bundle and the window accept the same ones.
_PLAIN_WEB_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.-]+(?:[/?#]\S*)?")


def check_url(value: str) -> str:
    if _PLAIN_WEB_URL.fullmatch(value):
        return value
    try:
        accepted = validation.url(value, "URL") == value  # and not only once trimmed
    except ValidationError:
        accepted = False
    if not accepted:
        raise _refuse("is not an http or https URL", value)
    return value


def check_text(value: str) -> str:
    if not value.strip():
        raise _refuse("must not be empty", value)
    return value


def one_of(allowed: tuple[str, ...]) -> Any:
    def check(value: str) -> str:
        if value not in allowed:
            raise _refuse(f"is not one of: {', '.join(allowed)}", value)
        return value

    return check


def int_range(low: int, high: int) -> Any:
    def check(value: int) -> int:
        if not low <= value <= high:
            raise _refuse(f"must be a whole number from {low} to {high}", value)
        return value

    return check


def _text(max_chars: int = limits.TEXT_CHARS, **schema: Any) -> WithJsonSchema:
    """The JSON Schema of a string field (pydantic checks the length before any check runs)."""
    return WithJsonSchema({"type": "string", "maxLength": max_chars, **schema})


def _any(value: str) -> str:
    return value


TEXT = Field(max_length=limits.TEXT_CHARS)
Uuid = Annotated[str, TEXT, AfterValidator(check_uuid), _text(pattern=UUID_PATTERN)]
Sha256 = Annotated[str, TEXT, AfterValidator(check_sha256), _text(pattern=SHA256_PATTERN)]
Date = Annotated[str, TEXT, AfterValidator(check_date), _text(format="date", pattern=DATE_PATTERN)]
Timestamp = Annotated[
    str,
    TEXT,
    AfterValidator(check_timestamp),
    _text(format="date-time", pattern=TIMESTAMP_PATTERN),
]
Url = Annotated[
    str, TEXT, AfterValidator(check_url), _text(format="uri", pattern="^[Hh][Tt][Tt][Pp][Ss]?://")
]
Free = Annotated[str, TEXT, AfterValidator(_any), _text()]
Text = Annotated[str, TEXT, AfterValidator(check_text), _text(minLength=1)]
TagText = Annotated[
    str,
    Field(max_length=limits.TAG_CHARS),
    AfterValidator(check_text),
    _text(limits.TAG_CHARS, minLength=1),
]
RatingKey = Annotated[
    str,
    Field(max_length=limits.RATING_KEY_CHARS),
    AfterValidator(check_text),
    _text(limits.RATING_KEY_CHARS, minLength=1),
]
RatingLabel = Annotated[
    str, Field(max_length=limits.RATING_LABEL_CHARS), _text(limits.RATING_LABEL_CHARS)
]
Status = Annotated[str, TEXT, AfterValidator(one_of(STATUSES)), _text(enum=list(STATUSES))]
Kind = Annotated[str, TEXT, AfterValidator(one_of(KINDS)), _text(enum=list(KINDS))]
Stance = Annotated[str, TEXT, AfterValidator(one_of(STANCES)), _text(enum=list(STANCES))]
Reliability = Annotated[
    str, TEXT, AfterValidator(one_of(tuple(RELIABILITY))), _text(enum=list(RELIABILITY))
]
Credibility = Annotated[
    int,
    AfterValidator(int_range(1, 6)),
    WithJsonSchema({"type": "integer", "minimum": 1, "maximum": 6}),
]
RatingValue = Annotated[
    int,
    AfterValidator(int_range(*limits.RATING_VALUE)),
    WithJsonSchema(
        {
            "type": "integer",
            "minimum": limits.RATING_VALUE[0],
            "maximum": limits.RATING_VALUE[1],
        }
    ),
]
# A size beyond SQLite's integers could never match the bytes anyway.
Size = Annotated[int, Field(ge=0, le=2**63 - 1)]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow", frozen=True)


class RatingStep(Model):
    key: RatingKey
    label: RatingLabel
    value: RatingValue | None = None


RatingSteps = Annotated[list[RatingStep], Field(max_length=limits.RATINGS_PER_SCALE)]
ClaimIds = Annotated[list[Uuid], Field(max_length=MAX_CLAIMS)]
Tags = Annotated[list[TagText], Field(max_length=limits.TAGS_PER_CLAIM)]


class RatingScale(Model):
    name: Free | None = None
    ratings: RatingSteps = Field(default_factory=list)


class Manifest(Model):
    """``manifest.json``."""

    format: Literal["factdesk.bundle"]
    format_version: int
    created_at: Timestamp | None = None
    generator: Free | None = None
    created_by: Free | None = None
    title: Free | None = None
    claims: ClaimIds = Field(default_factory=list)
    rating_scale: RatingScale = Field(default_factory=RatingScale)


class AppearedIn(Model):
    url: Url | None = None
    title: Free | None = None
    date: Date | None = None


class AttachmentFile(Model):
    sha256: Sha256
    size: Size
    filename: Free | None = None
    media_type: Free | None = None


AttachmentFiles = Annotated[list[AttachmentFile], Field(max_length=limits.ATTACHMENTS_PER_EVIDENCE)]


class EvidenceFile(Model):
    id: Uuid
    stance: Stance
    created_at: Timestamp
    updated_at: Timestamp
    kind: Kind | None = None
    title: Free | None = None
    url: Url | None = None
    publisher: Free | None = None
    author: Free | None = None
    published_on: Date | None = None
    accessed_at: Timestamp | None = None
    source_reliability: Reliability | None = None
    info_credibility: Credibility | None = None
    excerpt: Free | None = None
    notes: Free | None = None
    attachments: AttachmentFiles | None = None


class VerdictFile(Model):
    rating: RatingKey
    summary: Free | None = None
    rationale: Free | None = None
    reviewer: Free | None = None
    reviewed_at: Timestamp | None = None


class DraftVerdictFile(Model):
    """A verdict being written, not yet rated: ``draft_verdict``, beside ``verdict: null``."""

    summary: Free | None = None
    rationale: Free | None = None
    reviewer: Free | None = None
    reviewed_at: Timestamp | None = None


EvidenceFiles = Annotated[list[EvidenceFile], Field(max_length=limits.EVIDENCE_PER_CLAIM)]
RemovedEvidence = Annotated[list[Uuid], Field(max_length=limits.REMOVED_EVIDENCE_PER_CLAIM)]


class ClaimFile(Model):
    """``claims/<claim-id>.json``."""

    id: Uuid
    text: Text
    status: Status
    created_at: Timestamp
    updated_at: Timestamp
    evidence: EvidenceFiles
    verdict: VerdictFile | None
    draft_verdict: DraftVerdictFile | None = None
    removed_evidence: RemovedEvidence | None = None
    claimant: Free | None = None
    appeared_in: AppearedIn | None = None
    language: Free | None = None
    tags: Tags | None = None
    notes: Free | None = None


# -- messages ---------------------------------------------------------------

_TYPE_WORDS = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "list_type": "must be an array",
    "model_type": "must be an object",
    "dict_type": "must be an object",
    "literal_error": "must be",
}


def describe(error: Any) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "bundle":
        return str(error["msg"])
    if kind in ("string_type", "int_type", "list_type", "model_type", "dict_type"):
        from factdesk.services.bundles.strictjson import json_type

        return f"{_TYPE_WORDS[kind]}, not {json_type(value)}"
    if kind == "literal_error":
        return (
            f"{show(value)} is not allowed: {error['msg'].replace('Input should be', 'it must be')}"
        )
    if kind == "greater_than_equal":
        return f"{show(value)} must not be negative"
    if kind == "less_than_equal":
        return f"{show(value)} is larger than any size FactDesk can store"
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"is {len(value or ''):,} characters long; it may be at most {limit:,}"
    if kind == "too_long":
        limit = error.get("ctx", {}).get("max_length")
        return f"has {len(value or ()):,} items; it may have at most {limit:,}"
    return f"{show(value)} is not acceptable: {error['msg']}"


def json_path(loc: tuple[Any, ...]) -> str:
    path = "$"
    for part in loc:
        path = path_join(path, part)
    return path


def validate(model: type[Model], data: dict[str, Any], entry: str) -> Any:
    """``data`` as ``model``; the first problem raised as ``entry: $.path: message``."""
    try:
        return model.model_validate(data)
    except PydanticError as exc:
        errors = exc.errors(include_url=False)
        # Report the error that comes first in the document.
        first = min(errors, key=lambda e: _document_order(model, data, e["loc"]))
        raise at(entry, json_path(first["loc"]), describe(first)) from None


def _document_order(model: type[Model], data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    order: list[Any] = []
    node = data
    for part in loc:
        if isinstance(node, dict):
            keys = list(node)
            order.append(keys.index(part) if part in keys else len(keys))
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int):
            order.append(part)
            node = node[part] if part < len(node) else None
        else:
            order.append(0)
    return tuple(order)


def unknown_fields(model: BaseModel, *, limit: int | None = None) -> tuple[list[str], int]:
    """JSON paths of fields the format does not define (kept aside, reported as warnings).

    At most ``limit`` paths are named (all of them without a limit); the
    number says how many there are in all.
    """
    found: list[str] = []
    total = 0
    stack: list[tuple[BaseModel, tuple[str | int, ...]]] = [(model, ())]
    while stack:
        node, loc = stack.pop()
        extra = node.model_extra or {}
        total += len(extra)
        for key in extra:
            if limit is None or len(found) < limit:
                found.append(json_path((*loc, key)))
        for name in NESTED.get(type(node), ()):
            value = getattr(node, name)
            if isinstance(value, BaseModel):
                stack.append((value, (*loc, name)))
            elif isinstance(value, list):
                stack.extend((item, (*loc, name, i)) for i, item in enumerate(value))
    return sorted(found), total


# Fields that hold objects, where unknown fields may hide further down.
NESTED: dict[type[BaseModel], tuple[str, ...]] = {
    Manifest: ("rating_scale",),
    RatingScale: ("ratings",),
    ClaimFile: ("appeared_in", "evidence", "verdict"),
    EvidenceFile: ("attachments",),
}


# -- JSON Schema -------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema of manifest.json and the claim files, generated from the models."""
    _, top = models_json_schema(
        [(Manifest, "validation"), (ClaimFile, "validation")],
        title="FactDesk claim bundle, format version 1",
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": top["title"],
        "description": (
            f"A claim bundle ({MEDIA_TYPE}) is a ZIP archive holding manifest.json "
            "(#/$defs/Manifest), claims/<claim-id>.json (#/$defs/ClaimFile) and "
            "attachments/<sha256>. Fields not defined here are ignored with a warning."
        ),
        "anyOf": [{"$ref": "#/$defs/Manifest"}, {"$ref": "#/$defs/ClaimFile"}],
        "$defs": top["$defs"],
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "BundleError",
    "ClaimFile",
    "Manifest",
    "json_schema",
    "unknown_fields",
    "validate",
]
