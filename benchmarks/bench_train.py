"""Training time and scoring throughput of the classifier on this machine.

    python benchmarks/bench_train.py [DATA] [--folds 5] [--jobs 1] [--seed 0] [--keep DIR]

DATA defaults to training_data/ (every part of its parts.yaml: the seed set and the notices).
Prints, one figure per line: parse + match time, feature time, the two-stage fit (out-of-fold
first stage, second stage and calibration, final refit), the cross-source validation (one refit
per source; --no-cross-source skips it), model file size, and scoring throughput in documents
per second (one batch, and one document per call, as the batch runner calls it). Figures swing
about 30% on a shared 2-core machine: compare ratios taken in one run.

When extract.policy / extract.mentions are not importable yet, documents are scored with no
mentions (text features only) and the output says so.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _matcher():
    try:
        from extract.mentions.match import find_mentions
        from extract.policy.load import load_policy

        return load_policy(None), find_mentions, "extract.mentions with the shipped policy"
    except ImportError as exc:
        return None, (lambda doc, policy: []), f"NO mentions ({exc})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=str(REPO / "training_data"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", metavar="DIR", help="write the model here instead of a temporary folder")
    ap.add_argument("--no-cross-source", action="store_true", help="skip the per-source refits")
    args = ap.parse_args(argv)

    from extract.model.data import load_labelled
    from extract.model.training import train

    policy, find, how = _matcher()
    print(f"matcher            {how}")
    t0 = time.perf_counter()
    data = load_labelled(Path(args.data), policy=policy, find=find)
    t_load = time.perf_counter() - t0
    chars = sum(len(d.text) for d in data.docs)
    print(f"documents          {len(data)} ({chars / 1e6:.2f} M chars; skipped {len(data.skipped)})")
    print(f"parse + match      {t_load:.2f} s ({len(data) / t_load:.1f} docs/s)")

    root = Path(args.data)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep) if args.keep else Path(tmp) / "bench-model"
        t0, c0 = time.perf_counter(), time.process_time()
        result = train(root, out, seed=args.seed, folds=args.folds, policy=policy, n_jobs=args.jobs,
                       data=data, grouped=not args.no_cross_source, overwrite=bool(args.keep))
        t_train, c_train = time.perf_counter() - t0, time.process_time() - c0
        tm = result["timings"]
        print(f"features           {tm['features_seconds']:.2f} s")
        print(f"two-stage fit      {tm['fit_seconds']:.2f} s ({result['threshold_rule']['folds']} folds by source)")
        if "grouped_seconds" in tm:
            print(f"cross-source       {tm['grouped_seconds']:.2f} s ({result['metrics']['cross_source']['folds']} "
                  f"held-out sources, jobs={args.jobs})")
        print(f"report + near-dups {tm['assess_seconds']:.2f} s")
        print(f"train total        {t_train:.2f} s wall, {c_train:.2f} s CPU of this process (excluding parse + match;"
              " CPU well below wall means a busy machine; with --jobs > 1 workers' CPU is not counted)")
        print(f"end to end         {t_train + t_load:.2f} s")
        print(f"model file         {result['model_bytes'] / 1e6:.2f} MB")
        flag = result["metrics"]["cross_validated"]["flag"]
        print(f"CV flag            recall {flag['recall']:.3f} precision {flag['precision']:.3f} "
              f"at threshold {result['threshold']:.4f}")
        print(f"near-duplicates    {result['near_duplicate_share']:.1%} of documents")

        from extract.model.classify import load_model

        t0 = time.perf_counter()
        model = load_model(out)
        print(f"load model         {time.perf_counter() - t0:.2f} s")
        docs, mentions = data.docs, data.mentions
        model.predict(docs[:2], mentions[:2])  # warm up
        t0 = time.perf_counter()
        model.predict(docs, mentions)
        t_batch = time.perf_counter() - t0
        print(f"score, batch       {len(docs) / t_batch:.0f} docs/s ({t_batch:.2f} s for {len(docs)})")
        t0 = time.perf_counter()
        for d, m in zip(docs, mentions):
            model.predict([d], [m])
        t_single = time.perf_counter() - t0
        print(f"score, one by one  {len(docs) / t_single:.0f} docs/s ({1000 * t_single / len(docs):.1f} ms per document)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
