"""Markdown (rationales, notes) to HTML that is safe to put in a report.

markdown-it-py renders CommonMark with raw HTML turned off (so typed tags show
as text) and images turned off (a report makes no request); nh3 then keeps only
a short list of text tags and links to http, https and mailto addresses.
"""

from __future__ import annotations

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

ALLOWED_TAGS = {
    "p",
    "br",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "hr",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
LINK_SCHEMES = {"http", "https", "mailto"}


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes={"a": {"href", "title"}, "ol": {"start"}},
        url_schemes=LINK_SCHEMES,
        url_relative="deny",
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


@lru_cache(maxsize=4)  # one per heading level (3 to 6), built once per process
def _parser(heading_level: int) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")

    def heading_open(
        self: RendererHTML, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        # Every heading in a rationale sits one level below the section that
        # holds it, so the report's outline never skips a level.
        tokens[idx].tag = f"h{heading_level}"
        return self.renderToken(tokens, idx, options, env)

    def heading_close(
        self: RendererHTML, tokens: list[Token], idx: int, options: OptionsDict, env: EnvType
    ) -> str:
        tokens[idx].tag = f"h{heading_level}"
        return self.renderToken(tokens, idx, options, env)

    md.add_render_rule("heading_open", heading_open)
    md.add_render_rule("heading_close", heading_close)
    return md


def render_markdown(text: str | None, *, heading_level: int = 4) -> str:
    """Sanitised HTML for ``text``; headings in it become ``h{heading_level}`` (3 to 6)."""
    if not text:
        return ""
    level = max(3, min(6, heading_level))
    return _cleaner().clean(_parser(level).render(text))
