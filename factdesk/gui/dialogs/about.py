"""Help → About FactDesk."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from factdesk import __version__


def about_text() -> str:
    return (
        f"<h3>FactDesk {__version__}</h3>"
        "<p>An offline fact-checking workstation: claims, evidence and verdicts "
        "in one case file.</p>"
        f"<p>Built with Qt for Python (PySide6 {pyside_version}) and SQLite.</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About FactDesk", about_text())
