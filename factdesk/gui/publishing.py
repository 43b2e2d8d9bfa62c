"""The question asked before a claim is published while checklist rules are unmet.

Asked wherever a claim can be published from (the Publish button, the status
field), so neither path publishes silently; the services record the unmet
rules in the history either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from factdesk.gui import messages
from factdesk.gui.translation import translate
from factdesk.services import readiness
from factdesk.services.records import Claim


def may_publish(parent: QWidget | None, claim: Claim) -> bool:
    """Whether to go on publishing ``claim``: at once if every rule is met, else if the user
    says "Publish anyway" (Cancel is the default)."""
    unmet = readiness.unmet(claim)
    if not unmet:
        return True
    listing = "\n".join(
        translate("publishing", "• {rule}: {detail}").format(rule=rule.label, detail=rule.detail)
        for rule in unmet
    )
    return messages.confirm(
        parent,
        translate("publishing", "Publish anyway?"),
        translate(
            "publishing",
            "This fact-check does not meet every rule yet:\n\n{rules}\n\n"
            "Publish anyway? The history will record the rules it was published without.",
        ).format(rules=listing),
        action=translate("publishing", "Publish anyway"),
        safe_default=True,
    )
