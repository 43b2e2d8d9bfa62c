"""The selected claim's own fields, and "checked before?" for a claim still new."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factdesk import records as r
from factdesk.errors import EditConflictError
from factdesk.gui import style
from factdesk.gui.controller import CaseController
from factdesk.gui.edit_notice import EditNotice
from factdesk.gui.fields import (
    CommitTextEdit,
    FieldSet,
    date_format,
    date_text,
    dates_check_out,
    parse_tags,
    tags_text,
)
from factdesk.gui.plain import tip
from factdesk.gui.publishing import may_publish
from factdesk.gui.similar_lookup import SimilarLookup
from factdesk.gui.undo_commands import EditFields
from factdesk.gui.widgets import DateProblem, UrlRow, buddy_label
from factdesk.services.records import STATUSES, Claim

if TYPE_CHECKING:
    # Only a type here: the module loads SQLAlchemy, which the window loads in the background.
    from factdesk.services.similar import Suggestion

SIMILAR_DELAY_MS = 400


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        done = (
            widget.text().rsplit(",", 1)[0] + ", "
            if isinstance(widget, QLineEdit) and "," in widget.text()
            else ""
        )
        return done + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


class SimilarClaims(QWidget):
    """Claims already in the case file that read like this one, and who checked them."""

    open_claim = Signal(str)
    dismissed = Signal()

    def __init__(self, *, dismissable: bool = False) -> None:
        super().__init__()
        self.title = QLabel(self.tr("Checked before? Similar claims in this case file:"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Similar claims"))
        self.list.setToolTip(self.tr("Press Enter or double-click to open that claim instead"))
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(
            self.tr("Dismiss the similar claims warning for this claim")
        )
        self.dismiss_button.setToolTip(self.tr("Stop showing this warning for this claim"))
        self.dismiss_button.clicked.connect(self.dismissed)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.list)
        # Only once it has a parent: shown before, it would open as a window of its own
        # (and take the focus from the main window while the editors are being built).
        self.dismiss_button.setVisible(dismissable)
        self.title.setStyleSheet("QLabel { color: #8a5300; font-weight: 600; }")

    def show_suggestions(self, suggestions: list[Suggestion], labels: dict[str, str]) -> None:
        self.list.clear()
        for suggestion in suggestions:
            row = suggestion.claim
            verdict = f" — {labels.get(row.rating, row.rating)}" if row.rating else ""
            status = style.status_label(row.status)
            text = f"{' '.join(row.text.split())}  ({status}{verdict})"
            checks = [
                (
                    self.tr("{by} on {date}: {rating}").format(
                        by=check.by, date=check.on.isoformat(), rating=check.rating
                    )
                    if check.on
                    else self.tr("{by}: {rating}").format(by=check.by, rating=check.rating)
                )
                for check in suggestion.checks[:3]
                if not check.ours
            ]
            if checks:
                more = len([c for c in suggestion.checks if not c.ours]) - len(checks)
                text += (
                    self.tr("\nChecked by ")
                    + "; ".join(checks)
                    + (" " + self.tr("(+%Ln more)", "", more) if more else "")
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(tip(row.text))
            self.list.addItem(item)
        self.setVisible(bool(suggestions))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_claim.emit(item.data(Qt.ItemDataRole.UserRole))


class ClaimForm(QWidget):
    open_claim = Signal(str)

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.claim: Claim | None = None
        self.fields = FieldSet(self._commit, self)

        self.text = self.fields.text("text", CommitTextEdit())
        self.text.setAccessibleName(self.tr("Claim text"))
        self.text.setPlaceholderText(self.tr("The claim, word for word as it was made"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.text.textChanged.connect(self._text_typed)
        self.claimant = self.fields.line("claimant", QLineEdit())
        self.claimant.setAccessibleName(self.tr("Claimant"))
        self.claimant.setPlaceholderText(self.tr("Who made the claim"))
        self.status = self.fields.choice("status", QComboBox())
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUSES:
            self.status.addItem(style.status_label(status), status)
        self.appeared_url = self.fields.line("appeared_url", QLineEdit())
        self.url_row = UrlRow(self.appeared_url, self.tr("Where the claim appeared (URL)"))
        self.appeared_title = self.fields.line("appeared_title", QLineEdit())
        self.appeared_title.setAccessibleName(self.tr("Where the claim appeared (title)"))
        self.appeared_title.setPlaceholderText(self.tr("Title of the page, programme or post"))
        self.appeared_date = self.fields.line(
            "appeared_date", QLineEdit(), to_text=date_text, parse=lambda t: t.strip() or None
        )
        self.appeared_date.setAccessibleName(self.tr("Date the claim appeared"))
        self.appeared_date.setPlaceholderText(date_format())
        self.date_problem = DateProblem()
        self.appeared_date.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 30)
        self.tags = self.fields.line("tags", QLineEdit(), to_text=tags_text, parse=parse_tags)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self._tag_model = QStringListModel(self)
        self._tags_version = -1  # the controller's tags version the completion offers
        self.tags.installEventFilter(self)
        completer = TagCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.notes = self.fields.text("notes", CommitTextEdit())
        self.notes.setAccessibleName(self.tr("Working notes on the claim"))
        self.notes.setPlaceholderText(
            self.tr("Working notes: open questions, leads, what to check next (not published)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notice = EditNotice(self.fields, lambda name: r.label(r.Claim, name))
        controller.conflict.connect(self._refused)

        self.similar = SimilarClaims(dismissable=True)
        self.similar.setVisible(False)
        self.similar.open_claim.connect(self.open_claim)
        self.similar.dismissed.connect(self.dismiss_similar)
        self.similar_lookup = SimilarLookup(lambda: self.controller.case, self)
        self.similar_lookup.found.connect(self._similar_found)
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self.update_similar)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        grid.addWidget(
            buddy_label(self.tr("Cla&im"), self.text),
            0,
            0,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
        )
        grid.addWidget(self.text, 0, 1, 1, 3)
        grid.addWidget(self.similar, 1, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("Clai&mant"), self.claimant), 2, 0)
        grid.addWidget(self.claimant, 2, 1)
        grid.addWidget(buddy_label(self.tr("S&tatus"), self.status), 2, 2)
        grid.addWidget(self.status, 2, 3)
        grid.addWidget(buddy_label(self.tr("Appeared &at"), self.appeared_url), 3, 0)
        grid.addWidget(self.url_row, 3, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("Tit&le"), self.appeared_title), 4, 0)
        grid.addWidget(self.appeared_title, 4, 1)
        grid.addWidget(buddy_label(self.tr("Dat&e"), self.appeared_date), 4, 2)
        grid.addWidget(self.appeared_date, 4, 3)
        grid.addWidget(buddy_label(self.tr("Ta&gs"), self.tags), 5, 0)
        grid.addWidget(self.tags, 5, 1, 1, 3)
        grid.addWidget(
            buddy_label(self.tr("N&otes"), self.notes),
            6,
            0,
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
        )
        grid.addWidget(self.notes, 6, 1, 1, 3)
        grid.addWidget(self.date_problem, 7, 1, 1, 3)
        grid.addWidget(self.notice, 8, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        controller.before_command.append(self.fields.flush)
        controller.after_reconnect.append(self.fields.retry)

    def show_claim(self, claim: Claim | None, *, force: bool, external: bool = True) -> None:
        if force:
            self.fields.flush()
            self.notice.dismiss()
            self.date_problem.clear_problem()
        self.claim = claim
        self.fields.active = claim is not None
        self.setEnabled(claim is not None)
        names = self.fields.field_names()
        if claim is None:
            empty = {name: None for name in names}
            self.fields.load({**empty, "text": "", "status": "new", "tags": ()}, force=True)
            self.similar.setVisible(False)
            return
        values = {name: getattr(claim, name) for name in names}
        self.fields.load(values, force=force, external=external)
        if force:
            self.similar.setVisible(False)  # another claim's warning: until this one's is found
            self.update_similar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tags and event.type() == QEvent.Type.FocusIn:
            self.refresh_tag_completion()
        return super().eventFilter(watched, event)

    def refresh_tag_completion(self) -> None:
        """Offer the tags in use: read when the tags field is entered after they changed."""
        version = self.controller.tags_version
        if version != self._tags_version:
            self._tags_version = version
            self._tag_model.setStringList(self.controller.case.tags.all())

    def set_editable(self, editable: bool) -> None:
        self.fields.set_editable(editable)

    def _commit(
        self, new: dict[str, Any], typing: str | None, loaded: dict[str, Any] | None = None
    ) -> bool:
        if self.claim is None:
            return False
        if not dates_check_out(new, r.Claim, self.fields, self.date_problem):
            return False
        if "text" in new and new["text"] is None:
            if self.text.hasFocus():
                return False  # still being typed: saved once it has words
            self.controller.report(
                self.tr("The claim text must not be empty; the previous text was kept.")
            )
            self.fields.load({"text": self.claim.text}, force=True)
            return False
        if new.get("status") == "published" and self.claim.status != "published":
            # Published from the status field: the same question as the Publish button.
            claim = self.controller.case.claims.get(self.claim.id)
            if not may_publish(self, claim):
                # Once this refusal is noted, the field shows the stored status again
                # (and picking Published later asks again).
                QTimer.singleShot(0, lambda: self._show_stored_status(claim.id))
                return False
        return self.controller.run(
            EditFields(self.controller, "claim", self.claim.id, new, typing=typing, loaded=loaded)
        )

    def _refused(self, conflict: EditConflictError) -> None:
        if conflict.entity == "claim" and self.claim and conflict.entity_id == self.claim.id:
            self.notice.refused(conflict)

    def _show_stored_status(self, claim_id: str) -> None:
        if self.claim is not None and self.claim.id == claim_id:
            self.fields.load({"status": self.claim.status}, force=True)

    # -- checked before? --------------------------------------------------------------
    def _is_new(self) -> bool:
        return self.claim is not None and self.claim.status == "new" and not self.claim.evidence

    def _text_typed(self) -> None:
        if self._is_new():
            self._similar_timer.start()

    def update_similar(self) -> None:
        """Look for claims like this one (in the background: it searches the whole case)."""
        if not self._is_new():
            self.similar_lookup.cancel()
            self.similar.setVisible(False)
            return
        assert self.claim is not None
        self.similar_lookup.look_up(self.text.toPlainText(), claim_id=self.claim.id)

    def _similar_found(self, found: list[Suggestion]) -> None:
        if not self._is_new():
            return
        labels = {r.key: r.label for r in self.controller.scale()}
        self.similar.show_suggestions(found, labels)

    def dismiss_similar(self) -> None:
        if self.claim is not None and not self.controller.case.read_only:
            from factdesk.gui.scale_commands import DismissSimilar

            self.similar_lookup.cancel()
            self.controller.run(DismissSimilar(self.controller, self.claim.id))
            self.similar.setVisible(False)
