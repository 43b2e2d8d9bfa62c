"""An evidence item's attachments: add (dialog or drop), open, save a copy, remove.

Opening writes a copy whose SHA-256 the services have just verified to a
private temporary folder and hands it to the desktop; the stored bytes are
never exposed for editing.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk import i18n
from factdesk.errors import FactDeskError
from factdesk.gui import messages, plain
from factdesk.gui.attach_worker import attach_files
from factdesk.gui.attachment_details import AttachmentDetails
from factdesk.gui.controller import CaseController
from factdesk.gui.undo_commands import AttachFiles, DetachAttachment
from factdesk.services.attachment_files import (
    HEAD_BYTES,
    kind_of,
    safe_file_name,
    suggested_name,
    visible_name,
)
from factdesk.services.records import Attachment, Evidence

if TYPE_CHECKING:
    from factdesk.services.attachment_facts import Analysis

THUMBNAIL_SIZE = 48


def human_size(size: int) -> str:
    """ "2.0 KB", in the window's language (the reports' wording)."""
    from factdesk.services.report_data import human_size as sized

    return sized(size, i18n.language())


class AttachmentList(QListWidget):
    """The list itself accepts dropped files."""

    def __init__(self, owner: AttachmentsWidget) -> None:
        super().__init__()
        self._owner = owner
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._owner.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._owner.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._owner.attach(paths)
        else:
            event.ignore()


class AttachmentsWidget(QWidget):
    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.evidence: Evidence | None = None
        self.editable = True
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self._opened = 0
        self.destroyed.connect(lambda *_: self.cleanup())
        self.analyses: dict[str, Analysis] = {}

        self.list = AttachmentList(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setToolTip(
            self.tr(
                "Drop files here to attach them. Web captures (WARC, WACZ, MHTML, saved pages) "
                "are verified and their page text is searchable."
            )
        )
        self.list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.list.setMaximumHeight(max(self.fontMetrics().height() * 4, THUMBNAIL_SIZE * 2) + 12)
        self.details = AttachmentDetails(controller)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Attach…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, name, slot in (
            (self.add_button, self.tr("Attach a file"), self.choose_files),
            (self.open_button, self.tr("Open attachment"), self.open_selected),
            (self.save_button, self.tr("Save a copy of the attachment"), self.save_selected),
            (self.remove_button, self.tr("Remove attachment"), self.remove_selected),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
        # Two rows of two: on a narrow pane the form never needs to scroll sideways.
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for n, button in enumerate(
            (self.add_button, self.open_button, self.save_button, self.remove_button)
        ):
            buttons.addWidget(button, n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        left = QVBoxLayout()
        left.setSpacing(3)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        # The selected file's details sit beside the list, so the form keeps its height.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(left, 3)
        layout.addWidget(self.details, 2)
        self._update_buttons()

    def show_evidence(self, evidence: Evidence | None) -> None:
        attachments = evidence.attachments if evidence else ()
        shown = self.evidence.attachments if self.evidence is not None else ()
        same_item = (evidence.id if evidence else None) == (
            self.evidence.id if self.evidence else None
        )
        self.evidence = evidence
        if same_item and attachments == shown and self.list.count() == len(attachments):
            return  # a refresh after an edit of another field: nothing here changed
        selected = self.selected()
        self.list.clear()
        try:
            # What a file is never changes (it is read from its bytes): read each once.
            unknown = [a.sha256 for a in attachments if a.sha256 not in self.analyses]
            if unknown:
                self.analyses.update(self.controller.case.attachments.for_digests(unknown))
        except FactDeskError:
            pass
        for att in attachments:
            analysis = self.analyses.get(att.sha256)
            # Direction controls in a name are made visible ("invoice\u202egnp.hta").
            name = visible_name(att.filename)
            text = f"{name}  ·  {human_size(att.size)}  ·  SHA-256 {att.sha256[:12]}…"
            tip = self.tr("{file}\n{type}, %Ln byte(s)\nSHA-256 {sha256}", "", att.size).format(
                file=name, type=att.media_type, sha256=att.sha256
            )
            if analysis is not None and analysis.capture is not None:
                state = analysis.capture.integrity
                label = i18n._(state.label)
                text += f"  ·  {'⚠ ' if analysis.flagged else ''}{label}"
                tip += "\n" + self.tr("Web capture ({format}): {state}").format(
                    format=analysis.capture.format, state=label
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, att)
            item.setToolTip(plain.tip(tip))
            if analysis is not None and analysis.thumbnail:
                pixmap = QPixmap()
                if pixmap.loadFromData(analysis.thumbnail, self.tr("JPEG")):
                    item.setIcon(QIcon(pixmap))
            self.list.addItem(item)
            if selected is not None and att.id == selected.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update_buttons()

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self.selected()
        self.details.show_attachment(
            selected, self.analyses.get(selected.sha256) if selected else None
        )
        has = selected is not None
        self.add_button.setEnabled(self.editable and self.evidence is not None)
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.editable)

    # -- actions ------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = messages.open_file_names(self, self.tr("Attach files to the evidence item"))
        if paths:
            self.attach(paths)

    def attach(self, paths: list[Path]) -> None:
        if self.evidence is None or not self.editable:
            return
        claim_id, evidence_id = self.evidence.claim_id, self.evidence.id
        attach_files(
            self,
            self.controller,
            paths,
            lambda files: AttachFiles(self.controller, claim_id, evidence_id, files),
        )

    def open_selected(self) -> None:
        """Show the file in the desktop's viewer, if it is a kind that is viewed, not run.

        What the file is comes from its bytes; the copy handed over gets a name
        FactDesk makes, with that kind's extension, in a private folder.
        Anything else is offered as a copy to save, with a warning.
        """
        att = self.selected()
        if att is None:
            return
        try:
            data = self.controller.case.evidence.attachment_bytes(att.id)
        except FactDeskError as exc:
            self.controller.report(str(exc))
            return
        kind = kind_of(data[:HEAD_BYTES])
        if kind is None:
            if messages.offer(
                self,
                self.tr("Not opened"),
                self.tr(
                    "{file} is not a picture, a PDF or plain text (it says it is {type}). "
                    "Files of other kinds can run programs when opened, so FactDesk does not "
                    "open them. Save a copy to look at it with a program you trust."
                ).format(file=visible_name(att.filename), type=att.media_type),
                action=self.tr("Save copy…"),
                warning=True,
            ):
                self.save_selected()
            return
        target = self._private_copy(data, safe_file_name(att.filename, kind.extension))
        messages.open_external(QUrl.fromLocalFile(str(target)))

    def _private_copy(self, data: bytes, name: str) -> Path:
        """``data`` as a read-only file called ``name`` in this window's private folder
        (mode 0700, removed when the window goes)."""
        if self._temp_dir is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="factdesk-open-")
            os.chmod(self._temp_dir.name, 0o700)
        self._opened += 1
        folder = Path(self._temp_dir.name) / str(self._opened)
        folder.mkdir(mode=0o700)
        target = folder / name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        target.chmod(0o400)  # a view of the evidence, not a copy to edit
        return target

    def cleanup(self) -> None:
        """Remove the copies opened from this window (the viewers have read them by now)."""
        if self._temp_dir is not None:
            self._temp_dir.cleanup()
            self._temp_dir = None

    def save_selected(self) -> None:
        att = self.selected()
        if att is None:
            return
        target = messages.save_file_name(
            self, self.tr("Save a copy of the attachment"), suggested_name(att.filename)
        )
        if target is None:
            return
        try:
            self.controller.case.evidence.save_attachment(att.id, target)
        except FactDeskError as exc:
            self.controller.report(str(exc))

    def remove_selected(self) -> None:
        att = self.selected()
        if att is None or self.evidence is None:
            return
        self.controller.run(DetachAttachment(self.controller, self.evidence.claim_id, att))
