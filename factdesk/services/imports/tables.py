"""Spreadsheets (CSV, TSV, XLSX): columns mapped to fields, rows into reviews.

Columns are mapped with ``--map COLUMN=FIELD`` (a header name or a 1-based
number); without a map, the header is read and columns are guessed from
common names (claim/statement/text, claimant/speaker, rating/verdict/label,
url/link, date, summary, tags, …).  A first row is a header when one of its
cells is such a name (``--no-header`` says it is not).  CSV and TSV are
streamed row by row in their detected encoding; XLSX is read with openpyxl
in read-only mode behind size and ratio limits on its ZIP entries, and its
XML is parsed with defusedxml (no entity expansion).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from factdesk.i18n import N_, _
from factdesk.services.imports import encoding, text
from factdesk.services.imports.errors import ImportRefused, NeedsColumnMap, refused
from factdesk.services.imports.records import Item, ReadFacts, Review, Skipped
from factdesk.services.records import STATUSES

# Field -> what it is, for messages and the README.
FIELDS: dict[str, str] = {
    "claim": N_("the claim's text (required)"),
    "claimant": N_("who made the claim"),
    "rating": N_("the rating label (True, Falso, pants-fire, …)"),
    "url": N_("the fact-check's address"),
    "title": N_("the fact-check's title"),
    "publisher": N_("who published the fact-check"),
    "author": N_("who wrote the fact-check"),
    "date": N_("when the fact-check was published"),
    "summary": N_("a one-line conclusion"),
    "body": N_("the explanation (rationale)"),
    "appeared_url": N_("where the claim appeared (address)"),
    "appeared_title": N_("where the claim appeared (a programme, a post, a speech)"),
    "appeared_date": N_("when the claim appeared"),
    "language": N_("the claim's language"),
    "tags": N_("tags, separated by commas"),
    "status": N_("the claim's status (new, researching, in_review, published, archived)"),
    "id": N_("the row's id in the source (makes re-imports exact)"),
}


def _header(present: object) -> str:
    return _("with a header row") if present else _("no header row")


GUESSES: dict[str, tuple[str, ...]] = {
    "claim": (
        "claim",
        "statement",
        "text",
        "claim text",
        "claimreviewed",
        "claim reviewed",
        "title",
        "headline",
        "quote",
    ),
    "claimant": (
        "claimant",
        "speaker",
        "author of claim",
        "claim author",
        "said by",
        "who",
        "person",
    ),
    "rating": (
        "rating",
        "verdict",
        "label",
        "textual rating",
        "textualrating",
        "ruling",
        "truth rating",
        "status",
    ),
    "url": ("url", "link", "source", "review url", "fact check url", "article url", "fact check"),
    "date": (
        "date",
        "review date",
        "date published",
        "published",
        "publication date",
        "creation date",
        "created",
    ),
    "summary": ("summary", "conclusion", "verdict summary", "explanation"),
    "body": ("description", "rationale", "analysis", "body", "notes"),
    "tags": ("tags", "tag", "subjects", "subject", "topics", "topic", "keywords"),
    "language": ("language", "lang", "language code", "languagecode"),
    "publisher": ("publisher", "organisation", "organization", "outlet"),
    "appeared_url": ("claim url", "media url", "post url", "original url"),
    "appeared_title": ("context", "venue", "where"),
    "appeared_date": ("claim date", "claimdate"),
    "id": ("id", "item id", "identifier"),
}
_GUESS_INDEX = {text.fold(name): f for f, names in GUESSES.items() for name in names}
MAX_XLSX_BYTES = 256 * 1024 * 1024  # all entries of the workbook, uncompressed
MAX_XLSX_RATIO = 200
MAX_CELL = 128 * 1024
MAX_COLUMNS = 1000


@dataclass
class ColumnMap:
    """Field -> 0-based column index, and the header (if there is one) to name columns by."""

    columns: dict[str, int]
    header: tuple[str, ...] = ()
    guessed: bool = False
    given: list[tuple[str, str]] = field(default_factory=list)

    def describe(self) -> dict[str, str]:
        def name(i: int) -> str:
            if i < len(self.header) and self.header[i]:
                return self.header[i]
            return _("column {number}").format(number=i + 1)

        return {f: name(i) for f, i in sorted(self.columns.items(), key=lambda kv: kv[1])}


def parse_map(pairs: Sequence[str]) -> list[tuple[str, str]]:
    """``COLUMN=FIELD`` options, checked: the field must be one FactDesk knows."""
    parsed = []
    for pair in pairs:
        column, sep, name = pair.rpartition("=")
        column, name = column.strip(), name.strip().lower().replace("-", "_")
        if not sep or not column:
            raise ImportRefused(
                _("--map {pair}: write it as COLUMN=FIELD, e.g. 3=claim").format(pair=repr(pair))
            )
        if name not in FIELDS:
            raise ImportRefused(
                _("--map {pair}: {name} is not a field; the fields are {fields}").format(
                    pair=repr(pair), name=repr(name), fields=", ".join(FIELDS)
                )
            )
        parsed.append((column, name))
    return parsed


def _row(number: int) -> str:
    return _("row {number}").format(number=number)


def looks_like_header(row: Sequence[str]) -> bool:
    return any(text.fold(cell) in _GUESS_INDEX for cell in row if cell and len(cell) < 60)


def make_map(
    name: str, first: Sequence[str], given: list[tuple[str, str]], header: bool | None
) -> ColumnMap:
    has_header = looks_like_header(first) if header is None else header
    head = tuple(text.plain(c, 200) or "" for c in first) if has_header else ()
    columns: dict[str, int] = {}
    if given:
        folded = {text.fold(h): i for i, h in enumerate(head) if h}
        for column, field_name in given:
            if column.isdigit():
                index = int(column) - 1
                if index < 0:
                    raise refused(
                        name,
                        None,
                        _("--map {pair}: columns count from 1").format(
                            pair=f"{column}={field_name}"
                        ),
                    )
            elif text.fold(column) in folded:
                index = folded[text.fold(column)]
            else:
                what = (
                    _("the header has {columns}").format(
                        columns=", ".join(repr(h) for h in head[:30])
                    )
                    if head
                    else _("the file has no header row, so give column numbers")
                )
                raise refused(
                    name,
                    None,
                    _("--map: there is no column {column} ({why})").format(
                        column=repr(column), why=what
                    ),
                )
            columns[field_name] = index
        result = ColumnMap(columns, head, guessed=False, given=given)
    else:
        if not has_header:
            raise NeedsColumnMap(
                _(
                    "{name}: its first row is not a header FactDesk recognises; map the columns "
                    "with --map COLUMN=FIELD (e.g. --map 3=claim --map 2=rating)"
                ).format(name=name),
                name,
                tuple(text.plain(c, 200) or "" for c in first),
                False,
            )
        for i, cell in enumerate(head):
            guess = _GUESS_INDEX.get(text.fold(cell))
            if guess and guess not in columns:
                columns[guess] = i
        result = ColumnMap(columns, head, guessed=True)
    if "claim" not in result.columns:
        raise NeedsColumnMap(
            _("{name}: no column is the claim's text; map one with --map COLUMN=claim").format(
                name=name
            ),
            name,
            tuple(text.plain(c, 200) or "" for c in first),
            bool(result.header),
        )
    return result


def review_from_row(
    name: str, row: Sequence[Any], number: int, cmap: ColumnMap, source: str
) -> Item:
    """One row as a review; ``number`` is its 1-based row number in the file."""
    where = _row(number)

    def cell(field_name: str, limit: int = text.LINE_LIMIT) -> str | None:
        index = cmap.columns.get(field_name)
        if index is None or index >= len(row):
            return None
        value = row[index]
        if isinstance(value, str) and len(value) > MAX_CELL:
            raise refused(
                name,
                where,
                _("the {field} cell is longer than 128 KiB").format(field=_(field_name)),
            )
        return text.plain(value, limit)

    claim = cell("claim", text.TEXT_LIMIT)
    if claim is None:
        return Skipped(where, _("the claim cell is empty; skipped"))
    tags = tuple(
        t
        for t in (text.plain(x, 200) for x in (cell("tags", text.TEXT_LIMIT) or "").split(","))
        if t
    )
    status = cell("status")
    status = status.lower().replace(" ", "_") if status else None
    date_value = _cell_value(row, cmap.columns.get("date"))
    appeared_value = _cell_value(row, cmap.columns.get("appeared_date"))
    return Review(
        where=where,
        claim_text=claim,
        rating_source=source,
        claimant=cell("claimant"),
        appeared_url=text.web_url(cell("appeared_url")),
        appeared_title=cell("appeared_title"),
        appeared_date=text.date(appeared_value),
        language=cell("language"),
        tags=tags[:50],
        review_url=text.web_url(cell("url")),
        review_title=cell("title"),
        publisher=cell("publisher"),
        author=cell("author"),
        review_date=text.date(date_value),
        rating_label=cell("rating"),
        summary=cell("summary", text.TEXT_LIMIT),
        body=cell("body", text.TEXT_LIMIT),
        status=status if status in STATUSES else None,
        source_id=cell("id"),
    )


def _cell_value(row: Sequence[Any], index: int | None) -> Any:
    if index is None or index >= len(row):
        return None
    return row[index]


def rating_source(name: str, cmap: ColumnMap) -> str:
    """Whose labels a spreadsheet's rating column holds: the column, by name."""
    index = cmap.columns.get("rating")
    if index is None:
        return "spreadsheet"
    if index < len(cmap.header) and cmap.header[index]:
        return f"column {cmap.header[index]!r}"
    return f"column {index + 1}"


