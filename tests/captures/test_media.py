"""Image metadata and near-duplicates, on real camera photographs."""

from __future__ import annotations

import io
import itertools
import struct

import pytest
from PIL import Image, ImageOps

from factdesk.services import media
from tests.captures import inputs

PHOTOS = [
    "Canon_40D.jpg",
    "Nikon_D70.jpg",
    "gps_DSCN0010.jpg",
    "gps_DSCN0021.jpg",
    "invalid_image01088.jpg",
    "orientation_landscape_6.jpg",
]


def test_camera_time_and_gps_of_a_real_photograph() -> None:
    info = media.image_metadata(inputs.photo("gps_DSCN0010.jpg"))
    assert (info.format, info.width, info.height) == ("JPEG", 640, 480)
    assert info.camera == "NIKON COOLPIX P6000"
    assert info.taken_at == "2008-10-22T16:28:39"
    assert info.taken_offset is None  # the camera recorded no time zone
    assert info.latitude == pytest.approx(43.467448, abs=1e-6)
    assert info.longitude == pytest.approx(11.885127, abs=1e-6)
    assert info.map_url == (
        "https://www.openstreetmap.org/?mlat=43.467448&mlon=11.885127#map=16/43.467448/11.885127"
    )
    assert info.software == "Nikon Transfer 1.1 W"
    assert info.metadata_problem is None


def test_make_is_not_repeated_before_the_model() -> None:
    assert media.image_metadata(inputs.photo("Canon_40D.jpg")).camera == "Canon EOS 40D"
    assert media.image_metadata(inputs.photo("Nikon_D70.jpg")).camera == "NIKON D70"


def test_orientation_is_reported_and_the_thumbnail_is_upright() -> None:
    facts = media.inspect_image(inputs.photo("orientation_landscape_6.jpg"))
    assert facts.info.orientation == 6
    assert facts.info.orientation_text == "rotated 90° clockwise"
    thumb = Image.open(io.BytesIO(facts.thumbnail))
    stored = facts.info.width, facts.info.height
    assert stored[0] < stored[1]  # stored portrait ...
    assert thumb.width > thumb.height  # ... shown as the landscape it is
    assert max(thumb.size) <= media.THUMBNAIL_PX


def test_the_photo_with_a_damaged_metadata_block_is_read_without_failing() -> None:
    facts = media.inspect_image(inputs.photo("invalid_image01088.jpg"))
    assert (facts.info.width, facts.info.height) == (425, 120)


def _with_exif(payload: bytes) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(out, "JPEG")
    jpeg = out.getvalue()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


@pytest.mark.parametrize(
    "payload",
    [
        b"Exif\x00\x00II*\x00" + struct.pack("<I", 99999),  # first directory past the end
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\x0f\x01\x02\x00",  # directory cut short
        b"Exif\x00\x00" + b"\xff" * 50,  # no TIFF header at all
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00"
        + struct.pack("<HHII", 0x8825, 4, 1, 26)
        + b"\0\0\0\0\x01\x00"
        + struct.pack("<HHII", 2, 5, 3, 0x7FFF0000)
        + b"\0\0\0\0",  # GPS position pointing outside the file
    ],
)
def test_malformed_exif_is_reported_as_such(payload: bytes) -> None:
    facts = media.inspect_image(_with_exif(payload))
    assert facts.info.metadata_problem is not None
    assert facts.info.metadata_problem.startswith("malformed metadata")
    assert (facts.info.width, facts.info.height) == (64, 48)


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, "PNG")  # 400 million pixels in 48 KB
    with pytest.raises(media.ImageRefused, match="too many pixels"):
        media.inspect_image(out.getvalue())


def _variants(data: bytes) -> dict[str, bytes]:
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")
    w, h = image.size
    dx, dy = round(w * 0.05), round(h * 0.05)

    def encoded(img: Image.Image, fmt: str, **options: object) -> bytes:
        out = io.BytesIO()
        img.save(out, fmt, **options)
        return out.getvalue()

    return {
        "resized to half": encoded(image.resize((w // 2, h // 2)), "JPEG", quality=90),
        "recompressed at 60 %": encoded(image, "JPEG", quality=60),
        "cropped 5 % all round": encoded(image.crop((dx, dy, w - dx, h - dy)), "JPEG"),
        "cropped 5 % off one corner": encoded(image.crop((0, 0, w - dx, h - dy)), "JPEG"),
        "converted to PNG": encoded(image, "PNG"),
    }


@pytest.mark.parametrize("name", PHOTOS)
def test_resized_recompressed_cropped_and_png_copies_match(name: str) -> None:
    original = media.inspect_image(inputs.photo(name))
    for what, data in _variants(inputs.photo(name)).items():
        copy = media.inspect_image(data)
        assert media.same_picture(original.phash, original.dhash, copy.phash, copy.dhash), what


def test_different_photographs_do_not_match() -> None:
    facts = {name: media.inspect_image(inputs.photo(name)) for name in PHOTOS}
    for a, b in itertools.combinations(PHOTOS, 2):
        fa, fb = facts[a], facts[b]
        assert not media.same_picture(fa.phash, fa.dhash, fb.phash, fb.dhash), (a, b)
    # nor do the variants of one photo match another photo
    variants = {
        n: [media.inspect_image(d) for d in _variants(inputs.photo(n)).values()] for n in PHOTOS
    }
    for a, b in itertools.permutations(PHOTOS, 2):
        for v in variants[a]:
            assert not media.same_picture(v.phash, v.dhash, facts[b].phash, facts[b].dhash), (a, b)


def test_webp_and_png_images_are_inspected() -> None:
    image = Image.open(io.BytesIO(inputs.photo("Canon_40D.jpg")))
    for fmt in ("WEBP", "PNG"):
        out = io.BytesIO()
        image.save(out, fmt)
        assert media.looks_like_image(out.getvalue())
        assert media.inspect_image(out.getvalue()).info.format == fmt


def test_a_heic_photo_keeps_its_camera_and_position() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()
    jpeg = Image.open(io.BytesIO(inputs.photo("gps_DSCN0010.jpg")))
    out = io.BytesIO()
    jpeg.save(out, "HEIF", exif=jpeg.info["exif"])
    facts = media.inspect_image(out.getvalue())
    assert facts.info.format == "HEIC"
    assert facts.info.camera == "NIKON COOLPIX P6000"
    assert facts.info.latitude == pytest.approx(43.467448, abs=1e-6)
    original = media.inspect_image(inputs.photo("gps_DSCN0010.jpg"))
    assert media.same_picture(original.phash, original.dhash, facts.phash, facts.dhash)
