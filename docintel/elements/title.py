"""The project's title where a document states it (项目名称：…, Project title: …),
so that an audit can see whether an application's documents speak of one project."""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Element
from .lexicon import raw
from .reading import Reading, language_of

QUOTES = "《》“”\"'「」『』«»<>"
MIN_CHARS = 4


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern | None:
    labels = raw(lang).get("project_title", [])
    if not labels:
        return None
    alternatives = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\s*[:：]\s*(.+)", re.IGNORECASE)


def project_title(reading: Reading) -> Element:
    for line in reading.lines:
        pattern = _label(language_of(line))
        match = pattern.search(line.text) if pattern else None
        if not match:
            continue
        value = match.group(1).strip().strip(QUOTES).strip()
        if sum(ch.isalnum() for ch in value) >= MIN_CHARS:
            return Element(status="present", value=value, evidence=[line.evidence()])
    return Element(status="missing")
