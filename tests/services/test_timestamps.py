"""Timestamps: what RFC 3339 allows is read, one range is accepted, everything round-trips.

Every accepted timestamp is stored in UTC and shown, listed, reported and
exported in any time zone; anything outside the range is refused at the
door with a message, and export never writes what import would refuse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from factdesk.cli.main import main as cli_main
from factdesk.errors import ValidationError
from factdesk.services import Case, open_case, timestamps, validation
from factdesk.services.bundles import BundleError, apply_import, export_bundle, inspect_bundle
from tests.bundles import builders as b
from tests.helpers import tamper_case

UTC = dt.UTC

ACCEPTED = [
    ("2024-03-01T12:00:00Z", dt.datetime(2024, 3, 1, 12, tzinfo=UTC)),
    ("2024-03-01t12:00:00z", dt.datetime(2024, 3, 1, 12, tzinfo=UTC)),
    ("2024-03-01T12:00:00.123456789Z", dt.datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)),
    ("2024-03-01T12:00:00.5Z", dt.datetime(2024, 3, 1, 12, 0, 0, 500000, tzinfo=UTC)),
    ("2024-03-01T12:00:00-00:00", dt.datetime(2024, 3, 1, 12, tzinfo=UTC)),
    ("2024-03-01T12:00:00+05:30", dt.datetime(2024, 3, 1, 6, 30, tzinfo=UTC)),
    ("2024-03-01T00:30:00-23:59", dt.datetime(2024, 3, 2, 0, 29, tzinfo=UTC)),
    ("2016-12-31T23:59:60Z", dt.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)),
    ("1970-01-01T00:00:00Z", timestamps.EARLIEST),
    ("2999-12-31T23:59:59.999999Z", timestamps.LATEST),
    ("1970-01-01T01:00:00+01:00", timestamps.EARLIEST),
]
REFUSED = [
    ("2024-03-01 12:00:00Z", "RFC 3339"),  # a space is not RFC 3339's grammar
    ("2024-03-01T12:00Z", "RFC 3339"),
    ("2024-03-01T12:00:00", "RFC 3339"),  # no offset
    ("2024-03-01T12:00:00+0100", "RFC 3339"),
    ("2024-03-01T12:00:00Z\n", "RFC 3339"),
    ("+2024-03-01T12:00:00Z", "RFC 3339"),
    ("2024-13-01T12:00:00Z", "not a real date"),
    ("2024-03-01T12:00:61Z", "not a real date"),
    ("2024-03-01T12:00:00+24:00", "offset"),
    ("1969-12-31T23:59:59.999999Z", "accepted range"),
    ("3000-01-01T00:00:00Z", "accepted range"),
    ("0001-01-01T00:00:00Z", "accepted range"),
    ("9999-12-31T23:59:59.999999Z", "accepted range"),
    ("9999-12-31T23:59:59-23:59", "accepted range"),
    ("0001-01-01T00:00:00+23:59", "accepted range"),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_rfc3339_forms_are_read_and_normalised_to_utc(text: str, expected: dt.datetime) -> None:
    value = timestamps.parse_timestamp(text)
    assert value == expected and value.utcoffset() == dt.timedelta(0)
    written = timestamps.format_timestamp(value)
    assert written.endswith("Z") and timestamps.parse_timestamp(written) == value


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_other_forms_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(timestamps.TimestampError, match=reason):
        timestamps.parse_timestamp(text)


def test_the_window_and_command_line_use_the_same_range() -> None:
    assert validation.timestamp("2024-03-01 12:00", "review date") == dt.datetime(
        2024, 3, 1, 12, tzinfo=UTC
    )
    for text in ("0999-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00+01:00"):
        with pytest.raises(ValidationError, match="accepted range"):
            validation.timestamp(text, "review date")
    with pytest.raises(ValidationError, match="accepted range"):
        validation.timestamp(dt.datetime(1, 1, 1, tzinfo=UTC), "review date")


def test_dates_run_from_year_one_to_9999() -> None:
    assert validation.date("0001-01-01", "d") == dt.date(1, 1, 1)
    assert validation.date("9999-12-31", "d") == dt.date(9999, 12, 31)
    for text in ("0000-01-01", "2024-02-30", "10000-01-01", "2024-1-1"):
        with pytest.raises(ValidationError, match=r"is not a (real )?date"):
            validation.date(text, "d")


# -- through a case file, in every time zone ---------------------------------------------


def edge_bundle(path: Path) -> Path:
    """A bundle whose timestamps sit on the edges of the range, in forms other tools write."""
    parts = b.valid_parts()
    c1 = parts["claims"][0]
    c1["created_at"] = "1970-01-01t01:00:00+01:00"  # the earliest instant
    c1["updated_at"] = "2999-12-31T23:59:59.999999999z"  # the latest
    c1["appeared_in"] = {"url": None, "title": "Gazette", "date": "0001-01-01"}
    ev = c1["evidence"][0]
    ev["accessed_at"] = "2999-12-31T18:59:59.999999-05:00"
    ev["published_on"] = "9999-12-31"
    ev["created_at"] = ev["updated_at"] = "1970-01-01T00:00:00-00:00"
    c1["verdict"]["reviewed_at"] = "2016-12-31T23:59:60Z"
    parts["manifest"]["created_at"] = "2999-12-31T23:59:59.999999Z"
    return b.build(path, parts)


@contextlib.contextmanager
def time_zone(name: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", name)
    time.tzset()
    try:
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def run_cli(db: object, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["--db", str(db), *args])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("zone", ["Etc/GMT+12", "Etc/GMT-14", "Pacific/Kiritimati", "UTC"])
def test_edge_timestamps_round_trip_through_every_view(
    tmp_path: Path, case: Case, zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_import(case, edge_bundle(tmp_path / "edge.factbundle"))
    claim = case.claims.get(b.C1)
    assert claim.created_at == timestamps.EARLIEST
    assert claim.updated_at == timestamps.LATEST
    assert claim.appeared_date == dt.date(1, 1, 1)
    assert claim.evidence[0].published_on == dt.date(9999, 12, 31)
    with time_zone(zone, monkeypatch):
        for args in (
            ("claims", "list"),
            ("claims", "list", "--json"),
            ("claims", "show", b.C1),
            ("claims", "show", b.C1, "--json"),
            ("history", b.C1),
            ("report", b.C1, "--organisation", "Edge Checks", "-o", str(tmp_path / "r.html")),
            ("report", "--all", "-o", str(tmp_path / "all.html")),
            ("bundle", "export", "-o", str(tmp_path / "again.factbundle")),
        ):
            code, _out, err = run_cli(case.location, *args)
            assert code == 0, (args, err)
            assert "internal error" not in err
        shown = json.loads(run_cli(case.location, "claims", "show", b.C1, "--json")[1])
        assert shown["created_at"] == "1970-01-01T00:00:00Z"
        assert shown["updated_at"] == "2999-12-31T23:59:59.999999Z"
        assert shown["appeared_in"]["date"] == "0001-01-01"
        assert shown["evidence"][0]["accessed_at"] == "2999-12-31T23:59:59.999999Z"
        html = (tmp_path / "r.html").read_text(encoding="utf-8")
        assert "1 January 1" in html and "31 December 9999" in html
        again = inspect_bundle(tmp_path / "again.factbundle")
        assert again.claims[0].updated_at == timestamps.LATEST
        code, _out, err = run_cli(case.location, "claims", "delete", b.C1)
        assert code == 0, err


def test_export_import_export_of_edge_timestamps_is_byte_identical(
    tmp_path: Path, case: Case
) -> None:
    apply_import(case, edge_bundle(tmp_path / "edge.factbundle"))
    first = export_bundle(case, tmp_path / "first.factbundle").path
    with open_case(tmp_path / "other.factdesk") as other:
        apply_import(other, first)
        second = export_bundle(other, tmp_path / "second.factbundle").path
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as zf:
        text = zf.read(f"claims/{b.C1}.json").decode()
    assert '"created_at":"1970-01-01T00:00:00Z"' in text
    assert '"reviewed_at":"2016-12-31T23:59:59.999999Z"' in text


# -- export never writes what import refuses --------------------------------------------------


def tamper(location: object, sql: str, *params: object) -> None:
    """Change the case as another program (or an older FactDesk) might have."""
    tamper_case(location, sql, *params)


C1, E1 = b.C1, b.E1


@pytest.mark.parametrize(
    ("sql", "params", "fragment"),
    [
        ("UPDATE claims SET created_at = ? WHERE id = ?", ("0001-01-01T00:00:00.000000Z", C1),
         "$.created_at"),
        ("UPDATE claims SET updated_at = ? WHERE id = ?", ("9999-12-31T23:59:59.999999Z", C1),
         "$.updated_at"),
        ("UPDATE evidence SET accessed_at = ? WHERE id = ?", ("0999-06-01T00:00:00.000000Z", E1),
         "$.evidence[0].accessed_at"),
        ("UPDATE verdicts SET rationale = ?", ("x" * 1_000_001,), "$.verdict.rationale"),
        ("UPDATE evidence SET title = ? WHERE id = ?", ("bell \x07 inside", E1),
         "$.evidence[0].title"),
        ("UPDATE evidence SET url = ? WHERE id = ?", ("javascript:alert(1)", E1),
         "$.evidence[0].url"),
        ("UPDATE claims SET status = ? WHERE id = ?", ("deleted", C1), "$.status"),
    ],
)  # fmt: skip
def test_export_refuses_what_import_would_refuse_naming_the_field(
    tmp_path: Path, case: Case, sql: str, params: tuple[object, ...], fragment: str
) -> None:
    apply_import(case, b.build(tmp_path / "ok.factbundle"))
    tamper(case.location, sql, *params)
    target = tmp_path / "out.factbundle"
    with pytest.raises(BundleError) as refused:
        export_bundle(case, target)
    message = str(refused.value)
    assert fragment in message and "would be refused on import" in message, message
    assert not target.exists() and not list(tmp_path.glob(".out.factbundle*"))


def test_export_refuses_an_oversized_claim_file_naming_its_largest_text(
    tmp_path: Path, case: Case
) -> None:
    apply_import(case, b.build(tmp_path / "ok.factbundle"))
    for column in ("excerpt", "notes", "title", "publisher", "author"):
        tamper(case.location, f"UPDATE evidence SET {column} = ?", "𝄞" * 900_000)
    tamper(case.location, "UPDATE verdicts SET rationale = ?", "𝄞" * 999_999)
    target = tmp_path / "big.factbundle"
    with pytest.raises(BundleError, match=r"more than 16 MiB; its largest text is \$\.verdict"):
        export_bundle(case, target)
    assert not target.exists()
