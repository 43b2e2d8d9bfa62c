"""Is a claim ready to publish? The method rules a fact-checker checks first.

Pure logic over a :class:`~factdesk.services.records.Claim`: the window shows
the list as a checklist, naming the items behind each unmet rule, and asks
before publishing while a rule is unmet; publishing records the rules that
were unmet (see :meth:`factdesk.services.claims.ClaimService.publish_changes`).

The rules cannot be met by form alone. Two items count as independent
sources only if they come from different registrable domains *and*
different publishers (:mod:`factdesk.services.sources`); an item that is
context, that points at where the claim itself appeared, or that has neither
publisher nor address, is no source for the verdict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factdesk.services import sources
from factdesk.services.records import Claim, Evidence

TITLE_SHOWN = 60  # characters of an item's title quoted in a rule's explanation
NAMED = 5  # items named in one explanation before "and N more"


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    met: bool
    detail: str
    evidence_ids: tuple[str, ...] = ()  # the items the explanation names


def title(ev: Evidence) -> str:
    """An item as an explanation names it: its title in quotation marks, cut short."""
    text = " ".join((ev.title or ev.url or "untitled item").split())
    if len(text) > TITLE_SHOWN:
        text = text[: TITLE_SHOWN - 1].rstrip() + "…"
    return f"“{text}”"


def titles(items: Sequence[Evidence]) -> str:
    """“A”, “B” and “C” (at most NAMED, then "and N more")."""
    named = [title(ev) for ev in items[:NAMED]]
    if len(items) > NAMED:
        named.append(f"{len(items) - NAMED} more")
    if len(named) == 1:
        return named[0]
    return ", ".join(named[:-1]) + " and " + named[-1]


def _ids(*groups: Sequence[Evidence]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ev.id for group in groups for ev in group))


def _source_words(source: sources.Source) -> str:
    """One source: its name, and its items when there are several."""
    if len(source.items) == 1:
        return f"{source.name} ({title(source.items[0])})"
    return f"{source.name} ({titles(source.items)}, counted once)"


def _independence(claim: Claim) -> Rule:
    count = sources.independent_sources(claim)
    found = count.sources
    label = "At least two independent sources"
    if len(found) >= 2:
        detail = f"{len(found)} independent sources: " + "; ".join(map(_source_words, found))
        return Rule("independent_sources", label, True, detail + ".")
    if found:
        parts = ["Only one independent source: " + _source_words(found[0]) + "; two are needed."]
    else:
        parts = ["No independent source among the evidence yet; two are needed."]
    for source in found:
        if len(source.items) > 1:
            parts.append(f"{titles(source.items)} are one source ({_why_one(source)}).")
    for items, what in (
        (count.appearance, "where the claim appeared, not a source"),
        (count.context, "context, not evidence for or against"),
    ):
        if items:
            parts.append(f"{titles(items)} {'is' if len(items) == 1 else 'are'} {what}.")
    if count.anonymous:
        verb = "has" if len(count.anonymous) == 1 else "have"
        parts.append(f"{titles(count.anonymous)} {verb} neither a publisher nor a web address.")
    involved = [ev for s in found for ev in s.items]
    return Rule(
        "independent_sources",
        label,
        False,
        " ".join(parts),
        _ids(involved, count.appearance, count.context, count.anonymous),
    )


def _why_one(source: sources.Source) -> str:
    """What joins a source's items: a shared site, a shared publisher, or both."""
    domains = Counter(filter(None, (sources.registrable_domain(e.url) for e in source.items)))
    by_key: dict[str, list[str]] = {}
    for ev in source.items:
        key = sources.publisher_key(ev.publisher)
        if key and ev.publisher:
            by_key.setdefault(key, []).append(" ".join(ev.publisher.split()))
    why = []
    shared = [domain for domain, n in domains.items() if n > 1]
    if shared:
        why.append("the same site, " + ", ".join(shared[:3]))
    for names in by_key.values():
        if len(names) > 1:
            spellings = list(dict.fromkeys(names))[:3]
            why.append("the same publisher, " + " / ".join(f"“{n}”" for n in spellings))
    return " and ".join(why[:3])


def _decisive(claim: Claim) -> Rule:
    own = {
        ev.id
        for ev in claim.evidence
        if claim.appeared_url and sources.same_place(ev.url, claim.appeared_url)
    }
    decisive = [
        ev for ev in claim.evidence if ev.stance in ("supports", "refutes") and ev.id not in own
    ]
    if decisive:
        parts = []
        for stance, one, many in (
            ("supports", "supports the claim", "support the claim"),
            ("refutes", "refutes it", "refute it"),
        ):
            items = [ev for ev in decisive if ev.stance == stance]
            if items:
                parts.append(f"{titles(items)} {one if len(items) == 1 else many}")
        detail = "; ".join(parts)
        return Rule("decisive_evidence", _DECISIVE, True, detail[:1].upper() + detail[1:] + ".")
    if not claim.evidence:
        return Rule("decisive_evidence", _DECISIVE, False, "No evidence yet.")
    rest = [ev for ev in claim.evidence if ev.id not in own]
    appearance = [ev for ev in claim.evidence if ev.id in own]
    parts = []
    if rest:
        parts.append(f"{titles(rest)}: context or unclear.")
    if appearance:
        parts.append(
            f"{titles(appearance)}: where the claim appeared, which cannot confirm itself."
        )
    parts.append("At least one item must support or refute the claim.")
    return Rule("decisive_evidence", _DECISIVE, False, " ".join(parts), _ids(rest, appearance))


_DECISIVE = "Evidence that supports or refutes the claim"


def check(claim: Claim) -> list[Rule]:
    """The readiness rules for ``claim``, in the order a checker reads them."""
    evidence = claim.evidence
    unsourced = [e for e in evidence if not e.url and not e.attachments]
    rationale = (claim.verdict.rationale or "").strip() if claim.verdict else ""
    return [
        Rule(
            "rated",
            "A rating is chosen",
            claim.rating is not None,
            "The verdict has its rating."
            if claim.rating is not None
            else (
                "The verdict is a draft: choose a rating."
                if claim.verdict is not None
                else "Choose a rating for the verdict."
            ),
        ),
        _independence(claim),
        _decisive(claim),
        Rule(
            "rationale",
            "A rationale is written",
            bool(rationale),
            "The verdict explains its reasoning."
            if rationale
            else "Write the rationale that readers will see.",
        ),
        Rule(
            "sourced_evidence",
            "Every evidence item has a URL or an attachment",
            bool(evidence) and not unsourced,
            "No evidence yet."
            if not evidence
            else (
                "Each item can be traced." if not unsourced else f"Missing on {titles(unsourced)}."
            ),
            _ids(unsourced),
        ),
    ]


def unmet(claim: Claim) -> list[Rule]:
    return [rule for rule in check(claim) if not rule.met]


def unmet_record(rules: Sequence[Rule]) -> dict[str, Any] | None:
    """What the history keeps of the rules a claim was published without (None: all met)."""
    if not rules:
        return None
    unmet = [{"key": rule.key, "label": rule.label, "detail": rule.detail} for rule in rules]
    return {"readiness": {"unmet": unmet}}
