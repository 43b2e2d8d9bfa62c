"""``factdesk demo``: add the sample case to the case file."""

from __future__ import annotations

import argparse

from factdesk.i18n import ngettext
from factdesk.services import Case
from factdesk.services.sample import load_sample_case


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="add the sample case (a real fact-check) to the case file")
    p.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace, case: Case) -> int:
    result = load_sample_case(case)
    if result.added:
        print(
            ngettext(
                "Added the sample case: {count} claim.",
                "Added the sample case: {count} claims.",
                len(result.added),
            ).format(count=len(result.added))
        )
    if result.present:
        print(
            ngettext(
                "Already in the case file: {count} sample claim, left as it is.",
                "Already in the case file: {count} sample claims, left as they are.",
                len(result.present),
            ).format(count=len(result.present))
        )
    return 0
