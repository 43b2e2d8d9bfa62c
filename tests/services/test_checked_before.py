""" "Checked before?": similar claims and imported fact-checks, ranked by a fuzzy token measure."""

from __future__ import annotations

import datetime as dt

from factdesk.services import Case
from factdesk.services.imports import ImportOptions, run_import
from tests.conftest import shared_file


def test_no_shared_content_word_is_never_suggested(case: Case) -> None:
    case.claims.create("5G masts are spreading the virus in the cities")
    case.claims.create("The moon landing was filmed in a studio")
    assert case.checked_before.find("hot water kills the coronavirus") == []
    assert case.claims.similar("hot water kills the coronavirus") == []


def test_accents_case_and_word_forms(case: Case) -> None:
    target = case.claims.create("Le café à Paris coûte dix euros").id
    case.claims.create("Le métro de Paris est gratuit le dimanche")
    (first, *_rest) = case.checked_before.find("LE CAFE A PARIS COUTE 10 EUROS")
    assert first.claim.id == target
    planned = case.claims.create("Russia planned to invade Japan in 2021").id
    found = case.checked_before.find("Did Russia plan an invasion of Japan?")
    assert [s.claim.id for s in found][:1] == [planned]


def test_imported_fact_checks_say_who_checked_when_and_how(case: Case) -> None:
    page = shared_file("realdata", "claimreview", "pages", "afp_factuel.html")
    run_import(case, [page], ImportOptions())
    (suggestion,) = case.checked_before.find("le mali a rompu ses relations avec la france")
    (check,) = suggestion.checks
    assert (check.by, check.rating, check.on, check.ours) == (
        "AFP",
        "Faux",
        dt.date(2022, 1, 28),
        False,
    )
    assert check.url == "https://factuel.afp.com/doc.afp.com.9XC9W4"


def test_own_verdict_is_listed_first(case: Case) -> None:
    claim = case.claims.create("Wind turbines cause cancer").id
    case.verdicts.set(claim, rating="false", summary="No", reviewer="Ana")
    (suggestion,) = case.checked_before.find("wind turbines cause cancer in children")
    assert suggestion.checks[0].ours and suggestion.checks[0].rating == "False"
    assert suggestion.checks[0].by == "Ana"


def test_dismissed_stays_dismissed(case: Case, case_path: object) -> None:
    claim = case.claims.create("Bananas are radioactive").id
    assert not case.checked_before.dismissed(claim)
    case.checked_before.dismiss(claim)
    assert case.checked_before.dismissed(claim)
    case.checked_before.dismiss(claim, False)
    assert not case.checked_before.dismissed(claim)
