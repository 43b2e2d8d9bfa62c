"""Checks on values a journalist gives, each failing with a message that says what and where."""

from __future__ import annotations

import datetime as dt
import functools
import mimetypes
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from factdesk import records as r
from factdesk.errors import ValidationError
from factdesk.i18n import N_, _
from factdesk.records import CREDIBILITY, KINDS, RELIABILITY, STANCES, STATUSES
from factdesk.services import limits, timestamps

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _uuid() -> ModuleType:
    import uuid  # it loads `platform`, which opening a case file does not need

    return uuid


def new_id() -> str:
    """A new record id: a random (version 4) UUID in canonical form."""
    return str(_uuid().uuid4())


def optional_text(value: object, field: str, max_chars: int = limits.TEXT_CHARS) -> str | None:
    """The text exactly as given, or None when it is empty or only spaces.

    Nothing is trimmed: what a journalist typed is what is stored (the window
    tidies spaces at the ends only when a field is left).  Control characters
    other than tab, line feed and carriage return are refused, and so are
    lone surrogates and texts longer than the limit every text shares.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(_("{field} must be text.").format(field=_(field)))
    if len(value) > max_chars:
        raise ValidationError(
            _("{field} is {length} characters long; it may be at most {limit}.").format(
                field=_(field), length=f"{len(value):,}", limit=f"{max_chars:,}"
            )
        )
    if _CONTROL.search(value):
        raise ValidationError(_("{field} contains a control character.").format(field=_(field)))
    if _SURROGATE.search(value):
        raise ValidationError(
            _("{field} is not valid Unicode text (it holds a lone surrogate).").format(
                field=_(field)
            )
        )
    return value if value.strip() else None


def trimmed(value: object, field: str) -> str | None:
    """Like :func:`optional_text`, with spaces at both ends removed (single-line names)."""
    text = optional_text(value, field)
    return text.strip() if text is not None else None


def required_text(value: object, field: str) -> str:
    cleaned = optional_text(value, field)
    if cleaned is None:
        raise ValidationError(_("{field} must not be empty.").format(field=_(field)))
    return cleaned


def url(value: object, field: str = "URL") -> str | None:
    text = trimmed(value, field)
    if text is None:
        return None
    if any(c in text for c in "\t\n\r"):
        # The URL parser would drop them silently, so the address used would not be
        # the one shown.
        raise ValidationError(
            _("{field} {value} is not a web address: it holds a tab or a line break.").format(
                field=_(field), value=_show(text)
            )
        )
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - a malformed port is refused here, not when the address is used
    except ValueError:  # "http://[oops", "https://[::1", "http://h:port"
        raise ValidationError(
            _(
                "{field} {value} is not a web address: it is malformed (check brackets and port)."
            ).format(field=_(field), value=_show(text))
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValidationError(
            _(
                "{field} {value} is not a web address: it must start with http:// or https://."
            ).format(field=_(field), value=_show(text))
        )
    return text


def _show(text: str, width: int = 80) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def choice(value: object, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValidationError(
            _("{field} {value} is not one of: {allowed}.").format(
                field=_(field), value=repr(value), allowed=", ".join(allowed)
            )
        )
    assert isinstance(value, str)
    return value


def status(value: object) -> str:
    return choice(value, "status", STATUSES)


def stance(value: object) -> str:
    return choice(value, "stance", STANCES)


def kind_of(value: object) -> str | None:
    if value is None or value == "":
        return None
    return choice(value, "kind", KINDS)


def reliability(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.upper() not in RELIABILITY:
        raise ValidationError(
            _("source reliability {value} must be a letter from A to F.").format(value=repr(value))
        )
    return value.upper()


def credibility(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = 0
    if number not in CREDIBILITY or isinstance(value, bool | float):
        raise ValidationError(
            _("information credibility {value} must be a whole number from 1 to 6.").format(
                value=repr(value)
            )
        )
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
        except timestamps.TimestampError as exc:
            if "YYYY-MM-DD" not in str(exc):  # in the right form, but no such day
                raise ValidationError(f"{_(field)} {_show(value)} {exc}.") from None
    raise ValidationError(
        _("{field} {value} is not a date (write it as YYYY-MM-DD; dates run from {range}).").format(
            field=_(field), value=_show(str(value)), range=timestamps.date_range_text()
        )
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
                # In RFC 3339's form but impossible: the strict reading says why.
                if "RFC 3339" not in str(exc):
                    raise ValidationError(f"{_(field)} {_show(value)} {exc}.") from None
                raise ValidationError(
                    _(
                        "{field} {value} is not a date and time "
                        "(write it as YYYY-MM-DD HH:MM, in UTC, or YYYY-MM-DD)."
                    ).format(field=_(field), value=_show(value))
                ) from None
    else:
        raise ValidationError(
            _("{field} {value} is not a date and time.").format(
                field=_(field), value=_show(str(value))
            )
        )
    try:
        return timestamps.check_range(parsed)
    except timestamps.TimestampError as exc:
        raise ValidationError(f"{_(field)} {_show(str(value))} {exc}.") from None


def tag(value: object) -> str:
    name = trimmed(value, "tag")
    if name is None:
        raise ValidationError(_("tag must not be empty."))
    if len(name) > limits.TAG_CHARS:
        raise ValidationError(
            _("a tag must be at most {limit} characters long.").format(limit=limits.TAG_CHARS)
        )
    return name


def canonical_uuid(value: object, field: str = "id") -> str:
    if isinstance(value, str):
        try:
            parsed = _uuid().UUID(value)
        except ValueError:
            pass
        else:
            if str(parsed) == value:
                return value
    raise ValidationError(
        _("{field} {value} is not a canonical UUID.").format(field=_(field), value=repr(value))
    )


def read_file(path: Path, what: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them, or a clear refusal.

    Devices, pipes and folders are refused before they are opened (``/dev/zero``
    would never end); the size is counted while reading, not trusted.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError(
            _("{what} {path} does not exist.").format(what=_(what), path=path)
        ) from None
    except OSError as exc:
        raise _unreadable(what, path, exc) from None
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(_("{what} {path} is a folder.").format(what=_(what), path=path))
        raise ValidationError(
            _("{what} {path} is not a regular file.").format(what=_(what), path=path)
        )
    too_big = ValidationError(
        _("{what} {path} is larger than {size}, the most FactDesk takes.").format(
            what=_(what), path=path, size=limits.describe_size(max_bytes)
        )
    )
    if info.st_size > max_bytes:
        raise too_big
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _unreadable(what, path, exc) from None
    if len(data) > max_bytes:
        raise too_big
    return data


def _unreadable(what: str, path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        _("{what} {path} cannot be read ({problem}).").format(
            what=_(what), path=path, problem=exc.strerror or exc
        )
    )


def text_file(path: Path, field: str) -> str:
    """The UTF-8 text of a file given for a field (``--rationale-file``), within the limits."""
    # UTF-8: 4 bytes a character at most
    data = read_file(path, _("{field} file").format(field=_(field)), limits.TEXT_CHARS * 4)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _("{field} file {path} is not UTF-8 text (bad byte at offset {offset}).").format(
                field=_(field), path=path, offset=exc.start
            )
        ) from None
    return optional_text(text, field) or ""


def attachment_file(path: Path) -> tuple[bytes, str]:
    """The bytes and media type of a file to attach; a clear error if it cannot be read."""
    data = read_file(path, N_("attachment"), limits.ATTACHMENT_BYTES)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return data, media_type


def rating_key(value: object) -> str | None:
    """A rating key (whether the scale has it is checked against the case file)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(
            _("rating {value} must be a key of the rating scale.").format(value=repr(value))
        )
    return value


def tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise ValidationError(_("tags must be a list of names."))
    names = tuple(sorted({tag(t) for t in value}))
    if len(names) > limits.TAGS_PER_CLAIM:
        raise ValidationError(
            _("a claim may have at most {limit} tags ({count} given).").format(
                limit=limits.TAGS_PER_CLAIM, count=len(names)
            )
        )
    return names


def _by_kind(kind: str, label: str, required: bool) -> Any:
    def text_check(v: object) -> Any:
        return required_text(v, label) if required else optional_text(v, label)

    checks: dict[str, Any] = {
        r.TEXT: text_check,
        r.URL: lambda v: url(v, label),
        r.DATE: lambda v: date(v, label),
        r.TIMESTAMP: lambda v: timestamp(v, label),
        r.STATUS: status,
        r.KIND: kind_of,
        r.STANCE: stance,
        r.RELIABILITY_GRADE: reliability,
        r.CREDIBILITY_GRADE: credibility,
        r.RATING: rating_key,
        r.TAGS: tags,
        r.ID: lambda v: None if v is None else canonical_uuid(v, label),
        r.SHA256: lambda v: None if v is None else sha256(v, label),
        r.INTEGER: lambda v: None if v is None else whole_number(v, label),
    }
    return checks[kind]


def sha256(value: object, field: str) -> str:
    if not (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    ):
        raise ValidationError(
            _("{field} {value} is not a SHA-256 (64 lowercase hex digits).").format(
                field=_(field), value=repr(value)
            )
        )
    return value


def whole_number(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            _("{field} {value} must be a whole number, not negative.").format(
                field=_(field), value=repr(value)
            )
        )
    return value


@functools.cache
def _field_check(record: type, name: str) -> tuple[Any, r.Spec]:
    """The check of one field, made once (imports check every field of thousands of rows)."""
    spec = r.field_info(record, name).spec
    return _by_kind(spec.kind, spec.label, spec.required), spec


@functools.cache
def _editable(record: type) -> frozenset[str]:
    return frozenset(r.names(record, editable=True))


def field_value(record: type, name: str, value: object) -> Any:
    """``value`` checked as the field ``name`` of ``record`` takes it, in the field's words.

    The one check of each field: the window, the command line and the bundle
    reader all come here, so a value accepted by one is accepted by all.
    """
    check, spec = _field_check(record, name)
    result = check(value)
    if result is None and spec.required:
        raise ValidationError(_("{field} is required.").format(field=_(spec.label)))
    return result


def editable_values(record: type, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Checked values for fields a user may change; other field names are refused."""
    allowed = _editable(record)
    unknown = sorted(set(changes) - allowed)
    if unknown:
        what = record.__name__.lower()
        raise ValidationError(
            _("unknown {record} field(s): {fields}.").format(record=what, fields=", ".join(unknown))
        )
    return {name: field_value(record, name, value) for name, value in changes.items()}
