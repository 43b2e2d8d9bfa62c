"""Messages from below the window in the user's language: validation errors and check results."""

from __future__ import annotations

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

    i18n.set_language("ar")
    assert "سليم" in check_case(sample_case).summary()
