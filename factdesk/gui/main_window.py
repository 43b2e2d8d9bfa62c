"""The workstation window: claim list, evidence editor and verdict panel side by side."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factdesk.errors import FactDeskError
from factdesk.gui import style, window_state
from factdesk.gui.qt_values import PLAIN_TEXT
from factdesk.locations import CaseLocation, ServerAddress
from factdesk.paths import CASE_SUFFIX
from factdesk.settings import Settings, save_settings

if TYPE_CHECKING:
    from factdesk.gui.bundle_transfer import BundleTransfer
    from factdesk.gui.controller import Change
    from factdesk.gui.dialogs.new_claim import NewClaimDialog
    from factdesk.gui.dialogs.settings import SettingsDialog
    from factdesk.gui.evidence_pane import EvidencePane
    from factdesk.gui.file_import import FileImport
    from factdesk.gui.first_screen import FirstScreenList
    from factdesk.gui.history_pane import HistoryPane
    from factdesk.gui.report_export import ReportExport
    from factdesk.gui.verdict_pane import VerdictPane
    from factdesk.gui.worker import Task
    from factdesk.services import Case
    from factdesk.services.records import Claim


START_FALLBACK_MS = 1500
PANE_STRETCH = (3, 4, 3)  # how the claim list, evidence and verdict share more room


class FirstFrame(QObject):
    """Calls back once, just after ``window``'s first frame has been painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)  # runs once this frame is painted
        return False


@dataclass(frozen=True)
class Editors:
    """The panes that show the current claim: built once the claim list is on screen."""

    evidence: EvidencePane
    verdict: VerdictPane
    history: HistoryPane
    right_tabs: QTabWidget


