"""Claims as JSON objects in the claim bundle format's shape.

The bundle writer, ``--json`` output and reports all use this, so a claim
object printed by ``factdesk claims show --json`` is exactly a bundle claim
file.  The keys come from the records' declarations (``Spec.bundle``).

A draft verdict (summary or rationale written, no rating chosen yet) is
carried as ``draft_verdict`` beside ``"verdict": null``: format version 1
readers that predate it ignore it with a warning, so it is never dropped
silently (see the bundle format specification).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factdesk import records as r
from factdesk.records import Attachment, Claim, Evidence, Verdict
from factdesk.services import timestamps

DRAFT_KEY = "draft_verdict"
REMOVED_KEY = "removed_evidence"


def format_timestamp(value: dt.datetime | None) -> str | None:
    """RFC 3339 UTC with a ``Z``; fractions of a second only when there are some."""
    return timestamps.format_timestamp(value) if value is not None else None


def format_date(value: dt.date | None) -> str | None:
    return f"{value.year:04d}-{value:%m-%d}" if value is not None else None


def json_value(kind: str, value: Any) -> Any:
    """A record value as the bundle writes it."""
    if kind == r.TIMESTAMP:
        return format_timestamp(value)
    if kind == r.DATE:
        return format_date(value)
    if kind == r.TAGS:
        return list(value)
    return value


def _plain(record: Any) -> dict[str, Any]:
    """The record's own bundle fields (nested keys such as ``appeared_in.url`` spread out)."""
    data: dict[str, Any] = {}
    for f in r.declared(type(record)):
        key = f.bundle_key
        if key is None or f.spec.kind == r.CHILDREN:
            continue
        value = json_value(f.spec.kind, getattr(record, f.name))
        if "." in key:
            outer, inner = key.split(".", 1)
            data.setdefault(outer, {})[inner] = value
        else:
            data[key] = value
    return data


def attachment_to_dict(att: Attachment) -> dict[str, Any]:
    return _plain(att)


def evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    data = _plain(ev)
    data["attachments"] = [attachment_to_dict(a) for a in ev.attachments]
    return data


def verdict_to_dict(v: Verdict | None) -> dict[str, Any] | None:
    if v is None or v.rating is None:
        return None
    return _plain(v)


def draft_to_dict(v: Verdict | None) -> dict[str, Any] | None:
    """A draft verdict's fields (no rating), or None when there is no draft."""
    if v is None or v.rating is not None:
        return None
    data = _plain(v)
    del data["rating"]
    return data


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    data = _plain(claim)
    appeared = data.get("appeared_in")
    if appeared is not None and not any(appeared.values()):
        data["appeared_in"] = None
    data["evidence"] = [evidence_to_dict(e) for e in claim.evidence]
    data["verdict"] = verdict_to_dict(claim.verdict)
    draft = draft_to_dict(claim.verdict)
    if draft is not None:
        data[DRAFT_KEY] = draft
    return data


def _field(record: type, name: str, value: Any) -> Any:
    from factdesk.services import validation

    return validation.field_value(record, name, value)


def _fields(record: type, data: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A record's fields read from a bundle-shaped object, each through its one validator."""
    values: dict[str, Any] = {}
    for f in r.declared(record):
        key = f.bundle_key
        if key is None or f.spec.kind == r.CHILDREN:
            continue
        if "." in key:
            outer, inner = key.split(".", 1)
            raw = (data.get(outer) or {}).get(inner)
        else:
            raw = data.get(key)
        values[f.name] = _field(record, f.name, raw)
    return {**values, **extra}


def claim_from_dict(data: dict[str, Any]) -> Claim:
    """A claim record from a bundle-shaped object (trusted input such as the sample case).

    Untrusted bundles are validated in full by the bundle reader first.
    """
    from factdesk.errors import ValidationError
    from factdesk.i18n import N_, _
    from factdesk.services import validation as v

    claim_id = v.canonical_uuid(data.get("id"), N_("claim id"))
    evidence = []
    for pos, ev in enumerate(data.get("evidence") or []):
        evidence_id = v.canonical_uuid(ev.get("id"), N_("evidence id"))
        evidence.append(
            Evidence(**_fields(Evidence, ev, claim_id=claim_id, position=pos, attachments=()))
        )
        if evidence[-1].id != evidence_id:
            raise ValidationError(
                _("evidence {id}: its id does not match its fields.").format(id=evidence_id)
            )
    verdict = None
    raw = data.get("verdict") or (
        {**data[DRAFT_KEY], "rating": None} if data.get(DRAFT_KEY) else None
    )
    if raw:
        verdict = Verdict(**_fields(Verdict, raw, claim_id=claim_id))
    for name in ("created_at", "updated_at"):
        if data.get(name) is None:
            raise ValidationError(_("{field} is required.").format(field=name))
    return Claim(**_fields(Claim, data), evidence=tuple(evidence), verdict=verdict)
