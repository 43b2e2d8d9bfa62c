"""Image attachments: metadata, perceptual hashes and thumbnails, read with Pillow.

Pillow, its HEIF plugin and ImageHash are imported inside the functions
that need them, so opening the window or listing claims never loads them.
Images are untrusted: a picture larger than Pillow's decompression-bomb
limit is refused before it is decoded, and malformed metadata is reported
as such (the rest of what can be read is kept).
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import asdict, dataclass, replace
from typing import Any

from factdesk.i18n import N_, _, number

# The EXIF orientations, named in the message language when shown.
ORIENTATIONS = {
    1: N_("normal"),
    2: N_("mirrored"),
    3: N_("rotated 180°"),
    4: N_("mirrored and rotated 180°"),
    5: N_("mirrored and rotated 90° anticlockwise"),
    6: N_("rotated 90° clockwise"),
    7: N_("mirrored and rotated 90° clockwise"),
    8: N_("rotated 90° anticlockwise"),
}
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "HEIF", "TIFF", "BMP", "MPO"}
THUMBNAIL_PX = 128
# Two pictures are the same photograph re-saved, resized, recompressed or
# lightly cropped when both 64-bit hashes are this close (bits that differ).
# Measured on real photographs: such copies differ by at most 14 (pHash) and
# 17 (dHash) bits, different photographs by at least 22 and 24.
PHASH_MAX_DISTANCE = 16
DHASH_MAX_DISTANCE = 20

_TAG_MAKE, _TAG_MODEL, _TAG_SOFTWARE, _TAG_ORIENTATION, _TAG_DATETIME = (
    0x010F,
    0x0110,
    0x0131,
    0x0112,
    0x0132,
)
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL, _OFFSET_TIME, _OFFSET_ORIGINAL = 0x9003, 0x9010, 0x9011


class ImageRefused(Exception):
    """The image is not decoded: too large, or not an image Pillow can read."""


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int
    make: str | None = None
    model: str | None = None
    taken_at: str | None = None  # "2008:10:22 16:28:39" as written, ISO-formatted
    taken_offset: str | None = None  # "+02:00" when the camera recorded it
    latitude: float | None = None
    longitude: float | None = None
    software: str | None = None
    orientation: int | None = None
    metadata_problem: str | None = None

    @property
    def camera(self) -> str | None:
        make, model = self.make or "", self.model or ""
        brand = make.split(" ")[0].lower()
        if brand and model.lower().startswith(brand):
            return model  # "Canon" + "Canon EOS 40D", "NIKON CORPORATION" + "NIKON D70"
        return " ".join(p for p in (make, model) if p) or None

    @property
    def orientation_text(self) -> str | None:
        if self.orientation is None:
            return None
        known = ORIENTATIONS.get(self.orientation)
        if known is None:
            return _("unknown ({value})").format(value=self.orientation)
        return _(known)

    @property
    def map_url(self) -> str | None:
        if self.latitude is None or self.longitude is None:
            return None
        lat, lon = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ImageFacts:
    info: ImageInfo
    phash: str
    dhash: str
    thumbnail: bytes  # JPEG, at most THUMBNAIL_PX on a side, upright


def _register_plugins() -> None:
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # pragma: no cover - the plugin is a declared dependency
        return
    register_heif_opener()


def _open(data: bytes) -> tuple[Any, list[str]]:
    """The image, opened but not decoded, and Pillow's complaints while reading its header."""
    from PIL import Image, UnidentifiedImageError

    _register_plugins()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(
            _("refused: too many pixels to decode safely ({reason})").format(reason=exc)
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ImageRefused(
            _("not an image FactDesk can read ({reason})").format(reason=str(exc)[:120])
        ) from exc
    if image.format not in IMAGE_FORMATS:
        raise ImageRefused(
            _("not an image FactDesk inspects ({format})").format(format=image.format)
        )
    width, height = image.size
    if width * height > (Image.MAX_IMAGE_PIXELS or 0) > 0:
        raise ImageRefused(
            _("refused: {width} × {height} pixels is beyond the decompression-bomb limit").format(
                width=number(width), height=number(height)
            )
        )
    return image, _complaints(caught)


def _complaints(caught: list[warnings.WarningMessage]) -> list[str]:
    return [
        " ".join(str(w.message).split())[:120]
        for w in caught
        if not issubclass(w.category, DeprecationWarning)
    ]


def looks_like_image(data: bytes) -> bool:
    head = data[:16]
    return (
        head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc")
        or head[:4] in (b"II*\x00", b"MM\x00*")
    )


def inspect_image(data: bytes) -> ImageFacts:
    """Metadata, hashes and a thumbnail; :class:`ImageRefused` when it is not decoded."""
    import imagehash
    from PIL import ImageOps

    image, complaints = _open(data)
    info = _metadata(image, complaints)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image_bomb_warning())
            image.load()
            upright = ImageOps.exif_transpose(image) or image
            rgb = upright.convert("RGB")
    except ImageRefused:
        raise
    except Exception as exc:  # hostile bytes: Pillow's decoders raise many kinds
        raise ImageRefused(
            _("the picture data is damaged ({reason})").format(reason=str(exc)[:120])
        ) from exc
    phash = str(imagehash.phash(rgb))
    dhash = str(imagehash.dhash(rgb))
    thumb = rgb.copy()
    thumb.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=85)
    return ImageFacts(info, phash, dhash, out.getvalue())


