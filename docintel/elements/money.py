"""Amounts, percentages and ratios in any supported language.

Handles 万元 and 亿元, Chinese financial numerals (壹拾伍万元整, read with
``cn2an``), thousands separators of every custom (450,000 / 450 000 /
450.000), currency codes, symbols and words before or after the number, and
scale words (million, тыс., млн). Currency and scale words are lexicon data.
"""
from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import lexicon, raw

_CN_NUMERAL = re.compile(r"[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+")
# a number starts where no digit or separator precedes it, and is at most 15 digits:
# runs of thousands of digits in a hostile file must not make the regex crawl
_NUM = r"(?<![\d.,])(?:\d{1,3}(?:[ ,.\u00a0\u202f'’]\d{3}){1,5}(?:[.,]\d{1,2})?|\d{1,15}(?:[.,]\d{1,4})?)(?![\d])"
MAX_AMOUNT = 1e13  # yuan; anything larger is a misread, not a budget
ARABIC_MAX = 2000  # characters: cn2an is slow on long runs of numerals


@dataclass(frozen=True)
class Amount:
    value: float  # in units of the currency
    currency: str  # ISO 4217 code
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Share:
    percent: float
    text: str
    start: int


def to_number(text: str) -> float | None:
    """'450,000' '450 000' '450.000' '1.5' '1,5' -> float; separators of thousands
    are told from decimal marks by the three digits that follow them."""
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("'", " ").replace("’", " ")
    if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", t):
        return float(re.sub(r"[ ,.]", "", t))
    m = re.fullmatch(r"(\d{1,3}(?:[ ,.]\d{3})+)([.,])(\d{1,2})", t)
    if m:
        return float(re.sub(r"[ ,.]", "", m.group(1)) + "." + m.group(3))
    try:
        value = float(t.replace(",", ".").replace(" ", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def arabic(text: str) -> str:
    """Chinese numerals in amounts and percentages written as digits
    (壹拾伍万元 -> 150000元, 百分之六十 -> 60%); other text is left alone."""
    if len(text) > ARABIC_MAX or not _CN_NUMERAL.search(text):
        return text
    return cn_digits(text)


def cn_digits(text: str) -> str:
    """``cn2an.transform`` made quiet and safe: it warns about every numeral it
    leaves alone and refuses some mixed strings, where the text stays as it was."""
    import cn2an

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return cn2an.transform(text, "cn2an")
        except Exception:
            return text


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, float], dict[str, str]]:
    money = raw(lang).get("money", {})
    scale = {k.lower(): float(v) for k, v in money.get("scale", {}).items()}
    words: dict[str, str] = {}
    for code, names in money.get("currencies", {}).items():
        for name in names:
            words[name.lower()] = code
    def alt(items):
        parts = []
        for w in sorted(items, key=len, reverse=True):
            if w.endswith("*"):
                parts.append(re.escape(w[:-1]) + r"\w*")
            elif w.endswith("?"):
                parts.append(re.escape(w[:-1]) + "?")
            else:
                parts.append(re.escape(w) + (r"\b" if w[-1:].isalnum() and w.isascii() else ""))
        return "|".join(parts)
    cur, sc = alt(words), alt(scale)
    before = re.compile(rf"(?P<cur>{cur})\s*(?P<num>{_NUM})\s*(?P<scale>{sc})?", re.IGNORECASE)
    after = re.compile(rf"(?P<num>{_NUM})\s*(?P<scale>{sc})?\s*(?P<cur>{cur})", re.IGNORECASE)
    return before, after, scale, words


def _currency(word: str, words: dict[str, str]) -> str:
    w = word.lower()
    if w in words:
        return words[w]
    for name, code in words.items():  # stems (юан*) and optional endings (dollars?)
        stem = name.rstrip("*?")
        if stem and w.startswith(stem):
            return code
    return "CNY"


def amounts(text: str, lang: str) -> list[Amount]:
    """Every sum of money in ``text`` (already ``arabic`` for Chinese numerals)."""
    before, after, scale, words = _patterns(lang)
    found: list[Amount] = []
    taken: list[tuple[int, int]] = []
    for rx in (after, before):
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = to_number(m.group("num"))
            if value is None:
                continue
            sc = m.group("scale")
            cur_word = m.group("cur")
            if sc:
                value *= scale.get(sc.lower(), 1.0)
            if cur_word.startswith("万"):  # "万元" written as one currency word
                value *= 10000
            if value > MAX_AMOUNT:
                continue
            taken.append((m.start(), m.end()))
            found.append(Amount(value, _currency(cur_word, words), m.group(0).strip(), m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)


def percentages(text: str, lang: str) -> list[Share]:
    out = []
    for rx in lexicon(lang).regexes("money:percent_re"):
        for m in rx.finditer(text):
            value = to_number(m.group("p"))
            if value is not None and 0 < value <= 100:
                out.append(Share(value, m.group(0), m.start()))
    return sorted(out, key=lambda s: s.start)


def ratios(text: str, lang: str) -> list[tuple[float, ...]]:
    out = []
    for rx in lexicon(lang).regexes("money:ratio_re"):
        for m in rx.finditer(text):
            parts = [float(g) for g in m.groups() if g]
            if len(parts) >= 2 and sum(parts) > 0 and not _is_time(text, m):
                out.append(tuple(parts))
    return out


def _is_time(text: str, m: re.Match[str]) -> bool:
    """10:30 next to 'hours' or 上午 is a time, not a ratio."""
    window = text[max(0, m.start() - 6): m.end() + 6].lower()
    return any(w in window for w in ("时", "点", "am", "pm", "hour", "час"))
