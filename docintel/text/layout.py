"""Words to lines to blocks, in reading order, for text layers and OCR alike.

Reading order comes from a recursive XY-cut over line boxes: cut at a vertical
gutter when one runs through the whole region (columns, or the two cells of a
bilingual table row), else at wide horizontal gaps, else at any horizontal gap
below which a gutter appears (a title across two columns). Blocks are then
split wherever the script changes, so that a Chinese paragraph followed by its
Russian translation becomes two blocks with one language each.
"""
from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from ..lang.script import dominant_script
from ..models import Block, Line, Word, union_bbox

# Gaps are measured in units of the median text height on the page.
SAME_SCRIPT_SPLIT = 3.5  # a gap this wide between words of one script ends a line segment
SCRIPT_CHANGE_SPLIT = 1.0  # ... and this wide where the script changes (zh cell | ru cell)
GUTTER_MIN = 1.0  # a vertical cut needs a gap at least this wide (or a table rule in it)
SCRIPT_GUTTER_MIN = 0.3  # ... or this wide with different scripts on either side
PARAGRAPH_GAP = 0.8  # a horizontal cut needs a gap this tall, and 1.5x the region's usual line gap
SAME_LINE_OVERLAP = 0.5  # vertical overlap (of the smaller box) to be on one line


class Geometry:
    """What the grouping needs to know of the page besides its words.

    Boxes are fractions of the page's width and height, so a horizontal distance
    is converted to text heights with the page's aspect ratio. ``rules`` are the x
    positions (fractions) of vertical table rules: a line never runs across one,
    and a cut may be made at one however narrow the gap beside it.
    """

    def __init__(self, aspect: float = 1.0, rules: Sequence[float] = ()):
        self.aspect = aspect
        self.rules = sorted(rules)

    def rule_between(self, left: float, right: float) -> bool:
        return any(left <= r <= right for r in self.rules)


def build_lines(
    words: Sequence[Word], line_keys: Sequence[tuple] | None = None, geometry: Geometry | None = None
) -> list[Line]:
    """Group words into line segments.

    With ``line_keys`` (Tesseract's block/paragraph/line ids) the engine's own
    lines are kept; otherwise words are clustered by vertical overlap. Either way a
    line is split at a table rule, at a gap where the script changes (the two cells
    of a bilingual row), and at a gap too wide for justified text.
    """
    if not words:
        return []
    geo = geometry or Geometry()
    height = median(w.bbox[3] - w.bbox[1] for w in words) or 1e-3
    unit = height * geo.aspect  # one text height, in fractions of the page width
    if line_keys is not None:
        groups: dict[tuple, list[Word]] = {}
        for w, key in zip(words, line_keys):
            groups.setdefault(key, []).append(w)
        raw = list(groups.values())
    else:
        raw = _cluster_rows(words)
    lines: list[Line] = []
    for row in raw:
        row = sorted(row, key=lambda w: w.bbox[0])
        segment = [row[0]]
        for w in row[1:]:
            prev = segment[-1]
            gap = (w.bbox[0] - prev.bbox[2]) / unit
            a, b = dominant_script(prev.text), dominant_script(w.text)
            split = (
                gap > SAME_SCRIPT_SPLIT
                or (gap > SCRIPT_CHANGE_SPLIT and a is not None and b is not None and a != b)
                or geo.rule_between(prev.bbox[2], w.bbox[0])
            )
            if split:
                lines.append(_line(segment))
                segment = [w]
            else:
                segment.append(w)
        lines.append(_line(segment))
    return lines


def _line(words: list[Word]) -> Line:
    """Words in reading order: right to left for Arabic-script lines (Urdu, Uyghur)."""
    if dominant_script(" ".join(w.text for w in words)) == "arabic":
        words = sorted(words, key=lambda w: -w.bbox[2])
    return Line(words=words, bbox=union_bbox([w.bbox for w in words]))


