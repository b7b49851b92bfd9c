"""Clause elements: does the agreement actually *say* who owns the IP, how funds
are split, who does what?

A sentence establishes an element when it names the element's subject (or
sits under a heading about it) **and** carries a concrete term: an owner
("归双方共有", "jointly owned by"), a split (an amount, a percentage, a
ratio), a duty ("responsible for"). A sentence that names the subject but
defers it ("IP shall be discussed later", "另行协商") is not the clause: the
element is then ``uncertain`` with that sentence as evidence, as is a heading
with nothing concrete under it. The words are lexicon data, per language.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Element
from .money import amounts, arabic, percentages, ratios
from .passages import Parts, Sentence
from .reading import Reading, language_of

CLAUSE_ELEMENTS = ("cooperation_content", "responsibilities", "tasks", "funding_allocation",
                   "ip_ownership", "benefit_sharing", "data_ownership")
# a split written as numbers is itself a concrete term for these elements
NUMERIC_TERMS = {"funding_allocation": ("amount", "percent", "ratio"), "benefit_sharing": ("percent", "ratio")}
MAX_EVIDENCE = 4
LONG_HEADING = 24  # characters: a "heading" this long is the first line of a numbered paragraph
TITLE_MAX = 40
QUOTE = 120  # characters of the sentence quoted in a finding


def numbers_in(s: Sentence) -> set[str]:
    lang = language_of(s)
    text = arabic(s.text) if lang == "zh" else s.text
    kinds = set()
    if amounts(text, lang):
        kinds.add("amount")
    if percentages(text, lang):
        kinds.add("percent")
    if ratios(text, lang):
        kinds.add("ratio")
    return kinds




def _firm_terms(reading: Reading, s: Sentence, terms: str) -> bool:
    """A term counts unless it is what a deferral defers: it shares its part of
    the sentence with the deferral ("will negotiate how revenue is to be shared"),
    or a topic marker makes it the matter deferred ("关于科研数据的归属及跨境传输问题，
    双方同意进一步协商"). In "成果归双方共有，具体事宜另行协商" the ownership is settled
    and only details wait."""
    hits = reading.of(s)
    deferrals = [h for h in hits if h.label == "deferral"]
    if not deferrals and any(h.label == terms.replace(":terms", ":weak_terms") for h in hits):
        return True  # 收益按各方贡献分配: a split named in a sentence that defers nothing
    term_hits = [h for h in hits if h.label == terms]
    if not term_hits:
        return False
    if not deferrals:
        return True
    parts = Parts.of(s.text)
    blocked = {parts.index(h.start) for h in hits if h.label in ("deferral", "topic_markers")}
    return any(parts.index(h.start) not in blocked for h in term_hits)


def _is_title(reading: Reading, s: Sentence) -> bool:
    """"Хамтран ажиллах санамж бичиг", "科技合作协议": a document's title, no clause."""
    return len(s.text) <= TITLE_MAX and len(Parts.of(s.text.rstrip("。.")).cuts) == 2 and \
        any(h.label.startswith("doc_types:") for h in reading.of(s))


@dataclass
class ClauseScan:
    """Every sentence of the document, in any version, that states the element
    (``concrete``) or only defers it (``deferred``): the element is judged on
    all of them, a language version on its own ones (``elements.across_versions``)."""
    concrete: list[Sentence] = field(default_factory=list)
    deferred: list[Sentence] = field(default_factory=list)
    parties: dict[int, set[int]] = field(default_factory=dict)  # id(sentence) -> the parties it gives duties
    headed: set[int] = field(default_factory=set)  # articles under a heading about the element
    headings: list[Sentence] = field(default_factory=list)


def scan(reading: Reading, element: str) -> ClauseScan:
    """The element's sentences, found once per document (the document and each
    version are judged on the same scan)."""
    if element not in reading.scans:
        reading.scans[element] = _scan(reading, element)
    return reading.scans[element]


def _scan(reading: Reading, element: str) -> ClauseScan:
    subject, terms, heading = (f"clauses:{element}:{k}" for k in ("subject", "terms", "headings"))
    headed = {a.heading.article for a in reading.passages.articles if reading.has(a.heading, heading)}
    found = ClauseScan(headed=headed, headings=[a.heading for a in reading.passages.articles
                                                if a.heading.article in headed])
    for s in reading.sentences:
        if (s.heading and not (len(s.text) > LONG_HEADING and reading.has(s, terms))) or _is_title(reading, s):
            continue
        labels = reading.labels(s)
        if f"clauses:{element}:exclude" in labels:
            continue
        names = reading.party_places(s) if element == "responsibilities" else set()
        about = subject in labels or s.article in headed or bool(names)
        if not about:
            continue
        has_terms = _firm_terms(reading, s, terms) or bool(numbers_in(s) & set(NUMERIC_TERMS.get(element, ())))
        if has_terms:
            found.concrete.append(s)
            found.parties[id(s)] = names
        elif "deferral" in labels and heading in labels:
            # the clause's own topic words (知识产权, revenue, 数据) must be in the sentence: 双方
            #另行协商 next to a passing "results" or "甲方" defers something else
            found.deferred.append(s)
    return found


def verdict(element: str, found: ClauseScan, keep: Callable[[Sentence], bool] = lambda s: True
            ) -> tuple[Element, list[Sentence]]:
    """The element, and the sentences that state it concretely, from the scanned
    sentences that ``keep`` accepts (all of them, or one version's)."""
    concrete = [s for s in found.concrete if keep(s)]
    deferred = [s for s in found.deferred if keep(s)]
    headings = [h for h in found.headings if keep(h)]
    parties = {p for s in concrete for p in found.parties[id(s)]}
    if concrete and (element != "responsibilities" or len(parties) >= 2 or
                     any(s.article in found.headed for s in concrete)):
        concrete.sort(key=lambda s: s.article not in found.headed)  # sentences under the clause's own heading first
        return Element(status="present", evidence=[s.evidence() for s in concrete[:MAX_EVIDENCE]]), concrete
    if deferred:
        return _uncertain("deferred", deferred), []
    if concrete:  # responsibilities of one party only, or of "both parties" together
        return _uncertain("one_party" if parties else "shared", concrete), []
    if headings:
        return _uncertain("heading_only", headings), []
    return Element(status="missing"), []


def clause_sentences(reading: Reading, element: str) -> tuple[Element, list[Sentence]]:
    """The element, and the sentences that state it concretely."""
    return verdict(element, scan(reading, element))


def _uncertain(reason: str, sentences: list[Sentence]) -> Element:
    return Element(status="uncertain", value={"reason": reason, "quote": sentences[0].text[:QUOTE]},
                   evidence=[s.evidence() for s in sentences[:MAX_EVIDENCE]])


def clause_elements(reading: Reading) -> dict[str, tuple[Element, list[Sentence]]]:
    return {el: clause_sentences(reading, el) for el in CLAUSE_ELEMENTS}
