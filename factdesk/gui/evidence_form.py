"""The form for one evidence item: source, stance, Admiralty grading, excerpt, files."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from factdesk import i18n
from factdesk import records as r
from factdesk.errors import EditConflictError
from factdesk.gui import style
from factdesk.gui.attachments_widget import AttachmentsWidget
from factdesk.gui.controller import CaseController
from factdesk.gui.edit_notice import EditNotice
from factdesk.gui.fields import (
    CommitTextEdit,
    FieldSet,
    date_format,
    date_text,
    dates_check_out,
    timestamp_format,
    timestamp_text,
)
from factdesk.gui.translation import QT_TRANSLATE_NOOP
from factdesk.gui.undo_commands import EditFields
from factdesk.gui.widgets import DateProblem, UrlRow, buddy_label, chain_tab_order
from factdesk.services.records import CREDIBILITY, KINDS, RELIABILITY, STANCES, Evidence

RELIABILITY_HELP = QT_TRANSLATE_NOOP(
    "EvidenceForm", "How reliable the source is, from its track record (Admiralty code A–F)."
)
CREDIBILITY_HELP = QT_TRANSLATE_NOOP(
    "EvidenceForm", "How credible this piece of information is on its own (Admiralty code 1–6)."
)


class EvidenceForm(QWidget):
    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.evidence: Evidence | None = None
        f = self.fields = FieldSet(self._commit, self)

        self.kind = f.choice("kind", QComboBox())
        self.kind.addItem("—", None)
        for kind in KINDS:
            self.kind.addItem(style.kind_label(kind), kind)
        self.title = f.line("title", QLineEdit())
        self.title.setPlaceholderText(self.tr("Headline or name of the document"))
        self.url = f.line("url", QLineEdit())
        self.url_row = UrlRow(self.url, self.tr("Evidence URL"))
        self.publisher = f.line("publisher", QLineEdit())
        self.publisher.setPlaceholderText(self.tr("Outlet, institution or agency"))
        self.author = f.line("author", QLineEdit())
        self.published_on = f.line("published_on", QLineEdit(), to_text=date_text)
        self.published_on.setPlaceholderText(date_format())
        self.accessed_at = f.line("accessed_at", QLineEdit(), to_text=timestamp_text)
        self.accessed_at.setPlaceholderText(timestamp_format())
        self.accessed_at.setToolTip(
            self.tr(
                "When you read or saved the source, in UTC; "
                "filled in with now when you enter the URL"
            )
        )
        self.date_problem = DateProblem()

        self.stance = f.choice("stance", QComboBox())
        for stance in STANCES:
            self.stance.addItem(style.stance_icon(stance), style.stance_short(stance), stance)
            self.stance.setItemData(
                self.stance.count() - 1, style.stance_label(stance), Qt.ItemDataRole.ToolTipRole
            )
        self.reliability = f.choice("source_reliability", QComboBox())
        self.reliability.setToolTip(self.tr(RELIABILITY_HELP))
        self.reliability.addItem(self.tr("Not graded"), None)
        for letter, english in RELIABILITY.items():
            meaning = i18n._(english)
            self.reliability.addItem(f"{letter} — {meaning}", letter)
            self.reliability.setItemData(
                self.reliability.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole
            )
        self.credibility = f.choice("info_credibility", QComboBox())
        self.credibility.setToolTip(self.tr(CREDIBILITY_HELP))
        self.credibility.addItem(self.tr("Not graded"), None)
        for number, english in CREDIBILITY.items():
            meaning = i18n._(english)
            self.credibility.addItem(f"{number} — {meaning}", number)
            self.credibility.setItemData(
                self.credibility.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole
            )
        for combo in (self.kind, self.stance, self.reliability, self.credibility):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.reliability.currentIndexChanged.connect(self._grading_tooltips)
        self.credibility.currentIndexChanged.connect(self._grading_tooltips)

        self.excerpt = f.text("excerpt", CommitTextEdit())
        self.excerpt.setPlaceholderText(self.tr("The passage that matters, quoted exactly"))
        self.notes = f.text("notes", CommitTextEdit())
        self.notes.setPlaceholderText(self.tr("Your notes: how you found it, what to check"))
        for edit in (self.excerpt, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.attachments = AttachmentsWidget(controller)
        self.notice = EditNotice(self.fields, lambda name: r.label(r.Evidence, name))
        controller.conflict.connect(self._refused)

        for widget, name in (
            (self.kind, self.tr("Kind of evidence")),
            (self.title, self.tr("Evidence title")),
            (self.publisher, self.tr("Publisher")),
            (self.author, self.tr("Author")),
            (self.published_on, self.tr("Date published")),
            (self.accessed_at, self.tr("Date accessed")),
            (self.stance, self.tr("Stance")),
            (self.reliability, self.tr("Source reliability")),
            (self.credibility, self.tr("Information credibility")),
            (self.excerpt, self.tr("Excerpt")),
            (self.notes, self.tr("Notes on the evidence")),
        ):
            widget.setAccessibleName(name)

        # One column, in the order a checker fills it in: where the source is,
        # then how it bears on the claim.  Tab goes down it in the same order,
        # and on a narrow pane each label moves above its field.
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(5)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.published_on, 1)
        dates.addWidget(buddy_label(self.tr("Acc&essed"), self.accessed_at))
        dates.addWidget(self.accessed_at, 1)
        # A combo box is as wide as its longest choice unless told otherwise; these
        # elide instead, so the form fits a narrow pane.
        for combo in (self.kind, self.stance, self.reliability, self.credibility):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        form.addRow(buddy_label(self.tr("Tit&le"), self.title), self.title)
        form.addRow(buddy_label(self.tr("&URL"), self.url), self.url_row)
        form.addRow(buddy_label(self.tr("&Publisher"), self.publisher), self.publisher)
        form.addRow(buddy_label(self.tr("A&uthor"), self.author), self.author)
        form.addRow(buddy_label(self.tr("Pu&blished"), self.published_on), dates)
        form.addRow(self.date_problem)
        form.addRow(buddy_label(self.tr("&Kind"), self.kind), self.kind)
        form.addRow(buddy_label(self.tr("Stan&ce"), self.stance), self.stance)
        form.addRow(buddy_label(self.tr("&Reliability"), self.reliability), self.reliability)
        form.addRow(buddy_label(self.tr("Cre&dibility"), self.credibility), self.credibility)
        form.addRow(buddy_label(self.tr("E&xcerpt"), self.excerpt), self.excerpt)
        form.addRow(buddy_label(self.tr("&Notes"), self.notes), self.notes)
        form.addRow(QLabel(self.tr("Files")), self.attachments)
        form.addRow(self.notice)
        chain_tab_order(
            self.title,
            self.url,
            self.url_row.open_button,
            self.publisher,
            self.author,
            self.published_on,
            self.accessed_at,
            self.kind,
            self.stance,
            self.reliability,
            self.credibility,
            self.excerpt,
            self.notes,
        )
        controller.before_command.append(self.fields.flush)
        controller.after_reconnect.append(self.fields.retry)
        self.show_evidence(None, force=True)

    def show_evidence(
        self, evidence: Evidence | None, *, force: bool, external: bool = True
    ) -> None:
        if force:
            self.fields.flush()
            self.notice.dismiss()
            self.date_problem.clear_problem()
        self.evidence = evidence
        self.fields.active = evidence is not None
        self.setEnabled(evidence is not None)
        values: dict[str, Any] = {
            name: getattr(evidence, name) if evidence else None
            for name in (
                "kind",
                "title",
                "url",
                "publisher",
                "author",
                "published_on",
                "accessed_at",
                "source_reliability",
                "info_credibility",
                "excerpt",
                "notes",
            )
        }
        values["stance"] = evidence.stance if evidence else "unclear"
        self.fields.load(values, force=force or evidence is None, external=external)
        self.attachments.show_evidence(evidence)
        self._grading_tooltips()

    def set_editable(self, editable: bool) -> None:
        self.fields.set_editable(editable)
        self.attachments.set_editable(editable)

    def _grading_tooltips(self) -> None:
        letter, number = self.reliability.currentData(), self.credibility.currentData()
        reliability_help, credibility_help = self.tr(RELIABILITY_HELP), self.tr(CREDIBILITY_HELP)
        self.reliability.setToolTip(
            f"{letter}: {i18n._(RELIABILITY[letter])}\n{reliability_help}"
            if letter
            else reliability_help
        )
        self.credibility.setToolTip(
            f"{number}: {i18n._(CREDIBILITY[number])}\n{credibility_help}"
            if number
            else credibility_help
        )

    def _refused(self, conflict: EditConflictError) -> None:
        if (
            conflict.entity == "evidence"
            and self.evidence is not None
            and conflict.entity_id == self.evidence.id
        ):
            self.notice.refused(conflict)

    def _commit(
        self, new: dict[str, Any], typing: str | None, loaded: dict[str, Any] | None = None
    ) -> bool:
        if self.evidence is None:
            return False
        if not dates_check_out(new, r.Evidence, self.fields, self.date_problem):
            return False
        if new.get("url") and self.evidence.accessed_at is None and not self.accessed_at.text():
            # Read just now: the date accessed is today unless the user says otherwise.
            new = {**new, "accessed_at": dt.datetime.now(dt.UTC).replace(microsecond=0)}
        return self.controller.run(
            EditFields(
                self.controller,
                "evidence",
                self.evidence.id,
                new,
                typing=typing,
                select_evidence=self.evidence.id,
                loaded=loaded,
            )
        )