def Image_bomb_warning() -> type[Warning]:
    from PIL import Image

    return Image.DecompressionBombWarning


def image_metadata(data: bytes) -> ImageInfo:
    """Only the metadata (no decoding of the picture itself)."""
    return _metadata(*_open(data))


def _metadata(image: Any, complaints: list[str]) -> ImageInfo:
    # Pillow reads damaged EXIF leniently and only warns: the warnings are the
    # evidence that the metadata is malformed, so they are caught and reported.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        info = _read_metadata(image)
    complaints = complaints + _complaints(caught)
    raw = image.info.get("exif")
    if (
        isinstance(raw, bytes)
        and raw
        and raw.lstrip(b"Exif\x00")[:4]
        not in (
            b"II*\x00",
            b"MM\x00*",
        )
    ):
        complaints.append(_("the EXIF block does not start with a TIFF header"))
    if complaints:
        problem = "; ".join(filter(None, [info.metadata_problem, *dict.fromkeys(complaints)]))
        problem = _("malformed metadata: {problem}").format(problem=problem)
        info = replace(info, metadata_problem=problem[:500])
    return info


def _read_metadata(image: Any) -> ImageInfo:
    width, height = image.size
    fmt = "HEIC" if image.format == "HEIF" else str(image.format)
    values: dict[str, Any] = {}
    problems: list[str] = []
    try:
        exif = image.getexif()
    except Exception as exc:  # malformed EXIF: report, keep the rest
        problem = _("malformed EXIF ({reason})").format(reason=_short(exc))
        return ImageInfo(fmt, width, height, metadata_problem=problem)
    for name, tag in (("make", _TAG_MAKE), ("model", _TAG_MODEL), ("software", _TAG_SOFTWARE)):
        values[name] = _text(exif.get(tag))
    orientation = exif.get(_TAG_ORIENTATION)
    if isinstance(orientation, int) and not isinstance(orientation, bool):
        values["orientation"] = orientation
    try:
        sub = exif.get_ifd(_EXIF_IFD)
    except Exception as exc:
        sub = {}
        problems.append(_("EXIF block unreadable ({reason})").format(reason=_short(exc)))
    taken = _text(sub.get(_DATETIME_ORIGINAL)) or _text(exif.get(_TAG_DATETIME))
    offset = _text(sub.get(_OFFSET_ORIGINAL)) or _text(sub.get(_OFFSET_TIME))
    if taken:
        iso = _exif_time(taken)
        if iso is None:
            problems.append(_("capture time {value} is not a date").format(value=repr(taken[:40])))
        values["taken_at"] = iso
        values["taken_offset"] = offset if offset and _is_offset(offset) else None
    try:
        gps = exif.get_ifd(_GPS_IFD)
    except Exception as exc:
        gps = {}
        problems.append(_("GPS block unreadable ({reason})").format(reason=_short(exc)))
    if gps:
        position = _gps(gps)
        if position is None:
            if 2 in gps or 4 in gps:
                problems.append(_("GPS position is malformed"))
        else:
            values["latitude"], values["longitude"] = position
    return ImageInfo(fmt, width, height, metadata_problem="; ".join(problems) or None, **values)


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    cleaned = "".join(c for c in value if c.isprintable()).strip()
    return cleaned[:200] or None


