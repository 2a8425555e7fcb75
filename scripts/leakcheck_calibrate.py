"""Recompute the figures behind the leak-check thresholds (extract/model/leakcheck.py, THRESHOLD_EVIDENCE).

Why: thresholds are only as good as the data they were picked on. When the corpus or the training
parts change, run this again and check the margins still hold:

    python scripts/leakcheck_calibrate.py ../shared/corpus/labels.tsv [training_data]

It prints numbers and file names only, never document text. Three groups of pairs:

1. Training documents against the corpus, per training part (tools/parts/labels_*.csv): the best
   score of each document on each measure (top values and the 99th percentile).
2. The corpus against itself: every pair of different documents outside one near-duplicate
   group, leave-one-out as `EvalIndex.self_scores` explains, top pairs named, so related
   documents (one city's bid and its terms) can be told from unrelated ones.
3. Synthetic leaks made in memory from each corpus document (never written anywhere): a copied
   excerpt, the excerpt with 15 / 30 / 50 % of its words replaced by words of another document in
   the same language and its lines shuffled, and a short excerpt pasted into an unrelated training
   document. For each kind, the share detected at the current thresholds and each measure's median.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from pathlib import Path

import numpy as np

from extract.model.leakcheck import (
    MEASURES, THRESHOLDS, EvalIndex, Item, load_evaluation, load_training, tokens,
)


def _rows(scores: dict[str, np.ndarray], names: list[str], top: int = 8) -> None:
    for m in MEASURES:
        best = np.sort(scores[m].max(axis=1))[::-1] if scores[m].size else np.zeros(0)
        if best.size == 0:
            continue
        print(f"    {m:20s} top {np.round(best[:top], 2).tolist()}  p99 {np.quantile(best, 0.99):.3f}")


def _mutate(toks: list[str], share: float, pool: list[str], rng: random.Random) -> list[str]:
    out = [rng.choice(pool) if rng.random() < share else t for t in toks]
    lines = [out[i : i + 12] for i in range(0, len(out), 12)]  # "lines" of 12 words, shuffled
    rng.shuffle(lines)
    return [t for line in lines for t in line]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    labels = Path(argv[0])
    training = Path(argv[1]) if len(argv) > 1 else Path("training_data")
    t0 = time.perf_counter()
    evals, _skipped = load_evaluation(labels)
    lang = {}
    with open(labels, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            lang[row["file"]] = (row.get("language") or "").split("+")[0]
    cands, _ = load_training(training)
    print(f"parsed {len(evals)} evaluation and {len(cands)} training documents in {time.perf_counter() - t0:.1f} s")
    index = EvalIndex(evals)

    print("\n1. training documents against the corpus (best score per document)")
    part_of: dict[str, str] = {}
    for f in sorted((training / "tools" / "parts").glob("labels_*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                part_of[str(training / row["file"])] = f.stem.removeprefix("labels_")
    scores = index.score(cands)
    for part in sorted(set(part_of.values()) | {"(none)"}):
        rows = [i for i, c in enumerate(scores.candidates) if part_of.get(c.split("!")[0], "(none)") == part]
        if not rows:
            continue
        print(f"  part {part}: {len(rows)} documents")
        _rows({m: scores.values[m][rows] for m in MEASURES}, scores.evaluations)

    print("\n2. the corpus against itself (pairs of different documents outside one near-duplicate group)")
    groups = [[index.keys[j] for j in np.flatnonzero(index.group == g)] for g in np.unique(index.group)]
    print("    near-duplicate groups:", [g for g in groups if len(g) > 1])
    own = index.self_scores()
    n = len(index.keys)
    iu = np.triu_indices(n, 1)
    apart = index.group[iu[0]] != index.group[iu[1]]
    iu = (iu[0][apart], iu[1][apart])
    for m in MEASURES:
        v = np.maximum(own[m], own[m].T)[iu]
        order = np.argsort(-v)[:10]
        pairs = ", ".join(f"{index.keys[iu[0][o]]}|{index.keys[iu[1][o]]} {v[o]:.2f}" for o in order)
        print(f"    {m:20s} q50 {np.quantile(v, .5):.3f} q99 {np.quantile(v, .99):.3f}; top: {pairs}")

    print("\n3. synthetic leaks made in memory from each corpus document")
    rng = random.Random(7)
    by_lang: dict[str, list[int]] = {}
    toks = [tokens(e.text) for e in evals]
    for j, e in enumerate(evals):
        by_lang.setdefault(lang.get(e.key.split("!")[0], ""), []).append(j)
    fillers = [c for c in cands if len(tokens(c.text)) > 300]
    kinds: dict[str, list[tuple[Item, int]]] = {k: [] for k in ("copy", "15%", "30%", "50%", "pasted")}
    for j, e in enumerate(evals):
        t = toks[j]
        if len(t) < 60:
            continue
        start = rng.randrange(0, max(1, len(t) - 1500))
        excerpt = t[start : start + 1500]
        others = [o for o in by_lang.get(lang.get(e.key.split("!")[0], ""), []) if o != j] or [o for o in range(len(evals)) if o != j]
        pool = toks[rng.choice(others)] or ["x"]
        kinds["copy"].append((Item(f"copy:{e.key}", " ".join(excerpt)), j))
        for share in (0.15, 0.30, 0.50):
            kinds[f"{int(share * 100)}%"].append((Item(f"{share}:{e.key}", " ".join(_mutate(excerpt, share, pool, rng))), j))
        short = t[start : start + 80]
        filler = rng.choice(fillers).text
        cut = len(filler) // 2
        kinds["pasted"].append((Item(f"pasted:{e.key}", filler[:cut] + "\n" + " ".join(short) + "\n" + filler[cut:]), j))
    for kind, pairs in kinds.items():
        s = index.score([p for p, _ in pairs])
        cols = np.array([j for _, j in pairs])
        rows = np.arange(len(pairs))
        vals = {m: s.values[m][rows, cols] for m in MEASURES}
        found = np.logical_or.reduce([vals[m] >= THRESHOLDS.of(m) for m in MEASURES])
        med = "  ".join(f"{m} {np.median(vals[m]):.2f}" for m in MEASURES)
        print(f"    {kind:7s} n={len(pairs):3d} detected {found.mean():.0%}   medians: {med}")
    print(f"\ndone in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
