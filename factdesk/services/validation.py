"""Checks on values a journalist gives, each failing with a message that says what and where."""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from factdesk.errors import ValidationError
from factdesk.services.records import CREDIBILITY, KINDS, RELIABILITY, STANCES, STATUSES

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def optional_text(value: object, field: str) -> str | None:
    """Trimmed text, or None for empty; control characters refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text.")
    if _CONTROL.search(value):
        raise ValidationError(f"{field} contains a control character.")
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
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValidationError(
            f"{field} {text!r} is not a web address: it must start with http:// or https://."
        )
    return text


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
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(f"{field} {value!r} is not a date (write it as YYYY-MM-DD).")


def timestamp(value: object, field: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValidationError(
                f"{field} {value!r} is not a date and time (write it as YYYY-MM-DDTHH:MM:SSZ)."
            ) from exc
    else:
        raise ValidationError(f"{field} {value!r} is not a date and time.")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def tag(value: object) -> str:
    name = required_text(value, "tag")
    if len(name) > 200:
        raise ValidationError("a tag must be at most 200 characters long.")
    return name


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


def attachment_file(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a file to attach; a clear error if it cannot be read."""
    if not path.exists():
        raise ValidationError(f"attachment {path} does not exist.")
    if not path.is_file():
        raise ValidationError(f"attachment {path} is not a file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"attachment {path} cannot be read ({exc.strerror}).") from exc
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return data, media_type
