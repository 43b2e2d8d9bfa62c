"""Build the message catalogs from the sources: ``python -m factdesk.i18n.build``.

Two kinds of catalog live in ``resources/i18n``, each a source kept in the
repository and a compiled file shipped beside it:

- ``<lang>.po`` -> ``<lang>.mo`` (gettext): every message below the window
  and every fixed text of a report, extracted from ``factdesk/**.py`` and
  the report templates with Babel (``factdesk.pot`` is the template);
- ``factdesk_<lang>.ts`` -> ``factdesk_<lang>.qm`` (Qt): every string of
  the window, extracted from ``factdesk/gui`` with PySide6's
  ``pyside6-lupdate`` and compiled with ``pyside6-lrelease``.

The command adds new messages to every catalog (untranslated), drops those
no longer used, and compiles.  ``--check`` changes nothing and exits 1 if a
catalog is out of step with the code or a compiled file with its source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factdesk import i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "factdesk"
TEMPLATES = ROOT / "resources" / "report"
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]
# Fixed, so that rebuilding unchanged catalogs gives the same bytes.
EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
QT_TARGETS = {"pt": "pt_BR"}  # Qt names Brazilian Portuguese's plural rules by region


def catalog_dir() -> Path:
    return ROOT / "resources" / "i18n"


def extract() -> Any:
    """Every gettext message in the package and the report templates, as a Babel catalog."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(**_header(None))
    sources: list[tuple[Path, Iterable[tuple]]] = [
        (
            PACKAGE,
            extract_from_dir(
                PACKAGE,
                method_map=[("gui/**.py", "ignore"), ("**.py", "python")],
                comment_tags=("Translators:",),
                strip_comment_tags=True,
            ),
        ),
        (
            TEMPLATES,
            extract_from_dir(
                TEMPLATES,
                method_map=[("**.j2", "jinja2.ext:babel_extract")],
                options_map={"**.j2": {"trim_blocks": "true", "lstrip_blocks": "true"}},
                comment_tags=("Translators:",),
                strip_comment_tags=True,
            ),
        ),
    ]
    for base, found in sources:
        for filename, lineno, message, comments, context in found:
            where = (Path(base, filename).relative_to(ROOT).as_posix(), lineno)
            template.add(
                message,
                None,
                [where],
                auto_comments=comments,
                context=context,
                flags=_flags(message),
            )
    return template


def _header(lang: str | None) -> dict[str, Any]:
    name = i18n.LANGUAGES.get(lang or "", "")
    return {
        "locale": lang,
        "domain": i18n.DOMAIN,
        "project": "FactDesk",
        "header_comment": f"# FactDesk's messages{' in ' + name if name else ''}.\n"
        "# Built by python -m factdesk.i18n.build; translations are edited here.",
        "copyright_holder": "FactDesk",
        "msgid_bugs_address": "",
        "last_translator": "FactDesk",
        "language_team": "FactDesk",
        "creation_date": EPOCH,
        "revision_date": EPOCH,
        "fuzzy": False,
    }


def _flags(message: str | tuple[str, ...]) -> tuple[str, ...]:
    text = message if isinstance(message, str) else message[0]
    return ("python-brace-format",) if "{" in text else ()


def _po_bytes(catalog: Any) -> bytes:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return out.getvalue()


def _mo_bytes(catalog: Any) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def read_po(path: Path, lang: str) -> Any:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po as babel_read_po

    if not path.exists():
        return Catalog(**_header(lang))
    with path.open("rb") as handle:
        return babel_read_po(handle, locale=lang, domain=i18n.DOMAIN)


def updated_po(lang: str, template: Any) -> Any:
    catalog = read_po(catalog_dir() / f"{lang}.po", lang)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    catalog.creation_date = EPOCH
    catalog.revision_date = EPOCH
    catalog.fuzzy = False
    return catalog


def gui_sources() -> list[Path]:
    return sorted((PACKAGE / "gui").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} is missing: install PySide6 (pip install -e '.[test]').")
    return found


