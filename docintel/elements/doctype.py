"""What kind of attachment a document is, from its title first, then its content.

Titles decide (a Russian-only agreement titled "Соглашение о сотрудничестве"
is a cooperation agreement whatever it lacks); when no title line names a
type, content can: an ethics committee's decision makes an ethics review, an
agreement's clauses with two or more parties make a cooperation agreement.
Otherwise ``unknown``: a wrong type would ask for the wrong elements.
"""
from __future__ import annotations

import re

from ..models import DocType, Element
from .passages import Sentence
from .reading import Reading

# the order decides between titles that contain each other: 项目联合申报单位合作协议书
# is a consortium agreement, 知识产权合作协议 an IP agreement
_SENTENCE = re.compile(r"[。；;，,!?！？]|\.\s")
ORDER: tuple[DocType, ...] = ("ethics_review", "consortium_agreement", "ip_agreement", "cooperation_agreement")
TITLE_LINES = 8  # from the top of the document and of each language version


def title_lines(reading: Reading) -> list[Sentence]:
    lines = reading.lines
    out = list(lines[:TITLE_LINES])
    seen_langs = {s.language for s in out}
    for i, s in enumerate(lines):
        if s.language not in seen_langs and s.language:
            seen_langs.add(s.language)
            out.extend(lines[i:i + 3])
    # a title is short and no sentence: "…须经伦理委员会审查后方可实施。" names no type
    return [s for s in out if len(s.text) <= 80 and not _SENTENCE.search(s.text.rstrip("。."))]


def classify(reading: Reading, parties: int, clauses: dict[str, Element], ethics: dict[str, Element]) -> tuple[DocType, list[Sentence]]:
    titles = title_lines(reading)
    for line in titles:  # the earliest line that names a type is the title
        kinds = [k for k in ORDER if reading.has(line, f"doc_types:{k}")]
        if kinds:
            kind = kinds[0]
            if kind == "cooperation_agreement" and parties >= 3 and _consortium_words(reading):
                return "consortium_agreement", [line]
            return kind, [line]
    # a title naming only the subject: "Intellectual Property" over a letter of intent
    if any(reading.has(s, "clauses:ip_ownership:headings") and not s.heading for s in titles) and parties >= 2:
        return "ip_agreement", [s for s in titles if reading.has(s, "clauses:ip_ownership:headings")]
    if ethics["ethics_committee"].status == "present" and ethics["ethics_conclusion"].status != "missing":
        return "ethics_review", []
    concrete = sum(1 for e in clauses.values() if e.status == "present")
    if parties >= 2 and concrete >= 2:
        return ("consortium_agreement" if parties >= 3 and _consortium_words(reading) else "cooperation_agreement"), []
    return "unknown", []


def _consortium_words(reading: Reading) -> bool:
    return any(reading.has(s, "doc_types:consortium_agreement") for s in reading.sentences)
