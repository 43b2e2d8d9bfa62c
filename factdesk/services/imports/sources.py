"""Opening a file to import: which format it is (from its content), and its items.

Detection looks at the bytes, not the name: a ZIP with ``xl/`` is a
workbook, a MIME archive or HTML a saved page, JSON a feed, an API response,
JSON-LD or CSL-JSON, ``TY  -`` lines RIS, ``@article{`` BibTeX, and other
text a CSV or TSV.  ``--format`` narrows what is accepted.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factdesk.i18n import _, ngettext, number
from factdesk.services.imports import citations, feeds, pages, tables
from factdesk.services.imports.errors import ImportRefused, refused
from factdesk.services.imports.records import Item, ReadFacts

MAX_TEXT_BYTES = 32 * 1024 * 1024  # citation files and JSON-LD read whole
CITATION_FORMATS = ("csl-json", "ris", "bibtex")


@dataclass
class Source:
    """One input file, opened: what it is, its items (read lazily), how far reading got."""

    path: Path
    facts: ReadFacts
    items: Callable[[], Iterator[Item]]
    position: Callable[[], int]
    size: int
    kind: str  # "reviews" or "citations"


def sniff(path: Path) -> str:
    """``xlsx``, ``mhtml``, ``html``, ``json``, ``ris``, ``bibtex`` or ``text``."""
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError as exc:
        raise refused(
            path.name, None, _("cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist()[:10_000])
        except zipfile.BadZipFile:
            raise refused(path.name, None, _("is a damaged ZIP archive")) from None
        if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            return "xlsx"
        raise refused(path.name, None, _("is a ZIP archive but not an XLSX workbook"))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = stripped[:2048].lower()
    if pages.is_mhtml(head):
        return "mhtml"
    if lower.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<meta")) or (
        b"<html" in lower and lower.startswith(b"<")
    ):
        return "html"
    if stripped.startswith((b"{", b"[")):
        return "json"
    sample = head.decode("utf-8", "replace")
    if citations.is_ris(sample.lstrip("\ufeff")):
        return "ris"
    if citations.is_bibtex(sample):
        return "bibtex"
    return "text"


def open_source(
    path: Path,
    fmt: str,
    column_map: list[tuple[str, str]],
    header: bool | None,
) -> Source:
    """The file at ``path`` opened for import, or :class:`ImportRefused` saying why not."""
    path = Path(path)
    if not path.is_file():
        # A pipe or a device (/dev/zero) is never opened: it could block or never end.
        if path.is_dir():
            raise ImportRefused(_("{path}: is a folder, not a file to import").format(path=path))
        if path.exists():
            raise ImportRefused(
                _("{path}: is not a regular file (a device or a pipe)").format(path=path)
            )
        raise ImportRefused(_("{path}: no such file").format(path=path))
    size = path.stat().st_size
    kind = sniff(path)
    name = path.name
    wanted = {
        "claimreview": {"html", "mhtml", "json"},
        "csv": {"text", "xlsx"},
        "csl-json": {"json"},
        "ris": {"ris", "text"},
        "bibtex": {"bibtex", "text"},
    }.get(fmt)
    if wanted is not None and kind not in wanted:
        raise refused(
            name,
            None,
            _("does not look like {format} (it looks like {kind})").format(format=fmt, kind=kind),
        )

    if kind in ("html", "mhtml"):
        items, detail = pages.read_page(path)
        label = _("saved page (MHTML)") if kind == "mhtml" else _("saved page")
        return _listed(path, items, ReadFacts(label, detail), size, "reviews")
    if kind == "xlsx" or (kind == "text" and fmt in ("auto", "csv")):
        reader = tables.open_table(path, column_map, header)
        return Source(path, reader.facts(), reader.items, reader.position, size, "reviews")
    if kind == "json":
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
        if feeds.is_feed(head) and fmt in ("auto", "claimreview"):
            handle = path.open("rb")

            def feed() -> Iterator[Item]:
                try:
                    yield from feeds.feed_items(path, handle)
                finally:
                    handle.close()

            return Source(
                path,
                ReadFacts(_("Data Commons feed"), _("a ClaimReview data feed, read in parts")),
                feed,
                handle.tell,
                size,
                "reviews",
            )
        value = feeds.read_json(path, path.read_bytes())
        if fmt == "csl-json" or (fmt == "auto" and citations.is_csl(value)):
            if not citations.is_csl(value):
                raise refused(name, None, _("is not CSL-JSON (an array of items with a type)"))
            items = citations.csl_items(value)
            return _listed(path, items, ReadFacts("CSL-JSON", _entries(items)), size, "citations")
        items, detail = feeds.json_items(path, value)
        return _listed(path, items, ReadFacts("ClaimReview", detail), size, "reviews")
    if size > MAX_TEXT_BYTES:
        raise refused(name, None, _("is larger than {size}").format(size="32 MiB"))
    data = _text(path)
    if kind == "ris" or fmt == "ris":
        items = citations.ris_items(path, data)
        return _listed(path, items, ReadFacts("RIS", _entries(items)), size, "citations")
    items = citations.bibtex_items(path, data)
    return _listed(path, items, ReadFacts("BibTeX", _entries(items)), size, "citations")


def _entries(items: list[Item]) -> str:
    return ngettext("{count} entry", "{count} entries", len(items)).format(count=number(len(items)))


def _text(path: Path) -> str:
    from factdesk.services.imports import encoding

    codec = encoding.detect(path)
    try:
        return path.read_bytes().decode(codec)
    except UnicodeDecodeError as exc:
        raise refused(
            path.name,
            None,
            _("is not {encoding} ({reason})").format(
                encoding=encoding.describe(codec), reason=exc.reason
            ),
        ) from None


def _listed(path: Path, items: list[Item], facts: ReadFacts, size: int, kind: str) -> Source:
    done = [0]

    def iterate() -> Iterator[Item]:
        yield from items
        done[0] = size

    return Source(path, facts, iterate, lambda: done[0], size, kind)
