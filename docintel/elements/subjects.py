"""Whom or what the research works on: people, human samples, laboratory animals,
clinical work, personal data (guide 三.8: such work needs an ethics review report
in the same application). A sentence that says the work does *not* involve them
(本项目不涉及人体试验) does not count."""
from __future__ import annotations

from ..models import Element
from .reading import Reading

MAX_EVIDENCE = 4


def human_subjects(reading: Reading) -> Element:
    kinds: dict[str, object] = {}
    for s in reading.sentences:
        labels = reading.labels(s)
        if any(label.startswith("subjects_negation") for label in labels):
            continue
        for label in sorted(labels):
            if label.startswith("subjects:"):
                kinds.setdefault(label.split(":")[1], s)
    if not kinds:
        return Element(status="missing", value=[])
    sentences = list({id(s): s for s in kinds.values()}.values())
    return Element(status="present", value=sorted(kinds), evidence=[s.evidence() for s in sentences][:MAX_EVIDENCE])
