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

from ..models import Evidence
from ..judge.parties import Party
from .money import amounts, arabic, percentages, to_number
from .passages import Parts, Sentence
from .reading import Reading, language_of
from .tables import party_table, roles_in

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
    evidence: Evidence | None = None  # a table row's place on the page

    def as_value(self) -> dict:
        return {"party": self.party, "place": self.place, "amount": self.amount, "currency": self.currency,
                "amount_cny": self.amount if self.currency == "CNY" else None, "percent": self.percent}


def _name(place: int | None, parties: list[Party]) -> str | None:
    return next((p.name for p in parties if p.place == place), None)


def sentence_shares(sentences: list[Sentence], parties: list[Party]) -> list[ShareOut]:
    out = []
    for s in sentences:
        lang = language_of(s)
        text = arabic(s.text) if lang == "zh" else s.text
        roles = roles_in(text, parties)
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


def table_shares(reading: Reading, parties: list[Party]) -> list[ShareOut]:
    """Budget tables: a header row with an amount column naming its unit (经费（万元）,
    Amount (CNY)), then a row per party."""
    def is_header(c: Sentence) -> bool:
        return reading.has(c, "clauses:funding_allocation:subject") and _AMOUNT_HEAD.search(c.text) is not None

    table = party_table(reading, parties, is_header)
    if table is None:
        return []
    header = table.header
    lang = language_of(header)
    scale = 10000.0 if "万" in header.text else 1.0
    found = amounts("1 " + header.text.split("(")[-1].split("（")[-1], lang)
    currency = found[0].currency if found else "CNY"
    x = (header.bbox[0] + header.bbox[2]) / 2
    out: list[ShareOut] = []
    for row in table.rows:
        numbers = [(abs((c.bbox[0] + c.bbox[2]) / 2 - x), c) for c in row.cells if _CELL_NUMBER.match(c.text)]
        amount = percent = None
        for _, cell in sorted(numbers, key=lambda n: n[0]):
            m = _CELL_NUMBER.match(cell.text)
            value = to_number(m.group(1))
            if m.group(2) and percent is None:
                percent = value
            elif not m.group(2) and amount is None and value is not None:
                amount = value * scale
        if amount is not None or percent is not None:
            out.append(ShareOut(_name(row.place, parties), row.place, amount, currency if amount is not None else None,
                                percent, row.text, row.evidence()))
    return out


def funding_shares(reading: Reading, sentences: list[Sentence], parties: list[Party]) -> list[dict]:
    shares = table_shares(reading, parties) or sentence_shares(sentences, parties)
    return [s.as_value() for s in shares]
