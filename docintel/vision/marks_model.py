"""The trained judge of seal and signature candidates.

A gradient-boosted classifier per kind (scikit-learn), trained by
``scripts/train_marks.py`` on labelled pages; its trees are shipped as arrays in
``models/marks.npz`` (walked by ``boosted.py``, no scikit-learn at run time)
with the feature names it was trained on and the probability at which a
candidate counts. Without the file (or with features that no longer match the
code) the rule detectors' own verdicts are used, and the log says so.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import boosted
from .candidates import SEAL_FEATURES, SIGNATURE_FEATURES, Candidate, vector

MODEL = Path(__file__).resolve().parent.parent.parent / "models" / "marks.npz"
log = logging.getLogger(__name__)


@dataclass
class Judge:
    models: dict[str, boosted.Trees]
    thresholds: dict[str, float | None]  # None: the rules decide this kind (they did better on real pages)

    def probabilities(self, candidates: list[Candidate]) -> list[float]:
        out = [0.0] * len(candidates)
        for kind in ("seal", "signature"):
            if self.thresholds.get(kind) is None:  # the rules decide this kind
                continue
            idx = [i for i, c in enumerate(candidates) if c.kind == kind]
            if idx and kind in self.models:
                x = np.array([vector(candidates[i]) for i in idx], dtype=np.float32)
                for i, p in zip(idx, self.models[kind].probabilities(x)):
                    out[i] = float(p)
        return out


@lru_cache(maxsize=1)
def judge(path: Path = MODEL) -> Judge | None:
    """The shipped model, or None (rules decide) when it cannot be used."""
    try:
        models, meta = boosted.load(path)
    except Exception as exc:  # no file, a damaged one
        log.warning("seal and signature model not used (%s): the rule detectors decide", exc)
        return None
    if tuple(meta.get("features", {}).get("seal", ())) != SEAL_FEATURES or \
            tuple(meta.get("features", {}).get("signature", ())) != SIGNATURE_FEATURES:
        log.warning("seal and signature model was trained on other features: the rule detectors decide")
        return None
    return Judge(models, meta["thresholds"])
