"""Print what the reviewed sample of training notices says (training_data/notices/review/).

    python scripts/notice_audit.py [training_data/notices/review/sample.tsv]

For the held-out model and the rules-only path: precision and recall on the 11,561 notices,
estimated from the sample once against the reviewed labels and once against the code labels of
the same notices (extract.model.audit), then how often code and review agree in each stratum
and how often two reviewers agree.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.model.audit import Stratum, stratified_flag_estimates

#: which flaggers flag each stratum (the stratum names of sample.tsv)
FLAGS = {"model+rules": (True, True), "model": (True, False), "rules": (False, True), "neither": (False, False)}
POSITIVE = "in_scope_ict"


def read_sample(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def strata(rows: list[dict[str, str]], column: str) -> list[Stratum]:
    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by[r["stratum"]].append(r)
    return [Stratum(size=int(members[0]["stratum_size"]),
                    flagged={"model": FLAGS[name][0], "rules": FLAGS[name][1]},
                    positives=[m[column] != "out_of_scope" for m in members])
            for name, members in sorted(by.items())]


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else ROOT / "training_data" / "notices" / "review" / "sample.tsv"
    rows = read_sample(path)
    print(f"{path}: {len(rows)} notices reviewed")
    for column, what in (("label", "reviewed labels"), ("code_label", "code labels")):
        est = stratified_flag_estimates(strata(rows, column))
        print(f"\nagainst the {what} (estimated positives among the notices: {est['model']['positives']:.0f})")
        for f in ("model", "rules"):
            e = est[f]
            print(f"  {f:6s} precision {e['precision']:.3f} [{e['precision_low']:.3f}, {e['precision_high']:.3f}]"
                  f"  recall {e['recall']:.3f} [{e['recall_low']:.3f}, {e['recall_high']:.3f}]")
    print("\nstratum        size  sample  code positive  reviewed positive  code = review")
    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by[r["stratum"]].append(r)
    for name in FLAGS:
        m = by.get(name, [])
        if not m:
            continue
        code = sum(r["code_label"] == POSITIVE for r in m) / len(m)
        rev = sum(r["label"] == POSITIVE for r in m) / len(m)
        same = sum((r["code_label"] == POSITIVE) == (r["label"] == POSITIVE) for r in m) / len(m)
        print(f"{name:12s} {m[0]['stratum_size']:>6s}  {len(m):6d}  {code:13.3f}  {rev:17.3f}  {same:13.3f}")
    twice = [r for r in rows if r["label_2"]]
    same = [r for r in twice if r["label"] == r["label_2"]]
    sure = [r for r in twice if r["confidence"] == r["confidence_2"] == "sure"]
    print(f"\ntwo reviewers agree on {len(same)} of {len(twice)} notices "
          f"({sum(r['label'] == r['label_2'] for r in sure)} of {len(sure)} both sure)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
