"""Colours, icons and small visual constants shared by the panes.

Stance and rating colours carry meaning, so they are chosen to stay apart for
the common forms of colour blindness and always come with a glyph or a label.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# The marks' colours and icons live in badges (light enough for the first screen);
# the panes find them here with the rest of the window's look.
from factdesk.gui.badges import RATING_RAMP as RATING_RAMP
from factdesk.gui.badges import UNRATED as UNRATED
from factdesk.gui.badges import badge_icon as badge_icon
from factdesk.gui.badges import rating_colour as rating_colour
from factdesk.gui.badges import rating_icon as rating_icon
from factdesk.gui.badges import text_on as text_on
from factdesk.gui.claim_columns import STATUS_LABELS
from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate

STANCE_COLOURS = {
    "supports": "#2e7d32",
    "refutes": "#c62828",
    "context": "#1565c0",
    "unclear": "#757575",
}
STANCE_GLYPHS = {"supports": "✓", "refutes": "✗", "context": "i", "unclear": "?"}
STANCE_LABELS = {
    "supports": QT_TRANSLATE_NOOP("style", "Supports the claim"),
    "refutes": QT_TRANSLATE_NOOP("style", "Refutes the claim"),
    "context": QT_TRANSLATE_NOOP("style", "Gives context"),
    "unclear": QT_TRANSLATE_NOOP("style", "Unclear"),
}
KIND_LABELS = {
    "article": QT_TRANSLATE_NOOP("style", "Article"),
    "fact-check": QT_TRANSLATE_NOOP("style", "Fact-check"),
    "document": QT_TRANSLATE_NOOP("style", "Document"),
    "statement": QT_TRANSLATE_NOOP("style", "Statement"),
    "dataset": QT_TRANSLATE_NOOP("style", "Data set"),
    "media": QT_TRANSLATE_NOOP("style", "Photo, video or audio"),
    "interview": QT_TRANSLATE_NOOP("style", "Interview"),
    "other": QT_TRANSLATE_NOOP("style", "Other"),
}


STANCE_SHORT = {
    "supports": QT_TRANSLATE_NOOP("style", "Supports"),
    "refutes": QT_TRANSLATE_NOOP("style", "Refutes"),
    "context": QT_TRANSLATE_NOOP("style", "Context"),
    "unclear": QT_TRANSLATE_NOOP("style", "Unclear"),
}


def stance_short(key: str) -> str:
    return _label(STANCE_SHORT, key)


def _label(labels: dict[str, str], key: str) -> str:
    return translate("style", labels[key]) if key in labels else key


def stance_label(key: str) -> str:
    return _label(STANCE_LABELS, key)


def status_label(key: str) -> str:
    return _label(STATUS_LABELS, key)


def kind_label(key: str) -> str:
    return _label(KIND_LABELS, key)


# A true-to-false ramp for the numeric ratings (5 = true ... 1 = false).

BANNER_STYLE = (
    "QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a;"
    " padding: 6px 10px; }"
)
OFFLINE_BANNER_STYLE = (
    "QLabel { background: #fde2e1; color: #6b1a16; border-bottom: 1px solid #e4a09b;"
    " padding: 6px 10px; }"
)
SECTION_STYLE = "font-weight: 600; color: palette(window-text);"


def tint(colour: QColor, alpha: int = 36) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


def stance_icon(stance: str) -> QIcon:
    return badge_icon(STANCE_COLOURS.get(stance, UNRATED), STANCE_GLYPHS.get(stance, "?"))


@cache
def attachment_pixmap(size: int, colour: str, ratio: float = 1.0) -> QPixmap:
    """The paperclip (resources/icons/paperclip.svg) drawn in ``colour``, ``size`` pixels square.

    An icon, not a font glyph: the emoji paperclip is missing from many fonts
    and shows as an empty box.
    """
    from factdesk.paths import resources_dir

    device = max(1, round(size * ratio))
    icon = QIcon(str(resources_dir() / "icons" / "paperclip.svg"))
    pixmap = icon.pixmap(device, device)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(colour))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
