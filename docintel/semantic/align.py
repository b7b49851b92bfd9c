"""Monotone alignment of two versions' articles, as bilingual sentence aligners
do it (Gale-Church's moves, vecalign's embeddings), on unit vectors.

Two things shape it:

* Scores of one embedding model are not comparable across language pairs,
  nor even across documents: e5-small puts a Chinese clause and its Russian
  translation at cosine 0.85-0.87 and two different Chinese clauses at 0.90.
  So a pair is judged against its neighbours, never against a fixed cosine:
  each cosine is scaled by how close the two units are to everything else in
  the other version (CSLS, Lample et al. 2018), and a 1-1 match must also rank
  among the best two of its row or of its column.
* Agreements keep their order across versions, but a translation may drop an
  article, add one, or split one in two. The moves are 1-1, 1-0 and 0-1 (an
  article with no counterpart), 2-1 and 1-2 (split or merged), found by
  dynamic programming over the scaled scores: these matches are the anchors.
* Between two anchors, units on both sides are paired by their place, as
  Hunalign fills its gaps: a translation's article that does not stand out
  from its neighbours (generated or formulaic articles are alike) is still the
  one in its place. Such pairs are worth little, anchors much more, so the
  path keeps every anchor it can; only where one side has more units between
  the same anchors is an article without counterpart, and the scores say
  which. Both kinds are moves of the same dynamic programme.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

NEIGHBOURS = 3  # how many nearest units describe a unit's neighbourhood
GAIN_FLOOR = 0.02  # scaled score an anchor (a pair that stands out) must beat
ANCHOR_GAIN = 0.01  # what an anchor is worth beyond its score: more than any pairing by place
PLACE_GAIN = 0.001  # what a pair by place (between anchors) is worth, plus PLACE_SLOPE of its score
PLACE_SLOPE = 0.01
MERGE_COST = 0.02  # a 2-1 or 1-2 match must score this much better than the 1-1 it replaces
SPLIT_GAP = 0.02  # the halves of a split article are about equally near the whole: cosines this close
TOP_RANK = 2  # a 1-1 match ranks among the best this many of its row or its column
MIN_ALIGNED = 0.5  # share of the shorter version's units in anchors, below which the versions differ
MIN_UNITS_TO_DIFFER = 3  # two articles a side (a letter of intent) are too few to call two agreements different
FILL_FLOOR = -0.08  # a pair left over between anchors scoring below this is two different articles
REJOIN_GAP = 0.01  # a leftover's best sentence in its neighbour's partner beats any other article's best by this
OWNER_MARGIN = 0.015  # ... or, by any margin, when that sentence is clearly the leftover's to translate


@dataclass(frozen=True)
class Match:
    a: tuple[int, ...]  # units of the first version (one, or two for a split)
    b: tuple[int, ...]
    cosine: float
    score: float  # scaled (CSLS): above zero, the pair stands out from its neighbours
    anchor: bool = True  # False: paired by its place between anchors


@dataclass
class Alignment:
    matches: list[Match] = field(default_factory=list)
    n_a: int = 0
    n_b: int = 0

    @property
    def only_a(self) -> list[int]:
        """Units of the first version with no counterpart."""
        used = {i for m in self.matches for i in m.a}
        return [i for i in range(self.n_a) if i not in used]

    @property
    def only_b(self) -> list[int]:
        used = {j for m in self.matches for j in m.b}
        return [j for j in range(self.n_b) if j not in used]

    @property
    def aligned_share(self) -> float:
        """Share of the shorter version's units in anchors (pairs that stand out)."""
        shorter = min(self.n_a, self.n_b)
        if not shorter:
            return 0.0
        anchors = [m for m in self.matches if m.anchor]
        used = min(sum(len(m.a) for m in anchors), sum(len(m.b) for m in anchors))
        return min(1.0, used / shorter)

    @property
    def differ(self) -> bool:
        """The two versions do not align at all: two different agreements."""
        return min(self.n_a, self.n_b) >= MIN_UNITS_TO_DIFFER and self.aligned_share < MIN_ALIGNED


def _neighbourhood(sim: np.ndarray, axis: int) -> np.ndarray:
    k = min(NEIGHBOURS, sim.shape[axis])
    top = -np.sort(-sim, axis=axis)
    return (top[:k, :] if axis == 0 else top[:, :k]).mean(axis=axis)


def _unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-9)


