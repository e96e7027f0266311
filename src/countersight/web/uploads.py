"""Photos and screenshots people upload: size- and type-checked, decoded with Pillow's
decompression-bomb guard, re-encoded as PNG without EXIF or other metadata."""

from __future__ import annotations

import base64
import io
import warnings

from PIL import Image, UnidentifiedImageError

from countersight.errors import InvalidRequest

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
#: What an upload may be, by what Pillow finds in it (not by its name or declared type).
FORMATS = frozenset({"PNG", "JPEG", "GIF", "WEBP", "BMP"})
#: Longest side of the re-encoded image.
MAX_SIDE = 1600


def reencode(data: bytes, name: str = "upload") -> bytes:
    """``data`` as a clean PNG; :class:`InvalidRequest` when it is not a safe, small image."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InvalidRequest(
            f"{name}: {len(data):,} bytes, over the {MAX_UPLOAD_BYTES:,}-byte limit for images"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format not in FORMATS:
                    raise InvalidRequest(
                        f"{name}: {probe.format or 'unknown'} is not an image type accepted here"
                    )
                if probe.width * probe.height > MAX_PIXELS:
                    raise InvalidRequest(
                        f"{name}: {probe.width}x{probe.height} pixels is too large"
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.seek(0)
                image.load()
                clean = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        except InvalidRequest:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise InvalidRequest(f"{name}: a decompression bomb, not an image") from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
            raise InvalidRequest(f"{name}: not a readable image") from None
    clean.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=False)  # a fresh image: no EXIF, no text chunks
    return out.getvalue()


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
