"""Reference-manager exports into a claim's evidence: CSL-JSON (Zotero), RIS and BibTeX.

Each entry becomes one evidence item: title, authors, publisher or the
journal/site it appeared in, issued date, URL (or a DOI link), the abstract or
note as its excerpt, and when it was accessed.  RIS is read by rispy and
BibTeX by bibtexparser; an entry they cannot read (unbalanced braces, a
missing ``ER`` line) refuses the whole file, naming the entry.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factdesk.i18n import _
from factdesk.services.imports import text
from factdesk.services.imports.errors import refused
from factdesk.services.imports.records import Citation, Item, Skipped

MAX_CITATION_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 100_000
_DOI = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(10\.\d{3,9}/\S+)$", re.IGNORECASE)
_YEAR = re.compile(r"\b(\d{4})\b")
CSL_KINDS = {
    "article-newspaper": "article",
    "article-magazine": "article",
    "article-journal": "article",
    "post-weblog": "article",
    "post": "article",
    "webpage": "article",
    "report": "document",
    "legislation": "document",
    "legal_case": "document",
    "dataset": "dataset",
    "interview": "interview",
    "broadcast": "media",
    "motion_picture": "media",
    "graphic": "media",
    "song": "media",
    "speech": "statement",
}
RIS_KINDS = {
    "JOUR": "article",
    "NEWS": "article",
    "MGZN": "article",
    "ELEC": "article",
    "BLOG": "article",
    "WEB": "article",
    "DATA": "dataset",
    "AGGR": "dataset",
    "VIDEO": "media",
    "SOUND": "media",
    "ADVS": "media",
    "FIGURE": "media",
    "MPCT": "media",
    "PCOMM": "interview",
    "HEAR": "statement",
    "RPRT": "document",
    "GOVDOC": "document",
    "BILL": "document",
    "STAT": "document",
    "CASE": "document",
}
BIB_KINDS = {
    "article": "article",
    "online": "article",
    "misc": "document",
    "techreport": "document",
    "report": "document",
    "dataset": "dataset",
    "video": "media",
    "audio": "media",
}


def doi_of(value: Any) -> str | None:
    raw = text.one_line(value)
    match = _DOI.match(raw or "")
    return match[1] if match else None


def link(url: Any, doi: str | None) -> str | None:
    return text.web_url(url) or (f"https://doi.org/{doi}" if doi else None)


def _year_date(value: Any) -> dt.date | None:
    day = text.date(value)
    if day is not None:
        return day
    match = _YEAR.search(str(value or ""))
    return dt.date(int(match[1]), 1, 1) if match and 1000 < int(match[1]) < 3000 else None


def _names(values: Any, limit: int = 20) -> str | None:
    cleaned = [text.plain(v) for v in (values if isinstance(values, list) else [values])]
    names = [n for n in cleaned if n]
    if not names:
        return None
    return "; ".join(names[:limit]) + ("; et al." if len(names) > limit else "")


# -- CSL-JSON ----------------------------------------------------------------------


def is_csl(value: Any) -> bool:
    entries = value if isinstance(value, list) else [value]
    return bool(entries) and all(
        isinstance(e, dict) and "type" in e and ("title" in e or "id" in e) for e in entries[:20]
    )


def _csl_date(value: Any) -> dt.date | None:
    if not isinstance(value, Mapping):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        numbers = [text.number(p) for p in parts[0][:3]]
        if any(n is None for n in numbers):
            return None
        year, month, day = (int(n) for n in (*numbers, 1, 1)[:3])  # type: ignore[arg-type]
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _year_date(value.get("raw") or value.get("literal"))


def _csl_people(value: Any) -> str | None:
    if not isinstance(value, list):
        return None
    names = []
    for person in value[:100]:
        if isinstance(person, Mapping):
            literal = person.get("literal")
            given, family = person.get("given"), person.get("family")
            names.append(
                literal
                if isinstance(literal, str)
                else ", ".join(x for x in (family, given) if isinstance(x, str))
            )
    return _names(names)


def csl_items(value: Any) -> list[Item]:
    entries = value if isinstance(value, list) else [value]
    items: list[Item] = []
    for n, entry in enumerate(entries[:MAX_ENTRIES]):
        where = f"$[{n}]"
        if not isinstance(entry, Mapping):
            items.append(Skipped(where, "is not an object"))
            continue
        doi = doi_of(entry.get("DOI"))
        accessed = _csl_date(entry.get("accessed"))
        items.append(
            Citation(
                where=where,
                title=text.one_line(entry.get("title")),
                authors=_csl_people(entry.get("author")),
                publisher=text.one_line(entry.get("container-title"))
                or text.one_line(entry.get("publisher")),
                issued=_csl_date(entry.get("issued")),
                url=link(entry.get("URL"), doi),
                doi=doi,
                excerpt=text.block(entry.get("abstract")) or text.block(entry.get("note")),
                accessed=dt.datetime(accessed.year, accessed.month, accessed.day, tzinfo=dt.UTC)
                if accessed
                else None,
                kind=CSL_KINDS.get(str(entry.get("type")), "document"),
            )
        )
    return items


# -- RIS ---------------------------------------------------------------------------------


def is_ris(head: str) -> bool:
    return bool(re.search(r"^TY  - ", head[:4096], re.MULTILINE))


def ris_items(path: Path, data: str) -> list[Item]:
    import rispy

    try:
        entries = rispy.loads(data)
    except Exception as exc:  # rispy raises plain IOError/ValueError for broken files
        raise refused(
            path.name,
            None,
            _("is not a readable RIS file ({reason})").format(reason=str(exc)[:160]),
        ) from None
    if not entries:
        raise refused(path.name, None, _("holds no RIS entries (each starts with 'TY  - ')"))
    if data.count("\nER  -") + data.startswith("ER  -") < len(entries):
        raise refused(
            path.name,
            _("entry {number}").format(number=len(entries)),
            _("has no closing 'ER  -' line"),
        )
    items: list[Item] = []
    for n, entry in enumerate(entries[:MAX_ENTRIES], 1):
        where = f"entry {n}"
        doi = doi_of(entry.get("doi"))
        urls = entry.get("urls") or entry.get("url") or []
        url = urls[0] if isinstance(urls, list) and urls else urls
        accessed = text.date(entry.get("access_date"))
        items.append(
            Citation(
                where=where,
                title=text.plain(entry.get("title") or entry.get("primary_title")),
                authors=_names(entry.get("authors") or entry.get("first_authors")),
                publisher=text.plain(
                    entry.get("journal_name")
                    or entry.get("secondary_title")
                    or entry.get("publisher")
                ),
                issued=_year_date(
                    entry.get("date") or entry.get("publication_year") or entry.get("year")
                ),
                url=link(url, doi),
                doi=doi,
                excerpt=text.plain(entry.get("abstract"), text.TEXT_LIMIT)
                or text.plain(_join(entry.get("notes")), text.TEXT_LIMIT),
                accessed=dt.datetime(accessed.year, accessed.month, accessed.day, tzinfo=dt.UTC)
                if accessed
                else None,
                kind=RIS_KINDS.get(str(entry.get("type_of_reference")), "document"),
            )
        )
    return items


def _join(value: Any) -> str | None:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return value if isinstance(value, str) else None


# -- BibTeX -----------------------------------------------------------------------------


def is_bibtex(head: str) -> bool:
    return bool(re.search(r"^\s*@[A-Za-z]+\s*[{(]", head[:8192], re.MULTILINE))


def bibtex_items(path: Path, data: str) -> list[Item]:
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    try:
        library = bibtexparser.parse_string(data, append_middleware=[LatexDecodingMiddleware()])
    except Exception as exc:
        raise refused(
            path.name,
            None,
            _("is not a readable BibTeX file ({reason})").format(reason=str(exc)[:160]),
        ) from None
    if library.failed_blocks:
        block = library.failed_blocks[0]
        line = (block.start_line or 0) + 1
        why = str(getattr(block, "error", "") or "")
        what = (
            _("unbalanced braces or quotes")
            if "closing" in why or "Unexpected" in why or (not why)
            else why[:120]
        )
        raise refused(
            path.name,
            _("the entry at line {line}").format(line=line),
            _("cannot be read ({reason})").format(reason=what),
        )
    items: list[Item] = []
    for n, entry in enumerate(library.entries[:MAX_ENTRIES], 1):
        fields = {k.lower(): _unbrace(f.value) for k, f in entry.fields_dict.items()}
        where = f"entry {entry.key or n} (line {(entry.start_line or 0) + 1})"
        doi = doi_of(fields.get("doi"))
        year = fields.get("date") or fields.get("year")
        issued = text.date(year) or _year_date(year)
        if issued and fields.get("month") and issued.month == 1 and len(str(year)) == 4:
            issued = _with_month(issued, fields["month"])
        accessed = text.date(fields.get("urldate"))
        items.append(
            Citation(
                where=where,
                title=text.plain(fields.get("title")),
                authors=_names([a.strip() for a in (fields.get("author") or "").split(" and ")]),
                publisher=text.plain(
                    fields.get("journal")
                    or fields.get("journaltitle")
                    or fields.get("booktitle")
                    or fields.get("publisher")
                    or fields.get("organization")
                    or fields.get("institution")
                ),
                issued=issued,
                url=link(fields.get("url"), doi),
                doi=doi,
                excerpt=text.plain(fields.get("abstract"), text.TEXT_LIMIT)
                or text.plain(fields.get("note"), text.TEXT_LIMIT),
                accessed=dt.datetime(accessed.year, accessed.month, accessed.day, tzinfo=dt.UTC)
                if accessed
                else None,
                kind=BIB_KINDS.get(entry.entry_type.lower(), "document"),
            )
        )
    return items


_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _with_month(day: dt.date, month: str) -> dt.date:
    value = month.strip().lower()[:3]
    number = _MONTHS.get(value) or (int(value) if value.isdigit() and 1 <= int(value) <= 12 else 1)
    return day.replace(month=number)


def _unbrace(value: Any) -> str:
    return str(value).replace("{", "").replace("}", "") if value is not None else ""
