"""Imports a bundle into a shared case, printing a line once the import is under way."""

from __future__ import annotations

import sys
from pathlib import Path

from factdesk.services import open_case
from factdesk.services.bundles import apply_import
from factdesk.services.progress import Progress


class Announce(Progress):
    announced = False

    def step(self, n: int = 1, what: str = "") -> None:
        super().step(n, what)
        if not self.announced and self.done:
            self.announced = True
            print("importing", flush=True)


if __name__ == "__main__":
    with open_case(sys.argv[1], daily_backup=False) as case:
        apply_import(case, Path(sys.argv[2]), progress=Announce())
    print("done", flush=True)
