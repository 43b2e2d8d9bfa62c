"""The new-claim dialog: type the claim, see at once whether it was checked before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui.claim_form import SimilarClaims
from factdesk.gui.similar_lookup import SimilarLookup
from factdesk.services import Case

if TYPE_CHECKING:
    # Only a type here: the module loads SQLAlchemy, which the window loads in the background.
    from factdesk.services.similar import Suggestion

SIMILAR_DELAY_MS = 250


class NewClaimDialog(QDialog):
    open_existing = Signal(str)

    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(self.tr("New claim"))
        self.setMinimumWidth(560)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Claim text"))
        self.text.setPlaceholderText(self.tr("The claim, word for word as it was made"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.claimant = QLineEdit()
        self.claimant.setAccessibleName(self.tr("Claimant"))
        self.claimant.setPlaceholderText(self.tr("Who made the claim"))
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Where the claim appeared (URL)"))
        self.url.setPlaceholderText(self.tr("https://…"))
        self.similar = SimilarClaims()
        self.similar.title.setText(
            self.tr("Checked before? Similar claims already in this case file:")
        )
        self.similar.setVisible(False)
        self.similar.open_claim.connect(self._open_existing)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add claim"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.similar_lookup = SimilarLookup(lambda: self.case, self)
        self.similar_lookup.found.connect(self._similar_found)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SIMILAR_DELAY_MS)
        self._timer.timeout.connect(self.update_similar)
        self.text.textChanged.connect(self._typed)

        form = QFormLayout()
        form.addRow(self.tr("&Claim"), self.text)
        form.addRow(self.tr("Clai&mant"), self.claimant)
        form.addRow(self.tr("Appeared &at"), self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.similar)
        layout.addWidget(self.buttons)
        self._typed()

    def _typed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))
        self._timer.start()

    def update_similar(self) -> None:
        """Look for claims like the text typed (in the background: it searches the whole case)."""
        self.similar_lookup.look_up(self.text.toPlainText())

    def _similar_found(self, found: list[Suggestion]) -> None:
        labels = {r.key: r.label for r in self.case.ratings.scale()}
        self.similar.show_suggestions(found, labels)

    def values(self) -> tuple[str, dict[str, str]]:
        fields = {"claimant": self.claimant.text(), "appeared_url": self.url.text()}
        return self.text.toPlainText(), {k: v for k, v in fields.items() if v.strip()}

    def _open_existing(self, claim_id: str) -> None:
        self.open_existing.emit(claim_id)
        self.reject()
