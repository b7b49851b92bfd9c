"""Page geometry in one place: fractional boxes, origin top-left, and quarter turns."""
from __future__ import annotations

from .models import BBox, Block, Line


def normalise_box(x0: float, y0: float, x1: float, y1: float, width: float, height: float) -> BBox:
    """Absolute to fractional coordinates, clamped to the page."""

    def c(v: float) -> float:
        return round(min(1.0, max(0.0, v)), 5)

    return (c(x0 / width), c(y0 / height), c(x1 / width), c(y1 / height))


def _to_stored(u: float, v: float, rotation: int) -> tuple[float, float]:
    if rotation == 90:
        return v, 1 - u
    if rotation == 180:
        return 1 - u, 1 - v
    if rotation == 270:
        return 1 - v, u
    return u, v


def upright_to_stored(box: BBox, rotation: int) -> BBox:
    """A box measured on the upright page, moved onto the page as stored, where
    ``rotation`` is the clockwise turn that made the stored page upright."""
    rotation %= 360
    if rotation == 0:
        return box
    a = _to_stored(box[0], box[1], rotation)
    b = _to_stored(box[2], box[3], rotation)
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))


def blocks_to_stored(blocks: list[Block], rotation: int) -> list[Block]:
    """Blocks laid out on the upright page, with every box moved onto the stored page."""
    if rotation % 360 == 0:
        return blocks
    return [
        block.model_copy(
            update={
                "bbox": upright_to_stored(block.bbox, rotation),
                "lines": [
                    Line(
                        words=[w.model_copy(update={"bbox": upright_to_stored(w.bbox, rotation)}) for w in line.words],
                        bbox=upright_to_stored(line.bbox, rotation),
                    )
                    for line in block.lines
                ],
            }
        )
        for block in blocks
    ]


ROW_TOLERANCE = 0.6  # of a line's height


def same_row(a: BBox, b: BBox) -> bool:
    """Two lines side by side: a table row, or a label and its value in another cell."""
    h = max(1e-3, min(a[3] - a[1], b[3] - b[1]))
    return abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) < ROW_TOLERANCE * h
