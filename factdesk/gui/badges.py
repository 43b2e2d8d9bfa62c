"""Filled circles that mark ratings and stances, and the colours behind them.

Drawn without Qt's namespace enums (the disc pixel by pixel, the centre
alignment as its value), so the window's first screen can show its rating
marks before PySide builds those enums.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap

from factdesk.gui.qt_values import ALIGN_CENTER
from factdesk.services.rating_colours import Rating, derived_colour

RATING_RAMP = {5: "#2e7d32", 4: "#7cb342", 3: "#f9a825", 2: "#ef6c00", 1: "#c62828"}
UNRATED = "#78909c"  # off the numeric scale, or no rating


def rating_colour(rating: Rating | None, scale: Sequence[Rating] = ()) -> QColor:
    """The rating's own colour, or one from its place on ``scale`` (green true … red false)."""
    if rating is None:
        return QColor(UNRATED)
    if rating.colour or scale:
        return QColor(derived_colour(rating, scale or [rating]))
    if rating.value is not None:
        return QColor(RATING_RAMP.get(max(1, min(5, rating.value)), UNRATED))
    return QColor(UNRATED)


def status_colour(status: str) -> QColor | None:
    """A status's colour in the claim list: published in the scale's green, archived grey."""
    if status == "published":
        return QColor(RATING_RAMP[5])
    if status == "archived":
        return QColor(UNRATED)
    return None


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.299 * colour.redF() + 0.587 * colour.greenF() + 0.114 * colour.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


SAMPLES = 4  # per pixel and axis: a disc's edge is smoothed over 16 samples a pixel


@cache
def _coverage(size: int) -> tuple[int, ...]:
    """How much of each pixel (0-255, row by row) a disc inset by one pixel covers."""
    centre, radius = size / 2, (size - 2) / 2
    steps = [(k + 0.5) / SAMPLES for k in range(SAMPLES)]
    found = []
    for y in range(size):
        for x in range(size):
            inside = sum(
                (x + dx - centre) ** 2 + (y + dy - centre) ** 2 <= radius * radius
                for dy in steps
                for dx in steps
            )
            found.append(round(255 * inside / SAMPLES**2))
    return tuple(found)


def _disc(colour: QColor, size: int) -> QPixmap:
    """A smooth filled circle, made pixel by pixel: QPainter's brushes and pens would
    have PySide build Qt's namespace enums before the first frame (qt_values)."""
    blue, green, red = colour.blue(), colour.green(), colour.red()
    # ARGB32 words in memory order (little-endian): blue, green, red, alpha.
    data = bytes(value for alpha in _coverage(size) for value in (blue, green, red, alpha))
    image = QImage(data, size, size, QImage.Format.Format_ARGB32)
    return QPixmap.fromImage(image)  # (a copy: the image only borrows ``data``)


@cache
def badge_icon(colour_name: str, glyph: str = "", size: int = 16) -> QIcon:
    """A filled circle in ``colour_name`` with an optional glyph: stance and rating marks."""
    colour = QColor(colour_name)
    pixmap = _disc(colour, size)
    if glyph:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.7))
        painter.setFont(font)
        painter.setPen(text_on(colour))
        painter.drawText(QRectF(0, 0, size, size), ALIGN_CENTER, glyph)
        painter.end()
    return QIcon(pixmap)


def rating_icon(rating: Rating | None, scale: Sequence[Rating] = ()) -> QIcon:
    return badge_icon(rating_colour(rating, scale).name())
