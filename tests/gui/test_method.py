"""The method in the window: the checklist names its items, publishing anyway is recorded,
the history tells a story, attached files show as a paperclip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from factdesk.gui.evidence_model import ATTACHMENTS_ROLE
from factdesk.gui.main_window import MainWindow
from factdesk.services import changes, open_case
from tests.gui.conftest import Answers
from tests.gui.helpers import choose


def one_claim_window(make_window: Any, case_path: Path) -> tuple[MainWindow, str]:
    """A case file with one claim: where it appeared, a copy of that page, two items."""
    with open_case(case_path, author="Ana") as case:
        claim = case.claims.create(
            "Gargling with salt water cures COVID",
            appeared_url="https://viral.example/posts/123",
        )
        case.evidence.add(
            claim.id,
            title="The viral post",
            url="https://viral.example/posts/123",
            stance="supports",
        )
        case.evidence.add(
            claim.id,
            title="WHO myth busters",
            url="https://www.who.int/emergencies/myth-busters",
            publisher="World Health Organization",
            stance="refutes",
        )
        ev = case.evidence.add(
            claim.id,
            title="WHO Q&A",
            url="https://apps.who.int/qa/gargling",
            publisher="WHO",
            stance="refutes",
        )
        case.evidence.attach_bytes(ev.id, "qa.pdf", b"%PDF-1.4 q", "application/pdf")
        case.evidence.attach_bytes(ev.id, "shot.png", b"\x89PNG not really", "image/png")
    window = make_window(case_path)
    window.claim_list.select_claim(claim.id)
    return window, claim.id


def test_the_checklist_names_the_items_behind_an_unmet_rule(
    qtbot: Any, make_window: Any, case_path: Path
) -> None:
    window, _ = one_claim_window(make_window, case_path)
    checklist = window.verdict.checklist
    text = checklist.rule_text("independent_sources")
    assert text.startswith("✗ At least two independent sources: Only one independent source")
    assert "“WHO myth busters” and “WHO Q&A” are one source (the same site, who.int)" in text
    assert "“The viral post” is where the claim appeared, not a source." in text
    # Titles come from outside: never read as markup.
    labels = [*checklist.labels.values(), *checklist.details.values(), *checklist.marks.values()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert checklist.details["independent_sources"].accessibleName().startswith("Not met:")


def test_publishing_anyway_is_recorded_and_undoable(
    qtbot: Any, make_window: Any, case_path: Path, answers: Answers
) -> None:
    window, claim_id = one_claim_window(make_window, case_path)
    answers.confirm = False
    window.verdict.publish_button.click()
    assert "At least two independent sources: Only one" in answers.confirmations[-1]
    assert window.case.claims.get(claim_id).status == "new"
    answers.confirm = True
    window.verdict.publish_button.click()
    assert window.case.claims.get(claim_id).status == "published"
    entry = window.case.history.for_claim(claim_id)[0]
    assert [u["key"] for u in entry.context["readiness"]["unmet"]][:2] == [
        "rated",
        "independent_sources",
    ]
    lines = window.history.entries_text()
    assert "changed the status new → published — published anyway, without: " in lines[1]
    assert "at least two independent sources" in lines[1]
    window.action_undo.trigger()
    assert window.case.claims.get(claim_id).status == "new"


def test_publishing_from_the_status_field_asks_the_same_question(
    qtbot: Any, make_window: Any, case_path: Path, answers: Answers
) -> None:
    window, claim_id = one_claim_window(make_window, case_path)
    status = window.evidence.claim_form.status
    answers.confirm = False
    choose(status, "published")
    assert "At least two independent sources: Only one" in answers.confirmations[-1]
    assert window.case.claims.get(claim_id).status == "new"
    qtbot.waitUntil(lambda: status.currentData() == "new")  # the field shows what is stored
    answers.confirm = True
    choose(status, "published")
    assert window.case.claims.get(claim_id).status == "published"
    entry = window.case.history.for_claim(claim_id)[0]
    assert "independent_sources" in [u["key"] for u in entry.context["readiness"]["unmet"]]


def test_the_history_pane_tells_a_story(
    qtbot: Any, make_window: Any, case_path: Path, answers: Answers, monkeypatch: Any
) -> None:
    window, _ = one_claim_window(make_window, case_path)
    minute = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    monkeypatch.setattr(changes, "now_utc", lambda: minute + dt.timedelta(seconds=5))
    choose(window.verdict.rating, "false")
    monkeypatch.setattr(changes, "now_utc", lambda: minute + dt.timedelta(seconds=50))
    choose(window.verdict.rating, "mostly-false")  # in the same minute: one review
    item = window.evidence.model.items()[1]
    window.case.evidence.update(item.id, info_credibility=2)
    window.history.refresh()
    lines = [line[6:] for line in window.history.entries_text()[1:]]  # without the times
    assert window.history.entries_text()[0] == "Today"
    assert lines == [
        "Test Reporter on evidence “WHO myth busters”, changed the credibility — → 2 "
        "(probably true)",
        "Test Reporter changed the rating False → Mostly false",  # no "review date X → X"
        "Test Reporter added the verdict, rated False",
        "Ana attached shot.png to evidence “WHO Q&A”",
        "Ana attached qa.pdf to evidence “WHO Q&A”",
        "Ana added evidence “WHO Q&A”",
        "Ana added evidence “WHO myth busters”",
        "Ana added evidence “The viral post”",
        "Ana added the claim “Gargling with salt water cures COVID”",
    ]
    tooltip = window.history.list.item(1).toolTip()
    assert tooltip[:4].isdigit() and tooltip.count(":") == 2  # to the second, in the tooltip


def test_attached_files_show_as_a_paperclip_not_a_font_glyph(
    qtbot: Any, make_window: Any, case_path: Path
) -> None:
    window, _ = one_claim_window(make_window, case_path)
    view = window.evidence.list
    model = window.evidence.model
    texts = [model.index(row).data() for row in range(model.rowCount())]
    assert not any("\U0001f4ce" in text for text in texts)
    row = next(r for r in range(model.rowCount()) if model.index(r).data(ATTACHMENTS_ROLE))
    assert model.index(row).data(ATTACHMENTS_ROLE) == 2
    assert "2 attached files" in model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    view.resize(420, 200)
    qtbot.waitUntil(lambda: view.viewport().width() > 300)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(row))
    right = min(rect.right(), view.viewport().width() - 1)
    background = QColor(image.pixel(right - 60, rect.center().y()))

    def inked(x0: int, x1: int) -> int:
        """Pixels in the row between x0 and x1 that differ clearly from its background."""
        count = 0
        for x in range(x0, x1):
            for y in range(rect.top() + 2, rect.bottom() - 1):
                c = QColor(image.pixel(x, y))
                if abs(c.lightness() - background.lightness()) > 60:
                    count += 1
        return count

    assert inked(right - 40, right) > 20  # the paperclip and the number are drawn
