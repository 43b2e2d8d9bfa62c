"""Is a claim ready to publish? The method rules a fact-checker checks first.

Pure logic over a :class:`~factdesk.services.records.Claim`: the window shows
the list as a checklist and asks for confirmation before publishing when a
rule is unmet.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.i18n import _, ngettext
from factdesk.services.records import Claim


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    met: bool
    detail: str


def _publisher_key(name: str | None) -> str | None:
    """Publishers compared loosely: "BBC News" and "bbc news " are one source."""
    if not name:
        return None
    return " ".join(name.lower().split()) or None


def check(claim: Claim) -> list[Rule]:
    """The readiness rules for ``claim``, in the order a checker reads them."""
    evidence = claim.evidence
    publishers = {p for p in (_publisher_key(e.publisher) for e in evidence) if p}
    decisive = [e for e in evidence if e.stance in ("supports", "refutes")]
    unsourced = [e for e in evidence if not e.url and not e.attachments]
    rationale = (claim.verdict.rationale or "").strip() if claim.verdict else ""
    return [
        Rule(
            "rated",
            _("A rating is chosen"),
            claim.rating is not None,
            _("The verdict has its rating.")
            if claim.rating is not None
            else (
                _("The verdict is a draft: choose a rating.")
                if claim.verdict is not None
                else _("Choose a rating for the verdict.")
            ),
        ),
        Rule(
            "independent_sources",
            _("At least two independent sources"),
            len(publishers) >= 2,
            ngettext(
                "{count} different publisher among the evidence; two are needed.",
                "{count} different publishers among the evidence; two are needed.",
                len(publishers),
            ).format(count=len(publishers)),
        ),
        Rule(
            "decisive_evidence",
            _("Evidence that supports or refutes the claim"),
            bool(decisive),
            ngettext(
                "{count} item supports or refutes the claim.",
                "{count} items support or refute the claim.",
                len(decisive),
            ).format(count=len(decisive))
            if decisive
            else _("Every item is context or unclear; at least one must support or refute."),
        ),
        Rule(
            "rationale",
            _("A rationale is written"),
            bool(rationale),
            _("The verdict explains its reasoning.")
            if rationale
            else _("Write the rationale that readers will see."),
        ),
        Rule(
            "sourced_evidence",
            _("Every evidence item has a URL or an attachment"),
            bool(evidence) and not unsourced,
            _("No evidence yet.")
            if not evidence
            else (
                _("Each item can be traced.")
                if not unsourced
                else _("Missing on: {titles}.").format(
                    titles=", ".join(e.title or _("(untitled)") for e in unsourced)
                )
            ),
        ),
    ]


def unmet(claim: Claim) -> list[Rule]:
    return [rule for rule in check(claim) if not rule.met]
