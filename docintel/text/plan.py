"""One language decision per document, from its first pages.

Each page's probe (a few rows read to learn the page's scripts) costs a fifth
to a third of reading a Chinese page. When the first pages of a document all
hold the same scripts (versions side by side or alternating, so that every
page carries each of them), the later pages are read straight away with the
models of those scripts, in the languages those pages were found in; a page
whose reading disagrees (illegible, or with another script in it) is probed
and read as if there were no plan, so a wrong plan costs one reading, never a
worse one. When the first pages differ (versions one after the other), every
page is probed: reading a Russian page with the Chinese model as well costs
more than the probe does.
"""
from __future__ import annotations

from pydantic import BaseModel

from ..lang.script import dominant_script
from ..models import Page

LEAD_PAGES = 2  # pages read before the others, whose scripts make the plan
MIN_LETTERS = 150  # a lead page with fewer letters (a signature page) shows too little to plan on
# A page read by the plan is kept only when it reads as running text: signature
# and cover pages (45-400 letters on the samples) are probed as before, since
# with all the document's models at once Tesseract took the Chinese model's
# reading of Kazakh words under a seal ("Бірінші" -> ":5ipihui") that the
# probe's Chinese-only reading followed by a Kazakh rereading got right.
MIN_PLANNED_LETTERS = 400


class LanguagePlan(BaseModel):
    scripts: dict[str, float]  # script -> share of the letters, as the probe reports them
    languages: dict[str, str] = {}  # script -> the language most of its letters were found in


def script_shares(page: Page) -> tuple[dict[str, float], dict[str, dict[str, int]], int]:
    """(share of letters per script, letters per script and language, letters) on a read page."""
    letters: dict[str, dict[str, int]] = {}
    for block in page.blocks:
        text = block.text
        script = block.script or dominant_script(text)
        if script is None:
            continue
        count = sum(1 for ch in text if ch.isalpha())
        by_language = letters.setdefault(script, {})
        by_language[block.language or ""] = by_language.get(block.language or "", 0) + count
    totals = {script: sum(v.values()) for script, v in letters.items()}
    total = sum(totals.values())
    shares = {s: round(n / total, 3) for s, n in sorted(totals.items(), key=lambda kv: -kv[1])} if total else {}
    return shares, letters, total


def plan_from_pages(pages: list[Page]) -> LanguagePlan | None:
    """The plan for the pages after ``pages`` (the lead pages), or None: each is probed."""
    from .probe import min_share

    if len(pages) < LEAD_PAGES:
        return None
    seen = []
    for page in pages:
        shares, letters, total = script_shares(page)
        if total < MIN_LETTERS:
            return None
        seen.append((frozenset(s for s, v in shares.items() if v >= min_share(s, shares)), shares, letters))
    if not seen[0][0] or any(scripts != seen[0][0] for scripts, _, _ in seen):
        return None
    scripts = {s: round(sum(shares.get(s, 0.0) for _, shares, _ in seen) / len(seen), 3) for s in seen[0][0]}
    languages = {}
    for script in scripts:
        counts: dict[str, int] = {}
        for _, _, letters in seen:
            for language, n in letters.get(script, {}).items():
                counts[language] = counts.get(language, 0) + n
        best = max(counts, key=counts.get) if counts else ""
        if best:
            languages[script] = best
    return LanguagePlan(scripts=scripts, languages=languages)


def agrees(letters: dict[str, int], plan: LanguagePlan) -> bool:
    """Whether a page read by the plan's models (``letters`` per script) is
    running text holding no script the plan lacks."""
    from .probe import min_share

    total = sum(letters.values())
    if total < MIN_PLANNED_LETTERS:
        return False
    shares = {s: n / total for s, n in letters.items()}
    return all(s in plan.scripts for s, v in shares.items() if v >= min_share(s, shares))
