"""Values of Qt's namespace enums, as plain integers, for the window's first frame.

PySide builds every enum of the ``Qt`` namespace (94 of them) the first time
anything touches ``Qt`` -- a noticeable part of the time to the first frame.
The widgets of that frame set these values as Qt properties instead
(``widget.setProperty("textFormat", PLAIN_TEXT)``), which takes an integer
for an enum.  A test keeps each equal to the enum it stands for.
"""

from __future__ import annotations

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
ELIDE_RIGHT = 1  # Qt.TextElideMode.ElideRight
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
TOOL_BUTTON_TEXT_ONLY = 1  # Qt.ToolButtonStyle.ToolButtonTextOnly
ALIGN_LEFT_VCENTER = 0x0081  # Qt.AlignmentFlag.AlignLeft | AlignVCenter
ALIGN_RIGHT_VCENTER = 0x0082  # Qt.AlignmentFlag.AlignRight | AlignVCenter
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole
