"""Import bundle preview: what will be added, updated and left alone, and each conflict settled.

Nothing is written while this dialog is open: it shows an
:class:`~factdesk.services.bundles.ImportPlan` and collects the policy and a
choice per conflicting claim, which the import then carries out.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui import plain
from factdesk.gui.claim_comparison import ClaimComparison
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.services.bundles import POLICIES, ImportPlan, ImportSummary, Policy, preview
from factdesk.services.bundles.contents import PlannedClaim
from factdesk.services.claim_json import format_timestamp

# Translated where shown (translate("import_preview", ...)).
CHOICE_LABELS: dict[Policy, str] = {
    "skip": QT_TRANSLATE_NOOP("import_preview", "Keep mine"),
    "theirs": QT_TRANSLATE_NOOP("import_preview", "Take theirs"),
    "copy": QT_TRANSLATE_NOOP("import_preview", "Keep both (add theirs as a copy)"),
}
CHOICE_SHORT: dict[Policy, str] = {
    "skip": QT_TRANSLATE_NOOP("import_preview", "keep mine"),
    "theirs": QT_TRANSLATE_NOOP("import_preview", "take theirs"),
    "copy": QT_TRANSLATE_NOOP("import_preview", "keep both"),
}
CHOICE_HELP: dict[Policy, str] = {
    "skip": QT_TRANSLATE_NOOP(
        "import_preview",
        "Keep this case file's version of what conflicts; the rest of theirs is merged.",
    ),
    "theirs": QT_TRANSLATE_NOOP(
        "import_preview", "Take the bundle's version; yours stays in the claim's history."
    ),
    "copy": QT_TRANSLATE_NOOP(
        "import_preview",
        "Add the bundle's claim as a new claim, linked to yours; yours is left alone.",
    ),
}
EVIDENCE_WORDS = {
    "add": QT_TRANSLATE_NOOP("import_preview", "{n} new"),
    "update": QT_TRANSLATE_NOOP("import_preview", "{n} updated"),
    "conflict": QT_TRANSLATE_NOOP("import_preview", "{n} in conflict"),
}


def choice_label(policy: Policy) -> str:
    return translate("import_preview", CHOICE_LABELS[policy])


MAX_LISTED = 1000  # per group in the All claims tab; the counts are always complete


def _one_line(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _local_text(planned: PlannedClaim) -> str:
    """The claim as this case file has it (a conflict is listed by the version the user knows)."""
    claim = planned.local_claim or planned.incoming_claim
    return claim.text


def number(n: int) -> str:
    return QLocale().toString(n)


def summary_text(summary: ImportSummary) -> str:
    """What the import will do, in a sentence or two."""
    parts = [
        translate("import_preview", "%Ln claim(s) to add", "", len(summary.added)),
        translate("import_preview", "{count} to update").format(count=number(len(summary.updated))),
        translate("import_preview", "{count} unchanged").format(
            count=number(len(summary.unchanged))
        ),
    ]
    text = ", ".join(parts)
    if summary.conflicts:
        settled = {p: sum(1 for c in summary.conflicts if c.settled == p) for p in POLICIES}
        how = "; ".join(
            f"{translate('import_preview', CHOICE_SHORT[p])}: {number(n)}"
            for p, n in settled.items()
            if n
        )
        text += ", " + translate(
            "import_preview", "%Ln conflict(s) ({how})", "", len(summary.conflicts)
        ).format(how=how)
    ev = summary.evidence
    text += ".\n" + translate(
        "import_preview", "Evidence: {added} added, {updated} updated, {unchanged} unchanged"
    ).format(added=number(ev.added), updated=number(ev.updated), unchanged=number(ev.unchanged))
    if ev.conflicts:
        text += translate("import_preview", ", {count} in conflict").format(
            count=number(ev.conflicts)
        )
    return text + "."


def _evidence_detail(planned: PlannedClaim) -> str:
    """The claim's evidence in the bundle, and what happens to it: "7 items (2 new)"."""
    total = len(planned.evidence)
    counts = {a: sum(1 for e in planned.evidence if e.action == a) for a in EVIDENCE_WORDS}
    if planned.action == "add":
        counts = {}
    detail = ", ".join(
        translate("import_preview", EVIDENCE_WORDS[a]).format(n=number(n))
        for a, n in counts.items()
        if n
    )
    text = (
        translate("import_preview", "%Ln item(s)", "", total)
        if total
        else translate("import_preview", "no evidence")
    )
    return f"{text} ({detail})" if detail else text


def conflict_reason(planned: PlannedClaim) -> str:
    """Why a claim conflicts, naming evidence by its title rather than its id."""
    untitled = translate("import_preview", "untitled")
    titles = {e.id: e.title or e.url or untitled for e in planned.incoming_claim.evidence}
    reasons = []
    if planned.claim_action == "conflict":
        reasons.append(
            translate(
                "import_preview", "the claim itself (text, claimant, status, tags or verdict)"
            )
        )
    for item in planned.evidence:
        if item.action == "conflict":
            reasons.append(
                translate("import_preview", "evidence “{title}”").format(
                    title=titles.get(item.evidence_id, item.evidence_id)
                )
            )
    never = "never imported here" in planned.reason
    why = (
        translate(
            "import_preview",
            "Both versions differ and this case file's copy was not imported from a bundle",
        )
        if never
        else translate(
            "import_preview",
            "Changed here since it was last imported, and changed in the bundle too",
        )
    )
    if not reasons:
        return why + "."
    return translate("import_preview", "{why}: {reasons}.").format(
        why=why, reasons="; ".join(reasons)
    )


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        plan: ImportPlan,
        rating_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.labels = dict(rating_labels)
        for rating in plan.bundle.ratings:
            self.labels.setdefault(rating.key, rating.label)
        self._chosen: dict[str, Policy] = {}  # conflicts settled one by one
        self._conflicts = plan.conflicts
        bundle = plan.bundle
        self.setWindowTitle(self.tr("Import bundle — {name}").format(name=bundle.path.name))
        self.resize(1080, 720)

        # The title, who made it and with what come from the bundle: text, never markup.
        facts = [
            ", ".join(
                (
                    self.tr("%Ln claim(s)", "", len(bundle.claims)),
                    self.tr("%Ln evidence item(s)", "", bundle.evidence_count),
                    self.tr("%Ln attached file(s)", "", len(bundle.attachments)),
                )
            ),
        ]
        made = [
            " ".join(
                part
                for part in (
                    self.tr("made by {name}").format(name=bundle.created_by)
                    if bundle.created_by
                    else "",
                    self.tr("with {program}").format(program=bundle.generator)
                    if bundle.generator
                    else "",
                )
                if part
            ),
            self.tr("newest change {date}").format(
                date=(format_timestamp(bundle.created_at) or "")[:10]
            )
            if bundle.created_at
            else "",
        ]
        made_text = ", ".join(m for m in made if m)
        if made_text:
            facts.append(made_text[:1].upper() + made_text[1:])
        self.title = plain.label(plain.shorten(bundle.title or bundle.path.name, 300), wrap=True)
        self.title.setAccessibleName(self.tr("The bundle's title"))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.header = plain.label(plain.shorten(" · ".join(facts), 600), wrap=True)
        self.header.setAccessibleName(self.tr("About the bundle"))
        self.summary = plain.label(wrap=True)
        self.summary.setAccessibleName(self.tr("What the import will do"))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            self._conflicts_tab(),
            self.tr("&Conflicts ({count})").format(count=number(len(self._conflicts))),
        )
        self.tabs.addTab(
            self._claims_tab(),
            self.tr("&All claims ({count})").format(count=number(len(plan.claims))),
        )
        self.tabs.addTab(
            self._warnings_tab(),
            self.tr("&Warnings ({count})").format(count=number(len(plan.warnings))),
        )
        self.tabs.setTabEnabled(0, bool(self._conflicts))
        self.tabs.setCurrentIndex(0 if self._conflicts else 1)

        self.policy = QComboBox()
        self.policy.setAccessibleName(self.tr("When a claim conflicts"))
        for value in POLICIES:
            self.policy.addItem(choice_label(value), value)
            self.policy.setItemData(
                self.policy.count() - 1,
                self.tr(CHOICE_HELP[value]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.policy.setCurrentIndex(self.policy.findData(plan.on_conflict))
        self.policy.currentIndexChanged.connect(lambda _i: self._refresh())
        policy_row = QHBoxLayout()
        policy_label = QLabel(self.tr("For every &conflict not settled one by one:"))
        policy_label.setBuddy(self.policy)
        policy_row.addWidget(policy_label)
        policy_row.addWidget(self.policy)
        policy_row.addStretch(1)
        self.policy.setEnabled(bool(self._conflicts))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(policy_row, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.import_button.setDefault(True)  # once in the dialog: Return imports

        if self._conflicts:
            self.conflict_list.setCurrentRow(0)
            self.conflict_list.setFocus()
        else:
            self.claim_tree.setFocus()
        self._refresh()

    # -- building the tabs --------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicting claims"))
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setUniformItemSizes(True)
        self.conflict_list.setSpacing(3)
        for planned in self._conflicts:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, planned.claim_id)
            item.setToolTip(plain.tip(_local_text(planned)))
            self.conflict_list.addItem(item)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)

        self.reason = plain.label(wrap=True)
        self.reason.setAccessibleName(self.tr("Why the claim conflicts"))
        self.comparison = ClaimComparison()
        self.choice_buttons: dict[Policy, QRadioButton] = {}
        group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("This claim:")))
        for value in POLICIES:
            button = QRadioButton(choice_label(value))
            button.setToolTip(self.tr(CHOICE_HELP[value]))
            button.clicked.connect(lambda _c=False, v=value: self._choose(v))
            group.addButton(button)
            choices.addWidget(button)
            self.choice_buttons[value] = button
        choices.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        detail_layout.addWidget(self.reason)
        detail_layout.addLayout(choices)
        detail_layout.addWidget(self.comparison)
        detail_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 760])
        return splitter

    def _claims_tab(self) -> QWidget:
        self.claim_tree = QTreeWidget()
        self.claim_tree.setAccessibleName(self.tr("Claims in the bundle by what happens to them"))
        self.claim_tree.setHeaderLabels([self.tr("Claim"), self.tr("Evidence")])
        self.claim_tree.setRootIsDecorated(True)
        self.claim_tree.setUniformRowHeights(True)
        groups = (
            ("add", self.tr("New: added")),
            ("update", self.tr("Changed in the bundle only: updated")),
            ("unchanged", self.tr("The same here: left unchanged")),
            ("conflict", self.tr("Changed on both sides: conflicts")),
        )
        self.group_items: dict[str, QTreeWidgetItem] = {}
        for action, title in groups:
            members = [c for c in self.plan.claims if c.action == action]
            top = QTreeWidgetItem([f"{title} ({number(len(members))})"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for planned in members[:MAX_LISTED]:
                detail = _evidence_detail(planned)
                child = QTreeWidgetItem([_one_line(planned.incoming_claim.text), detail])
                child.setToolTip(0, plain.tip(planned.incoming_claim.text))
                child.setData(0, Qt.ItemDataRole.UserRole, planned.claim_id)
                top.addChild(child)
            if len(members) > MAX_LISTED:
                more = len(members) - MAX_LISTED
                top.addChild(QTreeWidgetItem([self.tr("… and %Ln more", "", more)]))
            self.claim_tree.addTopLevelItem(top)
            top.setExpanded(action != "unchanged" and 0 < len(members) <= 200)
            self.group_items[action] = top
        self.claim_tree.header().setStretchLastSection(False)
        self.claim_tree.header().resizeSection(1, 220)
        self.claim_tree.header().setSectionResizeMode(
            0, self.claim_tree.header().ResizeMode.Stretch
        )
        return self.claim_tree

    def _warnings_tab(self) -> QWidget:
        self.warning_list = QListWidget()
        self.warning_list.setAccessibleName(self.tr("Warnings about the bundle"))
        self.warning_list.setWordWrap(True)
        for warning in self.plan.warnings:
            self.warning_list.addItem(warning[:1].upper() + warning[1:])
        if not self.plan.warnings:
            self.warning_list.addItem(
                self.tr("No warnings: the bundle matches this case file's scale.")
            )
        return self.warning_list

    # -- choices ---------------------------------------------------------------------
    def default_policy(self) -> Policy:
        return self.policy.currentData()

    def choice_for(self, claim_id: str) -> Policy:
        return self._chosen.get(claim_id, self.default_policy())

    def choices(self) -> dict[str, Policy]:
        """The policy of every conflicting claim (the combo's unless chosen one by one)."""
        return {c.claim_id: self.choice_for(c.claim_id) for c in self._conflicts}

    def set_choice(self, claim_id: str, policy: Policy) -> None:
        self._chosen[claim_id] = policy
        self._refresh()

    def _choose(self, policy: Policy) -> None:
        row = self.conflict_list.currentRow()
        if 0 <= row < len(self._conflicts):
            self.set_choice(self._conflicts[row].claim_id, policy)

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self._conflicts):
            self.comparison.show_claims(None, None, self.labels)
            self.reason.clear()
            return
        planned = self._conflicts[row]
        self.reason.setText(conflict_reason(planned))
        self.comparison.show_claims(planned.local_claim, planned.incoming_claim, self.labels)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        row = self.conflict_list.currentRow()
        if 0 <= row < len(self._conflicts):
            self.choice_buttons[self.choice_for(self._conflicts[row].claim_id)].setChecked(True)

    def _refresh(self) -> None:
        for row, planned in enumerate(self._conflicts):
            chosen = self.choice_for(planned.claim_id)
            how = (
                self.tr("chosen")
                if planned.claim_id in self._chosen
                else self.tr("for every conflict")
            )
            self.conflict_list.item(row).setText(
                f"{_one_line(_local_text(planned), 70)}\n"
                f"→ {translate('import_preview', CHOICE_SHORT[chosen])} ({how})"
            )
        self._sync_buttons()
        self.summary.setText(
            summary_text(preview(self.plan, self.default_policy(), self.choices()))
        )