# -- CSV and TSV --------------------------------------------------------------------------


class DelimitedReader:
    """A CSV or TSV file read row by row; ``position()`` says how far, in bytes."""

    def __init__(self, path: Path, given: list[tuple[str, str]], header: bool | None) -> None:
        self.path = path
        self.codec = encoding.detect(path)
        self.raw = path.open("rb")
        self.stream = io.TextIOWrapper(self.raw, encoding=self.codec, newline="", errors="strict")
        try:
            sample = self.stream.read(64 * 1024)
        except UnicodeDecodeError as exc:
            raise refused(
                path.name,
                None,
                _("is not {encoding} ({reason})").format(
                    encoding=encoding.describe(self.codec), reason=exc.reason
                ),
            ) from None
        self.stream.seek(0)
        self.delimiter = _delimiter(path, sample)
        self.quoting = _quoting(sample, self.delimiter)
        self.rows = csv.reader(self.stream, delimiter=self.delimiter, quoting=self.quoting)
        self.number = 0
        first = self._next()
        if first is None:
            raise refused(path.name, None, _("is empty"))
        self.cmap = make_map(path.name, first, given, header)
        self.first_row = tuple(text.plain(c, 200) or "" for c in first)
        self.pending = None if self.cmap.header else first
        self.source = rating_source(path.name, self.cmap)

    def _next(self) -> list[str] | None:
        try:
            row = next(self.rows)
        except StopIteration:
            return None
        except UnicodeDecodeError as exc:
            raise refused(
                self.path.name,
                _row(self.number + 1),
                _("is not {encoding} ({reason})").format(
                    encoding=encoding.describe(self.codec), reason=exc.reason
                ),
            ) from None
        except csv.Error as exc:
            raise refused(self.path.name, _row(self.number + 1), f"{exc}") from None
        self.number += 1
        if len(row) > MAX_COLUMNS:
            raise refused(self.path.name, _row(self.number), _("has more than 1,000 columns"))
        return row

    def facts(self) -> ReadFacts:
        kind = (
            _("tab-separated")
            if self.delimiter == "\t"
            else _("separated by {delimiter}").format(delimiter=repr(self.delimiter))
        )
        detail = _("{encoding} text, {kind}, {header}").format(
            encoding=encoding.describe(self.codec), kind=kind, header=_header(self.cmap.header)
        )
        return ReadFacts(
            format="TSV" if self.delimiter == "\t" else "CSV",
            detail=detail,
            columns=self.cmap.describe(),
            guessed=self.cmap.guessed,
            headers=self.cmap.header,
            first_row=self.first_row,
        )

    def items(self) -> Iterator[Item]:
        try:
            if self.pending is not None:
                yield review_from_row(self.path.name, self.pending, 1, self.cmap, self.source)
            while (row := self._next()) is not None:
                if not any(row):
                    continue
                yield review_from_row(self.path.name, row, self.number, self.cmap, self.source)
        finally:
            self.close()

    def position(self) -> int:
        try:
            return self.raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        self.stream.close()


