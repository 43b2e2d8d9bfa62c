"""Text from a case file or a bundle, shown as text: never as markup.

Qt guesses whether a string is rich text (a tag near its start is enough)
for labels, message boxes and every tooltip.  Text that came from outside —
a claim, a title, a file name, a bundle's title or warnings — must never be
taken for markup, so labels and message boxes showing it are set to plain
text, and tooltips (which have no such setting) get the text escaped into
markup that shows it exactly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel

from factdesk.gui.claim_columns import CELL_CHARS, shorten
from factdesk.services.attachment_files import visible_name

__all__ = ["CELL_CHARS", "label", "menu_text", "shorten", "tip"]

TIP_CHARS = 1500  # a tooltip shows the start of a long text; the field holds it all
MENU_CHARS = 80


def tip(text: str | None) -> str:
    """A tooltip that shows ``text`` exactly (escaped, line breaks kept), however it reads."""
    if not text:
        return ""
    return QtGuiNamespace.convertFromPlainText(shorten(text, TIP_CHARS))


def label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows its text as text, whatever the text."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setText(text)
    return widget


def menu_text(text: str) -> str:
    """Outside text as a menu entry or button says it: "&" kept (not a shortcut),
    direction controls made visible, shortened."""
    return shorten(visible_name(" ".join(text.split())), MENU_CHARS).replace("&", "&&")
