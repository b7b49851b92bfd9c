"""Checks of one whole application: its documents together, and its manifest row.

A single file cannot say whether the application is complete: the IP terms may
sit in a separate IP agreement, the Chinese and foreign versions in two files,
the ethics report is needed only when the work involves people or animals.
These rules read the documents' reports and stored elements (never a page) and
the row of ``applications.csv``; each is switched, worded and graded in the
rulebook's ``applications:`` section.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..models import DocumentReport, Element, Message
from .rulebook import AuditRule, Rulebook

AGREEMENTS = ("cooperation_agreement", "consortium_agreement", "ip_agreement")
# 三.2.3: IP and revenue terms may sit in the cooperation agreement or in a
# separate IP document of the same application; either covers the other.
SHARED_TERMS = ("ip_ownership", "benefit_sharing")
IP_HOLDERS = ("cooperation_agreement", "ip_agreement")
SAME_NAME = 85  # rapidfuzz ratio from which two spellings name one unit
SAME_TITLE = 80


@dataclass
class Doc:
    """One analysed file of the application."""

    file: str
    report: DocumentReport
    elements: dict[str, Element] = field(default_factory=dict)  # all found, not only the reported

    def element(self, key: str) -> Element | None:
        return self.elements.get(key) or self.report.elements.get(key)

    def present(self, key: str) -> bool:
        el = self.element(key)
        return el is not None and el.status == "present"


@dataclass
class AppView:
    id: str
    docs: list[Doc]
    manifest: object | None = None  # audit.applications.ManifestRow
    manifest_problem: str | None = None
    has_manifest: bool = False  # an applications.csv exists for the round

    def of_type(self, *types: str) -> list[Doc]:
        return [d for d in self.docs if d.report.status == "ok" and d.report.doc_type in types]


@dataclass
class Hit:
    """One time a rule fires: the facts its message names, and where to look."""

    facts: dict[str, str | Message]
    file: str | None = None
    page: int | None = None
    evidence: str | None = None


def name_key(name: str) -> str:
    """A unit's name for comparing: NFKC, lower case, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", name).lower()
    return re.sub(r"[\W_]+", "", text)