class MainWindow(QMainWindow):
    """The window, built in two steps when it starts on the case file open last time.

    ``MainWindow(case, settings)`` builds all of it.  At start the window can
    first be built without a case, showing the claim list's first screen
    (:mod:`factdesk.gui.first_screen`): its frame (menu titles, the panes'
    places, geometry) and that list are all this module needs before the first
    frame, so the rest of the window loads after it, in :meth:`attach_case`.
    """

    def __init__(
        self,
        case: Case | None,
        settings: Settings,
        first_screen: FirstScreenList | None = None,
    ) -> None:
        super().__init__()
        self._settings = settings
        self._first_screen = first_screen
        self._attached = False  # the case and all that shows it: attach_case
        self._build_frame()
        if first_screen is not None:
            self._place(0, first_screen)
        if case is not None:
            self.attach_case(case)
        self._fit_to_screen(1560, 940)
        self._restore_geometry()
        if case is None and first_screen is not None:
            self.setWindowTitle(self.tr("{name} — FactDesk").format(name=first_screen.path.name))
            # A path reads left to right, even in a right-to-left window.
            self.statusBar().showMessage(f"\u2066{first_screen.path}\u2069", 5000)

    def _build_frame(self) -> None:
        """The menus' titles and the panes' places: what the first frame shows around the list.

        No enum of Qt's namespace here (see first_screen): the splitter is
        horizontal by default, and the banner's text format is set as a property."""
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        # The claim list's and the editors' places until they are built.
        for _ in range(3):
            self.splitter.addWidget(QWidget())
        for index, stretch in enumerate(PANE_STRETCH):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([540, 560, 440])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.banner = QLabel(
            self.tr(
                "This case file is read-only: you can read it, but changes cannot be saved. "
                "Copy it somewhere writable to work on it."
            )
        )
        self.banner.setStyleSheet(style.BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Read-only case file"))
        self.banner.hide()
        self.offline_banner = QLabel()
        self.offline_banner.setProperty("textFormat", PLAIN_TEXT)
        self.offline_banner.setStyleSheet(style.OFFLINE_BANNER_STYLE)
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setAccessibleName(self.tr("Offline"))
        self.offline_banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.claim_menu = bar.addMenu(self.tr("&Claim"))
        self.evidence_menu = bar.addMenu(self.tr("E&vidence"))  # filled when the editors are built
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def _place(self, index: int, pane: QWidget) -> None:
        """Put ``pane`` in the splitter's place ``index``, every pane keeping its width."""
        shown = self.splitter.isVisible()  # (before, the sizes asked for are still to come)
        sizes = self.splitter.sizes()
        old = self.splitter.replaceWidget(index, pane)
        if old is not None:
            old.deleteLater()
        if index == 0:
            # The claim list's share of more room (kept by the pane itself, so set again).
            self.splitter.setStretchFactor(0, PANE_STRETCH[0])
        if shown:
            self.splitter.setSizes(sizes)

    def attach_case(self, case: Case) -> None:
        """Build the rest of the window on ``case``: the claim list, actions, menus."""
        from factdesk.gui.case_safety import CaseSafety
        from factdesk.gui.claim_list_pane import ClaimListPane
        from factdesk.gui.controller import CaseController
        from factdesk.gui.empty_state import EmptyState
        from factdesk.gui.presence import PresenceWatch
        from factdesk.gui.shortcuts import WindowShortcuts

        settings = self._settings
        case.author = settings.author
        self.controller = CaseController(case, settings, self)
        self.controller.error.connect(self.show_error)
        self.new_claim_dialog: NewClaimDialog | None = None
        # Exporting, bundles and imports are made when first used: the first frame
        # does not wait for their modules.
        self._report_export: ReportExport | None = None
        self._bundle_transfer: BundleTransfer | None = None
        self._file_import: FileImport | None = None
        self.safety = CaseSafety(self, self.controller, self.open_case_file)
        self.settings_dialog: SettingsDialog | None = None

        self._build_actions()
        self.claim_list = ClaimListPane(
            self.controller, self.action_new_claim, self.action_delete_claim
        )
        self.claim_list.addAction(self.action_delete_claim)
        # The editors (the claim's evidence, its verdict and history) are built just
        # after the first frame, which shows the claim list: the window appears
        # without waiting for them.  Using one of them sooner builds them at once.
        self._editors: Editors | None = None
        self._take_over_first_screen()

        self.empty_state = EmptyState()
        self.empty_state.sample_button.clicked.connect(self.open_sample_case)
        self.empty_state.new_button.clicked.connect(self.new_claim)
        self.stack.insertWidget(0, self.empty_state)
        self._build_menus()

        self.presence = PresenceWatch(self, case)
        self.statusBar().addPermanentWidget(self.presence.label)
        self.claim_list.current_claim_changed.connect(self._claim_selected)
        self.controller.changed.connect(self._after_change)
        self.controller.case_replaced.connect(lambda: self._case_opened())
        self.controller.connection.connect(self._connection_changed)

        self.shortcuts = WindowShortcuts(self)
        columns = window_state.load_bytes("claim_columns")
        if columns is not None:
            self.claim_list.table.horizontalHeader().restoreState(columns)
        # Background work (the day's backup, polling for other programs' changes,
        # loading what saving needs) waits for the first frame, so it does not
        # slow the window's appearance; a window not painted soon starts it anyway.
        self._up = False
        self._daily_backup: Task | None = None
        self._warm_up: Task | None = None
        FirstFrame(self, self._first_frame_shown)
        QTimer.singleShot(START_FALLBACK_MS, self, self._first_frame_shown)
        self.claim_list.model.start()
        self._attached = True
        self._case_opened(starting=True)

    def _take_over_first_screen(self) -> None:
        """The claim list takes the first screen's place (or its own), and what was
        typed or focused there meanwhile."""
        first, self._first_screen = self._first_screen, None
        focused = first is not None and first.search.hasFocus()
        self._place(0, self.claim_list)
        if first is None:
            return
        typed = first.search.text()
        if typed:
            self.claim_list.search.setText(typed)
        if focused:
            self.claim_list.search.setFocus()

    def shows_first_screen(self) -> bool:
        """Whether the window shows the case's claims (or, on an empty case, where to begin)."""
        if self._first_screen is not None:
            return self._first_screen.table.model().rowCount() > 0
        if not self._attached:
            return False
        return self.claim_list.model.rowCount() > 0 or self.empty_state.isVisible()

    @property
    def report_export(self) -> ReportExport:
        if self._report_export is None:
            from factdesk.gui.report_export import ReportExport

            self._report_export = ReportExport(self, self.controller)
        return self._report_export

    @property
    def bundle_transfer(self) -> BundleTransfer:
        if self._bundle_transfer is None:
            from factdesk.gui.bundle_transfer import BundleTransfer

            self._bundle_transfer = BundleTransfer(self, self.controller)
        return self._bundle_transfer

    @property
    def file_import(self) -> FileImport:
        if self._file_import is None:
            from factdesk.gui.file_import import FileImport

            self._file_import = FileImport(self, self.controller)
        return self._file_import

    # -- the editors, built once the claim list is on screen --------------------------------------
    @property
    def evidence(self) -> EvidencePane:
        return self.ensure_editors().evidence

    @property
    def verdict(self) -> VerdictPane:
        return self.ensure_editors().verdict

    @property
    def history(self) -> HistoryPane:
        return self.ensure_editors().history

    @property
    def right_tabs(self) -> QTabWidget:
        return self.ensure_editors().right_tabs

    def ensure_editors(self) -> Editors:
        """Build the evidence, verdict and history panes (once), showing the current claim."""
        if self._editors is not None:
            return self._editors
        from PySide6.QtCore import Qt

        from factdesk.gui.evidence_pane import EvidencePane
        from factdesk.gui.history_pane import HistoryPane
        from factdesk.gui.verdict_pane import VerdictPane

        evidence = EvidencePane(self.controller)
        verdict = VerdictPane(self.controller)
        history = HistoryPane(self.controller)
        right_tabs = QTabWidget()
        right_tabs.setDocumentMode(True)
        right_tabs.addTab(verdict, self.tr("&Verdict"))
        right_tabs.addTab(history, self.tr("&History"))
        editors = self._editors = Editors(evidence, verdict, history, right_tabs)

        self._place(1, evidence)
        self._place(2, right_tabs)
        state = window_state.load_bytes("evidence_splitter")
        if state is not None:
            evidence.splitter.restoreState(state)

        evidence.open_claim.connect(self.jump_to_claim)
        for action in (evidence.delete_action, evidence.up_action, evidence.down_action):
            evidence.list.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        evidence.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (
            evidence.add_action,
            evidence.delete_action,
            evidence.up_action,
            evidence.down_action,
        ):
            self.evidence_menu.addAction(action)
        self.shortcuts.forget()  # the evidence actions' shortcuts are the window's now

        editable = not self.case.read_only
        evidence.set_editable(editable)
        verdict.set_editable(editable)
        claim_id = self.claim_list.current_id
        found = self.case.claims.get_many([claim_id]) if claim_id is not None else []
        self._show_claim(found[0] if found else None, force=True)
        history.show_claim(claim_id)
        return editors

    def _fit_to_screen(self, width: int, height: int) -> None:
        """First-start size: roomy, but never larger than the screen it opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 60)
        self.resize(width, height)

    # -- actions and menus ------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt

        from factdesk.gui import plain

        key = QKeySequence.StandardKey
        self.action_new_case = self._action(
            self.tr("&New case file…"), self.new_case_file, "Ctrl+Shift+N"
        )
        self.action_open_case = self._action(
            self.tr("&Open case file…"), self.choose_case_file, key.Open
        )
        self.action_connect = self._action(
            self.tr("Connect to &team server…"), self.connect_to_server
        )
        self.action_connect.setToolTip(
            self.tr(
                "Open a case shared by a desk on a PostgreSQL server "
                "(postgresql://user@host/database)"
            )
        )
        self.action_import_files = self._action(
            self.tr("Imp&ort…"), self.import_files, "Ctrl+Shift+I"
        )
        self.action_import_files.setToolTip(
            self.tr(
                "Import fact-checks (saved pages, ClaimReview feeds), a spreadsheet or citations, "
                "after a preview"
            )
        )
        self.action_export_spreadsheet = self._action(
            self.tr("Export &spreadsheet…"), self.export_spreadsheet
        )
        self.action_export_spreadsheet.setToolTip(
            self.tr("Write claims or evidence items to a CSV file a spreadsheet program opens")
        )
        self.action_rating_scale = self._action(self.tr("&Rating scale…"), self.edit_rating_scale)
        self.action_rating_scale.setToolTip(
            self.tr(
                "Rename, reorder, colour and merge ratings; see how foreign labels map onto them"
            )
        )
        self.action_import_bundle = self._action(self.tr("&Import bundle…"), self.import_bundle)
        self.action_import_bundle.setToolTip(
            self.tr("Add the claims of a bundle to this case file, after a preview")
        )
        self.action_export_bundle = self._action(self.tr("&Export bundle…"), self.export_bundle)
        self.action_export_bundle.setToolTip(
            self.tr(
                "Write claims with their evidence, files and verdicts to a bundle for a colleague"
            )
        )
        self.action_export_report = self._action(
            self.tr("Export re&port…"), self.export_report, "Ctrl+Shift+R"
        )
        self.action_export_report.setToolTip(
            self.tr("Write a fact-check report (HTML) on the selected claims or all of them")
        )
        self.action_backup = self._action(
            self.tr("&Back up now…"), lambda: self.safety.back_up_now()
        )
        self.action_backup.setToolTip(self.tr("Write a verified copy of the case file"))
        self.action_restore = self._action(
            self.tr("Restore from bac&kup…"), lambda: self.safety.restore()
        )
        self.action_restore.setToolTip(self.tr("Put one of the case file's backups in its place"))
        self.action_check = self._action(self.tr("&Check case file"), lambda: self.safety.check())
        self.action_check.setToolTip(
            self.tr("Check the database, the attachments' fingerprints and the search index")
        )
        self.action_settings = self._action(self.tr("&Settings…"), self.edit_settings, "Ctrl+,")
        self.action_quit = self._action(self.tr("&Quit"), self.close, key.Quit)
        stack = self.controller.undo_stack
        self.action_undo = self._action(self.tr("&Undo"), self.controller.undo, key.Undo)
        self.action_undo.setEnabled(False)
        stack.canUndoChanged.connect(self.action_undo.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.action_undo.setText(
                self.tr("&Undo {action}").format(action=plain.menu_text(text))
                if text
                else self.tr("&Undo")
            )
        )
        self.action_redo = self._action(self.tr("&Redo"), self.controller.redo)
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_redo.setEnabled(False)
        stack.canRedoChanged.connect(self.action_redo.setEnabled)
        stack.redoTextChanged.connect(
            lambda text: self.action_redo.setText(
                self.tr("&Redo {action}").format(action=plain.menu_text(text))
                if text
                else self.tr("&Redo")
            )
        )
        self.action_find = self._action(self.tr("&Find claims"), self.focus_search, key.Find)
        self.action_clear_filters = self._action(
            self.tr("&Show all claims"), self.claim_list_clear, "Ctrl+Shift+A"
        )
        self.action_new_claim = self._action(self.tr("&New claim…"), self.new_claim, key.New)
        self.action_new_claim.setToolTip(self.tr("Add a claim to check (Ctrl+N)"))
        self.action_delete_claim = self._action(
            self.tr("&Delete claim"), self.delete_claim, key.Delete
        )
        self.action_delete_claim.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_delete_claim.setToolTip(
            self.tr("Delete the selected claims (it can be undone)")
        )
        self.action_focus_claims = self._action(
            self.tr("&Claim list"), lambda: self.claim_list.table.setFocus(), "Ctrl+1"
        )
        self.action_focus_evidence = self._action(
            self.tr("&Evidence"), lambda: self.evidence.list.setFocus(), "Ctrl+2"
        )
        self.action_focus_verdict = self._action(self.tr("&Verdict"), self.focus_verdict, "Ctrl+3")
        self.action_focus_history = self._action(self.tr("&History"), self.focus_history, "Ctrl+4")
        self.action_sample = self._action(self.tr("Open &sample case"), self.open_sample_case)
        self.action_about = self._action(self.tr("&About FactDesk"), self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.file_menu
        file_menu.addAction(self.action_new_case)
        file_menu.addAction(self.action_open_case)
        file_menu.addAction(self.action_connect)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_import_files)
        file_menu.addAction(self.action_import_bundle)
        file_menu.addAction(self.action_export_bundle)
        file_menu.addAction(self.action_export_report)
        file_menu.addAction(self.action_export_spreadsheet)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        file_menu.addAction(self.action_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit = self.edit_menu
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)
        edit.addSeparator()
        edit.addAction(self.action_find)
        edit.addAction(self.action_clear_filters)
        edit.addSeparator()
        edit.addAction(self.action_rating_scale)
        edit.addAction(self.action_settings)
        claim = self.claim_menu
        claim.addAction(self.action_new_claim)
        claim.addAction(self.action_delete_claim)
        claim.addSeparator()
        claim.addAction(self.verdict_publish_action())
        self.evidence_menu.aboutToShow.connect(self.ensure_editors)
        for action in (
            self.action_focus_claims,
            self.action_focus_evidence,
            self.action_focus_verdict,
            self.action_focus_history,
        ):
            self.go_menu.addAction(action)
        help_menu = self.help_menu
        help_menu.addAction(self.action_sample)
        help_menu.addAction(self.action_check)
        help_menu.addSeparator()
        help_menu.addAction(self.action_about)

    def verdict_publish_action(self) -> QAction:
        # The shortcut is the action's, not the button's: a button's shortcut clicks it
        # a moment later, an action's runs at once.
        self.action_publish = self._action(
            self.tr("Mark as &published"), lambda: self.verdict.mark_published(), "Ctrl+Shift+P"
        )
        return self.action_publish

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        here = self.case.location
        current = here if isinstance(here, ServerAddress) else Path(here).resolve()
        recent = [p for p in window_state.recent_files() if p != current]
        for path in recent:
            shown = (
                self.tr("{address}   —   team server").format(address=path.shown)
                if isinstance(path, ServerAddress)
                else f"{path.name}   —   {path.parent}"
            )
            action = self.recent_menu.addAction(shown)
            action.triggered.connect(lambda _c=False, p=path: self.open_case_file(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No other case files yet")).setEnabled(False)

    # -- the open case -----------------------------------------------------------------------
    @property
    def case(self) -> Case:
        return self.controller.case

    def _connection_changed(self, online: bool) -> None:
        """Say plainly when the server cannot be reached, and that typing is not lost."""
        if online:
            self.offline_banner.hide()
            self.statusBar().showMessage(self.tr("Back online: the server answers again."), 8000)
            return
        self.offline_banner.setText(
            self.tr(
                "Offline: the server of {case} cannot be reached. What you type stays in the "
                "fields and is saved when the connection is back."
            ).format(case=self.case.path.name)
        )
        self.offline_banner.show()

    def _case_opened(self, *, starting: bool = False) -> None:
        from factdesk.gui import messages

        case = self.case
        self.offline_banner.hide()
        self.presence.set_case(case)
        self.setWindowTitle(
            (
                self.tr("{name} — FactDesk (read-only)")
                if case.read_only
                else self.tr("{name} — FactDesk")
            ).format(name=case.path.name)
        )
        self.banner.setVisible(case.read_only)
        editable = not case.read_only
        for action in (
            self.action_new_claim,
            self.action_delete_claim,
            self.action_sample,
            self.action_publish,
            self.action_restore,
            self.action_import_bundle,
            self.action_import_files,
        ):
            action.setEnabled(editable)
        if self._editors is not None:
            self.evidence.set_editable(editable)
            self.verdict.reload_scale()
            self.verdict.set_editable(editable)
        self.empty_state.sample_button.setEnabled(editable)
        self.empty_state.new_button.setEnabled(editable)
        if not starting:
            window_state.remember_case(case.location)
        # else: once the first frame is up (writing the settings waits for the disk).
        self._update_empty_state()
        if self.claim_list.current_id is None and self.claim_list.model.rowCount():
            self.claim_list.select_claim(self.claim_list.model.claim_id(0))
        if case.notices:
            # What opening did to keep the file safe: worth telling, once the window shows.
            notices = "\n\n".join(case.notices)
            QTimer.singleShot(
                0,
                lambda: messages.show_info(
                    self, notices, title=self.tr("The case file was made safe")
                ),
            )
        if case.backup_problem:
            self.statusBar().showMessage(
                self.tr("Warning: {problem}").format(problem=case.backup_problem), 15000
            )
        else:
            # A path reads left to right, even in a right-to-left window.
            self.statusBar().showMessage(f"\u2066{case.path}\u2069", 5000)
        if self._up:
            self._start_background_work()

    # -- once the first frame is on screen -------------------------------------------------------
    def _first_frame_shown(self) -> None:
        """The window is up: what it did not need for its first frame starts now."""
        if self._up:
            return
        self._up = True
        window_state.remember_case(self.case.location)
        self.ensure_editors()
        self.controller.start_watching()
        self._start_background_work()

    def _start_background_work(self) -> None:
        """Today's backup, and what the first save needs, loaded in worker threads."""
        from factdesk.gui.case_safety import start_daily_backup

        case = self.case
        self._daily_backup = start_daily_backup(
            case,
            lambda problem: self.statusBar().showMessage(
                self.tr("Warning: {problem}").format(problem=problem), 15000
            ),
        )
        if not case.read_only:
            from factdesk.gui.worker import Task

            self._warm_up = Task(lambda _progress: case.prepare_writes())
            QThreadPool.globalInstance().start(self._warm_up)

    def open_case_file(self, path: CaseLocation) -> bool:
        """Switch to the case at ``path`` (a file, or a server address); False (with a
        message) if it cannot be opened."""
        from factdesk.gui.case_safety import open_case_offering_backup

        try:
            case = open_case_offering_backup(self, path, self.controller.settings.author)
        except FactDeskError as exc:
            self.show_error(str(exc))
            return False
        if case is None:  # damaged, and not restored: the dialog has said so
            return False
        self.controller.replace_case(case)
        return True

    def connect_to_server(self) -> None:
        """Ask for a team server's address and open the shared case there."""
        from PySide6.QtCore import Qt

        from factdesk.gui.dialogs.connect import ask_server_address

        address = ask_server_address(self)
        if address is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.open_case_file(address)
            finally:
                QGuiApplication.restoreOverrideCursor()

    def choose_case_file(self) -> None:
        from factdesk.gui import messages

        path = messages.open_file_name(self, self.tr("Open case file"))
        if path is not None:
            self.open_case_file(path)

    def new_case_file(self) -> Path | None:
        from factdesk.gui import messages

        path = messages.save_file_name(
            self, self.tr("New case file"), f"untitled{CASE_SUFFIX}", messages.case_filter()
        )
        if path is None:
            return None
        if path.suffix != CASE_SUFFIX:
            path = path.with_name(path.name + CASE_SUFFIX)
        if path.exists():
            self.show_error(
                self.tr("{path} already exists. Use File → Open case file… to open it.").format(
                    path=path
                )
            )
            return None
        return path if self.open_case_file(path) else None

    # -- claims ----------------------------------------------------------------------------
    def new_claim(self) -> None:
        if self.case.read_only:
            return
        self.controller.flush_edits()
        from factdesk.gui.dialogs.new_claim import NewClaimDialog

        dialog = NewClaimDialog(self.case, self)
        dialog.accepted.connect(lambda: self._create_claim(dialog))
        dialog.open_existing.connect(self.jump_to_claim)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        # The window takes the keyboard back when the dialog closes, as a window
        # manager would make it: its shortcuts (Ctrl+E) work at once.
        dialog.finished.connect(lambda _r: self.activateWindow())
        self.new_claim_dialog = dialog
        dialog.open()

    def _create_claim(self, dialog: NewClaimDialog) -> None:
        text, fields = dialog.values()
        from factdesk.gui.undo_commands import CreateClaim

        self.controller.run(CreateClaim(self.controller, text, **fields))
        self.evidence.claim_form.text.setFocus()

    def delete_claim(self) -> None:
        from factdesk.gui import messages

        claim_ids = self.claim_list.selected_ids()
        if not claim_ids or self.case.read_only:
            return
        model = self.claim_list.model
        label = str(model.data(model.index(model.row_of(claim_ids[0]), 0)) or "")
        if len(claim_ids) == 1:
            question = self.tr(
                "Delete this claim with its evidence, attachments and verdict?\n\n“{claim}”\n\n"
                "Edit → Undo brings it back."
            ).format(claim=label[:200])
        else:
            question = self.tr(
                "Delete these %Ln claims with their evidence, attachments and verdicts?\n\n"
                "Edit → Undo brings them back.",
                "",
                len(claim_ids),
            )
        if not messages.confirm(
            self,
            self.tr("Delete claim") if len(claim_ids) == 1 else self.tr("Delete claims"),
            question,
            action=self.tr("Delete"),
        ):
            return
        from factdesk.gui.undo_commands import DeleteClaims

        self.controller.run(DeleteClaims(self.controller, claim_ids, label))

    def jump_to_claim(self, claim_id: str) -> None:
        if not self.claim_list.select_claim(claim_id):
            self.claim_list.clear_filters()
            self.claim_list.select_claim(claim_id)
        self.claim_list.table.setFocus()

    def claim_list_clear(self) -> None:
        self.claim_list.clear_filters()

    def _claim_selected(self, claim_id: str | None) -> None:
        """Another claim is current: read it once and hand it to every pane."""
        self.controller.flush_edits()
        self.presence.claim_shown(claim_id)
        if self._editors is None:  # they show the current claim when they are built
            self.action_delete_claim.setEnabled(claim_id is not None and not self.case.read_only)
            return
        found = self.case.claims.get_many([claim_id]) if claim_id is not None else []
        self._show_claim(found[0] if found else None, force=True)
        self.history.show_claim(claim_id)
        self.action_delete_claim.setEnabled(claim_id is not None and not self.case.read_only)

    def _show_claim(
        self,
        claim: Claim | None,
        *,
        force: bool,
        select_evidence: str | None = None,
        external: bool = True,
    ) -> None:
        self.evidence.show_claim(
            claim, force=force, select_evidence=select_evidence, external=external
        )
        self.verdict.show_claim(claim, force=force, external=external)
        self.action_publish.setEnabled(claim is not None and not self.case.read_only)

    def _after_change(self, change: Change) -> None:
        """Every pane refreshes from the change: the current claim is read at most once."""
        if change.structure or change.everything:
            self._update_empty_state()
        if self._editors is None:
            return  # built later, from the case file as it then is
        if change.scale:
            self.verdict.reload_scale()
        shown = self.evidence.claim
        current = shown.id if shown is not None else self.claim_list.current_id
        if current is None or not change.touches(current):
            return
        if current in change.claims:
            claim = change.claims[current]
        else:
            found = self.case.claims.get_many([current])
            claim = found[0] if found else None
        if claim is None and shown is not None:
            return  # deleted: the list selects another claim, which is then shown
        self._show_claim(
            claim,
            force=shown is None,
            select_evidence=change.select_evidence,
            external=change.external,
        )

    def _update_empty_state(self) -> None:
        empty = self.claim_list.model.rowCount() == 0 and self.case.claims.count() == 0
        self.action_export_report.setEnabled(not empty)
        self.action_export_bundle.setEnabled(not empty)
        self.action_export_spreadsheet.setEnabled(not empty)
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)

    # -- exports -------------------------------------------------------------------------
    def export_report(self) -> None:
        self.report_export.start(self.claim_list.selected_ids())

    def export_bundle(self) -> None:
        self.bundle_transfer.start_export(self.claim_list.selected_ids())

    def import_bundle(self) -> None:
        self.bundle_transfer.start_import()

    def import_files(self) -> None:
        claim = self.evidence.claim_form.claim
        self.file_import.start((claim.id, claim.text) if claim is not None else None)

    def export_spreadsheet(self) -> None:
        self.file_import.export_spreadsheet(self.claim_list.selected_ids())

    def edit_rating_scale(self) -> None:
        self.file_import.edit_scale()

    # -- sample case ----------------------------------------------------------------------------
    def open_sample_case(self) -> None:
        from factdesk.gui import messages

        if self.case.read_only:
            return
        if self.case.claims.count():
            choice = messages.ask_choice(
                self,
                self.tr("Open sample case"),
                self.tr(
                    "This case file already has claims. Add the sample claims to it, "
                    "or create a new case file for the sample case?"
                ),
                [self.tr("Add to this case file"), self.tr("New case file…")],
            )
            if choice < 0:
                return
            if choice == 1 and self.new_case_file() is None:
                return
        from factdesk.gui.undo_commands import LoadSample

        self.controller.run(LoadSample(self.controller))

    # -- settings, focus, errors ------------------------------------------------------------------
    def show_about(self) -> None:
        from factdesk.gui.dialogs.about import show_about

        show_about(self)

    def edit_settings(self) -> None:
        from factdesk.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.controller.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, dialog: SettingsDialog) -> None:
        settings = dialog.apply_to(self.controller.settings)
        try:
            save_settings(settings)
        except OSError as exc:
            self.show_error(
                self.tr("The settings could not be saved ({problem}).").format(
                    problem=exc.strerror or exc
                )
            )
        self.controller.set_author(settings.author)
        self.verdict.show_claim(self.verdict.claim, force=False)

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.splitter)
        self.claim_list.search.setFocus()
        self.claim_list.search.selectAll()

    def focus_verdict(self) -> None:
        self.right_tabs.setCurrentWidget(self.verdict)
        self.verdict.rating.setFocus()

    def focus_history(self) -> None:
        self.right_tabs.setCurrentWidget(self.history)
        self.history.list.setFocus()

    def show_error(self, message: str) -> None:
        from factdesk.gui import messages

        messages.show_error(self, message)

    # -- geometry ----------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = window_state.load_bytes("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = window_state.load_bytes("main_splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        window_state.save_bytes("geometry", self.saveGeometry())
        window_state.save_bytes("main_splitter", self.splitter.saveState())
        if self._editors is not None:
            window_state.save_bytes("evidence_splitter", self.evidence.splitter.saveState())
        header = self.claim_list.table.horizontalHeader()
        window_state.save_bytes("claim_columns", header.saveState())
        # The order the next start's first screen is read in (the header's state keeps it
        # too, but reading it from there would load what that screen does without).
        from PySide6.QtCore import Qt

        window_state.save_list_sort(
            header.sortIndicatorSection(),
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:  # closed on its first screen: nothing opened yet
            event.accept()
            return
        self.controller.flush_edits()
        self.controller.poll_timer.stop()
        self.presence.stop()
        if not self._up:  # closed before its first frame: still the case to reopen
            window_state.remember_case(self.case.location)
        self.save_state()
        # The window's own background work on the case ends first: a connection it
        # opened after the case closed would keep the case file's log beside it, and
        # the next start could not read it alone.  Today's backup, if still copying,
        # stops (the next start makes it) rather than hold the window open.
        if self._daily_backup is not None:
            self._daily_backup.cancel()
        for task in (self._daily_backup, self._warm_up):
            if task is not None:
                task.finish_before_closing()
        self.case.close()
        event.accept()
