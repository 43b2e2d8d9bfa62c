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

from factdesk import i18n
from factdesk import records as r
from factdesk.i18n import N_, _
from factdesk.records import HistoryEntry
from factdesk.services.attachment_files import visible_name

SHORT = 40  # characters of a value shown in a sentence
LONG_TEXTS = frozenset({"rationale", "excerpt", "notes", "text", "summary"})
ENTITY_WORDS = {
    "claim": N_("the claim"),
    "evidence": N_("evidence"),
    "verdict": N_("the verdict"),
    "attachment": N_("attachment"),
}
STANCE_WORDS = {
    "supports": N_("supports"),
    "refutes": N_("refutes"),
    "context": N_("context"),
    "unclear": N_("unclear"),
}
STATUS_WORDS = {
    "new": N_("new"),
    "researching": N_("researching"),
    "in_review": N_("in review"),
    "published": N_("published"),
    "archived": N_("archived"),
}


def _short_date(day: dt.date) -> str:
    """ "2 Mar 2024" in English; "2 mars 2024", "2. März 2024" as other languages write it."""
    lang = i18n.language()
    if lang == i18n.SOURCE_LANGUAGE:
        return f"{day.day} {day:%b %Y}"
    from babel.dates import format_skeleton

    from factdesk.i18n import formats

    return format_skeleton("yMMMd", day, locale=formats.locale(lang))


def local_minute(value: dt.datetime) -> str:
    """A time as the user reads it: their time zone, to the minute ("2 Mar 2024, 17:40")."""
    local = value.astimezone()
    # Translators: a day and a time of day: "2 Mar 2024, 17:40".
    return _("{date}, {time}").format(date=_short_date(local.date()), time=f"{local:%H:%M}")


