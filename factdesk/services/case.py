"""The open case: one object giving front ends every service over one case file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from factdesk.errors import DamagedCaseFileError, FactDeskError, NotACaseFileError
from factdesk.locations import CaseLocation, ServerAddress, parse_location
from factdesk.services.claims import ClaimService
from factdesk.services.context import ServiceContext
from factdesk.services.edits import EditService
from factdesk.services.history import HistoryService
from factdesk.services.ratings import RatingService
from factdesk.services.tags import TagService
from factdesk.store.casefile import open_case_file
from factdesk.store.stores import AnyStore

if TYPE_CHECKING:
    from factdesk.services.attachment_facts import AttachmentFactsService
    from factdesk.services.evidence import EvidenceService
    from factdesk.services.rating_scale import RatingScaleService
    from factdesk.services.similar import CheckedBeforeService
    from factdesk.services.verdicts import VerdictService


class Case:
    """Services over one open case file; close it when done."""

    def __init__(self, store: AnyStore, author: str = "") -> None:
        self._ctx = ServiceContext(store=store, author=author)
        # Set when the daily backup on opening failed: front ends tell the user.
        self.backup_problem: str | None = None
        # What opening did to keep the file safe (side files set aside, schema
        # objects another program added removed): front ends tell the user.
        self.notices: tuple[str, ...] = store.notices
        self.claims = ClaimService(self._ctx)
        self.edits = EditService(self._ctx)
        self.ratings = RatingService(self._ctx)
        self.tags = TagService(self._ctx)
        self.history = HistoryService(self._ctx)
        # Loaded when first used: opening a case file and showing it needs none of them.
        self._evidence: EvidenceService | None = None
        self._verdicts: VerdictService | None = None
        self._attachments: AttachmentFactsService | None = None
        self._rating_scale: RatingScaleService | None = None
        self._checked_before: CheckedBeforeService | None = None

    @property
    def evidence(self) -> EvidenceService:
        """A claim's evidence items and their attached files."""
        if self._evidence is None:
            from factdesk.services.evidence import EvidenceService

            self._evidence = EvidenceService(self._ctx)
        return self._evidence

    @property
    def verdicts(self) -> VerdictService:
        """A claim's verdict: drafting, rating, publishing."""
        if self._verdicts is None:
            from factdesk.services.verdicts import VerdictService

            self._verdicts = VerdictService(self._ctx)
        return self._verdicts

    @property
    def rating_scale(self) -> RatingScaleService:
        """Editing the case file's rating scale."""
        if self._rating_scale is None:
            from factdesk.services.rating_scale import RatingScaleService

            self._rating_scale = RatingScaleService(self._ctx)
        return self._rating_scale

    @property
    def checked_before(self) -> CheckedBeforeService:
        """Claims and imported fact-checks that read like a new one ("checked before?")."""
        if self._checked_before is None:
            from factdesk.services.similar import CheckedBeforeService

            self._checked_before = CheckedBeforeService(self._ctx)
        return self._checked_before

    @property
    def attachments(self) -> AttachmentFactsService:
        """What attached files are: captures, images, their integrity and look-alikes."""
        if self._attachments is None:
            from factdesk.services.attachment_facts import AttachmentFactsService

            self._attachments = AttachmentFactsService(self._ctx)
        return self._attachments

    @property
    def path(self) -> Path:
        return self._ctx.store.path

    @property
    def location(self) -> CaseLocation:
        """The case file's path, or the server address of a shared case."""
        address = getattr(self._ctx.store, "address", None)
        return address if isinstance(address, ServerAddress) else self._ctx.store.path

    @property
    def connected(self) -> bool:
        """False while the server of a shared case cannot be reached (a case file's is
        always there)."""
        probe = getattr(self._ctx.store, "connected", None)
        return True if probe is None else bool(probe())

    @property
    def on_server(self) -> bool:
        return isinstance(self.location, ServerAddress)

    @property
    def read_only(self) -> bool:
        return self._ctx.store.read_only

    @property
    def author(self) -> str:
        return self._ctx.author

    @author.setter
    def author(self, name: str) -> None:
        self._ctx.author = name

    @property
    def store(self) -> AnyStore:
        """For services that work on the file as a whole (bundles, backups, checks)."""
        return self._ctx.store

    @property
    def context(self) -> ServiceContext:
        return self._ctx

    def prepare_writes(self) -> None:
        """Load what the first change needs (SQLAlchemy's sessions), ahead of it.

        Opening a case file and reading it need none of it; a window calls this
        in the background once its first screen is up.
        """
        if not self.read_only:
            self._ctx.store.prepare_sessions()

    def close(self) -> None:
        self._ctx.store.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_case(
    path: Path | str | ServerAddress,
    *,
    author: str = "",
    read_only: bool = False,
    daily_backup: bool = True,
    inspect: bool = False,
) -> Case:
    """Open (or create) the case file at ``path``, migrated to the current schema.

    ``path`` may also be a server address (``postgresql://user@host/dbname``):
    the shared case in that database is opened (its schema created or upgraded).

    An existing file is backed up before its schema is upgraded, and (with
    ``daily_backup``) at most once a day on opening.  A damaged file raises
    :class:`~factdesk.errors.DamagedCaseFileError`;
    :func:`factdesk.services.backups.damage_advice` says what to do.
    ``inspect`` opens the file as it is, read-only, neither repaired nor
    upgraded (for ``factdesk check``).
    """
    location = parse_location(path) if not isinstance(path, ServerAddress) else path
    if isinstance(location, ServerAddress):
        # A server keeps its own backups (and `factdesk backup` snapshots it).
        from factdesk.store.server import open_server_case

        return Case(open_server_case(location, read_only=read_only, inspect=inspect), author=author)
    try:
        store = open_case_file(
            location,
            read_only=read_only,
            before_migration=_backup_first,
            before_schema_repair=_backup_before_repair,
            inspect=inspect,
        )
    except NotACaseFileError as exc:
        # Something else now sits where a case file was: say where its backups are.
        from factdesk.services import backups

        advice = backups.newest_backup_advice(location)
        if advice is None:
            raise
        raise NotACaseFileError(exc.path, f"{exc} {advice}") from exc
    case = Case(store, author=author)
    if daily_backup and not inspect:
        from factdesk.services import backups

        try:
            backups.ensure_daily_backup(case)
        except DamagedCaseFileError:
            case.close()
            raise
        except (FactDeskError, OSError) as exc:
            case.backup_problem = f"today's backup of {case.path.name} could not be made ({exc})."
    return case


def _backup_first(path: Path) -> None:
    """Back the file up before its schema is upgraded (backups load only then)."""
    from factdesk.services import backups

    backups.backup_before_migration(path)


def _backup_before_repair(path: Path) -> None:
    from factdesk.services import backups

    backups.backup_before_schema_repair(path)
