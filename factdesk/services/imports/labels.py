"""Foreign rating labels onto the case file's scale: remembered, given, or suggested.

A label ("Falso", "Pants on Fire", "não_é_bem_assim") is compared folded
(case, accents, punctuation and underscores ignored).  Its rating comes from,
in order: the mapping given for this import (``--rating-map``, or the
preview's table), the mapping remembered for its source (a publisher, a
spreadsheet column), and the built-in table of labels fact-checkers use,
which knows the default scale's keys.  A label none of these knows stays
unmapped: the import says so and keeps the label as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factdesk.services.records import Rating
from factdesk.services.textfold import fold

KNOWN: dict[str, tuple[str, ...]] = {
    "true": (
        "true",
        "correct",
        "accurate",
        "verdadeiro",
        "verdadero",
        "verdadera",
        "cierto",
        "vrai",
        "wahr",
        "richtig",
        "vero",
        "waar",
        "prawda",
        "dogru",
        "benar",
        "sahi",
        "صحيح",
        "正確",
        "正确",
        "属实",
        "屬實",
    ),
    "mostly-true": (
        "mostly true",
        "mostly correct",
        "mostly accurate",
        "largely accurate",
        "largely true",
        "plutot vrai",
        "en gran parte verdadero",
        "verdadeiro mas",
        "meist wahr",
        "mostly-true",
        "صحيح جزئيا",
    ),
    "mixed": (
        "half true",
        "mixed",
        "mixture",
        "partly true",
        "partly false",
        "partially true",
        "partially false",
        "partiellement vrai",
        "partiellement faux",
        "teilweise falsch",
        "teilweise richtig",
        "parcialmente falso",
        "parcialmente verdadeiro",
        "parcialmente verdadero",
        "verdad a medias",
        "meia verdade",
        "impreciso",
        "exagerado",
        "exaggerated",
        "exagere",
        "übertrieben",
        "ubertrieben",
        "部分錯誤",
        "部分错误",
        "half false",
    ),
    "mostly-false": (
        "mostly false",
        "barely true",
        "mostly incorrect",
        "plutot faux",
        "en gran parte falso",
        "meist falsch",
        "mostly-false",
    ),
    "false": (
        "false",
        "falso",
        "falsa",
        "faux",
        "fausse",
        "falsch",
        "fake",
        "incorrect",
        "wrong",
        "pants on fire",
        "pants fire",
        "fabricated",
        "bogus",
        "hoax",
        "altered",
        "altered photo",
        "altered image",
        "altered video",
        "manipulated",
        "manipulado",
        "manipulada",
        "fake news",
        "scam",
        "four pinocchios",
        "錯誤",
        "错误",
        "假",
        "زائف",
        "خطأ",
        "كاذب",
        "مفبرك",
        "फर्जी",
        "झूठ",
        "gefälscht",
        "gefalscht",
        "nepravda",
        "not true",
    ),
    "misleading": (
        "misleading",
        "missing context",
        "lacks context",
        "needs context",
        "out of context",
        "cherry picking",
        "cherrypicking",
        "conflicting evidence cherrypicking",
        "engañoso",
        "enganoso",
        "engañosa",
        "enganosa",
        "trompeur",
        "trompeuse",
        "irreführend",
        "irrefuhrend",
        "fuera de contexto",
        "sacado de contexto",
        "fora de contexto",
        "sem contexto",
        "nao e bem assim",
        "distorted",
        "distorcido",
        "distorsionado",
        "contexto",
        "imprecise",
        "manque de contexte",
        "hors contexte",
        "fehlender kontext",
        "مضلل",
        "誤導",
        "误导",
    ),
    "unproven": (
        "unproven",
        "unverified",
        "no evidence",
        "not enough evidence",
        "unsupported",
        "unsubstantiated",
        "sin evidencia",
        "sem provas",
        "insustentavel",
        "nao comprovado",
        "no comprobado",
        "non prouve",
        "unbelegt",
        "indeterminado",
        "inconclusive",
        "research in progress",
        "unverifiable",
        "无法证实",
        "無法證實",
    ),
}
_SUGGESTIONS = {fold(label): key for key, labels in KNOWN.items() for label in labels}
_HEAD = re.compile(r"^\s*([^:.;!\n]{1,60})[:.;!\n]")
KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def label_key(label: str) -> str:
    """A foreign label as mappings store it: folded, at most 200 characters."""
    return fold(label)[:200]


def suggestion(label: str) -> str | None:
    """The default scale's key for a label fact-checkers commonly use, or None.

    A long label that starts with a verdict ("FALSO: As imagens foram …") is
    judged by that first part.
    """
    folded = fold(label)
    if folded in _SUGGESTIONS:
        return _SUGGESTIONS[folded]
    head = _HEAD.match(label)
    if head:
        return _SUGGESTIONS.get(fold(head[1]))
    return None


def new_key(label: str) -> str:
    """A rating key made from a label ("Altered photo" → ``altered-photo``)."""
    key = re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-")[:64].strip("-")
    return key or "other"


@dataclass(frozen=True)
class Mapped:
    rating: str | None
    how: str  # "given", "remembered", "suggested", or "" (unmapped)


class LabelMapper:
    """Decides each label's rating; knows the scale and the mappings remembered."""

    def __init__(
        self,
        scale: Sequence[Rating],
        remembered: Mapping[tuple[str, str], str],
        given: Mapping[str, str],
        given_per_source: Mapping[tuple[str, str], str | None],
    ) -> None:
        self.scale = {r.key: r for r in scale}
        self.remembered = remembered
        self.given = {label_key(k): v for k, v in given.items()}
        self.per_source = {(s, label_key(k)): v for (s, k), v in given_per_source.items()}
        self._cache: dict[tuple[str, str], Mapped] = {}

    def map(self, source: str, label: str) -> Mapped:
        folded = label_key(label)
        cached = self._cache.get((source, folded))
        if cached is not None:
            return cached
        if (source, folded) in self.per_source:
            key = self.per_source[(source, folded)]
            found = Mapped(key, "given" if key else "")
        elif folded in self.given:
            found = Mapped(self.given[folded], "given")
        elif (source, folded) in self.remembered:
            found = Mapped(self.remembered[(source, folded)], "remembered")
        else:
            key = suggestion(label)
            found = Mapped(key, "suggested") if key in self.scale else Mapped(None, "")
        self._cache[(source, folded)] = found
        return found

    def stance(self, key: str | None) -> str:
        """How a fact-check with this rating bears on the claim."""
        if key in ("true", "mostly-true"):
            return "supports"
        if key in ("false", "mostly-false"):
            return "refutes"
        rating = self.scale.get(key or "")
        values = [r.value for r in self.scale.values() if r.value is not None]
        if rating is None or rating.value is None or len(values) < 3:
            return "context"
        if rating.value >= max(values) - 1:
            return "supports"
        if rating.value <= min(values) + 1:
            return "refutes"
        return "context"
