"""The centre pane: the claim's fields, its evidence list, and the selected item's form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factdesk.errors import FactDeskError
from factdesk.gui.attach_worker import prepare_files
from factdesk.gui.claim_form import ClaimForm
from factdesk.gui.controller import CaseController
from factdesk.gui.evidence_form import EvidenceForm
from factdesk.gui.evidence_model import EvidenceItemDelegate, EvidenceListModel
from factdesk.gui.undo_commands import AddEvidence, DeleteEvidence, MoveEvidence
from factdesk.gui.widgets import section_title
from factdesk.services.evidence import PreparedFile
from factdesk.services.records import Claim, Evidence


def action_button(action: QAction, label: str) -> QToolButton:
    """A short-labelled button for an action whose menu text is longer."""
    button = QToolButton()
    button.setText(label)
    name = action.text().replace("&", "")
    button.setAccessibleName(name)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{name} ({keys})" if keys else name)
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
    return button


class EvidencePane(QWidget):
    open_claim = Signal(str)

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self._flagged_files: dict[str, bool] = {}  # sha256 -> a capture failing its check
        self.controller = controller
        self.claim: Claim | None = None
        self.editable = True

        self.claim_form = ClaimForm(controller)
        self.claim_form.open_claim.connect(self.open_claim)

        self.model = EvidenceListModel(self)
        self.model.move_requested.connect(self._move_later)
        self.model.drop_requested.connect(self._drop_later)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EvidenceItemDelegate(self.list))
        self.list.setUniformItemSizes(True)
        # Long titles end in an ellipsis (the full title is in the form below): no
        # sideways scrolling on a narrow pane.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(1)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setToolTip(
            self.tr("Drag to reorder. Drop a web address or a file here to add it as evidence.")
        )
        self.list.selectionModel().currentChanged.connect(self._evidence_changed)

        self.add_action = QAction(self.tr("&Add evidence"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+E"))
        self.add_action.setToolTip(self.tr("Add an evidence item to this claim (Ctrl+E)"))
        self.add_action.triggered.connect(self.add_evidence)
        self.delete_action = QAction(self.tr("Delete evidence"), self)
        self.delete_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.delete_action.triggered.connect(self.delete_evidence)
        self.up_action = QAction(self.tr("Move evidence up"), self)
        self.up_action.setShortcut(QKeySequence("Alt+Up"))
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action = QAction(self.tr("Move evidence down"), self)
        self.down_action.setShortcut(QKeySequence("Alt+Down"))
        self.down_action.triggered.connect(lambda: self.move_selected(+1))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action, label in (
            (self.add_action, self.tr("Add")),
            (self.delete_action, self.tr("Delete")),
            (self.up_action, "▲"),
            (self.down_action, "▼"),
        ):
            buttons.addWidget(action_button(action, label))
        buttons.addStretch(1)

        self.form = EvidenceForm(controller)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 4)
        top_layout.addWidget(section_title(self.tr("Claim")))
        top_layout.addWidget(self.claim_form)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(6, 4, 6, 4)
        heading = QHBoxLayout()
        heading.addWidget(section_title(self.tr("Evidence")))
        heading.addStretch(1)
        heading.addLayout(buttons)
        middle_layout.addLayout(heading)
        middle_layout.addWidget(self.list, 1)
        bottom = QScrollArea()
        bottom.setWidgetResizable(True)
        # The form reflows to the pane's width: it scrolls down, never sideways.
        bottom.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bottom.setFrameShape(QScrollArea.Shape.NoFrame)
        form_holder = QWidget()
        form_layout = QVBoxLayout(form_holder)
        form_layout.setContentsMargins(6, 4, 6, 6)
        self.form_title = section_title(self.tr("Evidence item"))
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.form, 1)
        bottom.setWidget(form_holder)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("evidence_splitter")
        self.splitter.setChildrenCollapsible(False)
        for part in (top, middle, bottom):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._update_actions()

    # -- showing ---------------------------------------------------------------------
    def show_claim(
        self,
        claim: Claim | None,
        *,
        force: bool,
        select_evidence: str | None = None,
        external: bool = True,
    ) -> None:
        """Show a claim (``force``: another one; its pending edits were saved first)
        or the same claim as it now is (fields being typed in are left alone)."""
        previous = self.current_evidence()
        self.claim = claim
        self.claim_form.show_claim(claim, force=force, external=external)
        self.model.set_items(claim.evidence if claim else ())
        self.model.set_flagged(self._flagged(claim))
        wanted = select_evidence or (previous.id if previous and not force else None)
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and force and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_evidence(force=force, external=external)
        self._update_actions()

    def _flagged(self, claim: Claim | None) -> frozenset[str]:
        """The items of ``claim`` holding a web capture whose integrity check fails."""
        digests = [a.sha256 for ev in claim.evidence for a in ev.attachments] if claim else []
        if not digests or claim is None:
            return frozenset()
        # Whether a capture fails its check is read from its bytes: once per file.
        unknown = [d for d in dict.fromkeys(digests) if d not in self._flagged_files]
        if unknown:
            try:
                facts = self.controller.case.attachments.for_digests(unknown)
            except FactDeskError:
                return frozenset()
            for digest in unknown:
                self._flagged_files[digest] = bool(facts.get(digest) and facts[digest].flagged)
        return frozenset(
            ev.id
            for ev in claim.evidence
            if any(self._flagged_files.get(a.sha256) for a in ev.attachments)
        )

    def current_evidence(self) -> Evidence | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        items = self.model.items()
        return items[index.row()] if index.row() < len(items) else None

    def _evidence_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        items = self.model.items()
        old = items[previous.row()] if previous.isValid() and previous.row() < len(items) else None
        new = items[current.row()] if current.isValid() and current.row() < len(items) else None
        if (old and old.id) != (new and new.id) or self.form.evidence is None:
            self.form.fields.flush()
            self._show_evidence(force=True)
        self._update_actions()

    def _show_evidence(self, *, force: bool, external: bool = True) -> None:
        ev = self.current_evidence()
        if force or ev is None or self.form.evidence is None or self.form.evidence.id != ev.id:
            self.form.show_evidence(ev, force=True)
        else:
            self.form.show_evidence(ev, force=False, external=external)
        self.form_title.setText(
            self.tr("Evidence item {n} of {total}").format(
                n=self.list.currentIndex().row() + 1, total=self.model.rowCount()
            )
            if ev
            else self.tr("Evidence item")
        )

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.model.editable = editable
        self.claim_form.set_editable(editable)
        self.form.set_editable(editable)
        self._update_actions()

    def _update_actions(self) -> None:
        has_claim = self.claim is not None and self.editable
        ev = self.current_evidence()
        self.add_action.setEnabled(has_claim)
        self.delete_action.setEnabled(has_claim and ev is not None)
        row = self.list.currentIndex().row()
        self.up_action.setEnabled(has_claim and ev is not None and row > 0)
        self.down_action.setEnabled(
            has_claim and ev is not None and row < self.model.rowCount() - 1
        )

    # -- commands -------------------------------------------------------------------------
    def add_evidence(self) -> None:
        if self.claim is None:
            return
        if self.controller.run(AddEvidence(self.controller, self.claim.id)):
            self.form.title.setFocus()

    def delete_evidence(self) -> None:
        ev = self.current_evidence()
        if self.claim is None or ev is None:
            return
        self.controller.run(DeleteEvidence(self.controller, self.claim.id, ev.id, ev.title or ""))

    def move_selected(self, step: int) -> None:
        ev = self.current_evidence()
        if self.claim is None or ev is None:
            return
        row = self.list.currentIndex().row()
        target = row + step
        if 0 <= target < self.model.rowCount():
            self.controller.run(MoveEvidence(self.controller, self.claim.id, ev.id, row, target))

    def _move_later(self, evidence_id: str, target: int) -> None:
        # Let the drag finish before the list is refilled.
        QTimer.singleShot(0, lambda: self.move_to(evidence_id, target))

    def move_to(self, evidence_id: str, target: int) -> None:
        row = self.model.row_of(evidence_id)
        if self.claim is None or row < 0 or row == target:
            return
        self.controller.run(MoveEvidence(self.controller, self.claim.id, evidence_id, row, target))

    def _drop_later(self, urls: list[QUrl], row: int) -> None:
        QTimer.singleShot(0, lambda: self.add_dropped(urls, row))

    def add_dropped(self, urls: list[QUrl], row: int) -> None:
        """Each dropped web address or file becomes an evidence item at the drop position.

        Files are read first (large ones in the background); a web capture then
        gives its item the captured address, page title and capture time.
        """
        if self.claim is None or not self.editable:
            return
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        claim_id = self.claim.id
        prepare_files(
            self,
            self.controller,
            paths,
            lambda files: self._add_dropped(
                claim_id, urls, row, dict(zip(paths, files, strict=True))
            ),
        )

    def _add_dropped(
        self, claim_id: str, urls: list[QUrl], row: int, files: dict[Path, PreparedFile]
    ) -> None:
        if self.claim is None or self.claim.id != claim_id or not self.editable:
            return
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Add dropped evidence"))
        try:
            for offset, url in enumerate(urls):
                position = row + offset if row >= 0 else None
                if url.isLocalFile():
                    path = Path(url.toLocalFile())
                    prepared = files[path]
                    capture = prepared.analysis.capture
                    kind = {"capture": "article", "image": "media"}.get(
                        prepared.analysis.kind, "document"
                    )
                    command = AddEvidence(
                        self.controller,
                        claim_id,
                        files=[prepared],
                        title=None if capture is not None and capture.title else path.name,
                        kind=kind,
                        position=position,
                    )
                elif url.scheme() in ("http", "https"):
                    command = AddEvidence(
                        self.controller,
                        claim_id,
                        url=url.toString(),
                        title=url.host() + url.path(),
                        kind="article",
                        position=position,
                    )
                else:
                    continue
                if not self.controller.run(command):
                    break
        finally:
            stack.endMacro()
