"""``factdesk demo``: add the sample case to the case file."""

from __future__ import annotations

import argparse

from factdesk.services import Case
from factdesk.services.sample import load_sample_case


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="add the sample case (a real fact-check) to the case file")
    p.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace, case: Case) -> int:
    result = load_sample_case(case)
    if result.added:
        print(f"Added the sample case: {len(result.added)} claim(s).")
    if result.present:
        print(f"Already in the case file: {len(result.present)} sample claim(s), left as they are.")
    return 0
