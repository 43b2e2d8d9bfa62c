"""Captures and images in the window: attach, details, view inert, thumbnails, background."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtWidgets import QLabel

from factdesk.gui.controller import Change
from factdesk.gui.main_window import MainWindow
from tests.captures import inputs
from tests.gui.conftest import Answers


def claim_with_item(window: MainWindow, **fields: Any) -> tuple[str, str]:
    claim = window.case.claims.create("The IANA coordinates the DNS root")
    evidence = window.case.evidence.add(claim.id, **fields)
    window.controller.notify(Change(structure=True, everything=True, select_claim=claim.id))
    window.claim_list.select_claim(claim.id)
    return claim.id, evidence.id


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_attach_button_reads_a_capture_fills_the_item_and_undo_clears_it(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    _claim_id, evidence_id = claim_with_item(window)
    answers.open_paths = [
        write(tmp_path, "iana.warc", inputs.real("example-iana.org-chunked.warc"))
    ]
    widget = window.evidence.form.attachments
    widget.add_button.click()
    assert widget.list.count() == 1
    assert "capture integrity verified" in widget.list.item(0).text()
    form = window.evidence.form
    assert form.title.text() == "Internet Assigned Numbers Authority"
    assert form.url.text() == "http://www.iana.org/"
    widget.list.setCurrentRow(0)
    details = widget.details
    assert details.isVisibleTo(window)
    text = details.facts.toPlainText()
    assert "Address: http://www.iana.org/" in text
    assert "Captured: 2017-03-06 16:54:09 UTC" in text
    assert "coordination of the DNS Root" in text
    assert details.view_button.isVisibleTo(window) and not details.map_button.isVisibleTo(window)
    window.action_undo.trigger()
    item = window.case.evidence.get(evidence_id)
    assert item.attachments == () and item.title is None and item.url is None
    window.action_redo.trigger()
    item = window.case.evidence.get(evidence_id)
    assert item.title == "Internet Assigned Numbers Authority" and len(item.attachments) == 1


def test_view_capture_opens_an_inert_copy_from_a_private_folder(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    jpeg = inputs.photo("Canon_40D.jpg")
    data = inputs.mhtml(
        inputs.hostile_page("https://www.iana.org/photo.jpg"),
        images={"https://www.iana.org/photo.jpg": jpeg},
    )
    _claim, _ev = claim_with_item(window, title="Saved page")
    answers.open_paths = [write(tmp_path, "page.mhtml", data)]
    widget = window.evidence.form.attachments
    widget.add_button.click()
    widget.list.setCurrentRow(0)
    widget.details.view_button.click()
    qtbot.waitUntil(lambda: bool(answers.opened_urls), timeout=5000)
    opened = Path(answers.opened_urls[-1].toLocalFile())
    assert opened.suffix == ".html"
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    assert not os.access(opened, os.W_OK) or os.geteuid() == 0
    assert stat.S_IMODE(opened.stat().st_mode) == 0o400
    html = opened.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "tracker.example" not in html
    assert "Content-Security-Policy" in html and "data:image/jpeg;base64," in html


def test_a_capture_that_fails_is_flagged_in_the_panel(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    claim_with_item(window, title="Copy")
    answers.open_paths = [write(tmp_path, "digest.warc", inputs.real("example-digest.warc"))]
    widget = window.evidence.form.attachments
    widget.add_button.click()
    assert "⚠ capture integrity failed" in widget.list.item(0).text()
    widget.list.setCurrentRow(0)
    assert widget.details.flag.isVisibleTo(window)
    assert "payload digest failed" in widget.details.flag.text()
    model = window.evidence.model
    assert "⚠ capture integrity failed" in model.data(model.index(0))  # on the item itself


def test_photos_show_thumbnails_metadata_map_and_their_copies(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    from PIL import Image

    photo = inputs.photo("gps_DSCN0010.jpg")
    resized = io.BytesIO()
    Image.open(io.BytesIO(photo)).resize((320, 240)).save(resized, "JPEG", quality=60)
    other = window.case.claims.create("Flood photo from this week")
    window.case.evidence.add(
        other.id, title="Viral post", attach=[write(tmp_path, "viral.jpg", resized.getvalue())]
    )
    claim_with_item(window, title="Original")
    answers.open_paths = [write(tmp_path, "original.jpg", photo)]
    widget = window.evidence.form.attachments
    widget.add_button.click()
    assert not widget.list.item(0).icon().isNull()  # a thumbnail
    widget.list.setCurrentRow(0)
    text = widget.details.facts.toPlainText()
    assert "Camera: NIKON COOLPIX P6000" in text
    assert "Position: 43.467448, 11.885127" in text
    assert widget.details.map_button.isVisibleTo(window)
    widget.details.map_button.click()
    assert (
        answers.opened_urls[-1]
        .toString()
        .startswith("https://www.openstreetmap.org/?mlat=43.467448&mlon=11.885127")
    )
    similar = widget.details.similar
    assert similar.isVisibleTo(window)
    assert "viral.jpg" in similar.toPlainText() and other.id[:8] in similar.toPlainText()
    for label in widget.details.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_dropping_a_capture_on_the_evidence_list_makes_a_cited_item(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    claim_id, _ = claim_with_item(window, title="First")
    warc = write(tmp_path, "example.warc.gz", inputs.real("example.warc.gz"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(warc))])
    model = window.evidence.model
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, 1, 0, model.index(-1))
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    item = window.case.evidence.list(claim_id)[1]
    assert (item.title, item.url, item.kind) == ("Example Domain", "http://example.com/", "article")
    assert item.accessed_at is not None and item.accessed_at.year == 2017


def _big_warc(path: Path, megabytes: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        page = b"<html><head><title>Big capture</title></head><body><p>aardvark</p></body></html>"
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/",
                "response",
                payload=io.BytesIO(page),
                http_headers=StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
                ),
            )
        )
        chunk = os.urandom(1024 * 1024)
        for n in range(megabytes):
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/file{n}.bin",
                    "response",
                    payload=io.BytesIO(chunk),
                    http_headers=StatusAndHeaders(
                        "200 OK",
                        [("Content-Type", "application/octet-stream")],
                        protocol="HTTP/1.1",
                    ),
                )
            )


def test_a_50_mb_warc_is_attached_in_the_background_with_progress(
    qtbot: Any, window: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    from factdesk.gui import worker

    _claim, evidence_id = claim_with_item(window)
    big = tmp_path / "big.warc"
    _big_warc(big, 50)
    assert big.stat().st_size > 50 * 1024 * 1024
    dialogs: list[Any] = []
    real_run = worker.run_with_progress

    def spy(*args: Any, **kwargs: Any) -> Any:
        task = real_run(*args, **kwargs)
        dialogs.append(task)
        values: list[int] = []
        task.signals.progressed.connect(lambda done, _total, _what: values.append(done))
        task.values = values
        return task

    from factdesk.gui import attach_worker

    original = attach_worker.run_with_progress
    attach_worker.run_with_progress = spy  # type: ignore[assignment]
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    try:
        answers.open_paths = [big]
        widget = window.evidence.form.attachments
        widget.add_button.click()
        assert dialogs, "a large capture goes to the background"
        assert window.case.evidence.get(evidence_id).attachments == ()  # not done yet
        # done when it can be undone (the list may show the file a moment earlier)
        qtbot.waitUntil(window.action_undo.isEnabled, timeout=60000)
    finally:
        timer.stop()
        attach_worker.run_with_progress = original  # type: ignore[assignment]
    assert ticks  # the window kept handling events while the file was read
    assert len(set(dialogs[0].values)) > 2  # the progress bar moved
    item = window.case.evidence.get(evidence_id)
    assert item.title == "Big capture"
    assert "capture integrity verified" in widget.list.item(0).text()
    window.action_undo.trigger()
    assert window.case.evidence.get(evidence_id).attachments == ()
