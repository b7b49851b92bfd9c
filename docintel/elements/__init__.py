"""What a document says: its type and the elements a reviewer looks for.

    sentences and lexicon hits (reading)  ->  parties, dates, clauses, funding
    shares, ethics decision  ->  validity, numbers per version, articles
    aligned across versions (``docintel.semantic``), resources needing
    approval  ->  the document's type

Every extractor works on the same ``Reading``; the rulebook then turns the
elements into findings (``docintel.judge.rulebook``).
"""
from __future__ import annotations

from ..models import DocType, Element, LanguageVersion, Page
from ..judge.parties import Party
from ..semantic import align_versions
from .across_versions import carry_clauses
from .clauses import clause_elements
from .consistency import restricted_resources, validity, version_numbers
from .dates import signing_date
from .doctype import classify
from .ethics import ethics_elements
from .funding import funding_shares, table_shares
from .passages import Sentence
from .subjects import human_subjects
from .title import project_title
from .reading import Reading, read
from .tables import party_table

SUPPORT = ("validity_period", "version_numbers", "version_articles", "restricted_resources", "human_subjects",
           "project_title")


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
    _from_tables(reading, parties, clauses)
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
    comparison = align_versions(reading.passages, [v.language for v in versions])
    if comparison is not None:
        elements["version_articles"] = comparison.element
        carry_clauses(reading, elements, comparison)
    elements["restricted_resources"] = restricted_resources(reading)
    elements["human_subjects"] = human_subjects(reading)
    elements["project_title"] = project_title(reading)
    doc_type, _ = classify(reading, len(parties), {k: v for k, (v, _) in clauses.items()}, ethics)
    return doc_type, elements


TABLE_EVIDENCE = 6


def _from_tables(reading: Reading, parties: list[Party], clauses: dict[str, tuple[Element, list[Sentence]]]) -> None:
    """A table that gives each party a row of its own splits the money (经费（万元）)
    or the work (承担任务) even where no sentence does."""
    if clauses["funding_allocation"][0].status != "present":
        shares = table_shares(reading, parties)
        if len({s.place for s in shares}) >= 2:
            clauses["funding_allocation"] = (
                Element(status="present", evidence=[s.evidence for s in shares if s.evidence][:TABLE_EVIDENCE]), [])
    if clauses["responsibilities"][0].status != "present":
        def work(c: Sentence) -> bool:
            return reading.has(c, "clauses:tasks:subject") or reading.has(c, "clauses:responsibilities:headings")

        table = party_table(reading, parties, work)
        rows = [r for r in table.rows if (cell := r.cell_under(table.header)) is not None
                and cell is not table.header and sum(ch.isalpha() for ch in cell.text) >= 2] if table else []
        if len({r.place for r in rows}) >= 2:
            clauses["responsibilities"] = (
                Element(status="present", evidence=[r.evidence() for r in rows][:TABLE_EVIDENCE]), [])
