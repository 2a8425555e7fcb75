"""The stratified estimate of flag precision and recall (extract.model.audit) and the reviewed
sample of training notices it reads (training_data/notices/review/)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.model.audit import Stratum, stratified_flag_estimates

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "training_data" / "notices" / "review" / "sample.tsv"


def _stratum(size: int, model: bool, rules: bool, positives: int, sample: int) -> Stratum:
    return Stratum(size=size, flagged={"model": model, "rules": rules},
                   positives=[True] * positives + [False] * (sample - positives))


def test_estimates_weigh_each_stratum_rate_by_its_size() -> None:
    # model flags strata 1 and 2 (100 + 300 notices), rules strata 1 and 3 (100 + 50)
    strata = [_stratum(100, True, True, 8, 10), _stratum(300, True, False, 5, 10),
              _stratum(50, False, True, 2, 10), _stratum(1000, False, False, 1, 20)]
    est = stratified_flag_estimates(strata, resamples=200)
    positives = 100 * 0.8 + 300 * 0.5 + 50 * 0.2 + 1000 * 0.05
    assert est["model"]["positives"] == pytest.approx(positives)
    assert est["model"]["precision"] == pytest.approx((80 + 150) / 400)
    assert est["model"]["recall"] == pytest.approx((80 + 150) / positives)
    assert est["rules"]["precision"] == pytest.approx((80 + 10) / 150)
    assert est["rules"]["recall"] == pytest.approx((80 + 10) / positives)
    for f in ("model", "rules"):
        e = est[f]
        assert e["precision_low"] <= e["precision"] <= e["precision_high"]
        assert e["recall_low"] <= e["recall"] <= e["recall_high"]
        assert e["precision_low"] < e["precision_high"]


def test_a_sample_without_doubt_has_no_interval() -> None:
    strata = [_stratum(10, True, False, 4, 4), _stratum(90, False, True, 0, 9)]
    est = stratified_flag_estimates(strata, resamples=50)
    assert est["model"]["precision"] == est["model"]["precision_low"] == est["model"]["precision_high"] == 1.0
    assert est["model"]["recall"] == 1.0
    assert est["rules"]["precision"] == 0.0 and est["rules"]["recall"] == 0.0


def test_the_estimate_is_the_same_for_the_same_seed() -> None:
    strata = [_stratum(100, True, True, 3, 7), _stratum(500, False, False, 1, 9)]
    assert stratified_flag_estimates(strata, seed=3) == stratified_flag_estimates(strata, seed=3)


@pytest.mark.parametrize("strata, message", [
    ([], "no strata"),
    ([_stratum(10, True, True, 0, 0)], "without a sample"),
    ([_stratum(3, True, True, 2, 5)], "cannot have a sample"),
    ([_stratum(10, True, True, 1, 2), Stratum(size=5, flagged={"model": True}, positives=[True])], "each flagger"),
])
def test_an_unusable_sample_is_refused(strata, message) -> None:
    with pytest.raises(ValueError, match=message):
        stratified_flag_estimates(strata)


def _sample_rows() -> list[dict[str, str]]:
    import csv

    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_the_reviewed_sample_is_drawn_from_the_training_notices_and_complete() -> None:
    rows = _sample_rows()
    assert len(rows) == len({r["id"] for r in rows}) == 420
    sizes: dict[str, set[str]] = {}
    for r in rows:
        sizes.setdefault(r["stratum"], set()).add(r["stratum_size"])
        assert r["label"] in ("in_scope_ict", "out_of_scope") and r["confidence"] in ("sure", "unsure")
        assert r["code_label"] in ("in_scope_ict", "out_of_scope") and r["reason"]
        assert r["label_2"] in ("", "in_scope_ict", "out_of_scope")
    assert set(sizes) == {"model+rules", "model", "rules", "neither"}
    assert all(len(v) == 1 for v in sizes.values())
    with gzip.open(ROOT / "training_data" / "notices" / "notices.jsonl.gz", "rt", encoding="utf-8") as f:
        ids = {json.loads(line)["id"] for line in f if line.strip()}
    assert sum(int(next(iter(v))) for v in sizes.values()) == len(ids)
    assert {r["id"] for r in rows} <= ids


def test_notice_audit_prints_both_estimates() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "notice_audit.py")], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    assert "against the reviewed labels" in out and "against the code labels" in out
    assert "two reviewers agree on" in out
