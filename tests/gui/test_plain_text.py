"""Text from a case file or a bundle is shown as text everywhere in the window.

Markup is put in every field a bundle can carry (and a right-to-left override
in file names); then every label, tooltip, list item, message box, the
history, the import preview and its comparison are read back: the markup
must be displayed as the characters it is made of, never rendered.
Attachments open only as kinds that are viewed, never run, under a name
FactDesk makes, from a private folder.
"""

from __future__ import annotations

import copy
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from factdesk.gui import messages
from factdesk.gui.dialogs.import_preview import ImportPreviewDialog
from factdesk.gui.main_window import MainWindow
from factdesk.gui.worker import run_with_progress
from factdesk.services import open_case
from factdesk.services.bundles import apply_import, plan_import
from tests.bundles import builders as b
from tests.gui.conftest import Answers

MARK = '<b>BOLD</b><img src="x.png"><font color=green>✔ Verified safe</font>'
RLO = "invoice\u202egnp.hta"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def marked(text: str = "") -> str:
    return f"{MARK} {text}".strip()


def hostile_parts() -> dict[str, Any]:
    """A bundle with markup in every text field it carries."""
    parts = copy.deepcopy(b.valid_parts())
    spoof = {"key": "spoof", "label": marked("label"), "value": None}
    parts["manifest"].update(
        title=marked("title"), created_by=marked("by"), generator=marked("gen")
    )
    parts["manifest"]["rating_scale"] = {"name": marked("scale"), "ratings": [b.FALSE, spoof]}
    for n, claim in enumerate(parts["claims"]):
        claim.update(
            text=marked(f"claim {n}\nsecond line"),
            claimant=marked("claimant"),
            notes=marked("notes"),
            tags=[marked("tag")],
            appeared_in={"url": None, "title": marked("appeared"), "date": "2024-01-02"},
        )
        for ev in claim["evidence"]:
            ev.update(
                title=marked("title"),
                publisher=marked("publisher"),
                author=marked("author"),
                excerpt=marked("excerpt"),
                notes=marked("notes"),
                url="https://example.org/?q=<b>x</b>",
            )
            for att in ev["attachments"]:
                att["filename"] = RLO
    parts["claims"][0]["verdict"] = {
        "rating": "spoof",
        "summary": marked("summary"),
        "rationale": marked("rationale") + "\n\n![pic](file:///etc/passwd) <script>x</script>",
        "reviewer": marked("reviewer"),
        "reviewed_at": b.T1,
    }
    parts["claims"][1]["verdict"] = {"rating": "false", "summary": marked("s")}
    return parts


def rendered_markup(text: str) -> bool:
    """Whether Qt would render ``text`` as rich text with the markup taking effect."""
    return "<b>BOLD</b>" in text and QtGui.mightBeRichText(text)


def tooltip_shows_markup(tooltip: str) -> bool:
    """A tooltip is rich text whenever it may be; the raw markup must never be in one."""
    return "<b>BOLD</b>" in tooltip or "<img" in tooltip


