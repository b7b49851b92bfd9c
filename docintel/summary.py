"""The human-readable summary (``--format text``): one short paragraph per document,
in the reader's language (``--lang zh|en``): what was read, the document's
type, a checklist of its elements, and each finding with where its evidence is."""
from __future__ import annotations

from collections.abc import Iterable

from .judge.execution import match_seal
from .models import Evidence
from .pipeline import Analysis
from .judge.rulebook import load_rulebook


def page_ranges(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 5] -> 'p1-3, p5'."""
    nums = sorted(set(numbers))
    parts: list[str] = []
    start = prev = None
    for n in nums + [None]:
        if start is None:
            start = prev = n
        elif n is not None and n == prev + 1:
            prev = n
        else:
            parts.append(f"p{start}" if start == prev else f"p{start}-{prev}")
            start = prev = n
    return ", ".join(parts)


WORDS = {
    "zh": {"type": "类型", "error": "错误", "warning": "警告", "info": "提示", "elements": "要素",
           "none": "无问题", "findings": "问题"},
    "en": {"type": "type", "error": "error", "warning": "warning", "info": "note", "elements": "elements",
           "none": "nothing to act on", "findings": "findings"},
}
TICK = {"present": "✓", "missing": "✗", "uncertain": "?"}


def where(ev: Evidence) -> str:
    """p3 (12%, 80%) «签订日期：    年  月  日»: the page, the top-left corner of the
    box as a share of the page, and the text read there."""
    text = ev.text if len(ev.text) <= 48 else ev.text[:47] + "…"
    return f"p{ev.page} ({ev.bbox[0]:.0%}, {ev.bbox[1]:.0%}) «{text}»"


def describe(analysis: Analysis, lang: str = "zh") -> str:
    r = analysis.report
    lines = [r.path]
    if r.status == "error":
        assert r.error is not None
        lines.append(f"  ERROR {r.error.code}: {r.error.message}")
        return "\n".join(lines)
    ocr = [p for p in analysis.pages if p.source == "ocr"]
    ocr_note = ""
    if ocr:
        turned = [f"p{p.number} turned {p.rotation}°" for p in ocr if p.rotation]
        ocr_note = f", OCR'd {page_ranges(p.number for p in ocr)}"
        if turned:
            ocr_note += f" ({'; '.join(turned)})"
        confs = [p.ocr_confidence for p in ocr if p.ocr_confidence is not None]
        if confs:
            ocr_note += f", OCR confidence {sum(confs) / len(confs):.0%}"
    lines.append(f"  {r.pages} page{'s' if r.pages != 1 else ''}{ocr_note}")
    if r.language_versions:
        vers = " | ".join(f"{v.language} {page_ranges(v.pages)}" for v in r.language_versions)
        kind = {
            "mono": "one language",
            "sequential": "versions one after another",
            "side_by_side": "versions side by side",
            "alternating": "alternating paragraphs",
        }.get(analysis.layout, analysis.layout)
        lines.append(f"  language versions: {vers}  ({kind})")
    else:
        lines.append("  no readable text found")
    lines.extend(_marks(r, analysis.parties))
    lines.extend(_judgement(r, lang))
    return "\n".join(lines)


def _judgement(r, lang: str) -> list[str]:
    book = load_rulebook()
    w = WORDS[lang]
    out = [f"  {w['type']}: {getattr(book.types[r.doc_type].name, lang)} ({r.doc_type})"]
    ids = book.types[r.doc_type].reported
    checks = [f"{TICK[r.elements[e].status]}{getattr(book.name('elements', e), lang)}" for e in ids if e in r.elements]
    if checks:
        out.append(f"  {w['elements']}: " + "  ".join(checks))
    if not r.findings:
        out.append(f"  {w['findings']}: {w['none']}")
    for f in sorted(r.findings, key=lambda f: ("error", "warning", "info").index(f.severity)):
        ref = f" [{f.guide_ref}]" if f.guide_ref else ""
        out.append(f"  {w[f.severity]}: {getattr(f.message, lang)}{ref}")
        element = r.elements.get(f.element)
        for ev in (element.evidence[:2] if element else []):
            out.append(f"      {where(ev)}")
    return out


def _marks(r, parties) -> list[str]:
    """Seals and signatures, and what they mean for the versions and parties.
    A seal shows the party its text matched; raw seal OCR is too rough to print."""
    out = []
    if r.seals:
        named = [match_seal(s, parties) for s in r.seals]
        seals = "; ".join(f"p{s.page} {s.color} {s.shape}" + (f" 「{p.name}」" if p else "")
                          for s, p in zip(r.seals, named))
        out.append(f"  seals: {seals}")
    else:
        out.append("  seals: none found")
    sigs = page_ranges(s.page for s in r.signatures)
    out.append(f"  signatures: {len(r.signatures)} ({sigs})" if r.signatures else "  signatures: none found")
    unexecuted = [v.language for v in r.language_versions if not (v.signed or v.sealed)]
    if unexecuted:
        out.append(f"  note: neither signed nor sealed: {', '.join(unexecuted)} version")
    sealed = r.elements.get("all_parties_sealed")
    if sealed is not None and sealed.status == "missing" and sealed.value and sealed.value.get("unsealed"):
        out.append(f"  note: no seal found for {', '.join(sealed.value['unsealed'])}")
    return out


def totals(analyses: list[Analysis], seconds: float) -> str:
    pages = sum(a.report.pages for a in analyses)
    errors = sum(1 for a in analyses if a.report.status == "error")
    return f"{len(analyses)} documents, {pages} pages, {errors} unreadable; {seconds:.1f} s"
