"""The human-readable summary (``--format text``): one short paragraph per document."""
from __future__ import annotations

from collections.abc import Iterable

from .execution import match_seal
from .parties import find_parties
from .pipeline import Analysis


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


def describe(analysis: Analysis) -> str:
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
        if not any(v.language == "zh" for v in r.language_versions):
            lines.append("  note: no Chinese version found")
        elif len(r.language_versions) == 1:
            lines.append("  note: Chinese only, no foreign-language version found")
    else:
        lines.append("  no readable text found")
    lines.extend(_marks(r, find_parties(analysis.pages)))
    lines.append(f"  type: {r.doc_type}")
    for f in r.findings:
        lines.append(f"  [{f.severity}] {f.message.zh} / {f.message.en} ({f.guide_ref or '-'})")
    return "\n".join(lines)


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
    if sealed is not None and sealed.status == "missing" and sealed.value.get("unsealed"):
        out.append(f"  note: no seal found for {', '.join(sealed.value['unsealed'])}")
    return out


def totals(analyses: list[Analysis], seconds: float) -> str:
    pages = sum(a.report.pages for a in analyses)
    errors = sum(1 for a in analyses if a.report.status == "error")
    return f"{len(analyses)} documents, {pages} pages, {errors} unreadable; {seconds:.1f} s"
