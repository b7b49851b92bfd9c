"""Dates written the ways the application guide says they appear in the wild."""
from __future__ import annotations

import datetime as dt

from .content import BLANK_DATES, DATE_FORMATS, MN_MONTH_ORD, MONTHS

CN_DIGITS = "〇一二三四五六七八九"


def cn_year(year: int) -> str:
    """二〇二五: a year read digit by digit."""
    return "".join(CN_DIGITS[int(c)] for c in str(year))


def cn_number(n: int) -> str:
    """Chinese numeral for 1..99 (十五, 二十一), as used for months, days and article numbers."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def format_date(date: dt.date, lang: str, style: int) -> str:
    """The date in one of the language's written forms (style indexes DATE_FORMATS)."""
    formats = DATE_FORMATS[lang]
    fmt = formats[style % len(formats)]
    months = MONTHS.get(lang)
    return fmt.format(
        y=date.year, m=date.month, d=date.day, mm=f"{date.month:02d}", dd=f"{date.day:02d}",
        month=months[date.month - 1] if months else "", cy=cn_year(date.year),
        cm=cn_number(date.month), cd=cn_number(date.day), mn_ord=MN_MONTH_ORD[date.month],
    )


def blank_date(lang: str) -> str:
    """The unfilled date line that must not be read as a signing date."""
    return BLANK_DATES[lang]


def n_styles(lang: str) -> int:
    return len(DATE_FORMATS[lang])


def unfilled(sample, lang: str) -> str:
    """An unfilled date line: the form's own blanks (年 月 日, «___» ____ 20__) or a bare line (Sample.blank_style)."""
    return "__________" if sample.blank_style == "line" else blank_date(lang)
