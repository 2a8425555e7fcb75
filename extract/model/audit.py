"""What a reviewed, stratified sample says about flags on a whole population.

Why: the notices' labels come from their publishers' codes, and the cross-source figures are read
against those labels. Reviewing every notice is out of reach; reviewing a random sample drawn
separately from each stratum (which of two flaggers flagged the notice) is not, and the stratum
sizes turn the sample's rates into estimates for the population: each stratum's reviewed share of
positives, weighed by its size, gives how many flagged notices are positive (precision) and how
many positives there are at all (recall). The same estimate over the code labels of the same
sample says how far sampling alone moves the figures, and the agreement of code and review says
how noisy the codes are. Intervals: the 2.5th and 97.5th percentiles of the estimate over
bootstrap resamples drawn within each stratum (the sample's own design).

training_data/notices/review/ holds such a sample; scripts/notice_audit.py prints its figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Stratum:
    """One stratum: its size in the population, whether each flagger flags its members (a
    stratum is defined by those flags), and the sample's labels (True: positive)."""

    size: int
    flagged: Mapping[str, bool]
    positives: Sequence[bool]


def _estimate(strata: Sequence[Stratum], rates: Sequence[float], flagger: str) -> tuple[float, float]:
    pos = [s.size * r for s, r in zip(strata, rates)]
    flagged_pos = sum(p for s, p in zip(strata, pos) if s.flagged[flagger])
    flagged = sum(s.size for s in strata if s.flagged[flagger])
    total = sum(pos)
    return (flagged_pos / flagged if flagged else 0.0, flagged_pos / total if total else 0.0)


def stratified_flag_estimates(strata: Sequence[Stratum], *, resamples: int = 2000,
                              seed: int = 0) -> dict[str, dict[str, float]]:
    """Per flagger: estimated precision and recall on the population, each with a 95% bootstrap
    interval, and the estimated number of positives. Raises ValueError on an empty stratum (its
    rate would be a guess), a sample larger than its stratum, or strata that name different
    flaggers."""
    import numpy as np

    if not strata:
        raise ValueError("no strata")
    for s in strata:
        if not s.positives:
            raise ValueError("a stratum without a sample cannot be estimated")
        if s.size < len(s.positives):
            raise ValueError(f"a stratum of {s.size} cannot have a sample of {len(s.positives)}")
    flaggers = sorted(strata[0].flagged)
    if any(sorted(s.flagged) != flaggers for s in strata):
        raise ValueError("every stratum must say whether each flagger flags it")
    rates = [sum(s.positives) / len(s.positives) for s in strata]
    rng = np.random.default_rng(seed)
    samples = [np.asarray(s.positives, dtype=float) for s in strata]
    boot = [[float(rng.choice(a, size=len(a), replace=True).mean()) for a in samples] for _ in range(resamples)]
    out: dict[str, dict[str, float]] = {}
    for f in flaggers:
        p, r = _estimate(strata, rates, f)
        pr = np.array([_estimate(strata, b, f) for b in boot])
        lo, hi = np.percentile(pr, [2.5, 97.5], axis=0)
        out[f] = {"precision": p, "precision_low": float(lo[0]), "precision_high": float(hi[0]),
                  "recall": r, "recall_low": float(lo[1]), "recall_high": float(hi[1])}
    positives = sum(s.size * r for s, r in zip(strata, rates))
    for f in flaggers:
        out[f]["positives"] = positives
    return out