def _delimiter(path: Path, sample: str) -> str:
    first = sample.split("\n", 1)[0]
    if path.suffix.lower() in (".tsv", ".tab") or first.count("\t") > max(
        first.count(","), first.count(";")
    ):
        return "\t"
    return ";" if first.count(";") > first.count(",") else ","


def _quoting(sample: str, delimiter: str) -> Literal[0, 1, 2, 3]:
    """Tab-separated files are often unquoted (a ``"`` is just a character: LIAR); else quoted.

    When every line of the sample splits into the same number of fields on
    the delimiter alone, quotes are taken literally.
    """
    if delimiter != "\t":
        return csv.QUOTE_MINIMAL
    lines = [line for line in sample.split("\n")[:-1] if line.strip()]
    counts = {line.count("\t") for line in lines[:200]}
    return csv.QUOTE_NONE if len(counts) == 1 else csv.QUOTE_MINIMAL


# -- XLSX -----------------------------------------------------------------------------------


def check_xlsx(path: Path) -> None:
    """Refuse a workbook whose ZIP entries would unpack too large or too far (a zip bomb)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if info.file_size > MAX_XLSX_BYTES or total > MAX_XLSX_BYTES:
                    raise refused(name, info.filename, _("unpacks to more than 256 MiB; refused"))
                if info.compress_size and info.file_size / info.compress_size > MAX_XLSX_RATIO:
                    raise refused(
                        name,
                        info.filename,
                        _("is compressed more than {ratio}:1 (a zip bomb?); refused").format(
                            ratio=MAX_XLSX_RATIO
                        ),
                    )
    except zipfile.BadZipFile as exc:
        raise refused(
            name, None, _("is not a readable XLSX workbook ({reason})").format(reason=exc)
        ) from None


class XlsxReader:
    def __init__(self, path: Path, given: list[tuple[str, str]], header: bool | None) -> None:
        import openpyxl
        from openpyxl.xml import DEFUSEDXML

        self.path = path
        if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
            raise refused(path.name, None, _("cannot be read safely (defusedxml is missing)"))
        check_xlsx(path)
        self.handle = path.open("rb")
        try:
            self.book = openpyxl.load_workbook(
                self.handle, read_only=True, data_only=True, keep_links=False
            )
        except Exception as exc:  # openpyxl raises many kinds for a broken workbook
            self.handle.close()
            raise refused(
                path.name,
                None,
                _("is not a readable XLSX workbook ({reason})").format(reason=_why(exc)),
            ) from None
        self.sheet = self.book.worksheets[0] if self.book.worksheets else None
        if self.sheet is None:
            raise refused(path.name, None, _("has no worksheet"))
        self.rows = self.sheet.iter_rows(values_only=True)
        self.number = 0
        first = self._next()
        if first is None:
            raise refused(path.name, None, _("its first worksheet is empty"))
        cells = [_as_text(c) or "" for c in first]
        self.cmap = make_map(path.name, cells, given, header)
        self.first_row = tuple(text.plain(c, 200) or "" for c in cells)
        self.pending = None if self.cmap.header else first
        self.source = rating_source(path.name, self.cmap)

    def _next(self) -> tuple[Any, ...] | None:
        try:
            row = next(self.rows)
        except StopIteration:
            return None
        except Exception as exc:
            raise refused(self.path.name, _row(self.number + 1), _why(exc)) from None
        self.number += 1
        if len(row) > MAX_COLUMNS:
            raise refused(self.path.name, _row(self.number), _("has more than 1,000 columns"))
        return tuple(row)

    def facts(self) -> ReadFacts:
        title = text.plain(self.sheet.title, 100) if self.sheet is not None else ""
        return ReadFacts(
            format="XLSX",
            detail=_("worksheet {title}, {header}").format(
                title=repr(title), header=_header(self.cmap.header)
            ),
            columns=self.cmap.describe(),
            guessed=self.cmap.guessed,
            headers=self.cmap.header,
            first_row=self.first_row,
        )

    def items(self) -> Iterator[Item]:
        try:
            if self.pending is not None:
                yield review_from_row(
                    self.path.name, [_cell(c) for c in self.pending], 1, self.cmap, self.source
                )
            while (row := self._next()) is not None:
                if not any(c not in (None, "") for c in row):
                    continue
                yield review_from_row(
                    self.path.name, [_cell(c) for c in row], self.number, self.cmap, self.source
                )
        finally:
            self.close()

    def position(self) -> int:
        return self.number

    def close(self) -> None:
        self.book.close()
        self.handle.close()


def _cell(value: Any) -> Any:
    """Cells as the import reads them: dates stay dates, numbers become their text."""
    import datetime as dt

    if isinstance(value, dt.datetime | dt.date) or value is None:
        return value
    return _as_text(value)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _why(exc: BaseException) -> str:
    cause: BaseException | None = exc
    for _depth in range(5):  # openpyxl wraps the parser's error
        if cause is None:
            break
        name = type(cause).__name__
        if "Entities" in name or "DTD" in name or "External" in name:
            return _("its XML declares entities, which are refused (an XML entity attack?)")
        cause = cause.__cause__ or cause.__context__
    first = str(exc).split("\n", 1)[0]
    return f"{type(exc).__name__}: {first[:160]}" if first else type(exc).__name__


Reader = DelimitedReader | XlsxReader


def open_table(path: Path, given: list[tuple[str, str]], header: bool | None) -> Reader:
    if zipfile.is_zipfile(path):
        return XlsxReader(path, given, header)
    return DelimitedReader(path, given, header)


__all__ = ["FIELDS", "GUESSES", "IO", "ColumnMap", "open_table", "parse_map"]
