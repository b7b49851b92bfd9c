"""Which clause elements the sample set shows present, absent and uncertain, per language.

A document counts for every language it has a version in. make_samples.py
prints the gaps (an element never present, or never absent, in a language)
and the README carries the table, so that the set's coverage is checked each
time it is built rather than claimed.
"""
from __future__ import annotations

CLAUSE_ELEMENTS = ["cooperation_content", "responsibilities", "tasks", "funding_allocation", "ip_ownership",
                   "benefit_sharing", "data_ownership"]
LANGS = ["zh", "en", "ru", "kk", "uz", "ky", "tg", "mn", "tk", "ur"]
SHORT = {"cooperation_content": "content", "responsibilities": "duties", "tasks": "tasks",
         "funding_allocation": "funding", "ip_ownership": "ip", "benefit_sharing": "benefit",
         "data_ownership": "data"}


def status(value) -> str:
    if value == "uncertain":
        return "uncertain"
    return "present" if value not in (False, None) else "absent"


def counts(labels: list[dict]) -> dict[tuple[str, str], dict[str, int]]:
    """(language, element) -> {present, absent, uncertain: number of documents}."""
    out = {(lang, el): {"present": 0, "absent": 0, "uncertain": 0} for lang in LANGS for el in CLAUSE_ELEMENTS}
    for lab in labels:
        if lab["doc_type"] == "ethics_review":
            continue
        for v in lab["language_versions"]:
            for el in CLAUSE_ELEMENTS:
                if (v["language"], el) in out and el in lab["elements"]:
                    out[v["language"], el][status(lab["elements"][el])] += 1
    return out


def gaps(labels: list[dict]) -> list[str]:
    """Cells where an element is never present or never absent in a language."""
    return [f"{lang} {el}: never {st}" for (lang, el), c in counts(labels).items()
            for st in ("present", "absent") if c[st] == 0]


def table(labels: list[dict]) -> str:
    """Markdown: per language and element, documents with it present / absent / uncertain."""
    c = counts(labels)
    head = "| language | " + " | ".join(SHORT[el] for el in CLAUSE_ELEMENTS) + " |"
    rows = [head, "| --- |" + " --- |" * len(CLAUSE_ELEMENTS)]
    for lang in LANGS:
        cells = [f"{c[lang, el]['present']}/{c[lang, el]['absent']}/{c[lang, el]['uncertain']}" for el in CLAUSE_ELEMENTS]
        rows.append(f"| {lang} | " + " | ".join(cells) + " |")
    return "\n".join(rows)
