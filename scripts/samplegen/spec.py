"""What one sample file should be: the knobs that catalog.py sets per file."""
from __future__ import annotations

from dataclasses import dataclass, field

AS_OF = "2026-06-30"  # the date evaluations run "as of": later signing dates are in the future


@dataclass
class Sample:
    file: str
    kind: str  # cooperation | ip | consortium | ethics
    langs: tuple[str, ...]  # reading order; zh first when present
    layout: str  # sequential | side_by_side | alternating | mono
    form: str  # native | scan | mixed | image | tiff
    domestic: str = "XJU"
    foreign: str | None = None
    extra_units: list[str] = field(default_factory=list)  # consortium members after the two leads
    topic: str = "irrigation"
    clauses: list[str] | None = None  # None: the default set for the kind
    date: str | None = None  # ISO; None draws one from the seed
    blank_date: bool = False  # the 签订日期：  年  月  日 trap
    ruled: bool = True  # side_by_side drawn with table rules
    columns: int = 1  # body text columns (sequential / mono)
    family: str | None = None  # sans | serif | sans_condensed; None: drawn from the seed
    body_size: float | None = None
    unexecuted: list[str] = field(default_factory=list)  # language versions left unsigned and unsealed
    unsealed_parties: list[int] = field(default_factory=list)  # party indexes whose seal is missing
    scan: dict = field(default_factory=dict)  # ScanParams overrides for every scanned page
    rotate: dict[int, int] = field(default_factory=dict)  # 1-based page (negative from the end) -> degrees
    scan_pages: str | list[int] = "all"  # for mixed: "foreign", "last" or page numbers
    conclusion: str = "同意"  # ethics: 同意 | 修改后同意 | 不同意
    committee: str = "XMU1"
    letter: bool = False  # US Letter instead of A4
    headings: bool = True  # False: articles are bare paragraphs, no 第一条 / Article 1
    compact: bool = False  # one-page documents: parties by name only, tight spacing
    distractors: list[str] = field(default_factory=list)  # letterhead, emblem, colored_text, underline, qr, boxes, placeholder
    unmarked: bool = False  # no seal and no signature anywhere (distractor-only documents)
    marks: dict = field(default_factory=dict)  # seal/signature variety knobs, see compose.MarkStyle
    notes: str = ""
    # --- knobs of the "varied" documents (issue 4); the defaults leave older files as they were
    wording: str = "classic"  # classic: content.CLAUSES; varied: wording.py (alternatives, traps, party refs)
    title: str | None = None  # varied: a wording.TITLES kind (supplement, letter) instead of the kind's own
    refs: str = "roles"  # how clauses name the parties: roles (甲方 / Party A) or names (新疆大学 / XJU)
    ratio: tuple[int, int] | None = None  # revenue shares (5, 5: "in equal shares"); None: drawn
    money: str | None = None  # funding as written: wan | yuan | cn_fin | percent | usd (None: drawn)
    date_style: dict[str, int] = field(default_factory=dict)  # language -> index into DATE_FORMATS
    blank_style: str = "form"  # blank date lines: form (年 月 日 / «___» ____ 20__) or line (______)
    project_period: tuple[str, str] | None = None  # ("2026-01", "2028-12"): stated in the text
    validity: int | str | None = None  # years, or an ISO end date, stated in the term clause
    disagree: dict = field(default_factory=dict)  # foreign versions differ: {"funding": ±yuan for party 1} / {"date": ISO}
    inside: dict[str, str] = field(default_factory=dict)  # clause -> clause whose article it is tucked into
    missing: list[str] = field(default_factory=list)  # ethics: committee | conclusion | date left out
    as_of: str = AS_OF
