"""The right pane: rating, summary, rationale with preview, reviewer, readiness, publish."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from factdesk import records as r
from factdesk.errors import EditConflictError
from factdesk.gui import messages, plain, style
from factdesk.gui.controller import CaseController
from factdesk.gui.edit_notice import EditNotice
from factdesk.gui.fields import (
    CommitTextEdit,
    FieldSet,
    dates_check_out,
    timestamp_format,
    timestamp_text,
)
from factdesk.gui.publishing import may_publish
from factdesk.gui.undo_commands import ClearVerdict, EditFields, PublishClaim
from factdesk.gui.widgets import DateProblem, buddy_label, section_title
from factdesk.services import readiness
from factdesk.services.markdown_render import render_markdown
from factdesk.services.records import Claim, Rating

VERDICT_FIELDS = ("summary", "rationale", "reviewer", "reviewed_at")


class ReadinessList(QWidget):
    """The publishing checklist: one line per rule, ticked or not, with what is missing.

    The explanations quote evidence titles, text from outside: shown as plain text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setHorizontalSpacing(6)
        self.layout_.setVerticalSpacing(1)
        self.layout_.setColumnStretch(1, 1)
        self.marks: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        self.setAccessibleName(self.tr("Readiness checklist"))

    def _row(self, key: str) -> tuple[QLabel, QLabel, QLabel]:
        if key not in self.labels:
            row = self.layout_.rowCount()
            mark, label, detail = QLabel(), QLabel(), QLabel()
            for widget in (mark, label, detail):
                widget.setTextFormat(Qt.TextFormat.PlainText)
            for widget in (label, detail):
                widget.setWordWrap(True)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            mark.setFont(bold)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(mark, row, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            self.layout_.addWidget(label, row, 1)
            self.layout_.addWidget(detail, row + 1, 1)
            self.marks[key], self.labels[key], self.details[key] = mark, label, detail
        return self.marks[key], self.labels[key], self.details[key]

    def show_rules(self, rules: list[readiness.Rule]) -> None:
        for rule in rules:
            mark, label, detail = self._row(rule.key)
            colour = style.STANCE_COLOURS["supports" if rule.met else "refutes"]
            mark.setText("✓" if rule.met else "✗")
            mark.setStyleSheet(f"QLabel {{ color: {colour}; }}")
            label.setText(rule.label)
            detail.setText(rule.detail)
            text = (
                self.tr("Met: {rule}. {detail}")
                if rule.met
                else self.tr("Not met: {rule}. {detail}")
            ).format(rule=rule.label, detail=rule.detail)
            for widget in (mark, label, detail):
                widget.setAccessibleName(text)

    def rule_text(self, key: str) -> str:
        """What the checklist says of one rule, as a reader sees it."""
        return f"{self.marks[key].text()} {self.labels[key].text()}: {self.details[key].text()}"


class VerdictPane(QWidget):
    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.claim: Claim | None = None
        self.scale: list[Rating] = []
        self.editable = True
        f = self.fields = FieldSet(self._commit, self)

        self.rating = f.choice("rating", QComboBox())
        self.rating.setAccessibleName(self.tr("Rating"))
        self.rating_badge = plain.label()  # a rating's label may come from a bundle
        self.rating_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating_badge.setAccessibleName(self.tr("Rating shown"))
        self.rating_badge.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        badge_font = self.rating_badge.font()
        badge_font.setBold(True)
        badge_font.setPointSizeF(badge_font.pointSizeF() * 1.35)
        self.rating_badge.setFont(badge_font)
        self.summary = f.line("summary", QLineEdit())
        self.summary.setAccessibleName(self.tr("Verdict summary"))
        self.summary.setPlaceholderText(self.tr("The verdict in one line"))
        self.rationale = f.text("rationale", CommitTextEdit())
        self.rationale.setAccessibleName(self.tr("Rationale (Markdown)"))
        self.rationale.setPlaceholderText(
            self.tr(
                "Why this rating: what the evidence shows, in Markdown "
                "(# heading, *emphasis*, - lists, [links](https://…))"
            )
        )
        self.rationale.setTabChangesFocus(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Rationale preview"))
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(messages.open_external)
        self.rationale_stack = QStackedWidget()
        self.rationale_stack.addWidget(self.rationale)
        self.rationale_stack.addWidget(self.preview)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleName(self.tr("Preview the rationale"))
        self.preview_button.setToolTip(
            self.tr("Show the rationale as readers will see it (Ctrl+Shift+V)")
        )
        self.preview_button.setShortcut("Ctrl+Shift+V")
        self.preview_button.toggled.connect(self._toggle_preview)
        self.reviewer = f.line("reviewer", QLineEdit())
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        self.reviewed_at = f.line("reviewed_at", QLineEdit(), to_text=timestamp_text)
        self.reviewed_at.setAccessibleName(self.tr("Date reviewed"))
        self.reviewed_at.setPlaceholderText(
            self.tr("now, or {format}").format(format=timestamp_format())
        )
        self.date_problem = DateProblem()
        self.notice = EditNotice(self.fields, lambda name: r.label(r.Verdict, name))
        controller.conflict.connect(self._refused)
        self.clear_button = QPushButton(self.tr("Clear verdict"))
        self.clear_button.setAccessibleName(self.tr("Clear the verdict"))
        self.clear_button.clicked.connect(self.clear_verdict)
        self.checklist = ReadinessList()
        self.publish_button = QPushButton(self.tr("Mark as published"))
        self.publish_button.setAccessibleName(self.tr("Mark the claim as published"))
        self.publish_button.setToolTip(
            self.tr("Set the claim's status to Published (Ctrl+Shift+P)")
        )
        self.publish_button.clicked.connect(self.mark_published)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        grid.addWidget(buddy_label(self.tr("Ra&ting"), self.rating), 0, 0)
        grid.addWidget(self.rating, 0, 1)
        grid.addWidget(buddy_label(self.tr("Su&mmary"), self.summary), 1, 0)
        grid.addWidget(self.summary, 1, 1)
        grid.addWidget(buddy_label(self.tr("Re&viewer"), self.reviewer), 2, 0)
        grid.addWidget(self.reviewer, 2, 1)
        grid.addWidget(buddy_label(self.tr("Reviewed"), self.reviewed_at), 3, 0)
        grid.addWidget(self.reviewed_at, 3, 1)
        grid.setColumnStretch(1, 1)
        rationale_head = QHBoxLayout()
        label = QLabel(self.tr("Rationale"))
        label.setBuddy(self.rationale)
        rationale_head.addWidget(label)
        rationale_head.addStretch(1)
        rationale_head.addWidget(self.preview_button)
        publish_row = QHBoxLayout()
        publish_row.addWidget(self.clear_button)
        publish_row.addStretch(1)
        publish_row.addWidget(self.publish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(section_title(self.tr("Verdict")))
        layout.addWidget(self.rating_badge)
        layout.addLayout(grid)
        layout.addWidget(self.date_problem)
        layout.addWidget(self.notice)
        layout.addLayout(rationale_head)
        layout.addWidget(self.rationale_stack, 1)
        layout.addWidget(section_title(self.tr("Ready to publish?")))
        layout.addWidget(self.checklist)
        layout.addLayout(publish_row)
        self.setTabOrder(self.rating, self.summary)
        self.setTabOrder(self.summary, self.reviewer)
        self.setTabOrder(self.reviewer, self.reviewed_at)
        self.setTabOrder(self.reviewed_at, self.preview_button)
        self.setTabOrder(self.preview_button, self.rationale)
        self.setTabOrder(self.rationale, self.clear_button)
        self.setTabOrder(self.clear_button, self.publish_button)
        controller.before_command.append(self.fields.flush)
        controller.after_reconnect.append(self.fields.retry)
        self.reload_scale()
        self.show_claim(None, force=True)

    def reload_scale(self) -> None:
        """Offer the case file's scale as it now is (an import or a scale edit changes it)."""
        self.scale = self.controller.scale()
        current = self.rating.currentData()
        self.rating.blockSignals(True)
        self.rating.clear()
        self.rating.addItem(self.tr("Not rated yet"), None)
        for rating in self.scale:
            self.rating.addItem(style.rating_icon(rating, self.scale), rating.label, rating.key)
        row = self.rating.findData(current)
        self.rating.setCurrentIndex(max(row, 0))
        self.rating.blockSignals(False)

    def show_claim(self, claim: Claim | None, *, force: bool, external: bool = True) -> None:
        if force:
            self.fields.flush()
            self.notice.dismiss()
            self.date_problem.clear_problem()
        rating = claim.rating if claim is not None else None
        if rating is not None and self.rating.findData(rating) < 0:
            self.reload_scale()
        self.claim = claim
        self.fields.active = claim is not None
        self.setEnabled(claim is not None)
        verdict = claim.verdict if claim else None
        values: dict[str, Any] = {"rating": verdict.rating if verdict else None}
        for name in VERDICT_FIELDS:
            values[name] = getattr(verdict, name) if verdict else None
        self.fields.load(values, force=force, external=external)
        self.reviewer.setPlaceholderText(self.controller.settings.author or self.tr("your name"))
        self._update_badge()
        self._update_preview()
        self.checklist.show_rules(readiness.check(claim) if claim else [])
        self.clear_button.setEnabled(self.editable and verdict is not None)
        self.publish_button.setEnabled(
            self.editable and claim is not None and claim.status != "published"
        )

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.fields.set_editable(editable)
        self.show_claim(self.claim, force=False)

    # -- display -----------------------------------------------------------------------
    def _update_badge(self) -> None:
        key = self.claim.rating if self.claim else None
        rating = next((r for r in self.scale if r.key == key), None)
        if rating is None:
            draft = self.claim is not None and self.claim.verdict is not None
            self.rating_badge.setText(
                self.tr("Draft — not rated yet") if draft else self.tr("Not rated yet")
            )
            self._badge_style(
                "QLabel { border: 1px dashed palette(mid); border-radius: 6px;"
                " color: palette(mid); }"
            )
            return
        colour = style.rating_colour(rating, self.scale)
        self.rating_badge.setText(rating.label.upper())
        self._badge_style(
            f"QLabel {{ background: {colour.name()}; color: {style.text_on(colour).name()};"
            " border-radius: 6px; padding: 4px; }"
        )

    def _badge_style(self, sheet: str) -> None:
        # A style sheet set again re-polishes the label: only when it changes.
        if self.rating_badge.styleSheet() != sheet:
            self.rating_badge.setStyleSheet(sheet)

    def _update_preview(self) -> None:
        """Render the rationale as readers will see it -- only while the preview is shown
        (rendering Markdown after every save would be work nobody sees)."""
        if self.rationale_stack.currentIndex() != 1:
            return
        text = self.rationale.toPlainText()
        # As a report shows it: raw HTML off, images off, links only to web addresses.
        self.preview.setHtml(render_markdown(text or self.tr("*No rationale yet.*")))

    def _toggle_preview(self, on: bool) -> None:
        self.rationale_stack.setCurrentIndex(1 if on else 0)
        if on:
            self.fields.flush_text()
            self._update_preview()
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))

    # -- commands --------------------------------------------------------------------------
    def _refused(self, conflict: EditConflictError) -> None:
        if conflict.entity == "verdict" and self.claim and conflict.entity_id == self.claim.id:
            self.notice.refused(conflict)

    def _commit(
        self, new: dict[str, Any], typing: str | None, loaded: dict[str, Any] | None = None
    ) -> bool:
        """Each verdict field is saved on its own; without a rating the verdict is a draft."""
        if self.claim is None:
            return False
        if not dates_check_out(new, r.Verdict, self.fields, self.date_problem):
            return False
        return self.controller.run(
            EditFields(self.controller, "verdict", self.claim.id, new, typing=typing, loaded=loaded)
        )

    def clear_verdict(self) -> bool:
        if self.claim is None or self.claim.verdict is None:
            return False
        self.fields.flush()
        return self.controller.run(ClearVerdict(self.controller, self.claim.id))

    def mark_published(self) -> None:
        if self.claim is None:
            return
        self.fields.flush()
        claim = self.controller.case.claims.get(self.claim.id)
        if not may_publish(self, claim):
            return
        self.controller.run(PublishClaim(self.controller, claim.id))
