"""Saved fact-check pages (``.html``/``.htm`` and ``.mhtml``): their ClaimReview items.

The page is parsed by lxml (through the extruct extractor, which reads
schema.org microdata); JSON-LD blocks are read one by one here, so that one
bad block (invalid, oversized, nested too deep) is skipped with a warning
while the valid ones are kept.  Language, site name, title and address come
from the page around them (``<html lang>``, ``og:site_name``, canonical link).
"""

from __future__ import annotations

import codecs
import email
import email.policy
import json
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from factdesk.i18n import _, number
from factdesk.services.bundles.strictjson import nesting_depth
from factdesk.services.imports import text
from factdesk.services.imports.errors import refused
from factdesk.services.imports.records import Item, Review, Skipped
from factdesk.services.imports.schema_org import PageFacts, reviews_in, types_of

MAX_PAGE_BYTES = 32 * 1024 * 1024
MAX_BLOCK_CHARS = 4 * 1024 * 1024
MAX_DEPTH = 64
MAX_BLOCKS = 1000


def read_page(path: Path, data: bytes | None = None) -> tuple[list[Item], str]:
    """The reviews on a saved page, and a line saying what was read."""
    name = path.name
    if data is None:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise refused(
                name,
                None,
                _("the page is {size} bytes; pages over 32 MiB are refused").format(
                    size=number(size)
                ),
            )
        data = path.read_bytes()
    base: str | None = None
    if is_mhtml(data):
        data, base, charset = html_from_mhtml(name, data)
    else:
        charset = None
    return items_from_html(name, data, base, charset)


def is_mhtml(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def html_from_mhtml(name: str, data: bytes) -> tuple[bytes, str | None, str | None]:
    """The page inside a browser's ``.mhtml`` archive: its HTML part, address and charset."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    base = text.web_url(message.get("Snapshot-Content-Location"))
    for part in message.walk() if isinstance(message, EmailMessage) else []:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                base = base or text.web_url(part.get("Content-Location"))
                return payload, base, part.get_content_charset()
    raise refused(name, None, _("the MHTML archive holds no HTML page"))


def items_from_html(
    name: str, data: bytes, base: str | None = None, charset: str | None = None
) -> tuple[list[Item], str]:
    import lxml.etree
    import lxml.html

    charset = charset or _sniff_charset(data)
    try:
        parser = lxml.html.HTMLParser(encoding=charset) if charset else lxml.html.HTMLParser()
        tree = lxml.html.fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise refused(
            name, None, _("is not a readable HTML page ({reason})").format(reason=exc)
        ) from None
    page = page_facts(tree, base)
    items: list[Item] = []
    blocks = tree.xpath('//script[@type="application/ld+json"]')
    seen: set[tuple[str | None, str]] = set()
    for n, node in enumerate(blocks[:MAX_BLOCKS], 1):
        where = f"JSON-LD block {n}"
        value = _block_value(node.text or "", where)
        if isinstance(value, Skipped):
            items.append(value)
            continue
        for found in reviews_in(value, f"{where}: $", page):
            items.append(found)
            if isinstance(found, Review):
                seen.add((found.review_url, text.fold(found.claim_text)))
    if len(blocks) > MAX_BLOCKS:
        items.append(Skipped(f"JSON-LD block {MAX_BLOCKS + 1}", "and later blocks were ignored"))
    microdata = 0
    for found in _microdata_reviews(tree, page):
        if isinstance(found, Review):
            if (found.review_url, text.fold(found.claim_text)) in seen:
                continue
            microdata += 1
        items.append(found)
    reviews = sum(1 for item in items if isinstance(item, Review))
    detail = (
        f"{reviews} ClaimReview in {len(blocks)} JSON-LD block{'s' if len(blocks) != 1 else ''}"
    )
    if microdata:
        detail += f" and microdata ({microdata})"
    return items, detail


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)


def _sniff_charset(data: bytes) -> str | None:
    """The page's declared encoding, else UTF-8 when the bytes are valid UTF-8."""
    declared = _CHARSET.search(data[:8192])
    if declared:
        name = declared[1].decode("ascii")
        try:
            codecs.lookup(name)
        except LookupError:
            return None
        return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _block_value(script: str, where: str) -> Any:
    """A JSON-LD block parsed, or :class:`Skipped` saying why it is not used."""
    if len(script) > MAX_BLOCK_CHARS:
        return Skipped(where, f"is {len(script):,} characters long (the limit is 4 MiB); skipped")
    raw = script.strip()
    if raw.startswith("<!--"):
        raw = raw[4:].rsplit("-->", 1)[0]
    depth = nesting_depth(raw.encode("utf-8", "surrogatepass"))
    if depth > MAX_DEPTH:
        return Skipped(
            where, f"is nested {depth:,} levels deep (the limit is {MAX_DEPTH}); skipped"
        )
    try:
        # Pages put raw line breaks inside strings; that much leniency is common.
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError) as exc:
        return Skipped(where, f"is not valid JSON ({str(exc)[:120]}); skipped")


def page_facts(tree: Any, base: str | None) -> PageFacts:
    def first(xpath: str) -> str | None:
        values = tree.xpath(xpath)
        return text.one_line(values[0]) if values else None

    url = (
        text.web_url(first('//link[@rel="canonical"]/@href'))
        or text.web_url(first('//meta[@property="og:url"]/@content'))
        or base
    )
    language = first("/html/@lang") or first('//meta[@property="og:locale"]/@content')
    return PageFacts(
        language=language.replace("_", "-")[:35] if language else None,
        site_name=first('//meta[@property="og:site_name"]/@content')
        or first('//meta[@name="application-name"]/@content'),
        title=first('//meta[@property="og:title"]/@content') or first("//title/text()"),
        url=url,
    )


def _microdata_reviews(tree: Any, page: PageFacts) -> Iterator[Review | Skipped]:
    if not tree.xpath('//*[@itemscope][contains(@itemtype, "ClaimReview")]'):
        return
    from extruct.w3cmicrodata import MicrodataExtractor

    try:
        items = MicrodataExtractor().extract_items(tree, page.url)
    except RecursionError:
        yield Skipped("microdata", "nests items too deeply; skipped")
        return
    for n, item in enumerate(items, 1):
        value = _as_jsonld(item, 0)
        if isinstance(value, dict) and "ClaimReview" in types_of(value):
            yield from reviews_in(value, f"microdata item {n}: $", page)


def _as_jsonld(item: Any, depth: int) -> Any:
    """A microdata item (``{"type", "properties"}``) in JSON-LD's shape."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(item, list):
        return [_as_jsonld(v, depth + 1) for v in item]
    if isinstance(item, dict) and "properties" in item:
        node: dict[str, Any] = {"@type": item.get("type")}
        for key, value in item["properties"].items():
            node[key] = _as_jsonld(value, depth + 1)
        return node
    return item
