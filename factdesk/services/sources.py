"""Who stands behind an evidence item: the source a fact-checker counts.

Two items are the same source when their web addresses share a registrable
domain (``en.wikipedia.org`` and ``de.wikipedia.org`` are both
``wikipedia.org``; ``a.blogspot.com`` and ``b.blogspot.com`` are two blogs)
or when their publishers have the same name once case, accents,
punctuation, spacing and a leading "The" are set aside ("The Guardian",
"guardian"). The registrable domain comes from the Public Suffix List as
shipped with the ``publicsuffixlist`` package: a snapshot read from the
package's own folder, never fetched.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from factdesk.records import Claim, Evidence

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

MAX_HOST = 253  # the longest name DNS allows; anything longer is not a host
MAX_NAME = 300  # characters of a publisher's name compared
_NOT_WORD = re.compile(r"[\W_]+")
_THE = "the"


@lru_cache(maxsize=1)
def _suffix_list() -> PublicSuffixList:
    # Imported when first needed: the list takes a moment to parse.
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def host_of(url: str | None) -> str | None:
    """The lower-case host name of an http(s) address, or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip()[: MAX_HOST + 64])
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    host = host.rstrip(".")[:MAX_HOST]
    if not host.isascii():  # "münchen.de" and "xn--mnchen-3ya.de" are one host
        with contextlib.suppress(UnicodeError):
            host = host.encode("idna").decode("ascii")
    return host or None


def registrable_domain(url: str | None) -> str | None:
    """The part of an address's host that one owner registered ("bbc.co.uk"), or None.

    A host that is an IP address, or is itself a public suffix, stands for itself.
    """
    host = host_of(url)
    if host is None:
        return None
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    try:
        domain = _suffix_list().privatesuffix(host)
    except (ValueError, UnicodeError):
        return host
    return domain or host


def publisher_key(name: str | None) -> str | None:
    """A publisher's name as compared: case, accents, punctuation, spaces and a leading
    "The" set aside ("The B.B.C. News" and "bbc news" are one)."""
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name[:MAX_NAME]).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = _NOT_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == _THE:
        words = words[1:]
    return "".join(words) or None


def same_place(a: str | None, b: str | None) -> bool:
    """Whether two addresses name the same page (case of the host, "www.", a final "/",
    a fragment and the scheme aside)."""
    if not a or not b:
        return False
    key = _page_key(a)
    return key is not None and key == _page_key(b)


def _page_key(url: str) -> str | None:
    host = host_of(url)
    if host is None:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


@dataclass(frozen=True)
class Source:
    """Evidence items that come from one source, and what made them one."""

    items: tuple[Evidence, ...]
    domains: tuple[str, ...]
    publishers: tuple[str, ...]  # as first written

    @property
    def name(self) -> str:
        if self.publishers:
            return self.publishers[0]
        return self.domains[0] if self.domains else "(unnamed)"


@dataclass(frozen=True)
class SourceCount:
    """The independent sources among a claim's evidence, and the items not counted, with why."""

    sources: tuple[Source, ...]
    appearance: tuple[Evidence, ...]  # point at where the claim itself appeared
    context: tuple[Evidence, ...]  # background, not evidence for or against
    anonymous: tuple[Evidence, ...]  # neither publisher nor web address


def independent_sources(claim: Claim) -> SourceCount:
    """Group the items that may support a verdict into independent sources.

    Context items, items pointing at the claim's own appearance and items
    with neither publisher nor address are set aside. The rest are joined
    into one source whenever two share a registrable domain or a publisher.
    """
    appearance: list[Evidence] = []
    context: list[Evidence] = []
    anonymous: list[Evidence] = []
    counted: list[Evidence] = []
    for ev in claim.evidence:
        if claim.appeared_url and same_place(ev.url, claim.appeared_url):
            appearance.append(ev)
        elif ev.stance == "context":
            context.append(ev)
        elif publisher_key(ev.publisher) is None and registrable_domain(ev.url) is None:
            anonymous.append(ev)
        else:
            counted.append(ev)
    return SourceCount(
        sources=_grouped(counted),
        appearance=tuple(appearance),
        context=tuple(context),
        anonymous=tuple(anonymous),
    )


def _grouped(items: Sequence[Evidence]) -> tuple[Source, ...]:
    """Items joined when they share a domain or a publisher (union-find, near-linear)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    for i, ev in enumerate(items):
        keys = []
        domain = registrable_domain(ev.url)
        if domain:
            keys.append(("domain", domain))
        publisher = publisher_key(ev.publisher)
        if publisher:
            keys.append(("publisher", publisher))
        for key in keys:
            j = first_with.setdefault(key, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[Evidence]] = {}
    for i, ev in enumerate(items):
        groups.setdefault(root(i), []).append(ev)
    sources = []
    for members in groups.values():
        domains = _unique(registrable_domain(e.url) for e in members)
        publishers = _unique((e.publisher or "").strip() or None for e in members)
        sources.append(Source(tuple(members), tuple(domains), tuple(publishers)))
    return tuple(sources)


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)
