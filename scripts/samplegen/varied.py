"""Bilateral agreements written with the wording bank (catalog ``wording="varied"``).

Same layouts, parties, seals and signatures as compose.Bilateral; what
changes is the text: each clause drawn from content.CLAUSES plus the
alternatives in wording.py, traps (``ip~`` …) and distractor articles,
headings with other titles or none, the parties named by role or by name,
funding written as 万元 / 元 / 大写 / percentages / USD, dates in a chosen
form, the project period and validity, and a foreign version that may
disagree with the Chinese one. Every draw here comes from the file's own
``wording:`` stream, after the draws that Bilateral makes.
"""
from __future__ import annotations

import datetime as dt
import random

from . import content as C
from . import wording as W
from .compose import (
    Bilateral,
    Composed,
    add_years,
    element_flags,
    fix_uz,
    heading_text,
    money,
)
from .dates import format_date, unfilled
from .spec import Sample

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
CN_UNITS = ["", "拾", "佰", "仟"]


def cn_capital(yuan: int) -> str:
    """An amount in Chinese financial numerals: 450000 -> 肆拾伍万元整 (up to 9999万)."""
    def group(x: int) -> str:
        out, gap = "", False
        for i in (3, 2, 1, 0):
            d = x // 10 ** i % 10
            if d:
                out += ("零" if gap and out else "") + CN_DIGITS[d] + CN_UNITS[i]
                gap = False
            else:
                gap = True
        return out

    hi, lo = divmod(yuan, 10000)
    text = group(hi) + "万" if hi else ""
    if lo:
        text += ("零" if hi and lo < 1000 else "") + group(lo)
    return text + "元整"


def written_money(amount: int, lang: str, style: str) -> str:
    """An amount as the language writes it in the document's money style."""
    forms = W.MONEY[lang]
    fmt = forms.get(style) or forms.get("_") or forms["wan"]
    n = f"{amount:,}" if lang in ("zh", "en") else money(amount, lang)
    return fmt.format(n=n, wan=f"{amount / 10000:g}", cn=cn_capital(amount))


def month_year(ym: str, lang: str) -> str:
    y, m = (int(x) for x in ym.split("-"))
    months = W.RU_MONTHS_NOM if lang == "ru" else C.MONTHS.get(lang)
    return W.MONTH_YEAR[lang].format(y=y, m=m, month=months[m - 1] if months else "")


def month_end(ym: str) -> dt.date:
    y, m = (int(x) for x in ym.split("-"))
    return dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)


