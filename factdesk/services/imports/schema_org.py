"""ClaimReview (schema.org) as fact-checkers really write it, into :class:`Review` records.

Real JSON-LD wraps reviews in ``@graph`` or arrays, types them as a string
or a list (``["Review", "ClaimReview"]``), leaves ``itemReviewed`` out, gives
``author`` as an object or an array, rates with only an ``alternateName``,
refers to other nodes by ``@id``, and writes dates with or without a time.
The same reader serves saved pages, Data Commons feeds and JSON-LD files;
Fact Check Explorer responses have their own shape (:func:`explorer_reviews`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from factdesk.services.bundles.strictjson import path_join
from factdesk.services.imports import text
from factdesk.services.imports.records import Review, Skipped

MAX_NODES = 200_000  # nodes walked in one JSON-LD value, whatever its shape


@dataclass(frozen=True)
class PageFacts:
    """What the page around the JSON-LD says: its language, site name, title, address."""

    language: str | None = None
    site_name: str | None = None
    title: str | None = None
    url: str | None = None


def types_of(node: Mapping[str, Any]) -> set[str]:
    value = node.get("@type", node.get("type"))
    values = value if isinstance(value, list) else [value]
    names = set()
    for v in values:
        if isinstance(v, str):
            names.add(v.rsplit("/", 1)[-1].rsplit(":", 1)[-1].rsplit("#", 1)[-1])
    return names


def find_reviews(value: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ClaimReview node in a JSON-LD value (any depth), with its JSON path."""
    stack: list[tuple[Any, str]] = [(value, path)]
    walked = 0
    while stack and walked < MAX_NODES:
        node, where = stack.pop()
        walked += 1
        if isinstance(node, dict):
            if "ClaimReview" in types_of(node):
                yield where, node
                continue
            children = [(v, path_join(where, k)) for k, v in node.items() if isinstance(k, str)]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(v, path_join(where, i)) for i, v in enumerate(node)]))


def node_index(value: Any) -> dict[str, dict[str, Any]]:
    """Nodes by ``@id``, so references like ``{"@id": "…#organization"}`` can be followed."""
    found: dict[str, dict[str, Any]] = {}
    stack = [value]
    walked = 0
    while stack and walked < MAX_NODES:
        node = stack.pop()
        walked += 1
        if isinstance(node, dict):
            ident = node.get("@id")
            if isinstance(ident, str) and len(node) > 1:
                found.setdefault(ident, node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "", [], {})), None)
    return value


