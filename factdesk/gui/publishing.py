"""The question asked before a claim is published while checklist rules are unmet.

Asked wherever a claim can be published from (the Publish button, the status
field), so neither path publishes silently; the services record the unmet
rules in the history either way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from factdesk.gui import messages
from factdesk.services import readiness
from factdesk.services.records import Claim


def may_publish(parent: QWidget | None, claim: Claim) -> bool:
    """Whether to go on publishing ``claim``: at once if every rule is met, else if the user
    says "Publish anyway" (Cancel is the default)."""
    unmet = readiness.unmet(claim)
    if not unmet:
        return True
    listing = "\n".join(f"• {rule.label}: {rule.detail}" for rule in unmet)
    return messages.confirm(
        parent,
        "Publish anyway?",
        f"This fact-check does not meet every rule yet:\n\n{listing}\n\n"
        "Publish anyway? The history will record the rules it was published without.",
        action="Publish anyway",
        safe_default=True,
    )
