"""Bring the shared notice pool into training_data/ as its own part (`notices/notices.jsonl.gz`).

Why: the seed documents are written by the team, so a model trained on them alone learns the
team's phrasing. ../shared/pool/notices.jsonl holds 11,565 real public procurement notices (7
sources, 25 languages) with the classification codes their publishers gave them. They are real
wording from real buyers, labelled weakly by those codes (see training_data/notices/README.md and
`extract.training` for how a label is derived from the codes through the policy's CPV tiers).

What this script does, and nothing more: check the pool's sha256 against the one its README
states, keep every field of every notice unchanged (id, source, path, commit, language, country,
date, title, description, codes, buyer: the provenance travels with each row), and write them
gzip-compressed with a fixed timestamp so a rebuild is byte-identical. Labels are NOT written here:
they are derived at training time from the codes, so a policy change (a code moved in or out of
scope) relabels the part without rebuilding it.

Notices that copy a document of the evaluation corpus are left out: the pool was not checked
against ../shared/corpus (its README says so), and a few Doffin/TED notices are the same notices
the corpus holds as records. With `--exclude-copies-of EVAL_LABELS.tsv` the script runs the
project's leak check (extract.model.leakcheck: title, character n-gram cosine, word-shingle containment)
over every pool notice and drops each one that reaches a threshold, writing its id and the measure
to notices/excluded.tsv; without the corpus at hand the existing excluded.tsv is applied as is,
so a rebuild anywhere gives the same file.

    python training_data/tools/build_notices.py [--pool ../shared/pool/notices.jsonl]
        [--exclude-copies-of ../shared/corpus/labels.tsv]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "notices" / "notices.jsonl.gz"
EXCLUDED = HERE.parent / "notices" / "excluded.tsv"
DEFAULT_POOL = HERE.parents[2] / "shared" / "pool" / "notices.jsonl"
POOL_SHA256 = "559a2bec567513de33ff354c72da8d6a3ba48bbaa79d054a58f0c93dcdf019a1"
FIELDS = ("id", "source", "path", "commit", "language", "country", "date", "title", "description", "codes", "buyer")


def read_excluded(path: Path = EXCLUDED) -> dict[str, str]:
    """id -> why, from notices/excluded.tsv (header: id, reason)."""
    if not path.is_file():
        return {}
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    return {r[0]: r[1] if len(r) > 1 else "" for r in rows}


def find_copies(rows: list[dict], eval_labels: Path) -> dict[str, str]:
    """id -> the leak check's finding, for every pool notice that copies an evaluation document."""
    sys.path.insert(0, str(HERE.parents[1]))
    from extract.model.leakcheck import Item, find_leaks, load_evaluation

    evaluations, _ = load_evaluation(eval_labels)
    items = [Item(f"#{r['id']}", f"{r['title']}\n{r['description'] or ''}", r["title"]) for r in rows]
    found: dict[str, str] = {}
    for hit in find_leaks(evaluations, items):
        nid = hit.candidate[1:]
        measures = ", ".join(f"{m}={v:.2f}" for m, v in hit.measures)
        found.setdefault(nid, f"copies an evaluation document ({measures})")
    return found


def write_excluded(excluded: dict[str, str], path: Path = EXCLUDED) -> None:
    lines = ["id\treason"] + [f"{k}\t{v}" for k, v in sorted(excluded.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(pool: Path, out: Path = OUT, eval_labels: Path | None = None) -> tuple[int, int]:
    raw = pool.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != POOL_SHA256:
        raise SystemExit(f"{pool}: sha256 {digest} is not the pool's published {POOL_SHA256}; refusing to build")
    lines = []
    seen: set[str] = set()
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = [f for f in FIELDS if f not in row]
        if missing:
            raise SystemExit(f"{pool}:{n}: missing field(s) {', '.join(missing)}")
        if row["id"] in seen:
            raise SystemExit(f"{pool}:{n}: id {row['id']!r} repeated")
        seen.add(row["id"])
        lines.append(row)
    excluded = read_excluded()
    if eval_labels is not None:
        excluded = {**excluded, **find_copies(lines, eval_labels)}
        write_excluded(excluded)
    kept = [json.dumps({f: r[f] for f in FIELDS}, ensure_ascii=False, sort_keys=False)
            for r in lines if r["id"] not in excluded]
    lines = kept
    buf = io.BytesIO()
    with gzip.GzipFile(filename="notices.jsonl", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return len(lines), len(excluded)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pool", type=Path, default=DEFAULT_POOL)
    ap.add_argument("--exclude-copies-of", type=Path, metavar="EVAL_LABELS.tsv", default=None,
                    help="drop notices the leak check finds copying a document of this evaluation set")
    a = ap.parse_args(argv)
    if not a.pool.is_file():
        print(f"{a.pool}: not found (the shared notice pool)", file=sys.stderr)
        return 2
    n, left_out = build(a.pool, eval_labels=a.exclude_copies_of)
    print(f"wrote {OUT} ({n} notices, {left_out} left out as copies of evaluation documents, {OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