def model_tooltips(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps its one column private
            columns = 1
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(value, str):
                    yield value
            try:
                nested = model.hasChildren(model.index(row, 0, parent))
            except TypeError:  # a list model: rows have no children
                nested = False
            if nested:
                stack.append(model.index(row, 0, parent))


def assert_all_plain(root: QWidget) -> int:
    """Every label, tooltip and item tooltip under ``root`` shows markup as text; how many
    carried the payload (so a test can tell it really looked)."""
    seen = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and "BOLD" in widget.text():
            seen += 1
            assert widget.textFormat() == Qt.TextFormat.PlainText or not rendered_markup(
                widget.text()
            ), f"label {widget.accessibleName()!r} renders {widget.text()[:80]!r}"
        if "BOLD" in widget.toolTip():
            seen += 1
        assert not tooltip_shows_markup(widget.toolTip()), widget.toolTip()[:120]
        if isinstance(widget, QAbstractItemView):
            for tooltip in model_tooltips(widget):
                seen += "BOLD" in tooltip
                assert not tooltip_shows_markup(tooltip), tooltip[:120]
    return seen


@pytest.fixture
def hostile_window(make_window: Any, tmp_path: Path, case_path: Path) -> MainWindow:
    bundle = b.build(tmp_path / "hostile.factbundle", hostile_parts())
    with open_case(case_path, author=marked("author")) as case:
        apply_import(case, bundle)
        claim = case.claims.get(b.C1)
        case.evidence.attach_bytes(claim.evidence[0].id, marked("name") + ".png", PNG, "x")
    window: MainWindow = make_window(case_path)
    window.claim_list.select_claim(b.C1)
    return window


def test_every_widget_of_the_window_shows_markup_as_text(
    qtbot: Any, hostile_window: MainWindow
) -> None:
    window = hostile_window
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    window.evidence.form.attachments.list.setCurrentRow(0)
    window.right_tabs.setCurrentWidget(window.history)
    window.history.refresh()
    seen = assert_all_plain(window)
    assert seen >= 3
    badge = window.verdict.rating_badge
    assert badge.textFormat() == Qt.TextFormat.PlainText and "<B>BOLD</B>" in badge.text()
    history = "\n".join(window.history.entries_text())
    assert "\u202e" not in history


def test_the_rationale_preview_shows_typed_tags_as_text_and_loads_nothing(
    qtbot: Any, hostile_window: MainWindow
) -> None:
    verdict = hostile_window.verdict
    verdict.preview_button.click()
    shown = verdict.preview.toPlainText()
    assert "<b>BOLD</b>" in shown and "<script>x</script>" in shown
    html = verdict.preview.toHtml()
    assert "<img" not in html and 'href="file' not in html  # typed, not rendered or loaded


def test_the_import_preview_shows_a_hostile_bundle_as_text(
    qtbot: Any, case_path: Path, tmp_path: Path
) -> None:
    with open_case(case_path) as case:
        apply_import(case, b.build(tmp_path / "first.factbundle"))
        case.claims.update(b.C1, text="Edited here, so the bundle conflicts")
        plan = plan_import(case, b.build(tmp_path / "hostile.factbundle", hostile_parts()))
        labels = {r.key: r.label for r in case.ratings.scale()}
    dialog = ImportPreviewDialog(plan, labels)
    qtbot.addWidget(dialog)
    dialog.show()
    assert plan.conflicts
    dialog.conflict_list.setCurrentRow(0)
    seen = assert_all_plain(dialog)
    assert seen >= 3
    assert "<b>BOLD</b>" in dialog.title.text() and "<b>BOLD</b>" in dialog.header.text()
    assert dialog.title.textFormat() == Qt.TextFormat.PlainText
    texts = [dialog.comparison.item(r, 1).text() for r in range(dialog.comparison.rowCount())]
    assert any("<b>BOLD</b>" in t for t in texts)


def test_message_boxes_and_progress_show_their_text_as_text(qtbot: Any) -> None:
    box = messages.box(None, QMessageBox.Icon.Warning, "FactDesk", marked("message"))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text().startswith(MARK)
    task = run_with_progress(
        None, marked("progress"), lambda _p: None, on_done=lambda _r: None, on_failed=print
    )
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    (label,) = [w for w in dialog.findChildren(QLabel) if "BOLD" in w.text()]
    assert label.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_undo_entries_name_files_without_reordering_or_shortcuts(
    qtbot: Any, hostile_window: MainWindow
) -> None:
    window = hostile_window
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    widget = window.evidence.form.attachments
    row = next(r for r in range(widget.list.count()) if "gnp" in widget.list.item(r).text())
    assert "\u202e" not in widget.list.item(row).text()
    assert "\ufffdgnp.hta" in widget.list.item(row).text()
    widget.list.setCurrentRow(row)
    widget.remove_button.click()
    text = window.action_undo.text()
    assert "\u202e" not in text and "gnp.hta" in text


# -- opening attachments ---------------------------------------------------------------------


@pytest.fixture
def attachments(sample_window: MainWindow) -> Any:
    window = sample_window
    claim_id = window.claim_list.model.claim_id(0)
    window.claim_list.select_claim(claim_id)
    window.evidence.list.setCurrentIndex(window.evidence.model.index(0))
    return window, window.evidence.form.attachments


def attach_and_select(window: MainWindow, widget: Any, name: str, data: bytes) -> None:
    evidence = window.evidence.current_evidence()
    window.case.evidence.attach_bytes(evidence.id, name, data, "application/octet-stream")
    widget.show_evidence(window.case.evidence.get(evidence.id))
    row = next(
        r
        for r in range(widget.list.count())
        if widget.list.item(r).data(Qt.ItemDataRole.UserRole).filename == name
    )
    widget.list.setCurrentRow(row)


@pytest.mark.parametrize(
    ("name", "data", "opened_as"),
    [
        (RLO, PNG, "invoice_gnp_hta.png"),
        ("..", b"%PDF-1.4 a statement", "attachment.pdf"),
        ("../../etc/passwd", b"root:x:0:0\n", "etc_passwd.txt"),
        ("photo.desktop", b"[Desktop Entry]\nExec=rm -rf ~\n", "photo_desktop.txt"),
        ("/", b"GIF89a\x01\x00\x01\x00", "attachment.gif"),
    ],
)
def test_attachments_open_by_what_they_are_under_a_safe_name(
    qtbot: Any, attachments: Any, answers: Answers, name: str, data: bytes, opened_as: str
) -> None:
    window, widget = attachments
    attach_and_select(window, widget, name, data)
    widget.open_button.click()
    opened = Path(answers.opened_urls[-1].toLocalFile())
    assert opened.name == opened_as and opened.read_bytes() == data
    private = opened.parent.parent
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    assert not os.access(opened, os.W_OK) or os.geteuid() == 0
    widget.cleanup()
    assert not private.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"),
        ("page.html", b"\x00\x00<html><script>alert(1)</script>"),
        ("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
    ],
)
def test_other_files_are_offered_as_a_copy_to_save_with_a_warning(
    qtbot: Any,
    attachments: Any,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
) -> None:
    window, widget = attachments
    attach_and_select(window, widget, name, data)
    suggested: list[str] = []

    def save_file_name(_parent: Any, _title: str, name: str = "", *_a: Any) -> Path:
        suggested.append(name)
        return tmp_path / "saved.bin"

    monkeypatch.setattr(messages, "save_file_name", save_file_name)
    widget.open_button.click()
    assert answers.opened_urls == []
    assert "can run programs" in answers.offers[-1]
    assert (tmp_path / "saved.bin").read_bytes() == data
    assert suggested == [name]


