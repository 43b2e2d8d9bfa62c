"""The colour of each rating: its own, or one from its place on the scale.

Apart from the scale editor's service so that the window can colour its
first screen without loading what editing the scale needs (SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Rating(Protocol):
    """What a colour is worked out from: a scale's rating, or the first screen's copy of one."""

    @property
    def value(self) -> int | None: ...
    @property
    def colour(self) -> str | None: ...
    @property
    def key(self) -> str: ...


# False to true: the ramp derived colours are taken from.
RAMP = ("#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32")
NEUTRAL = "#78909c"  # off the numeric scale


def _mix(a: str, b: str, t: float) -> str:
    x = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    y = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(p + (q - p) * t):02x}" for p, q in zip(x, y, strict=True))


def derived_colour(rating: Rating, scale: Sequence[Rating]) -> str:
    """The rating's colour: its own, or from its place between the scale's extremes."""
    if rating.colour:
        return rating.colour
    if rating.value is None:
        return NEUTRAL
    values = [r.value for r in scale if r.value is not None] or [rating.value]
    low, high = min(values), max(values)
    t = 1.0 if high == low else (rating.value - low) / (high - low)
    t = max(0.0, min(1.0, t))
    position = t * (len(RAMP) - 1)
    index = min(int(position), len(RAMP) - 2)
    return _mix(RAMP[index], RAMP[index + 1], position - index)


def scale_colours(scale: Sequence[Rating]) -> dict[str, str]:
    return {r.key: derived_colour(r, scale) for r in scale}
