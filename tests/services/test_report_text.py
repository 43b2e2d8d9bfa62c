"""The pieces that decide what report text may become: links, Markdown, gradings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from factdesk.services.markdown_render import render_markdown
from factdesk.services.records import Evidence
from factdesk.services.report_data import grading_text, human_size, visible_filename, web_url


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=c#d", "http://example.org", "HTTPS://EXAMPLE.ORG/x"],
)
def test_web_addresses_may_be_links(url: str) -> None:
    assert web_url(url) == url


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        " https://example.org",
        "https://example.org/\nx",
        "data:text/html,hi",
        "//example.org",
        "https:/example.org",
        "https://",
        "mailto:a@example.org",
        "ftp://example.org",
    ],
)
def test_anything_else_may_not(url: str | None) -> None:
    assert web_url(url) is None


def test_markdown_keeps_formatting_and_drops_everything_active() -> None:
    html = render_markdown(
        "**bold** [ok](https://example.org) [mail](mailto:a@example.org) "
        "[bad](javascript:alert(1)) [rel](page.html) <b onclick=x>raw</b> ![img](https://x.org/p.png)"
    )
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html and 'href="mailto:a@example.org"' in html
    assert 'href="javascript' not in html and "[bad](javascript:alert(1))" in html
    assert 'href="page.html"' not in html
    assert "&lt;b onclick=x&gt;raw&lt;/b&gt;" in html
    assert "<img" not in html


def test_markdown_headings_take_the_level_given() -> None:
    html = render_markdown("# One\n\n### Three", heading_level=4)
    assert html.count("<h4>") == 2 and "<h1>" not in html and "<h3>" not in html


def test_gradings_spelled_out() -> None:
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    ev = Evidence(
        "e", "c", 0, None, "t", None, None, None, None, None, "supports",
        "B", 2, None, None, now, now,
    )  # fmt: skip
    assert grading_text(ev) == "usually reliable source; probably true"
    assert grading_text(dataclasses.replace(ev, info_credibility=None)) == (
        "usually reliable source"
    )
    assert grading_text(dataclasses.replace(ev, source_reliability="F", info_credibility=6)) == (
        "source reliability cannot be judged; truth cannot be judged"
    )


def test_sizes_and_file_names_for_people() -> None:
    assert [human_size(n) for n in (10, 2048, 5 * 1024 * 1024)] == [
        "10 bytes",
        "2.0 KB",
        "5.0 MB",
    ]
    assert visible_filename("photo\u202egnp.exe") == "photo\ufffdgnp.exe"
