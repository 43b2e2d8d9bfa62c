"""A claim's history told as sentences a colleague can read.

"14:02 Ana changed the stance of evidence “WHO fact sheet” context → refutes".
Times are local, to the minute; fields are named in the words the records
declare (:mod:`factdesk.records`); values are shown as a person writes them
(dates, grades with their meaning, file names without digests); an evidence
item is named by its title; an import names its bundle, file and author.
A change that does not show (a time re-stamped within the same minute, text
differing only in spacing) is left out, and an entry with nothing left to
tell is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from factdesk import records as r
from factdesk.records import HistoryEntry
from factdesk.services.attachment_files import visible_name

SHORT = 40  # characters of a value shown in a sentence
LONG_TEXTS = frozenset({"rationale", "excerpt", "notes", "text", "summary"})
ENTITY_WORDS = {
    "claim": "the claim",
    "evidence": "evidence",
    "verdict": "the verdict",
    "attachment": "attachment",
}


def local_minute(value: dt.datetime) -> str:
    """A time as the user reads it: their time zone, to the minute ("2 Dec 2022, 17:40")."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def _date(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {day:%b %Y}"


def _instant(value: str) -> str:
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return local_minute(when)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


def shown(entity: str, name: str, value: Any, ratings: Mapping[str, str] | None = None) -> str:
    """A stored value (as history keeps it) the way the sentence shows it."""
    if value is None or value == "" or value == []:
        return "—"
    record = r.ENTITIES.get(entity)
    kind = None
    if record is not None:
        try:
            kind = r.field_info(record, name).spec.kind
        except KeyError:
            kind = None
    if name == "attachments" and isinstance(value, list):
        # stored as "name (sha256)": the name is what a person knows the file by
        return ", ".join(_short(str(v).rsplit(" (", 1)[0]) for v in value) or "—"
    if isinstance(value, list):
        return ", ".join(_short(str(v)) for v in value) or "—"
    text = str(value)
    if kind == r.TIMESTAMP:
        return _instant(text)
    if kind == r.DATE:
        return _date(text)
    if kind == r.RELIABILITY_GRADE and text in r.RELIABILITY:
        return f"{text} ({r.RELIABILITY[text].lower()})"
    if kind == r.CREDIBILITY_GRADE and isinstance(value, int) and value in r.CREDIBILITY:
        return f"{value} ({r.CREDIBILITY[value].lower()})"
    if kind == r.RATING and ratings and text in ratings:
        return ratings[text]
    if kind == r.STATUS:
        return text.replace("_", " ")
    if kind == r.KIND:
        return r.KIND_WORDS.get(text, text)
    return _short(text)


def subjects(entries: Iterable[HistoryEntry], titles: Mapping[str, str]) -> dict[str, str]:
    """The title each evidence item is known by: as it is now, else as last recorded.

    ``titles`` are the current titles (evidence id -> title); items deleted
    since are named by their titles in the history (newest first).
    """
    known = {k: v for k, v in titles.items() if v}
    for entry in entries:
        if entry.entity != "evidence" or entry.entity_id in known:
            continue
        pair = entry.changes.get("title")
        if isinstance(pair, list) and len(pair) == 2:
            value = pair[1] if pair[1] else pair[0]
            if value:
                known[entry.entity_id] = str(value)
    return known


def _subject(entry: HistoryEntry, names: Mapping[str, str]) -> str:
    """What an entry is about: "the claim", "evidence “WHO fact sheet”", "attachment x.pdf"."""
    if entry.entity == "evidence":
        title = names.get(entry.entity_id)
        return f"evidence “{_short(title)}”" if title else "an evidence item"
    if entry.entity == "attachment":
        pair = entry.changes.get("filename")
        name = pair[1] or pair[0] if isinstance(pair, list) and len(pair) == 2 else None
        return f"the file {_short(str(name))}" if name else "a file"
    return ENTITY_WORDS.get(entry.entity, entry.entity)


def _owner(entry: HistoryEntry, names: Mapping[str, str], word: str) -> str:
    """ " to evidence “WHO fact sheet”": the item a file was attached to (or removed from)."""
    owner = entry.changes.get("evidence_id")
    if isinstance(owner, list) and len(owner) == 2:
        title = names.get(str(owner[1] or owner[0]))
        if title:
            return f" {word} evidence “{_short(title)}”"
    return ""


def _field_order(entity: str) -> dict[str, int]:
    record = r.ENTITIES.get(entity)
    if record is None:
        return {}
    return {f.name: n for n, f in enumerate(r.declared(record))}


