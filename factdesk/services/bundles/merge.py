"""Merging a checked bundle into a case file: plan first, then apply in one transaction.

Identity is the id.  An incoming claim not in the case file is added whole.
One that is here is merged three ways, field by field, against the content
last imported from a bundle (its base, kept in the case file): see
:mod:`factdesk.services.bundles.merge_rules` and the README's table.  Only
fields changed on both sides to different values conflict; a conflict is
settled per claim by the policy or the user's choice: ``skip`` keeps ours,
``theirs`` takes theirs (our values stay in the history), ``copy`` keeps ours
and adds the whole incoming claim as a new claim linked by ``copied_from``.
Everything that does not conflict is merged whatever the policy.

Evidence items the sender deleted travel as ``removed_evidence``: an item
here unchanged since it was imported is then removed; one changed here is a
conflict.  An item deleted here does not come back from a bundle that still
holds it unchanged.  A bundle equal to what was last imported changes nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from factdesk import records as r
from factdesk.errors import ValidationError
from factdesk.i18n import _
from factdesk.records import Claim, Evidence, Rating
from factdesk.services import convert, validation
from factdesk.services.backups import backup_before
from factdesk.services.bulk import collector_paused
from factdesk.services.bundles import merge_rules as mr
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
from factdesk.services.bundles.errors import BundleError
from factdesk.services.bundles.limits import DEFAULT_LIMITS, Limits
from factdesk.services.bundles.reader import BundleZip, attachment_id, open_bundle, read_bundle
from factdesk.services.case import Case
from factdesk.services.changes import HISTORY_COLUMNS, HISTORY_JSON
from factdesk.services.clock import now_utc
from factdesk.services.context import ServiceContext
from factdesk.services.progress import Progress
from factdesk.store import blobs, rows, search
from factdesk.store import models as m
from factdesk.store.models import utc_text

CHUNK = 500
_BASE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- what is here -----------------------------------------------------------------


@dataclass
class LocalClaim:
    record: Claim
    base: dict[str, Any] | None
    evidence_bases: dict[str, dict[str, Any]]  # also of items deleted here
    removed: set[str]  # evidence ids deleted here


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def load_local(session: Session, ids: Sequence[str]) -> dict[str, LocalClaim]:
    found: dict[str, LocalClaim] = {}
    conn = session.connection()
    for chunk in _chunks(ids):
        claims = rows.read_claims(session, chunk)
        if not claims:
            continue
        key = (rows.ids_param(claims),)
        for claim_id, claim in claims.items():
            found[claim_id] = LocalClaim(claim, None, {}, set())
        for entity, entity_id, claim_id, content in rows.run(
            conn,
            f"SELECT entity, entity_id, claim_id, content FROM merge_bases "
            f"WHERE claim_id {rows.IN_IDS}",
            key,
        ):
            local = found[claim_id]
            if entity == "claim":
                local.base = json.loads(content)
            else:
                local.evidence_bases[entity_id] = json.loads(content)
        for evidence_id, claim_id in rows.run(
            conn,
            f"SELECT evidence_id, claim_id FROM removed_evidence WHERE claim_id {rows.IN_IDS}",
            key,
        ):
            found[claim_id].removed.add(evidence_id)
    return found


def check_evidence_owners(session: Session, bundle: BundleContents) -> None:
    """Refuse evidence ids that belong, in this case file, to a different claim."""
    owner = {e.id: c.id for c in bundle.claims for e in c.evidence}
    for chunk in _chunks(sorted(owner)):
        for ev_id, claim_id in rows.run(
            session.connection(),
            f"SELECT id, claim_id FROM evidence WHERE id {rows.IN_IDS}",
            (rows.ids_param(chunk),),
        ):
            if claim_id != owner[ev_id]:
                claim = next(c for c in bundle.claims if c.id == owner[ev_id])
                index = next(i for i, e in enumerate(claim.evidence) if e.id == ev_id)
                raise BundleError(
                    f"claims/{claim.id}.json: $.evidence[{index}].id: "
                    + _(
                        "evidence {id} belongs to another claim in this case file ({claim}); "
                        "the bundle cannot be merged."
                    ).format(id=ev_id, claim=claim_id)
                )


# -- planning ---------------------------------------------------------------------


@dataclass
class EvidenceMerge:
    incoming: Evidence | None
    action: str  # add | update | unchanged | conflict | remove | readd
    merge: mr.FieldMerge = field(default_factory=mr.FieldMerge)
    reason: str = ""


@dataclass
class ClaimMerge:
    """How one claim here and its incoming copy merge (see merge_rules)."""

    own: mr.FieldMerge
    tags: list[str] | None  # the merged tags when they change
    order: list[str] | None  # theirs' order of the common items, to take
    order_conflict: bool
    evidence: dict[str, EvidenceMerge]  # by evidence id
    theirs: dict[str, Any]  # the incoming claim's content (the new base)

    @property
    def conflicting(self) -> bool:
        return (
            bool(self.own.conflicts)
            or self.order_conflict
            or any(e.action == "conflict" for e in self.evidence.values())
        )

    @property
    def changing(self) -> bool:
        return (
            bool(self.own.take)
            or self.tags is not None
            or self.order is not None
            or any(e.action in ("add", "update", "remove") for e in self.evidence.values())
        )


def _label(name: str) -> str:
    if name.startswith(mr.VERDICT_PREFIX):
        return _("verdict {field}").format(field=r.label(r.Verdict, name[len(mr.VERDICT_PREFIX) :]))
    if name == mr.ORDER:
        return _("order of the evidence")
    return r.label(r.Claim, name)


def _conflict_reason(imported_before: bool, fields: list[str]) -> str:
    message = (
        _("changed here and in the bundle: {fields}")
        if imported_before
        else _("never imported here, and different: {fields}")
    )
    return message.format(fields=", ".join(fields))


def merge_claim(incoming: Claim, local: LocalClaim, removed: Sequence[str]) -> ClaimMerge:
    ours = mr.claim_content(local.record)
    theirs = mr.claim_content(incoming)
    base = local.base
    own = mr.merge_fields(
        ours,
        theirs,
        base,
        (*mr.CLAIM_FIELDS, *(mr.VERDICT_PREFIX + f for f in mr.VERDICT_FIELDS)),
    )
    tags = mr.merge_tags(ours[mr.TAGS], theirs[mr.TAGS], base.get(mr.TAGS) if base else None)
    mine = {e.id: e for e in local.record.evidence}
    evidence: dict[str, EvidenceMerge] = {}
    for ev in incoming.evidence:
        ebase = local.evidence_bases.get(ev.id)
        have = mine.get(ev.id)
        if have is not None:
            fm = mr.merge_fields(
                mr.evidence_content(have), mr.evidence_content(ev), ebase, mr.EVIDENCE_FIELDS
            )
            action = "conflict" if fm.conflicts else "update" if fm.take else "unchanged"
            reason = (
                _conflict_reason(ebase is not None, [r.label(r.Evidence, f) for f in fm.conflicts])
                if fm.conflicts
                else ""
            )
            evidence[ev.id] = EvidenceMerge(ev, action, fm, reason)
        elif ev.id in local.removed:
            if ebase is not None and mr.evidence_content(ev) == ebase:
                evidence[ev.id] = EvidenceMerge(ev, "unchanged")  # stays deleted
            else:
                evidence[ev.id] = EvidenceMerge(
                    ev, "conflict", reason=_("deleted here, changed in the bundle")
                )
        else:
            evidence[ev.id] = EvidenceMerge(ev, "add")
    for gone in removed:
        have = mine.get(gone)
        ebase = local.evidence_bases.get(gone)
        if have is None or ebase == mr.REMOVED:
            continue  # not here, or its deletion was seen before (and this copy kept)
        if ebase is not None and mr.evidence_content(have) == ebase:
            evidence[gone] = EvidenceMerge(None, "remove")
        else:
            evidence[gone] = EvidenceMerge(
                None, "conflict", reason=_("changed here, deleted in the bundle")
            )
    after_membership = [
        e.id
        for e in local.record.evidence
        if evidence.get(e.id, EvidenceMerge(None, "")).action != "remove"
    ]
    order, order_conflict = mr.merge_order(
        after_membership, theirs[mr.ORDER], base.get(mr.ORDER) if base else None
    )
    return ClaimMerge(
        own=own,
        tags=tags if tags != ours[mr.TAGS] else None,
        order=order,
        order_conflict=order_conflict,
        evidence=evidence,
        theirs=theirs,
    )


def plan_claim(
    incoming: Claim, local: LocalClaim | None, removed: Sequence[str] = ()
) -> tuple[PlannedClaim, ClaimMerge | None]:
    if local is None:
        planned = PlannedClaim(
            claim_id=incoming.id,
            action="add",
            claim_action="add",
            evidence=tuple(PlannedEvidence(e.id, "add") for e in incoming.evidence),
            incoming_claim=incoming,
        )
        return planned, None
    cm = merge_claim(incoming, local, removed)
    reasons = []
    if cm.own.conflicts:
        reasons.append(
            _conflict_reason(local.base is not None, [_label(f) for f in cm.own.conflicts])
        )
    if cm.order_conflict:
        reasons.append(_("the evidence was reordered here and in the bundle"))
    planned_evidence = []
    for ev_id, em in cm.evidence.items():
        action = "update" if em.action == "remove" else em.action
        planned_evidence.append(PlannedEvidence(ev_id, action, em.reason))  # type: ignore[arg-type]
        if em.reason:
            title = em.incoming.title if em.incoming is not None else None
            reasons.append(
                _("evidence {title}: {reason}").format(title=title or ev_id, reason=em.reason)
            )
    claim_action = (
        "conflict"
        if cm.own.conflicts
        else "update"
        if (cm.own.take or cm.tags is not None)
        else "unchanged"
    )
    overall = "conflict" if cm.conflicting else "update" if cm.changing else "unchanged"
    planned = PlannedClaim(
        claim_id=incoming.id,
        action=overall,  # type: ignore[arg-type]
        claim_action=claim_action,  # type: ignore[arg-type]
        evidence=tuple(planned_evidence),
        incoming_claim=incoming,
        local_claim=local.record,
        reason="; ".join(reasons),
        conflict_fields=tuple(_label(f) for f in cm.own.conflicts),
    )
    return planned, cm


def make_plan(
    session: Session,
    bundle: BundleContents,
    on_conflict: Policy,
    progress: Progress | None = None,
) -> tuple[ImportPlan, dict[str, LocalClaim], dict[str, ClaimMerge]]:
    check_evidence_owners(session, bundle)
    local = load_local(session, [c.id for c in bundle.claims])
    if progress is not None:
        progress.start(len(bundle.claims), _("Comparing with this case file"))
    planned = []
    merges: dict[str, ClaimMerge] = {}
    for claim in bundle.claims:
        pc, cm = plan_claim(claim, local.get(claim.id), bundle.removed.get(claim.id, ()))
        planned.append(pc)
        if cm is not None:
            merges[claim.id] = cm
        if progress is not None:
            progress.step()
    plan = ImportPlan(bundle, tuple(planned), on_conflict, bundle.warnings)
    return plan, local, merges


def check_policy(on_conflict: str, choices: Mapping[str, str] | None) -> None:
    for value in (on_conflict, *(choices or {}).values()):
        if value not in POLICIES:
            raise ValidationError(
                _("{value} is not a way to settle a conflict; choose one of: {choices}.").format(
                    value=repr(value), choices=", ".join(POLICIES)
                )
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
        plan, _local, merges = make_plan(session, bundle, on_conflict, progress)
        local_scale = {
            r.key: convert.rating(r) for r in session.execute(select(m.Rating)).scalars()
        }
    settled = _settle(plan, on_conflict, None)
    warnings = scale_warnings(plan, local_scale, _written_ratings(plan, merges, settled))
    return replace(plan, warnings=plan.warnings + tuple(warnings))


# -- settling -------------------------------------------------------------------


def _settle(
    plan: ImportPlan, on_conflict: Policy, choices: Mapping[str, str] | None
) -> dict[str, Policy]:
    choices = choices or {}
    return {c.claim_id: choices.get(c.claim_id, on_conflict) for c in plan.conflicts}  # type: ignore[misc]


def _written_ratings(
    plan: ImportPlan, merges: Mapping[str, ClaimMerge], settled: Mapping[str, Policy]
) -> set[str]:
    """Rating keys of the verdicts the import writes."""
    keys: set[str] = set()
    key = mr.VERDICT_PREFIX + "rating"
    for pc in plan.claims:
        rating = pc.incoming_claim.rating
        if rating is None:
            continue
        cm = merges.get(pc.claim_id)
        policy = settled.get(pc.claim_id)
        if (
            cm is None
            or policy == "copy"
            or key in cm.own.take
            or (key in cm.own.conflicts and policy == "theirs")
        ):
            keys.add(rating)
    return keys


def scale_warnings(plan: ImportPlan, local: Mapping[str, Rating], written: set[str]) -> list[str]:
    warnings = []
    for rating in plan.bundle.ratings:
        mine = local.get(rating.key)
        if mine is None and rating.key in written:
            warnings.append(
                _(
                    "rating {key} is not on this case file's scale; it is added with the "
                    "bundle's label {label} and value {value}."
                ).format(key=repr(rating.key), label=repr(rating.label), value=rating.value)
            )
        elif mine is not None and (mine.label, mine.value) != (rating.label, rating.value):
            warnings.append(
                _(
                    "rating {key}: the bundle calls it {label} (value {value}); "
                    "this case file's {mine} (value {mine_value}) is kept."
                ).format(
                    key=repr(rating.key),
                    label=repr(rating.label),
                    value=rating.value,
                    mine=repr(mine.label),
                    mine_value=mine.value,
                )
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
    return ImportSummary(
        added=tuple(plan.added),
        updated=tuple(plan.updated),
        unchanged=tuple(plan.unchanged),
        conflicts=tuple(
            SettledConflict(c.claim_id, settled[c.claim_id], c.reason) for c in plan.conflicts
        ),
        warnings=plan.warnings,
        evidence=_count_evidence(plan, settled),
        dry_run=True,
    )


def _count_evidence(plan: ImportPlan, settled: Mapping[str, Policy]) -> EvidenceCounts:
    added = updated = unchanged = conflicts = 0
    for pc in plan.claims:
        if settled.get(pc.claim_id) == "copy":
            added += len(pc.incoming_claim.evidence)
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
        plan, local, merges = make_plan(session, bundle, policy, progress)
        importer = Importer(session, case.context, plan, local, merges, bz, progress)
        return importer.run(policy, choices)


@dataclass
class Importer:
    session: Session
    ctx: ServiceContext
    plan: ImportPlan
    local: dict[str, LocalClaim]
    merges: dict[str, ClaimMerge]
    bz: BundleZip
    progress: Progress | None
    # New rows are tuples of stored values, written with one executemany per table.
    claims_insert: list[tuple[Any, ...]] = field(default_factory=list)
    evidence_insert: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # by id
    attachments: list[tuple[Any, ...]] = field(default_factory=list)
    verdicts_insert: list[tuple[Any, ...]] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)  # claim id -> new tag set
    bases: list[tuple[str, str, str, str]] = field(default_factory=list)
    history: list[tuple[Any, ...]] = field(default_factory=list)
    context: str | None = None  # the bundle, as each history entry records it
    touched: set[str] = field(default_factory=set)
    new_blobs: set[str] = field(default_factory=set)
    old_blobs: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    blob_warnings: list[str] = field(default_factory=list)  # captures failing their digests

    def run(self, policy: Policy, choices: Mapping[str, str] | None) -> ImportSummary:
        settled = _settle(self.plan, policy, choices)
        incoming = {c.id: c for c in self.plan.bundle.claims}
        self.now = now_utc()
        self.now_text = utc_text(self.now)
        self.author = self.ctx.author or "unknown"
        self.context = import_context(self.plan.bundle)
        self.scale = {row.key for row in self.session.execute(select(m.Rating)).scalars()}
        self._add_ratings(settled)
        outcomes: list[SettledConflict] = []
        if self.progress is not None:
            self.progress.start(len(self.plan.claims), _("Importing claims"))
        for pc in self.plan.claims:
            claim = incoming[pc.claim_id]
            if pc.action == "add":
                self._add_claim(claim)
            else:
                choice = settled.get(pc.claim_id, "skip")
                copy_id = self._merge(claim, self.merges[pc.claim_id], choice)
                if pc.action == "conflict":
                    outcomes.append(SettledConflict(pc.claim_id, choice, pc.reason, copy_id))
            self._remember_removed(claim)
            if self.progress is not None:
                self.progress.step()
        self._write()
        return ImportSummary(
            added=tuple(self.plan.added),
            updated=tuple(self.plan.updated),
            unchanged=tuple(self.plan.unchanged),
            conflicts=tuple(outcomes),
            warnings=self.plan.warnings + tuple(self.warnings) + tuple(self.blob_warnings),
            evidence=_count_evidence(self.plan, settled),
        )

    # -- new claims ------------------------------------------------------------------
    def _add_claim(self, claim: Claim, *, copied_from: str | None = None) -> str:
        if copied_from is not None:
            claim = _renumbered(claim, copied_from)
        self.claims_insert.append(rows.stored_row("claim", claim))
        self.tags[claim.id] = list(claim.tags)
        if claim.verdict is not None:
            self.verdicts_insert.append(rows.stored_row("verdict", claim.verdict))
        changes = _created(r.values(claim, r.names(r.Claim, editable=True)))
        if copied_from is not None:
            changes["copied_from"] = (None, copied_from)
        self._record(claim.id, "claim", claim.id, changes)
        if claim.verdict is not None:
            self._record(
                claim.id, "verdict", claim.id, _created(r.values(claim.verdict, mr.VERDICT_FIELDS))
            )
        for ev in claim.evidence:
            self._insert_evidence(ev, ev.position)
        if copied_from is None:
            self._base("claim", claim.id, claim.id, mr.claim_content(claim))
        self.touched.add(claim.id)
        return claim.id

    def _insert_evidence(self, ev: Evidence, position: int) -> None:
        self.evidence_insert[ev.id] = rows.stored_row("evidence", replace(ev, position=position))
        for n, att in enumerate(ev.attachments):
            self.attachments.append(rows.stored_row("attachment", replace(att, position=n)))
            self.new_blobs.add(att.sha256)
        self._record(
            ev.claim_id,
            "evidence",
            ev.id,
            _created(r.values(ev, r.names(r.Evidence, editable=True))) | _files(None, ev),
        )
        self._base("evidence", ev.id, ev.claim_id, mr.evidence_content(ev))

    # -- claims here -----------------------------------------------------------------
    def _merge(self, claim: Claim, cm: ClaimMerge, choice: Policy) -> str | None:
        s = self.session
        local = self.local[claim.id]
        mine = local.record
        theirs_wins = choice == "theirs"
        take = dict(cm.own.take)
        if theirs_wins:
            take.update({f: theirs for f, (_ours, theirs) in cm.own.conflicts.items()})
        changed = False
        own = {f: v for f, v in take.items() if not f.startswith(mr.VERDICT_PREFIX)}
        if own:
            values = {f: validation.field_value(r.Claim, f, v) for f, v in own.items()}
            rows.update(s, "claim", claim.id, values)
            self._record(
                claim.id, "claim", claim.id, {f: (getattr(mine, f), v) for f, v in values.items()}
            )
            changed = True
        if cm.tags is not None:
            self.tags[claim.id] = cm.tags
            self._record(claim.id, "claim", claim.id, {"tags": (list(mine.tags), cm.tags)})
            changed = True
        verdict = {
            f[len(mr.VERDICT_PREFIX) :]: v
            for f, v in take.items()
            if f.startswith(mr.VERDICT_PREFIX)
        }
        if verdict:
            self._merge_verdict(claim.id, mine, verdict)
            changed = True
        removed, added = self._merge_evidence(claim, cm, mine, theirs_wins)
        changed = changed or bool(removed or added)
        before = [e.id for e in mine.evidence]
        current = [i for i in before if i not in removed]
        order = cm.order if (not cm.order_conflict or theirs_wins) else None
        if order is not None:
            current = mr.arrange(current, order)
        current = _place_new(current, added, cm.theirs[mr.ORDER])
        if current != before:
            self._set_order(claim.id, current, added)
            changed = True
        if changed or claim.id in self.touched:
            newest = max(mine.updated_at, claim.updated_at)
            rows.update(s, "claim", claim.id, {"updated_at": newest})
            self.touched.add(claim.id)
        if local.base != cm.theirs:
            self._base("claim", claim.id, claim.id, cm.theirs)
        copy_id = None
        if choice == "copy" and cm.conflicting:
            copy_id = self._add_claim(claim, copied_from=claim.id)
        return copy_id

    def _merge_verdict(self, claim_id: str, mine: Claim, values: dict[str, Any]) -> None:
        s = self.session
        values = {f: validation.field_value(r.Verdict, f, v) for f, v in values.items()}
        before = r.values(mine.verdict, mr.VERDICT_FIELDS) if mine.verdict else {}
        after = {**dict.fromkeys(mr.VERDICT_FIELDS), **before, **values}
        if mine.verdict is None:
            rows.insert_records(s, "verdict", [r.Verdict(claim_id=claim_id, **after)])
        elif all(v is None for v in after.values()):
            rows.delete(s, "verdict", claim_id)
        else:
            rows.update(s, "verdict", claim_id, values)
        self._record(
            claim_id, "verdict", claim_id, {f: (before.get(f), v) for f, v in values.items()}
        )

    def _merge_evidence(
        self, claim: Claim, cm: ClaimMerge, mine: Claim, theirs_wins: bool
    ) -> tuple[set[str], list[str]]:
        """Items added, changed and removed; returns the ids removed and added."""
        s = self.session
        local = self.local[claim.id]
        here = {e.id: e for e in mine.evidence}
        removed: set[str] = set()
        added: list[str] = []
        for ev_id, em in cm.evidence.items():
            incoming = em.incoming
            if em.action == "add" or (
                em.action == "conflict"
                and theirs_wins
                and incoming is not None
                and ev_id not in here
            ):
                assert incoming is not None
                self._insert_evidence(incoming, len(here) + len(added))
                s.connection().exec_driver_sql(
                    "DELETE FROM removed_evidence WHERE evidence_id = ?", (ev_id,)
                )
                added.append(ev_id)
            elif em.action == "remove" or (
                em.action == "conflict" and theirs_wins and incoming is None
            ):
                ev = here[ev_id]
                self.old_blobs.update(a.sha256 for a in ev.attachments)
                rows.delete(s, "evidence", ev_id)
                s.connection().exec_driver_sql(
                    "INSERT OR REPLACE INTO removed_evidence (evidence_id, claim_id, removed_at) "
                    "VALUES (?, ?, ?)",
                    (ev_id, claim.id, self.now_text),
                )
                self._record(
                    claim.id,
                    "evidence",
                    ev_id,
                    _removed(r.values(ev, r.names(r.Evidence, editable=True))) | _files(ev, None),
                )
                removed.add(ev_id)
                continue
            elif ev_id in here and incoming is not None:
                take = dict(em.merge.take)
                if theirs_wins:
                    take.update({f: t for f, (_o, t) in em.merge.conflicts.items()})
                if take:
                    self._update_evidence(here[ev_id], incoming, take)
                    self.touched.add(claim.id)
            if incoming is not None and local.evidence_bases.get(ev_id) != (
                content := mr.evidence_content(incoming)
            ):
                self._base("evidence", ev_id, claim.id, content)
        return removed, added

    def _set_order(self, claim_id: str, order: list[str], added: list[str]) -> None:
        """Positions for the claim's items: existing rows now, new rows before they are written."""
        new = set(added)
        rows.set_evidence_order(self.session, claim_id, order)
        at = rows.columns("evidence").index("position")
        for n, ev_id in enumerate(order):
            if ev_id in new:
                row = self.evidence_insert[ev_id]
                self.evidence_insert[ev_id] = (*row[:at], n, *row[at + 1 :])

    def _update_evidence(self, mine: Evidence, theirs: Evidence, take: dict[str, Any]) -> None:
        s = self.session
        fields = {f: v for f, v in take.items() if f != "attachments"}
        values = {f: validation.field_value(r.Evidence, f, v) for f, v in fields.items()}
        values["updated_at"] = max(mine.updated_at, theirs.updated_at)
        rows.update(s, "evidence", mine.id, values)
        history = {f: (getattr(mine, f), v) for f, v in values.items() if f != "updated_at"}
        if "attachments" in take:
            self.old_blobs.update(a.sha256 for a in mine.attachments)
            s.connection().exec_driver_sql(
                "DELETE FROM attachments WHERE evidence_id = ?", (mine.id,)
            )
            for n, att in enumerate(theirs.attachments):
                self.attachments.append(rows.stored_row("attachment", replace(att, position=n)))
                self.new_blobs.add(att.sha256)
            history |= _files(mine, theirs)
        self._record(mine.claim_id, "evidence", mine.id, history)

    def _remember_removed(self, claim: Claim) -> None:
        """The sender's deletions travel on: remember those of items this file never had,
        and that each deletion was seen (a copy kept here then stays, silently)."""
        gone = self.plan.bundle.removed.get(claim.id, ())
        local = self.local.get(claim.id)
        for ev_id in gone:
            if local is None or local.evidence_bases.get(ev_id) != mr.REMOVED:
                self._base("evidence", ev_id, claim.id, mr.REMOVED)
        here = {e.id for e in local.record.evidence} if local else set()
        fresh = [g for g in gone if g not in here and (local is None or g not in local.removed)]
        if fresh:
            self.session.connection().exec_driver_sql(
                "INSERT OR IGNORE INTO removed_evidence (evidence_id, claim_id, removed_at) "
                "VALUES (?, ?, ?)",
                [(g, claim.id, self.now_text) for g in fresh],
            )

    # -- bookkeeping -----------------------------------------------------------------
    def _record(
        self, claim_id: str, entity: str, entity_id: str, changes: dict[str, tuple[Any, Any]]
    ) -> None:
        changes = {k: v for k, v in changes.items() if v[0] != v[1]}
        if not changes:
            return
        self.history.append(
            (
                self.now_text,
                self.author,
                claim_id,
                entity,
                entity_id,
                "import",
                HISTORY_JSON.encode({k: [o, n] for k, (o, n) in changes.items()}),
                self.context,
            )
        )
        # History has no foreign keys, so it is written as it grows rather than
        # held until the end: its JSON is as large as the imported text.
        if len(self.history) >= rows.BATCH:
            rows.insert_plain(self.session, "history", HISTORY_COLUMNS, self.history)
            self.history.clear()

    def _base(self, entity: str, entity_id: str, claim_id: str, content: dict[str, Any]) -> None:
        self.bases.append((entity, entity_id, claim_id, _BASE_JSON.encode(content)))

    def _check(self) -> None:
        if self.progress is not None:
            self.progress.check()

    # -- writing ------------------------------------------------------------------
    def _write(self) -> None:
        s = self.session
        self._check()
        rows.insert_plain(s, "claims", rows.columns("claim"), self.claims_insert, self._check)
        if self.tags:
            rows.set_tags(s, self.tags)
        self._check()
        self._write_blobs()
        rows.insert_plain(
            s,
            "evidence",
            rows.columns("evidence"),
            list(self.evidence_insert.values()),
            self._check,
        )
        rows.insert_plain(
            s, "attachments", rows.columns("attachment"), self.attachments, self._check
        )
        rows.insert_plain(s, "verdicts", rows.columns("verdict"), self.verdicts_insert, self._check)
        s.connection().exec_driver_sql(
            "DELETE FROM removed_evidence WHERE evidence_id IN (SELECT id FROM evidence)"
        )
        self._check()
        rows.replace_plain(
            s, "merge_bases", ("entity", "entity_id", "claim_id", "content"), self.bases
        )
        rows.insert_plain(s, "history", HISTORY_COLUMNS, self.history, self._check)
        blobs.drop_unreferenced(s, self.old_blobs)
        self._check()
        search.reindex_claims(s, self.touched)

    def _add_ratings(self, settled: Mapping[str, Policy]) -> None:
        s = self.session
        local = {row.key: convert.rating(row) for row in s.execute(select(m.Rating)).scalars()}
        written = _written_ratings(self.plan, self.merges, settled)
        position = max((x.position for x in local.values()), default=-1) + 1
        new = []
        for rating in self.plan.bundle.ratings:
            if rating.key in written and rating.key not in local:
                new.append(
                    {
                        "key": rating.key,
                        "label": rating.label,
                        "value": rating.value,
                        "position": position,
                    }
                )
                position += 1
        if new:
            s.execute(insert(m.Rating), new)
        self.warnings = scale_warnings(self.plan, local, written)

    def _write_blobs(self) -> None:
        needed = sorted(self.new_blobs)
        present: set[str] = set()
        for chunk in _chunks(needed):
            present.update(
                self.session.execute(
                    select(m.Blob.sha256).where(m.Blob.sha256.in_(chunk))
                ).scalars()
            )
        from factdesk.services import attachment_facts  # its readers load only when needed

        sha, name = (rows.columns("attachment").index(c) for c in ("sha256", "filename"))
        names = {a[sha]: a[name] for a in self.attachments}
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


