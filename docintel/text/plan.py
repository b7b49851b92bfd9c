"""One language decision per document, from its first page.

Each page's probe (a few rows read to learn the page's scripts) costs a fifth
to a third of reading a Chinese page. When the first page of a document holds
two scripts or more (versions side by side or alternating, so that every page
is likely to carry each of them), the pages after the second are read straight
away with the models of those scripts, in the languages the first page was
found in; a page whose reading disagrees (another script, or too little text)
is probed and read as if there were no plan, so a wrong plan costs one
reading, never a worse one. A first page in one script (versions one after the
other, or a document in one language) makes no plan: reading a Russian page
with the Chinese model as well costs more than the probe does.

The first two pages are sent to the workers at once and the later ones when
the first is read, so that a second worker does not wait for the plan on a
short document; the plan comes from the first page alone so that it is the
same in every run, whatever order the workers finish in.
"""
from __future__ import annotations

import cv2
import numpy as np
from pydantic import BaseModel

from ..lang.script import dominant_script
from ..models import Page
from .probe import min_share

EAGER_PAGES = 2  # pages sent at once; the later ones wait for the first page's plan
MIN_LETTERS = 150  # a first page with fewer letters (a cover) shows too little to plan on
# A page read by the plan is kept only when it reads as running text: signature
# and cover pages (45-400 letters on the samples) are probed as before, since
# with all the document's models at once Tesseract took the Chinese model's
# reading of Kazakh words under a seal ("Бірінші" -> ":5ipihui") that the
# probe's Chinese-only reading followed by a Kazakh rereading got right.
MIN_PLANNED_LETTERS = 400
# ... and tried at all only where the page holds as much ink as running text: on
# the samples' signature pages 0.3-1.3 % of the pixels are dark, on pages of
# running text 2.7-7.6 %, so a signature page goes to the probe without a
# reading thrown away first (one cost a second on a Chinese-English agreement).
MIN_PLANNED_INK = 0.02


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


def plan_from_page(page: Page) -> LanguagePlan | None:
    """The plan for the pages after the second, or None: each is probed."""
    shares, letters, total = script_shares(page)
    if total < MIN_LETTERS:
        return None
    scripts = {s: v for s, v in shares.items() if v >= min_share(s, shares)}
    if len(scripts) < 2:
        return None
    languages = {}
    for script in scripts:
        counts = {language: n for language, n in letters.get(script, {}).items() if language}
        if counts:
            languages[script] = max(counts, key=counts.get)
    return LanguagePlan(scripts=scripts, languages=languages)


def dense_enough(gray: np.ndarray) -> bool:
    """Whether an upright page image has the ink of running text (see ``MIN_PLANNED_INK``)."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // 4), max(1, gray.shape[0] // 4)), interpolation=cv2.INTER_AREA)
    return float((small < 160).mean()) >= MIN_PLANNED_INK


def agrees(letters: dict[str, int], plan: LanguagePlan) -> bool:
    """Whether a page read by the plan's models (``letters`` per script) is
    running text holding no script the plan lacks."""
    total = sum(letters.values())
    if total < MIN_PLANNED_LETTERS:
        return False
    shares = {s: n / total for s, n in letters.items()}
    return all(s in plan.scripts for s, v in shares.items() if v >= min_share(s, shares))