def align(va: np.ndarray, vb: np.ndarray, ta: dict[int, np.ndarray] | None = None,
          tb: dict[int, np.ndarray] | None = None) -> Alignment:
    """Align the units of two versions, given their unit vectors (rows) and,
    for units longer than the model reads, the vectors of their remainders."""
    ta, tb = ta or {}, tb or {}
    n, m = len(va), len(vb)
    out = Alignment(n_a=n, n_b=m)
    if n == 0 or m == 0:
        return out
    sim = va @ vb.T
    ra = _neighbourhood(sim, axis=1)  # per unit of a: how close it is to b's units in general
    rb = _neighbourhood(sim, axis=0)
    csls = 2 * sim - ra[:, None] - rb[None, :]
    row_rank = np.argsort(np.argsort(-sim, axis=1), axis=1)  # 0: the best of its row
    col_rank = np.argsort(np.argsort(-sim, axis=0), axis=0)
    plausible = (row_rank < TOP_RANK) | (col_rank < TOP_RANK)

    def split(w: int, p: int, tails: dict[int, np.ndarray], parts_v: np.ndarray, whole_v: np.ndarray,
              sims: np.ndarray, scaled: np.ndarray, near: np.ndarray, r_whole: np.ndarray,
              r_parts: np.ndarray) -> tuple[float, float] | None:
        """Unit ``w`` of one side split into units ``p`` and ``p + 1`` of the other
        (``sims`` rows are the whole's side). The first part must match the whole
        as an anchor would; the second must be nearer to what the model did not
        read of the whole (its remainder) than to any unit of the whole's side.
        Without a remainder (a short article) the two halves must both stand out
        beside the whole, about equally. Returns (cosine, scaled score)."""
        if not (near[w, p] and scaled[w, p] > 0):
            return None
        if w in tails:
            t = float(tails[w] @ parts_v[p + 1])
            if t <= float(sims[:, p + 1].max()):
                return None
            return t, float(scaled[w, p]) + (t - float(r_parts[p + 1]))
        if not (near[w, p + 1] and scaled[w, p + 1] > 0) or abs(float(sims[w, p]) - float(sims[w, p + 1])) > SPLIT_GAP:
            return None
        cos = float(_unit(parts_v[p] + parts_v[p + 1]) @ whole_v[w])
        return cos, 2 * cos - (r_parts[p] + r_parts[p + 1]) / 2 - r_whole[w]

    # best[i][j]: the best total over the first i units of a and j of b
    best = np.full((n + 1, m + 1), -np.inf)
    move: dict[tuple[int, int], tuple[int, int, float, float, bool]] = {}
    best[0, :] = 0.0
    best[:, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 or j == 0:
                move[(i, j)] = (min(i, 1), min(j, 1), np.nan, np.nan, False)
                continue
            options = [(best[i - 1, j], (1, 0, np.nan, np.nan, False)), (best[i, j - 1], (0, 1, np.nan, np.nan, False))]
            s = float(csls[i - 1, j - 1])
            cos1 = float(sim[i - 1, j - 1])
            if plausible[i - 1, j - 1] and s > GAIN_FLOOR:
                options.append((best[i - 1, j - 1] + ANCHOR_GAIN + s, (1, 1, cos1, s, True)))
            elif s >= FILL_FLOOR:
                options.append((best[i - 1, j - 1] + PLACE_GAIN + PLACE_SLOPE * (s - FILL_FLOOR), (1, 1, cos1, s, False)))
            if i >= 2:
                found = split(j - 1, i - 2, tb, va, vb, sim.T, csls.T, plausible.T, rb, ra)
                if found is not None:
                    cos, s2 = found
                    options.append((best[i - 2, j - 1] + ANCHOR_GAIN + s2 - MERGE_COST, (2, 1, cos, s2, True)))
            if j >= 2:
                found = split(i - 1, j - 2, ta, vb, va, sim, csls, plausible, ra, rb)
                if found is not None:
                    cos, s2 = found
                    options.append((best[i - 1, j - 2] + ANCHOR_GAIN + s2 - MERGE_COST, (1, 2, cos, s2, True)))
            total, step = max(options, key=lambda o: o[0])
            best[i, j] = total
            move[(i, j)] = step
    i, j = n, m
    matches: list[Match] = []
    while i > 0 or j > 0:
        da, db, cos, score, anchor = move[(i, j)]
        if da and db:
            matches.append(Match(tuple(range(i - da, i)), tuple(range(j - db, j)), round(float(cos), 4),
                                 round(float(score), 4), anchor))
        i, j = i - da, j - db
    out.matches = _unsplit(matches[::-1], n, m, sim, csls, plausible)
    return out


def _unsplit(matches: list[Match], n: int, m: int, sim: np.ndarray, csls: np.ndarray,
             plausible: np.ndarray) -> list[Match]:
    """A split beside an article without counterpart on the whole's side is two
    1-1 pairs: a translation that splits an article and drops its neighbour is
    far rarer than two neighbouring articles alike enough to pass for halves
    (a responsibilities article's remainder beside a funding article)."""
    used_a = {i for mt in matches for i in mt.a}
    used_b = {j for mt in matches for j in mt.b}
    out: list[Match] = []
    for mt in matches:
        if len(mt.a) + len(mt.b) != 3:
            out.append(mt)
            continue
        whole_a = len(mt.a) == 1
        w, parts = (mt.a[0], mt.b) if whole_a else (mt.b[0], mt.a)
        used_whole_side = used_a if whole_a else used_b
        size = n if whole_a else m
        options = []
        for lone in (w - 1, w + 1):
            if 0 <= lone < size and lone not in used_whole_side:
                pairs = [(min(w, lone), parts[0]), (max(w, lone), parts[1])]
                if not whole_a:
                    pairs = [(p, q) for q, p in pairs]
                if all(float(csls[p, q]) >= FILL_FLOOR for p, q in pairs):  # as the path pairs by place
                    options.append((sum(float(csls[p, q]) for p, q in pairs), pairs))
        if not options:
            out.append(mt)
            continue
        _, pairs = max(options)
        for p, q in pairs:
            out.append(Match((p,), (q,), round(float(sim[p, q]), 4), round(float(csls[p, q]), 4),
                             anchor=bool(plausible[p, q]) and float(csls[p, q]) > GAIN_FLOOR))
            (used_a if whole_a else used_b).add(p if whole_a else q)
    return out


def rejoin(found: Alignment, lone_vectors: tuple[np.ndarray, np.ndarray],
           sentences: Callable[[int], list[np.ndarray]]) -> Alignment:
    """A unit left without counterpart beside a 1-1 match is the other half of a
    split (or merged) article when it translates *part* of the match's other
    unit: its nearest sentence of that unit beats its nearest sentence of every
    other unit there by ``REJOIN_GAP``. Whole articles hide this (an article
    and its half score no better than two neighbouring articles); sentences do
    not. And the whole's sentence nearest to the leftover must be the
    leftover's to translate rather than its neighbour's (beside a truly
    missing article the neighbour translates every sentence of the whole);
    where that is clear (``OWNER_MARGIN``), any lead of the leftover's nearest
    sentence will do.

    ``lone_vectors``: each side's unit vectors; ``sentences(side)``: the
    sentence vectors of each unit of that side (embedded only when asked)."""
    matches = list(found.matches)
    lones = [(0, i) for i in found.only_a] + [(1, j) for j in found.only_b]
    for side, lone in lones:
        other = 1 - side
        best: tuple[float, int] | None = None
        for k, mt in enumerate(matches):
            mine, theirs = (mt.a, mt.b) if side == 0 else (mt.b, mt.a)
            if len(mine) != 1 or len(theirs) != 1 or abs(mine[0] - lone) != 1:  # 1-1 beside it (not yet rejoined)
                continue
            per_unit = sentences(other)
            v = lone_vectors[side][lone]
            near = [float((vs @ v).max()) for vs in per_unit]  # every unit has a sentence, or its own text
            whole = theirs[0]
            gap = near[whole] - max((x for u, x in enumerate(near) if u != whole), default=-1.0)
            if gap <= 0 or (best is not None and gap <= best[0]):
                continue
            # the whole's sentence nearest to the leftover must be the leftover's to translate, not its
            # neighbour's: beside a truly missing article, the neighbour translates every sentence of the whole
            target = per_unit[whole][int(np.argmax(per_unit[whole] @ v))]
            own = sentences(side)
            owner = float((own[lone] @ target).max()) - float((own[mine[0]] @ target).max())
            if (gap > REJOIN_GAP and owner > 0) or owner > OWNER_MARGIN:
                best = (gap, k)
        if best is None:
            continue
        mt = matches[best[1]]
        mine = tuple(sorted((mt.a if side == 0 else mt.b) + (lone,)))
        # cosine and score stay the 1-1 pair's: what made it a match, the leftover joins it on sentences
        matches[best[1]] = Match(mine, mt.b, mt.cosine, mt.score, mt.anchor) if side == 0 else \
            Match(mt.a, mine, mt.cosine, mt.score, mt.anchor)
    return Alignment(matches=matches, n_a=found.n_a, n_b=found.n_b)
