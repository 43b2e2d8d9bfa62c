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
    create_model,
)
from pydantic import ValidationError as PydanticError
from pydantic.json_schema import models_json_schema
from pydantic_core import PydanticCustomError

from factdesk import records as r
from factdesk.errors import ValidationError
from factdesk.i18n import N_, _, number
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
        raise _refuse(_("is not a canonical UUID (lowercase 8-4-4-4-12 hex digits)"), value)
    return value


def check_sha256(value: str) -> str:
    if not _SHA256.fullmatch(value):
        raise _refuse(_("is not a SHA-256 (64 lowercase hex digits)"), value)
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


def check_text(value: str) -> str:
    if not value.strip():
        raise _refuse(_("must not be empty"), value)
    return value


def int_range(low: int, high: int) -> Any:
    def check(value: int) -> int:
        if not low <= value <= high:
            raise _refuse(
                _("must be a whole number from {low} to {high}").format(low=low, high=high), value
            )
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
Timestamp = Annotated[
    str,
    TEXT,
    AfterValidator(check_timestamp),
    _text(format="date-time", pattern=TIMESTAMP_PATTERN),
]
Free = Annotated[str, TEXT, AfterValidator(_any), _text()]
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


# -- the record files, generated from the records' declarations ----------------------
#
# Each field of a claim, evidence item, verdict or attached file is declared
# once (factdesk/records.py).  Its place in the bundle is ``Spec.bundle``; its
# wire form (pattern, length) comes from its kind below; and after the wire
# form, the field's one validator (services.validation.field_value) checks
# it, so the window, the command line and a bundle accept the same values and
# refuse the others with the same words.


