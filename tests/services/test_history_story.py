"""History told as a story: local times to the minute, plain field names, titles, no no-ops."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factdesk.records import HistoryEntry
from factdesk.services import Case, history_story, open_case
from factdesk.services import changes as changes_module
from factdesk.services.bundles import apply_import, export_bundle
from factdesk.services.imports import ImportOptions, run_import


@pytest.fixture
def tokyo() -> Iterator[None]:
    """The user's time zone is Tokyo (UTC+9) for the test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def story(case: Case, claim_id: str) -> list[str]:
    entries = case.history.for_claim(claim_id)
    titles = {e.id: e.title or "" for e in case.evidence.list(claim_id)}
    names = history_story.subjects(entries, titles)
    ratings = {r.key: r.label for r in case.ratings.scale()}
    told = (history_story.describe(e, names, ratings) for e in entries)
    return [sentence for sentence in told if sentence is not None]


def at(monkeypatch: pytest.MonkeyPatch, when: str) -> None:
    """The clock of every write from now on."""
    moment = dt.datetime.fromisoformat(when.replace("Z", "+00:00"))
    monkeypatch.setattr(changes_module, "now_utc", lambda: moment)


def test_times_are_local_to_the_minute(
    case: Case, tokyo: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    at(monkeypatch, "2024-03-01T23:40:31.5Z")  # 08:40 on 2 March in Tokyo
    claim = case.claims.create("Claim")
    case.verdicts.set(claim.id, rating="false")
    (rated, added) = story(case, claim.id)[:2]
    assert rated == ("08:40 Test Reporter added the verdict, rated False"), (
        "the verdict's creation names its rating"
    )
    assert added.startswith("08:40 Test Reporter added the claim")
    verdict = case.verdicts.get(claim.id)
    assert verdict is not None and verdict.reviewed_at == dt.datetime(
        2024, 3, 1, 23, 40, tzinfo=dt.UTC
    )
    case.verdicts.set_changes(claim.id, reviewed_at="2024-03-05T01:02:03Z")
    assert story(case, claim.id)[0] == (
        "08:40 Test Reporter changed the review date 2 Mar 2024, 08:40 → 5 Mar 2024, 10:02"
    )


def test_a_rating_changed_twice_in_a_minute_is_one_review(
    case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = case.claims.create("Claim")
    at(monkeypatch, "2024-03-01T10:00:05Z")
    case.verdicts.set_changes(claim.id, rating="false")
    at(monkeypatch, "2024-03-01T10:00:40Z")
    case.verdicts.set_changes(claim.id, rating="mostly-false")
    newest = case.history.for_claim(claim.id)[0]
    assert newest.changes == {"rating": ["false", "mostly-false"]}  # no "review date X → X"
    assert story(case, claim.id)[0].endswith("changed the rating False → Mostly false")


def test_old_entries_that_changed_nothing_visible_are_skipped(case: Case) -> None:
    when = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)

    def entry(changes: dict[str, list[object]], entity: str = "verdict") -> HistoryEntry:
        return HistoryEntry(1, when, "Ana", "c", entity, "c", "update", changes)

    seconds_apart = {"reviewed_at": ["2024-03-01T10:00:05.1Z", "2024-03-01T10:00:40.9Z"]}
    assert history_story.describe(entry(seconds_apart)) is None
    spacing = {"rationale": ["Because.\n", "Because. "]}
    assert history_story.describe(entry(spacing)) is None
    mixed = {**seconds_apart, "summary": [None, "Wrong."]}
    assert history_story.describe(entry(mixed)).endswith("changed the summary — → Wrong.")


def test_fields_in_plain_words_and_items_by_title(case: Case) -> None:
    claim = case.claims.create("Claim")
    ev = case.evidence.add(claim.id, title="WHO fact sheet", stance="context")
    case.evidence.update(ev.id, stance="refutes", info_credibility=2, source_reliability="A")
    case.evidence.attach_bytes(ev.id, "sheet.pdf", b"%PDF-1.4", "application/pdf")
    line = story(case, claim.id)
    changed = next(s for s in line if "stance" in s)
    assert changed.endswith(
        "on evidence “WHO fact sheet”, changed the stance context → refutes; "
        "the source reliability — → A (completely reliable); "
        "the credibility — → 2 (probably true)"
    )
    assert not any("info credibility" in s or "media" in s or "sha" in s.lower() for s in line)
    case.evidence.delete(ev.id)
    assert story(case, claim.id)[0].endswith("deleted evidence “WHO fact sheet”")
    # Once deleted, the item is still named by its title in the older entries.
    assert any(
        "on evidence “WHO fact sheet”, changed the stance" in s for s in story(case, claim.id)
    )


def test_imports_name_the_bundle_and_its_author(case: Case, tmp_path: Path) -> None:
    with open_case(tmp_path / "ben.factdesk", author="Ben Colleague") as ben:
        claim = ben.claims.create("Claim from Ben")
        ben.evidence.add(claim.id, title="Ben's source", stance="refutes")
        path = tmp_path / "harbour.factbundle"
        export_bundle(ben, path, title="Harbour checks", created_by="Ben Colleague")
    apply_import(case, path)
    lines = story(case, claim.id)
    assert all(
        "Test Reporter imported from “Harbour checks” (harbour.factbundle), work by Ben Colleague:"
        in s
        for s in lines
    ), lines
    assert any(s.endswith("added evidence “Ben's source”") for s in lines)
    entry = case.history.for_claim(claim.id)[0]
    assert entry.context == {
        "import": {
            "bundle_title": "Harbour checks",
            "file_name": "harbour.factbundle",
            "created_by": "Ben Colleague",
        }
    }


def test_a_spreadsheet_import_names_its_file(case: Case, tmp_path: Path) -> None:
    sheet = tmp_path / "archive.csv"
    sheet.write_text(
        "Statement,Speaker,Verdict,Link\n"
        "Hot water kills the virus,A. Post,False,https://checks.example/1\n",
        encoding="utf-8",
    )
    run_import(case, [sheet], ImportOptions())
    (claim_id,) = case.claims.list_ids()
    lines = story(case, claim_id)
    assert lines and all("Test Reporter imported from archive.csv:" in s for s in lines), lines
    assert not any("bundle" in s for s in lines)
