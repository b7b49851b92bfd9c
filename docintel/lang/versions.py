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
MIN_PAGE_SHARE = 0.15  # of a page's text, for the page to belong to a version


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
            if w > 0 and w / page_total >= MIN_PAGE_SHARE:
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
    counts: dict[int, int] = defaultdict(int)
    for v in versions:
        for n in v.pages:
            counts[n] += 1
    shared = {n for n, c in counts.items() if c >= 2}  # pages of two versions or more
    if not shared:
        return "sequential"
    side = alternating = 0
    for page in pages:
        if page.number not in shared:
            continue
        sequence = [b for b in page.blocks if b.language in langs and text_weight(b.text) >= 15]
        if _in_own_columns(sequence):
            side += 1
            continue
        switches = sum(1 for a, b in zip(sequence, sequence[1:]) if a.language != b.language)
        if switches >= 2:
            alternating += 1
    if side == 0 and alternating == 0:
        return "sequential"
    return "side_by_side" if side >= alternating else "alternating"


CONFIDENT = 0.6  # a block's own guess is kept at or above this confidence


def smooth_languages(pages: list[Page]) -> None:
    """Give unsure blocks the document's usual language for their script.

    A one-word cell (``мелиорациялау``) or a line of OCR noise gets a shaky guess
    on its own; the document's confident blocks of the same script say what it
    most likely is. Confident fragments (an English name in a Chinese text) keep
    their own language.
    """
    usual: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for page in pages:
        for block in page.blocks:
            if block.language and block.script and block.language_confidence >= CONFIDENT:
                usual[block.script][block.language] += text_weight(block.text)
    for page in pages:
        for block in page.blocks:
            if block.language_confidence >= CONFIDENT or not block.script or not usual.get(block.script):
                continue
            weights = usual[block.script]
            best = max(weights, key=lambda l: weights[l])
            if best != block.language:
                block.language = best
                block.language_confidence = CONFIDENT / 2  # inferred, not read


SIDE_BY_SIDE_SHARE = 0.7  # of a language's text on the page, in its own column


def _in_own_columns(blocks) -> bool:
    """Each language has most of its text in one column, and not the same one.

    Most, not all: a bilingual signature block or a date under the other column
    is common in real side-by-side agreements."""
    weight: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for b in blocks:
        weight[b.language][b.column] += text_weight(b.text)
    if len(weight) < 2:
        return False
    homes = []
    for columns in weight.values():
        column, w = max(columns.items(), key=lambda kv: kv[1])
        if column == 0 or w < SIDE_BY_SIDE_SHARE * sum(columns.values()):
            return False
        homes.append(column)
    return len(set(homes)) == len(homes)
