"""Turns a Sample into layout blocks, and records what the text establishes.

Everything the labels say about content (parties, dates, which elements are
present) is collected here from the very strings handed to the layout, so
labels cannot drift from what is drawn.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from . import entities as E
from .dates import blank_date, cn_number, format_date, n_styles
from .fonts import FAMILIES, family_for, text_width
from .layout import (Block, PageBreak, Para, SetColumns, SigCell, SignatureGrid, Spacer, Style,
                     Table, TextOp)
from .distract import BLUE, RED, FormBoxes, HeaderEmblem, Letterhead, Placeholder, QRBlock
from .marks import Seal, SealSpec, Signature
from .spec import Sample

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
COUNTRY_ZH = {"KZ": "哈萨克斯坦", "UZ": "乌兹别克斯坦", "KG": "吉尔吉斯斯坦", "TJ": "塔吉克斯坦",
              "MN": "蒙古国", "TM": "土库曼斯坦", "PK": "巴基斯坦", "RU": "俄罗斯"}
COLOURED_NOTES = [
    "（注：本协议经双方法定代表人或授权代表签字并加盖公章后生效，请于收到后十个工作日内寄回一份原件。）",
    "特别提示：协议中涉及的经费须专款专用，项目结束后按规定提交财务决算报告。",
    "（本页内容已经双方核对无误，以红色标注的条款为本次修订内容。）",
]
DEFAULT_CLAUSES = {
    "cooperation": ["content", "responsibilities", "funding", "ip", "benefit", "data", "confidentiality",
                    "term", "dispute", "final"],
    "ip": ["ip", "background", "filing", "benefit", "dispute", "final"],
}


@dataclass
class Theme:
    """Typography of one document, drawn from the seed so no two look alike."""

    family: str
    size: float
    leading: float
    margins: tuple[float, float, float, float]
    align: str
    zh_indent: bool
    heading_style: dict[str, int]
    footer_style: int
    title_boost: float

    def font(self, lang: str, bold: bool = False) -> str:
        return FAMILIES[family_for(lang, self.family)][1 if bold else 0]

    def body(self, lang: str, size: float | None = None) -> Style:
        s = size or self.size
        return Style(self.font(lang), s, s * self.leading,
                     align="right" if lang == "ur" else ("left" if lang == "zh" else self.align),
                     indent=2 * s if (lang == "zh" and self.zh_indent) else 0.0,
                     space_after=s * 0.35, rtl=lang == "ur")

    def heading(self, lang: str) -> Style:
        return Style(self.font(lang, True), self.size + 0.5, (self.size + 0.5) * self.leading,
                     align="right" if lang == "ur" else "left", space_before=self.size * 0.5,
                     bold_fake=lang == "zh", rtl=lang == "ur")

    def title(self, lang: str) -> Style:
        s = self.size + self.title_boost
        return Style(self.font(lang, True), s, s * 1.35, align="center", space_after=s * 0.5,
                     bold_fake=lang == "zh", rtl=lang == "ur")

    def small(self, lang: str) -> Style:
        s = max(8.0, self.size - 1.5)
        return Style(self.font(lang), s, s * 1.4, align="right" if lang == "ur" else "left", rtl=lang == "ur")


def make_theme(sample: Sample, rng: random.Random) -> Theme:
    family = sample.family or rng.choice(["sans", "serif", "sans_condensed"])
    size = sample.body_size or round(rng.uniform(9.5, 12.5) * 2) / 2
    tight = sample.compact
    return Theme(
        family=family, size=size, leading=rng.uniform(1.25, 1.35) if tight else rng.uniform(1.3, 1.7),
        margins=(rng.uniform(40, 50), rng.uniform(36, 46), rng.uniform(40, 50), rng.uniform(44, 50)) if tight else
        (rng.uniform(50, 85), rng.uniform(50, 75), rng.uniform(50, 85), rng.uniform(55, 75)),
        align=rng.choice(["justify", "left"]), zh_indent=rng.random() < 0.6,
        heading_style={lang: rng.randrange(len(f)) for lang, f in C.HEADINGS.items()},
        footer_style=rng.randrange(2), title_boost=rng.uniform(3.5, 6.0),
    )


@dataclass
class Composed:
    blocks: list[Block]
    page_size: tuple[float, float]
    theme: Theme
    parties: list[str] = field(default_factory=list)
    party_names: list[dict[str, str]] = field(default_factory=list)
    elements: dict = field(default_factory=dict)
    mentions: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def footer(self, n: int, total: int, page) -> list[TextOp]:
        """Running page number in the language of the page."""
        langs = page.langs
        lang = "zh" if "zh" in langs or not langs else sorted(langs)[0]
        fmts = C.FOOTERS[lang]
        text = fmts[self.theme.footer_style % len(fmts)].format(p=n, n=total)
        st = self.theme.small(lang)
        w = text_width(text, st.font, st.size)
        return [TextOp((page.width - w) / 2, page.height - self.theme.margins[3] * 0.45, text, st.font, st.size)]


# ---------------------------------------------------------------- helpers
def fill(text: str, values: dict[str, str]) -> str:
    """Substitute the placeholders that a text uses (unused ones are ignored)."""
    return text.format(**values)


def heading_text(lang: str, n: int, title: str, theme: Theme) -> str:
    fmts = C.HEADINGS[lang]
    fmt = fmts[theme.heading_style[lang] % len(fmts)]
    return fmt.format(n=n, cn=cn_number(n), title=title, TITLE=title.upper(), ord=C.TK_ORDINAL.get(n, "nji"))


def pick(options: list[str], rng: random.Random) -> str:
    return options[rng.randrange(len(options))]


def money(yuan: int, lang: str) -> str:
    """An amount in yuan written as the language writes thousands."""
    s = f"{yuan:,}"
    return s.replace(",", " ") if lang in ("ru", "kk", "ky", "tg", "mn", "uz", "tk") else s


def fix_uz(text: str, ascii_apostrophe: bool) -> str:
    """Uzbek oʻ/gʻ are typed with the proper modifier letter or, often, an ASCII quote."""
    return text.replace("ʻ", "'").replace("ʼ", "'") if ascii_apostrophe else text


class Parties:
    """The two parties of a bilateral agreement, with people and their names per language."""

    def __init__(self, sample: Sample, rng: random.Random):
        self.dom = E.DOMESTIC[sample.domestic]
        self.fgn = E.FOREIGN[sample.foreign] if sample.foreign else None
        self.dom_person = rng.choice(E.PEOPLE["CN"])
        self.fgn_person = rng.choice(E.PEOPLE[self.fgn["country"]]) if self.fgn else None

    def name(self, i: int, lang: str) -> str:
        return E.unit_name(self.dom if i == 0 else self.fgn, lang)

    def person(self, i: int, lang: str) -> str:
        p = self.dom_person if i == 0 else self.fgn_person
        if i == 1 and lang == self.fgn["native"]:
            return p["native"]
        return p.get(lang) or p.get("en") or p["native"]


# ---------------------------------------------------------------- marks
class MarkStyle:
    """Seal and signature variety for one document, from the catalog's ``marks`` knobs.

    Draws come from their own random stream, so a document without knobs is
    drawn exactly as before. Knobs: ``seal_scale`` (lo, hi) size factor,
    ``oval`` / ``foreign_oval`` / ``single_ring`` probabilities, ``fade`` (lo, hi),
    ``ring`` (lo, hi) ring width, ``colors`` for foreign seals, ``sig_styles``,
    ``pens``, ``inks``, ``sig_drop`` (lo, hi), ``over_label`` probability,
    ``seal_over_sig`` probability.
    """

    OVAL_PURPOSES = ["财务专用章", "合同专用章", "科研专用章", "国际合作专用章"]

    def __init__(self, sample: Sample):
        self.k = dict(sample.marks)
        self.rng = random.Random(f"marks:{sample.file}")

    def _range(self, key: str, default: float) -> float:
        v = self.k.get(key)
        return self.rng.uniform(*v) if isinstance(v, (list, tuple)) else (v if v is not None else default)

    def _p(self, key: str) -> bool:
        return self.rng.random() < self.k.get(key, 0.0)

    def seal(self, spec: SealSpec) -> SealSpec:
        if not self.k:
            spec.ring = random.Random(spec.text).uniform(0.035, 0.075) if spec.shape == "round" else None
            return spec
        spec.size_pt *= self._range("seal_scale", 1.0)
        spec.fade = self._range("fade", 0.0)
        if "ring" in self.k:
            spec.ring = self._range("ring", 0.05)
        if spec.font == "WQY":
            if self._p("oval"):
                spec.shape, spec.star = "oval", self.rng.random() < 0.5
                spec.bottom = self.rng.choice(self.OVAL_PURPOSES)
                spec.serial = "".join(str(self.rng.randrange(10)) for _ in range(13))
                spec.size_pt *= 1.25
                spec.angle = self.rng.uniform(-12, 12)
        else:
            if self.k.get("colors"):
                spec.color = self.rng.choice(self.k["colors"])
            if spec.shape == "round" and self._p("foreign_oval" if "foreign_oval" in self.k else "oval"):
                spec.shape, spec.size_pt, spec.angle = "oval", spec.size_pt * 1.35, self.rng.uniform(-10, 10)
            elif spec.shape == "round" and self._p("single_ring"):
                spec.double, spec.star = False, False
        return spec

    def signature(self, rng: random.Random, party: str | None, width: float | None = None) -> Signature:
        if not self.k:
            return Signature(rng, party=party, width=width)
        style = self.rng.choice(self.k.get("sig_styles", ["scribble"]))
        pen = self.rng.choice(self.k.get("pens", [None]))
        ink = self.rng.choice(self.k.get("inks", [None])) or None
        drop = self._range("sig_drop", 0.0)
        return Signature(rng, party=party, ink=ink, style=style, pen=pen, drop=drop,
                         width=None if style != "scribble" else width)

    def cell(self, cell: SigCell) -> SigCell:
        """Seal over the signature, signature starting over the printed label."""
        if not self.k:
            return cell
        if cell.seal is not None and cell.signature is not None and self._p("seal_over_sig"):
            cell.seal_on_sign = True
            cell.seal_dx, cell.seal_dy = self.rng.uniform(-20, 20), self.rng.uniform(-14, 0)
        if self._p("over_label"):
            cell.sign_dx = -self.rng.uniform(6, 20)
        return cell


def domestic_seal(name: str, rng: random.Random, party: str | None = None, bottom: str | None = None,
                  style: MarkStyle | None = None) -> Seal:
    spec = SealSpec(text=name, color="red", shape="round", size_pt=rng.uniform(108, 124),
                    bottom=bottom if bottom is not None else (rng.choice(["合同专用章", None, None])),
                    star=True, font="WQY", angle=rng.uniform(-28, 28), party=party or name)
    if style is not None:
        spec = style.seal(spec)
    return Seal(spec, rng)


def foreign_seal(unit: dict, rng: random.Random, style: MarkStyle | None = None) -> Seal:
    """Blue or violet stamp of a foreign institution, in the unit's own language."""
    lang = unit["native"] if unit["native"] != "ur" else "en"
    name = unit["names"][lang]
    extra = E.STAMP_EXTRA.get(unit["native"], E.STAMP_EXTRA["en"])
    color = rng.choice(["blue", "blue", "purple"])
    if rng.random() < 0.62:
        spec = SealSpec(text=name.upper(), color=color, shape="round", size_pt=rng.uniform(98, 114),
                        center=unit["abbr"], star=rng.random() < 0.5, font="DejaVuSans-Bold",
                        angle=rng.uniform(-20, 20), party=unit["names"]["en"])
    else:
        spec = SealSpec(text=name, color=color, shape="rectangle", size_pt=rng.uniform(150, 178),
                        font="DejaVuSans-Bold", lines=[extra[0]], angle=rng.uniform(-6, 6),
                        party=unit["names"]["en"])
    if style is not None:
        spec = style.seal(spec)
    return Seal(spec, rng)