def _deref(value: Any, nodes: Mapping[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
        return nodes.get(str(value["@id"]), value)
    return value


def _names(value: Any, nodes: Mapping[str, dict[str, Any]]) -> list[str]:
    """Names of a person, an organisation, or a list of them (``name`` may be a list too)."""
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for v in values[:20]:
        v = _deref(v, nodes)
        if isinstance(v, str):
            name = text.one_line(v)
        elif isinstance(v, dict):
            raw = v.get("name")
            if isinstance(raw, list):
                raw = ", ".join(str(x) for x in raw[:5] if isinstance(x, str))
            name = text.one_line(raw if raw is not None else v.get("alternateName"))
        else:
            name = None
        if name and name not in names:
            names.append(name)
    return names


def _is_organisation(value: Any, nodes: Mapping[str, dict[str, Any]]) -> bool:
    """An Organization that is not, in fact, an author's page (pages mislabel writers)."""
    v = _deref(_first(value), nodes)
    if not isinstance(v, dict) or not types_of(v) & {
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "NGO",
    }:
        return False
    url = v.get("url")
    return not (isinstance(url, str) and ("/author/" in url or "/authors/" in url))


def _language(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    lang = text.one_line(value, 35)
    return lang.replace("_", "-") if lang else None


def review_from_node(
    node: Mapping[str, Any],
    where: str,
    nodes: Mapping[str, dict[str, Any]],
    page: PageFacts | None = None,
) -> Review | Skipped:
    """One ClaimReview node as a :class:`Review` (or why it cannot be one)."""
    page = page or PageFacts()
    claim = text.block(_first(node.get("claimReviewed")))
    item = _deref(_first(node.get("itemReviewed")), nodes)
    item = item if isinstance(item, dict) else {}
    if claim is None:
        claim = text.block(item.get("text")) or text.block(item.get("name"))
    if claim is None:
        return Skipped(where, "the ClaimReview has no claimReviewed (the claim's text)")
    base = page.url
    url = text.web_url(_first(node.get("url")), base)
    if url is None:
        main = _deref(_first(node.get("mainEntityOfPage")), nodes)
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        url = text.web_url(main, base) or page.url

    claimants = _names(item.get("author"), nodes)
    appearances: list[Any] = []
    for key in ("firstAppearance", "appearance"):
        value = item.get(key)
        appearances += value if isinstance(value, list) else [value]
    appeared_url = None
    for work in appearances[:50]:
        work = _deref(work, nodes)
        candidate = work.get("url") if isinstance(work, dict) else work
        appeared_url = text.web_url(_first(candidate), base)
        if appeared_url:
            break
    if appeared_url is None:
        appeared_url = text.web_url(_first(item.get("url")), base)
    appeared_title = text.one_line(_first(item.get("name")))
    if appeared_title and text.fold(appeared_title) == text.fold(claim):
        appeared_title = None

    rating = _deref(_first(node.get("reviewRating")), nodes)
    rating = rating if isinstance(rating, dict) else {}
    label = text.one_line(rating.get("alternateName")) or text.one_line(rating.get("name"))
    value = text.number(rating.get("ratingValue"))
    best = text.number(rating.get("bestRating"))
    worst = text.number(rating.get("worstRating"))
    if label is None and value is not None:
        label = f"{value:g}" + (f" of {best:g}" if best is not None else "")

    author_value = node.get("author")
    publisher_names = _names(node.get("publisher"), nodes)
    author_names = _names(author_value, nodes)
    publisher: str | None
    if publisher_names:
        publisher = publisher_names[0]
        writers = author_names if not _is_organisation(author_value, nodes) else []
    elif _is_organisation(author_value, nodes) and author_names:
        publisher, writers = author_names[0], author_names[1:]
    else:
        publisher = page.site_name or text.host(url)
        writers = author_names
    if publisher and writers and writers[0] == publisher:
        writers = writers[1:]
    title = text.one_line(_first(node.get("name"))) or text.one_line(_first(node.get("headline")))
    body = text.block(_first(node.get("reviewBody"))) or text.block(_first(node.get("description")))
    return Review(
        where=where,
        claim_text=claim,
        rating_source=publisher or "ClaimReview",
        claimant=", ".join(claimants) or None,
        appeared_url=appeared_url,
        appeared_title=appeared_title,
        appeared_date=text.date(_first(item.get("datePublished"))),
        language=_language(node.get("inLanguage")) or page.language,
        review_url=url,
        review_title=title or page.title,
        publisher=publisher,
        author=", ".join(writers) or None,
        review_date=text.date(_first(node.get("datePublished"))),
        rating_label=label,
        rating_value=value,
        best_rating=best,
        worst_rating=worst,
        body=body,
    )


def reviews_in(value: Any, where: str, page: PageFacts | None = None) -> list[Review | Skipped]:
    """Every ClaimReview in one parsed JSON-LD value (a block, a feed item, a file)."""
    nodes = node_index(value)
    return [
        review_from_node(node, f"{where}{path}", nodes, page)
        for path, node in find_reviews(value, "")
    ]


def explorer_reviews(claim: Mapping[str, Any], where: str) -> list[Review | Skipped]:
    """A Fact Check Explorer claim (``text``, ``claimant``, ``claimReview[]``) as reviews."""
    text_value = text.block(claim.get("text"))
    reviews = claim.get("claimReview")
    if not isinstance(reviews, list) or not reviews:
        return [Skipped(where, "the claim has no claimReview")]
    if text_value is None:
        return [Skipped(where, "the claim has no text")]
    found: list[Review | Skipped] = []
    for i, review in enumerate(reviews[:1000]):
        here = f"{where}.claimReview[{i}]"
        if not isinstance(review, dict):
            found.append(Skipped(here, "is not an object"))
            continue
        publisher = review.get("publisher")
        publisher = publisher if isinstance(publisher, dict) else {}
        name = text.one_line(publisher.get("name")) or text.one_line(publisher.get("site"))
        url = text.web_url(review.get("url"))
        found.append(
            Review(
                where=here,
                claim_text=text_value,
                rating_source=name or text.host(url) or "Fact Check Explorer",
                claimant=text.one_line(claim.get("claimant")),
                appeared_date=text.date(claim.get("claimDate")),
                language=_language(review.get("languageCode")),
                review_url=url,
                review_title=text.one_line(review.get("title")),
                publisher=name or text.host(url),
                review_date=text.date(review.get("reviewDate")),
                rating_label=text.one_line(review.get("textualRating")),
            )
        )
    return found
