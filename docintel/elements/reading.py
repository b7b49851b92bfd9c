"""Passages plus every lexicon term found in them, computed once per document
and shared by the extractors (clauses, dates, money, ethics, document type)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..lang.script import char_script
from ..models import Page
from ..judge.parties import Party, find_roles
from .lexicon import Hit, languages, lexicon
from .passages import Passages, Sentence, read_passages


@lru_cache(maxsize=1)
def available() -> frozenset[str]:
    return frozenset(languages())


BY_SCRIPT = {"han": "zh", "cyrillic": "ru", "arabic": "ur", "latin": "en"}


def language_of(s: Sentence) -> str:
    """The lexicon to read a sentence with: its block's language, else (a line too
    short to identify, "Дата: «___»") the main language of its script."""
    if s.language and s.language in available():
        return s.language
    scripts = [char_script(ch) for ch in s.text if ch.isalpha()]
    counts = {k: scripts.count(k) for k in set(scripts) if k}
    return BY_SCRIPT.get(max(counts, key=counts.get), "en") if counts else "en"


@dataclass
class Reading:
    passages: Passages
    hits: dict[int, list[Hit]]  # id(sentence) -> hits
    parties: list[Party] = field(default_factory=list)
    scans: dict[str, Any] = field(default_factory=dict)  # clause -> clauses.ClauseScan, found once per document

    def party_places(self, s: Sentence) -> set[int]:
        """The parties a sentence names, by role word (甲方, Party B, Сторона 2 and
        their inflections) or by any name or short name the document gave them."""
        low = s.text.lower()
        places = {place for _, place in find_roles(low)}
        for party in self.parties:
            if any(name.lower() in low for name in party.spellings if len(name) >= 2):
                places.add(party.place)
        return places

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


def read(pages: list[Page], parties: list[Party] | None = None) -> Reading:
    return Reading(read_passages(pages), {}, parties or [])
