"""Per-language word lists (``data/<lang>.yaml``) compiled into spaCy matchers.

Reviewers and linguists edit the YAML, not code. A *term* is written as words
separated by spaces and matched case-insensitively on the tokens of a blank
spaCy pipeline (no downloaded model):

* ``word*`` matches any token starting with ``word`` (inflected languages);
* ``…`` stands for a few tokens in between (Chinese: up to 10 characters,
  elsewhere up to 5 words), e.g. ``归…所有``;
* anything else is an exact phrase, handed to a ``PhraseMatcher``.

Chinese is segmented by character, so a Chinese term is matched character by
character. Languages that spaCy has no tokenizer for (kk, uz, tg, tk, mn, ug)
use its multi-language ``xx`` tokenizer, named in each file's ``spacy`` key.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafile import read_yaml

DATA = Path(__file__).with_name("data")
GAP = "…"
_OCR_JUNK = re.compile(r"[<>|\\{}\[\]]")  # "к<>Дата:" is a date label behind OCR noise
_APOSTROPHES = re.compile("[ʻʼ‘’`´ʹ′]|(?<=[A-Za-z])[“”\"](?=[a-z])")  # OCR writes oʻ as o“ too


def normalise(text: str) -> str:
    """One spelling for what OCR and fonts write several ways: NFKC (full-width
    digits and colons), one apostrophe (Uzbek oʻ, gʻ), no soft hyphens, no stray
    brackets and bars. Lengths only shrink where NFKC merges characters."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return _OCR_JUNK.sub(" ", _APOSTROPHES.sub("'", text))


@dataclass(frozen=True)
class Hit:
    label: str  # "<group>:<key>", e.g. "clause:ip_ownership:terms"
    start: int  # character offsets in the text that was matched
    end: int
    text: str


def languages() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.yaml") if not p.stem.startswith("_"))


@lru_cache(maxsize=None)
def raw(lang: str) -> dict[str, Any]:
    """The language's file merged over ``_shared.yaml`` (numbers, symbols, Latin
    words that every language's text may contain)."""
    shared = read_yaml(DATA / "_shared.yaml") or {}
    path = DATA / f"{lang}.yaml"
    own = read_yaml(path) if path.exists() else {}
    return _merge(shared, own or {})


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(over, list):
        return over + [x for x in base if x not in over]
    return over


def _term_lists(node: Any, prefix: str) -> dict[str, list[str]]:
    """Flatten nested dicts of term lists to {"a:b:c": [terms]}; strings that are
    regular expressions live under keys ending in ``_re`` and are skipped here."""
    out: dict[str, list[str]] = {}
    if isinstance(node, dict):
        for k, v in node.items():
            if str(k).endswith("_re") or k in ("spacy", "months"):
                continue
            out.update(_term_lists(v, f"{prefix}:{k}" if prefix else str(k)))
    elif isinstance(node, list) and all(isinstance(x, str) for x in node):
        out[prefix] = node
    return out


class Lexicon:
    """One language's terms, compiled once per process."""

    def __init__(self, lang: str):
        import spacy
        from spacy.matcher import Matcher, PhraseMatcher

        self.lang = lang
        self.data = raw(lang)
        self.nlp = spacy.blank(self.data.get("spacy", "xx"))
        self.han = self.data.get("spacy") == "zh"
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.patterns = Matcher(self.nlp.vocab)
        for label, terms in _term_lists(self.data, "").items():
            plain = [t for t in terms if "*" not in t and GAP not in t]
            if plain:
                self.phrases.add(label, [self.nlp.make_doc(normalise(t).lower()) for t in plain])
            special = [self._pattern(t) for t in terms if "*" in t or GAP in t]
            if special:
                self.patterns.add(label, special)

    def _pattern(self, term: str) -> list[dict]:
        gap = {"OP": "{0,10}"} if self.han else {"OP": "{0,5}"}
        spec: list[dict] = []
        if self.han:  # Chinese: characters, with gaps between the pieces
            for piece in term.split(GAP):
                spec.extend({"LOWER": t.lower_} for t in self.nlp.make_doc(normalise(piece).lower().replace("*", "")))
                spec.append(gap)
            return spec[:-1]
        for word in term.lower().split():
            if word == GAP:
                spec.append(gap)
                continue
            word = normalise(word)  # after the gap test: NFKC turns … into ...
            if word.endswith("*"):
                toks = [t.lower_ for t in self.nlp.make_doc(word[:-1])]
                spec.extend({"LOWER": t} for t in toks[:-1])
                spec.append({"LOWER": {"REGEX": "^" + re.escape(toks[-1])}})
            else:
                spec.extend({"LOWER": t.lower_} for t in self.nlp.make_doc(word))
        return spec

    def find(self, text: str) -> list[Hit]:
        """Every term found in ``text``, with character offsets into ``text``.
        ``text`` must already be ``normalise``d (offsets are not remapped)."""
        doc = self.nlp.make_doc(text.lower())
        hits = []
        strings = self.nlp.vocab.strings
        for match_id, start, end in list(self.phrases(doc)) + list(self.patterns(doc)):
            span = doc[start:end]
            hits.append(Hit(strings[match_id], span.start_char, span.end_char, text[span.start_char:span.end_char]))
        return hits

    def terms(self, key: str) -> list[str]:
        node: Any = self.data
        for part in key.split(":"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return node if isinstance(node, list) else []

    def regexes(self, key: str) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in self.terms(key)]


@lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon of ``lang``; text in a language without a file is read with
    the English one (Latin words, numbers and symbols still count)."""
    if lang is None or not (DATA / f"{lang}.yaml").exists():
        lang = "en"
    return Lexicon(lang)
