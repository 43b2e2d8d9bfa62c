"""JSON input: Data Commons feeds (streamed), Fact Check Explorer responses, JSON-LD files.

A Data Commons ClaimReview feed (``{"@type": "DataFeed", "dataFeedElement":
[...]}``) runs to hundreds of megabytes, so it is read element by element
with ijson and never held whole.  Other JSON files are read at once, within
a size cap, after their nesting was measured.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from factdesk.i18n import _, number
from factdesk.services.bundles.strictjson import container_depth, nesting_depth
from factdesk.services.imports.errors import refused
from factdesk.services.imports.records import Item, Skipped
from factdesk.services.imports.schema_org import explorer_reviews, reviews_in, types_of

MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64


def is_feed(head: bytes) -> bool:
    return b'"dataFeedElement"' in head


def feed_items(path: Path, fh: IO[bytes]) -> Iterator[Item]:
    """Each ClaimReview of a Data Commons feed, read one feed element at a time."""
    import ijson

    name = path.name
    try:
        for n, element in enumerate(ijson.items(fh, "dataFeedElement.item", use_float=True)):
            where = f"$.dataFeedElement[{n}]"
            if isinstance(element, dict | list) and container_depth(element) > MAX_DEPTH:
                yield Skipped(where, f"is nested more than {MAX_DEPTH} levels deep; skipped")
                continue
            found = reviews_in(element, where)
            if not found:
                yield Skipped(where, "holds no ClaimReview; skipped")
            yield from found
    except ijson.JSONError as exc:
        first = str(exc).strip().split("\n", 1)[0]
        raise refused(
            name, None, _("is not valid JSON ({reason})").format(reason=first[:160])
        ) from None


def read_json(path: Path, data: bytes) -> Any:
    """A JSON file's value; refused when too big, too deep or not JSON."""
    name = path.name
    if len(data) > MAX_JSON_BYTES:
        raise refused(name, None, _("is larger than 64 MiB (only feeds are read in parts)"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    depth = nesting_depth(data)
    if depth > MAX_DEPTH:
        raise refused(
            name,
            None,
            _("is nested {depth} levels deep (the limit is {limit})").format(
                depth=number(depth), limit=MAX_DEPTH
            ),
        )
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise refused(
            name, None, _("is not UTF-8 (bad byte at offset {offset})").format(offset=exc.start)
        ) from None
    except (ValueError, RecursionError) as exc:
        first = str(exc).strip().split("\n", 1)[0]
        raise refused(
            name, None, _("is not valid JSON ({reason})").format(reason=first[:160])
        ) from None


def is_explorer_claim(value: Any) -> bool:
    return isinstance(value, dict) and "claimReview" in value and "text" in value


def json_items(path: Path, value: Any) -> tuple[list[Item], str]:
    """The reviews in a parsed JSON file of any of the shapes fact-checkers exchange."""
    if isinstance(value, dict) and isinstance(value.get("claims"), list):
        items: list[Item] = []
        for n, claim in enumerate(value["claims"]):
            if isinstance(claim, dict):
                items += explorer_reviews(claim, f"$.claims[{n}]")
            else:
                items.append(Skipped(f"$.claims[{n}]", "is not an object"))
        more = " (more pages follow: nextPageToken)" if value.get("nextPageToken") else ""
        return items, f"a Fact Check Explorer response with {len(value['claims'])} claim(s){more}"
    if is_explorer_claim(value):
        return list(explorer_reviews(value, "$")), "a Fact Check Explorer claim"
    if isinstance(value, dict) and "DataFeedItem" in types_of(value):
        return list(reviews_in(value, "$")), "a Data Commons feed item"
    found = reviews_in(value, "$")
    if not found:
        raise refused(path.name, None, _("holds no ClaimReview and no Fact Check Explorer claims"))
    return list(found), "JSON-LD"


ProgressFn = Callable[[], int]
