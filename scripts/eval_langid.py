"""Accuracy of docintel's language identification on the labelled sentences.

Why a script and not only the test: the test says pass/fail, this shows where
the errors go (confusion pairs) and how much the orthographic and vocabulary
evidence adds over fastText alone, which is what one needs to judge a change
to the data files.

    .venv/bin/python scripts/eval_langid.py [--dir tests/data/langid] [--errors]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docintel.lang.identify import _model, identify  # noqa: E402


def load(directory: Path) -> list[tuple[str, str, str]]:
    """(file label, expected code, text); uz_cyrl.txt is Uzbek too."""
    rows: list[tuple[str, str, str]] = []
    for path in sorted(directory.glob("*.txt")):
        label = path.stem
        expected = label.split("_")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append((label, expected, line.strip()))
    noisy = directory / "noisy.tsv"
    if noisy.exists():
        for line in noisy.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                code, text = line.split("\t", 1)
                rows.append(("noisy", code, text))
    return rows


def raw_fasttext(text: str) -> str | None:
    """fastText's own top label on the text as given (newlines joined)."""
    labels, _ = _model().predict(" ".join(text.split()), k=1)
    return str(labels[0]).removeprefix("__label__") if labels else None


def ours(text: str) -> str | None:
    return identify(text).code


def evaluate(rows: list[tuple[str, str, str]], fn: Callable[[str], str | None]) -> tuple[dict[str, tuple[int, int]], Counter[tuple[str, str | None]], list[tuple[str, str | None, str]]]:
    per: dict[str, list[int]] = {}
    confusions: Counter[tuple[str, str | None]] = Counter()
    errors: list[tuple[str, str | None, str]] = []
    for label, expected, text in rows:
        got = fn(text)
        ok = got == expected
        stats = per.setdefault(label, [0, 0])
        stats[0] += ok
        stats[1] += 1
        if not ok:
            confusions[(expected, got)] += 1
            errors.append((expected, got, text))
    return {k: (v[0], v[1]) for k, v in per.items()}, confusions, errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "tests" / "data" / "langid")
    parser.add_argument("--errors", action="store_true", help="list every misclassified sentence")
    args = parser.parse_args()
    rows = load(args.dir)
    identify("warm up")  # load the model outside the timing
    t0 = time.perf_counter()
    mine, mine_conf, mine_err = evaluate(rows, ours)
    elapsed = time.perf_counter() - t0
    raw, raw_conf, _ = evaluate(rows, raw_fasttext)

    print(f"{'file':<10}{'n':>4}  {'docintel':>9}  {'fastText':>9}")
    for label in sorted(mine):
        ok, n = mine[label]
        rok, _ = raw[label]
        print(f"{label:<10}{n:>4}  {ok / n:>9.3f}  {rok / n:>9.3f}")
    total = sum(n for _, n in mine.values())
    print(f"{'ALL':<10}{total:>4}  {sum(o for o, _ in mine.values()) / total:>9.3f}  "
          f"{sum(o for o, _ in raw.values()) / total:>9.3f}")
    print(f"\n{elapsed / len(rows) * 1000:.3f} ms per block (docintel, model loaded)")
    for name, conf in (("docintel", mine_conf), ("fastText", raw_conf)):
        pairs = ", ".join(f"{e}->{g}:{c}" for (e, g), c in conf.most_common())
        print(f"confusions {name}: {pairs or 'none'}")
    if args.errors:
        print()
        for expected, got, text in mine_err:
            print(f"{expected}->{got}\t{text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
