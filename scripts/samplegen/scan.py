"""Scanner and phone-camera artefacts, applied to page images with label tracking.

Every geometric step (skew, perspective, quarter turns) is applied to the
image and to the ink outlines of seals and signatures alike, so the boxes in
labels.json are measured on the page as finally stored.
"""
from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass
class ScanParams:
    dpi: int = 150
    skew: float = 0.0  # degrees, positive = counter-clockwise as seen
    rotate: int = 0  # 0, 90, 180, 270: clockwise quarter turns of the content
    grey: bool = False
    bilevel: bool = False
    noise: float = 4.0  # std-dev of sensor noise, 0..255 scale
    blur: float = 0.6  # Gaussian sigma in pixels
    lighting: float = 0.0  # depth of uneven illumination, 0..0.3
    jpeg_quality: int = 60
    photo: bool = False  # phone photo: perspective, desk background


Points = np.ndarray  # N×2 float32, pixels


def _affine(points: list[Points], m: np.ndarray) -> list[Points]:
    return [np.hstack([p, np.ones((len(p), 1), np.float32)]) @ m.T for p in points]


def paper_tint(arr: np.ndarray, rng: random.Random) -> np.ndarray:
    """White becomes the slightly yellowish grey of office paper."""
    tint = np.array([rng.uniform(243, 252), rng.uniform(240, 249), rng.uniform(230, 244)], np.float32)
    return arr * (tint / 255.0)


def skew(arr: np.ndarray, pts: list[Points], angle: float) -> tuple[np.ndarray, list[Points]]:
    h, w = arr.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(arr, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(228, 228, 226))
    return out, _affine(pts, m)


def uneven_light(arr: np.ndarray, depth: float, rng: random.Random) -> np.ndarray:
    """A lamp or lid gap: brightness falls off across the page and toward one corner."""
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(a) * xx / w + np.sin(a) * yy / h)
    ramp = (ramp - ramp.min()) / max(1e-6, ramp.max() - ramp.min())
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    radial = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    fall = 1.0 - depth * (0.6 * ramp + 0.4 * np.clip(radial, 0, 1))
    return arr * fall[..., None]


def quarter_turn(arr: np.ndarray, pts: list[Points], deg: int) -> tuple[np.ndarray, list[Points]]:
    """Turn the page content clockwise by deg (a sheet fed sideways or upside down)."""
    h, w = arr.shape[:2]
    k = (deg // 90) % 4
    if k == 0:
        return arr, pts
    out = np.ascontiguousarray(np.rot90(arr, k=-k))
    moved = []
    for p in pts:
        x, y = p[:, 0], p[:, 1]
        if k == 1:
            q = np.stack([h - 1 - y, x], 1)
        elif k == 2:
            q = np.stack([w - 1 - x, h - 1 - y], 1)
        else:
            q = np.stack([y, w - 1 - x], 1)
        moved.append(q.astype(np.float32))
    return out, moved


def photograph(arr: np.ndarray, pts: list[Points], rng: random.Random) -> tuple[np.ndarray, list[Points]]:
    """A phone photo of the sheet on a desk: perspective, margin of desk, vignetting."""
    h, w = arr.shape[:2]
    pad = int(0.07 * w)
    W, H = w + 2 * pad, h + 2 * pad
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    jit = lambda s: rng.uniform(-s, s) * w  # noqa: E731
    dst = np.float32([[pad + jit(0.03), pad + jit(0.03)], [pad + w + jit(0.03), pad + jit(0.02)],
                      [pad + w + jit(0.02), pad + h + jit(0.02)], [pad + jit(0.02), pad + h + jit(0.03)]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(arr, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    sheet = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    desk = np.stack([110 + 30 * xx / W, 85 + 25 * yy / H, 60 + 10 * xx / W], -1).astype(np.float32)
    out = warped * sheet[..., None] + desk * (1 - sheet[..., None])
    vign = 1 - 0.28 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2.2
    out = out * vign[..., None]
    moved = [cv2.perspectiveTransform(p.reshape(-1, 1, 2), m).reshape(-1, 2) for p in pts]
    return out, moved


def simulate(img: Image.Image, pts: list[Points], p: ScanParams, rng: random.Random
             ) -> tuple[Image.Image, list[Points]]:
    """Apply the scan (or photo) artefacts; returns the final image and moved ink outlines."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    arr = paper_tint(np.asarray(img, dtype=np.float32), rng)
    if p.photo:
        arr, pts = photograph(arr, pts, rng)
    if p.skew:
        arr, pts = skew(arr, pts, p.skew)
    if p.lighting:
        arr = uneven_light(arr, p.lighting, rng)
    if p.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), p.blur)
    if p.noise:
        arr = arr + nrng.normal(0, p.noise, size=arr.shape[:2])[..., None].astype(np.float32)
    arr, pts = quarter_turn(arr, pts, p.rotate)
    arr8 = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr8, "RGB")
    if p.bilevel:
        grey = np.asarray(out.convert("L"))
        out = Image.fromarray(((grey > 165) * 255).astype(np.uint8), "L").convert("1")
    elif p.grey:
        out = out.convert("L")
    return out, pts


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, subsampling=2)
    return buf.getvalue()


def bbox_fraction(points: Points, width: int, height: int) -> list[float]:
    """[x0, y0, x1, y1] of the outline as fractions of the stored page, clipped to it."""
    x0, y0 = points.min(axis=0)
    x1, y1 = points.max(axis=0)
    fx = lambda v: round(float(min(max(v / width, 0.0), 1.0)), 4)  # noqa: E731
    fy = lambda v: round(float(min(max(v / height, 0.0), 1.0)), 4)  # noqa: E731
    return [fx(x0), fy(y0), fx(x1), fy(y1)]
