"""Judging a whole round from the store: every document again under the current
rulebook (from its stored elements, no page read), then every application, then
the round across applications; all findings replace the last pass's at once.

Cheap next to reading (thousands of documents in seconds), so it runs at the end
of every audit: a rulebook edit, a new ``--as-of`` date or a corrected
``applications.csv`` takes effect on the next run without any OCR.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..config import Settings
from ..judge.across import ACROSS_RULES, DocFacts, Round
from ..judge.applications import APPLICATION_RULES, AppView, Doc, covered_elsewhere
from ..judge.rulebook import RULEBOOK, Rulebook, fill, load_rulebook, rulebook_version
from ..models import DocumentReport, Element, Message
from ..pipeline import verdict
from ..store import FindingRow, Store
from .applications import ManifestRow


@dataclass
class Verdicts:
    applications: int = 0
    complete: int = 0
    documents: int = 0
    severities: Counter = field(default_factory=Counter)


def judge_round(store: Store, pipeline: str, settings: Settings) -> Verdicts:
    book = load_rulebook(settings.rulebook or RULEBOOK)
    version = rulebook_version(settings.rulebook or RULEBOOK)
    has_manifest = store.db.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()
    rows: list[FindingRow] = []
    apps: list[AppView] = []
    facts: list[DocFacts] = []
    for app_id in store.application_ids():
        app, app_rows, app_facts = _application(store, app_id, pipeline, settings, book, bool(has_manifest and has_manifest[0]))
        apps.append(app)
        rows += app_rows
        facts += app_facts
    rows += _across(Round(apps, facts), book)
    out = Verdicts(applications=len(apps), documents=len(facts))
    with store.transaction():
        store.replace_findings(rows, version)
        for app in apps:
            mine = [r for r in rows if r.application_id == app.id or app.id in r.applications]
            errors = sum(r.severity == "error" for r in mine)
            warnings = sum(r.severity == "warning" for r in mine)
            store.set_verdict(app.id, errors == 0, errors, warnings, version)
            out.complete += errors == 0
    out.severities = Counter(r.severity for r in rows)
    return out


def _application(store: Store, app_id: str, pipeline: str, settings: Settings, book: Rulebook,
                 has_manifest: bool) -> tuple[AppView, list[FindingRow], list[DocFacts]]:
    info = store.application(app_id)
    stored = info["manifest"] or {}
    manifest = ManifestRow(**stored["row"]) if stored.get("row") else None
    app = AppView(app_id, [], manifest, stored.get("problem"), has_manifest)
    rows: list[FindingRow] = []
    facts: list[DocFacts] = []
    for f in store.files(app_id):
        if f.refused:
            rows.append(_status_row(app_id, f.name, f.refused, f.reason or ""))
            continue
        found = store.analysis(f.sha256 or "", pipeline)
        if found is None:  # listed but not analysed: a run stopped before it
            rows.append(_status_row(app_id, f.name, "not_analysed", "the audit stopped before this file was read"))
            continue
        report_json, facts_json = found
        report = DocumentReport.model_validate(report_json)
        elements = {k: Element.model_validate(v) for k, v in (facts_json.get("elements") or {}).items()}
        if report.status == "ok" and elements:
            verdict(report, report.doc_type, elements, settings)
            if report.model_dump(mode="json") != report_json:
                store.update_report(f.sha256 or "", pipeline, report.model_dump(mode="json"))
        app.docs.append(Doc(f.name, report, elements))
        parties, signed = elements.get("parties"), elements.get("signing_date")
        facts.append(DocFacts(app_id, f.name, f.sha256 or "", report.doc_type,
                              facts_json.get("minhash") or {}, facts_json.get("seal_hashes") or [],
                              parties.value if parties and isinstance(parties.value, list) else [],
                              signed.value if signed and signed.status == "present" else None))
    for doc in app.docs:
        if doc.report.status == "error" and doc.report.error:
            rows.append(_status_row(app_id, doc.file, doc.report.error.code, doc.report.error.message))
        for finding in doc.report.findings:
            if covered_elsewhere(app, doc, finding.element):
                continue
            el = doc.report.elements.get(finding.element)
            ev = el.evidence[0] if el and el.evidence else None
            rows.append(FindingRow(scope="document", application_id=app_id, file=doc.file, element=finding.element,
                                   severity=finding.severity, message_zh=finding.message.zh,
                                   message_en=finding.message.en, guide_ref=finding.guide_ref,
                                   page=ev.page if ev else None, evidence=ev.text if ev else None))
    for rule_id, rule in book.applications.items():
        if not rule.enabled:
            continue
        for hit in APPLICATION_RULES[rule_id](app, rule, book):
            message = fill(rule.message, hit.facts)
            rows.append(FindingRow(scope="application", application_id=app_id, file=hit.file, element=rule_id,
                                   severity=rule.severity, message_zh=message.zh, message_en=message.en,
                                   guide_ref=rule.guide, page=hit.page, evidence=hit.evidence))
    return app, rows, facts


STATUS_WORDS = {
    "encrypted": Message(zh="文件已加密", en="the file is encrypted"),
    "corrupt": Message(zh="文件已损坏或无法读取", en="the file is damaged or cannot be read"),
    "unsupported": Message(zh="不支持的文件", en="the file is not supported"),
    "too_large": Message(zh="文件超出限制", en="the file is past a size limit"),
    "timeout": Message(zh="分析超时", en="the analysis ran out of time"),
    "not_analysed": Message(zh="未分析", en="not analysed"),
}


def _status_row(app_id: str, file: str, code: str, reason: str) -> FindingRow:
    words = STATUS_WORDS.get(code, Message(zh=code, en=code))
    return FindingRow(scope="document", application_id=app_id, file=file, element="status", severity="error",
                      message_zh=f"{words.zh}（{code}）：{reason}", message_en=f"{words.en} ({code}): {reason}")


def _across(round_: Round, book: Rulebook) -> list[FindingRow]:
    rows = []
    for rule_id, rule in book.across.items():
        if not rule.enabled:
            continue
        for hit in ACROSS_RULES[rule_id](round_, rule, book):
            message = fill(rule.message, hit.facts)
            rows.append(FindingRow(scope="cross_application", application_id=hit.application or hit.applications[0],
                                   file=hit.file, element=rule_id, severity=rule.severity, message_zh=message.zh,
                                   message_en=message.en, guide_ref=rule.guide, applications=hit.applications))
    return rows
