"""Which language versions a document holds, and on which pages.

A version is a language that carries a real share of the document's text, not
a fragment (an institution's English name inside Chinese text, a reference, an
e-mail address). Three layouts occur: versions one after another, side by side
in two columns, and alternating paragraphs; pages shared by two versions are
listed under both.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from ..models import LanguageVersion, Page
from .script import char_script

Layout = Literal["none", "mono", "sequential", "side_by_side", "alternating"]

HAN_WEIGHT = 2.5  # one Han character carries about as much text as 2.5 letters
MIN_DOC_SHARE = 0.15  # of the document's text, for a language to be a version
MIN_DOC_WEIGHT = 60.0
MIN_PAGE_SHARE = 0.2  # of a page's text, for the page to belong to a version
MIN_PAGE_WEIGHT = 80.0


@dataclass
class VersionAnalysis:
    versions: list[LanguageVersion]
    layout: Layout


def text_weight(text: str) -> float:
    weight = 0.0
    for ch in text:
        script = char_script(ch)
        if script == "han":
            weight += HAN_WEIGHT
        elif script:
            weight += 1.0
    return weight


def find_versions(pages: list[Page]) -> VersionAnalysis:
    per_page: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    first_seen: dict[str, tuple[int, int]] = {}
    for page in pages:
        for i, block in enumerate(page.blocks):
            if block.language is None:
                continue
            per_page[page.number][block.language] += text_weight(block.text)
            first_seen.setdefault(block.language, (page.number, i))
    totals: dict[str, float] = defaultdict(float)
    for weights in per_page.values():
        for lang, w in weights.items():
            totals[lang] += w
    grand = sum(totals.values())
    if grand == 0:
        return VersionAnalysis([], "none")
    languages = [
        lang for lang, w in totals.items() if w >= MIN_DOC_WEIGHT and w / grand >= MIN_DOC_SHARE
    ] or [max(totals, key=lambda l: totals[l])]
    languages.sort(key=lambda l: first_seen[l])

    pages_of: dict[str, list[int]] = {lang: [] for lang in languages}
    for page in pages:
        weights = per_page.get(page.number, {})
        page_total = sum(weights.values())
        for lang in languages:
            w = weights.get(lang, 0.0)
            if w > 0 and (w / page_total >= MIN_PAGE_SHARE or w >= MIN_PAGE_WEIGHT):
                pages_of[lang].append(page.number)
    _attach_textless_pages(pages, pages_of)
    versions = [LanguageVersion(language=lang, pages=sorted(pages_of[lang])) for lang in languages]
    return VersionAnalysis(versions, _layout(pages, versions))


def _attach_textless_pages(pages: list[Page], pages_of: dict[str, list[int]]) -> None:
    """A page with no version's text (a signature page, a blank back) belongs to the
    version before it, or after it when it comes first: that is where its seals count."""
    owner: dict[int, list[str]] = defaultdict(list)
    for lang, nums in pages_of.items():
        for n in nums:
            owner[n].append(lang)
    numbers = [p.number for p in pages]
    for idx, n in enumerate(numbers):
        if owner.get(n):
            continue
        neighbours = [m for m in reversed(numbers[:idx]) if owner.get(m)] or [m for m in numbers[idx + 1:] if owner.get(m)]
        if neighbours:
            for lang in owner[neighbours[0]]:
                pages_of[lang].append(n)
            owner[n] = list(owner[neighbours[0]])


def _layout(pages: list[Page], versions: list[LanguageVersion]) -> Layout:
    if len(versions) < 2:
        return "mono"
    langs = {v.language for v in versions}
    shared = set.intersection(*(set(v.pages) for v in versions))
    if not shared:
        return "sequential"
    side = alternating = 0
    for page in pages:
        if page.number not in shared:
            continue
        sequence = [b for b in page.blocks if b.language in langs and text_weight(b.text) >= 15]
        columns: dict[str, set[int]] = defaultdict(set)
        for b in sequence:
            columns[b.language].add(b.column)
        col_sets = list(columns.values())
        if len(col_sets) >= 2 and all(0 not in c for c in col_sets) and not set.intersection(*col_sets):
            side += 1
            continue
        switches = sum(1 for a, b in zip(sequence, sequence[1:]) if a.language != b.language)
        if switches >= 2:
            alternating += 1
    if side == 0 and alternating == 0:
        return "sequential"
    return "side_by_side" if side >= alternating else "alternating"
