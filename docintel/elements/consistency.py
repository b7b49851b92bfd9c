"""Facts that rules compare across the document: the validity term against the
project period, the numbers of the Chinese version against the foreign one,
and resources that need prior approval (guide 三.2.1)."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..models import Element
from ..judge.parties import Party, party_line, role_tables
from .dates import find_dates
from .lexicon import lexicon
from .money import amounts, arabic, percentages, ratios
from .passages import Sentence
from .reading import Reading, language_of

MAX_EVIDENCE = 4


def _years(text: str, lang: str, reading_lex) -> int | None:
    for rx in reading_lex.regexes("validity:years_re"):
        m = rx.search(arabic(text) if lang == "zh" else text)
        if m:
            n = m.group("n").lower()
            if n.isdigit():
                return int(n)
            words = reading_lex.data.get("numbers", {})
            if n in words:
                return int(words[n])
    return None


def _add_years(day: dt.date, years: int) -> dt.date | None:
    for d in (day.day, 28):  # 29 February
        try:
            return day.replace(year=day.year + years, day=d)
        except ValueError:
            continue
    return None  # past year 9999


def validity(reading: Reading, signed: str | None) -> Element:
    term: Sentence | None = None
    years = end = None
    for s in reading.sentences:
        if not reading.has(s, "validity:labels"):
            continue
        lang = language_of(s)
        n = _years(s.text, lang, lexicon(lang))
        dates = [d.date for d in find_dates(s.text, lang)]
        if n or dates:
            term, years = s, n
            if dates:
                end = max(dates)
            elif signed and n:
                end = _add_years(dt.date.fromisoformat(signed), n)
            break
    period: Sentence | None = None
    project_end = None
    for s in reading.sentences:
        if reading.has(s, "project_period:labels"):
            dates = [d.date for d in find_dates(s.text, language_of(s), with_months=True)]
            if len(dates) >= 1:
                period, project_end = s, max(dates)
                break
    if term is None:
        return Element(status="missing", value={"project_end": project_end.isoformat()} if project_end else None,
                       evidence=[period.evidence()] if period else [])
    value = {"years": years, "end": end.isoformat() if end else None,
             "project_end": project_end.isoformat() if project_end else None}
    return Element(status="present", value=value, evidence=[s.evidence() for s in (term, period) if s])


def _numbers(s: Sentence) -> dict[str, set]:
    lang = language_of(s)
    text = arabic(s.text) if lang == "zh" else s.text
    out: dict[str, set] = defaultdict(set)
    for a in amounts(text, lang):
        out["amounts"].add((round(a.value, 2), a.currency))
    for p in percentages(text, lang):
        out["percentages"].add(p.percent)
    for r in ratios(text, lang):
        total = sum(r)
        out["ratios"].add(tuple(round(x / total, 3) for x in r))
    for d in find_dates(s.text, lang):
        out["dates"].add(d.date.isoformat())
    return out


def version_numbers(reading: Reading, languages: list[str], parties: list[Party]) -> Element:
    """The Chinese version against each foreign one: sums, percentages, ratios,
    dates and how many parties each names. Only kinds that both versions state
    are compared, so a number lost to OCR on one side is not a disagreement of
    substance unless the other side states the same kind."""
    if "zh" not in languages or len(languages) < 2:
        return Element(status="uncertain", value={"reason": "one_version"})
    per: dict[str, dict[str, set]] = {lang: defaultdict(set) for lang in languages}
    where: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for s in reading.sentences:
        lang = s.language
        if lang not in per or not _clean(s.text):
            continue
        for kind, values in _numbers(s).items():
            per[lang][kind] |= values
            where[(lang, kind)].append(s)
    for lang, places in _party_places(reading).items():  # role words of each language: 甲方, Party B, Сторона 2
        if lang in per and len(places) >= 2:  # one role line read means the other was lost, not absent
            per[lang]["parties"] = {len(places)}
    differences = []
    evidence = []
    for lang in languages:
        if lang == "zh":
            continue
        for kind in ("amounts", "percentages", "ratios", "dates", "parties"):
            a, b = per["zh"].get(kind, set()), per[lang].get(kind, set())
            if a - b and b - a:  # a value replaced, not one lost to OCR or left untranslated
                differences.append({"kind": kind, "languages": ["zh", lang],
                                    "zh": sorted(map(_show, a - b)), lang: sorted(map(_show, b - a))})
                for key in (("zh", kind), (lang, kind)):
                    evidence.extend(s.evidence() for s in where[key][:2])
    return Element(status="present", value={"differences": differences}, evidence=evidence[:MAX_EVIDENCE])


_FAIR = re.compile(r"[\w\s.,;:()%«»\"'“”‘’、，。；：（）/\-–—]")


def _clean(text: str) -> bool:
    """A sentence fit to compare numbers from: OCR garbage under a seal ("2О=5%=Я-+-Н")
    would make every scan's versions disagree."""
    letters = sum(ch.isalpha() for ch in text)
    fair = sum(1 for ch in text if _FAIR.match(ch))
    return letters >= 12 and fair / max(1, len(text)) >= 0.95


def _party_places(reading: Reading) -> dict[str, set[int]]:
    tables = role_tables()
    out: dict[str, set[int]] = defaultdict(set)
    for line in reading.lines:
        low = line.text.strip().lower()
        for lang, table in tables.items():
            for word, place in table.items():
                if low.startswith(word) and party_line(line.text):
                    out[lang].add(place)
    return out


def _show(v) -> str:
    """A number as a reviewer writes it: 1,200,000 CNY (not 1.2e+06), 2.5%, 6:4."""
    if isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], str):
        return f"{v[0]:,.0f} {v[1]}" if float(v[0]).is_integer() else f"{v[0]:,.2f} {v[1]}"
    if isinstance(v, tuple):
        return ":".join(f"{x:g}" for x in v)
    if isinstance(v, float):
        return f"{v:g}%"
    return str(v)


def restricted_resources(reading: Reading) -> Element:
    kinds: dict[str, Sentence] = {}
    for s in reading.sentences:
        for h in reading.of(s):
            if h.label.startswith("resources:"):
                kinds.setdefault(h.label.split(":", 1)[1], s)
    if not kinds:
        return Element(status="missing", value=[])
    sentences = list({id(s): s for s in kinds.values()}.values())  # one sentence may name both
    return Element(status="present", value=sorted(kinds), evidence=[s.evidence() for s in sentences][:MAX_EVIDENCE])
