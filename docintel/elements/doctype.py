"""What kind of attachment a document is, from its title first, then its content.

Titles decide (a Russian-only agreement titled "Соглашение о сотрудничестве"
is a cooperation agreement whatever it lacks); when no title line names a
type (none printed, or garbled by OCR), the body can: an ethics committee's
decision makes an ethics review; a text that keeps naming itself ("this
Memorandum of Understanding", 本协议, настоящее соглашение) is an agreement of
the kind it names most; an agreement's clauses with two or more parties make a
cooperation agreement. Otherwise ``unknown``: a wrong type would ask for the
wrong elements.
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
    named = {k: [s for s in reading.sentences if reading.has(s, f"doc_types:{k}")] for k in ORDER}
    decided = ethics["ethics_conclusion"].status != "missing"
    if decided and (ethics["ethics_committee"].status == "present" or named["ethics_review"]):
        return "ethics_review", named["ethics_review"][:1]
    concrete = sum(1 for e in clauses.values() if e.status == "present")
    agreement = parties >= 2 and concrete >= 2
    self_named = sum(1 for s in reading.sentences if reading.has(s, "self_reference"))
    # the kind named most in the body (a cooperation agreement that mentions "a separate
    # IP agreement" once names itself more often than that); on a tie the commonest kind
    kind = max(("ip_agreement", "consortium_agreement", "cooperation_agreement"), key=lambda k: len(named[k]))
    if named[kind] and (len(named[kind]) >= 2 or parties >= 2 or self_named or agreement):
        if kind != "ip_agreement":  # several units and words of a joint application: a consortium
            kind = "consortium_agreement" if parties >= 3 and _consortium_words(reading) else "cooperation_agreement"
        return kind, named[kind][:1]
    if agreement or (self_named >= 2 and (parties >= 2 or concrete >= 1)):
        return ("consortium_agreement" if parties >= 3 and _consortium_words(reading) else "cooperation_agreement"), []
    return "unknown", []


def _consortium_words(reading: Reading) -> bool:
    return any(reading.has(s, "doc_types:consortium_agreement") for s in reading.sentences)
