"""Use cases over a case file, with no Qt: claims, evidence, verdicts, history, ...

Front ends (the window, the command line) call these and get plain records
back; validation and history recording happen here.
"""

from factdesk.services.case import Case, open_case

__all__ = ["Case", "open_case"]