def test_a_save_copy_suggests_a_name_without_folders_or_reversed_text(
    qtbot: Any, attachments: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, widget = attachments
    suggested: list[str] = []
    monkeypatch.setattr(
        messages, "save_file_name", lambda _p, _t, name="", *_a: suggested.append(name)
    )
    for name in (RLO, "..", "../../secret.txt", ".hidden"):
        attach_and_select(window, widget, name, b"text")
        widget.save_button.click()
    assert suggested == ["invoice_gnp.hta", "attachment", "_.._secret.txt", "hidden"]


def test_a_text_of_a_million_characters_is_shown_by_its_start(
    qtbot: Any, make_window: Any, case_path: Path
) -> None:
    huge = "word " * 200_000
    with open_case(case_path) as case:
        claim = case.claims.create(huge[:-1], claimant="x" * 999_999)
    window: MainWindow = make_window(case_path)
    model = window.claim_list.model
    shown = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert len(shown) <= 500 and shown.endswith("…")
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert len(tooltip) < 10_000
    assert window.case.claims.get(claim.id).text == huge[:-1]  # stored whole


def test_a_comparison_says_when_two_long_texts_differ_past_what_it_shows() -> None:
    from factdesk.gui.claim_comparison import _long_pair

    mine, theirs = _long_pair("a" * 5000 + "1", "a" * 5000 + "2")
    assert mine != theirs and "differs further on" in theirs
    assert _long_pair("same", "same") == ("same", "same")
