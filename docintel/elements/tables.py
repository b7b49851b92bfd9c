"""Tables that give each party a row of its own.

Consortium agreements split the work and the money in a table (序号 | 单位名称 |
承担任务 | 经费（万元）) more often than in sentences. OCR and text layers give
such a table column by column, so rows are rebuilt from the cells' places on the
page: a header row naming the column, then one row per party until a total or
the page's end.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..geometry import same_row
from ..models import Evidence, union_bbox
from ..judge.parties import Party, find_roles
from .passages import Sentence
from .reading import Reading

TOTAL = re.compile(r"合计|总计|total|итого|всего|жиыны|jami|барлығы", re.IGNORECASE)
MAX_HEADER = 20  # characters: a column header is a few words, not a sentence


@dataclass
class PartyRow:
    place: int
    cells: list[Sentence]

    @property
    def text(self) -> str:
        return " | ".join(c.text for c in self.cells)

    def evidence(self) -> Evidence:
        return Evidence(page=self.cells[0].page, bbox=union_bbox([c.bbox for c in self.cells]), text=self.text[:160])

    def cell_under(self, header: Sentence) -> Sentence | None:
        """The row's cell nearest below the header's column."""
        x = (header.bbox[0] + header.bbox[2]) / 2
        return min(self.cells, key=lambda c: abs((c.bbox[0] + c.bbox[2]) / 2 - x), default=None)


@dataclass
class PartyTable:
    header: Sentence  # the column's header cell
    rows: list[PartyRow]


def rows(reading: Reading) -> list[list[Sentence]]:
    """The page's lines grouped into printed rows, left to right."""
    out: list[list[Sentence]] = []
    for line in reading.lines:
        row = next((r for r in out if r[0].page == line.page and same_row(r[0].bbox, line.bbox)), None)
        if row is None:
            out.append([line])
        else:
            row.append(line)
    return [sorted(r, key=lambda s: s.bbox[0]) for r in out]


def party_table(reading: Reading, parties: list[Party], is_header: Callable[[Sentence], bool]) -> PartyTable | None:
    """The first table whose header row has a cell ``is_header`` accepts, with the
    rows below it that name a party."""
    all_rows = rows(reading)
    for i, row in enumerate(all_rows):
        header = next((c for c in row if len(c.text) <= MAX_HEADER and not c.heading and is_header(c)), None)
        if header is None or len(row) < 2:
            continue
        found = []
        for body in all_rows[i + 1:]:
            if body[0].page != header.page or TOTAL.search(" ".join(c.text for c in body)):
                break
            place = row_party(body, parties)
            if place is not None:
                found.append(PartyRow(place, body))
        if found:
            return PartyTable(header, found)
    return None


def row_party(row: list[Sentence], parties: list[Party]) -> int | None:
    """The party a row names: by role word, by a name it goes by, or by a close
    spelling of its name (OCR's slips)."""
    text = " ".join(c.text for c in row)
    roles = roles_in(text, parties)
    if roles:
        return roles[0][1]
    best, score = None, 85.0
    for party in parties:
        for name in party.spellings:
            s = fuzz.partial_ratio(name, text) if len(name) >= 4 else 0
            if s > score:
                best, score = party.place, s
    return best


def roles_in(text: str, parties: list[Party] = ()) -> list[tuple[int, int]]:
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