def _exif_time(value: str) -> str | None:
    """EXIF's "YYYY:MM:DD HH:MM:SS" as ISO 8601 (local time of the camera)."""
    import datetime as dt

    try:
        parsed = dt.datetime.strptime(value[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    return parsed.isoformat()


def _is_offset(value: str) -> bool:
    return (
        len(value) == 6
        and value[0] in "+-"
        and value[1:3].isdigit()
        and value[3] == ":"
        and value[4:].isdigit()
    )


def _gps(gps: dict[int, Any]) -> tuple[float, float] | None:
    try:
        lat = _degrees(gps[2], gps.get(1), "NS")
        lon = _degrees(gps[4], gps.get(3), "EW")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if lat is None or lon is None or abs(lat) > 90 or abs(lon) > 180:
        return None
    return round(lat, 6), round(lon, 6)


def _degrees(parts: Any, ref: Any, refs: str) -> float | None:
    d, m, s = (float(p) for p in parts[:3])
    if any(math.isnan(v) or math.isinf(v) or v < 0 for v in (d, m, s)):
        return None
    value = d + m / 60 + s / 3600
    ref_text = ref.decode("ascii", "replace") if isinstance(ref, bytes) else str(ref or "")
    ref_text = ref_text.strip("\x00 ").upper()[:1]
    if ref_text and ref_text not in refs:
        return None
    return -value if ref_text == refs[1] else value


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def hash_distance(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def same_picture(phash_a: str, dhash_a: str, phash_b: str, dhash_b: str) -> bool:
    return (
        hash_distance(phash_a, phash_b) <= PHASH_MAX_DISTANCE
        and hash_distance(dhash_a, dhash_b) <= DHASH_MAX_DISTANCE
    )


BAND_COLOURS = {"false": (176, 34, 27), "mostly-false": (194, 80, 26)}


def banded(data: bytes, text: str, tone: str, max_side: int = 1600) -> bytes | None:
    """A JPEG copy of the picture with ``text`` on a band across it, or None if unreadable.

    The band is part of the pixels, so a screenshot of the report, or the
    image saved out of it, cannot pass for the original picture.
    """
    from PIL import ImageDraw, ImageFont, ImageOps

    try:
        image, _ = _open(data)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image_bomb_warning())
            image.load()
            picture = (ImageOps.exif_transpose(image) or image).convert("RGB")
    except Exception:  # hostile or damaged bytes: the report lists the file instead
        return None
    picture.thumbnail((max_side, max_side))
    width, height = picture.size
    colour = BAND_COLOURS.get(tone, BAND_COLOURS["false"])
    band_height = max(18, height // 6)
    top = (height - band_height) // 2
    overlay = picture.copy()
    draw = ImageDraw.Draw(overlay)
    draw.rectangle((0, top, width, top + band_height), fill=colour)
    border = max(2, min(width, height) // 60)
    draw.rectangle((0, 0, width - 1, height - 1), outline=colour, width=border)
    picture = Image_blend(picture, overlay, 0.88)
    draw = ImageDraw.Draw(picture)
    size = max(10, int(band_height * 0.6))
    font: Any = ImageFont.load_default(size=size)
    while size > 8 and draw.textlength(text, font=font) > width * 0.92:
        size -= 2
        font = ImageFont.load_default(size=size)
    left, upper, right, lower = draw.textbbox((0, 0), text, font=font)
    draw.text(
        ((width - (right - left)) / 2 - left, top + (band_height - (lower - upper)) / 2 - upper),
        text,
        font=font,
        fill=(255, 255, 255),
    )
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88)
    return out.getvalue()


def Image_blend(a: Any, b: Any, alpha: float) -> Any:
    from PIL import Image

    return Image.blend(a, b, alpha)
