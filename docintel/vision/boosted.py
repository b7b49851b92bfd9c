"""Gradient-boosted trees walked with numpy, from arrays in an ``.npz`` file.

The judge of seals and signatures is trained with scikit-learn, but a worker
only needs its trees: importing scikit-learn to walk them cost every worker
process about a second before its first page, more than reading a page's
seals. The trees are exported once (``export``, called by
``scripts/train_marks.py``) and walked here with the same comparisons as
scikit-learn's predictor (a missing value goes where training sent missing
values, otherwise ``x <= threshold`` goes left), summed tree by tree in the same
order, so that the probabilities are scikit-learn's own (tests/test_vision.py).
No pickle is loaded, so the file cannot run code either.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FIELDS = ("feature", "threshold", "left", "right", "missing_left", "leaf", "value")


@dataclass
class Trees:
    baseline: float
    roots: np.ndarray  # index of each tree's root in the node arrays
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray  # absolute node indices
    right: np.ndarray
    missing_left: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    depth: int

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        x = np.asarray(x, dtype=np.float64)
        rows = np.arange(len(x))[:, None]
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).copy()
        for _ in range(self.depth):
            xv = x[rows, self.feature[node]]
            left = np.where(np.isnan(xv), self.missing_left[node], xv <= self.threshold[node])
            node = np.where(self.leaf[node], node, np.where(left, self.left[node], self.right[node]))
        raw = np.full(len(x), self.baseline)
        for t in range(node.shape[1]):  # tree by tree, as scikit-learn adds them
            raw += self.value[node[:, t]]
        return 1.0 / (1.0 + np.exp(-raw))


def _arrays(model) -> dict[str, np.ndarray]:
    """A fitted binary HistGradientBoostingClassifier's trees as flat arrays."""
    if getattr(model, "n_trees_per_iteration_", 1) != 1 or getattr(model, "is_categorical_", None) is not None:
        raise ValueError("only binary classifiers on numeric features can be exported")
    parts: dict[str, list] = {name: [] for name in FIELDS}
    roots, offset, depth = [], 0, 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        roots.append(offset)
        parts["feature"].append(nodes["feature_idx"].astype(np.int32))
        parts["threshold"].append(nodes["num_threshold"].astype(np.float64))
        parts["left"].append(nodes["left"].astype(np.int32) + offset)
        parts["right"].append(nodes["right"].astype(np.int32) + offset)
        parts["missing_left"].append(nodes["missing_go_to_left"].astype(bool))
        parts["leaf"].append(nodes["is_leaf"].astype(bool))
        parts["value"].append(nodes["value"].astype(np.float64))
        depth = max(depth, int(nodes["depth"].max()))
        offset += len(nodes)
    out = {name: np.concatenate(chunks) for name, chunks in parts.items()}
    out["roots"] = np.array(roots, dtype=np.int32)
    out["baseline"] = np.array(float(np.ravel(model._baseline_prediction)[0]))
    out["depth"] = np.array(depth)
    return out


def export(models: dict, meta: dict, path: Path) -> None:
    """Write ``models`` (kind -> fitted classifier) and ``meta`` (JSON-able) to ``path``."""
    arrays = {f"{kind}.{name}": value for kind, model in models.items() for name, value in _arrays(model).items()}
    arrays["meta"] = np.array(json.dumps({**meta, "kinds": sorted(models)}, ensure_ascii=False))
    with open(path, "wb") as fh:
        np.savez_compressed(fh, **arrays)


def load(path: Path) -> tuple[dict[str, Trees], dict]:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(str(data["meta"]))
        models = {}
        for kind in meta["kinds"]:
            get = lambda name: data[f"{kind}.{name}"]  # noqa: E731
            models[kind] = Trees(baseline=float(get("baseline")), roots=get("roots"), depth=int(get("depth")),
                                 **{name: get(name) for name in FIELDS})
    return models, meta
