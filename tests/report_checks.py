"""Reading a generated report as a browser and a search engine would, for the report tests."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import html5lib
from pyld import jsonld

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
# Every element a report may contain: the templates' own and what the Markdown sanitiser keeps.
REPORT_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "p", "h1",
    "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "thead", "tbody", "tr", "th",
    "td", "a", "span", "bdi", "dl", "dt", "dd", "div", "ol", "ul", "li", "blockquote", "abbr",
    "figure", "figcaption", "img", "time", "strong", "em", "del", "code", "pre", "br", "hr",
    "script",
}  # fmt: skip
LINK_SCHEMES = ("http://", "https://", "mailto:")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    def iter(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found.extend(child.iter())
        return found

    def find_all(self, tag: str) -> list[Element]:
        return [e for e in self.iter() if e.tag == tag]

    def find(self, tag: str) -> Element:
        (first, *_) = self.find_all(tag)
        return first

    def elements(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()

    def by_class(self, name: str) -> list[Element]:
        return [e for e in self.iter() if e.has_class(name)]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Element(tag, dict(attrs), self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        assert node is self.current, f"</{tag}> closes <{self.current.tag}> too"
        self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str) -> Element:
    """The document tree (the stdlib parser), after checking it is well-formed HTML5."""
    html5lib.HTMLParser(strict=True).parse(html)  # raises on any parse error
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    assert builder.current is builder.root, f"<{builder.current.tag}> is never closed"
    return builder.root


_IMAGE_RULE = re.compile(
    r"\.(img-[0-9a-f]{16}(?:-[0-9]+)?)\{background-image:url\(\""
    r"(data:image/[a-z]+;base64,[A-Za-z0-9+/=]*)\"\)"
)


def shown_images(doc: Element) -> dict[str, str]:
    """The images the page's stylesheet holds, by CSS class: each one exactly once."""
    style = doc.find("style").text()
    found = _IMAGE_RULE.findall(style)
    classes = [cls for cls, _uri in found]
    assert len(classes) == len(set(classes)), "an image is in the page more than once"
    assert style.count("data:") == len(found), "a data: URI outside an image rule"
    return dict(found)


def image_of(element: Element) -> str:
    """The CSS class naming the image a ``.shot`` element shows."""
    (cls,) = [c for c in (element.attrs.get("class") or "").split() if c.startswith("img-")]
    return cls


def heading_levels(doc: Element) -> list[int]:
    return [int(e.tag[1]) for e in doc.iter() if e.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}]


def assert_safe_report(html: str) -> Element:
    """Everything a report promises about safety and structure; returns the parsed tree."""
    doc = parse(html)
    root = doc.find("html")
    assert root.attrs.get("lang"), "the page has no language"
    head = root.find("head")
    first = head.elements()[0]
    assert first.tag == "meta" and first.attrs.get("http-equiv") == "Content-Security-Policy"
    policy = first.attrs.get("content") or ""
    for directive in (
        "default-src 'none'",
        "img-src data:",
        "style-src 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'",
    ):
        assert directive in policy
    elements = doc.iter()[1:]
    unexpected = {e.tag for e in elements} - REPORT_TAGS
    assert not unexpected, f"unexpected elements: {unexpected}"
    assert len(doc.find_all("style")) == 1 and doc.find("style").parent is head
    ids = [e.attrs["id"] for e in elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for e in elements:
        for name in e.attrs:
            assert not name.lower().startswith("on"), f"event attribute {name} on <{e.tag}>"
            assert name.lower() not in {"style", "srcset", "formaction", "action"}, name
        if e.tag == "script":
            assert e.attrs.get("type") == "application/ld+json", "a script that could run"
            assert "<" not in e.text()
        if e.tag == "a":
            href = e.attrs.get("href")
            if href is None:
                continue
            if href.startswith("#"):
                assert href[1:] in ids, f"link to a missing part of the page: {href}"
            else:
                assert href.lower().startswith(LINK_SCHEMES), f"unsafe link {href!r}"
        if e.tag == "img":
            assert (e.attrs.get("src") or "").startswith("data:image/"), "an image that loads"
        if e.tag == "meta":
            assert e.parent is head
        if e.has_class("shot"):
            assert e.attrs.get("role") == "img" and e.attrs.get("aria-label"), "an unnamed image"
    images = shown_images(doc)
    assert {image_of(e) for e in doc.by_class("shot")} == set(images), "images not shown, or lost"
    levels = heading_levels(doc)
    assert levels and levels[0] == 1, "the page does not start with a level-1 heading"
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading level jumps from h{before} to h{after}"
    return doc


def json_ld_blocks(doc: Element) -> list[dict[str, Any]]:
    return [json.loads(s.text()) for s in doc.find_all("script")]


def _schema_org_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Resolve the schema.org context offline (tests make no request)."""
    assert url.rstrip("/") in {"https://schema.org", "http://schema.org"}, url
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": "https://schema.org/"}},
    }


def expand_json_ld(doc: Element) -> list[dict[str, Any]]:
    """Every ld+json block expanded by an independent JSON-LD processor (pyld)."""
    expanded = []
    for block in json_ld_blocks(doc):
        expanded.extend(jsonld.expand(block, {"documentLoader": _schema_org_loader}))
    return expanded


S = "https://schema.org/"


def value(node: dict[str, Any], prop: str) -> Any:
    """The single value of ``prop`` on an expanded node (a literal or a node)."""
    (item,) = node[S + prop]
    return item.get("@value", item)
