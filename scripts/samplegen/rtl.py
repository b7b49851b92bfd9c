"""Minimal Arabic-script shaping and visual ordering for Urdu lines.

reportlab draws code points left to right without shaping, so Urdu must be
turned into presentation forms and visual order here. The joining tables are
derived from ``unicodedata`` (the presentation-form decompositions) rather
than typed by hand. DejaVu Sans lacks a few Urdu letters; those are drawn
with their legacy-encoding stand-ins (see FALLBACK), which is how much older
Urdu text in the wild is encoded too.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# Urdu letters that DejaVu Sans cannot draw -> closest drawable letter.
FALLBACK = {"\u06c1": "\u0647", "\u06d2": "\u0649", "\u06d4": ".", "\u06c3": "\u0629"}
MIRROR = {"(": ")", ")": "(", "«": "»", "»": "«", "[": "]", "]": "["}
TRANSPARENT = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, str]]:
    """letter -> {isolated, final, initial, medial} presentation forms."""
    table: dict[str, dict[str, str]] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and parts[0] in ("<isolated>", "<final>", "<initial>", "<medial>"):
            base = chr(int(parts[1], 16))
            table.setdefault(base, {}).setdefault(parts[0][1:-1], chr(cp))
    return table


def _is_arabic(ch: str) -> bool:
    return ch in _forms()


def _joins_forward(ch: str) -> bool:
    """Dual-joining letters connect to the following letter; right-joining ones do not."""
    forms = _forms().get(ch, {})
    return "initial" in forms or "medial" in forms


def shape(text: str) -> str:
    """Replace letters by contextual forms (logical order kept)."""
    text = "".join(FALLBACK.get(ch, ch) for ch in text)
    text = text.replace("\u0644\u0627", "\ufefb")  # lam-alef ligature, isolated
    out = []
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "\ufefb":
            prev = _neighbour(chars, i, -1)
            out.append("\ufefc" if prev and _joins_forward(prev) else ch)
            continue
        forms = _forms().get(ch)
        if not forms:
            out.append(ch)
            continue
        prev = _neighbour(chars, i, -1)
        nxt = _neighbour(chars, i, 1)
        join_prev = bool(prev and _joins_forward(prev))
        join_next = bool(nxt and (_is_arabic(nxt) or nxt in "\ufefb") and _joins_forward(ch))
        key = {(True, True): "medial", (True, False): "final",
               (False, True): "initial", (False, False): "isolated"}[(join_prev, join_next)]
        out.append(forms.get(key) or forms.get("isolated") or ch)
    return "".join(out)


def _neighbour(chars: list[str], i: int, step: int) -> str | None:
    """The next letter in a direction, skipping vowel marks; None at a word edge."""
    j = i + step
    while 0 <= j < len(chars) and chars[j] in TRANSPARENT:
        j += step
    if 0 <= j < len(chars) and (_is_arabic(chars[j]) or chars[j] == "\ufefb"):
        return chars[j]
    return None


def _strong(ch: str) -> str:
    """'L' for Latin letters and digits, 'R' for Arabic script, 'N' for neutrals."""
    if ch.isascii() and ch.isalnum():
        return "L"
    if ch.isalpha():
        return "R"
    return "N"


def _resolve(text: str) -> list[bool]:
    """Per character: is it laid out left to right? Neutrals between two LTR characters are."""
    kinds = [_strong(ch) for ch in text]
    out = []
    for i, k in enumerate(kinds):
        if k != "N":
            out.append(k == "L")
            continue
        prev = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != "N"), "R")
        nxt = next((kinds[j] for j in range(i + 1, len(kinds)) if kinds[j] != "N"), "R")
        out.append(prev == "L" and nxt == "L")
    return out


def visual(line: str) -> str:
    """Shape a logical-order line and return it in left-to-right drawing order.

    Runs of digits and Latin (with the spaces and punctuation inside them)
    stay left to right; everything else is reversed, brackets mirrored.
    """
    shaped = shape(line)
    runs: list[tuple[bool, str]] = []
    for ch, ltr in zip(shaped, _resolve(shaped)):
        if runs and runs[-1][0] == ltr:
            runs[-1] = (ltr, runs[-1][1] + ch)
        else:
            runs.append((ltr, ch))
    pieces = []
    for ltr, run in reversed(runs):
        pieces.append(run if ltr else "".join(MIRROR.get(c, c) for c in reversed(run)))
    return "".join(pieces)
