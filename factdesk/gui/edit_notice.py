"""A quiet bar that says a field was changed elsewhere while the user was typing in it.

It never takes the text away: the user's words stay in the field until they
choose. "Use theirs" shows the other version; "Keep mine" saves the user's
over it (the history keeps both).  Text from the case file is shown as plain
text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton

from factdesk import i18n
from factdesk.errors import EditConflictError
from factdesk.gui.fields import FieldSet
from factdesk.gui.plain import tip

PREVIEW_CHARS = 140


class EditNotice(QFrame):
    def __init__(self, fields: FieldSet, label_of: Callable[[str], str]) -> None:
        super().__init__()
        self.fields = fields
        self.label_of = label_of
        self.name: str | None = None
        self.dialog: QDialog | None = None  # the side-by-side versions of a refused save
        self.setObjectName("edit_notice")
        self.setStyleSheet(
            "#edit_notice { background: #fff4d6; border: 1px solid #e0b44a; border-radius: 4px; }"
            " QLabel { color: #4d3800; }"
        )
        self.setAccessibleName(self.tr("Changed elsewhere"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Changed elsewhere: what changed"))
        self.theirs_button = QPushButton(self.tr("Use theirs"))
        self.theirs_button.setAccessibleName(self.tr("Use the other version"))
        self.theirs_button.clicked.connect(self.use_theirs)
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setAccessibleName(self.tr("Keep my version"))
        self.mine_button.clicked.connect(self.keep_mine)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.theirs_button)
        layout.addWidget(self.mine_button)
        fields.external.connect(self.offer)
        self.hide()

    def offer(self, name: str, theirs: object) -> None:
        self.name = name
        text = " ".join(str(theirs or "").split())
        if len(text) > PREVIEW_CHARS:
            text = text[: PREVIEW_CHARS - 1] + "…"
        self.message.setText(
            self.tr(
                "The {field} was changed elsewhere while you were typing. "
                "Your text is kept. Theirs: “{text}”"
            ).format(field=i18n._(self.label_of(name)), text=text or self.tr("(empty)"))
        )
        self.message.setToolTip(tip(str(theirs or "")))
        self.show()

    def use_theirs(self) -> None:
        if self.name is not None:
            self.fields.take_pending(self.name)
        self.dismiss()

    def keep_mine(self) -> None:
        if self.name is not None:
            self.fields.keep_mine(self.name)
        self.dismiss()

    def dismiss(self) -> None:
        self.name = None
        self.hide()

    def refused(self, conflict: EditConflictError) -> None:
        """A save of this form was refused (someone else changed the field first): show
        both versions side by side; the field keeps the user's text meanwhile."""
        from factdesk.gui.dialogs.conflict import ConflictDialog

        name = conflict.field

        def chosen(choice: str, text: str) -> None:
            if choice == "theirs":
                self.fields.take_theirs(name, conflict.theirs)
            else:
                edited = text if dialog.mine.isReadOnly() is False else None
                self.fields.save_over(name, conflict.theirs, edited)
            self.dismiss()

        dialog = ConflictDialog(
            self.window(),
            conflict,
            self.label_of(name),
            chosen,
            editable=self.fields.is_text(name),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # window-modal, without holding up the refresh of other views
