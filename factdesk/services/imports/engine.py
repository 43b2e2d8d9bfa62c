"""Importing foreign records into a case file: one transaction, in batches, with a dry run.

Items arrive from a reader in batches of :data:`BATCH`.  For each, the
import decides what it becomes:

- identity is a SHA-256 of what the item is (a review's URL and the claim it
  reviews; a row's id; a citation's DOI or URL) kept in ``import_links``: an
  item imported before is **unchanged** when its content is the same,
  **updated** when it changed at the source and not here, and a **conflict**
  (the local version is kept) when it was edited here since;
- a new item finds its claim by the claim's text (case, accents and
  punctuation ignored) or adds the claim, then adds an evidence item of kind
  *fact-check* (``--as evidence``), sets the verdict (``--as verdicts``), or
  adds evidence to the claim named by ``--into``.

Every batch is written with one executemany per table, its claims reindexed
for search, so memory stays flat however long the file.  The whole import is
one transaction: a refusal, an error or Cancel leaves the case file as it
was.  A dry run (the preview) is the same import rolled back at the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Table, select
from sqlalchemy.orm import Session

from factdesk.errors import FactDeskError, ReadOnlyError, ValidationError
from factdesk.i18n import _, ngettext
from factdesk.services.backups import backup_before
from factdesk.services.bulk import collector_paused
from factdesk.services.bundles.contents import EvidenceCounts, ImportSummary, SettledConflict
from factdesk.services.case import Case
from factdesk.services.claims import clean_claim_fields, resolve_claim_id
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.convert import jsonable
from factdesk.services.evidence import clean_evidence_fields
from factdesk.services.imports import labels as label_rules
from factdesk.services.imports.errors import ImportRefused
from factdesk.services.imports.labels import LabelMapper, label_key
from factdesk.services.imports.records import Citation, Item, ReadFacts, Review, Skipped
from factdesk.services.imports.sources import Source, open_source
from factdesk.services.imports.tables import parse_map
from factdesk.services.progress import Progress
from factdesk.services.records import Rating
from factdesk.services.textfold import fold
from factdesk.store import models as m
from factdesk.store import rows, search
from factdesk.store.models import utc_text

BATCH = 2000  # items per batch: rows written and claims reindexed together
BATCH_CHARS = 1_000_000  # or this much text, whichever comes first
MAX_WARNINGS = 200
MAX_ROWS_SHOWN = 1000
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=jsonable)
EVIDENCE_SET = (
    "kind",
    "title",
    "url",
    "publisher",
    "author",
    "published_on",
    "accessed_at",
    "stance",
    "excerpt",
    "notes",
)
VERDICT_SET = ("rating", "summary", "rationale", "reviewer", "reviewed_at")
_RANK = {"unchanged": 0, "update": 1, "conflict": 2, "add": 3}


@dataclass(frozen=True)
class ImportOptions:
    """How to import: what the command line's options (or the window's choices) say."""

    format: str = "auto"
    as_: str = "evidence"
    into: str | None = None
    column_map: tuple[str, ...] = ()  # "COLUMN=FIELD"
    rating_map: tuple[str, ...] = ()  # "LABEL=KEY", for every source
    # (source, label, key or None to leave unmapped): the preview's table
    source_ratings: tuple[tuple[str, str, str | None], ...] = ()
    header: bool | None = None  # None: guessed from the first row


@dataclass(frozen=True)
class LabelUse:
    """A foreign rating label met in the import, how often, and what it maps to."""

    source: str
    label: str
    count: int
    rating: str | None
    how: str  # "given", "remembered", "suggested" or "" (unmapped)
    new_key: bool = False  # the rating is added to the scale off the numeric scale


@dataclass(frozen=True)
class PreviewRow:
    action: str  # add, update, unchanged, conflict, skip
    claim: str
    detail: str
    where: str


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, as a dry run, would do), with what the preview shows."""

    summary: ImportSummary
    labels: tuple[LabelUse, ...] = ()
    rows: tuple[PreviewRow, ...] = ()
    files: tuple[tuple[str, ReadFacts], ...] = ()
    items: int = 0
    backed_up: bool = False
    options: ImportOptions = field(default_factory=ImportOptions)
    needs_map: bool = False  # a spreadsheet's columns must be mapped before it can be read

    def to_dict(self) -> dict[str, Any]:
        return self.summary.to_dict()


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def parse_rating_map(pairs: Sequence[str]) -> dict[str, str]:
    """``LABEL=KEY`` options; KEY is a rating key (a new one is added off the numeric scale)."""
    given: dict[str, str] = {}
    for pair in pairs:
        label, sep, key = pair.rpartition("=")
        label, key = label.strip(), key.strip()
        if not sep or not label or not key:
            raise ValidationError(
                _("--rating-map {pair}: write it as LABEL=KEY, e.g. Falso=false").format(
                    pair=repr(pair)
                )
            )
        if not label_rules.KEY.match(key):
            raise ValidationError(
                _(
                    "--rating-map {pair}: {key} is not a rating key (lowercase letters, digits "
                    "and hyphens)"
                ).format(pair=repr(pair), key=repr(key))
            )
        given[label] = key
    return given


