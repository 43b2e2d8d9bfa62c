"""The status bar's word on colleagues: who else has the current claim open.

On a shared case the window says which claim it shows and, every few
seconds, asks who else is on which claim (see :mod:`factdesk.services.presence`);
a window that closes or dies drops out by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from factdesk.errors import FactDeskError
from factdesk.services import Case
from factdesk.services.presence import others_open, set_open

REFRESH_MS = 3000


class PresenceWatch(QObject):
    def __init__(self, parent: QWidget, case: Case) -> None:
        super().__init__(parent)
        self.case = case
        self.claim_id: str | None = None
        self.label = QLabel("", parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Colleagues on this claim"))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.others: dict[str, list[str]] = {}
        self.set_case(case)

    def set_case(self, case: Case) -> None:
        self.case = case
        self.claim_id = None
        self.others = {}
        self.label.clear()
        if case.on_server:
            self.timer.start()
        else:
            self.timer.stop()

    def claim_shown(self, claim_id: str | None) -> None:
        self.claim_id = claim_id
        if not self.case.on_server:
            return
        set_open(self.case, claim_id)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.others = others_open(self.case)
        except FactDeskError:
            self.others = {}
        names = self.others.get(self.claim_id or "", [])
        self.label.setText(
            self.tr("Also on this claim: {names}").format(names=", ".join(names)) if names else ""
        )
        everyone = sorted({n for found in self.others.values() for n in found})
        self.label.setToolTip(
            self.tr("Colleagues with a claim open: {names}").format(names=", ".join(everyone))
            if everyone
            else ""
        )

    def stop(self) -> None:
        self.timer.stop()
