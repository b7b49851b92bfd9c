"""Who the parties are, as far as the agreement's own role lines say.

A party is named on a line that starts with its role ("甲方（盖章）：新疆大学",
"Party B: COMSATS University", "Сторона 2: ...") in any supported language; the
role words are data (``data/party_roles.yaml``). The same party named in two
language versions keeps one place (1 = first party), so places join them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..datafile import read_yaml

from ..geometry import same_row
from ..models import BBox, Evidence, Page, join_words

ROLES_FILE = Path(__file__).parent.parent / "data" / "party_roles.yaml"
# after the role: an optional bracket such as （盖章） or (Seal), then a colon
_AFTER = re.compile(r"^\s*(?:[(（][^)）]{0,12}[)）])?\s*[:：]\s*(?P<name>.*)$")
_TRIM = " \t:：;；,，.。"
_ALIAS = re.compile(r"\s*[（(][^（()）]*[A-Za-z][^（()）]*[)）]\s*$")


@dataclass
class PartyName:
    text: str
    page: int
    bbox: BBox
    line: str = ""  # the whole role line, "甲方（盖章）：新疆大学"

    def evidence(self) -> Evidence:
        return Evidence(page=self.page, bbox=self.bbox, text=self.line or self.text)


@dataclass
class Party:
    place: int  # 1 for the first party
    names: list[PartyName] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # short names defined in the text: 新疆畜科院, «ТПУ»

    @property
    def name(self) -> str:
        """The name to show: the first written in Chinese, else the first written;
        an alias in brackets (某大学（Some University）) is left to the evidence."""
        han = [n.text for n in self.names if any("\u4e00" <= ch <= "\u9fff" for ch in n.text)]
        first = (han or [n.text for n in self.names])[0]
        return _ALIAS.sub("", first).strip() or first


    @property
    def spellings(self) -> set[str]:
        """Every name written for the party, with and without a bracketed alias,
        and the alias itself: 某大学（Some University） gives all three."""
        out = set()
        for n in self.names:
            out.add(n.text)
            short = _ALIAS.sub("", n.text).strip()
            out.add(short)
            alias = n.text[len(short):].strip(" （()）")
            if alias:
                out.add(alias)
        return {x for x in out | self.aliases if len(x) >= 2}


@lru_cache(maxsize=1)
def _roles_data() -> dict:
    return read_yaml(ROLES_FILE)


@lru_cache(maxsize=1)
def role_tables() -> dict[str, dict[str, int]]:
    """Per language, role word -> the party's place."""
    data = _roles_data()
    return {lang: {word.lower(): int(place) for word, place in table.items()}
            for lang, table in data.items() if not lang.startswith("_")}


@lru_cache(maxsize=1)
def _definition() -> re.Pattern[str]:
    """'<name> (hereinafter "<alias>")': the name before a bracket that gives it a
    short name: a role (甲方, Party A) or any alias (新疆畜科院, «ТПУ», "the Institute")."""
    data = _roles_data()
    words = "|".join(re.escape(w) for w in sorted(data["_hereinafter"], key=len, reverse=True))
    return re.compile(
        rf"(?P<name>[^，,；;:：()（）“”\"«»]{{2,120}}?)\s*[»”\"]?\s*[（(]\s*(?:{words})[^)）“\"«'‘]{{0,25}}?"
        rf"[“\"«'‘]?\s*(?P<alias>[^)）”\"»'’“«]{{1,30}}?)\s*[”\"»'’]?\s*[)）]", re.IGNORECASE)