def open_sources(paths: Sequence[Path], options: ImportOptions) -> list[Source]:
    if options.as_ not in ("evidence", "verdicts"):
        raise ValidationError(
            _("--as {value}: choose evidence or verdicts").format(value=repr(options.as_))
        )
    columns = parse_map(options.column_map)
    return [open_source(Path(p), options.format, columns, options.header) for p in paths]


def preview_import(
    case: Case, paths: Sequence[Path], options: ImportOptions, progress: Progress | None = None
) -> ImportReport:
    """What importing would do, worked out by importing and rolling back: nothing is kept."""
    return _import(case, paths, options, progress, dry_run=True)


def run_import(
    case: Case, paths: Sequence[Path], options: ImportOptions, progress: Progress | None = None
) -> ImportReport:
    """Import ``paths`` in one transaction, after backing up a case file with work in it."""
    return _import(case, paths, options, progress, dry_run=False)


def _import(
    case: Case,
    paths: Sequence[Path],
    options: ImportOptions,
    progress: Progress | None,
    *,
    dry_run: bool,
) -> ImportReport:
    if not paths:
        raise ValidationError(_("name at least one file to import."))
    given = parse_rating_map(options.rating_map)
    sources = open_sources(paths, options)
    kinds = {s.kind for s in sources}
    if "citations" in kinds and not options.into:
        raise ImportRefused(
            _(
                "{name}: citations go into a claim's evidence; name the claim with --into CLAIM_ID"
            ).format(name=next(s.path.name for s in sources if s.kind == "citations"))
        )
    if case.read_only:
        raise ReadOnlyError(
            _("{name} is open read-only; nothing can be imported.").format(name=case.path.name)
        )
    backed_up = False
    if not dry_run and case.claims.count():
        backup_before(case, "import", progress=progress)
        backed_up = True
    total = sum(s.size for s in sources) or 1
    try:
        with collector_paused(), case.store.writing() as session:
            engine = Engine(session, case.context, options, given, dry_run)
            if progress is not None:
                progress.start(total, "Importing" if not dry_run else "Reading")
            done = 0
            for source in sources:
                engine.begin_source(source)
                for batch in iter_batches(source.items()):
                    engine.feed(batch)
                    if progress is not None:
                        position = min(done + source.position(), total)
                        progress.step(max(0, position - progress.done), f"{source.path.name}")
                done += source.size
            report = engine.finish(sources, backed_up)
            if dry_run:
                raise _DryRun(report)
            return report
    except _DryRun as rolled_back:
        return rolled_back.report


def _digest(*parts: Any) -> str:
    return hashlib.sha256(_JSON.encode(parts).encode("utf-8")).hexdigest()


def _norm_url(url: str | None) -> str:
    return (url or "").strip().split("#", 1)[0].rstrip("/").lower()


