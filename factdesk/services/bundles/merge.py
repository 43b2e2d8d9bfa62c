"""Merging a checked bundle into a case file: plan first, then apply in one transaction.

Identity is the id.  For each incoming claim, its own content (fields, tags,
verdict) and each of its evidence items are compared with the local copy:

- not present here: added;
- present, same content: unchanged;
- present, different, and not edited here since it was last imported
  (its digest still equals ``imported_digest``): updated to the incoming copy;
- present, different, and edited here since (or never imported): a conflict.

A claim with any conflicting part is a conflict, settled per claim by the
policy or the user's choice: ``skip`` keeps the local version of the
conflicting parts, ``theirs`` takes the incoming one (the local values stay in
history), ``copy`` adds the whole incoming claim as a new claim with new ids,
linked to the original by ``copied_from``, and leaves the original alone.
Parts that do not conflict are merged in all cases except ``copy``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from factdesk.errors import ValidationError
from factdesk.services import attachment_facts, convert
from factdesk.services.backups import backup_before
from factdesk.services.bulk import collector_paused
from factdesk.services.bundles.contents import (
    POLICIES,
    BundleContents,
    EvidenceCounts,
    ImportPlan,
    ImportSummary,
    PlannedClaim,
    PlannedEvidence,
    Policy,
    SettledConflict,
)
from factdesk.services.bundles.digest import claim_digest, evidence_digest
from factdesk.services.bundles.errors import BundleError
from factdesk.services.bundles.limits import DEFAULT_LIMITS, Limits
from factdesk.services.bundles.reader import BundleZip, attachment_id, open_bundle, read_bundle
from factdesk.services.case import Case
from factdesk.services.claims import EDITABLE as CLAIM_FIELDS
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.convert import jsonable
from factdesk.services.evidence import EDITABLE as EVIDENCE_FIELDS
from factdesk.services.progress import Progress
from factdesk.services.records import Claim, Evidence, Rating, Verdict
from factdesk.services.verdicts import FIELDS as VERDICT_FIELDS
from factdesk.store import blobs, search
from factdesk.store import models as m
from factdesk.store.models import utc_text

CHUNK = 500
BATCH = 5000  # rows per executemany when inserting
# History changes as the services write them (json.dumps with these options), built once.
_HISTORY_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=jsonable)

# Stored columns of the rows the import inserts, in tuple order.
CLAIM_COLUMNS = (
    "id",
    "text",
    "claimant",
    "appeared_url",
    "appeared_title",
    "appeared_date",
    "language",
    "status",
    "notes",
    "created_at",
    "updated_at",
    "imported_digest",
    "copied_from",
)
EVIDENCE_COLUMNS = (
    "id",
    "claim_id",
    "position",
    *EVIDENCE_FIELDS,
    "created_at",
    "updated_at",
    "imported_digest",
)
ATTACHMENT_COLUMNS = (
    "id",
    "evidence_id",
    "sha256",
    "filename",
    "media_type",
    "size",
    "position",
    "created_at",
)
VERDICT_COLUMNS = ("claim_id", "rating", "summary", "rationale", "reviewer", "reviewed_at")
HISTORY_COLUMNS = ("at", "author", "claim_id", "entity", "entity_id", "action", "changes")


# -- planning ---------------------------------------------------------------------


@dataclass
class LocalClaim:
    record: Claim
    imported: str | None
    evidence_imported: dict[str, str | None]


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def load_local(session: Session, ids: Sequence[str]) -> dict[str, LocalClaim]:
    found: dict[str, LocalClaim] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(m.Claim)
            .where(m.Claim.id.in_(chunk))
            .options(
                selectinload(m.Claim.tags),
                selectinload(m.Claim.evidence).selectinload(m.Evidence.attachments),
                selectinload(m.Claim.verdict),
            )
        ).scalars()
        for row in rows:
            found[row.id] = LocalClaim(
                convert.claim(row),
                row.imported_digest,
                {e.id: e.imported_digest for e in row.evidence},
            )
        session.expunge_all()
    return found


def check_evidence_owners(session: Session, bundle: BundleContents) -> None:
    """Refuse evidence ids that belong, in this case file, to a different claim."""
    owner = {e.id: c.id for c in bundle.claims for e in c.evidence}
    for chunk in _chunks(sorted(owner)):
        for ev_id, claim_id in session.execute(
            select(m.Evidence.id, m.Evidence.claim_id).where(m.Evidence.id.in_(chunk))
        ):
            if claim_id != owner[ev_id]:
                claim = next(c for c in bundle.claims if c.id == owner[ev_id])
                index = next(i for i, e in enumerate(claim.evidence) if e.id == ev_id)
                raise BundleError(
                    f"claims/{claim.id}.json: $.evidence[{index}].id: evidence {ev_id} belongs "
                    f"to another claim in this case file ({claim_id}); the bundle cannot be "
                    "merged."
                )


def _decide(incoming: str, local: str, imported: str | None) -> tuple[str, str]:
    if incoming == local:
        return "unchanged", ""
    if imported is not None and local == imported:
        return "update", ""
    if imported is None:
        return "conflict", "never imported here, and different"
    return "conflict", "edited here since it was last imported"


def plan_claim(incoming: Claim, local: LocalClaim | None) -> PlannedClaim:
    if local is None:
        return PlannedClaim(
            claim_id=incoming.id,
            action="add",
            claim_action="add",
            evidence=tuple(PlannedEvidence(e.id, "add") for e in incoming.evidence),
            incoming_claim=incoming,
        )
    claim_action, claim_reason = _decide(
        claim_digest(incoming), claim_digest(local.record), local.imported
    )
    reasons = [f"the claim's own fields: {claim_reason}"] if claim_reason else []
    by_id = {e.id: e for e in local.record.evidence}
    planned = []
    for ev in incoming.evidence:
        mine = by_id.get(ev.id)
        if mine is None:
            planned.append(PlannedEvidence(ev.id, "add"))
            continue
        action, reason = _decide(
            evidence_digest(ev), evidence_digest(mine), local.evidence_imported.get(ev.id)
        )
        planned.append(PlannedEvidence(ev.id, action, reason))  # type: ignore[arg-type]
        if reason:
            reasons.append(f"evidence {ev.id}: {reason}")
    actions = {claim_action, *(p.action for p in planned)}
    if "conflict" in actions:
        overall = "conflict"
    elif actions <= {"unchanged"}:
        overall = "unchanged"
    else:
        overall = "update"
    return PlannedClaim(
        claim_id=incoming.id,
        action=overall,  # type: ignore[arg-type]
        claim_action=claim_action,  # type: ignore[arg-type]
        evidence=tuple(planned),
        incoming_claim=incoming,
        local_claim=local.record,
        reason="; ".join(reasons),
    )


def make_plan(
    session: Session,
    bundle: BundleContents,
    on_conflict: Policy,
    progress: Progress | None = None,
) -> tuple[ImportPlan, dict[str, LocalClaim]]:
    check_evidence_owners(session, bundle)
    local = load_local(session, [c.id for c in bundle.claims])
    if progress is not None:
        progress.start(len(bundle.claims), "Comparing with this case file")
    planned = []
    for claim in bundle.claims:
        planned.append(plan_claim(claim, local.get(claim.id)))
        if progress is not None:
            progress.step()
    plan = ImportPlan(bundle, tuple(planned), on_conflict, bundle.warnings)
    return plan, local


def check_policy(on_conflict: str, choices: Mapping[str, str] | None) -> None:
    for value in (on_conflict, *(choices or {}).values()):
        if value not in POLICIES:
            raise ValidationError(
                f"{value!r} is not a way to settle a conflict; choose one of: "
                f"{', '.join(POLICIES)}."
            )


def plan_import(
    case: Case,
    path: Path,
    on_conflict: Policy = "skip",
    progress: Progress | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportPlan:
    """Check the bundle and work out what importing it would do; nothing is written."""
    check_policy(on_conflict, None)
    bundle = read_bundle(Path(path), limits, progress)
    with collector_paused(), case.store.reading() as session:
        plan, _ = make_plan(session, bundle, on_conflict, progress)
        local_scale = {
            r.key: convert.rating(r) for r in session.execute(select(m.Rating)).scalars()
        }
    warnings = scale_warnings(plan, local_scale, _settle(plan, on_conflict, None))
    return replace(plan, warnings=plan.warnings + tuple(warnings))


# -- settling -------------------------------------------------------------------


def _settle(
    plan: ImportPlan, on_conflict: Policy, choices: Mapping[str, str] | None
) -> dict[str, Policy]:
    choices = choices or {}
    return {c.claim_id: choices.get(c.claim_id, on_conflict) for c in plan.conflicts}  # type: ignore[misc]


def _written_ratings(plan: ImportPlan, settled: Mapping[str, Policy]) -> set[str]:
    """Rating keys of the verdicts the import writes."""
    keys = set()
    for pc in plan.claims:
        verdict = pc.incoming_claim.verdict
        if verdict is None:
            continue
        takes = pc.action == "add" or (
            pc.action in ("update", "conflict")
            and (
                settled.get(pc.claim_id) in ("theirs", "copy")
                or pc.claim_action in ("update", "add")
            )
        )
        if takes:
            keys.add(verdict.rating)
    return keys


def scale_warnings(
    plan: ImportPlan, local: Mapping[str, Rating], settled: Mapping[str, Policy]
) -> list[str]:
    written = _written_ratings(plan, settled)
    warnings = []
    for r in plan.bundle.ratings:
        mine = local.get(r.key)
        if mine is None and r.key in written:
            warnings.append(
                f"rating {r.key!r} is not on this case file's scale; it is added with the "
                f"bundle's label {r.label!r} and value {r.value}."
            )
        elif mine is not None and (mine.label, mine.value) != (r.label, r.value):
            warnings.append(
                f"rating {r.key!r}: the bundle calls it {r.label!r} (value {r.value}); this "
                f"case file's {mine.label!r} (value {mine.value}) is kept."
            )
    return warnings


def preview(
    plan: ImportPlan,
    on_conflict: Policy | None = None,
    choices: Mapping[str, str] | None = None,
) -> ImportSummary:
    """The summary the import would give (a dry run): nothing is written."""
    policy = on_conflict or plan.on_conflict
    check_policy(policy, choices)
    settled = _settle(plan, policy, choices)
    counts = _count_evidence(plan, settled)
    return ImportSummary(
        added=tuple(plan.added),
        updated=tuple(plan.updated),
        unchanged=tuple(plan.unchanged),
        conflicts=tuple(
            SettledConflict(c.claim_id, settled[c.claim_id], c.reason) for c in plan.conflicts
        ),
        warnings=plan.warnings,
        evidence=counts,
        dry_run=True,
    )


def _count_evidence(plan: ImportPlan, settled: Mapping[str, Policy]) -> EvidenceCounts:
    added = updated = unchanged = conflicts = 0
    for pc in plan.claims:
        if settled.get(pc.claim_id) == "copy":
            added += len(pc.evidence)
            conflicts += len(pc.conflicting_evidence)
            continue
        for pe in pc.evidence:
            if pe.action == "add":
                added += 1
            elif pe.action == "update":
                updated += 1
            elif pe.action == "unchanged":
                unchanged += 1
            else:
                conflicts += 1
                if settled.get(pc.claim_id) == "theirs":
                    updated += 1
    return EvidenceCounts(added, updated, unchanged, conflicts)


# -- applying -------------------------------------------------------------------


def apply_import(
    case: Case,
    plan_or_path: ImportPlan | Path | str,
    on_conflict: Policy | None = None,
    choices: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportSummary:
    """Import a bundle (or carry out a plan) in one transaction: all of it or none of it.

    ``choices`` maps claim ids to ``skip``/``theirs``/``copy`` and overrides
    ``on_conflict`` for those claims.  Given a plan, the comparison is made
    again inside the transaction, so changes made since the plan are respected.
    """
    if isinstance(plan_or_path, ImportPlan):
        bundle = plan_or_path.bundle
        policy: Policy = on_conflict or plan_or_path.on_conflict
    else:
        policy = on_conflict or "skip"
        check_policy(policy, choices)
        bundle = read_bundle(Path(plan_or_path), limits, progress)
    check_policy(policy, choices)
    if case.claims.count():  # an empty case file has nothing to lose
        backup_before(case, "import", progress=progress)
    with (
        collector_paused(),
        open_bundle(bundle.path, limits) as bz,
        case.store.writing() as session,
    ):
        plan, local = make_plan(session, bundle, policy, progress)
        return Importer(session, case.context, plan, local, bz, progress).run(policy, choices)


@dataclass
class Importer:
    session: Session
    ctx: ServiceContext
    plan: ImportPlan
    local: dict[str, LocalClaim]
    bz: BundleZip
    progress: Progress | None
    # Rows to insert are tuples of stored values (the columns of *_COLUMNS),
    # written with one executemany per table; updates go through the ORM.
    claims_insert: list[tuple[Any, ...]] = field(default_factory=list)
    claims_update: list[dict[str, Any]] = field(default_factory=list)
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)  # claim id -> new tag set
    evidence_insert: list[tuple[Any, ...]] = field(default_factory=list)
    evidence_update: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[tuple[Any, ...]] = field(default_factory=list)
    replaced_attachments: list[str] = field(default_factory=list)  # evidence ids
    verdicts: dict[str, Verdict | None] = field(default_factory=dict)  # claim id -> new verdict
    digests_claims: list[dict[str, Any]] = field(default_factory=list)
    digests_evidence: list[dict[str, Any]] = field(default_factory=list)
    history: list[tuple[Any, ...]] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    blob_warnings: list[str] = field(default_factory=list)

    def run(self, policy: Policy, choices: Mapping[str, str] | None) -> ImportSummary:
        settled = _settle(self.plan, policy, choices)
        incoming = {c.id: c for c in self.plan.bundle.claims}
        self.now = utc_text(now_utc())
        self.author = self.ctx.author or "unknown"
        outcomes: list[SettledConflict] = []
        if self.progress is not None:
            self.progress.start(len(self.plan.claims), "Importing claims")
        for pc in self.plan.claims:
            claim = incoming[pc.claim_id]
            if pc.action == "add":
                self._add_claim(claim)
            elif pc.action == "unchanged":
                self._bookkeep(pc, claim)
            elif pc.action == "conflict" and settled[pc.claim_id] == "copy":
                copy_id = self._add_claim(claim, copy=True)
                outcomes.append(SettledConflict(pc.claim_id, "copy", pc.reason, copy_id))
            else:
                take_conflicts = settled.get(pc.claim_id) == "theirs"
                self._merge(pc, claim, take_conflicts)
                if pc.action == "conflict":
                    outcomes.append(SettledConflict(pc.claim_id, settled[pc.claim_id], pc.reason))
            if self.progress is not None:
                self.progress.step()
        warnings = self._write(settled)
        return ImportSummary(
            added=tuple(self.plan.added),
            updated=tuple(self.plan.updated),
            unchanged=tuple(self.plan.unchanged),
            conflicts=tuple(outcomes),
            warnings=self.plan.warnings + tuple(warnings),
            evidence=_count_evidence(self.plan, settled),
        )

    # -- deciding what to write ---------------------------------------------------
    def _add_claim(self, claim: Claim, *, copy: bool = False) -> str:
        original = claim.id
        if copy:
            claim = _renumbered(claim)
        self.claims_insert.append(
            (
                claim.id,
                claim.text,
                claim.claimant,
                claim.appeared_url,
                claim.appeared_title,
                _date_text(claim.appeared_date),
                claim.language,
                claim.status,
                claim.notes,
                utc_text(claim.created_at),
                utc_text(claim.updated_at),
                claim_digest(claim),
                original if copy else None,
            )
        )
        self.tags[claim.id] = claim.tags
        self.verdicts[claim.id] = claim.verdict
        changes = {k: (None, v) for k, v in _claim_values(claim).items() if v not in (None, ())}
        if copy:
            changes["copied_from"] = (None, original)
        self._record(claim.id, "claim", claim.id, changes)
        if claim.verdict is not None:
            self._record(claim.id, "verdict", claim.id, _verdict_changes(None, claim.verdict))
        for ev in claim.evidence:
            self._insert_evidence(ev, ev.position)
        self.touched.add(claim.id)
        return claim.id

    def _insert_evidence(self, ev: Evidence, position: int) -> None:
        self.evidence_insert.append(
            (
                ev.id,
                ev.claim_id,
                position,
                ev.kind,
                ev.title,
                ev.url,
                ev.publisher,
                ev.author,
                _date_text(ev.published_on),
                _utc_text(ev.accessed_at),
                ev.stance,
                ev.source_reliability,
                ev.info_credibility,
                ev.excerpt,
                ev.notes,
                utc_text(ev.created_at),
                utc_text(ev.updated_at),
                evidence_digest(ev),
            )
        )
        self.attachments.extend(_attachment_rows(ev))
        self._record(
            ev.claim_id,
            "evidence",
            ev.id,
            {k: (None, v) for k, v in _evidence_values(ev).items() if v not in (None, ())},
        )

    def _bookkeep(self, pc: PlannedClaim, claim: Claim) -> None:
        """Unchanged records are now known to be as imported: remember their digests."""
        local = self.local[pc.claim_id]
        digest = claim_digest(claim)
        if local.imported != digest:
            self.digests_claims.append({"id": claim.id, "imported_digest": digest})
        for ev in claim.evidence:
            digest = evidence_digest(ev)
            if local.evidence_imported.get(ev.id) != digest:
                self.digests_evidence.append({"id": ev.id, "imported_digest": digest})

    def _merge(self, pc: PlannedClaim, claim: Claim, take_conflicts: bool) -> None:
        local = self.local[pc.claim_id]
        takes = {"update", "conflict"} if take_conflicts else {"update"}
        if pc.claim_action in takes:
            old = local.record
            self.claims_update.append({**_claim_row(claim), "imported_digest": claim_digest(claim)})
            self.tags[claim.id] = claim.tags
            changes = _diff(_claim_values(old), _claim_values(claim))
            if changes:
                self._record(claim.id, "claim", claim.id, changes)
            if old.verdict != claim.verdict:
                self.verdicts[claim.id] = claim.verdict
                self._record(
                    claim.id, "verdict", claim.id, _verdict_changes(old.verdict, claim.verdict)
                )
            self.touched.add(claim.id)
        elif pc.claim_action == "unchanged" and local.imported != claim_digest(claim):
            self.digests_claims.append({"id": claim.id, "imported_digest": claim_digest(claim)})
        mine = {e.id: e for e in local.record.evidence}
        next_position = max((e.position for e in local.record.evidence), default=-1) + 1
        for pe, ev in zip(pc.evidence, claim.evidence, strict=True):
            if pe.action == "add":
                self._insert_evidence(ev, next_position)
                next_position += 1
                self.touched.add(claim.id)
            elif pe.action in takes:
                old_ev = mine[ev.id]
                self.evidence_update.append(
                    {
                        **_evidence_row(ev),
                        "position": old_ev.position,
                        "imported_digest": evidence_digest(ev),
                    }
                )
                self.replaced_attachments.append(ev.id)
                self.attachments.extend(_attachment_rows(ev))
                self._record(
                    claim.id,
                    "evidence",
                    ev.id,
                    _diff(_evidence_values(old_ev), _evidence_values(ev)),
                )
                self.touched.add(claim.id)
            elif pe.action == "unchanged" and local.evidence_imported.get(ev.id) != evidence_digest(
                ev
            ):
                self.digests_evidence.append({"id": ev.id, "imported_digest": evidence_digest(ev)})

    def _record(
        self, claim_id: str, entity: str, entity_id: str, changes: dict[str, tuple[Any, Any]]
    ) -> None:
        self.history.append(
            (
                self.now,
                self.author,
                claim_id,
                entity,
                entity_id,
                "import",
                _HISTORY_JSON.encode({k: [o, n] for k, (o, n) in changes.items()}),
            )
        )
        # History has no foreign keys, so it is written as it grows rather than
        # held until the end: its JSON is as large as the imported text.
        if len(self.history) >= BATCH:
            self._insert("history", HISTORY_COLUMNS, self.history)
            self.history.clear()

    # -- writing ------------------------------------------------------------------
    def _check(self) -> None:
        if self.progress is not None:
            self.progress.check()

    def _write(self, settled: Mapping[str, Policy]) -> list[str]:
        s = self.session
        warnings = self._add_ratings(settled)
        self._check()
        self._insert("claims", CLAIM_COLUMNS, self.claims_insert)
        if self.claims_update:
            s.execute(update(m.Claim), self.claims_update)
        self._write_tags()
        self._check()
        self._write_blobs()
        old_digests: list[str] = []
        for chunk in _chunks(self.replaced_attachments):
            old_digests += (
                s.execute(select(m.Attachment.sha256).where(m.Attachment.evidence_id.in_(chunk)))
                .scalars()
                .all()
            )
            s.execute(delete(m.Attachment).where(m.Attachment.evidence_id.in_(chunk)))
        self._insert("evidence", EVIDENCE_COLUMNS, self.evidence_insert)
        if self.evidence_update:
            s.execute(update(m.Evidence), self.evidence_update)
        self._insert("attachments", ATTACHMENT_COLUMNS, self.attachments)
        self._check()
        replaced = sorted(self.verdicts)
        for chunk in _chunks(replaced):
            s.execute(delete(m.Verdict).where(m.Verdict.claim_id.in_(chunk)))
        self._insert(
            "verdicts",
            VERDICT_COLUMNS,
            [_verdict_row(v) for v in self.verdicts.values() if v is not None],
        )
        if self.digests_claims:
            s.execute(update(m.Claim), self.digests_claims)
        if self.digests_evidence:
            s.execute(update(m.Evidence), self.digests_evidence)
        self._insert("history", HISTORY_COLUMNS, self.history)
        blobs.drop_unreferenced(s, old_digests)
        self._check()
        search.reindex_claims(s, self.touched)
        return warnings + self.blob_warnings

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """Rows of stored values, inserted in batches (a cancel is noticed between them)."""
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn = self.session.connection()
        for start in range(0, len(rows), BATCH):
            conn.exec_driver_sql(sql, rows[start : start + BATCH])
            self._check()

    def _add_ratings(self, settled: Mapping[str, Policy]) -> list[str]:
        s = self.session
        local = {r.key: convert.rating(r) for r in s.execute(select(m.Rating)).scalars()}
        needed = {v.rating for v in self.verdicts.values() if v is not None}
        position = max((r.position for r in local.values()), default=-1) + 1
        rows = []
        for r in self.plan.bundle.ratings:
            if r.key in needed and r.key not in local:
                rows.append(
                    {"key": r.key, "label": r.label, "value": r.value, "position": position}
                )
                position += 1
        if rows:
            s.execute(insert(m.Rating.__table__), rows)
        return scale_warnings(self.plan, local, settled)

    def _write_tags(self) -> None:
        s = self.session
        names = sorted({t for tags in self.tags.values() for t in tags})
        ids: dict[str, int] = {}
        for chunk in _chunks(names):
            ids.update(_pairs(s, chunk))
        missing = [n for n in names if n not in ids]
        if missing:
            s.execute(insert(m.Tag), [{"name": n} for n in missing])
            for chunk in _chunks(missing):
                ids.update(_pairs(s, chunk))
        for chunk in _chunks(sorted(self.tags)):
            s.execute(delete(m.claim_tags).where(m.claim_tags.c.claim_id.in_(chunk)))
        self._insert(
            "claim_tags",
            ("claim_id", "tag_id"),
            [(c, ids[t]) for c, tags in self.tags.items() for t in tags],
        )

    def _write_blobs(self) -> None:
        needed = sorted({a[ATTACHMENT_COLUMNS.index("sha256")] for a in self.attachments})
        present: set[str] = set()
        for chunk in _chunks(needed):
            present.update(
                self.session.execute(
                    select(m.Blob.sha256).where(m.Blob.sha256.in_(chunk))
                ).scalars()
            )
        names = {
            a[ATTACHMENT_COLUMNS.index("sha256")]: a[ATTACHMENT_COLUMNS.index("filename")]
            for a in self.attachments
        }
        for digest in needed:
            if digest not in present:
                data = self.bz.attachment(digest)
                blobs.put_blob(self.session, data)
                # Captures are verified as they arrive; one that fails is flagged and said.
                problem = attachment_facts.record_imported(
                    self.session, digest, data, names.get(digest, digest[:12])
                )
                if problem:
                    self.blob_warnings.append(problem)
                self._check()


def _pairs(session: Session, names: list[str]) -> dict[str, int]:
    rows = session.execute(select(m.Tag.name, m.Tag.id).where(m.Tag.name.in_(names)))
    return {name: tag_id for name, tag_id in rows}


# -- rows and values ------------------------------------------------------------------


def _renumbered(claim: Claim) -> Claim:
    """The claim with a new id and new evidence (and attachment) ids."""
    new_id = str(uuid.uuid4())
    evidence = []
    for ev in claim.evidence:
        ev_id = str(uuid.uuid4())
        evidence.append(
            replace(
                ev,
                id=ev_id,
                claim_id=new_id,
                attachments=tuple(
                    replace(a, id=attachment_id(ev_id, n), evidence_id=ev_id)
                    for n, a in enumerate(ev.attachments)
                ),
            )
        )
    verdict = replace(claim.verdict, claim_id=new_id) if claim.verdict is not None else None
    return replace(claim, id=new_id, evidence=tuple(evidence), verdict=verdict)


def _claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "claimant": claim.claimant,
        "appeared_url": claim.appeared_url,
        "appeared_title": claim.appeared_title,
        "appeared_date": claim.appeared_date,
        "language": claim.language,
        "status": claim.status,
        "notes": claim.notes,
        "created_at": claim.created_at,
        "updated_at": claim.updated_at,
    }


def _claim_values(claim: Claim) -> dict[str, Any]:
    return {f: getattr(claim, f) for f in CLAIM_FIELDS}


def _evidence_row(ev: Evidence) -> dict[str, Any]:
    return {
        "id": ev.id,
        "claim_id": ev.claim_id,
        "created_at": ev.created_at,
        "updated_at": ev.updated_at,
        **{f: getattr(ev, f) for f in EVIDENCE_FIELDS},
    }


def _evidence_values(ev: Evidence) -> dict[str, Any]:
    values = {f: getattr(ev, f) for f in EVIDENCE_FIELDS}
    values["attachments"] = tuple(f"{a.filename} ({a.sha256})" for a in ev.attachments)
    return values


def _attachment_rows(ev: Evidence) -> list[tuple[Any, ...]]:
    return [
        (a.id, ev.id, a.sha256, a.filename, a.media_type, a.size, n, utc_text(a.created_at))
        for n, a in enumerate(ev.attachments)
    ]


def _verdict_row(v: Verdict) -> tuple[Any, ...]:
    return (v.claim_id, v.rating, v.summary, v.rationale, v.reviewer, _utc_text(v.reviewed_at))


def _utc_text(value: dt.datetime | None) -> str | None:
    return utc_text(value) if value is not None else None


def _date_text(value: dt.date | None) -> str | None:
    """A date as SQLAlchemy's SQLite ``Date`` stores it."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}" if value is not None else None


def _verdict_changes(old: Verdict | None, new: Verdict | None) -> dict[str, tuple[Any, Any]]:
    before = {f: getattr(old, f) for f in VERDICT_FIELDS} if old else {}
    after = {f: getattr(new, f) for f in VERDICT_FIELDS} if new else {}
    return {
        f: (before.get(f), after.get(f)) for f in VERDICT_FIELDS if before.get(f) != after.get(f)
    }


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
