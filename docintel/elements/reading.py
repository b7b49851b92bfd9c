"""Passages plus every lexicon term found in them, computed once per document
and shared by the extractors (clauses, dates, money, ethics, document type)."""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.script import char_script
from ..models import Page
from .lexicon import Hit, lexicon
from .passages import Passages, Sentence, read_passages


def language_of(s: Sentence) -> str:
    """The lexicon to read a sentence with: its block's language, else by script."""
    if s.language:
        return s.language
    return "zh" if any(char_script(ch) == "han" for ch in s.text) else "en"


@dataclass
class Reading:
    passages: Passages
    hits: dict[int, list[Hit]]  # id(sentence) -> hits

    def of(self, s: Sentence) -> list[Hit]:
        found = self.hits.get(id(s))
        if found is None:
            found = self.hits[id(s)] = lexicon(language_of(s)).find(s.text)
        return found

    def labels(self, s: Sentence) -> set[str]:
        return {h.label for h in self.of(s)}

    def has(self, s: Sentence, label: str) -> bool:
        return any(h.label == label for h in self.of(s))

    @property
    def sentences(self) -> list[Sentence]:
        return self.passages.sentences

    @property
    def lines(self) -> list[Sentence]:
        return self.passages.lines


def read(pages: list[Page]) -> Reading:
    return Reading(read_passages(pages), {})
