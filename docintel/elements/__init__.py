"""What a document says: its type and the elements a reviewer looks for.

    sentences and lexicon hits (reading)  ->  parties, dates, clauses, funding
    shares, ethics decision  ->  validity, numbers per version, resources
    needing approval  ->  the document's type

Every extractor works on the same ``Reading``; the rulebook then turns the
elements into findings (``docintel.rulebook``).
"""
from __future__ import annotations

from ..models import DocType, Element, LanguageVersion, Page
from ..parties import Party
from .clauses import clause_elements
from .consistency import restricted_resources, validity, version_numbers
from .dates import signing_date
from .doctype import classify
from .ethics import ethics_elements
from .funding import funding_shares
from .reading import read

SUPPORT = ("validity_period", "version_numbers", "restricted_resources")


def parties_element(parties: list[Party]) -> Element:
    """One entry per party (its name in Chinese when it has one); every line that
    names it, in any language, is evidence: that is where the roles are."""
    names = [p.name for p in parties]
    evidence = [n.evidence() for p in parties for n in p.names][:8]
    status = "present" if len(parties) >= 2 else ("uncertain" if parties else "missing")
    return Element(status=status, value=names, evidence=evidence)


def bilingual(versions: list[LanguageVersion]) -> Element:
    langs = [v.language for v in versions]
    if not langs:
        return Element(status="uncertain", value={"reason": "no_text"})
    foreign = [lang for lang in langs if lang != "zh"]
    if "zh" in langs and foreign:
        return Element(status="present", value=langs)
    if "zh" not in langs:
        return Element(status="missing", value={"reason": "no_chinese", "languages": langs})
    return Element(status="missing", value={"reason": "no_foreign", "languages": langs})


def content_elements(pages: list[Page], versions: list[LanguageVersion],
                     parties: list[Party]) -> tuple[DocType, dict[str, Element]]:
    reading = read(pages, parties)
    elements: dict[str, Element] = {"parties": parties_element(parties), "signing_date": signing_date(reading),
                                    "bilingual": bilingual(versions)}
    clauses = clause_elements(reading)
    for el, (element, _) in clauses.items():
        elements[el] = element
    funding, sentences = clauses["funding_allocation"]
    if funding.status == "present":
        funding.value = funding_shares(reading, sentences, parties)
    ethics = ethics_elements(reading)
    elements.update(ethics)
    signed = elements["signing_date"].value if elements["signing_date"].status == "present" else None
    elements["validity_period"] = validity(reading, signed)
    elements["version_numbers"] = version_numbers(reading, [v.language for v in versions], parties)
    elements["restricted_resources"] = restricted_resources(reading)
    doc_type, _ = classify(reading, len(parties), {k: v for k, (v, _) in clauses.items()}, ethics)
    return doc_type, elements
