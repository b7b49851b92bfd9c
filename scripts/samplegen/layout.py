"""A small flow layout engine: blocks in, pages of drawing operations out.

Written here rather than using reportlab's platypus because the labels need
to know exactly where every line, seal and signature went, per page and per
language, and because the same page operations are replayed both as a native
PDF page and as the source of a simulated scan.

Coordinates are points with the origin at the page's top-left corner.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Protocol, Union

from . import rtl
from .fonts import text_width

Color = tuple[float, float, float]
BLACK: Color = (0.05, 0.05, 0.05)


# ---------------------------------------------------------------- blocks
@dataclass
class Style:
    font: str
    size: float
    leading: float
    align: str = "left"  # left | center | right | justify
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    color: Color = BLACK
    bold_fake: bool = False  # stroke the outline: Chinese has no bold face here
    rtl: bool = False

    def but(self, **changes) -> "Style":
        """A copy with some fields changed (styles are shared between blocks)."""
        data = dict(self.__dict__)
        data.update(changes)
        return Style(**data)


@dataclass
class Para:
    text: str
    style: Style
    langs: tuple[str, ...]
    keep_with_next: bool = False
    tag: str | None = None  # e.g. "date": remembered with its box for evidence
    mark: str | None = None  # distractor kind its ink is labelled as (e.g. colored_text)
    underline: Color | None = None  # a coloured rule under every line (labelled colored_underline)


@dataclass
class Spacer:
    height: float


@dataclass
class PageBreak:
    pass


@dataclass
class SetColumns:
    count: int
    gap: float = 18.0


@dataclass
class Table:
    col_widths: list[float]  # fractions of the frame width
    rows: list[list[list[Para]]]  # row -> cell -> paragraphs
    ruled: bool = True
    pad: float = 4.0
    line_width: float = 0.6
    header_rows: int = 0


class Placeable(Protocol):
    """A seal or signature that can be put on a page (see marks.py)."""

    def place(self, x: float, y: float, page: "Page") -> None: ...


@dataclass
class SigCell:
    """One party's execution block: label lines, and where seal/signature go."""

    lines: list[Para]
    signature: Placeable | None = None
    sign_line: int = 1  # the signature is drawn after this line's text
    seal: Placeable | None = None
    seal_line: int = 0  # the seal is centred near the end of this line
    seal_dx: float = 0.0  # offsets drawn by compose so that placement varies
    seal_dy: float = 0.0
    sign_gap: float = 26.0  # extra height below the signature line
    min_height: float = 0.0  # room for a seal even when the cell has few lines
    seal_on_sign: bool = False  # stamp the seal over the signature (common in China)
    sign_dx: float = 4.0  # signature start after the label's end (negative: over the label)


@dataclass
class SignatureGrid:
    cells: list[SigCell]
    cols: int = 2
    gap: float = 20.0
    keep_together: bool = True


Block = Union[Para, Spacer, PageBreak, SetColumns, Table, SignatureGrid]


# ---------------------------------------------------------------- page ops
@dataclass
class TextOp:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    color: Color = BLACK
    bold_fake: bool = False


@dataclass
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6
    color: Color = BLACK


@dataclass
class ImageOp:
    image: object  # PIL.Image RGBA
    x: float
    y: float
    w: float
    h: float


@dataclass
class ShapeOp:
    """A printed ellipse or rectangle (form boxes, seal placeholders)."""

    kind: str  # ellipse | rect
    x: float
    y: float
    w: float
    h: float
    width: float = 0.8
    color: Color = BLACK
    dash: tuple[float, float] | None = None
    fill: Color | None = None


@dataclass
class PathOp:
    strokes: list[list[tuple[tuple[float, float], ...]]]  # bezier segments (p0, c1, c2, p3)
    width: float
    color: Color


@dataclass
class Mark:
    """A drawn seal or signature: its ink outline (convex hull) in page points."""

    kind: str  # "seal" | "signature" | "distractor" (attrs["kind"] says which)
    points: list[tuple[float, float]]
    attrs: dict = field(default_factory=dict)


@dataclass
class Page:
    width: float
    height: float
    ops: list = field(default_factory=list)
    langs: set[str] = field(default_factory=set)
    marks: list[Mark] = field(default_factory=list)
    tagged: list[tuple[str, str, tuple[float, float, float, float]]] = field(default_factory=list)


# ---------------------------------------------------------------- wrapping
CJK_RE = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026]")
CLOSERS = set("，。、；：？！）》」』”’%．,.;:)!?»")
OPENERS = set("（《「『“‘(«")


