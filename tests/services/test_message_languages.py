"""Messages from below the window in the user's language: validation errors and check results."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdesk import i18n
from factdesk.errors import ValidationError
from factdesk.services import Case, validation
from factdesk.services.check import check_case
from factdesk.services.records import Evidence


def refusal(call: object, *args: object) -> str:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return str(caught.value)


def test_validation_errors_speak_the_message_language() -> None:
    assert refusal(validation.url, "example.org", "URL") == (
        "URL 'example.org' is not a web address: it must start with http:// or https://."
    )
    i18n.set_language("es")
    assert refusal(validation.url, "example.org", "URL") == (
        "URL 'example.org' no es una dirección web: debe empezar por http:// o https://."
    )
    # The field is named in the language too.
    i18n.set_language("de")
    assert refusal(validation.field_value, Evidence, "published_on", "yesterday").startswith(
        "Veröffentlichungsdatum 'yesterday' ist kein Datum"
    )
    i18n.set_language("fr")
    assert refusal(validation.tag, "") == "l'étiquette ne doit pas être vide."


def test_check_results_speak_the_message_language(sample_case: Case) -> None:
    import re

    i18n.set_language("ar")
    report = check_case(sample_case)
    said = [report.summary(), *(f.message for f in report.findings)]
    assert all(re.search("[\u0600-\u06ff]", text) for text in said), said
    assert not any(re.search(r"\b(sound|problems?|entries|index)\b", text) for text in said), said
    if not report.findings:
        assert "سليم" in report.summary()


def test_checklist_and_history_speak_the_message_language(case: Case) -> None:
    from factdesk.services import history_story, readiness

    claim = case.claims.create("Gargling salt water cures the flu")
    item = case.evidence.add(
        claim.id, title="WHO sheet", publisher="WHO", url="https://who.int/a", stance="context"
    )
    case.evidence.add(claim.id, title="WHO page", publisher="WHO", url="https://www.who.int/b")
    case.evidence.update(item.id, stance="refutes")
    case.claims.publish_changes(claim.id, anyway=True)

    def told() -> list[str]:
        entries = case.history.for_claim(claim.id)
        names = history_story.subjects(
            entries, {e.id: e.title or "" for e in case.evidence.list(claim.id)}
        )
        return [s for e in entries if (s := history_story.describe(e, names)) is not None]

    def detail(key: str) -> str:
        return next(r.detail for r in readiness.check(case.claims.get(claim.id)) if r.key == key)

    i18n.set_language("fr")
    # Items quoted as French quotes them; two pages of one site and publisher are one source.
    assert (
        "«\u00a0WHO sheet\u00a0» et «\u00a0WHO page\u00a0» sont une seule source "
        "(le même site, who.int et le même éditeur, «\u00a0WHO\u00a0»)."
        in detail("independent_sources")
    )
    assert any(
        s.endswith(
            "sur la preuve «\u00a0WHO sheet\u00a0», a changé position\u00a0: contexte → réfute"
        )
        for s in told()
    ), told()
    # A rule left unmet is named in the reader's language, a German noun keeping its capital.
    i18n.set_language("de")
    assert (
        "trotzdem veröffentlicht, ohne: eine Bewertung ist gewählt; "
        "mindestens zwei unabhängige Quellen" in told()[0]
    )
    i18n.set_language("ar")
    assert "يلزم مصدران" in detail("independent_sources")


def test_refusals_of_files_speak_the_message_language(tmp_path: Path) -> None:
    """Bundles, captures, timestamps and case files are refused in the reader's words."""
    from factdesk.errors import CaseFileError
    from factdesk.services import open_case
    from factdesk.services.bundles.errors import BundleError
    from factdesk.services.bundles.strictjson import parse_object
    from factdesk.services.captures import CaptureError, read_capture
    from factdesk.services.timestamps import TimestampError, parse_timestamp

    i18n.set_language("de")
    with pytest.raises(BundleError) as bundle:
        parse_object(b'{"a": 1, "a": 2}', "claims/x.json", max_depth=64)
    assert str(bundle.value) == "claims/x.json: doppelter Schlüssel 'a' in einem Objekt"
    with pytest.raises(TimestampError) as stamp:
        parse_timestamp("2024-02-30T10:00:00Z")
    assert str(stamp.value) == "ist kein echtes Datum mit Uhrzeit"
    i18n.set_language("fr")
    with pytest.raises(CaptureError) as capture:
        read_capture(b"WARC/1.0\r\nnonsense\r\n\r\n", "page.warc")
    assert str(capture.value).startswith("page.warc\u00a0: pas un fichier WARC lisible")
    i18n.set_language("pt")
    with pytest.raises(CaseFileError) as folder:
        open_case(tmp_path)
    assert str(folder.value) == f"{tmp_path} é uma pasta, não um dossiê."
