"""``python -m factdesk.services.bundles.write_schema``: regenerate the shipped JSON Schema."""

from __future__ import annotations

import sys

from factdesk.paths import resources_dir
from factdesk.services.bundles.schema import SCHEMA_FILE, json_schema_text


def main() -> int:
    target = resources_dir() / SCHEMA_FILE
    target.write_text(json_schema_text(), encoding="utf-8", newline="\n")
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