# ---------------------------------------------------------------- bilateral agreements
class Bilateral:
    """Cooperation and IP agreements between a Xinjiang unit and a foreign partner."""

    def __init__(self, sample: Sample, rng: random.Random):
        self.s, self.rng = sample, rng
        self.theme = make_theme(sample, rng)
        self.parties = Parties(sample, rng)
        self.date = (dt.date.fromisoformat(sample.date) if sample.date else
                     dt.date(2024, 10, 1) + dt.timedelta(days=rng.randrange(270)))
        self.date_style = {lang: rng.randrange(n_styles(lang)) for lang in C.DATE_FORMATS}
        self.uz_ascii = rng.random() < 0.4
        fund_a, fund_b = rng.choice([(60, 20), (80, 30), (100, 40), (120, 50), (45, 15)])
        ratio = rng.choice([(6, 4), (5, 5), (7, 3)])
        years = rng.choice([3, 5])
        self.values = {"fund_a": fund_a, "fund_b": fund_b, "ratio_a": ratio[0], "ratio_b": ratio[1],
                       "years": years, "years_ru": "трёх лет" if years == 3 else "пяти лет"}
        self.variant = {cid: rng.randrange(4) for cid in C.CLAUSES}
        self.clauses = sample.clauses or DEFAULT_CLAUSES[sample.kind]
        self.mono = len(sample.langs) == 1
        self.foreign_lang = next((lang for lang in sample.langs if lang != "zh"), None)
        self.dates_drawn: dict[str, str] = {}
        self.seal_cache: dict[int, Seal] = {}
        self.ms = MarkStyle(sample)

    # -- text pieces
    def vals(self, lang: str) -> dict:
        v = dict(self.values)
        v["topic"] = E.TOPICS[self.s.topic].get(lang) or E.TOPICS[self.s.topic]["en"]
        if lang == "zh":
            v["fund_a"], v["fund_b"] = str(self.values["fund_a"]), str(self.values["fund_b"])
            v["foreign_zh"] = C.LANG_NAMES_ZH.get(self.foreign_lang or "", "外文")
        else:
            v["fund_a"] = money(self.values["fund_a"] * 10000, lang)
            v["fund_b"] = money(self.values["fund_b"] * 10000, lang)
        return v

    def t(self, text: str, lang: str) -> str:
        out = fill(text, self.vals(lang))
        return fix_uz(out, self.uz_ascii) if lang == "uz" else out

    def clause_text(self, cid: str, lang: str) -> str:
        key = "final_mono" if (cid == "final" and self.mono) else cid
        options = C.CLAUSES[key][lang]
        return self.t(options[self.variant[cid] % len(options)], lang)

    def clause_heading(self, cid: str, lang: str, n: int) -> str:
        return self.t(heading_text(lang, n, C.CLAUSE_TITLES[cid][lang], self.theme), lang)

    def title(self, lang: str) -> str:
        opts = C.TITLES[self.s.kind if self.s.kind == "ip" else "cooperation"][lang]
        return self.t(opts[self.variant["content"] % len(opts)], lang)

    def preamble(self, lang: str) -> str:
        src = C.IP_PREAMBLES if self.s.kind == "ip" else C.PREAMBLES
        return self.t(pick(src[lang], self.rng), lang)

    def date_text(self, lang: str) -> str:
        if self.s.blank_date:
            return blank_date(lang)
        text = format_date(self.date, lang, self.date_style[lang])
        self.dates_drawn[lang] = text
        return self.t(text, lang)

    def party_lines(self, lang: str, i: int) -> list[str]:
        """Name, address and representative of party i as the version in `lang` writes them."""
        label = C.PARTY_LABELS[lang][i]
        f = C.PARTY_FIELDS[lang]
        unit = self.parties.dom if i == 0 else self.parties.fgn
        name = self.parties.name(i, lang)
        colon = "：" if lang == "zh" else ": "
        if lang == "zh" and i == 1:
            name = f"{name}（{unit['names']['en']}）"  # an English fragment that is not a version
        lines = [f"{label}{colon}{name}", f"{f['address']}{colon}{E.unit_address(unit, lang)}"]
        if self.s.compact:
            return [self.t(lines[0], lang)]
        if lang in ("zh", "en", "ru") or self.rng.random() < 0.5:
            lines.append(f"{f['rep']}{colon}{self.parties.person(i, lang)}")
        if i == 0 and (lang == "zh" or self.rng.random() < 0.4):
            lines.append(f"{f['email']}{colon}{unit['email']}")
        return [self.t(x, lang) for x in lines]

    # -- execution blocks
    def executes(self, lang: str) -> bool:
        return lang not in self.s.unexecuted

    def seal_for(self, i: int) -> Seal | None:
        """The same physical stamp is used on every version, as in reality."""
        if i in self.s.unsealed_parties:
            return None
        if i not in self.seal_cache:
            self.seal_cache[i] = (domestic_seal(self.parties.name(0, "zh"), self.rng, style=self.ms) if i == 0
                                  else foreign_seal(self.parties.fgn, self.rng, style=self.ms))
        return self.seal_cache[i]

    def want_marks(self, i: int) -> tuple[bool, bool]:
        """(seal, signature) for party i: Chinese units always seal, foreign ones always sign."""
        if i == 0:
            return True, self.rng.random() < 0.7
        return self.rng.random() < 0.65, True

    def sig_cell(self, i: int, langs: tuple[str, ...]) -> SigCell:
        lines: list[Para] = []
        for lang in langs:
            lab = C.SIGN_LABELS[lang]
            st = self.theme.body(lang).but(space_after=1.5, indent=0.0)
            name = self.parties.name(i, lang)
            if lang == "zh":
                lines.append(Para(f"{lab['behalf'][i]}{name}", st, (lang,)))
            else:
                lines.append(Para(lab["behalf"][i], st, (lang,)))
                lines.append(Para(self.t(name, lang), st, (lang,)))
        seal_line = len(lines) - 1 if len(langs) == 1 else 0
        sign_labels = []
        for lang in langs:
            lab = C.SIGN_LABELS[lang]
            sign_labels.append(pick(lab["signature"], self.rng) if lang == "zh" else lab["signature"][0])
        sign_line = len(lines)
        lines.append(Para(" / ".join(sign_labels), self.theme.body(langs[0]).but(indent=0.0, space_after=1.5),
                          langs))
        if len(langs) == 1 and langs[0] in ("en", "ru"):
            who = "Name and title: " if langs[0] == "en" else "Ф.И.О.: "
            lines.append(Para(who + self.parties.person(i, langs[0]), self.theme.small(langs[0]), langs))
        for lang in langs:
            lab = C.SIGN_LABELS[lang]
            dl = pick(lab["date"], self.rng) if lang == "zh" else lab["date"][0]
            lines.append(Para(f"{dl}{' ' if lang != 'zh' else ''}{self.date_text(lang)}",
                              self.theme.body(lang).but(indent=0.0, space_after=1.5), (lang,), tag="date"))
        seal = sign = None
        if self.s.unmarked:
            if "placeholder" in self.s.distractors:  # printed above the party line, clear of the date
                seal = Placeholder(self.rng, "Seal here" if "en" in langs and i == 1 else "（盖章处）")
                cell = SigCell(lines, sign_line=sign_line, seal=seal, seal_line=seal_line,
                               seal_dx=self.rng.uniform(-20, 10), seal_dy=-seal.size / 2 - 8)
                return cell
        elif all(self.executes(lang) for lang in langs):
            want_seal, want_sign = self.want_marks(i)
            seal = self.seal_for(i) if want_seal else None
            party = self.parties.name(i, "zh" if i == 0 else "en")
            sign = self.ms.signature(self.rng, party) if want_sign else None
        return self.ms.cell(SigCell(lines, signature=sign, sign_line=sign_line, seal=seal, seal_line=seal_line,
                                    seal_dx=self.rng.uniform(-30, 10), seal_dy=self.rng.uniform(-8, 22)))

    def sig_grid(self, langs: tuple[str, ...]) -> SignatureGrid:
        return SignatureGrid([self.sig_cell(0, langs), self.sig_cell(1, langs)], cols=2,
                             gap=self.rng.uniform(14, 36))

    # -- whole versions
    def version(self, lang: str) -> list[Block]:
        """One complete language version, as in the sequential layout."""
        th = self.theme
        blocks: list[Block] = [Para(self.title(lang), th.title(lang), (lang,))]
        for i in (0, 1):
            for k, line in enumerate(self.party_lines(lang, i)):
                blocks.append(Para(line, th.body(lang).but(indent=0.0, space_after=1.0 if k < 3 else 5.0),
                                   (lang,)))
        blocks.append(Para(self.preamble(lang), th.body(lang), (lang,)))
        if self.s.columns > 1:
            blocks.append(SetColumns(self.s.columns, gap=self.rng.uniform(14, 24)))
        for n, cid in enumerate(self.clauses, 1):
            head = self.clause_heading(cid, lang, n) if self.s.headings else None
            if head:
                blocks.append(Para(head, th.heading(lang), (lang,), keep_with_next=True))
            blocks.append(Para(self.clause_text(cid, lang), th.body(lang), (lang,)))
        if self.s.columns > 1:
            blocks.append(SetColumns(1))
        blocks.append(Spacer(th.size * 1.2))
        blocks.append(self.sig_grid((lang,)))
        return blocks

    def sequential(self) -> list[Block]:
        blocks: list[Block] = []
        for k, lang in enumerate(self.s.langs):
            if k:
                blocks.append(PageBreak())
            blocks.extend(self.version(lang))
        return blocks

    def side_by_side(self) -> list[Block]:
        """A two-column table, Chinese left and the foreign text right, row by row."""
        zh, fl = "zh", self.foreign_lang
        th = self.theme
        cell = lambda text, lang, st=None: [Para(text, st or th.body(lang).but(indent=0.0), (lang,))]  # noqa: E731
        rows = [[cell(self.title(zh), zh, th.title(zh)), cell(self.title(fl), fl, th.title(fl))]]
        for i in (0, 1):
            rows.append([[Para(x, th.body(zh).but(indent=0.0, space_after=1.0), (zh,)) for x in self.party_lines(zh, i)],
                         [Para(x, th.body(fl).but(indent=0.0, space_after=1.0), (fl,)) for x in self.party_lines(fl, i)]])
        rows.append([cell(self.preamble(zh), zh), cell(self.preamble(fl), fl)])
        for n, cid in enumerate(self.clauses, 1):
            row = []
            for lang in (zh, fl):
                head = self.clause_heading(cid, lang, n) if self.s.headings else None
                cell = [Para(head, th.heading(lang), (lang,))] if head else []
                cell.append(Para(self.clause_text(cid, lang), th.body(lang).but(indent=0.0), (lang,)))
                row.append(cell)
            rows.append(row)
        table = Table([0.5, 0.5], rows, ruled=self.s.ruled, pad=5.0 if self.s.ruled else 3.0)
        return [table, Spacer(th.size * 1.5), self.sig_grid((zh, fl))]

    def alternating(self) -> list[Block]:
        """Each paragraph in Chinese followed by its translation, clause by clause."""
        zh, fl = "zh", self.foreign_lang
        th = self.theme
        tr = th.body(fl, size=th.size - 0.5).but(indent=0.0)
        blocks: list[Block] = [Para(self.title(zh), th.title(zh).but(space_after=2.0), (zh,)),
                               Para(self.title(fl), th.title(fl), (fl,))]
        for i in (0, 1):
            zl, fl_lines = self.party_lines(zh, i), self.party_lines(fl, i)
            blocks.append(Para(zl[0], th.body(zh).but(indent=0.0, space_after=1.0), (zh,)))
            blocks.append(Para(fl_lines[0], tr.but(space_after=6.0), (fl,)))
        blocks.append(Para(self.preamble(zh), th.body(zh), (zh,)))
        blocks.append(Para(self.preamble(fl), tr, (fl,)))
        for n, cid in enumerate(self.clauses, 1):
            head = self.clause_heading(cid, zh, n) if self.s.headings else None
            if head:
                blocks.append(Para(head, th.heading(zh), (zh,), keep_with_next=True))
            blocks.append(Para(self.clause_text(cid, zh), th.body(zh), (zh,), keep_with_next=True))
            head = self.clause_heading(cid, fl, n) if self.s.headings else None
            if head:
                blocks.append(Para(head, th.heading(fl).but(space_before=1.0), (fl,), keep_with_next=True))
            blocks.append(Para(self.clause_text(cid, fl), tr, (fl,)))
        blocks.append(Spacer(th.size))
        blocks.append(self.sig_grid((zh, fl)))
        return blocks

    def decorate(self, blocks: list[Block]) -> list[Block]:
        """The catalog's distractors: a header before the text, notes and underlines inside it."""
        d = self.s.distractors
        if not d:
            return blocks
        r = random.Random(f"distract:{self.s.file}")
        dom = self.parties.dom
        head: list[Block] = []
        if "emblem" in d and "letterhead" not in d:
            head.append(HeaderEmblem(dom["names"]["en"].upper(), "DejaVuSans-Bold", dom["names"]["zh"],
                                     dom["names"]["en"], r))
        if "letterhead" in d:
            head.append(Letterhead(dom["names"]["zh"] + r.choice(["文件", "科学技术处", "国际合作与交流处"]), r,
                                   number=r.choice([None, f"新科合字〔{self.date.year}〕{r.randrange(3, 60)}号"]),
                                   star=r.random() < 0.6,
                                   emblem=(dom["names"]["zh"], "WQY") if "emblem" in d else None))
        out = head + blocks
        if "underline" in d:
            zh_paras = [b for b in out if isinstance(b, Para) and b.langs == ("zh",) and len(b.text) > 40]
            for b in zh_paras[2::3][:4]:
                b.underline = r.choice([RED, BLUE])
        if "colored_text" in d:
            note = Para(r.choice(COLOURED_NOTES), self.theme.body("zh").but(color=r.choice([BLUE, RED])), ("zh",),
                        mark="colored_text")
            k = next((i for i, b in enumerate(out) if isinstance(b, Para) and b.langs == ("zh",) and len(b.text) > 60), 0)
            out.insert(k + 1, note)
        if "qr" in d:
            k = next((i for i, b in enumerate(out) if isinstance(b, SignatureGrid)), len(out))
            out.insert(k, QRBlock("扫码核验协议真伪", r))
        if "boxes" in d:
            k = next((i for i, b in enumerate(out) if isinstance(b, SignatureGrid)), len(out))
            out.insert(k, FormBoxes(["单位（盖章）", "经办人", "审核意见"], height=r.uniform(50, 70)))
        return out

    def compose(self) -> Composed:
        builder = {"sequential": self.sequential, "mono": self.sequential,
                   "side_by_side": self.side_by_side, "alternating": self.alternating}[self.s.layout]
        blocks = self.decorate(builder())
        out = Composed(blocks, LETTER if self.s.letter else A4, self.theme)
        first = self.s.langs[0]
        named = "zh" if "zh" in self.s.langs else first  # the Chinese form when there is a Chinese version
        out.parties = [self.parties.name(0, named), self.parties.name(1, named)]
        out.party_names = [{lang: self.parties.name(i, lang) for lang in self.s.langs} for i in (0, 1)]
        out.elements = element_flags(self.clauses)
        out.elements["signing_date"] = None if self.s.blank_date else self.date.isoformat()
        out.elements["parties"] = out.parties
        if out.elements["funding_allocation"] is True:
            out.elements["funding_allocation"] = self.funding_shares()
        out.mentions = sorted(set(E.TOPIC_MENTIONS.get(self.s.topic, []) +
                                  [m for cid in self.clauses for m in C.CLAUSE_MENTIONS.get(cid, [])]))
        out.extra = {"dates_written": dict(self.dates_drawn), "clauses": list(self.clauses),
                     "funding_wan": {"party_a": self.values["fund_a"], "party_b": self.values["fund_b"]}
                     if "funding" in self.clauses else None,
                     "benefit_ratio": [self.values["ratio_a"], self.values["ratio_b"]] if "benefit" in self.clauses else None}
        if "term" in self.clauses:  # counted from the signing date, so unknown when that is blank
            out.extra["validity"] = {"years": self.values["years"], "ends": None if self.s.blank_date else
                                     add_years(self.date, self.values["years"]).isoformat()}
        return out

    def funding_shares(self) -> list[dict]:
        """The funding clause's shares: party place (1-based), amount in yuan, percent where written."""
        return [{"party": 1, "amount_cny": self.values["fund_a"] * 10000, "percent": None},
                {"party": 2, "amount_cny": self.values["fund_b"] * 10000, "percent": None}]


def add_years(date: dt.date, years: int) -> dt.date:
    try:
        return date.replace(year=date.year + years)
    except ValueError:  # 29 February
        return date.replace(year=date.year + years, day=28)


def element_flags(clauses: list[str]) -> dict:
    """Which clause elements the clauses establish: True, or "uncertain" for a trap (id ending in ~)
    that names the subject and settles nothing."""
    flags: dict = {el: False for el in C.CLAUSE_ELEMENTS.values()}
    for cid in clauses:
        if cid in C.CLAUSE_ELEMENTS:
            flags[C.CLAUSE_ELEMENTS[cid]] = True
    for cid in clauses:
        el = C.CLAUSE_ELEMENTS.get(cid.rstrip("~"))
        if cid.endswith("~") and el and flags[el] is False:
            flags[el] = "uncertain"
    return flags
