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

from factdesk.i18n import N_, _, ngettext
from factdesk.services import sources
from factdesk.services.records import Claim, Evidence

TITLE_SHOWN = 60  # characters of an item's title quoted in a rule's explanation
NAMED = 5  # items named in one explanation before "and N more"
# Each rule's name; the history names a rule left unmet by its key, in the reader's language.
RULE_LABELS = {
    "rated": N_("A rating is chosen"),
    "independent_sources": N_("At least two independent sources"),
    "decisive_evidence": N_("Evidence that supports or refutes the claim"),
    "rationale": N_("A rationale is written"),
    "sourced_evidence": N_("Every evidence item has a URL or an attachment"),
}


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    met: bool
    detail: str
    evidence_ids: tuple[str, ...] = ()  # the items the explanation names


def title(ev: Evidence) -> str:
    """An item as an explanation names it: its title in quotation marks, cut short."""
    text = " ".join((ev.title or ev.url or _("untitled item")).split())
    if len(text) > TITLE_SHOWN:
        text = text[: TITLE_SHOWN - 1].rstrip() + "…"
    # Translators: an item's title in the language's quotation marks.
    return _("“{title}”").format(title=text)


def listed(words: Sequence[str]) -> str:
    """“A”, “B” and “C”, as the message language writes a list."""
    if len(words) <= 1:
        return "".join(words)
    # Translators: what separates the items of a list before its last ("“A”, “B” and “C”).
    head = _(", ").join(words[:-1])
    # Translators: the end of a list: {items} are all but the last ("“A”, “B”), {last} the last.
    return _("{items} and {last}").format(items=head, last=words[-1])


def titles(items: Sequence[Evidence]) -> str:
    """“A”, “B” and “C” (at most NAMED, then "and N more")."""
    named = [title(ev) for ev in items[:NAMED]]
    if len(items) > NAMED:
        rest = len(items) - NAMED
        # Translators: the last of a list of items, for those not named ("“A”, “B” and 4 more").
        named.append(ngettext("{count} more", "{count} more", rest).format(count=rest))
    return listed(named)


def _ids(*groups: Sequence[Evidence]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ev.id for group in groups for ev in group))


def _source_words(source: sources.Source) -> str:
    """One source: its name, and its items when there are several."""
    if len(source.items) == 1:
        # Translators: a source and its item: AP (“Only source”).
        return _("{source} ({item})").format(source=source.name, item=title(source.items[0]))
    # Translators: a source and the items counted as that one source.
    return _("{source} ({items}, counted once)").format(
        source=source.name, items=titles(source.items)
    )


def _independence(claim: Claim) -> Rule:
    count = sources.independent_sources(claim)
    found = count.sources
    label = _(RULE_LABELS["independent_sources"])
    if len(found) >= 2:
        # Translators: {sources} are the sources, each with its items, separated by semicolons.
        detail = ngettext(
            "{count} independent source: {sources}.",
            "{count} independent sources: {sources}.",
            len(found),
        ).format(count=len(found), sources=_("; ").join(map(_source_words, found)))
        return Rule("independent_sources", label, True, detail)
    if found:
        parts = [
            _("Only one independent source: {source}; two are needed.").format(
                source=_source_words(found[0])
            )
        ]
    else:
        parts = [_("No independent source among the evidence yet; two are needed.")]
    for source in found:
        if len(source.items) > 1:
            # Translators: {why} says what joins them: "the same site, wikipedia.org".
            parts.append(
                _("{items} are one source ({why}).").format(
                    items=titles(source.items), why=_why_one(source)
                )
            )
    if count.appearance:
        parts.append(
            ngettext(
                "{items} is where the claim appeared, not a source.",
                "{items} are where the claim appeared, not a source.",
                len(count.appearance),
            ).format(items=titles(count.appearance))
        )
    if count.context:
        parts.append(
            ngettext(
                "{items} is context, not evidence for or against.",
                "{items} are context, not evidence for or against.",
                len(count.context),
            ).format(items=titles(count.context))
        )
    if count.anonymous:
        parts.append(
            ngettext(
                "{items} has neither a publisher nor a web address.",
                "{items} have neither a publisher nor a web address.",
                len(count.anonymous),
            ).format(items=titles(count.anonymous))
        )
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
        why.append(_("the same site, {sites}").format(sites=_(", ").join(shared[:3])))
    for names in by_key.values():
        if len(names) > 1:
            spellings = list(dict.fromkeys(names))[:3]
            quoted = " / ".join(_("“{title}”").format(title=n) for n in spellings)
            why.append(_("the same publisher, {names}").format(names=quoted))
    return listed(why[:3])


