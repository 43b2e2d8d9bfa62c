"""A claim's evidence items as a list model: stance by colour and glyph, grading as "B2".

Reordering by drag and dropping URLs or files are requests, not edits: the
model emits :attr:`EvidenceListModel.move_requested` and
:attr:`EvidenceListModel.drop_requested`, the pane turns them into undo
commands, and the model is refilled from the services afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from factdesk import i18n
from factdesk.gui import style
from factdesk.gui.plain import CELL_CHARS, shorten, tip
from factdesk.gui.translation import translate
from factdesk.services.records import CREDIBILITY, RELIABILITY, Evidence

MIME_EVIDENCE = "application/x-factdesk-evidence-id"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2
ATTACHMENTS_ROLE = Qt.ItemDataRole.UserRole + 3  # how many files are attached

Index = QModelIndex | QPersistentModelIndex


def flag() -> str:
    return translate("evidence_model", "⚠ capture integrity failed")


def evidence_label(ev: Evidence, flagged: bool = False) -> str:
    title = shorten(
        ev.title or ev.url or translate("evidence_model", "(untitled evidence)"), CELL_CHARS
    )
    parts = [ev.grading] if ev.grading else []
    parts.append(title)
    text = "  ".join(parts)
    if ev.publisher:
        text += f" — {shorten(ev.publisher, CELL_CHARS)}"
    if flagged:
        text += f"  {flag()}"
    return text


def files_words(count: int) -> str:
    return translate("evidence_model", "%Ln attached file(s)", "", count)


def evidence_tooltip(ev: Evidence) -> str:
    lines = [style.stance_label(ev.stance)]
    if ev.source_reliability:
        lines.append(
            translate("evidence_model", "Source {grade}: {meaning}").format(
                grade=ev.source_reliability, meaning=i18n._(RELIABILITY[ev.source_reliability])
            )
        )
    if ev.info_credibility:
        lines.append(
            translate("evidence_model", "Information {grade}: {meaning}").format(
                grade=ev.info_credibility, meaning=i18n._(CREDIBILITY[ev.info_credibility])
            )
        )
    if ev.url:
        lines.append(ev.url)
    if ev.attachments:
        lines.append(files_words(len(ev.attachments)))
    return tip("\n".join(lines))


class EvidenceListModel(QAbstractListModel):
    move_requested = Signal(str, int)  # evidence id, new position
    drop_requested = Signal(list, int)  # list[QUrl], position

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Evidence] = []
        self.editable = True
        self._flagged: frozenset[str] = frozenset()  # items with a capture that fails

    def set_flagged(self, evidence_ids: frozenset[str]) -> None:
        """Mark the items holding a web capture whose integrity check fails."""
        if evidence_ids != self._flagged:
            self._flagged = evidence_ids
            if self._items:
                self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_items(self, items: Sequence[Evidence]) -> None:
        """Refill; unchanged items are not reset, so selection and scroll survive an edit."""
        new = list(items)
        if [e.id for e in new] == [e.id for e in self._items]:
            old, self._items = self._items, new
            for row, (before, after) in enumerate(zip(old, new, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()

    def items(self) -> list[Evidence]:
        return list(self._items)

    def row_of(self, evidence_id: str) -> int:
        for row, ev in enumerate(self._items):
            if ev.id == evidence_id:
                return row
        return -1

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        ev = self._items[index.row()]
        flagged = ev.id in self._flagged
        if role == Qt.ItemDataRole.DisplayRole:
            return evidence_label(ev, flagged)
        if role == Qt.ItemDataRole.DecorationRole:
            return style.stance_icon(ev.stance)
        if role == Qt.ItemDataRole.ToolTipRole:
            return evidence_tooltip(ev) + (f"\n{flag()}" if flagged else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = evidence_label(ev, flagged)
            files = f", {files_words(len(ev.attachments))}" if ev.attachments else ""
            return f"{style.stance_label(ev.stance)}: {label}{files}"
        if role == ATTACHMENTS_ROLE:
            return len(ev.attachments)
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.tint(QColor(style.STANCE_COLOURS.get(ev.stance, style.UNRATED)))
        if role == ID_ROLE:
            return ev.id
        if role == EVIDENCE_ROLE:
            return ev
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_EVIDENCE, "text/uri-list", "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_EVIDENCE, QByteArray(self._items[rows[0]].id.encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.editable:
            return False
        return data.hasFormat(MIME_EVIDENCE) or data.hasUrls() or _text_url(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        if data.hasFormat(MIME_EVIDENCE):
            evidence_id = bytes(data.data(MIME_EVIDENCE).data()).decode()
            current = self.row_of(evidence_id)
            if current < 0:
                return False
            target = row - 1 if row > current else row
            if target != current:
                self.move_requested.emit(evidence_id, target)
            return False  # the move is done by a command; nothing for the view to remove
        urls = data.urls() if data.hasUrls() else [_text_url(data)]
        self.drop_requested.emit([u for u in urls if u is not None], row)
        return True


def _text_url(data: QMimeData) -> QUrl | None:
    """A web address dropped as plain text (dragged from a browser's address bar)."""
    if not data.hasText():
        return None
    text = data.text().strip()
    if text.startswith(("http://", "https://")) and " " not in text and "\n" not in text:
        return QUrl(text)
    return None


class EvidenceItemDelegate(QStyledItemDelegate):
    """Draws each item as usual, with a paperclip and the number of files at its right end."""

    GAP = 4

    def _badge_width(self, option: QStyleOptionViewItem, count: int) -> int:
        metrics = option.fontMetrics
        return self._icon_size(option) + self.GAP + metrics.horizontalAdvance(str(count)) + 8

    @staticmethod
    def _icon_size(option: QStyleOptionViewItem) -> int:
        return max(12, option.fontMetrics.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(ATTACHMENTS_ROLE) or 0
        if not count:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        badge = self._badge_width(opt, count)
        # The badge sits at the end of what is in view (the right end; the left one when
        # the window is laid out right to left), where a long title may run beyond it,
        # and the text is cut short of the badge, so the two never overlap.
        right = opt.rect.right()
        if isinstance(widget, QAbstractItemView):
            right = min(right, widget.viewport().width() - 1)
        room = right - opt.rect.left() - opt.decorationSize.width() - badge - 3 * self.GAP
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(room, 0))
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        size = self._icon_size(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            left = max(opt.rect.left(), 0) + self.GAP
        else:
            left = right - badge + self.GAP
        top = opt.rect.top() + (opt.rect.height() - size) // 2
        painter.save()
        painter.drawPixmap(left, top, style.attachment_pixmap(size, colour.name(), ratio))
        painter.setPen(colour)
        painter.drawText(
            QRect(left + size + 1, opt.rect.top(), badge - size, opt.rect.height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            str(count),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        count = index.data(ATTACHMENTS_ROLE) or 0
        if count:
            hint.setWidth(hint.width() + self._badge_width(option, count))
        return hint
