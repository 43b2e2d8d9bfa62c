"""Strict JSON for bundle entries: the parts of JSON that other tools get wrong, refused.

UTF-8 only (no byte order mark, no invalid sequences, no lone surrogates),
one object per entry, no duplicate keys, no NaN or Infinity, nesting no
deeper than the limit (reported before any other problem; a hostile file
cannot exhaust the parser's recursion, which the parser guards itself), and
no control characters in any string, escaped or not.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

from factdesk.i18n import _, number
from factdesk.services.bundles.errors import BundleError, at
from factdesk.services.limits import JSON_CONTAINERS

BOM = b"\xef\xbb\xbf"
# Strings removed before counting brackets.  Every match that starts at a
# quote succeeds (an unterminated string runs to the end, a final lone
# backslash included), so each byte is looked at once: linear on any input.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.DOTALL)
_DEPTH_DELTA = [0] * 256
_DEPTH_DELTA[ord("[")] = _DEPTH_DELTA[ord("{")] = 1
_DEPTH_DELTA[ord("]")] = _DEPTH_DELTA[ord("}")] = -1
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# Control characters the format refuses (tab, line feed and carriage return are allowed).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
# A cheap look at the raw entry for anything that could decode to a refused
# character; only then are the decoded strings walked (to name the path).
# Three searches, each with a literal first character, scan far faster than
# one pattern with alternatives: escapes that could hide a control character
# or a surrogate, DEL, and C1 controls (UTF-8 ``C2 80`` to ``C2 9F``).
_SUSPECT_ESCAPE = re.compile(r"\\(?:[bf]|u(?:00[01789]|[dD][89a-fA-F]))")
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def nesting_depth(data: bytes) -> int:
    """The deepest bracket nesting in ``data``, brackets inside strings not counted."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    return max(accumulate(_DEPTH_DELTA[b] for b in brackets), default=0)


def container_count(data: bytes) -> int:
    """How many objects and arrays ``data`` opens, brackets inside strings not counted."""
    if data.count(b"{") + data.count(b"[") == 0:
        return 0
    outside = _STRING.sub(b"", data)
    return outside.count(b"{") + outside.count(b"[")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _Refused(_("duplicate key {key} in one object").format(key=repr(key)))
        obj[key] = value
    return obj


def _no_constant(name: str) -> Any:
    raise _Refused(_("{name} is not allowed (JSON numbers must be finite)").format(name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(
            _("the number {number} is too large (it would be Infinity)").format(number=text[:40])
        )
    return value


class _Refused(ValueError):
    pass


def describe_char(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def path_join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=True)}]"


def check_strings(value: Any, entry: str, path: str = "$") -> None:
    """Refuse control characters and lone surrogates in any string (keys included).

    Containers are walked with their parent links only; a JSON path is spelt
    out for the one string refused, not for every value on the way.
    """
    stack: list[tuple[Any, _Where]] = [(value, (None, path))]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            _check_text(item, entry, where)
        elif isinstance(item, dict):
            for key, sub in item.items():
                _check_text(key, entry, (where, key), key_itself=True)
                stack.append((sub, (where, key)))
        elif isinstance(item, list):
            stack.extend((sub, (where, i)) for i, sub in enumerate(item))


# A place in the document: (its parent, the key or index in it); the root is (None, "$").
_Where = tuple[Any, str | int]


def _spelt(where: _Where) -> str:
    keys: list[str | int] = []
    node: Any = where
    while node[0] is not None:
        keys.append(node[1])
        node = node[0]
    path = str(node[1])
    for key in reversed(keys):
        path = path_join(path, key)
    return path


def _check_text(text: str, entry: str, where: _Where, *, key_itself: bool = False) -> None:
    bad = CONTROL.search(text)
    lone = SURROGATE.search(text) if bad is None else None
    if bad is None and lone is None:
        return
    place = _("{path} (a key)").format(path=_spelt(where[0])) if key_itself else _spelt(where)
    if bad is not None:
        raise at(
            entry,
            place,
            _("contains the control character {char}, which is not allowed").format(
                char=describe_char(bad.group())
            ),
        )
    assert lone is not None
    raise at(
        entry,
        place,
        _("contains a lone surrogate ({char})").format(char=describe_char(lone.group())),
    )


def container_depth(value: Any) -> int:
    """The deepest nesting of objects and arrays in a parsed value (as brackets count it)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return deepest


def suspect(data: bytes, text: str) -> bool:
    """Whether the entry could hold a refused character (then its strings are walked)."""
    return bool(
        _SUSPECT_ESCAPE.search(text)
        or b"\x7f" in data
        or (not data.isascii() and _C1_UTF8.search(data))
    )


def parse_object(
    data: bytes, entry: str, *, max_depth: int, max_containers: int = JSON_CONTAINERS
) -> dict[str, Any]:
    """The one JSON object in ``data``, or :class:`BundleError` naming what is wrong.

    The number of objects and arrays is checked before parsing, on the raw
    bytes, so a small entry of a million empty objects is refused before it
    takes memory.  The nesting limit is checked next.  Parsing does not wait for it: the
    parser refuses runaway nesting by itself (``RecursionError``), so the
    bytes are only scanned for brackets when parsing failed, and otherwise
    the parsed containers are measured, which is far cheaper.  Either way the
    first problem reported is the one the format names first.
    """
    if data.startswith(BOM):
        raise at(entry, None, _("starts with a byte order mark (BOM); JSON must be plain UTF-8"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise at(
            entry,
            None,
            _("is not valid UTF-8 (bad byte at offset {offset}): {reason}").format(
                offset=exc.start, reason=exc.reason
            ),
        ) from None
    # Brackets in strings count too here, so only a high count needs the exact one.
    if data.count(b"{") + data.count(b"[") > max_containers:
        count = container_count(data)
        if count > max_containers:
            _check_depth(nesting_depth(data), entry, max_depth)
            raise at(
                entry,
                None,
                _("holds {count} objects and arrays; an entry may hold at most {limit}").format(
                    count=number(count), limit=number(max_containers)
                ),
            )
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except _Refused as exc:
        _check_depth(nesting_depth(data), entry, max_depth)
        raise at(entry, None, f"{exc}") from None
    except json.JSONDecodeError as exc:
        _check_depth(nesting_depth(data), entry, max_depth)
        raise at(
            entry,
            None,
            _("is not valid JSON: {reason} (line {line}, column {column})").format(
                reason=exc.msg, line=exc.lineno, column=exc.colno
            ),
        ) from None
    except (ValueError, RecursionError) as exc:
        _check_depth(nesting_depth(data), entry, max_depth)
        raise at(entry, None, _("is not acceptable JSON: {reason}").format(reason=exc)) from None
    if not isinstance(value, dict):
        _check_depth(nesting_depth(data), entry, max_depth)
        raise at(
            entry, None, _("must hold one JSON object, not {type}").format(type=json_type(value))
        )
    # Fewer brackets than the limit (strings included) cannot nest deeper than it.
    if data.count(b"[") + data.count(b"{") > max_depth:
        _check_depth(container_depth(value), entry, max_depth)
    if suspect(data, text):
        check_strings(value, entry)
    return value


def _check_depth(depth: int, entry: str, max_depth: int) -> None:
    if depth > max_depth:
        raise at(
            entry,
            None,
            _("is nested deeper than {limit} levels ({depth})").format(
                limit=max_depth, depth=depth
            ),
        )


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return _("a number")
    if isinstance(value, str):
        return _("text")
    if isinstance(value, list):
        return _("an array")
    return _("an object")


__all__ = ["BundleError", "check_strings", "nesting_depth", "parse_object", "path_join"]
