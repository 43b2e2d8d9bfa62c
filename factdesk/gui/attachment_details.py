"""What the selected attachment is: a capture's address, time, integrity and text, or an
image's metadata and the case's other copies of the same picture.

Everything shown comes from outside (pages, EXIF), so it is set as plain
text only.  "View capture" writes an inert rendering (no scripts, no
requests) to a private temporary folder and opens that; "Show on map"
opens OpenStreetMap at the photo's position when the user asks.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.errors import FactDeskError
from factdesk.gui import messages
from factdesk.gui.controller import CaseController
from factdesk.gui.worker import run_with_progress
from factdesk.services.attachment_files import visible_name
from factdesk.services.records import Attachment

if TYPE_CHECKING:  # the capture and image readers load when a file is first shown
    from factdesk.services.attachment_facts import Analysis

TEXT_PREVIEW = 240
MAX_SIMILAR_SHOWN = 8


def _reader(lines: int) -> QPlainTextEdit:
    """Read-only plain text that wraps anywhere and scrolls, so long addresses never widen
    the form."""
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setMaximumHeight(view.fontMetrics().lineSpacing() * lines + 10)
    view.setTabChangesFocus(True)
    return view


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AttachmentDetails(QWidget):
    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.attachment: Attachment | None = None
        self.analysis: Analysis | None = None
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self.last_view: Path | None = None

        self.facts = _reader(8)
        self.facts.setAccessibleName(self.tr("About the attachment"))
        self.flag = _plain(QLabel())
        self.flag.setAccessibleName(self.tr("Capture integrity warning"))
        self.flag.setStyleSheet("color: #b0221b; font-weight: 600;")
        self.similar = _reader(4)
        self.similar.setAccessibleName(self.tr("The same picture elsewhere in the case"))
        self.view_button = QPushButton(self.tr("View capture"))
        self.view_button.setAccessibleName(self.tr("View the archived page, made inert"))
        self.view_button.setToolTip(
            self.tr(
                "Open the archived page in your browser with its scripts removed and every "
                "request blocked: viewing it never contacts the site"
            )
        )
        self.view_button.clicked.connect(self.view_capture)
        self.map_button = QPushButton(self.tr("Show on map"))
        self.map_button.setAccessibleName(
            self.tr("Show where the photo was taken on OpenStreetMap")
        )
        self.map_button.setToolTip(
            self.tr("Open the photo's GPS position on OpenStreetMap in your browser")
        )
        self.map_button.clicked.connect(self.show_on_map)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.map_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.flag)
        layout.addWidget(self.facts)
        layout.addWidget(self.similar)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_attachment(None, None)

    # -- showing -------------------------------------------------------------------
    def show_attachment(self, attachment: Attachment | None, analysis: Analysis | None) -> None:
        self.attachment, self.analysis = attachment, analysis
        capture = analysis.capture if analysis else None
        image = analysis.image if analysis else None
        self.flag.setVisible(bool(analysis and analysis.flagged))
        if capture is not None and analysis is not None and analysis.flagged:
            detail = capture.integrity.detail
            detail = detail if len(detail) <= 160 else detail[:159] + "…"
            self.flag.setText(self.tr("⚠ Capture integrity failed: {detail}").format(detail=detail))
        if attachment is None or analysis is None or analysis.kind == "other":
            self.facts.setPlainText("")
            self.facts.setVisible(False)
        else:
            from factdesk.services.attachment_facts import AttachmentFacts, describe

            facts = AttachmentFacts(attachment.sha256, attachment.size, analysis, ())
            lines = [
                f"{label}: {value.split('  https://')[0]}"  # the map has its own button
                for label, value in describe(facts)
            ]
            if capture is not None and capture.text:
                preview = " ".join(capture.text.split())
                if len(preview) > TEXT_PREVIEW:
                    preview = preview[: TEXT_PREVIEW - 1] + "…"
                lines.append(self.tr("Page text: {text}").format(text=preview))
            self.facts.setPlainText("\n".join(lines))
            self.facts.setVisible(True)
        self.view_button.setVisible(capture is not None)
        self.map_button.setVisible(image is not None and image.map_url is not None)
        self._show_similar(attachment, analysis)
        self.setVisible(
            attachment is not None and analysis is not None and analysis.kind != "other"
        )

    def _show_similar(self, attachment: Attachment | None, analysis: Analysis | None) -> None:
        self.similar.setVisible(False)
        if attachment is None or analysis is None or not analysis.phash:
            return
        try:
            _subject, matches = self.controller.case.attachments.similar(
                attachment.sha256, refresh=False
            )
        except FactDeskError:
            return
        if not matches:
            return
        lines = [self.tr("The same picture elsewhere in this case:")]
        for match in matches[:MAX_SIMILAR_SHOWN]:
            for use in match.facts.uses[:3]:
                claim = " ".join(use.claim_text.split())
                claim = claim if len(claim) <= 60 else claim[:59] + "…"
                lines.append(
                    self.tr("• {file} — claim “{claim}” ({id})").format(
                        file=visible_name(use.filename), claim=claim, id=use.claim_id[:8]
                    )
                )
        if len(matches) > MAX_SIMILAR_SHOWN:
            lines.append(self.tr("… and %Ln more", "", len(matches) - MAX_SIMILAR_SHOWN))
        self.similar.setPlainText("\n".join(lines))
        self.similar.setVisible(True)

    # -- actions --------------------------------------------------------------------
    def view_capture(self) -> None:
        att = self.attachment
        if att is None:
            return
        case = self.controller.case
        run_with_progress(
            self,
            self.tr("Preparing the capture for viewing"),
            lambda _progress: case.attachments.inert_view(att.id),
            on_done=lambda html: self._open_rendering(att, html),
            on_failed=self.controller.report,
        )

    def _open_rendering(self, att: Attachment, html: str) -> None:
        if self._temp_dir is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="factdesk-capture-")
        folder = Path(self._temp_dir.name)
        os.chmod(folder, 0o700)
        target = folder / f"capture-{att.id}.html"
        if target.exists():
            target.chmod(0o600)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        target.chmod(0o400)
        self.last_view = target
        messages.open_external(QUrl.fromLocalFile(str(target)))

    def show_on_map(self) -> None:
        image = self.analysis.image if self.analysis else None
        if image is not None and image.map_url:
            messages.open_external(QUrl(image.map_url))
