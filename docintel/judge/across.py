"""Checks between the applications of one round, which no reviewer of a single
application can make: a foreign leader in too many applications (三.5), a
domestic leader in more than one (三.7), and the same attachment filed by
different applicants, byte for byte or nearly (三.7).

Near-duplicates are found with MinHash signatures of each language version's
text (an LSH index, so thousands of files are compared without comparing every
pair) and with perceptual hashes of the seal images.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..models import Message
from .applications import AGREEMENTS, AppView, name_key, same_unit
from .rulebook import AuditRule, Rulebook

SEAL_DISTANCE = 4  # bits of 64 in which two seal images may differ and still be one picture
TITLE_NEAR = 70


@dataclass
class DocFacts:
    application: str
    file: str
    sha256: str
    doc_type: str
    minhash: dict[str, list[int]] = field(default_factory=dict)
    seal_hashes: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    signing_date: str | None = None


@dataclass
class Round:
    apps: list[AppView]
    docs: list[DocFacts]


@dataclass
class CrossHit:
    facts: dict[str, str | Message]
    applications: list[str]
    file: str | None = None
    application: str | None = None  # the application the finding is filed under (the first named)


def _apps(ids: list[str]) -> Message:
    return Message(zh="、".join(ids), en=", ".join(ids))


def _leaders(round_: Round, attr: str) -> dict[str, list[AppView]]:
    groups: dict[str, list[AppView]] = defaultdict(list)
    for app in round_.apps:
        name = getattr(app.manifest, attr, "") if app.manifest is not None else ""
        if name and name_key(name):
            groups[name_key(name)].append(app)
    return groups


def _leader_limit(attr: str):
    def rule(round_: Round, rule: AuditRule, book: Rulebook) -> Iterator[CrossHit]:
        for apps in _leaders(round_, attr).values():
            if rule.limit is not None and len(apps) > rule.limit:
                ids = sorted(a.id for a in apps)
                yield CrossHit({"leader": getattr(apps[0].manifest, attr), "count": str(len(apps)),
                                "limit": f"{rule.limit:g}", "applications": _apps(ids)}, ids)
    return rule


def _same_direction(a: AppView, b: AppView) -> bool:
    from rapidfuzz import fuzz

    fa, fb = name_key(a.manifest.field or ""), name_key(b.manifest.field or "")
    if fa and fa == fb:
        return True
    ta, tb = name_key(a.manifest.title or ""), name_key(b.manifest.title or "")
    return bool(ta and tb and fuzz.token_set_ratio(ta, tb) >= TITLE_NEAR)


def _foreign_leader_units(round_: Round, rule: AuditRule, book: Rulebook) -> Iterator[CrossHit]:
    for apps in _leaders(round_, "foreign_leader").values():
        involved: set[str] = set()
        for i, a in enumerate(apps):
            for b in apps[i + 1:]:
                if not same_unit(a.manifest.lead_unit, b.manifest.lead_unit) and _same_direction(a, b):
                    involved |= {a.id, b.id}
        if involved:
            ids = sorted(involved)
            units = sorted({a.manifest.lead_unit for a in apps if a.id in involved})
            yield CrossHit({"leader": apps[0].manifest.foreign_leader, "units": Message(zh="、".join(units),
                            en=", ".join(units)), "applications": _apps(ids)}, ids)


def _same_file(round_: Round, rule: AuditRule, book: Rulebook) -> Iterator[CrossHit]:
    by_sha: dict[str, list[DocFacts]] = defaultdict(list)
    for d in round_.docs:
        by_sha[d.sha256].append(d)
    for docs in by_sha.values():
        ids = sorted({d.application for d in docs})
        if len(ids) > 1:
            yield CrossHit({"file": docs[0].file, "applications": _apps(ids)}, ids, docs[0].file, docs[0].application)


def _near_duplicate(round_: Round, rule: AuditRule, book: Rulebook) -> Iterator[CrossHit]:
    from datasketch import MinHash, MinHashLSH

    threshold = rule.limit or 0.85
    agreements = [d for d in round_.docs if d.doc_type in AGREEMENTS]
    pairs: dict[tuple[int, int], str] = {}
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(agreements):
        for lang in d.minhash:
            by_lang[lang].append(i)
    for lang, members in by_lang.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=len(agreements[members[0]].minhash[lang]))
        sigs = {}
        for i in members:
            sig = agreements[i].minhash[lang]
            sigs[i] = MinHash(num_perm=len(sig), hashvalues=sig, scheme="affine32")
            lsh.insert(str(i), sigs[i])
        for i in members:
            for key in lsh.query(sigs[i]):
                j = int(key)
                a, b = agreements[i], agreements[j]
                if j > i and a.application != b.application and a.sha256 != b.sha256 \
                        and sigs[i].jaccard(sigs[j]) >= threshold and _same_agreement(a, b):
                    pairs.setdefault((i, j), "text")
    for i, a in enumerate(agreements):
        for j in range(i + 1, len(agreements)):
            b = agreements[j]
            if (i, j) not in pairs and a.application != b.application and a.sha256 != b.sha256 \
                    and _same_seal_images(a.seal_hashes, b.seal_hashes):
                pairs[(i, j)] = "seals"
    for (i, j), how in sorted(pairs.items()):
        a, b = agreements[i], agreements[j]
        ids = sorted({a.application, b.application})
        words = {"text": Message(zh="文本相同", en="same text"), "seals": Message(zh="印章图像相同", en="same seal images")}
        yield CrossHit({"file": a.file, "how": words[how], "applications": _apps(ids)}, ids, a.file, a.application)


def _same_agreement(a: DocFacts, b: DocFacts) -> bool:
    """Similar text is not enough: one institution's template signed with two
    partners reads nearly the same. The same agreement has the same parties and,
    where both state it, the same signing date."""
    if a.signing_date and b.signing_date and a.signing_date != b.signing_date:
        return False
    if not a.parties or len(a.parties) != len(b.parties):
        return False
    return all(any(same_unit(x, y) for y in b.parties) for x in a.parties)


def _same_seal_images(a: list[str], b: list[str]) -> bool:
    """Every seal of the one is a seal of the other, pixel for pixel as far as a
    perceptual hash can tell: one scan copied, not the same seal stamped twice
    (two stampings differ in ink, angle and what lies under them)."""
    a, b = [h for h in a if h], [h for h in b if h]
    if len(a) < 2 or len(a) != len(b):
        return False
    return all(any(hash_distance(x, y) <= SEAL_DISTANCE for y in b) for x in a)


def hash_distance(a: str, b: str) -> int:
    """Bits in which two hex perceptual hashes differ."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")


CrossCheck = Callable[[Round, AuditRule, Rulebook], Iterator[CrossHit]]
ACROSS_RULES: dict[str, CrossCheck] = {
    "foreign_leader_limit": _leader_limit("foreign_leader"),
    "foreign_leader_units": _foreign_leader_units,
    "domestic_leader_limit": _leader_limit("domestic_leader"),
    "same_file": _same_file,
    "near_duplicate": _near_duplicate,
}
