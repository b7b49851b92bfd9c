"""An ethics review report: which committee, what it decided, and when.

The decision words overlap (同意 is inside 修改后同意 and 不同意; "approved"
inside "not approved"), so the longest phrase at a place wins. Forms often
print every option with a box to tick (■同意 □修改后同意 □不同意): then the
ticked one is the decision, and a line with several options and no visible
tick is ``uncertain``. Vote counts (同意9票) are not decisions.
"""
from __future__ import annotations

import re

from ..models import Element
from .dates import date_element, labelled_dates, or_standalone
from .lexicon import Hit, lexicon
from .passages import Sentence
from .reading import Reading, language_of

DECISIONS = ("approved", "conditional", "rejected")
_VOTE = re.compile(r"^\s*\d+\s*(?:票|votes?|голос)", re.IGNORECASE)
_LABEL_TRIM = re.compile(r"^.{0,12}?[:：]\s*")
NAME_MAX = 80


def _decisions(reading: Reading, s: Sentence) -> list[Hit]:
    found = reading.of(s)
    lx = lexicon(language_of(s))
    boxes = set(lx.terms("ethics:checked")) | set(lx.terms("ethics:unchecked"))
    # a phrase stretched across a tick box ("修改后同意 ■不同意") is two options, not one
    found = [h for h in found if not any(b in h.text for b in boxes if not b.isalpha())]
    # 知情同意书, informed consent; and the document's kind: "Ethics Approval" is a title, not the decision
    other = [h for h in found if h.label in ("ethics:not_decision", "doc_types:ethics_review")]
    def inside(h: Hit, o: Hit) -> bool:
        # a not-decision phrase beats only a shorter one (经…同意 does not beat 经…审查…同意)
        longer = o.end - o.start > h.end - h.start or o.label != "ethics:not_decision"
        return o.start <= h.start and h.end <= o.end and longer
    hits = [h for h in found if h.label.startswith("ethics:") and h.label.split(":")[1] in DECISIONS
            and not _VOTE.match(s.text[h.end:]) and not any(inside(h, o) for o in other)]
    # the longest phrase at a place: 修改后同意 over 同意, "not approved" over "approved";
    # and a plain approval word overlapping a conditional or negative phrase is part of it
    def beaten(h: Hit) -> bool:
        for o in hits:
            if o is h or not (o.start < h.end and h.start < o.end):
                continue
            if (o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start) or \
                    (h.label == "ethics:approved" and o.label != "ethics:approved"):
                return True
        return False
    return [h for h in hits if not beaten(h)]


def _ticked(s: Sentence, hits: list[Hit]) -> list[Hit]:
    lx = lexicon(language_of(s))
    checked, unchecked = set(lx.terms("ethics:checked")), set(lx.terms("ethics:unchecked"))
    def mark(h: Hit) -> str | None:
        before = s.text[max(0, h.start - 2):h.start].strip()
        return "x" if before[-1:] in checked else ("o" if before[-1:] in unchecked else None)
    marks = [mark(h) for h in hits]
    if any(m == "x" for m in marks):
        return [h for h, m in zip(hits, marks) if m == "x"]
    return [h for h, m in zip(hits, marks) if m != "o"]


def conclusion(reading: Reading) -> Element:
    decided = [s for s in reading.lines if reading.has(s, "ethics:conclusion_labels")]
    opinions = [s for s in reading.lines if reading.has(s, "ethics:opinion_labels")]
    # 审查结论 before 审查意见: an opinion's "撤回同意" or "approved by the sponsor" is no decision
    for pool in (decided, opinions, reading.sentences):
        for s in pool:
            hits = _decisions(reading, s)
            if not hits:
                continue
            kinds = {h.label.split(":")[1] for h in hits}
            if len(kinds) > 1:
                hits = _ticked(s, hits)
                kinds = {h.label.split(":")[1] for h in hits}
            if len(kinds) == 1:
                return Element(status="present", value=kinds.pop(), evidence=[s.evidence()])
            return Element(status="uncertain", value={"reason": "several_options", "quote": s.text[:120]},
                           evidence=[s.evidence()])
    return Element(status="missing")


def _names_a_committee(reading: Reading, s: Sentence) -> bool:
    """Whether the line gives a committee's own name, not only its kind: once the
    committee's term, the roles and labels beside it (主任（签字）, 盖章, Chair,
    Signature) and "this committee" are taken away, an institution's name must
    be left (新疆医科大学…, "of Tashkent Medical Academy"). "伦理委员会主任（签字）："
    and "本伦理委员会" name none."""
    text = list(s.text)
    for h in reading.of(s):
        if h.label in ("ethics:committee", "ethics:committee_role"):
            text[h.start:h.end] = " " * (h.end - h.start)
    left = "".join(ch for ch in "".join(text) if ch.isalpha())
    han = sum("\u3400" <= ch <= "\u9fff" for ch in left)
    return han >= 2 or len(left) - han >= 4


_ROLE_BRACKETS = re.compile(r"[（(【\[][^）)】\]]{0,12}[）)】\]]")


def committee(reading: Reading) -> Element:
    """The committee's name: the shortest line naming a committee (a title or a
    'reviewed by' field), its label and bracketed roles ((盖章), (Chair)) cut off."""
    lines = [s for s in reading.lines if reading.has(s, "ethics:committee") and _names_a_committee(reading, s)]
    if not lines:
        return Element(status="missing")
    best = min(lines, key=lambda s: (len(s.text) > NAME_MAX, len(s.text)))
    name = _ROLE_BRACKETS.sub("", _LABEL_TRIM.sub("", best.text)).strip(" （）()【】[]:：")
    if len(name) > NAME_MAX:  # a sentence: keep the words up to the committee term
        hit = next(h for h in reading.of(best) if h.label == "ethics:committee")
        name = best.text[max(0, hit.start - 40):hit.end].strip()
    return Element(status="present", value=name, evidence=[best.evidence()])


def review_date(reading: Reading) -> Element:
    found = labelled_dates(reading, "ethics:date_labels", None)
    if not found.dated:
        more = labelled_dates(reading, "dates:labels", "dates:signing")
        found.dated, found.blank = more.dated, found.blank + more.blank
        found.unreadable += more.unreadable
    return date_element(or_standalone(found, reading))  # a letter of approval dated under its letterhead


def ethics_elements(reading: Reading) -> dict[str, Element]:
    return {"ethics_committee": committee(reading), "ethics_conclusion": conclusion(reading),
            "ethics_date": review_date(reading)}