def _form(pattern: str, what: str) -> AfterValidator:
    """Only the wire form: what the value means is the field's own validator's to judge."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):  # fullmatch: "$" alone allows a final newline
            raise _refuse(_("is not written as {form}").format(form=_(what)), value)
        return value

    return AfterValidator(check)


def _exact_url(value: str) -> str:
    """An address the window accepts only once trimmed is not stored as given: refused."""
    if _PLAIN_WEB_URL.fullmatch(value):
        return value
    try:
        trimmed = validation.url(value, "URL")
    except ValidationError:
        return value  # the field's validator refuses it, in its words
    if trimmed != value:
        raise _refuse(_("has spaces at its ends"), value)
    return value


def _capital_grade(value: str) -> str:
    # A bundle writes the grade's capital letter; the window also takes a small one.
    if value in ("a", "b", "c", "d", "e", "f"):
        raise _refuse(_("is written as a capital letter in a bundle"), value)
    return value


_WIRE: dict[str, Any] = {
    r.ID: Uuid,
    r.TEXT: Free,
    r.URL: Annotated[
        str,
        TEXT,
        AfterValidator(_exact_url),
        _text(format="uri", pattern="^[Hh][Tt][Tt][Pp][Ss]?://"),
    ],
    r.DATE: Annotated[
        str,
        TEXT,
        _form(DATE_PATTERN[1:-1], "YYYY-MM-DD"),
        _text(format="date", pattern=DATE_PATTERN),
    ],
    r.TIMESTAMP: Annotated[
        str,
        TEXT,
        _form(TIMESTAMP_PATTERN[1:-1], N_("an RFC 3339 date and time (YYYY-MM-DDTHH:MM:SSZ)")),
        _text(format="date-time", pattern=TIMESTAMP_PATTERN),
    ],
    r.STATUS: Annotated[str, TEXT, _text(enum=list(STATUSES))],
    r.KIND: Annotated[str, TEXT, _text(enum=list(KINDS))],
    r.STANCE: Annotated[str, TEXT, _text(enum=list(STANCES))],
    # A bundle writes the grade's capital letter; the window also takes a small one.
    r.RELIABILITY_GRADE: Annotated[
        str, TEXT, AfterValidator(_capital_grade), _text(enum=list(RELIABILITY))
    ],
    r.CREDIBILITY_GRADE: Annotated[
        int, WithJsonSchema({"type": "integer", "minimum": 1, "maximum": 6})
    ],
    r.RATING: RatingKey,
    r.TAGS: Annotated[
        list[Annotated[str, Field(max_length=limits.TAG_CHARS), _text(limits.TAG_CHARS)]],
        Field(max_length=limits.TAGS_PER_CLAIM),
    ],
    r.SHA256: Sha256,
    r.INTEGER: Size,
}
# A required text: present and a string here; "not empty" is its validator's to say.
_REQUIRED_TEXT = Annotated[str, TEXT, _text(minLength=1)]


def _shared_check(record: type, name: str, *, may_be_empty: bool) -> AfterValidator:
    """The field's own validator, its refusal worded as everywhere else.

    The model then holds the record's value (a date as a date, an empty text
    as None), checked once.
    """

    def check(value: Any) -> Any:
        if may_be_empty and isinstance(value, str) and not value.strip():
            return None  # left for the reader's default
        try:
            return validation.field_value(record, name, value)
        except ValidationError as exc:
            text = str(exc).rstrip(".").replace("{", "{{").replace("}", "}}")
            raise PydanticCustomError("bundle", text) from None

    return AfterValidator(check)


def _wire_type(record: type, f: r.FieldInfo) -> Any:
    optional = f.spec.bundle_optional
    required_text = f.spec.kind == r.TEXT and f.spec.required and not optional
    base = _REQUIRED_TEXT if required_text else _WIRE[f.spec.kind]
    return Annotated[base, _shared_check(record, f.name, may_be_empty=optional)]


def _title(key: str) -> str:
    return "".join(part.capitalize() for part in key.split("_"))


def _record_model(
    name: str,
    record: type,
    doc: str,
    *,
    children: dict[str, Any] | None = None,
    require: tuple[str, ...] = (),
    omit: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> type[Model]:
    """The pydantic model of ``record``'s bundle object, field by field from its declaration.

    ``children`` gives the (type, default) of fields holding other records;
    ``require`` makes optional fields required here, ``omit`` leaves fields
    out, ``extra`` adds keys that exist only in bundles.
    """
    fields: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {}
    for f in r.declared(record):
        key = f.bundle_key
        if key is None or f.name in omit:
            continue
        if f.spec.kind == r.CHILDREN:
            fields[key] = (children or {})[f.name]
            continue
        typ = _wire_type(record, f)
        required = (f.spec.required and not f.spec.bundle_optional) or f.name in require
        spec = (typ, ...) if required else (typ | None, None)
        outer, dot, inner = key.partition(".")
        if dot:
            fields.setdefault(outer, None)  # its place among the fields
            nested.setdefault(outer, {})[inner] = spec
        else:
            fields[key] = spec
    for outer, inner_fields in nested.items():
        sub = create_model(_title(outer), __base__=Model, **inner_fields)
        fields[outer] = (sub | None, None)
    fields.update(extra or {})
    model: type[Model] = create_model(name, __base__=Model, __doc__=doc, **fields)
    return model


AttachmentFile = _record_model(
    "AttachmentFile", r.Attachment, "A file attached to an evidence item, under attachments/."
)
AttachmentFiles = Annotated[list[AttachmentFile], Field(max_length=limits.ATTACHMENTS_PER_EVIDENCE)]  # type: ignore[valid-type]
EvidenceFile = _record_model(
    "EvidenceFile",
    r.Evidence,
    "An evidence item gathered for the claim.",
    children={"attachments": (AttachmentFiles | None, None)},
)
VerdictFile = _record_model(
    "VerdictFile", r.Verdict, "The claim's verdict, rated.", require=("rating",)
)
DraftVerdictFile = _record_model(
    "DraftVerdictFile",
    r.Verdict,
    "A verdict being written, not yet rated: ``draft_verdict``, beside ``verdict: null``.",
    omit=("rating",),
)
EvidenceFiles = Annotated[list[EvidenceFile], Field(max_length=limits.EVIDENCE_PER_CLAIM)]  # type: ignore[valid-type]
RemovedEvidence = Annotated[list[Uuid], Field(max_length=limits.REMOVED_EVIDENCE_PER_CLAIM)]
ClaimFile = _record_model(
    "ClaimFile",
    r.Claim,
    "``claims/<claim-id>.json``.",
    children={"evidence": (EvidenceFiles, ...), "verdict": (VerdictFile | None, ...)},
    extra={
        "draft_verdict": (DraftVerdictFile | None, None),
        "removed_evidence": (RemovedEvidence | None, None),
    },
)


def wire_values(record: type, obj: Any) -> dict[str, Any]:
    """A validated bundle object's own fields as ``record``'s values (children left out).

    The models hold values already checked by each field's validator.
    """
    out: dict[str, Any] = {}
    for f in r.declared(record):
        key = f.bundle_key
        if key is None or f.spec.kind == r.CHILDREN:
            continue
        outer, dot, inner = key.partition(".")
        value = _defined(obj, outer)
        if dot:
            value = _defined(value, inner) if value is not None else None
        out[f.name] = value
    return out


def _defined(obj: Any, name: str) -> Any:
    """The value of a field the model defines; None otherwise.

    An unknown key is an attribute of the model too (kept aside for its
    warning), so reading ``rating`` from a draft, which defines none, would
    take whatever the bundle put there, unchecked.
    """
    return getattr(obj, name) if name in type(obj).model_fields else None


# -- messages ---------------------------------------------------------------

_TYPE_WORDS = {
    "string_type": N_("must be text, not {type}"),
    "int_type": N_("must be a whole number, not {type}"),
    "list_type": N_("must be an array, not {type}"),
    "model_type": N_("must be an object, not {type}"),
    "dict_type": N_("must be an object, not {type}"),
}


def describe(error: Any) -> str:
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return _("is required")
    if kind == "bundle":
        return str(error["msg"])
    if kind in ("string_type", "int_type", "list_type", "model_type", "dict_type"):
        from factdesk.services.bundles.strictjson import json_type

        return _(_TYPE_WORDS[kind]).format(type=json_type(value))
    if kind == "literal_error":
        allowed = str(error["msg"]).removeprefix("Input should be ")
        return _("{value} is not allowed: it must be {allowed}").format(
            value=show(value), allowed=allowed
        )
    if kind == "greater_than_equal":
        return _("{value} must not be negative").format(value=show(value))
    if kind == "less_than_equal":
        return _("{value} is larger than any size FactDesk can store").format(value=show(value))
    if kind == "string_too_long":
        limit = error.get("ctx", {}).get("max_length")
        return _("is {length} characters long; it may be at most {limit}").format(
            length=number(len(value or "")), limit=number(limit)
        )
    if kind == "too_long":
        limit = error.get("ctx", {}).get("max_length")
        return _("has {count} items; it may have at most {limit}").format(
            count=number(len(value or ())), limit=number(limit)
        )
    return _("{value} is not acceptable: {reason}").format(value=show(value), reason=error["msg"])


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

    Every object of the entry is visited, whatever field holds it, so an
    object the format gains later is covered without a list to keep up to
    date.  At most ``limit`` paths are named (all of them without a limit);
    the number says how many there are in all.
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
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, BaseModel):
                stack.append((value, (*loc, name)))
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                stack.extend((item, (*loc, name, i)) for i, item in enumerate(value))
    return sorted(found), total


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
