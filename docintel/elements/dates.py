"""Dates in the forms agreements use, and which of them is the signing date.

Candidates are found by each language's patterns (lexicon data: numeric
forms, month names, Mongolian ordinal months); a candidate with a month name
is read by ``dateparser`` where it knows the language, else by the lexicon's
month table (dateparser knows neither Tajik nor Turkmen, nor forms such as
``2025 жылғы 15 наурыз``). Chinese numeral dates (二〇二五年三月十五日) are
turned into digits first.

A signing date is a date on a line labelled as one (签订日期, Date, Дата,
Күні, Sana …) or in a sentence about signing. A labelled line with nothing
filled in (``签订日期：    年   月   日``, ``Date: ______``) is a *blank* date
line: the date is missing, and the blank line is the evidence.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..geometry import same_row
from ..models import Element
from .lexicon import lexicon
from .money import cn_digits
from .passages import Parts, Sentence
from .reading import Reading, language_of

_CN_DATE = re.compile(r"[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?")
DATEPARSER_LANGS = {"zh", "en", "ru", "kk", "uz", "ky", "mn", "ur", "ug"}
MAX_EVIDENCE = 4


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    text: str
    start: int
    end: int


def _cn_digits(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        return _same_length(cn_digits(m.group(0).replace("○", "〇").replace("Ｏ", "〇")), m.group(0))
    return _CN_DATE.sub(one, text)


def _same_length(new: str, old: str) -> str:
    """Keep offsets valid: pad the digit form to the numeral form's length."""
    return new + " " * (len(old) - len(new)) if len(new) <= len(old) else new


@lru_cache(maxsize=None)
def _months(lang: str) -> list[tuple[str, int]]:
    table = lexicon(lang).data.get("dates", {}).get("months") or lexicon("en").data["dates"]["months"]
    out = [(stem.lower().rstrip("*"), i + 1) for i, stems in enumerate(table) for stem in stems]
    return sorted(out, key=lambda x: -len(x[0]))


def month_number(word: str, lang: str) -> int | None:
    w = word.lower()
    for code in (lang, "en"):
        for stem, n in _months(code):
            if w.startswith(stem):
                return n
    return None


def _make(y: str, m: str | int, d: str | int | None) -> dt.date | None:
    try:
        year, month = int(y), int(m)
        if d is None:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        day = int(d)
        if month > 12 and day <= 12:  # 03/15/2025 written month-first
            month, day = day, month
        return dt.date(year, month, day)
    except (ValueError, TypeError):
        return None


def _dateparser(text: str, lang: str, any_language: bool = False) -> dt.date | None:
    if lang not in DATEPARSER_LANGS and not any_language:
        return None
    import dateparser

    try:  # any_language: the text's language has no lexicon of ours, so let dateparser tell
        got = dateparser.parse(text, languages=None if any_language else [lang], settings={
            "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_LOCALE_DATE_ORDER": False})
    except ValueError:  # a language dateparser does not know
        return None
    return got.date() if got else None


