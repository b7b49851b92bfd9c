"""Clauses read across language versions.

The partner languages' clause lexicons were written without native speakers,
so a Kyrgyz IP article often carries no term they know. When the version
check has aligned it with the Chinese IP article that states a term, the
Kyrgyz version states it too: its status is ``aligned``, and its article is
evidence beside the Chinese one. When one version states a term and its
aligned article in the other only defers it ("revenue sharing shall be agreed
separately"), the versions disagree: the element is ``uncertain`` with both
texts, whatever either version says on its own.

The statuses per version go into the ``version_articles`` pair's ``clauses``:
``present`` (its own words state it), ``aligned`` (carried from its aligned
article), ``deferred``, ``uncertain`` or ``missing``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..models import Element
from .clauses import QUOTE, ClauseScan, scan, verdict
from .passages import Sentence
from .reading import Reading

if TYPE_CHECKING:
    from ..semantic.compare import AlignedPair, Comparison

CARRIED = ("responsibilities", "funding_allocation", "ip_ownership", "benefit_sharing", "data_ownership")
MAX_WITH_CARRIED = 6  # the element's own evidence (at most clauses.MAX_EVIDENCE) and the articles carried to


def carry_clauses(reading: Reading, elements: dict[str, Element], comparison: Comparison) -> None:
    if not comparison.pairs:  # the check was skipped: nothing is aligned
        return
    for name in CARRIED:
        found = scan(reading, name)
        # a clause present only through a table (elements._from_tables) is not the sentences' to overrule
        from_sentences = verdict(name, found)[0].status == "present"
        for pair in comparison.pairs:
            statuses, disagreement, carried = _across(name, found, pair)
            pair.entry.setdefault("clauses", {})[name] = statuses
            element = elements.get(name)
            if element is None or element.status != "present":
                continue
            if disagreement is not None and from_sentences:
                if isinstance(element.value, list):  # funding shares: still what the settling version says
                    disagreement.value["shares"] = element.value
                elements[name] = disagreement
            elif disagreement is None:
                # a new list: the element object is also the one the document's type was judged on
                element.evidence = (element.evidence + carried)[:MAX_WITH_CARRIED]


def _own(name: str, found: ClauseScan, keep: Callable[[Sentence], bool]) -> str:
    element, _ = verdict(name, found, keep)
    if element.status == "uncertain":
        return "deferred" if element.value["reason"] == "deferred" else "uncertain"
    return element.status


def _across(name: str, found: ClauseScan, pair: AlignedPair
            ) -> tuple[dict[str, str], Element | None, list]:
    """Each version's status, the disagreement if any, and the carried evidence."""
    languages = pair.entry["languages"]
    units = (pair.units_a, pair.units_b)
    place: dict[int, tuple[int, int]] = {id(s): (side, i) for side in (0, 1)
                                         for i, unit in enumerate(units[side]) for s in unit.sentences}

    def side_of(s: Sentence) -> int | None:
        if id(s) in place:
            return place[id(s)][0]
        return languages.index(s.language) if s.language in languages else None  # text before the first heading

    partners: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    # two different agreements: each version is judged on its own words, nothing carries across
    for m in [] if pair.entry.get("differ") else pair.alignment.matches:
        for i in m.a:
            partners[0].setdefault(i, []).extend(m.b)
        for j in m.b:
            partners[1].setdefault(j, []).extend(m.a)
    own = [_own(name, found, lambda s, k=k: side_of(s) == k) for k in (0, 1)]

    def in_units(sentences: list[Sentence], side: int, wanted: list[int]) -> list[Sentence]:
        return [s for s in sentences if place.get(id(s)) in {(side, j) for j in wanted}]

    carried: list = []
    for k in (0, 1):  # k: the version that states the term
        other = 1 - k
        for s in found.concrete:
            if id(s) not in place or place[id(s)][0] != k:
                continue
            unit = place[id(s)][1]
            counterparts = partners[k].get(unit, [])
            deferrals = in_units(found.deferred, other, counterparts)
            # a disagreement rests on a version that settles the clause; its pair may be one by place:
            # an article that defers what its counterpart settles is less alike, and seldom stands out
            if own[k] == "present" and deferrals and not in_units(found.concrete, other, counterparts):
                return {languages[k]: own[k], languages[other]: "deferred"}, _disagree(
                    languages[k], s, languages[other], deferrals[0]), []
            if own[k] == "present" and own[other] != "present" and counterparts:
                own[other] = "aligned"  # the other version says it too, in its aligned article
                carried += [units[other][j].quote() for j in counterparts]
    return dict(zip(languages, own)), None, list({(e.page, e.text): e for e in carried}.values())


def _disagree(firm_in: str, firm: Sentence, deferred_in: str, deferral: Sentence) -> Element:
    return Element(status="uncertain", value={"reason": "version_defers", "firm_in": firm_in,
                                              "deferred_in": deferred_in, "quote": firm.text[:QUOTE],
                                              "deferred_quote": deferral.text[:QUOTE]},
                   evidence=[firm.evidence(), deferral.evidence()])
