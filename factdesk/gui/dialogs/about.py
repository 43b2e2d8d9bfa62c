"""Help → About FactDesk."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from factdesk import __version__
from factdesk.gui.translation import translate


def about_text() -> str:
    return (
        f"<h3>FactDesk {__version__}</h3><p>"
        + translate(
            "about",
            "An offline fact-checking workstation: claims, evidence and verdicts in one case file.",
        )
        + "</p><p>"
        + translate("about", "Built with Qt for Python (PySide6 {version}) and SQLite.").format(
            version=pyside_version
        )
        + "</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, translate("about", "About FactDesk"), about_text())
