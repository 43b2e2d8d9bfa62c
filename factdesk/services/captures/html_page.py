"""HTML pages: decoding, title, main text, and the address a saved page came from.

Everything goes through nh3 (the html5ever parser, linear in the input), so
a hostile page costs time in proportion to its size and never runs anything.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re

import nh3

from factdesk.services import timestamps
from factdesk.services.captures.records import MAX_PAGE_BYTES, MAX_TEXT_CHARS

# Tags that end a line of text; everything else is inline.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    ]
)
# Whose content is not part of the page's text: code, chrome around the article.
DROPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "aside",
        "form",
        "select",
        "button",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
    ]
)
_TAG = re.compile(r"<(/?)([a-z0-9]+)[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I
)
_SINGLEFILE_URL = re.compile(r"^\s*url:\s*(\S{1,8000})\s*$", re.M)
_SINGLEFILE_DATE = re.compile(
    r"^\s*saved date:\s*\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})",
    re.M,
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d{1,5}\)(\S{1,8000}?)\s*-->", re.I)
# html5ever checks "in scope" by walking the stack of open elements, so a page
# of elements nested ever deeper costs time in the square of its size.  Real
# pages nest a few dozen deep; past MAX_DEPTH start tags are dropped (their
# text is kept), which bounds parsing to linear time.
MAX_DEPTH = 256
_VOID = frozenset(
    [
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
    ]
)
# Closed implicitly by the next of their kind: they never deepen a real page.
_IMPLICIT = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rtc",
        "rp",
    ]
)
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})\b[^>]{0,2000}>")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1
    )
}
HEAD_BYTES = 64 * 1024


def decode(data: bytes, charset: str | None = None) -> str:
    """The page as text: BOM, then the declared charset, then UTF-8; never fails."""
    data = data[:MAX_PAGE_BYTES]
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace")
    found = _META_CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii") if found else None
    for wanted in (charset, declared):
        codec = _text_codec(wanted)
        if codec:
            return data.decode(codec, errors="replace")
    return data.decode("utf-8", errors="replace")


def _text_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # utf-7 hides markup from filters; only real text encodings are honoured.
    if not getattr(info, "_is_text_encoding", True) or info.name in ("utf-7",):
        return None
    return info.name


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", content_type[:500], re.I)
    return match.group(1) if match else None


def limit_nesting(text: str, limit: int = MAX_DEPTH) -> str:
    """``text`` with start tags nested deeper than ``limit`` removed (counted naively)."""
    parts: list[str] = []
    last = depth = 0
    for match in _ANY_TAG.finditer(text):
        name = match.group(2).lower()
        if name in _VOID or name in _IMPLICIT or match.group(0).endswith("/>"):
            continue
        if match.group(1):
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > limit:
            parts.append(text[last : match.start()])
            last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _skeleton(text: str) -> str:
    """The page reduced to its text and block tags (no attributes, no scripts)."""
    return nh3.clean(
        limit_nesting(text),
        tags=set(BLOCK_TAGS),
        attributes={},
        clean_content_tags=set(DROPPED),
        strip_comments=True,
        link_rel=None,
    )


def title_and_text(text: str) -> tuple[str | None, str]:
    """The page's title and main text (the <main> or <article> part when it has one)."""
    skeleton = _skeleton(text)
    title = None
    start = skeleton.find("<title>")
    if start >= 0:
        end = skeleton.find("</title>", start)
        if end > start:
            title = " ".join(html.unescape(skeleton[start + 7 : end]).split())[:1000] or None
            skeleton = skeleton[:start] + skeleton[end + 8 :]
    for tag in ("main", "article"):
        first, last = skeleton.find(f"<{tag}>"), skeleton.rfind(f"</{tag}>")
        if 0 <= first < last:
            skeleton = skeleton[first:last]
            break
    return title, _text_of(skeleton)


def _text_of(skeleton: str) -> str:
    flat = _TAG.sub(lambda m: "\n" if m.group(2) in BLOCK_TAGS else "", skeleton)
    lines = (_SPACES.sub(" ", html.unescape(line)).strip() for line in flat.split("\n"))
    return "\n".join(line for line in lines if line)[:MAX_TEXT_CHARS]


def saved_from(text: str) -> tuple[str | None, dt.datetime | None]:
    """The address and time a saved page records: SingleFile's comment or a browser's."""
    head = text[:HEAD_BYTES]
    url = when = None
    if "SingleFile" in head:
        comment_end = head.find("-->")
        comment = head[: comment_end if comment_end > 0 else len(head)]
        found = _SINGLEFILE_URL.search(comment)
        url = found.group(1) if found else None
        date = _SINGLEFILE_DATE.search(comment)
        if date:
            when = _js_date(date)
    if url is None:
        found_from = _SAVED_FROM.search(head)
        url = found_from.group(1) if found_from else None
    if url is None:
        url = _canonical(head)
    return url, when


def _js_date(match: re.Match[str]) -> dt.datetime | None:
    month, day, year, hh, mm, ss, offset = match.groups()
    try:
        sign = 1 if offset[0] == "+" else -1
        tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        saved = dt.datetime(
            int(year), _MONTHS[month], int(day), int(hh), int(mm), int(ss), tzinfo=tz
        )
    except (KeyError, ValueError):
        return None
    return timestamps.within_range(saved)  # a date outside the range is unknown


def _canonical(head: str) -> str | None:
    """``<link rel=canonical>`` or ``og:url`` from the top of a page, if any."""
    cleaned = nh3.clean(
        limit_nesting(head),
        tags={"link", "meta"},
        attributes={"link": {"rel", "href"}, "meta": {"property", "content"}},
        clean_content_tags={"script", "style"},
        link_rel=None,
        url_schemes={"http", "https"},
    )
    for match in re.finditer(r"<(link|meta)([^>]*)>", cleaned):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2)))
        if match.group(1) == "link" and attrs.get("rel", "").lower() == "canonical":
            value = attrs.get("href")
        elif match.group(1) == "meta" and attrs.get("property", "").lower() == "og:url":
            value = attrs.get("content")
        else:
            continue
        if value and value.startswith(("http://", "https://")):
            return html.unescape(value)
    return None