def _changes(entry: HistoryEntry, ratings: Mapping[str, str] | None) -> list[str]:
    """The visible changes of an update or import, as clauses of one sentence."""
    record = r.ENTITIES.get(entry.entity)
    order = _field_order(entry.entity)
    parts = []
    changed = False  # "changed" is said once, before the first value
    for name in sorted(entry.changes, key=lambda n: (order.get(n, len(order)), n)):
        pair = entry.changes[name]
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        label = r.label(record, name) if record is not None else name.replace("_", " ")
        if name == "position" and isinstance(old, int) and isinstance(new, int):
            if old != new:
                parts.append(f"moved it from place {old + 1} to {new + 1}")
            continue
        if name in LONG_TEXTS and isinstance(new, str | None) and isinstance(old, str | None):
            if " ".join((old or "").split()) == " ".join((new or "").split()):
                continue
            if old and new:
                parts.append(f"edited the {label}")
                continue
        before = shown(entry.entity, name, old, ratings)
        after = shown(entry.entity, name, new, ratings)
        if before == after:
            continue  # nothing a reader could see changed
        parts.append(f"{'the' if changed else 'changed the'} {label} {before} → {after}")
        changed = True
    return parts


def _import_source(entry: HistoryEntry) -> str:
    """ "imported from “Japan checks” (japan.factbundle), work by Ben"; from a spreadsheet or
    feed, "imported from checks.csv"."""
    found = entry.context.get("import")
    if not isinstance(found, dict):
        return "imported"  # written before imports kept their source
    title, file_name, by = (found.get(k) for k in ("bundle_title", "file_name", "created_by"))
    where = f"“{_short(str(title))}” ({file_name})" if title and file_name else title or file_name
    text = f"imported from {where}" if where else "imported"
    return f"{text}, work by {by}" if by else text


def _unmet(entry: HistoryEntry) -> str:
    found = entry.context.get("readiness")
    if not isinstance(found, dict):
        return ""
    rules = [str(rule.get("label", "")).lower() for rule in found.get("unmet", ()) if rule]
    rules = [rule for rule in rules if rule]
    return f" — published anyway, without: {'; '.join(rules)}" if rules else ""


def _pairs(entry: HistoryEntry) -> list[tuple[Any, Any]]:
    return [(p[0], p[1]) for p in entry.changes.values() if isinstance(p, list) and len(p) == 2]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _quoted_text(entry: HistoryEntry) -> str:
    """ " “Gargling cures…”": a claim named by its text where it was added."""
    pair = entry.changes.get("text")
    if entry.entity == "claim" and isinstance(pair, list) and len(pair) == 2 and pair[1]:
        return f" “{_short(str(pair[1]))}”"
    return ""


def _rated(entry: HistoryEntry, ratings: Mapping[str, str] | None) -> str:
    """ ", rated False" for a verdict created with a rating."""
    pair = entry.changes.get("rating")
    if entry.entity == "verdict" and isinstance(pair, list) and len(pair) == 2 and pair[1]:
        return f", rated {shown('verdict', 'rating', pair[1], ratings)}"
    return ""


def describe(
    entry: HistoryEntry,
    names: Mapping[str, str] | None = None,
    ratings: Mapping[str, str] | None = None,
) -> str | None:
    """One entry as a sentence, or None when it has nothing a reader could see.

    ``names`` gives evidence items their titles (see :func:`subjects`),
    ``ratings`` rating keys their labels.  Direction controls in any value
    (a title, a file name, an author from a bundle) are made visible, so no
    value can reorder the rest of the sentence around it.
    """
    sentence = _sentence(entry, names or {}, ratings)
    return None if sentence is None else visible_name(sentence)


def _sentence(
    entry: HistoryEntry, names: Mapping[str, str], ratings: Mapping[str, str] | None
) -> str | None:
    when = entry.at.astimezone().strftime("%H:%M")
    who = entry.author
    subject = _subject(entry, names)
    pairs = _pairs(entry)
    source = f" {_import_source(entry)}:" if entry.action == "import" else ""
    if entry.action == "create" or (
        entry.action == "import" and pairs and all(_empty(old) for old, _new in pairs)
    ):
        if entry.entity == "attachment":
            name = subject.removeprefix("the file ")
            return f"{when} {who}{source} attached {name}{_owner(entry, names, 'to')}"
        return f"{when} {who}{source} added {subject}{_quoted_text(entry)}{_rated(entry, ratings)}"
    if entry.action == "delete" or (
        entry.action == "import" and pairs and all(_empty(new) for _old, new in pairs)
    ):
        if entry.entity == "attachment":
            return f"{when} {who}{source} removed {subject}{_owner(entry, names, 'from')}"
        return f"{when} {who}{source} deleted {subject}"
    if entry.action == "restore":
        return f"{when} {who} brought back {subject}"
    parts = _changes(entry, ratings)
    if entry.entity in ("evidence", "attachment"):
        parts = [f"on {subject}, {parts[0]}", *parts[1:]] if parts else parts
    if entry.action == "import" and not entry.changes:
        return f"{when} {who}{source[:-1]}"
    if not parts:
        return None
    return f"{when} {who}{source} {'; '.join(parts)}{_unmet(entry)}"


def details(entry: HistoryEntry) -> str:
    """The fuller account a tooltip gives: the exact time, and rules left unmet."""
    lines = [entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")]
    found = entry.context.get("readiness")
    if isinstance(found, dict):
        for rule in found.get("unmet", ()):
            if isinstance(rule, dict):
                lines.append(f"Not met: {rule.get('label', '')}. {rule.get('detail', '')}")
    return visible_name("\n".join(lines))
