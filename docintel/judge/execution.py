"""Is the document executed? Seals and signatures turned into what a reviewer asks.

* every language version signed or sealed (三.2: 外文版、中文版均带签章): a mark
  counts for each version that the page it lies on belongs to, so in a
  side-by-side layout one signature block serves both versions;
* every party sealed (三.3: 加盖所有合作单位公章): seals are matched to the
  parties by the name read on them; a seal that cannot be read still counts as
  one unit's seal, but cannot say whose.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from ..models import Element, Evidence, LanguageVersion, Seal, Signature
from .parties import Party

MATCH = 60  # rapidfuzz partial ratio (0..100) above which seal text names a party
MIN_HAN, MIN_LETTERS = 3, 6  # shorter seal readings match too many names to name one


def mark_versions(versions: list[LanguageVersion], seals: list[Seal], signatures: list[Signature],
                  digital: int = 0) -> None:
    """A digital signature signs the whole file, so every version in it."""
    sealed = {s.page for s in seals}
    signed = {s.page for s in signatures}
    for version in versions:
        version.sealed = any(p in sealed for p in version.pages)
        version.signed = digital > 0 or any(p in signed for p in version.pages)


def match_seal(seal: Seal, parties: list[Party]) -> Party | None:
    """The party whose name the seal's text best matches, if any matches well."""
    if not seal.text:
        return None
    text = seal.text.replace(" ", "").lower()
    han = sum("\u3400" <= ch <= "\u9fff" for ch in text)
    if han < MIN_HAN and len(text) - han < MIN_LETTERS:
        return None  # "大学", "ии": part of every name, evidence of none
    best, best_score = None, float(MATCH)
    for party in parties:
        for name in party.names:
            score = fuzz.partial_ratio(text, name.text.replace(" ", "").lower())
            if score > best_score:
                best, best_score = party, score
    return best


def execution_elements(parties: list[Party], versions: list[LanguageVersion], seals: list[Seal],
                       signatures: list[Signature], digital: int = 0,
                       unchecked: list[int] | None = None) -> dict[str, Element]:
    """``unchecked``: pages on which the detector failed. Nothing found there is
    no evidence of absence, so an element with nothing found is `uncertain`."""
    unchecked = unchecked or []
    signed = _present_if(signatures, [_evidence(s, "signature") for s in signatures], unchecked, present=digital > 0)
    return {
        "signatures": signed,
        "digital_signatures": Element(status="present" if digital else "missing", value=digital),
        "seals": _present_if(seals, [_evidence(s, _seal_words(s, parties)) for s in seals], unchecked),
        "versions_executed": _versions_executed(versions),
        "all_parties_sealed": _all_sealed(parties, seals),
    }


def _seal_words(seal: Seal, parties: list[Party]) -> str:
    """What a reviewer needs to find the seal: its look, and whose it is when the
    name read on it matched a party (raw seal OCR is too rough to show)."""
    party = match_seal(seal, parties)
    return f"{seal.color} {seal.shape} seal" + (f": {party.name}" if party else "")


def _evidence(mark: Seal | Signature, text: str) -> Evidence:
    return Evidence(page=mark.page, bbox=mark.bbox, text=text)


def _present_if(marks: list, evidence: list[Evidence], unchecked: list[int], present: bool = False) -> Element:
    if marks or present:
        return Element(status="present", value=len(marks), evidence=evidence)
    if unchecked:
        return Element(status="uncertain", value={"count": 0, "reason": "not_checked",
                                                  "pages": ", ".join(map(str, unchecked))})
    return Element(status="missing", value=0)


def _versions_executed(versions: list[LanguageVersion]) -> Element:
    if not versions:
        return Element(status="uncertain", value=None)
    value = {"versions": [{"language": v.language, "signed": v.signed, "sealed": v.sealed} for v in versions],
             "unexecuted": [v.language for v in versions if not (v.signed or v.sealed)]}
    return Element(status="missing" if value["unexecuted"] else "present", value=value)


def _all_sealed(parties: list[Party], seals: list[Seal]) -> Element:
    if len(parties) < 2:
        return Element(status="uncertain", value={"parties": [p.name for p in parties], "seals": len(seals)},
                       evidence=[_evidence(s, _seal_words(s, parties)) for s in seals])
    matched: dict[int, list[Seal]] = {}
    unread = 0
    for seal in seals:
        party = match_seal(seal, parties)
        if party is None:
            unread += 1
        else:
            matched.setdefault(party.place, []).append(seal)
    lacking = [p for p in parties if p.place not in matched]
    # a seal whose text could not be read still counts as some unit's seal
    status = "present" if unread >= len(lacking) else "missing"
    value = {
        "parties": [p.name for p in parties],
        "sealed": [p.name for p in parties if p.place in matched],
        "unsealed": [p.name for p in lacking] if status == "missing" else [],
        "unmatched_seals": unread,
        "seals": len(seals),
        "n_parties": len(parties),
    }
    if status == "missing" and unread:  # some seals unread: which unit lacks one cannot be said
        value["reason"] = "too_few"
        value["unsealed"] = []
    return Element(status=status, value=value, evidence=[_evidence(s, _seal_words(s, parties)) for s in seals])