def tokenize(text: str, cjk: bool) -> list[tuple[str, bool]]:
    """Split into unbreakable tokens, each with 'preceded by a space'.

    In CJK mode every ideograph is its own token (a line may break between
    any two), Latin fragments such as "ISO 9001" or an e-mail stay whole, and
    closing punctuation sticks to the token before it (kinsoku).
    """
    tokens: list[tuple[str, bool]] = []
    space = False
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                tokens.append((word, space))
                word = ""
            space = True
            continue
        if cjk and CJK_RE.match(ch):
            if word:
                tokens.append((word, space))
                word, space = "", False
            tokens.append((ch, space))
            space = False
        else:
            word += ch
    if word:
        tokens.append((word, space))
    return _glue_punctuation(tokens)


def _glue_punctuation(tokens: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    carry = ""
    carry_space = False
    for tok, sp in tokens:
        if carry:
            tok, sp = carry + tok, carry_space
            carry = ""
        if tok in OPENERS:
            carry, carry_space = tok, sp
            continue
        if out and tok[0] in CLOSERS and not sp:
            prev, psp = out[-1]
            out[-1] = (prev + tok, psp)
            continue
        out.append((tok, sp))
    if carry:
        out.append((carry, carry_space))
    return out


def _measure(text: str, style: Style) -> float:
    return text_width(rtl.shape(text) if style.rtl else text, style.font, style.size)


def wrap(text: str, style: Style, width: float, cjk: bool) -> list[list[tuple[str, bool]]]:
    """Greedy line breaking; returns lines as lists of tokens."""
    space_w = text_width(" ", style.font, style.size)
    lines: list[list[tuple[str, bool]]] = []
    cur: list[tuple[str, bool]] = []
    cur_w = 0.0
    avail = width - style.indent
    for tok, sp in tokenize(text, cjk):
        tw = _measure(tok, style)
        add = tw + (space_w if sp and cur else 0.0)
        if cur and cur_w + add > avail:
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, width
            add = tw
        while not cur and tw > avail and len(tok) > 1:  # a token longer than the line
            cut = len(tok)
            while cut > 1 and _measure(tok[:cut], style) > avail:
                cut -= 1
            lines.append([(tok[:cut], False)])
            tok = tok[cut:]
            tw = add = _measure(tok, style)
            avail = width
        cur.append((tok, sp))
        cur_w += add
    if cur or not lines:
        lines.append(cur)
    return lines


def line_text(tokens: list[tuple[str, bool]]) -> str:
    return "".join((" " if sp and i else "") + tok for i, (tok, sp) in enumerate(tokens))


# ---------------------------------------------------------------- engine
class Flow:
    """Places blocks onto pages, column by column."""

    def __init__(self, width: float, height: float, margins: tuple[float, float, float, float]):
        self.w, self.h = width, height
        self.ml, self.mt, self.mr, self.mb = margins
        self.pages: list[Page] = []
        self.cols, self.gap, self.col = 1, 18.0, 0
        self.region_top = self.mt
        self.y = self.mt
        self.low = self.mt  # lowest y reached on this page (the longest column)
        self._new_page()

    # -- frames
    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def bottom(self) -> float:
        return self.h - self.mb

    def frame(self) -> tuple[float, float]:
        """x and width of the current column."""
        full = self.w - self.ml - self.mr
        cw = (full - self.gap * (self.cols - 1)) / self.cols
        return self.ml + self.col * (cw + self.gap), cw

    def _new_page(self) -> None:
        self.pages.append(Page(self.w, self.h))
        self.col = 0
        self.region_top = self.y = self.low = self.mt

    def advance(self) -> None:
        """Next column, or next page after the last column."""
        self.low = max(self.low, self.y)
        if self.col + 1 < self.cols:
            self.col += 1
            self.y = self.region_top
        else:
            self._new_page()

    def at_top(self) -> bool:
        return self.y <= self.region_top + 0.5

    def fits(self, h: float) -> bool:
        return self.y + h <= self.bottom + 0.01

    # -- blocks
    def run(self, blocks: list[Block]) -> list[Page]:
        for i, block in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, Para):
                self.para(block, nxt)
            elif isinstance(block, Spacer):
                if not self.at_top():
                    self.y += block.height
            elif isinstance(block, PageBreak):
                if not (self.at_top() and self.col == 0 and not self.page.ops):
                    self._new_page()
            elif isinstance(block, SetColumns):
                self.set_columns(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, SignatureGrid):
                self.signature_grid(block)
            elif hasattr(block, "flow_draw"):  # decorations: letterheads, emblems, form boxes (distract.py)
                block.flow_draw(self)
        return self.pages

    def set_columns(self, block: SetColumns) -> None:
        """Start a new column region below everything already on the page."""
        self.y = max(self.y, self.low) if self.col else self.y
        self.cols, self.gap, self.col = block.count, block.gap, 0
        self.region_top = self.y

    def para(self, p: Para, nxt: Block | None) -> None:
        x0, width = self.frame()
        st = p.style
        lines = wrap(p.text, st, width, cjk="zh" in p.langs)
        if not self.at_top():
            self.y += st.space_before
        need = st.leading * min(len(lines), 2)
        if p.keep_with_next and isinstance(nxt, Para):
            need = st.leading * len(lines) + nxt.style.space_before + nxt.style.leading * 2
        if not self.fits(need) and not self.at_top():
            self.advance()
        for i, toks in enumerate(lines):
            if not self.fits(st.leading):
                self.advance()
                x0, width = self.frame()
            last = i == len(lines) - 1
            self._emit_line(toks, st, x0 + (st.indent if i == 0 else 0.0),
                            width - (st.indent if i == 0 else 0.0), self.y, last, p)
            self.y += st.leading
        self.page.langs.update(p.langs)
        self.y += st.space_after

    def _emit_line(self, toks, st: Style, x: float, width: float, top: float, last: bool, p: Para) -> None:
        """Draw one line of text according to its alignment."""
        baseline = top + (st.leading - st.size) / 2 + st.size * 0.82
        text = line_text(toks)
        if st.rtl:
            text = rtl.visual(text)
        tw = text_width(text, st.font, st.size)
        if st.align == "justify" and not last and len(toks) > 1 and "zh" not in p.langs and not st.rtl:
            self._justified(toks, st, x, width, baseline)
        else:
            if st.align == "center":
                x += (width - tw) / 2
            elif st.align == "right" or st.rtl:
                x += width - tw
            self.page.ops.append(TextOp(x, baseline, text, st.font, st.size, st.color, st.bold_fake))
        if p.tag:
            self.page.tagged.append((p.tag, text, (x, top, x + tw, top + st.leading)))
        if p.mark:  # the glyphs' box: cap height above the baseline, descenders below
            self.page.marks.append(Mark("distractor", _box(x, baseline - st.size * 0.88, x + tw, baseline + st.size * 0.2),
                                        {"kind": p.mark, "color": _color_name(st.color), "group": id(p)}))
        if p.underline is not None:
            uy = baseline + st.size * 0.22
            self.page.ops.append(LineOp(x, uy, x + tw, uy, max(0.7, st.size * 0.07), p.underline))
            self.page.marks.append(Mark("distractor", _box(x, uy - 1.0, x + tw, uy + 1.0),
                                        {"kind": "colored_underline", "color": _color_name(p.underline),
                                         "group": id(p) + 1}))

    def _justified(self, toks, st: Style, x: float, width: float, baseline: float) -> None:
        words = [t for t, _ in toks]
        widths = [text_width(w, st.font, st.size) for w in words]
        gap = (width - sum(widths)) / (len(words) - 1)
        for w, ww in zip(words, widths):
            self.page.ops.append(TextOp(x, baseline, w, st.font, st.size, st.color, st.bold_fake))
            x += ww + gap

    # -- tables
    def table(self, t: Table) -> None:
        x0, width = self.frame()
        widths = [f * width for f in t.col_widths]
        top = self.y

        def close() -> None:
            if t.ruled and self.y > top:
                self.page.marks.append(Mark("distractor", _box(x0 - 1, top - 1, x0 + sum(widths) + 1, self.y + 1),
                                            {"kind": "table", "color": "black", "group": id(t)}))

        for r, row in enumerate(t.rows):
            laid = [self._cell_lines(cell, w - 2 * t.pad) for cell, w in zip(row, widths)]
            h = max(sum(hh for _, hh in cell) for cell in laid) + 2 * t.pad
            if not self.fits(h):
                close()
                self._new_page()
                x0, width = self.frame()
                top = self.y
            self._draw_row(t, laid, widths, x0, h)
            for cell in row:
                for p in cell:
                    self.page.langs.update(p.langs)
            self.y += h
        close()

    def _cell_lines(self, paras: list[Para], width: float):
        """Wrap every paragraph of a cell; returns [(para, lines)], height per paragraph."""
        out = []
        for p in paras:
            lines = wrap(p.text, p.style, width, cjk="zh" in p.langs)
            out.append(((p, lines), p.style.leading * len(lines) + p.style.space_after))
        return out

    def _draw_row(self, t: Table, laid, widths: list[float], x0: float, h: float) -> None:
        x = x0
        for cell, w in zip(laid, widths):
            y = self.y + t.pad
            for (p, lines), _ in cell:
                for i, toks in enumerate(lines):
                    ind = p.style.indent if i == 0 else 0.0
                    self._emit_line(toks, p.style, x + t.pad + ind, w - 2 * t.pad - ind, y,
                                    i == len(lines) - 1, p)
                    y += p.style.leading
                y += p.style.space_after
            x += w
        if t.ruled:
            right = x0 + sum(widths)
            ops = self.page.ops
            ops.append(LineOp(x0, self.y, right, self.y, t.line_width))
            ops.append(LineOp(x0, self.y + h, right, self.y + h, t.line_width))
            xx = x0
            for w in [0.0, *widths]:
                xx += w
                ops.append(LineOp(xx, self.y, xx, self.y + h, t.line_width))

    # -- signatures
    def signature_grid(self, g: SignatureGrid) -> None:
        x0, width = self.frame()
        cw = (width - g.gap * (g.cols - 1)) / g.cols
        rows = [g.cells[i:i + g.cols] for i in range(0, len(g.cells), g.cols)]
        heights = [max(self._sig_height(c, cw) for c in row) for row in rows]
        if g.keep_together and not self.fits(sum(heights)) and not self.at_top():
            self._new_page()
            x0, width = self.frame()
        for row, h in zip(rows, heights):
            if not self.fits(h):
                self._new_page()
                x0, width = self.frame()
            for j, cell in enumerate(row):
                self._sig_cell(cell, x0 + j * (cw + g.gap), cw, self.y)
            self.y += h

    def _sig_height(self, cell: SigCell, width: float) -> float:
        h = 0.0
        for i, p in enumerate(cell.lines):
            n = len(wrap(p.text, p.style, width, cjk="zh" in p.langs))
            h += p.style.leading * n + p.style.space_after
            if i == cell.sign_line and cell.signature is not None:
                h += cell.sign_gap
        return max(h, cell.min_height) + 14.0

    def _sig_cell(self, cell: SigCell, x: float, width: float, y: float) -> None:
        anchors: dict[int, tuple[float, float, float]] = {}
        for i, p in enumerate(cell.lines):
            if i == cell.sign_line and cell.signature is not None:
                y += cell.sign_gap
            lines = wrap(p.text, p.style, width, cjk="zh" in p.langs)
            for k, toks in enumerate(lines):
                self._emit_line(toks, p.style, x, width, y, k == len(lines) - 1, p)
                end = x + _measure(line_text(toks), p.style)
                anchors[i] = (end, y, y + p.style.leading)
                y += p.style.leading
            y += p.style.space_after
            self.page.langs.update(p.langs)
        if cell.signature is not None and cell.sign_line in anchors:
            end, top, bot = anchors[cell.sign_line]
            cell.signature.place(min(end + cell.sign_dx, x + width - 60.0), bot - 4.0, self.page)
        box = getattr(cell.signature, "box", None)
        if cell.seal is not None and cell.seal_on_sign and box is not None:
            cell.seal.over_signature = True
            cell.seal.place((box[0] + box[2]) / 2 + cell.seal_dx, (box[1] + box[3]) / 2 + cell.seal_dy, self.page)
        elif cell.seal is not None and cell.seal_line in anchors:
            end, top, bot = anchors[cell.seal_line]
            cx = min(end, x + width * 0.75) + cell.seal_dx
            cell.seal.place(cx, (top + bot) / 2 + cell.seal_dy, self.page)


def _box(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _color_name(c: Color) -> str:
    """red, blue, purple, green or black: the name a label gives a printed colour."""
    r, g, b = c
    if max(c) - min(c) < 0.15:
        return "black"
    if r > 0.5 and g < 0.35 and b < 0.35:
        return "red"
    if b > r and b > g:
        return "purple" if r > 0.3 else "blue"
    if g > r and g > b:
        return "green"
    return "red" if r >= b else "blue"


def layout(blocks: list[Block], width: float, height: float,
           margins: tuple[float, float, float, float],
           footer: Callable[[int, int, Page], list[TextOp]] | None = None) -> list[Page]:
    """Flow the blocks into pages and add running footers once the page count is known."""
    flow = Flow(width, height, margins)
    pages = flow.run(blocks)
    pages = [p for p in pages if p.ops or p.marks] or pages[:1]
    if footer:
        for i, page in enumerate(pages):
            page.ops.extend(footer(i + 1, len(pages), page))
    return pages
