"""Reports stay bounded whatever the case file holds: each image once, a cap on images.

One image shown by a hundred evidence items is put in the page once; the
images a report shows add up to at most REPORT_IMAGE_BYTES, the rest listed;
and the memory a report takes does not grow with how often an image repeats.
"""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

from PIL import Image

from factdesk.services import Case
from factdesk.services.report_data import INLINE_IMAGE_LIMIT, REPORT_IMAGE_BYTES
from factdesk.services.reports import export_report
from factdesk.settings import Settings
from tests.report_checks import assert_safe_report, image_of, shown_images

MIB = 1 << 20


def png(size: int) -> bytes:
    """A real PNG of noise, about ``size`` bytes (noise does not compress)."""
    side = int((size / 3) ** 0.5) + 1
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(
        out, "PNG", compress_level=0
    )
    return out.getvalue()


def case_with_image(case: Case, image: bytes, references: int, claims: int = 5) -> list[str]:
    ids = [case.claims.create(f"Claim {n} about the bridge").id for n in range(claims)]
    for n in range(references):
        ev = case.evidence.add(ids[n % claims], title=f"Photo {n}")
        case.evidence.attach_bytes(ev.id, f"bridge-{n}.png", image, "image/png")
    return ids


def write(case: Case, ids: list[str], target: Path) -> str:
    export_report(case, ids, target, settings=Settings())
    return target.read_text(encoding="utf-8")


def test_an_image_shown_a_hundred_times_is_in_the_page_once(case: Case, tmp_path: Path) -> None:
    image = png(MIB // 2)
    ids = case_with_image(case, image, references=120)
    html = write(case, ids, tmp_path / "all.html")
    doc = assert_safe_report(html)
    shots = doc.by_class("shot")
    assert len(shots) == 120
    assert len(shown_images(doc)) == 1 and len({image_of(s) for s in shots}) == 1
    assert len(html) < MIB // 2 * 4 / 3 + MIB  # one copy of the image, base64


def test_report_memory_does_not_grow_with_repetition(case: Case, tmp_path: Path) -> None:
    image = png(MIB)
    few = case_with_image(case, image, references=5, claims=5)
    for n in range(115):  # the same image, 115 more times, on the same claims
        ev = case.evidence.add(few[n % 5], title=f"Again {n}")
        case.evidence.attach_bytes(ev.id, f"again-{n}.png", image, "image/png")

    def peak(ids: list[str], evidence_limit: int) -> int:
        tracemalloc.start()
        try:
            export_report(case, ids, tmp_path / f"r{evidence_limit}.html", settings=Settings())
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small = peak(few[:1], 1)  # 24 references to the image
    large = peak(few, 5)  # 120 references
    assert large < small * 1.5 + MIB, (small, large)
    assert large < 20 * MIB


def test_images_beyond_the_report_budget_are_listed_not_shown(case: Case, tmp_path: Path) -> None:
    claim = case.claims.create("A claim with many photos").id
    each = 6 * MIB
    count = REPORT_IMAGE_BYTES // each + 2
    for n in range(count):
        ev = case.evidence.add(claim, title=f"Photo {n}")
        case.evidence.attach_bytes(ev.id, f"photo-{n}.png", png(each), "image/png")
    html = write(case, [claim], tmp_path / "budget.html")
    doc = assert_safe_report(html)
    shown = len(shown_images(doc))
    assert shown == REPORT_IMAGE_BYTES // each
    notes = [e.text() for e in doc.find_all("em")]
    assert len([n for n in notes if "the most it holds" in n]) == count - shown
    assert len(html) < REPORT_IMAGE_BYTES * 4 / 3 + 2 * MIB


def test_an_image_too_large_to_show_and_a_false_image_are_listed(
    case: Case, tmp_path: Path
) -> None:
    claim = case.claims.create("A claim with odd files").id
    ev = case.evidence.add(claim, title="Files")
    case.evidence.attach_bytes(ev.id, "huge.png", png(INLINE_IMAGE_LIMIT + 1), "image/png")
    # The signature alone, no image header: its size cannot be read, so it is not shown.
    case.evidence.attach_bytes(ev.id, "stub.png", b"\x89PNG\r\n\x1a\nnot really", "image/png")
    gif = io.BytesIO()
    Image.new("P", (3, 2)).save(gif, "GIF")
    case.evidence.attach_bytes(ev.id, "tiny.gif", gif.getvalue(), "x/y")
    doc = assert_safe_report(write(case, [claim], tmp_path / "odd.html"))
    (shot,) = doc.by_class("shot")
    assert shot.attrs["aria-label"] == "tiny.gif"
    listed = doc.by_class("attachments")[0].text()
    assert "huge.png" in listed and "larger than 8.0 MB" in listed
    assert "stub.png" in listed