def _cluster_rows(words: Sequence[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    boxes: list[list[float]] = []  # running top/bottom per row
    for w in sorted(words, key=lambda w: ((w.bbox[1] + w.bbox[3]) / 2, w.bbox[0])):
        top, bottom = w.bbox[1], w.bbox[3]
        placed = False
        for row, box in zip(reversed(rows), reversed(boxes)):
            overlap = min(bottom, box[1]) - max(top, box[0])
            if overlap > SAME_LINE_OVERLAP * min(bottom - top, box[1] - box[0]):
                row.append(w)
                box[0], box[1] = min(box[0], top), max(box[1], bottom)
                placed = True
                break
            if box[1] < top - (bottom - top):
                break  # rows are sorted by centre; older ones are higher still
        if not placed:
            rows.append([w])
            boxes.append([top, bottom])
    return rows


def build_blocks(lines: Sequence[Line], geometry: Geometry | None = None) -> list[Block]:
    """Blocks in reading order; ``column`` numbers the cells of a vertical cut."""
    if not lines:
        return []
    geo = geometry or Geometry()
    height = median(line.bbox[3] - line.bbox[1] for line in lines) or 1e-3
    leaves: list[tuple[list[Line], int]] = []
    _xycut(list(lines), _Units(height, geo), 0, leaves)
    blocks: list[Block] = []
    for group, column in leaves:
        blocks.extend(_split_by_script(sorted(group, key=lambda l: (l.bbox[1], l.bbox[0])), column))
    return blocks


class _Units:
    def __init__(self, height: float, geo: Geometry):
        self.h = height
        self.geo = geo

    def gutters(self, lines: list[Line]) -> list[tuple[float, float]]:
        """Vertical gaps through all of ``lines`` wide enough, or holding a rule."""
        if len(lines) < 2:
            return []
        unit = self.h * self.geo.aspect
        out = []
        for g in _gaps([(l.bbox[0], l.bbox[2]) for l in lines]):
            if g[1] - g[0] >= GUTTER_MIN * unit or self.geo.rule_between(*g):
                out.append(g)
            elif g[1] - g[0] >= SCRIPT_GUTTER_MIN * unit and self._scripts_differ(lines, (g[0] + g[1]) / 2):
                out.append(g)  # a narrow gap, but Chinese on one side and Latin on the other
        return out

    @staticmethod
    def _scripts_differ(lines: list[Line], x: float) -> bool:
        left = dominant_script(" ".join(l.text for l in lines if l.bbox[2] <= x))
        right = dominant_script(" ".join(l.text for l in lines if l.bbox[0] >= x))
        return left is not None and right is not None and left != right


def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Empty stretches between the union of ``intervals``, as (start, end)."""
    out: list[tuple[float, float]] = []
    intervals = sorted(intervals)
    reach = intervals[0][1]
    for start, end in intervals[1:]:
        if start > reach:
            out.append((reach, start))
        reach = max(reach, end)
    return out


def _split_at(lines: list[Line], cuts: list[float], axis: int) -> list[list[Line]]:
    parts: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        centre = (line.bbox[axis] + line.bbox[axis + 2]) / 2
        parts[sum(centre > c for c in cuts)].append(line)
    return [p for p in parts if p]


def _xycut(lines: list[Line], u: _Units, column: int, out: list[tuple[list[Line], int]]) -> None:
    if len(lines) > 1:
        xgaps = u.gutters(lines)
        if xgaps:
            parts = _split_at(lines, [(a + b) / 2 for a, b in xgaps], axis=0)
            for i, part in enumerate(parts, start=1):
                # A cut inside a column (two cells of a signature row) stays in
                # that column: columns number the page's own columns, left to right.
                _xycut(part, u, column or i, out)
            return
        ygaps = _gaps([(l.bbox[1], l.bbox[3]) for l in lines])
        typical = median(b - a for a, b in ygaps) if ygaps else 0.0
        wide = [g for g in ygaps if g[1] - g[0] >= max(PARAGRAPH_GAP * u.h, 1.5 * typical)]
        if wide:
            for part in _split_at(lines, [(a + b) / 2 for a, b in wide], axis=1):
                _xycut(part, u, column, out)
            return
        if ygaps:
            # No wide gap: cut between rows only if that exposes a gutter somewhere,
            # e.g. a title line spanning two columns with ordinary spacing below it.
            parts = _split_at(lines, [(a + b) / 2 for a, b in ygaps], axis=1)
            if any(u.gutters(p) for p in parts):
                for part in _merge_bands(parts, u):
                    _xycut(part, u, column, out)
                return
    out.append((lines, column))


def _merge_bands(parts: list[list[Line]], u: _Units) -> list[list[Line]]:
    """Join consecutive rows that share their kind (with or without a gutter), so a
    two-column region is cut into columns once rather than row by row."""
    merged: list[list[Line]] = []
    kinds: list[bool] = []
    for part in parts:
        kind = bool(u.gutters(part))
        if merged and kinds[-1] == kind and (not kind or u.gutters(merged[-1] + part)):
            merged[-1] = merged[-1] + part
        else:
            merged.append(part)
            kinds.append(kind)
    return merged


def split_by_script(block: Block) -> list[Block]:
    """A block cut where its lines change script (after a crop was read again)."""
    return _split_by_script(sorted(block.lines, key=lambda l: (l.bbox[1], l.bbox[0])), block.column)


def _split_by_script(lines: list[Line], column: int) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    current_script: str | None = None
    for line in lines:
        script = dominant_script(line.text)
        if current and script and current_script and script != current_script:
            blocks.append(_block(current, column, current_script))
            current = []
        current.append(line)
        current_script = script or current_script
    if current:
        blocks.append(_block(current, column, current_script))
    return blocks


def _block(lines: list[Line], column: int, script: str | None) -> Block:
    return Block(lines=lines, bbox=union_bbox([l.bbox for l in lines]), column=column, script=script)
