"""Who gets how much: each party's share of the funds, from sentences
("甲方安排45万元……乙方自筹15万元", "Party B shall contribute USD 60,000") and
from budget tables (a header naming the amount column and its unit, then one
row per unit).

A sum is given to the party named last before it in the same sentence, or to
the party named in the same table row. Amounts are kept in their currency;
``amount_cny`` is filled only for yuan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..geometry import same_row
from ..parties import Party, find_roles
from .money import amounts, arabic, percentages, to_number
from .passages import Parts, Sentence
from .reading import Reading, language_of

_TOTAL = re.compile(r"合计|总计|total|итого|всего|жиыны|jami|барлығы", re.IGNORECASE)
# an amount column names its unit or says it is an amount: 经费（万元）, Funding (CNY), Сумма
_AMOUNT_HEAD = re.compile(r"万|元|¥|\$|cny|rmb|usd|eur|руб|юан|тенге|amount|sum|сумм|金额|数额", re.IGNORECASE)
_CELL_NUMBER = re.compile(r"^\s*(\d[\d,. \u00a0]*)\s*(%|％)?\s*$")


@dataclass
class ShareOut:
    party: str | None
    place: int | None
    amount: float | None
    currency: str | None
    percent: float | None
    text: str

    def as_value(self) -> dict:
        return {"party": self.party, "place": self.place, "amount": self.amount, "currency": self.currency,
                "amount_cny": self.amount if self.currency == "CNY" else None, "percent": self.percent}


def _roles_in(text: str, parties: list[Party] = ()) -> list[tuple[int, int]]:
    """(position, party place) of every role word, and every name or alias a party
    goes by ("SamSU 30%"), in the text."""
    low = text.lower()
    out = []
    for party in parties:
        for name in party.spellings:
            if len(name) >= 3 or any("\u4e00" <= ch <= "\u9fff" for ch in name):
                out.extend((m.start(), party.place) for m in re.finditer(re.escape(name.lower()), low))
    for pos, place in find_roles(low):
        if not any(p <= pos < p + 12 and q == place for p, q in out):
            out.append((pos, place))
    return sorted(out)


def _name(place: int | None, parties: list[Party]) -> str | None:
    return next((p.name for p in parties if p.place == place), None)


def sentence_shares(sentences: list[Sentence], parties: list[Party]) -> list[ShareOut]:
    out = []
    for s in sentences:
        lang = language_of(s)
        text = arabic(s.text) if lang == "zh" else s.text
        roles = _roles_in(text, parties)
        marks = [(a.start, a.value, a.currency, None, a.text) for a in amounts(text, lang)]
        marks += [(p.start, None, None, p.percent, p.text) for p in percentages(text, lang)]
        parts = Parts.of(text, conjunctions=True)
        for start, value, currency, percent, raw in sorted(marks):
            place = _owner(start, roles, parts)
            out.append(ShareOut(_name(place, parties), place, value, currency, percent, raw))
    return _merge(out)


def _owner(pos: int, roles: list[tuple[int, int]], parts: Parts) -> int | None:
    """The party a sum belongs to: the one named in its own part of the sentence
    ("甲方承担45万元", "600,000 yuan to Party A", "Стороне 2 – 400 000"), before it if
    both; else the last one named before it in the sentence."""
    lo, hi = parts.span(pos)
    inside = [(p, place) for p, place in roles if lo <= p < hi]
    before = [place for p, place in inside if p < pos]
    if before:
        return before[-1]
    if inside:
        return inside[0][1]
    earlier = [place for p, place in roles if p < pos]
    return earlier[-1] if earlier else None


def _merge(shares: list[ShareOut]) -> list[ShareOut]:
    """One entry per party: a percentage written next to its amount joins it."""
    merged: dict[int | None, ShareOut] = {}
    loose = []
    for sh in shares:
        if sh.place is None:
            loose.append(sh)
            continue
        have = merged.get(sh.place)
        if have is None:
            merged[sh.place] = sh
        elif have.amount is None and sh.amount is not None:
            have.amount, have.currency = sh.amount, sh.currency
        elif have.percent is None and sh.percent is not None:
            have.percent = sh.percent
    return [merged[k] for k in sorted(merged)] + (loose if not merged else [])


def _rows(reading: Reading) -> list[list[Sentence]]:
    rows: list[list[Sentence]] = []
    for line in reading.lines:
        row = next((r for r in rows if r[0].page == line.page and same_row(r[0].bbox, line.bbox)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    return [sorted(r, key=lambda s: s.bbox[0]) for r in rows]


def table_shares(reading: Reading, parties: list[Party]) -> list[ShareOut]:
    """Budget tables: a header row with an amount column naming its unit (经费（万元）,
    Amount (CNY)), then a row per party."""
    rows = _rows(reading)
    out: list[ShareOut] = []
    for i, row in enumerate(rows):
        header = next((c for c in row if reading.has(c, "clauses:funding_allocation:subject")
                       and len(c.text) <= 20 and not c.heading and _AMOUNT_HEAD.search(c.text)), None)
        if header is None or len(row) < 2:
            continue
        lang = language_of(header)
        scale = 10000.0 if "万" in header.text else 1.0
        found = amounts("1 " + header.text.split("(")[-1].split("（")[-1], lang)
        currency = found[0].currency if found else "CNY"
        x = (header.bbox[0] + header.bbox[2]) / 2
        for body in rows[i + 1:]:
            if body[0].page != header.page or _TOTAL.search(" ".join(c.text for c in body)):
                break
            place = _row_party(body, parties)
            if place is None:
                continue
            numbers = [(abs((c.bbox[0] + c.bbox[2]) / 2 - x), c) for c in body if _CELL_NUMBER.match(c.text)]
            amount = percent = None
            for _, cell in sorted(numbers, key=lambda n: n[0]):
                m = _CELL_NUMBER.match(cell.text)
                value = to_number(m.group(1))
                if m.group(2) and percent is None:
                    percent = value
                elif not m.group(2) and amount is None and value is not None:
                    amount = value * scale
            if amount is not None or percent is not None:
                out.append(ShareOut(_name(place, parties), place, amount, currency if amount is not None else None,
                                    percent, " | ".join(c.text for c in body)))
        if out:
            break
    return out


def _row_party(row: list[Sentence], parties: list[Party]) -> int | None:
    text = " ".join(c.text for c in row)
    roles = _roles_in(text, parties)
    if roles:
        return roles[0][1]
    best, score = None, 85.0
    for party in parties:
        for name in party.spellings:
            s = fuzz.partial_ratio(name, text) if len(name) >= 4 else 0
            if s > score:
                best, score = party.place, s
    return best


def funding_shares(reading: Reading, sentences: list[Sentence], parties: list[Party]) -> list[dict]:
    shares = table_shares(reading, parties) or sentence_shares(sentences, parties)
    return [s.as_value() for s in shares]