def _date(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return _short_date(day)


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
        return _(", ").join(_short(str(v).rsplit(" (", 1)[0]) for v in value) or "—"
    if isinstance(value, list):
        return _(", ").join(_short(str(v)) for v in value) or "—"
    text = str(value)
    if kind == r.TIMESTAMP:
        return _instant(text)
    if kind == r.DATE:
        return _date(text)
    if kind == r.RELIABILITY_GRADE and text in r.RELIABILITY:
        return f"{text} ({_(r.RELIABILITY[text]).lower()})"
    if kind == r.CREDIBILITY_GRADE and isinstance(value, int) and value in r.CREDIBILITY:
        return f"{value} ({_(r.CREDIBILITY[value]).lower()})"
    if kind == r.RATING and ratings and text in ratings:
        return ratings[text]
    if kind == r.STANCE and text in STANCE_WORDS:
        return _(STANCE_WORDS[text])
    if kind == r.STATUS:
        return _(STATUS_WORDS[text]) if text in STATUS_WORDS else text.replace("_", " ")
    if kind == r.KIND:
        return _(r.KIND_WORDS[text]) if text in r.KIND_WORDS else text
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
        if not title:
            return _("an evidence item")
        return _("evidence “{title}”").format(title=_short(title))
    if entry.entity == "attachment":
        name = _file_name(entry)
        return _("the file {name}").format(name=name) if name else _("a file")
    return _(ENTITY_WORDS[entry.entity]) if entry.entity in ENTITY_WORDS else entry.entity


def _file_name(entry: HistoryEntry) -> str | None:
    pair = entry.changes.get("filename")
    name = pair[1] or pair[0] if isinstance(pair, list) and len(pair) == 2 else None
    return _short(str(name)) if name else None


def _owner(entry: HistoryEntry, names: Mapping[str, str]) -> str | None:
    """ "WHO fact sheet": the title of the item a file was attached to (or removed from)."""
    owner = entry.changes.get("evidence_id")
    if isinstance(owner, list) and len(owner) == 2:
        title = names.get(str(owner[1] or owner[0]))
        if title:
            return _short(title)
    return None


def _field_order(entity: str) -> dict[str, int]:
    record = r.ENTITIES.get(entity)
    if record is None:
        return {}
    return {f.name: n for n, f in enumerate(r.declared(record))}


def _changes(
    entry: HistoryEntry, ratings: Mapping[str, str] | None, subject: str | None = None
) -> list[str]:
    """The visible changes of an update or import, as clauses of one sentence.

    With a ``subject`` ("evidence “WHO fact sheet”"), the first clause names it:
    "on evidence “WHO fact sheet”, changed the stance context → refutes".
    """
    record = r.ENTITIES.get(entry.entity)
    order = _field_order(entry.entity)
    parts: list[str] = []
    changed = False  # "changed" is said once, before the first value
    for name in sorted(entry.changes, key=lambda n: (order.get(n, len(order)), n)):
        pair = entry.changes[name]
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        label = _(r.label(record, name)) if record is not None else name.replace("_", " ")
        on = subject if not parts else None  # the subject is named in the first clause
        if name == "position" and isinstance(old, int) and isinstance(new, int):
            if old != new:
                parts.append(
                    (
                        _("on {subject}, moved it from place {old} to {new}")
                        if on
                        else _("moved it from place {old} to {new}")
                    ).format(subject=on, old=old + 1, new=new + 1)
                )
            continue
        if name in LONG_TEXTS and isinstance(new, str | None) and isinstance(old, str | None):
            if " ".join((old or "").split()) == " ".join((new or "").split()):
                continue
            if old and new:
                parts.append(
                    (
                        _("on {subject}, edited the {field}") if on else _("edited the {field}")
                    ).format(subject=on, field=label)
                )
                continue
        before = shown(entry.entity, name, old, ratings)
        after = shown(entry.entity, name, new, ratings)
        if before == after:
            continue  # nothing a reader could see changed
        if on:
            # Translators: "on evidence “WHO fact sheet”, changed the stance context → refutes".
            clause = _("on {subject}, changed the {field} {old} → {new}")
        elif changed:
            # Translators: a further change in the same sentence, after "changed the …; ".
            clause = _("the {field} {old} → {new}")
        else:
            clause = _("changed the {field} {old} → {new}")
        parts.append(clause.format(subject=on, field=label, old=before, new=after))
        changed = True
    return parts


def _import_source(entry: HistoryEntry) -> str:
    """ "imported from “Japan checks” (japan.factbundle), work by Ben"; from a spreadsheet or
    feed, "imported from checks.csv"."""
    found = entry.context.get("import")
    if not isinstance(found, dict):
        return _("imported")  # written before imports kept their source
    title, file_name, by = (found.get(k) for k in ("bundle_title", "file_name", "created_by"))
    where: Any
    if title and file_name:
        where = _("“{title}” ({file})").format(title=_short(str(title)), file=file_name)
    else:
        where = title or file_name
    text = _("imported from {where}").format(where=where) if where else _("imported")
    return _("{imported}, work by {author}").format(imported=text, author=by) if by else text


def _rule_label(rule: Mapping[str, Any]) -> str:
    """A rule left unmet, named in the message language (as recorded, for an unknown rule)."""
    from factdesk.services.readiness import RULE_LABELS

    key = rule.get("key")
    if isinstance(key, str) and key in RULE_LABELS:
        return _(RULE_LABELS[key])
    return str(rule.get("label", ""))


def _in_sentence(label: str) -> str:
    """A rule's name inside a sentence: its first letter small ("at least two independent
    sources"), the rest as written (a German noun keeps its capital)."""
    return label[:1].lower() + label[1:]


def _unmet(entry: HistoryEntry, sentence: str) -> str:
    found = entry.context.get("readiness")
    if not isinstance(found, dict):
        return sentence
    rules = [_in_sentence(_rule_label(rule)) for rule in found.get("unmet", ()) if rule]
    rules = [rule for rule in rules if rule]
    if not rules:
        return sentence
    return _("{sentence} — published anyway, without: {rules}").format(
        sentence=sentence, rules=_("; ").join(rules)
    )


def _pairs(entry: HistoryEntry) -> list[tuple[Any, Any]]:
    return [(p[0], p[1]) for p in entry.changes.values() if isinstance(p, list) and len(p) == 2]


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _quoted_text(entry: HistoryEntry) -> str:
    """ " “Gargling cures…”": a claim named by its text where it was added."""
    pair = entry.changes.get("text")
    if entry.entity == "claim" and isinstance(pair, list) and len(pair) == 2 and pair[1]:
        return _short(str(pair[1]))
    return ""


def _rated(entry: HistoryEntry, ratings: Mapping[str, str] | None) -> str:
    """ "False" for a verdict created with a rating."""
    pair = entry.changes.get("rating")
    if entry.entity == "verdict" and isinstance(pair, list) and len(pair) == 2 and pair[1]:
        return shown("verdict", "rating", pair[1], ratings)
    return ""


def _added(entry: HistoryEntry, subject: str, ratings: Mapping[str, str] | None) -> str:
    """ "added the claim “Gargling cures…”", "added the verdict, rated False"."""
    text = _quoted_text(entry)
    if text:
        subject = _("{subject} “{text}”").format(subject=subject, text=text)
    clause = _("added {subject}").format(subject=subject)
    rating = _rated(entry, ratings)
    return _("{added}, rated {rating}").format(added=clause, rating=rating) if rating else clause


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
    head = f"{when} {who}"  # "14:02 Ana": each sentence goes on with what Ana did
    if entry.action == "import":
        head = f"{head} {_import_source(entry)}"
        if not entry.changes:
            return head
        # Translators: "14:02 Ana imported from archive.csv" before what the import did.
        head = _("{imported}:").format(imported=head)
    if entry.action == "create" or (
        entry.action == "import" and pairs and all(_empty(old) for old, _new in pairs)
    ):
        if entry.entity == "attachment":
            name, owner = _file_name(entry) or _("a file"), _owner(entry, names)
            if owner:
                return f"{head} " + _("attached {file} to evidence “{title}”").format(
                    file=name, title=owner
                )
            return f"{head} " + _("attached {file}").format(file=name)
        return f"{head} {_added(entry, subject, ratings)}"
    if entry.action == "delete" or (
        entry.action == "import" and pairs and all(_empty(new) for _old, new in pairs)
    ):
        if entry.entity == "attachment":
            owner = _owner(entry, names)
            if owner:
                return f"{head} " + _("removed {subject} from evidence “{title}”").format(
                    subject=subject, title=owner
                )
            return f"{head} " + _("removed {subject}").format(subject=subject)
        return f"{head} " + _("deleted {subject}").format(subject=subject)
    if entry.action == "restore":
        return f"{head} " + _("brought back {subject}").format(subject=subject)
    named = subject if entry.entity in ("evidence", "attachment") else None
    parts = _changes(entry, ratings, named)
    if not parts:
        return None
    return _unmet(entry, f"{head} " + _("; ").join(parts))


def details(entry: HistoryEntry) -> str:
    """The fuller account a tooltip gives: the exact time, and rules left unmet."""
    lines = [entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")]
    found = entry.context.get("readiness")
    if isinstance(found, dict):
        for rule in found.get("unmet", ()):
            if isinstance(rule, dict):
                lines.append(
                    _("Not met: {rule}. {detail}").format(
                        rule=_rule_label(rule), detail=rule.get("detail", "")
                    )
                )
    return visible_name("\n".join(lines))