def lupdate(ts: Path, lang: str) -> None:
    """Bring ``ts`` in step with the window's strings (new ones untranslated).

    English needs only the plural forms ("%Ln claim(s)" -> "1 claim", "2 claims").
    """
    args = [
        _tool("pyside6-lupdate"),
        *[str(p) for p in gui_sources()],
        "-locations", "none",
        "-no-obsolete",
        *(["-pluralonly"] if lang == i18n.SOURCE_LANGUAGE else []),
        "-target-language", QT_TARGETS.get(lang, lang),
        "-ts", str(ts),
    ]  # fmt: skip
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    args = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)


def build() -> None:
    folder = catalog_dir()
    folder.mkdir(parents=True, exist_ok=True)
    template = extract()
    (folder / f"{i18n.DOMAIN}.pot").write_bytes(_po_bytes(template))
    for lang in TRANSLATED:
        po = folder / f"{lang}.po"
        po.write_bytes(_po_bytes(updated_po(lang, template)))
        # Compiled from the file as written, exactly as the check reads it.
        (folder / f"{lang}.mo").write_bytes(_mo_bytes(read_po(po, lang)))
    for lang in i18n.LANGUAGES:
        ts = folder / f"factdesk_{lang}.ts"
        lupdate(ts, lang)
        lrelease(ts, folder / f"factdesk_{lang}.qm")


def messages(catalog: Any) -> set[object]:
    """The messages a catalog holds: ids (a pair for plurals) with their context."""
    return {
        (m.id, m.context) if isinstance(m.id, str) else (tuple(m.id), m.context)
        for m in catalog
        if m.id
    }


def compiled(catalog: Any) -> dict[object, str]:
    """What a .mo made from ``catalog`` must hold, as Python's gettext reads it."""
    import gettext

    return dict(gettext.GNUTranslations(io.BytesIO(_mo_bytes(catalog)))._catalog)  # type: ignore[attr-defined]


def qt_messages(ts: Path) -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every message of a Qt catalog."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    found = set()
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            if translation is not None and translation.get("type") == "obsolete":
                continue
            plural = msg.get("numerus") == "yes"
            found.add((ctx.findtext("name") or "", msg.findtext("source") or "", plural))
    return found


def problems() -> list[str]:
    """How the shipped catalogs differ from the code (empty: in step).

    Messages are compared, not bytes, so that another version of Babel or
    Qt's tools (which write their own headers) does not count as a change.
    """
    folder = catalog_dir()
    found = []
    wanted = messages(extract())
    for lang in TRANSLATED:
        po = folder / f"{lang}.po"
        if not po.exists():
            found.append(f"{po.name} is missing")
            continue
        catalog = read_po(po, lang)
        if messages(catalog) != wanted:
            found.append(f"{po.name} is out of step with the code (run the build)")
        mo = folder / f"{lang}.mo"
        if not mo.exists():
            found.append(f"{mo.name} is missing")
        else:
            import gettext

            with mo.open("rb") as handle:
                shipped = dict(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]
            shipped.pop("", None)
            expected = compiled(catalog)
            expected.pop("", None)
            if shipped != expected:
                found.append(f"{mo.name} does not match {po.name} (run the build)")
    for lang in i18n.LANGUAGES:
        ts = folder / f"factdesk_{lang}.ts"
        if not ts.exists():
            found.append(f"{ts.name} is missing")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            lupdate(copy, lang)
            if qt_messages(copy) != qt_messages(ts):
                found.append(f"{ts.name} is out of step with the window's code (run the build)")
        if not (folder / f"factdesk_{lang}.qm").exists():
            found.append(f"factdesk_{lang}.qm is missing")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factdesk.i18n.build",
        description="Update the message catalogs from the code and compile them.",
    )
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if anything is out of step"
    )
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for problem in found:
            print(problem)
        return 1 if found else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