def _decisive(claim: Claim) -> Rule:
    own = {
        ev.id
        for ev in claim.evidence
        if claim.appeared_url and sources.same_place(ev.url, claim.appeared_url)
    }
    decisive = [
        ev for ev in claim.evidence if ev.stance in ("supports", "refutes") and ev.id not in own
    ]
    label = _(RULE_LABELS["decisive_evidence"])
    if decisive:
        supporting = [ev for ev in decisive if ev.stance == "supports"]
        refuting = [ev for ev in decisive if ev.stance == "refutes"]
        if supporting and refuting:
            detail = _("{supporting}; {refuting}.").format(
                supporting=ngettext(
                    "{items} supports the claim",
                    "{items} support the claim",
                    len(supporting),
                ).format(items=titles(supporting)),
                refuting=ngettext("{items} refutes it", "{items} refute it", len(refuting)).format(
                    items=titles(refuting)
                ),
            )
        elif supporting:
            detail = ngettext(
                "{items} supports the claim.", "{items} support the claim.", len(supporting)
            ).format(items=titles(supporting))
        else:
            # Translators: "it" is the claim.
            detail = ngettext("{items} refutes it.", "{items} refute it.", len(refuting)).format(
                items=titles(refuting)
            )
        return Rule("decisive_evidence", label, True, detail[:1].upper() + detail[1:])
    if not claim.evidence:
        return Rule("decisive_evidence", label, False, _("No evidence yet."))
    rest = [ev for ev in claim.evidence if ev.id not in own]
    appearance = [ev for ev in claim.evidence if ev.id in own]
    parts = []
    if rest:
        parts.append(_("{items}: context or unclear.").format(items=titles(rest)))
    if appearance:
        parts.append(
            _("{items}: where the claim appeared, which cannot confirm itself.").format(
                items=titles(appearance)
            )
        )
    parts.append(_("At least one item must support or refute the claim."))
    return Rule("decisive_evidence", label, False, " ".join(parts), _ids(rest, appearance))


def check(claim: Claim) -> list[Rule]:
    """The readiness rules for ``claim``, in the order a checker reads them."""
    evidence = claim.evidence
    unsourced = [e for e in evidence if not e.url and not e.attachments]
    rationale = (claim.verdict.rationale or "").strip() if claim.verdict else ""
    return [
        Rule(
            "rated",
            _(RULE_LABELS["rated"]),
            claim.rating is not None,
            _("The verdict has its rating.")
            if claim.rating is not None
            else (
                _("The verdict is a draft: choose a rating.")
                if claim.verdict is not None
                else _("Choose a rating for the verdict.")
            ),
        ),
        _independence(claim),
        _decisive(claim),
        Rule(
            "rationale",
            _(RULE_LABELS["rationale"]),
            bool(rationale),
            _("The verdict explains its reasoning.")
            if rationale
            else _("Write the rationale that readers will see."),
        ),
        Rule(
            "sourced_evidence",
            _(RULE_LABELS["sourced_evidence"]),
            bool(evidence) and not unsourced,
            _("No evidence yet.")
            if not evidence
            else (
                _("Each item can be traced.")
                if not unsourced
                else _("Missing on {items}.").format(items=titles(unsourced))
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
