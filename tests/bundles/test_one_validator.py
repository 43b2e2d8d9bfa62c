"""A value is accepted by a bundle exactly when the window and the command line accept it.

Each field's one validator (``validation.field_value``) runs inside the
bundle reader's models, so the same values pass and the same words refuse.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from factdesk import records as r
from factdesk.errors import ValidationError
from factdesk.services import validation
from factdesk.services.bundles import schema
from factdesk.services.bundles.errors import BundleError

CLAIM_ID = "0b6e1c52-5f0e-4a55-9d33-2f1b0f6f2a01"
EVIDENCE_ID = "1c7f2d63-6a1f-4b66-8e44-3a2c1a7a3b02"
NOW = "2024-03-01T10:00:00Z"

BASE: dict[str, Any] = {
    "id": CLAIM_ID,
    "text": "A claim.",
    "status": "new",
    "created_at": NOW,
    "updated_at": NOW,
    "evidence": [
        {
            "id": EVIDENCE_ID,
            "stance": "refutes",
            "created_at": NOW,
            "updated_at": NOW,
        }
    ],
    "verdict": {"rating": "false"},
}

# Values that look like the field's wire form, some good and some not.
CANDIDATES: dict[str, list[Any]] = {
    r.TEXT: ["Plain words", "  spaced  ", "line\nbreak\ttab", "bell\x07", "del\x7f", "x" * 5000],
    r.URL: [
        "https://example.org/a",
        "http://[oops",
        "https://[::1",
        "http://host:port/",
        "https://exa mple.org",
        "HTTPS://EXAMPLE.ORG/",
        "http://[::1]:8080/x",
        "ftp://example.org/",
        "https://example.org/a\nb",  # the URL parser drops these silently
        "https://exam\tple.org/",
        "https://example.org/a\rb",
    ],
    r.DATE: ["2021-02-28", "2021-02-30", "0000-01-01", "9999-12-31", "2021-13-01"],
    r.TIMESTAMP: [
        "2024-03-01T10:00:00Z",
        "2024-03-01t10:00:00z",
        "2024-03-01T10:00:00.123456789-00:00",
        "2024-02-30T10:00:00Z",
        "2024-03-01T25:00:00Z",
    ],
    r.STANCE: ["refutes", "REFUTES", "maybe"],
    r.STATUS: ["new", "published", "done"],
    r.KIND: ["article", "fact-check", "blog"],
    r.RELIABILITY_GRADE: ["A", "F", "G", "a"],
    r.CREDIBILITY_GRADE: [1, 6, 0, 7],
    r.TAGS: [["one", "two"], ["  "], ["bell\x07"], ["x" * 500]],
}

# The window also takes a small grade letter; a bundle holds the capital one.
NOT_WIRE_FORM = {"a"}

WHERE: dict[type, str] = {r.Claim: "claim", r.Evidence: "evidence", r.Verdict: "verdict"}


def _cases() -> list[tuple[type, str, Any]]:
    cases = []
    for record in WHERE:
        for f in r.declared(record):
            if not f.spec.editable or f.spec.kind not in CANDIDATES:
                continue
            cases += [(record, f.name, value) for value in CANDIDATES[f.spec.kind]]
    return cases


def _with(record: type, name: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    target = {r.Claim: data, r.Evidence: data["evidence"][0], r.Verdict: data["verdict"]}[record]
    key = r.field_info(record, name).bundle_key
    assert key is not None
    outer, dot, inner = key.partition(".")
    if dot:
        target.setdefault(outer, {})[inner] = value
    else:
        target[outer] = value
    return data


@pytest.mark.parametrize(
    ("record", "name", "value"),
    _cases(),
    ids=lambda v: v.__name__ if isinstance(v, type) else repr(v)[:30],
)
def test_a_bundle_accepts_a_value_exactly_when_the_window_does(
    record: type, name: str, value: Any
) -> None:
    try:
        expected = validation.field_value(record, name, value)
        refusal = None
    except ValidationError as exc:
        refusal = str(exc).rstrip(".")
    try:
        claim = schema.validate(schema.ClaimFile, _with(record, name, value), "c.json")
    except BundleError as exc:
        if isinstance(value, str) and value in NOT_WIRE_FORM:
            return
        assert refusal is not None, f"the window accepts {value!r}; the bundle refused: {exc}"
        # Length and type are checked first, in the format's words; every other
        # refusal is the window's own sentence.
        assert refusal in str(exc) or "characters long" in str(exc), str(exc)
        return
    assert refusal is None, f"the window refuses {value!r} ({refusal}); a bundle accepted it"
    held = {r.Claim: claim, r.Evidence: claim.evidence[0], r.Verdict: claim.verdict}[record]
    assert schema.wire_values(record, held)[name] == expected


@pytest.mark.parametrize("address", ["https://example.org/a\nb", "https://exam\tple.org/"])
def test_an_address_with_a_tab_or_line_break_is_refused(address: str) -> None:
    with pytest.raises(ValidationError, match="tab or a line break"):
        validation.url(address, "web address")
