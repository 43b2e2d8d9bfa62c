"""Checks on values a journalist gives, each failing with a message that says what and where."""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import stat
import uuid
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from factdesk.errors import ValidationError
from factdesk.services import limits, timestamps
from factdesk.services.records import CREDIBILITY, KINDS, RELIABILITY, STANCES, STATUSES

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def optional_text(value: object, field: str, max_chars: int = limits.TEXT_CHARS) -> str | None:
    """Trimmed text, or None for empty; control characters and lone surrogates refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text.")
    if len(value) > max_chars:
        raise ValidationError(
            f"{field} is {len(value):,} characters long; it may be at most {max_chars:,}."
        )
    if _CONTROL.search(value):
        raise ValidationError(f"{field} contains a control character.")
    if _SURROGATE.search(value):
        raise ValidationError(f"{field} is not valid Unicode text (it holds a lone surrogate).")
    value = value.strip()
    return value or None


def required_text(value: object, field: str) -> str:
    cleaned = optional_text(value, field)
    if cleaned is None:
        raise ValidationError(f"{field} must not be empty.")
    return cleaned


def url(value: object, field: str = "URL") -> str | None:
    text = optional_text(value, field)
    if text is None:
        return None
    try:
        parts = urlsplit(text)
        host = parts.netloc
    except ValueError:  # "http://[oops", "https://[::1": a malformed address
        host = ""
    else:
        if parts.scheme.lower() not in ("http", "https"):
            host = ""
    if not host:
        raise ValidationError(
            f"{field} {_show(text)} is not a web address: it must start with http:// or "
            "https:// and name a host."
        )
    return text


def _show(text: str, width: int = 80) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def choice(value: object, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(f"{field} {value!r} is not one of: {', '.join(allowed)}.")
    assert isinstance(value, str)
    return value


def status(value: object) -> str:
    return choice(value, "status", STATUSES)


def stance(value: object) -> str:
    return choice(value, "stance", STANCES)


def kind(value: object) -> str | None:
    if value is None or value == "":
        return None
    return choice(value, "kind", KINDS)


def reliability(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.upper() not in RELIABILITY:
        raise ValidationError(f"source reliability {value!r} must be a letter from A to F.")
    return value.upper()


def credibility(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = 0
    if number not in CREDIBILITY or isinstance(value, bool | float):
        raise ValidationError(f"information credibility {value!r} must be a number from 1 to 6.")
    return number


def date(value: object, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) <= 100:
        try:
            return timestamps.parse_date(value.strip())
        except timestamps.TimestampError:
            pass
    raise ValidationError(
        f"{field} {_show(str(value))} is not a date (write it as YYYY-MM-DD; dates run from "
        f"{timestamps.DATE_RANGE_TEXT})."
    )


def timestamp(value: object, field: str) -> dt.datetime | None:
    """A date and time, in the accepted range, as UTC.

    Besides RFC 3339, what people type is read too: a space for the ``T``,
    no seconds, no time zone (taken as UTC).
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str) and len(value) <= 100:
        text = value.strip()
        try:
            parsed = timestamps.parse_timestamp(text)
        except timestamps.TimestampError as exc:
            try:
                parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                reason = str(exc) if "range" in str(exc) else (
                    "is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)"
                )
                raise ValidationError(f"{field} {_show(value)} {reason}.") from None
    else:
        raise ValidationError(f"{field} {_show(str(value))} is not a date and time.")
    try:
        return timestamps.check_range(parsed)
    except timestamps.TimestampError as exc:
        raise ValidationError(f"{field} {_show(str(value))} {exc}.") from None


def tag(value: object) -> str:
    name = required_text(value, "tag")
    if len(name) > limits.TAG_CHARS:
        raise ValidationError(f"a tag must be at most {limits.TAG_CHARS} characters long.")
    return name


def tags(values: Iterable[object]) -> tuple[str, ...]:
    """A claim's tags, checked, sorted and without repeats."""
    names = tuple(sorted({tag(v) for v in values}))
    if len(names) > limits.TAGS_PER_CLAIM:
        raise ValidationError(
            f"a claim may have at most {limits.TAGS_PER_CLAIM} tags ({len(names)} given)."
        )
    return names


def canonical_uuid(value: object, field: str = "id") -> str:
    if isinstance(value, str):
        try:
            parsed = uuid.UUID(value)
        except ValueError:
            pass
        else:
            if str(parsed) == value:
                return value
    raise ValidationError(f"{field} {value!r} is not a canonical UUID.")


def read_file(path: Path, what: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them, or a clear refusal.

    Devices, pipes and folders are refused before they are opened (``/dev/zero``
    would never end); the size is counted while reading, not trusted.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError(f"{what} {path} does not exist.") from None
    except OSError as exc:
        raise ValidationError(f"{what} {path} cannot be read ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise ValidationError(f"{what} {path} is {kind}.")
    too_big = ValidationError(
        f"{what} {path} is larger than {limits.describe_size(max_bytes)}, the most FactDesk "
        "takes."
    )
    if info.st_size > max_bytes:
        raise too_big
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ValidationError(f"{what} {path} cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:
        raise too_big
    return data


def text_file(path: Path, field: str) -> str:
    """The UTF-8 text of a file given for a field (``--rationale-file``), within the limits."""
    data = read_file(path, f"{field} file", limits.TEXT_CHARS * 4)  # UTF-8: 4 bytes at most
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{field} file {path} is not UTF-8 text (bad byte at offset {exc.start})."
        ) from None
    return optional_text(text, field) or ""


def attachment_file(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a file to attach; a clear error if it cannot be read."""
    data = read_file(path, "attachment", limits.ATTACHMENT_BYTES)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return data, media_type