# what runs into the name from the sentence: 本协议由…, …与…, between … and …, между … и …
_LEAD = re.compile(r"^\s*(?:本\S{0,6}?由|由|与|和|同|及|.*?\bbetween\s+|.*?\bмежду\s+|,?\s*(?:and|и|және|va|жана|ва|"
                   r"болон|we|اور)\s+|甲方[:：]|乙方[:：])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _organisation_words() -> tuple[str, ...]:
    data = _roles_data()
    return tuple(w.lower() for w in data["_organisation"])


def defined_parties(text: str) -> list[tuple[int | None, str, str]]:
    """(place if the alias is a role, name, alias) for every short name defined
    in running text; an alias that is no role gets its place from the order, and
    only an organisation's name gets one ("the Programme" is no party)."""
    table = dict(role_words())
    out = []
    for m in _definition().finditer(text):
        name = _LEAD.sub("", m.group("name")).strip(_TRIM + "“”\"«» ")
        alias = m.group("alias").strip(" –—-")
        place = table.get(alias.lower())
        if len(name) < 2 or not alias:
            continue
        if place is None and not any(w in name.lower() for w in _organisation_words()):
            continue
        out.append((place, name, alias))
    return out


@lru_cache(maxsize=1)
def role_words() -> list[tuple[str, int]]:
    words = [(word, place) for table in role_tables().values() for word, place in table.items()]
    return sorted(words, key=lambda w: -len(w[0]))  # "за сторону 1" before "сторона 1"


@lru_cache(maxsize=1)
def _role_regex() -> re.Pattern[str]:
    def one(word: str) -> str:
        body = re.escape(word)
        if not _is_han(word[0]):
            body = r"(?<![^\W_])" + body
        if not _is_han(word[-1]):
            body += r"(?![^\W_])"
        return body
    return re.compile("|".join(f"(?P<r{i}>{one(w)})" for i, (w, _) in enumerate(role_words())), re.IGNORECASE)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def find_roles(text: str) -> list[tuple[int, int]]:
    """(position, party place) of every role word in running text, as whole words
    ("party a" is not in "party agrees"; 由甲方 still names 甲方)."""
    words = role_words()
    return [(m.start(), words[int(m.lastgroup[1:])][1]) for m in _role_regex().finditer(text)]


def find_parties(pages: list[Page]) -> list[Party]:
    found: dict[int, Party] = {}
    order: dict[str | None, int] = {}

    def add(place: int, name: str, page: int, bbox: BBox, line: str) -> None:
        party = found.setdefault(place, Party(place))
        if all(n.text != name for n in party.names):
            party.names.append(PartyName(name, page, bbox, line))

    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                hits = party_lines(line.text) or [h for h in [_name_beside(line, page)] if h is not None]
                for hit in hits:
                    add(*hit, page.number, line.bbox, line.text)
            for place, name, alias in defined_parties(join_words([line.text for line in block.lines])):
                # each version defines its parties in the same order: the k-th
                # short name defined in a language is the k-th party
                order[block.language] = place or order.get(block.language, 0) + 1
                place = place or order[block.language]
                add(place, name, page.number, block.bbox, name)
                if alias.lower() not in dict(role_words()):
                    found[place].aliases.add(alias)
    if len(found) < 2:  # no roles at all: "新疆农业大学（乌鲁木齐）与塔什干国立农业大学……达成如下谅解"
        for page in pages[:1]:
            for block in page.blocks[:OPENING_BLOCKS]:
                names = opening_parties(join_words([line.text for line in block.lines]))
                for place, name in enumerate(names, start=1):
                    if place not in found:
                        add(place, name, page.number, block.bbox, name)
                if names:
                    break
    return [found[k] for k in sorted(found)]


OPENING_BLOCKS = 8  # where an agreement without roles names its parties: the opening sentence


@lru_cache(maxsize=1)
def _opening() -> list[re.Pattern[str]]:
    """'<organisation>（place）与<organisation>', 'between <organisation> and
    <organisation>', 'между <organisation> и <organisation>'."""
    words = "|".join(re.escape(w) for w in _organisation_words() if not w.isascii() or len(w) > 3)
    han = rf"[\u4e00-\u9fffA-Za-z·]{{2,40}}?(?:{words})"
    latin = r"(?:[A-Z][\w.'’-]*\s+){0,8}?(?:University|Institute|Academy|College|Cent(?:re|er)|Company|Hospital|Laboratory)(?:\s+(?:of|for|named after)\s+(?:[A-Z][\w.'’-]*\s*){1,5})?"
    cyr = r"(?:[А-ЯЁ«][\w«»-]*\s+){0,6}?(?:университет|институт|академи\w*|центр)\w*(?:\s+[\w«»-]+){0,4}?"
    bracket = r"\s*(?:[（(][^）)]{0,40}[）)])?\s*"
    han_long = han.replace("}?(?:", "}(?:")  # the second name as long as it goes: 科学院尼基京化学研究所
    return [re.compile(rf"(?P<a>{han}){bracket}(?:与|和|同)\s*(?P<b>{han_long})"),
            re.compile(rf"between\s+(?:the\s+)?(?P<a>{latin}){bracket},?\s*and\s+(?:the\s+)?(?P<b>{latin})"),
            re.compile(rf"между\s+(?P<a>{cyr}){bracket},?\s*и\s+(?P<b>{cyr})", re.IGNORECASE)]


def opening_parties(text: str) -> list[str]:
    for rx in _opening():
        m = rx.search(text)
        if m:
            return [_LEAD.sub("", m.group("a")).strip(_TRIM), m.group("b").strip(_TRIM)]
    return []


def _name_beside(line, page: Page) -> tuple[int, str] | None:
    """A role with nothing after its colon ("丙方：") names the unit in the next cell
    to its right (forms and tables)."""
    place = _bare_role(line.text)
    if place is None:
        return None
    right = [other for block in page.blocks for other in block.lines
             if other is not line and same_row(other.bbox, line.bbox) and other.bbox[0] >= line.bbox[2] - 0.005]
    if not right:
        return None
    name = _balanced(min(right, key=lambda o: o.bbox[0]).text).strip(_TRIM)
    return (place, name) if len(name) >= 2 and party_line(name) is None else None


def _bare_role(text: str) -> int | None:
    low = text.strip().lower()
    for word, place in role_words():
        if low.startswith(word):
            m = _AFTER.match(text.strip()[len(word):])
            return place if m is not None and not m.group("name").strip(_TRIM) else None
    return None


def _strip_definition(name: str) -> str:
    """甲方：某研究所（以下简称“某所”） names 某研究所."""
    m = _definition().search(name)
    return name[:m.start("name") + len(m.group("name"))] if m else name


def _balanced(name: str) -> str:
    """A bracket opened and not closed on the line (an English name running on to
    the next line) is cut off with what follows it."""
    for open_, close in (("（", "）"), ("(", ")")):
        i = name.rfind(open_)
        if i > 0 and close not in name[i:]:
            name = name[:i]
    return name


def party_lines(text: str) -> list[tuple[int, str]]:
    """Every role line in ``text``: on a side-by-side bilingual page one printed
    row holds both columns ("甲方：新疆大学   Party A: Xinjiang University"), and
    OCR or the text layer runs them together; each role label followed by its
    colon starts a line of its own."""
    starts = [0] + [pos for pos, _ in find_roles(text)
                    if pos > 0 and _AFTER.match(_after_role(text[pos:])) is not None]
    out = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        hit = party_line(text[a:b])
        if hit is not None:
            out.append(hit)
    return out


def _after_role(text: str) -> str:
    """What follows the role word that ``text`` starts with."""
    role = _leading_role(text)
    return text[len(role[0]):] if role else text


def _leading_role(text: str) -> tuple[str, int] | None:
    """(role word, party place) that ``text`` starts with, if any."""
    low = text.lower()
    return next(((word, place) for word, place in role_words() if low.startswith(word)), None)


# "牵头单位（甲方）：", "委托方 (甲方) :", "Lead institution (Party A):": a short
# label whose bracket gives the role, then the colon; the bracket says enough
# that OCR's usual slips are let pass (《 for （, ; for ：, the colon lost)
_LABELLED_ROLE = re.compile(r"^\s*[^:：，,。;；()（）《》]{1,16}?\s*[(（《〈]\s*(?P<role>[^()（）《》〈〉]{2,20}?)\s*[)）》〉]"
                            r"\s*[:：;；]?\s*(?P<name>.*)$")


def party_line(text: str) -> tuple[int, str] | None:
    text = text.strip()
    role = _leading_role(text)
    if role is None:
        return _labelled_party_line(text)
    m = _AFTER.match(text[len(role[0]):])
    if m is None:
        return None
    name = _balanced(_strip_definition(m.group("name"))).strip(_TRIM)
    return (role[1], name) if len(name) >= 2 else None


@lru_cache(maxsize=1)
def _person_labels() -> tuple[str, ...]:
    data = _roles_data()
    return tuple(w.lower() for w in data["_person_labels"])


def _labelled_party_line(text: str) -> tuple[int, str] | None:
    """A role given in brackets after the unit's function: 牵头单位（甲方）：新疆大学."""
    m = _LABELLED_ROLE.match(text)
    if m is None or any(w in text[:m.start("role")].lower() for w in _person_labels()):
        return None
    place = dict(role_words()).get(m.group("role").strip().lower())
    name = _balanced(_strip_definition(m.group("name"))).strip(_TRIM)
    return (place, name) if place is not None and len(name) >= 2 else None