def _stored(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return utc_text(value)
    if isinstance(value, dt.date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


@dataclass
class _Link:
    claim_id: str
    evidence_id: str | None
    digest: str
    imported_at: str


class Engine:
    """The decisions and writes of one import, batch by batch, inside one transaction."""

    def __init__(
        self,
        session: Session,
        ctx: ServiceContext,
        options: ImportOptions,
        given: Mapping[str, str],
        dry_run: bool,
    ) -> None:
        self.session = session
        self.conn = session.connection()
        # Lookups one item at a time go straight to sqlite3: through SQLAlchemy
        # they cost ten times the query.
        self.raw = rows.driver(self.conn)
        self.ctx = ctx
        self.options = options
        self.dry_run = dry_run
        self.as_verdicts = options.as_ == "verdicts"
        self.now = now_utc()
        self.stamp = utc_text(self.now)
        self.author = ctx.author or "unknown"
        self.into = resolve_claim_id(session, options.into) if options.into else None
        scale = [
            Rating(r.key, r.label, r.value, r.position, r.colour)
            for r in session.execute(select(m.Rating).order_by(m.Rating.position)).scalars()
        ]
        self.scale_keys = {r.key for r in scale}
        self.next_position = max((r.position for r in scale), default=-1) + 1
        remembered = {
            (row.source, row.label): row.rating
            for row in session.execute(select(m.RatingMapping)).scalars()
        }
        per_source = {(s, lab): k for s, lab, k in options.source_ratings}
        self.mapper = LabelMapper(scale, remembered, given, per_source)
        self.label_counts: Counter[tuple[str, str]] = Counter()
        self.label_shown: dict[tuple[str, str], str] = {}
        self.new_keys: dict[str, str] = {}  # rating key added -> label
        self.outcome: dict[str, str] = {}
        self.conflicts: dict[str, str] = {}
        self.evidence = Counter[str]()
        self.warnings: list[str] = []
        self.more_warnings = 0
        self.rows: list[PreviewRow] = []
        self.items = 0
        self.texts_ready = False
        self.source_name = ""
        self.source_context: str | None = None

    # -- the flow -----------------------------------------------------------------------
    def begin_source(self, source: Source) -> None:
        self.source_name = source.path.name
        # Each history entry names the file it came from ("imported from checks.csv").
        self.source_context = _JSON.encode({"import": {"file_name": source.path.name}})
        if source.kind == "reviews" and self.into is None:
            self._prepare_texts()

    def feed(self, batch: Sequence[Item]) -> None:
        self.batch = _Batch()
        keyed: list[tuple[Review | Citation, str]] = []
        for item in batch:
            self.items += 1
            if isinstance(item, Skipped):
                self.warn(f"{self.source_name}: {item.where}: {item.reason}")
                self._show("skip", "", item.reason, item.where)
                continue
            if isinstance(item, Review):
                folded = fold(item.claim_text)
                self.batch.hashes[item.where] = _hash_folded(folded)
                keyed.append((item, self._key(item, folded)))
            else:
                keyed.append((item, self._key(item, "")))
        links = self._links([k for _, k in keyed])
        if self.texts_ready:
            hashes = list(self.batch.hashes.values())
            self.batch.known = {
                h: (c, bool(new))
                for h, c, new in self.raw.execute(
                    "SELECT hash, claim_id, new FROM temp.import_texts "
                    "WHERE hash IN (SELECT value FROM json_each(?))",
                    (json.dumps(hashes),),
                )
            }
        for item, key in keyed:
            if key in self.batch.keys:
                self._repeat(item, self.batch.keys[key])
                continue
            link = links.get(key)
            if link is not None and link.imported_at == self.stamp:
                self._repeat(item, _("an earlier item"))
                continue
            self.batch.keys[key] = item.where
            if isinstance(item, Citation):
                self._citation(item, key, link)
            elif self.as_verdicts and self.into is None:
                self._verdict(item, key, link)
            else:
                self._fact_check(item, key, link)
        self._write()

    def finish(self, sources: Sequence[Source], backed_up: bool) -> ImportReport:
        uses = []
        for (source, folded), count in sorted(self.label_counts.items()):
            shown = self.label_shown[(source, folded)]
            mapped = self.mapper.map(source, shown)
            uses.append(
                LabelUse(
                    source, shown, count, mapped.rating, mapped.how, mapped.rating in self.new_keys
                )
            )
            if mapped.rating is None:
                self.warn(
                    (
                        ngettext(
                            "rating {label} from {source} ({count} item) is not mapped onto "
                            "this case file's scale; the label is kept as the verdict. Map it "
                            "with --rating-map '{shown}=KEY' (or in the import preview).",
                            "rating {label} from {source} ({count} items) is not mapped onto "
                            "this case file's scale; the label is kept as the verdict. Map it "
                            "with --rating-map '{shown}=KEY' (or in the import preview).",
                            count,
                        )
                        if self.as_verdicts
                        else ngettext(
                            "rating {label} from {source} ({count} item) is not mapped onto "
                            "this case file's scale; the label is kept as the evidence excerpt. "
                            "Map it with --rating-map '{shown}=KEY' (or in the import preview).",
                            "rating {label} from {source} ({count} items) is not mapped onto "
                            "this case file's scale; the label is kept as the evidence excerpt. "
                            "Map it with --rating-map '{shown}=KEY' (or in the import preview).",
                            count,
                        )
                    ).format(label=repr(shown), source=source, count=count, shown=shown)
                )
        for key, label in self.new_keys.items():
            self.warn(
                _("rating {key} ({label}) was added to the scale, off the numeric scale.").format(
                    key=repr(key), label=label
                )
            )
        if not self.dry_run:
            self._remember(uses)
        self.session.execute(_sql("DROP TABLE IF EXISTS temp.import_texts"))
        if self.more_warnings:
            self.warnings.append(
                ngettext(
                    "… and {count} more warning.",
                    "… and {count} more warnings.",
                    self.more_warnings,
                ).format(count=f"{self.more_warnings:,}")
            )
        by = lambda action: tuple(c for c, o in self.outcome.items() if o == action)  # noqa: E731
        summary = ImportSummary(
            added=by("add"),
            updated=by("update"),
            unchanged=by("unchanged"),
            conflicts=tuple(SettledConflict(c, "skip", self.conflicts[c]) for c in by("conflict")),
            warnings=tuple(self.warnings),
            evidence=EvidenceCounts(
                self.evidence["add"],
                self.evidence["update"],
                self.evidence["unchanged"],
                self.evidence["conflict"],
            ),
            dry_run=self.dry_run,
        )
        return ImportReport(
            summary=summary,
            labels=tuple(uses),
            rows=tuple(self.rows),
            files=tuple((s.path.name, s.facts) for s in sources),
            items=self.items,
            backed_up=backed_up,
            options=self.options,
        )

    # -- deciding -----------------------------------------------------------------------
    def _key(self, item: Review | Citation, folded: str) -> str:
        if isinstance(item, Citation):
            cited = (
                (item.doi or "").lower()
                or _norm_url(item.url)
                or (fold(item.title or "") + f" {item.issued.year if item.issued else ''}")
            )
            return _digest("cite", self.into, cited)
        claim = folded
        if item.review_url:
            ident: tuple[Any, ...] = ("review", _norm_url(item.review_url), claim)
        elif item.source_id:
            ident = ("row", item.source_id, claim)
        else:
            ident = (
                "row",
                claim,
                fold(item.claimant or ""),
                fold(item.rating_label or ""),
                jsonable(item.review_date),
                fold(item.publisher or ""),
            )
        return _digest("into", self.into, *ident) if self.into else _digest(*ident)

    def _rating(self, review: Review) -> str | None:
        if not review.rating_label:
            return None
        folded = label_key(review.rating_label)
        self.label_counts[(review.rating_source, folded)] += 1
        self.label_shown.setdefault((review.rating_source, folded), review.rating_label)
        key = self.mapper.map(review.rating_source, review.rating_label).rating
        if key is not None and key not in self.scale_keys:
            self._add_rating(key, review.rating_label)
        return key

    def _fact_check(self, review: Review, key: str, link: _Link | None) -> None:
        rating = self._rating(review)
        label = review.rating_label
        title = review.review_title or (
            f"Fact-check by {review.publisher}" if review.publisher else "Fact-check"
        )
        values = self._clean_evidence(
            review.where,
            {
                "kind": "fact-check",
                "title": title,
                "url": review.review_url,
                "publisher": review.publisher,
                "author": review.author,
                "published_on": review.review_date,
                "accessed_at": None,
                "stance": self.mapper.stance(rating),
                "excerpt": label,
                "notes": review.summary or review.body,
            },
        )
        detail = " · ".join(
            x for x in (review.publisher, label, f"→ {rating}" if rating else "") if x
        )
        if link is not None:
            self._existing_evidence(link, values, key, review.claim_text, detail, review.where)
            return
        claim_id, created = (self.into, False) if self.into else self._claim_for(review, notes=None)
        assert claim_id is not None
        self._new_evidence(claim_id, values, key)
        self._mark(claim_id, "add" if created else "update")
        self.evidence["add"] += 1
        self._show("add" if created else "update", review.claim_text, detail, review.where)

    def _citation(self, citation: Citation, key: str, link: _Link | None) -> None:
        assert self.into is not None
        values = self._clean_evidence(
            citation.where,
            {
                "kind": citation.kind,
                "title": citation.title or citation.url or "Untitled",
                "url": citation.url,
                "publisher": citation.publisher,
                "author": citation.authors,
                "published_on": citation.issued,
                "accessed_at": citation.accessed,
                "stance": "unclear",
                "excerpt": citation.excerpt,
                "notes": f"DOI {citation.doi}" if citation.doi else None,
            },
        )
        detail = " · ".join(x for x in (citation.authors, citation.publisher) if x)
        if link is not None:
            self._existing_evidence(link, values, key, values["title"], detail, citation.where)
            return
        self._new_evidence(self.into, values, key)
        self._mark(self.into, "update")
        self.evidence["add"] += 1
        self._show("add", values["title"], detail, citation.where)

    def _verdict(self, review: Review, key: str, link: _Link | None) -> None:
        rating = self._rating(review)
        summary = review.summary or review.review_title
        rationale = review.body
        if review.review_url:
            rationale = (rationale + "\n\n" if rationale else "") + (
                f"Published at {review.review_url}"
            )
        values: dict[str, Any] | None = None
        if rating is not None:
            values = {
                "rating": rating,
                "summary": summary,
                "rationale": rationale,
                "reviewer": review.author or review.publisher,
                "reviewed_at": dt.datetime(
                    review.review_date.year,
                    review.review_date.month,
                    review.review_date.day,
                    tzinfo=dt.UTC,
                )
                if review.review_date
                else None,
            }
            values = self._clean_verdict(review.where, values)
        digest = _digest(values)
        detail = " · ".join(
            x for x in (review.rating_label, f"→ {rating}" if rating else "unmapped") if x
        )
        if link is not None:
            self._existing_verdict(link, values, digest, key, review, detail)
            return
        notes = (
            f"Rating at the source: {review.rating_label}"
            if (rating is None and review.rating_label)
            else None
        )
        claim_id, created = self._claim_for(review, notes=notes, status="published")
        local = self._verdict_values(claim_id) if not created else None
        if local is not None and local != values:
            # Found by its text with a verdict of its own: that one is kept.
            self._link(key, claim_id, None, digest)
            self._conflict(claim_id, _("this claim already has a verdict here; it was kept"))
            self._show("conflict", review.claim_text, detail, review.where)
            return
        changed = values is not None and local is None
        if changed:
            self._set_verdict(claim_id, values, None)
        self._link(key, claim_id, None, digest)
        action = "add" if created else ("update" if changed else "unchanged")
        self._mark(claim_id, action)
        self._show(action, review.claim_text, detail, review.where)

    # -- existing records -------------------------------------------------------------------
    def _existing_evidence(
        self, link: _Link, values: dict[str, Any], key: str, claim: str, detail: str, where: str
    ) -> None:
        digest = _digest({f: values[f] for f in EVIDENCE_SET})
        if link.digest == digest:
            self._mark(link.claim_id, "unchanged")
            self.evidence["unchanged"] += 1
            self._touch_link(key, link.digest)
            self._show("unchanged", claim, detail, where)
            return
        row = rows.fetch(self.session, "evidence", link.evidence_id) if link.evidence_id else None
        if row is None:  # pragma: no cover - the link goes with its evidence
            return
        local = {f: row[f] for f in EVIDENCE_SET}
        if _digest(local) != link.digest:
            self._conflict(
                link.claim_id, _("the evidence item was edited here since it was imported")
            )
            self.evidence["conflict"] += 1
            self._show("conflict", claim, detail, where)
            return
        changes = {f: (local[f], values[f]) for f in EVIDENCE_SET if local[f] != values[f]}
        rows.update(
            self.session,
            "evidence",
            row["id"],
            {**{name: new for name, (_old, new) in changes.items()}, "updated_at": self.now},
        )
        self._history(link.claim_id, "evidence", row["id"], changes)
        self._touch_claim(link.claim_id)
        self._touch_link(key, digest)
        self._mark(link.claim_id, "update")
        self.evidence["update"] += 1
        self._show("update", claim, detail, where)

    def _existing_verdict(
        self,
        link: _Link,
        values: dict[str, Any] | None,
        digest: str,
        key: str,
        review: Review,
        detail: str,
    ) -> None:
        if link.digest == digest:
            self._mark(link.claim_id, "unchanged")
            self._touch_link(key, digest)
            self._show("unchanged", review.claim_text, detail, review.where)
            return
        local = self._verdict_values(link.claim_id)
        if _digest(local) != link.digest:
            self._conflict(link.claim_id, _("the verdict was edited here since it was imported"))
            self._show("conflict", review.claim_text, detail, review.where)
            return
        self._set_verdict(link.claim_id, values, local)
        self._touch_link(key, digest)
        self._mark(link.claim_id, "update")
        self._show("update", review.claim_text, detail, review.where)

    def _verdict_values(self, claim_id: str) -> dict[str, Any] | None:
        """The claim's verdict as stored (a draft without a rating counts as none)."""
        pending = self.batch.verdicts.get(claim_id)
        if pending is not None:
            return dict(pending)
        row = rows.fetch(self.session, "verdict", claim_id)
        if row is None or row["rating"] is None:
            return None
        return {f: row[f] for f in VERDICT_SET}

    # -- claims ------------------------------------------------------------------------------
    def _prepare_texts(self) -> None:
        """A temporary index of every claim's folded text, to find a claim by its words."""
        if self.texts_ready:
            return
        self.texts_ready = True
        conn = self.conn
        conn.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS import_texts "
            "(hash TEXT PRIMARY KEY, claim_id TEXT, new INTEGER DEFAULT 0)"
        )
        conn.exec_driver_sql("DELETE FROM temp.import_texts")
        cursor = conn.exec_driver_sql("SELECT id, text FROM claims")
        while chunk := cursor.fetchmany(5000):
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO temp.import_texts (hash, claim_id) VALUES (?, ?)",
                [(_text_hash(text), claim_id) for claim_id, text in chunk],
            )

    def _claim_for(
        self, review: Review, *, notes: str | None, status: str = "new"
    ) -> tuple[str, bool]:
        """The claim a review is about: found by its text, or added. True when added."""
        digest = self.batch.hashes.get(review.where) or _text_hash(review.claim_text)
        found = self.batch.texts.get(digest)
        earlier = found is not None
        if found is None:
            found, earlier = self.batch.known.get(digest, (None, False))
        if found is not None:
            if earlier and self.as_verdicts:
                self.warn(
                    _(
                        "{source}: {where}: the same claim as an earlier item of this import; "
                        "both are on that one claim"
                    ).format(source=self.source_name, where=review.where)
                )
            return found, False
        fields: dict[str, Any] = {
            "text": review.claim_text,
            "claimant": review.claimant,
            "appeared_url": review.appeared_url,
            "appeared_title": review.appeared_title,
            "appeared_date": review.appeared_date,
            "language": review.language,
            "status": review.status or (status if self.as_verdicts else "new"),
            "notes": notes,
            "tags": review.tags,
        }
        try:
            values = clean_claim_fields(fields)
        except FactDeskError as exc:
            raise ImportRefused(f"{self.source_name}: {review.where}: {exc}") from None
        claim_id = str(uuid.uuid4())
        tags = values.pop("tags", ())
        self.batch.claims.append(
            {"id": claim_id, **values, "created_at": self.stamp, "updated_at": self.stamp}
        )
        if tags:
            self.batch.tags[claim_id] = tags
        self._history(
            claim_id,
            "claim",
            claim_id,
            {k: (None, v) for k, v in {**values, "tags": tags}.items() if v not in (None, ())},
        )
        self.batch.texts[digest] = claim_id
        self.batch.created.add(claim_id)
        self.batch.touched.add(claim_id)
        return claim_id, True

    def _touch_claim(self, claim_id: str) -> None:
        self.batch.touched.add(claim_id)
        if claim_id not in self.batch.created:
            self.batch.touch.add(claim_id)

    # -- writing ------------------------------------------------------------------------------
    def _clean_evidence(self, where: str, values: dict[str, Any]) -> dict[str, Any]:
        try:
            return clean_evidence_fields(values)
        except FactDeskError as exc:
            raise ImportRefused(f"{self.source_name}: {where}: {exc}") from None

    def _clean_verdict(self, where: str, values: dict[str, Any]) -> dict[str, Any]:
        from factdesk.services import validation

        try:
            return {
                "rating": values["rating"],
                "summary": validation.optional_text(values["summary"], "summary"),
                "rationale": validation.optional_text(values["rationale"], "rationale"),
                "reviewer": validation.optional_text(values["reviewer"], "reviewer"),
                "reviewed_at": values["reviewed_at"],
            }
        except FactDeskError as exc:
            raise ImportRefused(f"{self.source_name}: {where}: {exc}") from None

    def _new_evidence(self, claim_id: str, values: dict[str, Any], key: str) -> None:
        evidence_id = str(uuid.uuid4())
        position = self._position(claim_id)
        self.batch.evidence.append(
            {
                "id": evidence_id,
                "claim_id": claim_id,
                "position": position,
                **{f: values.get(f) for f in EVIDENCE_SET},
                "source_reliability": None,
                "info_credibility": None,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
        )
        self._history(
            claim_id,
            "evidence",
            evidence_id,
            {k: (None, v) for k, v in values.items() if v is not None},
        )
        self._touch_claim(claim_id)
        self._link(key, claim_id, evidence_id, _digest({f: values.get(f) for f in EVIDENCE_SET}))

    def _position(self, claim_id: str) -> int:
        if claim_id not in self.batch.positions:
            if claim_id in self.batch.created:
                start = 0
            else:
                row = self.raw.execute(
                    "SELECT coalesce(max(position), -1) + 1 FROM evidence WHERE claim_id = ?",
                    (claim_id,),
                ).fetchone()
                start = int(row[0]) if row is not None else 0
            self.batch.positions[claim_id] = start
        position = self.batch.positions[claim_id]
        self.batch.positions[claim_id] = position + 1
        return position

    def _set_verdict(
        self, claim_id: str, values: dict[str, Any] | None, old: dict[str, Any] | None
    ) -> None:
        if claim_id in self.batch.created:
            if values is not None:
                self.batch.verdicts[claim_id] = values
        else:
            stored = rows.fetch(self.session, "verdict", claim_id)
            if values is None:
                if stored is not None:
                    rows.delete(self.session, "verdict", claim_id)
            elif stored is not None:
                rows.update(self.session, "verdict", claim_id, values)
            else:
                _insert(self.conn, m.verdicts, [{"claim_id": claim_id, **values}])
        before = old or {}
        after = values or {}
        changes = {
            f: (before.get(f), after.get(f)) for f in VERDICT_SET if before.get(f) != after.get(f)
        }
        self._history(claim_id, "verdict", claim_id, changes)
        self._touch_claim(claim_id)

    def _add_rating(self, key: str, label: str) -> None:
        shown = label if len(label) <= 200 else label[:199] + "…"
        self.session.add(
            m.Rating(key=key, label=shown, value=None, position=self.next_position, colour=None)
        )
        self.session.flush()
        self.next_position += 1
        self.scale_keys.add(key)
        self.new_keys[key] = shown
        self.mapper.scale[key] = Rating(key, shown, None, self.next_position - 1)

    def _link(self, key: str, claim_id: str, evidence_id: str | None, digest: str) -> None:
        self.batch.links.append(
            {
                "key": key,
                "claim_id": claim_id,
                "evidence_id": evidence_id,
                "digest": digest,
                "source": self.source_name[:500],
                "imported_at": self.stamp,
            }
        )

    def _touch_link(self, key: str, digest: str) -> None:
        self.batch.link_updates.append((digest, self.stamp, key))

    def _history(
        self, claim_id: str, entity: str, entity_id: str, changes: Mapping[str, tuple[Any, Any]]
    ) -> None:
        self.batch.history.append(
            {
                "at": self.stamp,
                "author": self.author,
                "claim_id": claim_id,
                "entity": entity,
                "entity_id": entity_id,
                "action": "import",
                "changes": _JSON.encode({k: [o, n] for k, (o, n) in changes.items()}),
                "context": self.source_context,
            }
        )

    def _write(self) -> None:
        batch = self.batch
        self.session.flush()
        _insert(self.conn, m.claims, batch.claims)
        self._write_tags(batch.tags)
        _insert(self.conn, m.evidence, batch.evidence)
        _insert(self.conn, m.verdicts, [{"claim_id": c, **v} for c, v in batch.verdicts.items()])
        _insert(self.conn, m.HistoryRecord.__table__, batch.history)  # type: ignore[arg-type]
        _insert(self.conn, m.ImportLink.__table__, batch.links)  # type: ignore[arg-type]
        if batch.link_updates:
            self.conn.exec_driver_sql(
                "UPDATE import_links SET digest = ?, imported_at = ? WHERE key = ?",
                batch.link_updates,
            )
        if batch.touch:
            self.conn.exec_driver_sql(
                "UPDATE claims SET updated_at = ? WHERE id = ?",
                [(self.stamp, c) for c in sorted(batch.touch)],
            )
        if batch.texts:
            self.conn.exec_driver_sql(
                "INSERT OR IGNORE INTO temp.import_texts (hash, claim_id, new) VALUES (?, ?, 1)",
                list(batch.texts.items()),
            )
        search.reindex_claims(self.session, batch.touched)

    def _write_tags(self, tags: Mapping[str, Sequence[str]]) -> None:
        names = sorted({t for ts in tags.values() for t in ts})
        if not names:
            return
        ids = dict(
            self.session.execute(select(m.Tag.name, m.Tag.id).where(m.Tag.name.in_(names))).all()
        )
        missing = [{"name": n} for n in names if n not in ids]
        if missing:
            _insert(self.conn, m.Tag.__table__, missing)  # type: ignore[arg-type]
            ids.update(
                self.session.execute(
                    select(m.Tag.name, m.Tag.id).where(m.Tag.name.in_(names))
                ).all()
            )
        _insert(
            self.conn,
            m.claim_tags,
            [{"claim_id": c, "tag_id": ids[t]} for c, ts in tags.items() for t in ts],
        )

    def _links(self, keys: Sequence[str]) -> dict[str, _Link]:
        if not keys:
            return {}
        rows = self.conn.exec_driver_sql(
            "SELECT key, claim_id, evidence_id, digest, imported_at FROM import_links "
            "WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(list(keys)),),
        )
        return {k: _Link(c, e, d, at) for k, c, e, d, at in rows}

    def _remember(self, uses: Iterable[LabelUse]) -> None:
        for use in uses:
            if use.rating is None or use.how == "remembered":
                continue
            folded = label_key(use.label)
            row = self.session.get(m.RatingMapping, (use.source[:200], folded))
            if row is None:
                self.session.add(
                    m.RatingMapping(
                        source=use.source[:200],
                        label=folded,
                        rating=use.rating,
                        shown=use.label[:200],
                    )
                )
            else:
                row.rating = use.rating

    # -- bookkeeping ------------------------------------------------------------------------
    def _mark(self, claim_id: str, outcome: str) -> None:
        if _RANK[outcome] >= _RANK.get(self.outcome.get(claim_id, "unchanged"), 0) or (
            claim_id not in self.outcome
        ):
            self.outcome[claim_id] = outcome

    def _conflict(self, claim_id: str, reason: str) -> None:
        self.conflicts.setdefault(claim_id, reason)
        self._mark(claim_id, "conflict")

    def _repeat(self, item: Review | Citation, first: str) -> None:
        self.warn(
            _("{source}: {where} repeats {first}; skipped").format(
                source=self.source_name, where=item.where, first=first
            )
        )
        claim = item.claim_text if isinstance(item, Review) else (item.title or "")
        self._show("skip", claim, _("a repeat"), item.where)

    def warn(self, message: str) -> None:
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(message)
        else:
            self.more_warnings += 1

    def _show(self, action: str, claim: str, detail: str, where: str) -> None:
        if len(self.rows) < MAX_ROWS_SHOWN:
            self.rows.append(PreviewRow(action, claim, detail, f"{self.source_name}: {where}"))


@dataclass
class _Batch:
    claims: list[dict[str, Any]] = field(default_factory=list)
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    verdicts: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    link_updates: list[tuple[str, str, str]] = field(default_factory=list)
    touch: set[str] = field(default_factory=set)
    touched: set[str] = field(default_factory=set)
    texts: dict[str, str] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    created: set[str] = field(default_factory=set)
    known: dict[str, tuple[str, bool]] = field(default_factory=dict)  # text hash -> claim
    hashes: dict[str, str] = field(default_factory=dict)  # item (where) -> its text's hash


def _text_hash(text: str) -> str:
    return _hash_folded(fold(text))


def _hash_folded(folded: str) -> str:
    return hashlib.sha1(folded.encode("utf-8"), usedforsecurity=False).hexdigest()


def _sql(statement: str) -> Any:
    from sqlalchemy import text

    return text(statement)


def _insert(conn: Any, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rows of one table with one executemany, values stored as the column types store them."""
    if not rows:
        return
    columns = [c for c in table.columns if c.name in rows[0]]
    names = [c.name for c in columns]
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    # Only date and time columns need converting; the rest go as they are.
    timed = [i for i, c in enumerate(columns) if isinstance(c.type, m.UTCDateTime | Date)]
    values: list[Any]
    if len(names) == 1:
        values = [(row[names[0]],) for row in rows]
    else:
        getter = itemgetter(*names)
        values = [getter(row) for row in rows]
    if timed:
        converted = []
        for value in values:
            listed = list(value)
            for i in timed:
                listed[i] = _stored(listed[i])
            converted.append(tuple(listed))
        values = converted
    conn.exec_driver_sql(sql, values)


def iter_batches(items: Iterator[Item]) -> Iterator[list[Item]]:
    """Items in batches of at most :data:`BATCH` items or about :data:`BATCH_CHARS` of text.

    Memory is bounded by the batch, whatever the length of the file or of its rows.
    """
    batch: list[Item] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += _size(item)
        if len(batch) >= BATCH or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _size(item: Item) -> int:
    if isinstance(item, Review):
        return len(item.claim_text) + len(item.body or "") + len(item.summary or "") + 200
    if isinstance(item, Citation):
        return len(item.excerpt or "") + len(item.title or "") + 200
    return 100
