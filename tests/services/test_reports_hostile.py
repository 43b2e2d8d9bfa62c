"""Hostile text in every field of a case file cannot put anything executable in a report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factdesk.services import Case, open_case
from factdesk.services.reports import render_report
from factdesk.settings import Settings
from tests.report_checks import Element, assert_safe_report, json_ld_blocks
from tests.services.test_reports import PNG

ATTACKS = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<!-- <script>alert(3)</script> -->",
    '"><img src=x onerror=alert(4)>',
    "' onmouseover='alert(5)' x='",
    "x onfocus=alert(6) autofocus tabindex=0",
    "[click](javascript:alert(7))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(9)">link</a>',
    "<svg onload=alert(10)></svg><iframe src=https://evil.example/></iframe>",
    "<style>body{display:none}</style><link rel=stylesheet href=https://evil.example/x.css>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'><base href=https://evil.example/>",
    "<form action=https://evil.example/><button formaction=https://evil.example/>go</button></form>",
    "{{ 7*7 }} {% raw %}{{ config }}{% endraw %} ${7*7} #{7*7} <%= 7*7 %>",
    "\u202egnp.exe \u2066isolated\u2069 \u200fmark",
    "&lt;script&gt; &amp;amp; \u2028 line \u2029 para",
    "![pixel](https://evil.example/track.png)",
]
ONE_LINE = " ".join(ATTACKS)
MARKDOWN = "\n\n".join(ATTACKS)
BAD_URLS = [
    "javascript:alert(11)",
    "data:text/html,<script>alert(12)</script>",
    " JaVaScRiPt:alert(13)",
    "java\tscript:alert(14)",
    "vbscript:msgbox(15)",
    "//evil.example/protocol-relative",
    'https://ok.example/"onmouseover="alert(16)',
]


def hostile_case(case: Case) -> list[str]:
    """Claims with hostile text in every field; URL fields set through SQL, past validation."""
    ids = []
    for n, url in enumerate(BAD_URLS):
        claim = case.claims.create(
            f"{ONE_LINE} #{n}",
            claimant=ONE_LINE,
            appeared_title=ONE_LINE,
            appeared_date="2024-01-02",
            notes=MARKDOWN,
            tags=[a[:200] for a in ATTACKS[:6]],
            language="en",
        )
        ev = case.evidence.add(
            claim.id,
            stance="refutes",
            title=ONE_LINE,
            publisher=ONE_LINE,
            author=ONE_LINE,
            excerpt=ONE_LINE,
            notes=MARKDOWN,
            source_reliability="B",
            info_credibility=2,
        )
        case.evidence.attach_bytes(ev.id, f"{ATTACKS[3]}\u202egnp.exe", PNG, "image/png")
        case.evidence.attach_bytes(ev.id, ATTACKS[1], b"plain", "text/plain")
        case.verdicts.set(
            claim.id, rating="false", summary=ONE_LINE, rationale=MARKDOWN, reviewer=ONE_LINE
        )
        with case.store.writing() as session:
            sql = session.connection().exec_driver_sql
            sql("UPDATE claims SET appeared_url = ? WHERE id = ?", (url, claim.id))
            sql("UPDATE evidence SET url = ? WHERE id = ?", (url, ev.id))
        ids.append(claim.id)
    with case.store.writing() as session:
        session.connection().exec_driver_sql(
            "UPDATE ratings SET label = ? WHERE key = 'false'", (ONE_LINE,)
        )
    return ids


@pytest.fixture(scope="module")
def hostile_doc(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Case, list[str], str]]:
    """Built once for the module: the hostile case file takes a while to write."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.factdesk"
    with open_case(path, author="Test Reporter") as case:
        ids = hostile_case(case)
        settings = Settings(author=ONE_LINE, organisation=ONE_LINE, publication_url="")
        html = render_report(case, ids, settings=settings, title=ONE_LINE, include_notes=True).html
        yield case, ids, html


def test_no_executable_content_and_still_valid(hostile_doc: tuple[Case, list[str], str]) -> None:
    _, _, html = hostile_doc
    assert_safe_report(html)  # strict HTML5 parse, CSP, scripts, events, links, images, outline


def test_hostile_text_is_shown_as_text(hostile_doc: tuple[Case, list[str], str]) -> None:
    case, ids, html = hostile_doc
    doc = assert_safe_report(html)
    headings = [a.find("h2") for a in doc.find_all("article")]
    for heading, claim_id in zip(headings, ids, strict=True):
        assert heading.text() == f"“{case.claims.get(claim_id).text}”"
    text = doc.text()
    assert "{{ 7*7 }}" in text and "{% raw %}{{ config }}{% endraw %}" in text
    assert "<script>alert(1)</script>" in text


def test_bad_addresses_are_never_links(hostile_doc: tuple[Case, list[str], str]) -> None:
    _, _, html = hostile_doc
    doc = assert_safe_report(html)
    hrefs = [a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href")]
    for bad in BAD_URLS[:-1]:
        assert bad not in hrefs
    # The one real web address (however odd) is a link, with its quote kept inside it.
    assert BAD_URLS[-1] in hrefs
    shown = " ".join(e.text() for e in doc.by_class("raw-url"))
    assert "javascript:alert(11)" in shown and "data:text/html" in shown


def test_attachment_names_cannot_spoof_their_extension(
    hostile_doc: tuple[Case, list[str], str],
) -> None:
    _, _, html = hostile_doc
    doc = assert_safe_report(html)
    images = doc.by_class("shot")
    assert images and all("\u202e" not in (i.attrs.get("aria-label") or "") for i in images)
    assert all("\ufffdgnp.exe" in (i.attrs.get("aria-label") or "") for i in images)


def test_json_ld_keeps_each_claim_text_exactly(hostile_doc: tuple[Case, list[str], str]) -> None:
    case, ids, html = hostile_doc
    doc = assert_safe_report(html)
    scripts = doc.find_all("script")
    for script in scripts:
        raw = script.text()
        assert "</script" not in raw.lower() and "<!--" not in raw
        assert "\u2028" not in raw and "\u2029" not in raw
    blocks = json_ld_blocks(doc)
    assert [b["claimReviewed"] for b in blocks] == [case.claims.get(i).text for i in ids]
    assert all(b["reviewRating"]["alternateName"] == ONE_LINE for b in blocks)
    assert all(b["author"][0]["name"] == ONE_LINE for b in blocks)


def test_every_template_field_was_exercised(hostile_doc: tuple[Case, list[str], str]) -> None:
    """Guard the corpus itself: each field's hostile text really reached the page."""
    _, _, html = hostile_doc
    doc = assert_safe_report(html)
    article: Element = doc.find("article")
    for cls in ("claim-facts", "summary-line", "byline", "cite-title", "cite-meta", "excerpt"):
        assert "<script>alert(1)</script>" in article.by_class(cls)[0].text(), cls
    for cls in ("rationale", "working-notes", "cite-notes"):
        assert "alert(1)" in article.by_class(cls)[0].text(), cls
    assert "<script>alert(1)</script>" in doc.find("h1").text()
    assert "<script>alert(1)</script>" in doc.find("title").text()
