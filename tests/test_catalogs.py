"""The shipped message catalogs: complete, faithful to their placeholders, in step with the code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factdesk import i18n
from factdesk.i18n import build

TRANSLATED = build.TRANSLATED
BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
QT_PLACEHOLDERS = re.compile(r"%(?:n|L?\d+)")


def braces(text: str) -> list[str]:
    return sorted(BRACES.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_catalogs_are_in_step_with_the_code() -> None:
    """What `python -m factdesk.i18n.build` would change; nothing, if the catalogs were rebuilt."""
    assert build.problems() == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    catalog = build.read_po(build.catalog_dir() / f"{lang}.po", lang)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, str):
            if not message.string:
                problems.append(f"untranslated: {message.id!r}")
            elif braces(message.id) != braces(message.string):
                problems.append(f"placeholders differ: {message.id!r} -> {message.string!r}")
            continue
        singular, plural = message.id
        forms = list(message.string)
        if len(forms) != catalog.num_plurals or not all(forms):
            problems.append(f"plural forms missing: {singular!r}")
            continue
        wanted = set(braces(singular)) | set(braces(plural))
        for form in forms:
            # A form for one exact number (Arabic's "one", "two") may spell the number out.
            if not set(braces(form)) <= wanted or not (set(wanted) - {"{count}", "{n}"}) <= set(
                braces(form)
            ):
                problems.append(f"placeholders differ: {singular!r} -> {form!r}")
    assert not problems, "\n".join(problems)


def qt_catalog(lang: str) -> ET.Element:
    return ET.parse(build.catalog_dir() / f"factdesk_{lang}.ts").getroot()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_window_string_is_translated_with_its_placeholders(lang: str) -> None:
    problems = []
    for context in qt_catalog(lang).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{name}: unfinished: {source!r}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form:
                    problems.append(f"{name}: untranslated: {source!r}")
                elif braces(source) != braces(form) or (
                    set(QT_PLACEHOLDERS.findall(source)) - {"%n"}
                    != set(QT_PLACEHOLDERS.findall(form)) - {"%n"}
                ):
                    problems.append(f"{name}: placeholders differ: {source!r} -> {form!r}")
                elif accelerators(source) != accelerators(form):
                    problems.append(f"{name}: the & of a shortcut key is lost: {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_window_catalog_is_the_source(lang: str) -> None:
    """Each translation of the .ts is what Qt reads from the shipped .qm."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(build.catalog_dir() / f"factdesk_{lang}.qm"))
    for context in qt_catalog(lang).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                expected = (next(translation.iter("numerusform")).text or "").replace("%n", "1")
                shown = translator.translate(name, source, None, 1).replace("%n", "1")
                if lang == "ar":  # Arabic's form for 1 is the second one
                    continue
            else:
                expected, shown = translation.text or "", translator.translate(name, source)
            assert shown == expected, (name, source)


def test_every_language_has_both_catalogs() -> None:
    folder = build.catalog_dir()
    for lang in TRANSLATED:
        for name in (f"{lang}.po", f"{lang}.mo", f"factdesk_{lang}.ts", f"factdesk_{lang}.qm"):
            assert (folder / name).is_file(), name
    assert set(i18n.LANGUAGES) == {"en", *TRANSLATED}
    assert Path(i18n.catalog_dir()) == folder
