"""Edit → Rating scale…: the case file's ratings, and how foreign labels map onto them.

The scale tab lists the ratings in scale order (most true first): colour,
label and value are edited in place, Move up/down reorders, Merge into…
relabels every verdict of one rating as another and removes it.  The labels
tab lists the foreign rating labels remembered per source ("Falso" from
Aos Fatos means false), each one's rating changeable or forgotten.  Every
change goes through the undo stack, so Edit → Undo takes it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factdesk.gui import style
from factdesk.gui.controller import CaseController, Change
from factdesk.gui.scale_commands import MergeRating, ReorderScale, SetMapping, UpdateRating
from factdesk.gui.translation import QT_TRANSLATE_NOOP
from factdesk.services.rating_scale import RatingMappingRecord, scale_colours
from factdesk.services.records import Rating

Index = QModelIndex | QPersistentModelIndex
COLOUR, LABEL, KEY, VALUE, USED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ScaleModel", "Colour"),
    QT_TRANSLATE_NOOP("ScaleModel", "Label"),
    QT_TRANSLATE_NOOP("ScaleModel", "Key"),
    QT_TRANSLATE_NOOP("ScaleModel", "Value"),
    QT_TRANSLATE_NOOP("ScaleModel", "Verdicts"),
)


class ScaleModel(QAbstractTableModel):
    """The ratings in scale order; label and value edits become undoable commands."""

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.ratings: list[Rating] = []
        self.colours: dict[str, str] = {}
        self.used: dict[str, int] = {}
        self.reload()

    def reload(self) -> None:
        case = self.controller.case
        self.beginResetModel()
        self.ratings = case.ratings.scale()
        self.colours = scale_colours(self.ratings)
        self.used = case.rating_scale.usage()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ratings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rating = self.ratings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLOUR:
                return "own" if rating.colour else self.tr("by place")
            if column == LABEL:
                return rating.label
            if column == KEY:
                return rating.key
            if column == VALUE:
                return self.tr("off the scale") if rating.value is None else str(rating.value)
            if column == USED:
                return QLocale().toString(self.used.get(rating.key, 0))
        if role == Qt.ItemDataRole.EditRole:
            if column == LABEL:
                return rating.label
            if column == VALUE:
                return "" if rating.value is None else str(rating.value)
        if role == Qt.ItemDataRole.DecorationRole and column == COLOUR:
            return style.badge_icon(self.colours[rating.key])
        if role == Qt.ItemDataRole.ToolTipRole and column == COLOUR:
            return f"{self.colours[rating.key]}: " + (
                self.tr("chosen for this rating")
                if rating.colour
                else self.tr("from its place on the scale")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE:
            return self.tr(
                "A whole number (more true is higher), or empty for a rating off the scale"
            )
        if role == Qt.ItemDataRole.UserRole:
            return rating.key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (LABEL, VALUE) and not self.controller.case.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        rating = self.ratings[index.row()]
        text = str(value).strip()
        if index.column() == LABEL and text != rating.label:
            return self.controller.run(
                UpdateRating(self.controller, rating.key, {"label": rating.label}, {"label": text})
            )
        if index.column() == VALUE:
            old = "" if rating.value is None else str(rating.value)
            if text != old:
                return self.controller.run(
                    UpdateRating(
                        self.controller, rating.key, {"value": rating.value}, {"value": text}
                    )
                )
        return False


class RatingScaleDialog(QDialog):
    def __init__(self, controller: CaseController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Rating scale"))
        self.resize(760, 520)
        read_only = controller.case.read_only

        self.model = ScaleModel(controller)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Ratings of the scale, most true first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move the rating up the scale"))
        self.up_button.clicked.connect(lambda: self.move_rating(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setAccessibleName(self.tr("Move the rating down the scale"))
        self.down_button.clicked.connect(lambda: self.move_rating(+1))
        self.colour_button = QPushButton(self.tr("&Colour…"))
        self.colour_button.setAccessibleName(self.tr("Choose the rating's colour"))
        self.colour_button.clicked.connect(self.choose_colour)
        self.reset_colour_button = QPushButton(self.tr("Colour from &place"))
        self.reset_colour_button.setAccessibleName(
            self.tr("Colour the rating by its place on the scale")
        )
        self.reset_colour_button.clicked.connect(self.reset_colour)
        self.merge_target = QComboBox()
        self.merge_target.setAccessibleName(self.tr("Rating to merge into"))
        self.merge_button = QPushButton(self.tr("&Merge into"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected rating into another"))
        self.merge_button.setToolTip(
            self.tr(
                "Relabel every verdict with the selected rating as the chosen one, then remove "
                "the selected rating (Edit → Undo takes it back)"
            )
        )
        self.merge_button.clicked.connect(self.merge)
        buttons = QHBoxLayout()
        for button in (
            self.up_button,
            self.down_button,
            self.colour_button,
            self.reset_colour_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.merge_target)
        hint = QLabel(
            self.tr(
                "Double-click a label or a value to change it. A rating with no colour of its own "
                "is coloured by its place: the most true green, the least true red, ratings off "
                "the numeric scale grey."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        scale_tab = QWidget()
        scale_layout = QVBoxLayout(scale_tab)
        scale_layout.addWidget(self.table, 1)
        scale_layout.addLayout(buttons)
        scale_layout.addWidget(hint)

        self.mapping_table = QTableView()
        self.mapping_table.setAccessibleName(self.tr("Foreign rating labels and their ratings"))
        self.mappings = MappingModel(controller)
        self.mapping_table.setModel(self.mappings)
        self.mapping_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_rating = QComboBox()
        self.mapping_rating.setAccessibleName(self.tr("Rating for the selected label"))
        self.map_button = QPushButton(self.tr("Map &to"))
        self.map_button.setAccessibleName(self.tr("Map the selected label to the chosen rating"))
        self.map_button.clicked.connect(self.remap)
        self.forget_button = QPushButton(self.tr("&Forget"))
        self.forget_button.setAccessibleName(self.tr("Forget the selected label's mapping"))
        self.forget_button.clicked.connect(self.forget)
        mapping_buttons = QHBoxLayout()
        mapping_buttons.addWidget(self.map_button)
        mapping_buttons.addWidget(self.mapping_rating)
        mapping_buttons.addStretch(1)
        mapping_buttons.addWidget(self.forget_button)
        mapping_tab = QWidget()
        mapping_layout = QVBoxLayout(mapping_tab)
        mapping_layout.addWidget(self.mapping_table, 1)
        mapping_layout.addLayout(mapping_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(scale_tab, self.tr("&Scale"))
        self.tabs.addTab(mapping_tab, self.tr("Foreign &labels"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)

        for widget in (
            self.up_button,
            self.down_button,
            self.colour_button,
            self.reset_colour_button,
            self.merge_button,
            self.map_button,
            self.forget_button,
        ):
            widget.setEnabled(not read_only)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync())
        controller.changed.connect(self._changed)
        self._fill_targets()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._sync()

    # -- keeping up with changes --------------------------------------------------------
    def _changed(self, _change: Change) -> None:
        key = self.current_key()
        self.model.reload()
        self.mappings.reload()
        self._fill_targets()
        self.select(key)

    def _fill_targets(self) -> None:
        for combo in (self.merge_target, self.mapping_rating):
            current = combo.currentData()
            combo.clear()
            for rating in self.model.ratings:
                combo.addItem(
                    style.badge_icon(self.model.colours[rating.key]), rating.label, rating.key
                )
            if current is not None and combo.findData(current) >= 0:
                combo.setCurrentIndex(combo.findData(current))

    def _sync(self) -> None:
        row = self.table.currentIndex().row()
        count = self.model.rowCount()
        editable = not self.controller.case.read_only
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.merge_button.setEnabled(editable and row >= 0 and count > 1)

    def current_key(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.ratings[row].key if 0 <= row < len(self.model.ratings) else None

    def select(self, key: str | None) -> None:
        for row, rating in enumerate(self.model.ratings):
            if rating.key == key:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, LABEL))
                break
        self._sync()

    # -- actions ---------------------------------------------------------------------
    def move_rating(self, step: int) -> None:
        key = self.current_key()
        keys = [r.key for r in self.model.ratings]
        if key is None:
            return
        row = keys.index(key)
        if not 0 <= row + step < len(keys):
            return
        new = list(keys)
        new[row], new[row + step] = new[row + step], new[row]
        self.controller.run(ReorderScale(self.controller, keys, new))
        self.select(key)

    def choose_colour(self) -> None:
        key = self.current_key()
        if key is None:
            return
        rating = next(r for r in self.model.ratings if r.key == key)
        colour = QColorDialog.getColor(
            QColor(self.model.colours[key]),
            self,
            self.tr("Colour of {rating}").format(rating=rating.label),
        )
        if colour.isValid():
            self.set_colour(key, colour.name())

    def set_colour(self, key: str, colour: str | None) -> None:
        rating = next(r for r in self.model.ratings if r.key == key)
        if rating.colour != colour:
            self.controller.run(
                UpdateRating(self.controller, key, {"colour": rating.colour}, {"colour": colour})
            )

    def reset_colour(self) -> None:
        key = self.current_key()
        if key is not None:
            self.set_colour(key, None)

    def merge(self) -> None:
        key = self.current_key()
        into = self.merge_target.currentData()
        if key is None or into is None:
            return
        if key == into:
            self.controller.report(self.tr("Choose another rating to merge into."))
            return
        target = next(r for r in self.model.ratings if r.key == into)
        self.controller.run(MergeRating(self.controller, key, target))
        self.select(into)

    def _current_mapping(self) -> RatingMappingRecord | None:
        row = self.mapping_table.currentIndex().row()
        return self.mappings.rows[row] if 0 <= row < len(self.mappings.rows) else None

    def remap(self) -> None:
        mapping = self._current_mapping()
        rating = self.mapping_rating.currentData()
        if mapping is None or rating is None or rating == mapping.rating:
            return
        self.controller.run(
            SetMapping(
                self.controller,
                mapping.source,
                mapping.label,
                mapping.shown,
                mapping.rating,
                rating,
            )
        )

    def forget(self) -> None:
        mapping = self._current_mapping()
        if mapping is not None:
            self.controller.run(
                SetMapping(
                    self.controller,
                    mapping.source,
                    mapping.label,
                    mapping.shown,
                    mapping.rating,
                    None,
                )
            )


class MappingModel(QAbstractTableModel):
    """Remembered foreign labels: source, label as written, and the rating it maps to."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MappingModel", "Source"),
        QT_TRANSLATE_NOOP("MappingModel", "Label"),
        QT_TRANSLATE_NOOP("MappingModel", "Rating"),
    )

    def __init__(self, controller: CaseController) -> None:
        super().__init__()
        self.controller = controller
        self.rows: list[RatingMappingRecord] = []
        self.labels: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.controller.case.rating_scale.mappings()
        self.labels = {r.key: r.label for r in self.controller.case.ratings.scale()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return (row.source, row.shown, self.labels.get(row.rating, row.rating))[index.column()]