class Varied(Bilateral):
    def __init__(self, sample: Sample, rng: random.Random):
        super().__init__(sample, rng)
        w = self.w = random.Random(f"wording:{sample.file}")
        self.date_style.update(sample.date_style)
        self.money_style = sample.money or w.choice(["wan", "yuan", "cn_fin"])
        if self.money_style == "usd":
            self.amounts = w.choice([(60000, 20000), (45000, 15000), (80000, 40000)])
        else:
            self.amounts = w.choice([(450000, 150000), (600000, 200000), (360000, 240000), (500000, 250000)])
        if self.money_style == "percent":  # shares are written; the amounts only make up the total
            pa = w.choice([60, 65, 70, 55])
            self.amounts = (self.amounts[0] + self.amounts[1]) * pa // 100, (self.amounts[0] + self.amounts[1]) * (100 - pa) // 100
        total = sum(self.amounts)
        self.percents = (round(100 * self.amounts[0] / total), 100 - round(100 * self.amounts[0] / total))
        self.ratio = w.choice([(6, 4), (7, 3), (5, 5), (6, 4)])
        self.ratio = sample.ratio or self.ratio
        self.articles = [c for c in self.clauses if c not in sample.inside]
        self.all_clauses, self.clauses = list(self.clauses), self.articles
        self.pos = {cid: w.random() for cid in self.all_clauses}  # where in each clause's options to pick
        self.head_pos = {cid: w.random() for cid in self.all_clauses}
        self.src_pos = {cid: w.random() for cid in [*self.all_clauses, "title"]}
        self.w_head = {cid: w.random() for cid in self.all_clauses}
        self.bare = {cid: sample.headings == "some" and w.random() < 0.4 for cid in self.articles}
        self.number = {cid: n for n, cid in enumerate(self.articles, 1)}
        self.title_pos, self.pre_pos = w.random(), w.random()
        self.other_date = dt.date.fromisoformat(sample.disagree["date"]) if "date" in sample.disagree else None

    # -- values
    def amount(self, i: int, lang: str) -> int:
        if i == 0 and lang != "zh" and "funding" in self.s.disagree:  # yuan added in the foreign versions
            return self.amounts[0] + self.s.disagree["funding"]
        return self.amounts[i]

    def refs(self, lang: str) -> tuple[str, str]:
        if self.s.refs == "names" and lang in ("zh", "en"):
            return self.parties.name(0, lang), self.parties.name(1, lang)
        return C.PARTY_LABELS[lang]

    def vals(self, lang: str) -> dict:
        v = super().vals(lang)
        a, b = self.refs(lang)
        rpa = round(100 * self.ratio[0] / sum(self.ratio))
        v.update(A=a, B=b, ra=self.ratio[0], rb=self.ratio[1], ratio_a=self.ratio[0], ratio_b=self.ratio[1],
                 rpa=rpa, rpb=100 - rpa,
                 pa=self.percents[0], pb=self.percents[1],
                 amt_a=written_money(self.amount(0, lang), lang, self.money_style),
                 amt_b=written_money(self.amount(1, lang), lang, self.money_style),
                 total=written_money(self.amount(0, lang) + self.amount(1, lang), lang,
                                     "wan" if self.money_style == "percent" else self.money_style))
        if lang == "ru" and (a, b) == C.PARTY_LABELS["ru"]:
            v.update(A_gen=W.RU_CASES["gen"][0], A_dat=W.RU_CASES["dat"][0])
        else:
            v.update(A_gen=a, A_dat=a)
        if isinstance(self.s.validity, int):
            v.update(years=self.s.validity, years_ru=W.RU_YEARS[self.s.validity])
        elif isinstance(self.s.validity, str):
            v["until"] = format_date(dt.date.fromisoformat(self.s.validity), lang, 0)
        if self.s.project_period:
            v.update(p_start=month_year(self.s.project_period[0], lang), p_end=month_year(self.s.project_period[1], lang))
        return v

    # -- text pieces
    def options(self, cid: str, lang: str) -> list[str]:
        if cid == "funding":
            return W.TEXTS["funding%" if self.money_style == "percent" else "funding"][lang]
        if cid == "benefit" and (self.ratio == (5, 5) or self.money_style == "percent"):
            return W.TEXTS["benefit=" if self.ratio == (5, 5) else "benefit%"][lang]
        if cid == "term" and self.s.validity is not None:
            return W.TEXTS["term@" if isinstance(self.s.validity, str) else "term"][lang]
        if cid == "final" and self.mono:
            return C.CLAUSES["final_mono"].get(lang) or C.CLAUSES["final"][lang]
        return self.bank(cid)[cid][lang]

    def bank(self, cid: str) -> dict:
        """content.CLAUSES or wording.TEXTS, whichever has the clause in all the document's languages
        (drawn when both do; with parties named by name, the bank that writes {A} rather than 甲方)."""
        have = [b for b in (C.CLAUSES, W.TEXTS) if all(lang in b.get(cid, {}) for lang in self.s.langs)]
        if self.s.refs == "names" and W.TEXTS in have:
            have = [W.TEXTS]
        return have[int(self.src_pos.get(cid, 0.0) * len(have))]

    def one(self, cid: str, lang: str) -> str:
        """Variant k of the clause, the same k in every language of the document."""
        n = min(len(self.options(cid, x)) for x in self.s.langs)
        return self.t(self.options(cid, lang)[int(self.pos.get(cid, 0.0) * n)], lang)

    def clause_text(self, cid: str, lang: str) -> str:
        text = self.one(cid, lang)
        tucked = [c for c, host in self.s.inside.items() if host == cid]
        text = " ".join([text] + [self.one(c, lang) for c in tucked]) if lang != "zh" else "".join(
            [text] + [self.one(c, lang) for c in tucked])
        if self.bare.get(cid):  # the article's number, no title: 第四条　… / 4. … / Article 4. …
            num = heading_text(lang, self.number[cid], "", self.theme).strip().rstrip("–:").rstrip()
            text = num + ("" if num.endswith("、") else "　" if lang == "zh" else " " if num[-1] in ".:" else ". ") + text
        return text

    def clause_heading(self, cid: str, lang: str, n: int) -> str | None:
        """The article's title, the same choice in every version; a trap sits under its subject's
        title or under a catch-all one (Other Matters / 其他事项)."""
        if self.bare.get(cid):
            return None
        base = cid.rstrip("~")
        group = "other" if cid.endswith("~") and self.head_pos[cid] < 0.4 else base

        def titles(x: str) -> list[str]:
            own = [C.CLAUSE_TITLES[group][x]] if x in C.CLAUSE_TITLES.get(group, {}) else []
            return own + W.HEADS.get(group, {}).get(x, [])

        n_titles = min(len(titles(x)) for x in self.s.langs)
        title = titles(lang)[int(self.w_head[cid] * n_titles)]
        return self.t(heading_text(lang, n, title, self.theme), lang)

    def title(self, lang: str) -> str:
        """One title in every version: from content.TITLES or wording.TITLES (a catalog title kind: wording's)."""
        kind = self.s.title or ("ip" if self.s.kind == "ip" else "cooperation")
        banks = [b[kind] for b in ([] if self.s.title else [C.TITLES]) + [W.TITLES]
                 if all(x in b[kind] for x in self.s.langs)]
        bank = banks[int(self.src_pos.get("title", self.title_pos) * len(banks))]
        n = min(len(bank[x]) for x in self.s.langs)
        return self.t(bank[lang][int(self.title_pos * n)], lang)

    def preamble(self, lang: str) -> str:
        """The same preamble in every version (content.py's lists are aligned like the clauses)."""
        src = [C.IP_PREAMBLES, W.IP_PREAMBLES] if self.s.kind == "ip" else [C.PREAMBLES]
        src = [b for b in src if all(x in b for x in self.s.langs)][:1] or [W.IP_PREAMBLES]
        n = min(len(src[0][x]) for x in self.s.langs)
        return self.t(src[0][lang][int(self.pre_pos * n)], lang)

    def date_text(self, lang: str) -> str:
        if self.s.blank_date:
            return unfilled(self.s, lang)
        date = self.other_date if (self.other_date and lang != "zh") else self.date
        text = format_date(date, lang, self.date_style[lang])
        self.dates_drawn[lang] = text
        return fix_uz(text, self.uz_ascii) if lang == "uz" else text

    # -- labels
    def funding_shares(self) -> list[dict]:
        if self.money_style == "percent":
            return [{"party": i + 1, "amount_cny": None, "percent": self.percents[i]} for i in (0, 1)]
        cny = self.money_style != "usd"
        return [{"party": i + 1, "amount_cny": self.amounts[i] if cny else None, "percent": None,
                 **({} if cny else {"amount": self.amounts[i], "currency": "USD"})} for i in (0, 1)]

    def compose(self) -> Composed:
        out = super().compose()
        flags = element_flags(self.all_clauses)
        if flags["funding_allocation"] is True:
            flags["funding_allocation"] = self.funding_shares()
        out.elements.update(flags)
        ex = out.extra
        ex["clauses"] = list(self.all_clauses)
        ex["inside"] = dict(self.s.inside) or None
        ex["refs"] = self.s.refs
        ex["funding_wan"] = None
        if "funding" in self.all_clauses:
            ex["funding_written"] = {lang: (self.vals(lang)["amt_a"], self.vals(lang)["amt_b"])
                                     if self.money_style != "percent" else (self.vals(lang)["total"],
                                                                            f"{self.percents[0]}%/{self.percents[1]}%")
                                     for lang in self.s.langs}
        ex["benefit_ratio"] = list(self.ratio) if "benefit" in self.all_clauses else None
        if self.s.project_period:
            ex["project_period"] = {"start": self.s.project_period[0], "end": self.s.project_period[1],
                                    "written": {lang: self.one("period", lang) for lang in self.s.langs}}
        if "term" in self.all_clauses:
            v = self.s.validity
            ends = (dt.date.fromisoformat(v) if isinstance(v, str) else
                    add_years(self.date, v if isinstance(v, int) else self.values["years"]))
            ex["validity"] = {"years": v if isinstance(v, int) else (None if isinstance(v, str) else self.values["years"]),
                              "until": v if isinstance(v, str) else None,
                              "ends": None if self.s.blank_date and not isinstance(v, str) else ends.isoformat(),
                              "written": {lang: self.one("term", lang) for lang in self.s.langs}}
        disagree = {}
        fl = self.foreign_lang
        if "funding" in self.s.disagree and fl:
            disagree["funding"] = [self.vals("zh")["amt_a"], self.vals(fl)["amt_a"]]
        if self.other_date and fl and not self.s.blank_date:
            disagree["signing_date"] = [self.dates_drawn["zh"], self.dates_drawn[fl]]
        ex["disagree"] = disagree or None
        return out
