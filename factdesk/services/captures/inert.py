"""An archived page rendered so that nothing in it can run or reach the network.

The page's HTML goes through nh3 (ammonia) with an allow-list: scripts,
styles, frames, forms, objects, event attributes and links' targets are
removed; an image stays only when its bytes are inside the capture (it is
then embedded as a ``data:`` URI of a format its bytes prove).  A
Content-Security-Policy, the first thing in the page, forbids every request
besides those ``data:`` images, so even a sanitiser miss could not fetch
anything or phone home.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from collections.abc import Iterable
from urllib.parse import urldefrag, urljoin

import nh3

from factdesk.i18n import _, is_rtl, language
from factdesk.services.captures import CaptureInfo, capture_format, html_page, mhtml, wacz, warc
from factdesk.services.captures.records import MAX_RENDER_IMAGE_BYTES, CaptureError, Page

CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
DATA_IMAGE_PREFIXES = tuple(
    f"data:{t};base64," for t in ("image/png", "image/jpeg", "image/gif", "image/webp")
)
ALLOWED_TAGS = set(nh3.ALLOWED_TAGS) | {
    "main",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "time",
    "mark",
}
ATTRIBUTES = {
    "*": {"lang", "dir", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "a": {"href"},
}
STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fff}
.factdesk-banner{background:#fff3c4;border-bottom:2px solid #b58900;padding:10px 16px;
font:14px/1.4 system-ui,sans-serif}
.factdesk-banner dt{font-weight:600;display:inline}
.factdesk-banner dd{display:inline;margin:0 12px 0 4px}
.factdesk-banner .failed{color:#a00;font-weight:700}
main.factdesk-page{max-width:60rem;margin:0 auto;padding:16px}
img{max-width:100%;height:auto}
"""


def _image_data_uri(media_type: str, body: bytes) -> str | None:
    sniffed = next((t for sig, t in IMAGE_SIGNATURES if body.startswith(sig)), None)
    if sniffed is None and body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        sniffed = "image/webp"
    if sniffed is None:
        return None
    return f"data:{sniffed};base64,{base64.b64encode(body).decode('ascii')}"


def _collect(items: Iterable[tuple[str, str, bytes]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for url, media_type, body in items:
        key = urldefrag(url)[0]
        if key not in found:
            uri = _image_data_uri(media_type, body)
            if uri:
                found[key] = uri
    return found


def _page_and_images(data: bytes, filename: str) -> tuple[Page | None, dict[str, str]]:
    kind = capture_format(data, filename)
    budget = MAX_RENDER_IMAGE_BYTES
    if kind in ("WARC", "WARC.gz"):
        page = warc.read_warc(data, filename).page
        return page, _collect(warc.resources(data, budget=budget))
    if kind == "WACZ":
        page = wacz.read_wacz(data, filename).page
        items: list[tuple[str, str, bytes]] = []
        for body in wacz.warc_files(data, filename):
            items.extend(warc.resources(body, budget=budget))
        return page, _collect(items)
    if kind == "MHTML":
        page = mhtml.read_mhtml(data, filename)[0]
        return page, _collect(mhtml.resources(data, filename, budget=budget))
    if kind == "HTML":
        url, when = html_page.saved_from(html_page.decode(data))
        return Page(url, when, data, None), {}
    raise CaptureError(_("{name}: not a web capture FactDesk can show.").format(name=filename))


def sanitize(page_html: str, base_url: str | None, images: dict[str, str]) -> str:
    """The page's body with only inert markup and in-capture images left."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return None  # a click must not leave the capture for the live site
        if tag == "img" and attribute == "src":
            if value.startswith(DATA_IMAGE_PREFIXES):
                return value
            if value.startswith("cid:"):
                return images.get(value)
            try:
                absolute = urldefrag(urljoin(base_url or "", value))[0]
            except ValueError:  # a malformed address in the page, or as the page's own
                absolute = value
            return images.get(absolute) or images.get(value)
        return value

    return nh3.clean(
        html_page.limit_nesting(page_html),
        tags=ALLOWED_TAGS,
        attributes={k: set(v) for k, v in ATTRIBUTES.items()},
        clean_content_tags={"script", "style", "noscript", "template", "title"},
        attribute_filter=keep,
        url_schemes={"http", "https", "data", "cid"},
        strip_comments=True,
        link_rel=None,
    )


def render_inert(data: bytes, filename: str, info: CaptureInfo, sha256: str) -> str:
    """A complete, inert HTML document showing the capture with what is known of it."""
    page, images = _page_and_images(data, filename)
    body = ""
    if page is not None and page.html:
        body = sanitize(html_page.decode(page.html, page.charset), page.url, images)
    if not body.strip():
        body = "<p><em>{}</em></p>".format(
            html.escape(_("The capture holds no page that can be shown."))
        )
    unknown = _("unknown")
    when = (
        info.captured_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        if info.captured_at
        else unknown
    )
    state = info.integrity
    facts = [
        (_("Address"), info.url or unknown),
        (_("Captured"), when),
        (_("Format"), info.format),
        ("SHA-256", sha256),
    ]
    # The banner speaks the reader's language; the page keeps its own.
    lang = language()
    banner_lang = f' lang="{lang}"' + (' dir="rtl"' if is_rtl(lang) else "")
    banner = "".join(
        f"<dt>{html.escape(k)}</dt><dd><bdi>{html.escape(v)}</bdi></dd>" for k, v in facts
    )
    integrity_class = ' class="failed"' if state.state == "failed" else ""
    banner += (
        f"<dt>{html.escape(_('Integrity'))}</dt><dd{integrity_class}>"
        f"{html.escape(state.label)}: <bdi>{html.escape(state.detail)}</bdi></dd>"
    )
    title = html.escape(_("Capture: {title}").format(title=info.title or info.url or filename))
    notice = html.escape(
        _("Archived capture, shown inert by FactDesk: scripts removed, no requests made.")
    )
    return (
        "<!DOCTYPE html>\n<html><head>"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta charset="utf-8"><meta name="referrer" content="no-referrer">'
        f"<title>{title}</title><style>{STYLE}</style></head><body>"
        f'<header class="factdesk-banner"{banner_lang}><p><strong>{notice}</strong></p>'
        f"<dl>{banner}</dl></header>"
        f'<main class="factdesk-page">{body}</main></body></html>\n'
    )
