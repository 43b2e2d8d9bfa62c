"""The error an importer raises for a file it refuses: one line, naming file and place."""

from __future__ import annotations

from factdesk.errors import FactDeskError


class ImportRefused(FactDeskError):
    """The file cannot be imported; nothing was changed."""


def refused(name: str, where: str | None, what: str) -> ImportRefused:
    """``liar.tsv: row 12: the rating column is empty`` (``where`` may be None)."""
    return ImportRefused(f"{name}: {where}: {what}" if where else f"{name}: {what}")


class NeedsColumnMap(ImportRefused):
    """A spreadsheet whose columns cannot be guessed: the window asks the user to map them."""

    def __init__(
        self, message: str, path: object, first_row: tuple[str, ...], has_header: bool
    ) -> None:
        super().__init__(message)
        self.path = path
        self.first_row = first_row
        self.has_header = has_header