# -- values ------------------------------------------------------------------------


def import_context(bundle: BundleContents) -> str:
    """What each history entry of an import says of its bundle: title, file name, author."""
    return HISTORY_JSON.encode(
        {
            "import": {
                "bundle_title": bundle.title,
                "file_name": bundle.path.name,
                "created_by": bundle.created_by,
            }
        }
    )


def _renumbered(claim: Claim, original: str) -> Claim:
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
    return replace(
        claim, id=new_id, evidence=tuple(evidence), verdict=verdict, copied_from=original
    )


def _created(values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (None, v) for k, v in values.items() if v not in (None, ())}


def _removed(values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (v, None) for k, v in values.items() if v not in (None, ())}


def _files(old: Evidence | None, new: Evidence | None) -> dict[str, tuple[Any, Any]]:
    before = tuple(f"{a.filename} ({a.sha256})" for a in old.attachments) if old else ()
    after = tuple(f"{a.filename} ({a.sha256})" for a in new.attachments) if new else ()
    return {"attachments": (before, after)} if before != after else {}


def _place_new(order: list[str], added: list[str], theirs: Sequence[str]) -> list[str]:
    """New items put where the sender has them: after the nearest item before them there."""
    result = list(order)
    for ev_id in (i for i in theirs if i in set(added)):
        index = theirs.index(ev_id)
        before = next((p for p in reversed(theirs[:index]) if p in result), None)
        result.insert(result.index(before) + 1 if before is not None else 0, ev_id)
    return result