def same_unit(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or (min(len(ka), len(kb)) >= 4 and (ka in kb or kb in ka)):
        return True
    return fuzz.ratio(ka, kb) >= SAME_NAME


def _names(book: Rulebook, table: str, keys: list[str]) -> Message:
    names = [book.name(table, k) for k in keys]
    return Message(zh="、".join(n.zh for n in names), en=", ".join(n.en for n in names))


def _listed(items: list[str]) -> Message:
    return Message(zh="、".join(items), en="; ".join(items))


def _evidence(doc: Doc, key: str) -> tuple[int | None, str | None]:
    el = doc.element(key)
    if el and el.evidence:
        return el.evidence[0].page, el.evidence[0].text
    return None, None


# ------------------------------------------------------------------ the rules


def _manifest_row_invalid(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    if app.manifest_problem:
        yield Hit({"reason": app.manifest_problem})


def _manifest_row_missing(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    if app.has_manifest and app.manifest is None and not app.manifest_problem:
        yield Hit({})


def _not_checked(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    if not app.has_manifest:
        yield Hit({})


def _agreement_missing(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    if not app.of_type("cooperation_agreement"):
        yield Hit({})


def _agreement_languages(app: AppView) -> dict[str, bool]:
    """Every language version of the application's cooperation agreements, and
    whether some file bears its signature or seal (the Chinese and the foreign
    version may come as two files)."""
    out: dict[str, bool] = {}
    for doc in app.of_type("cooperation_agreement"):
        for v in doc.report.language_versions:
            out[v.language] = out.get(v.language, False) or v.signed or v.sealed
    return out


def _agreement_not_bilingual(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    langs = _agreement_languages(app)
    if app.of_type("cooperation_agreement") and not ("zh" in langs and any(lang != "zh" for lang in langs)):
        yield Hit({"languages": _names(book, "languages", list(langs)) if langs else "—"})


def _agreement_not_executed(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    unexecuted = [lang for lang, done in _agreement_languages(app).items() if not done]
    if unexecuted:
        yield Hit({"languages": _names(book, "languages", unexecuted)})


def _terms(key: str):
    def rule(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
        holders = app.of_type(*IP_HOLDERS)
        if holders and not any(d.present(key) for d in holders):
            page, text = _evidence(holders[0], key)
            yield Hit({}, holders[0].file, page, text)
    return rule


def _units(app: AppView) -> int:
    """How many units apply: the manifest's, else the most any agreement names."""
    row = app.manifest
    if row is not None:
        return 2 + len(row.participants)
    counts = [len(d.element("parties").value or []) for d in app.of_type("cooperation_agreement", "consortium_agreement")
              if d.element("parties") and isinstance(d.element("parties").value, list)]
    return max(counts, default=2)


def _consortium_missing(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    units = _units(app)
    if units > 2 and not app.of_type("consortium_agreement"):
        yield Hit({"units": str(units)})


def _too_many_units(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    if row is not None and rule.limit is not None and len(row.participants) > rule.limit:
        yield Hit({"others": str(len(row.participants)), "limit": f"{rule.limit:g}"})


def _consortium_unsealed(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    docs = app.of_type("consortium_agreement")
    if row is None or not docs:
        return
    units = [u.name for u in row.domestic_units] + ([row.foreign_unit] if row.foreign_unit else [])
    best: tuple[list[str], Doc] | None = None
    for doc in docs:
        el = doc.element("all_parties_sealed")
        value = el.value if el and isinstance(el.value, dict) else {}
        everyone = el is not None and el.status == "present"
        sealed = value.get("parties", []) if everyone else value.get("sealed", [])
        lacking = [u for u in units if not any(same_unit(u, s) for s in sealed)]
        # A seal whose text was not read may be any lacking unit's; the foreign
        # unit's stamp (Cyrillic, Latin, often without a name ring) most often.
        unread = int(value.get("unmatched_seals", 0) or 0)
        if unread and row.foreign_unit in lacking:
            lacking.remove(row.foreign_unit)
            unread -= 1
        named = value.get("parties", [])
        lacking = [u for u in lacking if not any(same_unit(u, n) for n in named)] + \
            [u for u in lacking if any(same_unit(u, n) for n in named)][unread:]
        if best is None or len(lacking) < len(best[0]):
            best = (lacking, doc)
    if best and best[0]:
        page, text = _evidence(best[1], "seals")
        yield Hit({"units": _listed(best[0])}, best[1].file, page, text)


def _ethics_missing(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    if app.of_type("ethics_review"):
        return
    kinds: list[str] = []
    where: Doc | None = None
    for doc in app.docs:
        el = doc.element("human_subjects")
        if doc.report.status == "ok" and el and el.status == "present":
            kinds += [k for k in el.value if k not in kinds]
            where = where or doc
    row = app.manifest
    research_field = (getattr(row, "field", "") or "").lower()
    if not kinds and any(t.lower() in research_field for t in rule.terms):
        kinds = ["field"]
    if kinds:
        page, text = _evidence(where, "human_subjects") if where else (None, None)
        yield Hit({"subjects": _names(book, "subjects", kinds)}, where.file if where else None, page, text)


def _agreement_parties(app: AppView) -> list[tuple[Doc, list[str], list[str]]]:
    """(document, party names, every line naming a party) for each agreement."""
    out = []
    for doc in app.of_type(*AGREEMENTS):
        el = doc.element("parties")
        if el and isinstance(el.value, list):
            out.append((doc, [str(n) for n in el.value], [e.text for e in el.evidence]))
    return out


def _units_not_named(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    named = _agreement_parties(app)
    if row is None or not named:
        return
    units = [u.name for u in row.domestic_units] + ([row.foreign_unit] if row.foreign_unit else [])
    lacking = []
    for unit in units:
        key = name_key(unit)
        if not any(any(same_unit(unit, n) for n in names) or any(key and key in name_key(t) for t in lines)
                   for _, names, lines in named):
            lacking.append(unit)
    if lacking:
        yield Hit({"units": _listed(lacking)})


def _units_not_in_manifest(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    if row is None:
        return
    units = [u.name for u in row.domestic_units] + ([row.foreign_unit] if row.foreign_unit else [])
    for doc, names, _ in _agreement_parties(app):
        # Only names in Chinese: the manifest lists units in Chinese, a foreign
        # spelling of a listed unit cannot be told from an unlisted one.
        strangers = [n for n in names if re.search(r"[\u4e00-\u9fff]", n) and not any(same_unit(n, u) for u in units)]
        if strangers and row.foreign_unit and not any(same_unit(row.foreign_unit, n) for n in names):
            strangers.pop(0)  # the foreign unit, written in Chinese where the manifest has its own spelling
        if strangers:
            page, text = _evidence(doc, "parties")
            yield Hit({"file": doc.file, "units": _listed(strangers)}, doc.file, page, text)


def _titles_differ(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    titles: list[tuple[str, str]] = []  # (where, title)
    row = app.manifest
    if row is not None and row.title:
        titles.append(("applications.csv", row.title))
    for doc in app.docs:
        el = doc.element("project_title")
        if doc.report.status == "ok" and el and el.status == "present":
            titles.append((doc.file, str(el.value)))
    distinct: list[tuple[str, str]] = []
    for where, title in titles:
        if not any(fuzz.ratio(name_key(title), name_key(t)) >= SAME_TITLE for _, t in distinct):
            distinct.append((where, title))
    if len(distinct) > 1:
        yield Hit({"titles": _listed([f"{t}（{w}）" for w, t in distinct])})


def _periods_differ(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    ends: dict[str, list[str]] = {}
    for doc in app.docs:
        el = doc.element("validity_period")
        value = el.value if el and isinstance(el.value, dict) else {}
        if doc.report.status == "ok" and value.get("project_end"):
            ends.setdefault(value["project_end"], []).append(doc.file)
    if len(ends) > 1:
        yield Hit({"dates": _listed([f"{d}（{', '.join(files)}）" for d, files in sorted(ends.items())])})


def _enterprise_match(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    if row is None or rule.limit is None:
        return
    for unit in row.domestic_units:
        if unit.type == "enterprise" and unit.public_funds and unit.own_funds is not None \
                and unit.own_funds < rule.limit * unit.public_funds:
            yield Hit({"unit": unit.name, "own": f"{unit.own_funds:g}", "public": f"{unit.public_funds:g}",
                       "limit": f"{rule.limit:g}"})


def _central_branch_funds(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    for unit in row.domestic_units if row is not None else []:
        if unit.type == "central_enterprise_branch" and unit.public_funds:
            yield Hit({"unit": unit.name, "public": f"{unit.public_funds:g}"})


def _public_funds(app: AppView) -> tuple[dict[str, float], Doc | None]:
    """Public funds per domestic unit: the manifest's figures, else the shares the
    consortium agreement states (in 万元, as the manifest's)."""
    row = app.manifest
    if all(u.public_funds is not None for u in row.domestic_units):
        return {u.name: u.public_funds for u in row.domestic_units}, None
    for doc in app.of_type("consortium_agreement"):
        el = doc.element("funding_allocation")
        # an element made uncertain by a version that defers the split keeps the other version's shares
        shares = (el.value if isinstance(el.value, list) else el.value.get("shares", []) if isinstance(el.value, dict)
                  else []) if el else []
        out: dict[str, float] = {}
        for share in shares:
            amount = share.get("amount_cny") if isinstance(share, dict) else None
            unit = next((u.name for u in row.domestic_units if same_unit(u.name, str(share.get("party", "")))), None)
            if unit and amount:
                out[unit] = out.get(unit, 0.0) + amount / 10_000
        if len(out) >= 2:
            return out, doc
    return {}, None


def _outside_share(app: AppView, rule: AuditRule, book: Rulebook) -> Iterator[Hit]:
    row = app.manifest
    if row is None or rule.limit is None:
        return
    funds, doc = _public_funds(app)
    total = sum(funds.values())
    outside = {u.name: funds[u.name] for u in row.domestic_units if u.region == "other" and u.name in funds}
    if total > 0 and sum(outside.values()) / total > rule.limit:
        page, text = _evidence(doc, "funding_allocation") if doc else (None, None)
        yield Hit({"units": _listed(list(outside)), "outside": f"{sum(outside.values()):g}",
                   "share": f"{sum(outside.values()) / total:.0%}"}, doc.file if doc else None, page, text)


Check = Callable[[AppView, AuditRule, Rulebook], Iterator[Hit]]
APPLICATION_RULES: dict[str, Check] = {
    "manifest_row_invalid": _manifest_row_invalid,
    "manifest_row_missing": _manifest_row_missing,
    "not_checked": _not_checked,
    "agreement_missing": _agreement_missing,
    "agreement_not_bilingual": _agreement_not_bilingual,
    "agreement_not_executed": _agreement_not_executed,
    "ip_terms_missing": _terms("ip_ownership"),
    "benefit_terms_missing": _terms("benefit_sharing"),
    "consortium_missing": _consortium_missing,
    "too_many_units": _too_many_units,
    "consortium_unsealed": _consortium_unsealed,
    "ethics_missing": _ethics_missing,
    "units_not_named": _units_not_named,
    "units_not_in_manifest": _units_not_in_manifest,
    "titles_differ": _titles_differ,
    "periods_differ": _periods_differ,
    "enterprise_match": _enterprise_match,
    "central_branch_funds": _central_branch_funds,
    "outside_share": _outside_share,
}


def covered_elsewhere(app: AppView, doc: Doc, element: str) -> bool:
    """A document's shortfall that the application makes good: IP or revenue
    terms agreed in a sibling document (三.2.3), or a Chinese-only and a
    foreign-only file of one agreement (三.2). No finding on the document then;
    the application's own rules carry the check."""
    if element in SHARED_TERMS and doc.report.doc_type in IP_HOLDERS:
        return any(other is not doc and other.present(element) for other in app.of_type(*IP_HOLDERS))
    if element == "bilingual" and doc.report.doc_type == "cooperation_agreement":
        langs = _agreement_languages(app)
        return "zh" in langs and any(lang != "zh" for lang in langs)
    return False
