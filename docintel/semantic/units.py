"""What is compared across versions: each version's articles, or, in a
document without article headings, its paragraphs.

An article is its heading and the sentences under it (``elements.passages``
follows headings per language, so the Chinese and the Russian 第五条/Статья 5
of a side-by-side page each keep their own). Without headings, a paragraph is
the sentences of one text block of the version's language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import BBox, Evidence, union_bbox

if TYPE_CHECKING:  # the element stage imports this package: no cycle at run time
    from ..elements.passages import Passages, Sentence

MIN_ARTICLES = 2  # fewer headings than this in a version: it is compared paragraph by paragraph
MIN_UNIT_CHARS = 12  # a shorter paragraph (a date line, a name) says nothing to compare
MAX_UNITS = 60  # per version: beyond this a document is not an agreement (and the cost grows)
TEXT_CHARS = 600  # characters of a unit kept: its first 64 tokens and its remainder (model.Encoder.tails)


@dataclass
class Unit:
    language: str
    heading: str  # the article's heading, or the paragraph's first words
    text: str  # what the model reads
    page: int
    bbox: BBox
    sentences: list[Sentence] = field(default_factory=list)  # what the unit is made of (a clause's version)

    def evidence(self) -> Evidence:
        return Evidence(page=self.page, bbox=self.bbox, text=self.heading)

    def quote(self, limit: int = 160) -> Evidence:
        """The unit's place with its own words: the evidence of what it says."""
        words = " ".join(s.text for s in self.sentences) or self.text
        return Evidence(page=self.page, bbox=self.bbox, text=_short(words, limit))


def _plain_case(text: str) -> str:
    """A heading in capitals (2. ОБЯЗАННОСТИ СТОРОН, ARTICLE 5: FUNDING) as ordinary
    text: the tokenizer cuts capitals into pieces the model hardly knows, and
    the heading then pulls its article away from its translation."""
    return text.lower() if text.isupper() else text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def version_units(passages: Passages, language: str) -> tuple[list[Unit], str]:
    """The version's units and their kind, ``article`` or ``paragraph``."""
    articles = [a for a in passages.articles if a.heading.language == language]
    if len(articles) >= MIN_ARTICLES:
        units = []
        for art in articles[:MAX_UNITS]:
            own = [s for s in art.sentences if s.language == language]
            body = " ".join(s.text for s in own)
            text = f"{_plain_case(art.heading.text)} {body}".strip()[:TEXT_CHARS]
            boxes = [s.bbox for s in [art.heading] + own if s.page == art.heading.page]
            units.append(Unit(language, _short(art.heading.text), text, art.heading.page, union_bbox(boxes),
                              [art.heading] + own))
        return units, "article"
    blocks: dict[int, list[Sentence]] = {}
    for s in passages.sentences:
        if s.language == language and not s.heading:
            blocks.setdefault(s.block, []).append(s)
    units = []
    for sentences in blocks.values():
        text = " ".join(s.text for s in sentences)
        if len(text) < MIN_UNIT_CHARS:
            continue
        first = sentences[0]
        boxes = [s.bbox for s in sentences if s.page == first.page]
        units.append(Unit(language, _short(first.text), text[:TEXT_CHARS], first.page, union_bbox(boxes),
                          sentences))
        if len(units) >= MAX_UNITS:
            break
    return units, "paragraph"
