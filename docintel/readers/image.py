"""Image backend: PNG, JPEG and (multi-page) TIFF, with decompression-bomb limits."""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from ..errors import CorruptError, TooLargeError


def _open(path: Path, max_pixels: int) -> Image.Image:
    # Pillow's own bomb check warns at MAX_IMAGE_PIXELS and raises at twice that;
    # we read the header first and compare ourselves, so the limit is exact.
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = None
            img = Image.open(path)
            w, h = img.size
    except UnidentifiedImageError as exc:
        raise CorruptError("the image cannot be decoded") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptError(f"the image cannot be read ({exc})") from exc
    if w * h > max_pixels:
        img.close()
        raise TooLargeError(f"image is {w}x{h} = {w * h / 1e6:.0f} MP; the limit is {max_pixels / 1e6:.0f} MP")
    return img


def image_page_count(path: Path, max_pixels: int, max_pages: int) -> int:
    img = _open(path, max_pixels)
    try:
        n = getattr(img, "n_frames", 1)
    except (OSError, SyntaxError, ValueError, TypeError, EOFError) as exc:  # a broken TIFF frame chain
        raise CorruptError(f"the image's pages cannot be listed ({exc})") from exc
    finally:
        img.close()
    if n > max_pages:
        raise TooLargeError(f"the image has {n} pages; the limit is {max_pages}")
    return n


def load_image_page(path: Path, index: int, max_pixels: int) -> Image.Image:
    """One frame, decoded, upright per its EXIF orientation (phone photos), as RGB."""
    img = _open(path, max_pixels)
    try:
        img.seek(index)
        if img.size[0] * img.size[1] > max_pixels:
            raise TooLargeError(f"page {index + 1} is {img.size[0]}x{img.size[1]}; over the pixel limit")
        img.load()
        out = ImageOps.exif_transpose(img) if index == 0 else img.copy()
        return _to_rgb(out)
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptError(f"page {index + 1} of the image cannot be decoded ({exc})") from exc
    finally:
        img.close()


def _to_rgb(img: Image.Image) -> Image.Image:
    """RGB for any mode. 16-bit and float greys (some scanners' TIFF and PNG) are
    scaled to 8 bits first: Pillow's own conversion clips them to white."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(img, dtype=np.float64)
        top = arr.max()
        scale = 255.0 / (65535.0 if top > 255 and img.mode.startswith("I;16") else max(top, 1.0))
        img = Image.fromarray(np.clip(arr * scale, 0, 255).astype(np.uint8), mode="L")
    return img.convert("RGB")