def find_dates(text: str, lang: str, with_months: bool = False) -> list[FoundDate]:
    """Every date in ``text``; with ``with_months``, month-and-year ones too (taken
    as the month's last day: project periods end then)."""
    text = _cn_digits(text)
    lx = lexicon(lang)
    found: list[FoundDate] = []

    def free(s: int, e: int) -> bool:
        return all(e <= f.start or s >= f.end for f in found)

    for rx in lx.regexes("dates:text_re"):
        for m in rx.finditer(text):
            g = m.groupdict()
            month = g.get("m") or (month_number(g["month"], lang) if g.get("month") else None)
            if not free(m.start(), m.end()):
                continue
            if month is None:  # a language without a lexicon of ours (a French letter): dateparser's months
                date = _dateparser(m.group(0), lang, any_language=True) if g.get("month") else None
                if date:
                    found.append(FoundDate(date, m.group(0).strip(), m.start(), m.end()))
                continue
            date = _make(g["y"], month, g.get("d"))
            if g.get("month") and date is not None:
                date = _dateparser(m.group(0), lang) or date
            if date:
                found.append(FoundDate(date, m.group(0).strip(), m.start(), m.end()))
    for rx in lx.regexes("dates:numeric_re"):
        for m in rx.finditer(text):
            if free(m.start(), m.end()):
                date = _make(m.group("y"), m.group("m"), m.group("d"))
                if date:
                    found.append(FoundDate(date, m.group(0).strip(), m.start(), m.end()))
    if with_months:
        for key in ("dates:month_text_re", "dates:month_re"):
            for rx in lx.regexes(key):
                for m in rx.finditer(text):
                    g = m.groupdict()
                    month = g.get("m") or (month_number(g["month"], lang) if g.get("month") else None)
                    if month and free(m.start(), m.end()):
                        date = _make(g["y"], month, None)
                        if date:
                            found.append(FoundDate(date, m.group(0).strip(), m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _labelled_span(reading: Reading, s: Sentence, key: str) -> tuple[int, int] | None:
    """Where the value of the line's last date label runs: from the label's end to
    the next term label ("Date of issue: Aug. 20, 2013  Date of expiry: Aug. 20,
    2018", two cells run together), if the line has a date label outside a term's."""
    hits = reading.of(s)
    terms = [h for h in hits if h.label in TERM_LABELS]
    labels = [h for h in hits if h.label == key and not any(t.start <= h.start < t.end for t in terms)]
    if not labels:
        return None
    end = max(h.end for h in labels)
    stop = min((t.start for t in terms if t.start >= end), default=len(s.text))
    return end, stop


def beside(reading: Reading, line: Sentence) -> list[Sentence]:
    """Lines to the right of ``line`` in the same row, nearest first."""
    cells = [o for o in reading.lines if o is not line and o.page == line.page
             and same_row(o.bbox, line.bbox) and o.bbox[0] >= line.bbox[2] - 0.005]
    return sorted(cells, key=lambda o: o.bbox[0])


_PLACEHOLDER = re.compile(r"_|年|月|日|«|»|\.{3,}|…")


def _blank_after(text: str, lang: str) -> bool:
    """Nothing after the label, or only the form's placeholders (____, 年 月 日,
    «___» ______ 20__). A stray digit with nothing around it is a date the OCR
    could not read (under a seal, say), not a blank one."""
    rest = text.strip(" :：\t")
    if not rest:
        return True
    if re.search(r"\d{1,2}\D+\d", rest) or not any(rx.match(rest) for rx in lexicon(lang).regexes("dates:blank_re")):
        return False
    return bool(_PLACEHOLDER.search(rest)) or not re.search(r"\d", rest)


@dataclass
class DateReading:
    dated: list[tuple[FoundDate, Sentence]]
    blank: list[Sentence]
    unreadable: list[Sentence] = field(default_factory=list)  # labelled, something there, no date made of it


def ends_a_term(text: str, found: FoundDate, lang: str) -> bool:
    """A date that an 'until' word stands before or after (有效期至2029年12月31日,
    "remains valid until", действует по 31.12.2029, 2029 жылға дейін) ends a
    term: it is never a signing date, whatever else the sentence says."""
    lx = lexicon(lang)
    before, after = text[max(0, found.start - 24):found.start], text[found.end:found.end + 16]
    return any(rx.search(before) for rx in lx.regexes("dates:until_before_re")) or \
        any(rx.search(after) for rx in lx.regexes("dates:until_after_re"))


TERM_LABELS = {"validity:labels", "project_period:labels"}  # lines about a term, not a signing


def labelled_dates(reading: Reading, label_key: str, signing_key: str | None) -> DateReading:
    """Dates on labelled lines (and, with ``signing_key``, in sentences about
    signing), and the labelled lines left blank. Sentences about a project
    period or a validity term are not signing dates."""
    out = DateReading([], [], [])
    for line in reading.lines:
        span = _labelled_span(reading, line, label_key)
        if span is None:
            continue
        lang = language_of(line)
        after = line.text[span[0]:span[1]]
        dates = [d for d in find_dates(after, lang) if not ends_a_term(after, d, lang)]
        if not dates and after.strip() and not re.match(r"\s*[:：]", after):
            continue  # "the date of its signature", "Date of review": words, not a label and its value
        if not dates and not after.strip(" :：\t"):  # a form: the value is in the next cell
            for cell in beside(reading, line):
                dates = find_dates(cell.text, language_of(cell))
                if dates:
                    line = cell
                    break
        if dates:
            out.dated.append((dates[0], line))
        elif not find_dates(line.text, lang):
            (out.blank if _blank_after(after, lang) else out.unreadable).append(line)
    if signing_key:
        seen = {id(s) for _, s in out.dated}
        for s in reading.sentences:
            labels = reading.labels(s)
            if signing_key not in labels or id(s) in seen:
                continue
            # "本协议于2025年3月15日签订，有效期至2028年12月31日": only the signing part's date
            hits = reading.of(s)
            parts = Parts.of(s.text)
            signing = {parts.index(h.start) for h in hits if h.label == signing_key}
            other = {parts.index(h.start) for h in hits if h.label in TERM_LABELS}
            for d in find_dates(s.text, language_of(s)):
                part = parts.index(d.start)
                if ends_a_term(s.text, d, language_of(s)):
                    continue
                if part not in other and (not other or part in signing):
                    out.dated.append((d, s))
    return out


def date_element(found: DateReading) -> Element:
    """The latest date found (an agreement is in force once its last party signs);
    all of them as evidence. Only blank lines: ``missing``, blank lines as evidence."""
    if found.dated:
        # the Chinese version's date when it has one (a foreign version's differing
        # date is the versions rule's to report), else the latest
        zh = [d.date for d, s in found.dated if s.language == "zh"]
        dates = sorted(set(zh) or {d.date for d, _ in found.dated})
        latest = dates[-1]
        ev = [s.evidence() for d, s in sorted(found.dated, key=lambda x: x[0].date != latest)][:MAX_EVIDENCE]
        value = latest.isoformat()
        return Element(status="present", value=value, evidence=ev)
    if found.unreadable:  # something is written there: say so rather than call it blank
        return Element(status="uncertain", value={"reason": "unreadable", "quote": found.unreadable[0].text},
                       evidence=[s.evidence() for s in (found.unreadable + found.blank)[:MAX_EVIDENCE]])
    if found.blank:
        return Element(status="missing", value={"reason": "blank"},
                       evidence=[s.evidence() for s in found.blank[:MAX_EVIDENCE]])
    return Element(status="missing")


STANDALONE_REST = 20  # letters beside a date on a line of its own: a place ("Nanterre, le", 乌鲁木齐)


def standalone_dates(reading: Reading) -> DateReading:
    """Dates on lines of their own: a letter's date under its letterhead, the
    date written under the signatures and seals ("2019年9月27日", "Nanterre, le
    11 février 2021", "Москва, 3 марта 2016 г."). Real documents date
    themselves so far more often than with a label; a term's end or a period
    (labelled, or with an 'until' word) is never one."""
    out = DateReading([], [])
    for line in reading.lines:
        if len(line.text) > 60 or reading.labels(line) & TERM_LABELS:
            continue
        lang = language_of(line)
        dates = find_dates(line.text, lang)
        if len(dates) != 1 or ends_a_term(line.text, dates[0], lang):
            continue
        d = dates[0]
        rest = line.text[:d.start] + line.text[d.end:]
        if sum(ch.isalpha() for ch in rest) <= STANDALONE_REST:
            out.dated.append((d, line))
    return out


def or_standalone(found: DateReading, reading: Reading) -> DateReading:
    """``found``, or, when no labelled line was there at all, the dates on lines of their own."""
    return found if (found.dated or found.blank or found.unreadable) else standalone_dates(reading)


def signing_date(reading: Reading) -> Element:
    return date_element(or_standalone(labelled_dates(reading, "dates:labels", "dates:signing"), reading))
