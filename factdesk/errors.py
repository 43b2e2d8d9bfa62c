"""Errors a journalist can act on.

Every layer raises these for problems caused by input or by the environment
(a bad value, a damaged file, a full disk).  Front ends show the message as it
is; anything else escaping is a bug.
"""


class FactDeskError(Exception):
    """A problem the user can understand and act on; the message says what and where."""


class ValidationError(FactDeskError):
    """A value given by the user is not acceptable."""


class NotFoundError(FactDeskError):
    """A record named by the user does not exist (or an id prefix is ambiguous)."""


class CaseFileError(FactDeskError):
    """The case file cannot be used: not a case file, damaged, too new, locked."""


class ReadOnlyError(CaseFileError):
    """A write was attempted on a case file opened read-only."""


class NotACaseFileError(CaseFileError):
    """The file is not a FactDesk case file (another program's, or no database at all).

    ``path`` names the file, so a front end can point at its newest backup.
    """

    def __init__(self, path: object, message: str) -> None:
        super().__init__(message)
        self.path = path


class DamagedCaseFileError(CaseFileError):
    """The case file's database is damaged; it was left as it was.

    ``path`` names the file, so a front end can offer to put back a backup.
    """

    def __init__(self, path: object, message: str) -> None:
        super().__init__(message)
        self.path = path


class UnreachableError(CaseFileError):
    """The server of a shared case could not be reached: nothing was saved, and the
    save can be made again once it is back."""


class EditConflictError(FactDeskError):
    """A save refused because someone else changed the field since it was loaded.

    Nothing of the save was written.  ``mine`` is what this user typed,
    ``theirs`` what is stored now, ``by`` and ``at`` who stored it and when
    (from the history; empty when it is not known), so a front end can show
    both versions side by side and let the user keep theirs, take the other,
    or edit.
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str,
        entity_id: str,
        field: str,
        mine: object,
        theirs: object,
        by: str,
        at: object,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.field = field
        self.mine = mine
        self.theirs = theirs
        self.by = by
        self.at = at
