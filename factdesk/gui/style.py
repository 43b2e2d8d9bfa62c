"""Colours, icons and small visual constants shared by the panes.

Stance and rating colours carry meaning, so they are chosen to stay apart for
the common forms of colour blindness and always come with a glyph or a label.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from factdesk.gui.translation import QT_TRANSLATE_NOOP, translate
from factdesk.services.rating_colours import derived_colour
from factdesk.services.records import Rating

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
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("style", "New"),
    "researching": QT_TRANSLATE_NOOP("style", "Researching"),
    "in_review": QT_TRANSLATE_NOOP("style", "In review"),
    "published": QT_TRANSLATE_NOOP("style", "Published"),
    "archived": QT_TRANSLATE_NOOP("style", "Archived"),
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
RATING_RAMP = {5: "#2e7d32", 4: "#7cb342", 3: "#f9a825", 2: "#ef6c00", 1: "#c62828"}
UNRATED = "#78909c"  # off the numeric scale, or no rating

BANNER_STYLE = (
    "QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a;"
    " padding: 6px 10px; }"
)
OFFLINE_BANNER_STYLE = (
    "QLabel { background: #fde2e1; color: #6b1a16; border-bottom: 1px solid #e4a09b;"
    " padding: 6px 10px; }"
)
SECTION_STYLE = "font-weight: 600; color: palette(window-text);"


def rating_colour(rating: Rating | None, scale: Sequence[Rating] = ()) -> QColor:
    """The rating's own colour, or one from its place on ``scale`` (green true … red false)."""
    if rating is None:
        return QColor(UNRATED)
    if rating.colour or scale:
        return QColor(derived_colour(rating, scale or [rating]))
    if rating.value is not None:
        return QColor(RATING_RAMP.get(max(1, min(5, rating.value)), UNRATED))
    return QColor(UNRATED)


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


def tint(colour: QColor, alpha: int = 36) -> QColor:
    tinted = QColor(colour)
    tinted.setAlpha(alpha)
    return tinted


@cache
def badge_icon(colour_name: str, glyph: str = "", size: int = 16) -> QIcon:
    """A filled circle in ``colour_name`` with an optional glyph: stance and rating marks."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(colour_name)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    if glyph:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.7))
        painter.setFont(font)
        painter.setPen(text_on(colour))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return QIcon(pixmap)


def stance_icon(stance: str) -> QIcon:
    return badge_icon(STANCE_COLOURS.get(stance, UNRATED), STANCE_GLYPHS.get(stance, "?"))


def rating_icon(rating: Rating | None, scale: Sequence[Rating] = ()) -> QIcon:
    return badge_icon(rating_colour(rating, scale).name())


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
