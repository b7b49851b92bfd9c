"""Do the language versions say the same thing? The Chinese version's articles
aligned with each foreign version's, on a local multilingual model.

The result is the element ``version_articles``: per foreign version, how many
units each side has, which were aligned with which, which article one version
has and the other lacks (with its heading and place), and whether the two do
not align at all (two different agreements). Without the model the element
says why the check was skipped, and the rulebook turns that into a plain
note; nothing else of the report depends on it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from ..datafile import read_yaml
from ..models import Element
from . import model
from .align import Alignment, align, rejoin
from .units import Unit, version_units

if TYPE_CHECKING:
    from ..elements.passages import Passages

log = logging.getLogger(__name__)
MIN_SENTENCE = 8  # characters: shorter pieces ("1.", a date) say nothing on their own


@lru_cache(maxsize=1)
def model_languages() -> frozenset[str]:
    return frozenset(read_yaml(Path(__file__).parent / "data" / "model_languages.yaml")["languages"])


def _pairs(languages: list[str]) -> list[tuple[str, str]]:
    if "zh" not in languages:
        return []
    return [("zh", other) for other in languages if other != "zh"]


@dataclass
class AlignedPair:
    """Two versions' units and how they align: what ``elements.across_versions`` reads clauses across."""
    units_a: list[Unit]
    units_b: list[Unit]
    alignment: Alignment
    entry: dict  # the pair's entry in the element's value


@dataclass
class Comparison:
    element: Element
    pairs: list[AlignedPair] = field(default_factory=list)


def compare_versions(passages: Passages, languages: list[str], folder: Path | None = None) -> Element | None:
    """``version_articles`` for a document with a Chinese and a foreign version;
    None when there is nothing to compare."""
    found = align_versions(passages, languages, folder)
    return found.element if found else None


def align_versions(passages: Passages, languages: list[str], folder: Path | None = None) -> Comparison | None:
    """The element and the alignments behind it; None when there is nothing to compare."""
    pairs = _pairs(languages)
    if not pairs:
        return None
    reason = model.unavailable(folder)
    if reason is not None:
        return Comparison(Element(status="uncertain", value={"reason": "skipped", "why": reason}))
    try:
        encoder = model.load(folder)
    except Exception as exc:  # a broken install: the check is skipped, the document is not lost
        log.exception("the embedding model could not be loaded")
        return Comparison(Element(status="uncertain",
                                  value={"reason": "skipped", "why": f"{type(exc).__name__}: {exc}"}))
    known = model_languages()
    unknown = [(a, b) for a, b in pairs if a not in known or b not in known]
    pairs = [pair for pair in pairs if pair not in unknown]
    units = {lang: version_units(passages, lang) for lang in {code for pair in pairs for code in pair}}
    texts = [u.text for lang in units for u in units[lang][0]]
    tails = encoder.tails(texts)
    read = [k for k, t in enumerate(tails) if t]
    vectors = encoder.encode(texts + [tails[k] for k in read])
    tail_of = {k: vectors[len(texts) + n] for n, k in enumerate(read)}
    by_lang: dict[str, np.ndarray] = {}
    tails_by_lang: dict[str, dict[int, np.ndarray]] = {}
    k = 0
    for lang in units:
        n = len(units[lang][0])
        by_lang[lang] = vectors[k:k + n]
        tails_by_lang[lang] = {i - k: tail_of[i] for i in range(k, k + n) if i in tail_of}
        k += n
    results: list[dict] = [{"languages": [a, b], "skipped": "language", "language": b if a in known else a}
                           for a, b in unknown]
    evidence = []
    aligned = []
    for a, b in pairs:
        (ua, kind_a), (ub, kind_b) = units[a], units[b]
        found = align(by_lang[a], by_lang[b], tails_by_lang[a], tails_by_lang[b])
        if (found.only_a or found.only_b) and kind_a == kind_b == "article" and not found.differ:
            found = rejoin(found, (by_lang[a], by_lang[b]), _sentence_vectors(encoder, ua, ub))
        entry, lacking = _entry(a, b, ua, ub, kind_a if kind_a == kind_b else "paragraph", found)
        results.append(entry)
        aligned.append(AlignedPair(ua, ub, found, entry))
        evidence += [unit.evidence() for unit in lacking]
    troubled = any(r.get("differ") or r.get("missing") for r in results)
    return Comparison(Element(status="uncertain" if troubled else "present",
                              value={"pairs": results}, evidence=evidence[:12]), aligned)


def _sentence_vectors(encoder: model.Encoder, ua: list[Unit], ub: list[Unit]) -> Callable[[int], list[np.ndarray]]:
    """Each side's sentence vectors per unit, embedded the first time they are asked for."""
    cache: dict[int, list[np.ndarray]] = {}

    def of(side: int) -> list[np.ndarray]:
        if side not in cache:
            units = (ua, ub)[side]
            texts = [[s.text for s in u.sentences if not s.heading and len(s.text) >= MIN_SENTENCE] or [u.text]
                     for u in units]
            flat = encoder.encode([t for ts in texts for t in ts])
            cache[side], k = [], 0
            for ts in texts:
                cache[side].append(flat[k:k + len(ts)])
                k += len(ts)
        return cache[side]
    return of


def _entry(a: str, b: str, ua: list[Unit], ub: list[Unit], kind: str, found: Alignment) -> tuple[dict, list[Unit]]:
    """The pair's entry of the element, and the articles it reports without counterpart."""
    lacking: list[tuple[str, Unit]] = []  # (the version that lacks it, the article)
    # paragraphs are cut where OCR cut blocks: one without a counterpart is no finding
    if kind == "article" and not found.differ and min(len(ua), len(ub)) >= 2:
        lacking = [(b, ua[i]) for i in found.only_a] + [(a, ub[j]) for j in found.only_b]
    missing = [{"missing_in": lang, "present_in": unit.language, "heading": unit.heading, "page": unit.page}
               for lang, unit in lacking]
    return {
        "languages": [a, b],
        "unit": kind,
        "units": [len(ua), len(ub)],
        "aligned": len(found.matches),
        "anchors": sum(m.anchor for m in found.matches),
        "differ": found.differ,
        "missing": missing,
        "matches": [{"a": list(m.a), "b": list(m.b), "cosine": m.cosine, "score": m.score, "anchor": m.anchor}
                    for m in found.matches],
    }, [unit for _, unit in lacking]
