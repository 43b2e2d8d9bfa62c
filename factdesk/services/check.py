"""Checking a case file through and through, and repairing what can be repaired safely.

Five checks: SQLite's ``integrity_check`` (the file's structure), its
``foreign_key_check`` (records pointing at records that are not there), every
attachment's SHA-256 (altered bytes), every web capture's own digests, and
the full-text index against the data.  Only the index can be repaired in
place: it is derived from the data.  Anything else calls for a backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.i18n import _, ngettext
from factdesk.services.attachment_files import visible_name
from factdesk.services.progress import Progress
from factdesk.store import listing, schema_check, search
from factdesk.store import rows as rows_module
from factdesk.store.revisions import known_revisions

if TYPE_CHECKING:
    from factdesk.services.case import Case

MAX_DETAILS = 20


def _rows(table: str, count: int) -> str:
    """ "2 evidence items": rows of ``table`` in words."""
    if table == "evidence":
        words = ngettext("{count} evidence item", "{count} evidence items", count)
    elif table == "attachments":
        words = ngettext("{count} attachment", "{count} attachments", count)
    elif table == "verdicts":
        words = ngettext("{count} verdict", "{count} verdicts", count)
    elif table == "claim_tags":
        words = ngettext("{count} tag link", "{count} tag links", count)
    else:
        words = ngettext("{count} {table} row", "{count} {table} rows", count)
    return words.format(count=count, table=table)


@dataclass(frozen=True)
class Finding:
    """One kind of problem: ``count`` occurrences, described in ``message``."""

    kind: str  # "integrity" | "schema" | "foreign-keys" | "attachments" | "captures"
    # | "search-index" | "claim-count"
    count: int
    message: str
    repairable: bool
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    path: Path
    claims: int
    attachments: int
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def sound(self) -> bool:
        return not self.findings

    @property
    def repairable(self) -> bool:
        return any(f.repairable for f in self.findings)

    def summary(self) -> str:
        """The verdict in one plain sentence."""
        if self.sound:
            return _("{name} is sound: {claims}, {attachments} verified.").format(
                name=self.path.name,
                claims=ngettext("{count} claim", "{count} claims", self.claims).format(
                    count=self.claims
                ),
                attachments=ngettext(
                    "{count} attachment", "{count} attachments", self.attachments
                ).format(count=self.attachments),
            )
        problems = sum(f.count for f in self.findings)
        return ngettext(
            "{name} has {count} problem.", "{name} has {count} problems.", problems
        ).format(name=self.path.name, count=problems)


def check_case(case: Case, progress: Progress | None = None) -> CheckReport:
    """Run every check on ``case``; read-only, safe while others use the file.

    A check that a missing table makes impossible is reported, not raised.
    """
    from sqlalchemy import text

    progress = progress or Progress()
    server = case.on_server
    with case.store.reading() as session:
        raw = rows_module.driver(session)
        tables = rows_module.table_names(session)
        if server:  # FactDesk's search on a server keeps its words beside the index rows
            tables |= {"search_fts"}
        has = tables.issuperset
        digests = (
            [r[0] for r in session.execute(text("SELECT sha256 FROM blobs"))]
            if has({"blobs"})
            else []
        )
        progress.start(len(digests) + 4, _("Checking the database structure"))
        findings: list[Finding] = []

        # A server checks its own structure and every link between records as it
        # writes them: the file checks below are SQLite's.
        integrity = (
            ["ok"] if server else [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
        )
        if integrity != ["ok"]:
            findings.append(
                Finding(
                    "integrity",
                    len(integrity),
                    ngettext(
                        "The database structure is damaged ({count} problem found by SQLite). "
                        "This cannot be repaired safely in place: restore the newest backup "
                        "(factdesk restore).",
                        "The database structure is damaged ({count} problems found by SQLite). "
                        "This cannot be repaired safely in place: restore the newest backup "
                        "(factdesk restore).",
                        len(integrity),
                    ).format(count=len(integrity)),
                    False,
                    tuple(integrity[:MAX_DETAILS]),
                )
            )
        progress.step(1, _("Checking the schema"))
        schema = None if server else _schema_finding(raw)
        if schema is not None:
            findings.append(schema)
        progress.step(1, _("Checking links between records"))

        fk_rows = [] if server else session.execute(text("PRAGMA foreign_key_check")).all()
        if fk_rows:
            by_table = Counter(str(r[0]) for r in fk_rows)
            parts = ", ".join(_rows(t, n) for t, n in sorted(by_table.items()))
            findings.append(
                Finding(
                    "foreign-keys",
                    len(fk_rows),
                    ngettext(
                        "{count} record points at records that are missing ({parts}). "
                        "Restore the newest backup, or export the claims that still read well.",
                        "{count} records point at records that are missing ({parts}). "
                        "Restore the newest backup, or export the claims that still read well.",
                        len(fk_rows),
                    ).format(count=len(fk_rows), parts=parts),
                    False,
                    tuple(f"{r[0]} row {r[1]} → missing {r[2]}" for r in fk_rows[:MAX_DETAILS]),
                )
            )
        progress.step(1, _("Verifying attachments"))

        altered: list[str] = []
        for digest in digests:
            data = session.execute(
                text("SELECT data FROM blobs WHERE sha256 = :d"), {"d": digest}
            ).scalar_one()
            if hashlib.sha256(data).hexdigest() != digest:
                altered.append(digest)
            progress.step(1, _("Verifying attachments"))
        attachments = (
            session.execute(text("SELECT count(*) FROM attachments")).scalar_one()
            if has({"attachments"})
            else 0
        )
        if altered and has({"attachments", "evidence"}):
            rows = session.execute(
                text(
                    "SELECT a.filename, e.title, e.claim_id FROM attachments a "
                    "JOIN evidence e ON e.id = a.evidence_id "
                    "WHERE a.sha256 IN (SELECT value FROM json_each(:ds)) "
                    "ORDER BY e.claim_id, a.filename"
                ),
                {"ds": json.dumps(altered)},
            ).all()
            count = len(rows) or len(altered)
            findings.append(
                Finding(
                    "attachments",
                    count,
                    ngettext(
                        "{count} attachment no longer matches the SHA-256 fingerprint taken "
                        "when added: the stored bytes were altered. Restore a backup, or "
                        "attach the original file again.",
                        "{count} attachments no longer match the SHA-256 fingerprint taken "
                        "when added: the stored bytes were altered. Restore a backup, or "
                        "attach the original file again.",
                        count,
                    ).format(count=count),
                    False,
                    tuple(
                        _("{file} on evidence “{title}” (claim {claim})").format(
                            file=visible_name(name), title=title or _("untitled"), claim=claim[:8]
                        )
                        for name, title, claim in rows[:MAX_DETAILS]
                    ),
                )
            )

    if has(CAPTURE_TABLES) and (not findings or findings[-1].kind == "attachments"):
        # a damaged database is not read any further than need be
        findings.extend(_capture_findings(case, progress))
    with case.store.reading() as session:
        if has(INDEXED_TABLES):
            mismatches = search.index_mismatches(session)
            if mismatches:
                findings.append(
                    Finding(
                        "search-index",
                        mismatches,
                        ngettext(
                            "The search index is out of step with the data ({count} entry "
                            "differs), so searches may miss or show wrong claims. It can be "
                            "rebuilt from the data safely (factdesk check --repair).",
                            "The search index is out of step with the data ({count} entries "
                            "differ), so searches may miss or show wrong claims. It can be "
                            "rebuilt from the data safely (factdesk check --repair).",
                            mismatches,
                        ).format(count=mismatches),
                        True,
                    )
                )
        progress.step(1, _("Done"))
        claims = (
            session.execute(text("SELECT count(*) FROM claims")).scalar_one()
            if has({"claims"})
            else 0
        )
        counts = listing.kept_and_actual(session) if has({"claim_counts"}) else None
        if counts is not None and counts[0] != counts[1]:
            kept, actual = counts
            findings.append(
                Finding(
                    "claim-count",
                    abs(kept - actual),
                    _(
                        "The number of claims the shared case keeps for its list ({kept}) "
                        "differs from the claims it holds ({count}), so the list may leave "
                        "claims out. It can be set right safely (factdesk check --repair)."
                    ).format(kept=kept, count=actual),
                    True,
                )
            )
    return CheckReport(case.path, int(claims), int(attachments), tuple(findings))


def _capture_findings(case: Case, progress: Progress) -> list[Finding]:
    """Web captures whose digests no longer verify (read again from the stored bytes)."""
    failed = case.attachments.failed_captures(progress)
    progress.check()
    if not failed:
        return []
    details = []
    for facts, detail in failed[:MAX_DETAILS]:
        where = facts.uses[0] if facts.uses else None
        place = (
            _(" on evidence “{title}” (claim {claim})").format(
                title=where.evidence_title or _("untitled"), claim=where.claim_id[:8]
            )
            if where
            else ""
        )
        details.append(f"{visible_name(facts.filename)}{place}: {detail}")
    count = len(failed)
    return [
        Finding(
            "captures",
            count,
            ngettext(
                "{count} web capture fails its integrity check: a digest recorded in the capture "
                "does not match its contents, or it is cut short or damaged. Treat what it shows "
                "with care; attach an intact copy if you have one.",
                "{count} web captures fail their integrity check: a digest recorded in a capture "
                "does not match its contents, or it is cut short or damaged. Treat what they show "
                "with care; attach an intact copy if you have one.",
                count,
            ).format(count=count),
            False,
            tuple(details),
        )
    ]


# The tables a check reads: without one of them it cannot be made.
INDEXED_TABLES = {"claims", "evidence", "verdicts", "search_docs", "search_fts", "blob_facts"}
CAPTURE_TABLES = {"blobs", "blob_facts", "attachments", "evidence"}


def _schema_finding(raw: sqlite3.Connection) -> Finding | None:
    """Schema objects another program added, changed or removed, if any."""
    row = None
    with contextlib.suppress(sqlite3.Error):
        row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] not in known_revisions():
        return Finding(
            "schema",
            1,
            _(
                "The file does not record which FactDesk schema it has, so its schema "
                "cannot be checked. Restore a backup."
            ),
            False,
        )
    report = schema_check.compare(raw, str(row[0]))
    if report.sound:
        return None
    problems = len(report.extra) + len(report.altered) + len(report.missing)
    details = [
        _("not created by FactDesk: {object}").format(object=o.describe()) for o in report.extra
    ]
    details += [
        _("changed by another program: {object}").format(object=o.describe())
        for o in report.altered
    ]
    details += [_("missing: {object}").format(object=o.describe()) for o in report.missing]
    if report.repairable:
        advice = _(
            "Another program added them; triggers and views would run on edits. Opening the "
            "file in FactDesk for writing (or factdesk check --repair) removes them, after a "
            "backup of the file as it is."
        )
    else:
        advice = _(
            "FactDesk's own tables or indexes were changed or removed by another program, "
            "so the file cannot be trusted: restore the newest backup (factdesk restore)."
        )
    return Finding(
        "schema",
        problems,
        ngettext(
            "The schema has {count} object FactDesk did not make as it is. {advice}",
            "The schema has {count} objects FactDesk did not make as they are. {advice}",
            problems,
        ).format(count=problems, advice=advice),
        report.repairable,
        tuple(details[:MAX_DETAILS]),
    )


def repair_index(case: Case) -> None:
    """Rebuild the full-text index from the data, in one transaction."""
    with case.store.writing() as session:
        search.rebuild_index(session)


def repair(case: Case) -> list[str]:
    """Repair what :func:`check_case` finds repairable; what was done, one line each."""
    kinds = {f.kind for f in check_case(case).findings if f.repairable}
    done = []
    if "search-index" in kinds:
        repair_index(case)
        done.append(_("Rebuilt the search index from the data."))
    if "claim-count" in kinds:
        with case.store.writing() as session:
            listing.recount(session)
        done.append(_("Counted the shared case's claims again for its list."))
    return done
