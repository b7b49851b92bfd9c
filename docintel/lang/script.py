"""Which writing system a text is in.

Scripts are decided before any statistics because they are certain where a
statistical detector is not (fastText calls short Han text Japanese), and
because OCR must load the Tesseract models of the script on the page.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Literal

Script = Literal["han", "cyrillic", "latin", "arabic"]


@lru_cache(maxsize=65536)
def char_script(ch: str) -> Script | None:
    """The script of one character, or None for digits, punctuation and others.
    Cached: every character of every page passes through here several times."""
    o = ord(ch)
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F:
        return "han"
    if 0x0400 <= o <= 0x052F or 0x1C80 <= o <= 0x1C8F or 0xA640 <= o <= 0xA69F:
        return "cyrillic"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if ch.isalpha() and o < 0x02B0 or 0x1E00 <= o <= 0x1EFF:  # up to IPA letters (Azerbaijani ə)
        return "latin"
    if o in (0x02BB, 0x02BC):  # ʻ ʼ in Uzbek Latin oʻ gʻ
        return "latin"
    return None


def script_counts(text: str) -> Counter[Script]:
    counts: Counter[Script] = Counter()
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] += 1
    return counts


# E-mail addresses, web addresses and file-like names are Latin in every language:
# "电子邮箱：intl@xjau.edu.cn" is a Chinese line.
_CODES = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:cn|com|org|edu|net|kz|ru|uz|kg|tj|tm|mn|pk)\b", re.I)


def strip_codes(text: str) -> str:
    return _CODES.sub(" ", text)


def dominant_script(text: str) -> Script | None:
    """The script of most letters; one Han character weighs as much as ~2.5 letters
    of an alphabet, since a Chinese word is one or two characters. Addresses
    (e-mail, web) do not count: they are Latin whatever the language around them."""
    counts = script_counts(strip_codes(text) if "@" in text or "." in text else text)
    if not counts:
        return None
    weighted = {s: n * (2.5 if s == "han" else 1.0) for s, n in counts.items()}
    return max(weighted, key=lambda s: weighted[s])


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)
