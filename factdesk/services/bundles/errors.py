"""The error every refused bundle raises."""

from __future__ import annotations

from factdesk.errors import ValidationError


class BundleError(ValidationError):
    """A bundle that is refused: the message names the entry and the JSON path of the problem."""


def at(entry: str, path: str | None, message: str) -> BundleError:
    """``entry: $.path: message`` (the path left out when the problem is the entry itself)."""
    return BundleError(f"{entry}: {path}: {message}" if path else f"{entry}: {message}")
