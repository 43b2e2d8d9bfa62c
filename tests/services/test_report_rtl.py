"""The Arabic report as a browser lays it out: right to left, Latin text in its own direction.

Headless Chromium renders the report and reports the computed direction of
the page and of its parts; a screenshot is kept next to the page for a look.
Skipped where no Chromium is installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factdesk.services import Case
from tests.services.test_reports import MAIN, render

CHROMIUM = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

# Appended to a copy of the report (its own policy forbids scripts): what the browser computed.
PROBE = """
<script>
const style = (el) => el ? getComputedStyle(el) : null;
const heading = document.querySelector("main h2, article h2, h2");
const text = document.createRange();
text.selectNodeContents(heading);
const box = text.getBoundingClientRect();
const claim = document.querySelector(".claim-text bdi");
document.body.setAttribute("data-probe", JSON.stringify({
  page: style(document.documentElement).direction,
  body: style(document.body).direction,
  heading: style(heading).direction,
  headingRightGap: document.documentElement.clientWidth - box.right,
  headingLeftGap: box.left,
  claim: claim ? style(claim).direction : null,
  claimLang: claim ? claim.closest("[lang]").getAttribute("lang") : null,
}));
</script>
"""

BROWSER_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--no-first-run", "--disable-extensions", "--window-size=1000,1400",
]  # fmt: skip


def browse(page: Path, *extra: str) -> str:
    result = subprocess.run(
        [str(CHROMIUM), *BROWSER_FLAGS, *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result.stdout


def probed(html: str, folder: Path) -> dict[str, object]:
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    page = folder / "probe.html"
    page.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = browse(page, "--dump-dom")
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found, dom[:500]
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_the_arabic_report_reads_right_to_left(sample_case: Case, tmp_path: Path) -> None:
    html = render(sample_case, [MAIN], language="ar")
    seen = probed(html, tmp_path)
    assert seen["page"] == "rtl" and seen["body"] == "rtl" and seen["heading"] == "rtl"
    # Headings start at the right: the page mirrors, not just its text.
    assert float(seen["headingRightGap"]) < float(seen["headingLeftGap"])  # type: ignore[arg-type]
    # The sample's claim is English: it keeps its own language and reads left to right.
    assert seen["claimLang"] == "en"
    assert seen["claim"] == "ltr"
    page = tmp_path / "report-ar.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "report-ar.png"
    browse(page, f"--screenshot={shot}")
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_an_english_report_reads_left_to_right(sample_case: Case, tmp_path: Path) -> None:
    seen = probed(render(sample_case, [MAIN], language="en"), tmp_path)
    assert seen["page"] == "ltr" and seen["heading"] == "ltr"
    assert float(seen["headingLeftGap"]) < float(seen["headingRightGap"])  # type: ignore[arg-type]
